"""Lex Maria in the deviation window (R-DV-3, R-DV-4): the IVO checklist, the export preview of the
de-identified copy for the region, and the two PDFs of patient safety work (R-DV-5, R-DV-6).

The preview shows the fields of services.lex_maria.region_copy_preview, which are exactly the texts
the PDF prints; each removed part stands as its placeholder, in bold (never a colour of our own).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.deidentify import Kind
from klinik_app.domain.lex_maria import CHANNELS, LexMaria
from klinik_app.services import deviations as svc
from klinik_app.services import lex_maria
from klinik_app.services import patient_safety_report as psr
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.ui import documents
from klinik_app.ui.deviations_dialogs import combo, date_field, picked, text_box
from klinik_app.ui.errors import show_error
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle


class OptionalDate(QWidget):
    """A date that may be "not yet": a box to tick, then the date (today unless stored)."""

    def __init__(self, day: date | None, today: date, done_text: str) -> None:
        super().__init__()
        self.done = QCheckBox(done_text)
        self.day = date_field(day or today)
        self.done.setChecked(day is not None)
        self.day.setEnabled(day is not None)
        self.done.toggled.connect(self.day.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done)
        layout.addWidget(self.day, 1)
        self.setFocusProxy(self.done)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name): both parts carry it
        super().setAccessibleName(name)
        self.done.setAccessibleName(name)
        self.day.setAccessibleName(self.tr("{name}, datum").format(name=name))

    def value(self) -> date | None:
        return picked(self.day) if self.done.isChecked() else None


class LexMariaDialog(FormDialog):
    """R-DV-3: the checklist for IVO; R-DV-4: the copy to the region and IVO's decision forwarded."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, case: svc.DeviationCase) -> None:
        super().__init__(parent,
                         self.tr("Lex Maria"),
                         self.tr("Allvarlig vårdskada anmäls till IVO av den anmälningsansvariga. Fyll i det som "
                                 "är gjort; resten kan fyllas i senare."))
        self.ctx, self.deviation = ctx, case.row
        self.case: svc.DeviationCase | None = None
        lm, today = case.lex_maria or LexMaria(""), ctx.today
        self.reporter = self.add_field(self.tr("&Anmälningsansvarig:"), QLineEdit(lm.reporter))
        self.sent = self.add_field(self.tr("Anmäld till &IVO:"), OptionalDate(lm.sent_on, today, self.tr("Skickad")))
        self.channel = self.add_field(self.tr("&Kanal:"), combo(CHANNELS))
        if lm.channel:
            self.channel.setCurrentIndex(self.channel.findData(lm.channel))
        self.informed = self.add_field(self.tr("Patienten inf&ormerad:"),
                                       OptionalDate(lm.patient_informed_on, today, self.tr("Informerad")))
        self.attached = self.add_field(self.tr("&Utredningen bifogad:"), QCheckBox(self.tr("Ja")))
        self.attached.setChecked(lm.investigation_attached)
        self.region_copy = self.add_field(self.tr("Kopia till &regionen:"),
                                          OptionalDate(lm.region_copy_on, today, self.tr("Skickad")))
        self.decision = self.add_field(self.tr("IVO:s &beslut:"), text_box(2))
        self.decision.setPlainText(lm.ivo_decision or "")
        self.decision_on = self.add_field(self.tr("Beslu&tsdatum:"),
                                          OptionalDate(lm.ivo_decision_on, today, self.tr("Beslut kommit")))
        self.forwarded = self.add_field(self.tr("&Vidarebefordrat till regionen:"),
                                        OptionalDate(lm.decision_forwarded_on, today, self.tr("Vidarebefordrat")))
        settle(self, 48)
        self.reporter.setFocus()

    def save(self) -> None:
        checklist = LexMaria(self.reporter.text(), self.sent.value(), self.channel.currentData(), self.informed.value(),
                             self.attached.isChecked(), self.region_copy.value(), self.decision.toPlainText(),
                             self.decision_on.value(), self.forwarded.value())
        self.case = lex_maria.record_lex_maria(self.ctx, self.deviation.id, checklist,
                                               expected_version=self.deviation.row_version)


def preview_html(copy: lex_maria.RegionCopy) -> str:
    """The copy's fields as they leave, each placeholder in bold."""
    parts = []
    for field in copy.fields:
        text, pos, out = field.text, 0, []
        for start, end in field.marks:
            out += [escape(text[pos:start]), f"<b>{escape(text[start:end])}</b>"]
            pos = end
        out.append(escape(text[pos:]))
        parts.append(f"<p><b>{escape(field.label)}:</b> " + "".join(out).replace("\n", "<br/>") + "</p>")
    return "".join(parts)


def removed_summary(copy: lex_maria.RegionCopy) -> str:
    counts = {kind: 0 for kind in Kind}
    for field in copy.fields:
        for span in field.redacted.spans:
            counts[span.kind] += 1
    found = [f"{n} {kind.value}" for kind, n in counts.items() if n]
    if not found:
        return QCoreApplication.translate("lex_maria_dialogs", "Inga personuppgifter hittades i texterna.")
    return (QCoreApplication.translate("lex_maria_dialogs", "Borttaget och ersatt med en markering i fetstil: ")
            + ", ".join(found) + ".")


class RegionCopyDialog(QDialog):
    """R-DV-4: the export preview: exactly what leaves for the region, then the PDF."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, case: svc.DeviationCase) -> None:
        super().__init__(parent)
        self.ctx, self.deviation = ctx, case.row
        self.setWindowTitle(self.tr("Avidentifierad kopia till regionen – {number}").format(number=case.row.number))
        self.copy = lex_maria.region_copy_preview(ctx, case.row.id)
        self.saved: Path | None = None
        intro = QLabel(
            self.tr("Så här ser texten ut som lämnar kliniken. Kontrollera att inget i den kan peka ut en person."))
        intro.setWordWrap(True)
        self.text = QTextBrowser(objectName="copy_preview")
        self.text.setAccessibleName(self.tr("Texten som skickas till regionen"))
        self.text.setHtml(preview_html(self.copy))
        self.summary = QLabel(removed_summary(self.copy), objectName="removed_label")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Spara PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.text, self.summary, buttons):
            layout.addWidget(widget)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 20)
        settle(self, 60)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pdf(self) -> None:
        path = documents.ask_pdf_path(
            self, self.tr("Spara avidentifierad kopia"), f"lex-maria-{self.deviation.number}.pdf")
        if path is None:
            return
        try:
            lex_maria.region_copy_pdf(self.ctx, self.deviation.id, path)
        except Exception as exc:
            show_error(self, exc)
            return
        self.saved = path
        self.summary.setText(
            self.tr("Sparad: {path}. Registrera under Lex Maria när kopian har skickats till regionen.").format(
                path=path))


class PdfDialog(FormDialog):
    """Choose the period, then where to save the PDF (R-DV-5 month summary, R-DV-6 annual report)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, title: str, intro: str) -> None:
        super().__init__(parent, title, intro)
        self.ctx = ctx
        self.saved: Path | None = None
        self.name_buttons(self.tr("&Spara PDF…"), self.tr("Avbryt"))

    def save(self) -> None:
        path = documents.ask_pdf_path(self, self.windowTitle(), self.suggested())
        if path is None:
            raise ServiceError(self.tr("Ingen fil valdes. Välj var PDF-filen ska sparas."))
        self.write(path)
        self.saved = path

    def suggested(self) -> str:
        raise NotImplementedError

    def write(self, path: Path) -> None:
        raise NotImplementedError


class YearReportDialog(PdfDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, year: int) -> None:
        super().__init__(parent,
                         ctx,
                         self.tr("Patientsäkerhetsberättelse"),
                         self.tr(
                             "Berättelsen för ett år skrivs ur avvikelseregistret och ska vara klar senast 1 mars."))
        self.year = self.add_field(self.tr("&År:"), QSpinBox(minimum=2000, maximum=ctx.today.year, value=year))
        settle(self, 36)
        self.year.setFocus()

    def suggested(self) -> str:
        return f"patientsakerhetsberattelse-{self.year.value()}.pdf"

    def write(self, path: Path) -> None:
        psr.year_report_pdf(self.ctx, self.year.value(), path)


class MonthSummaryDialog(PdfDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent, ctx, self.tr("Månadssammanfattning"),
                         self.tr("Månadens avvikelser och lärdomar till arbetsplatsträffen, avidentifierade."))
        last_month = ctx.today.replace(day=1).toordinal() - 1
        self.month = self.add_field(self.tr("&Månad:"), QDateEdit(QDate(date.fromordinal(last_month).replace(day=1))))
        self.month.setDisplayFormat("yyyy-MM")
        settle(self, 36)
        self.month.setFocus()

    def suggested(self) -> str:
        return f"avvikelser-{self.month.date().toString('yyyy-MM')}.pdf"

    def write(self, path: Path) -> None:
        month = self.month.date()
        psr.month_summary_pdf_for(self.ctx, month.year(), month.month(), path)
