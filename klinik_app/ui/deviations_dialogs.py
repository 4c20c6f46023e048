"""The deviation forms: the quick report (keyboard only, under a minute) and one small form per step
of a case (R-DV-5). Each is a FormDialog: Enter saves, Esc cancels, a refusal is shown inline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from klinik_app.domain import deviations as rules
from klinik_app.domain.deviations import PlannedAction, Report
from klinik_app.domain.permissions import DEVIATION_PATIENT_LINK
from klinik_app.services import deviations as svc
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import settle

ACTION_ROWS = 3  # room for three actions at a time; blank rows are left out


def date_field(day: date) -> QDateEdit:
    field = QDateEdit(QDate(day.year, day.month, day.day))
    field.setDisplayFormat("yyyy-MM-dd")
    field.setCalendarPopup(False)  # typed, never a mouse-only popup
    return field


def picked(field: QDateEdit) -> date:
    return field.date().toPython()


def text_box(lines: int = 3) -> QPlainTextEdit:
    """Multi-line text where Tab moves on, as in every other field."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def combo(labels: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, label in labels.items():
        box.addItem(domain_text(label), key)
    return box


class ReportDialog(FormDialog):
    """Anyone on the staff: what happened, when, where, category, immediate action. A handler may
    also name the patient; the link is kept apart from the report (R-DV-1)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent, self.tr("Rapportera avvikelse"),
                         self.tr("Beskriv händelsen utan patientens namn eller personnummer. Du får ett kvitto med "
                         "avvikelsens nummer."))
        self.ctx = ctx
        self.receipt: svc.Receipt | None = None
        self.what_field = self.add_field(self.tr("&Vad hände:"), text_box(4))
        self.when_field = self.add_field(self.tr("&När:"), date_field(ctx.today))
        self.place_field = self.add_field(self.tr("V&ar:"), QLineEdit())
        self.category_field = self.add_field(self.tr("&Kategori:"), combo(rules.CATEGORY_LABELS))
        self.other_party_field = self.add_field(self.tr("Annan par&t:"), QLineEdit())
        self.other_party_field.setPlaceholderText(
            self.tr("Vårdgivare, kommun eller annan part (när avvikelsen gäller någon annan)"))
        self.harm_field = self.add_field(self.tr("&Skada:"), combo(rules.HARM_LABELS))
        self.immediate_field = self.add_field(self.tr("&Omedelbar åtgärd:"), text_box(2))
        self.patient_field: QLineEdit | None = None
        if may(ctx, DEVIATION_PATIENT_LINK):
            self.patient_field = self.add_field(self.tr("&Patient (personnummer):"), QLineEdit())
            self.patient_field.setPlaceholderText(self.tr("Frivilligt; syns bara för avvikelsehandläggare"))
        self.name_buttons(self.tr("&Rapportera"), self.tr("Avbryt"))
        settle(self, 48)
        self.what_field.setFocus()  # typing starts at once

    def save(self) -> None:
        if self.receipt is None:  # a refused patient link must not report the deviation twice
            self.receipt = svc.report_deviation(self.ctx, Report(
                self.what_field.toPlainText(), picked(self.when_field), self.place_field.text(),
                self.category_field.currentData(), self.immediate_field.toPlainText(), self.harm_field.currentData(),
                self.other_party_field.text()))
        if self.patient_field is not None and self.patient_field.text().strip():
            svc.link_patient(self.ctx, self.receipt.id, self.patient_field.text())


class TextStepDialog(FormDialog):
    """A step that needs one line of text (investigator, feedback, patient)."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, label: str,
                 step: Callable[[str], svc.DeviationCase]) -> None:
        super().__init__(parent, title, intro)
        self.step = step
        self.case: svc.DeviationCase | None = None
        self.text_field = self.add_field(label, QLineEdit())
        settle(self, 40)
        self.text_field.setFocus()

    def save(self) -> None:
        self.case = self.step(self.text_field.text())


class ActionsDialog(FormDialog):
    """R-DV-5: the actions decided, each with what, who and by when."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, case: svc.DeviationCase) -> None:
        super().__init__(parent,
                         self.tr("Besluta åtgärder"),
                         self.tr("Skriv vad som ska göras, vem som ansvarar och sista dag. Tomma rader tas inte med."))
        self.ctx, self.deviation = ctx, case.row
        self.case: svc.DeviationCase | None = None
        self.rows = []
        for n in range(1, ACTION_ROWS + 1):
            accel = "&" if n == 1 else ""
            self.rows.append(
                (self.add_field(self.tr("{mnemonic}Åtgärd {n}:").format(mnemonic=accel, n=n), QLineEdit()),
                 self.add_field(self.tr("Ansvarig {n}:").format(n=n), QLineEdit()),
                 self.add_field(self.tr("Sista dag {n}:").format(n=n), date_field(ctx.today))))
        settle(self, 44)
        self.rows[0][0].setFocus()

    def save(self) -> None:
        actions = [PlannedAction(what.text(), owner.text(), picked(due)) for what, owner, due in self.rows
                   if what.text().strip() or owner.text().strip()]
        self.case = svc.decide_actions(self.ctx, self.deviation.id, actions,
                                       expected_version=self.deviation.row_version)


class FollowUpDialog(FormDialog):
    """R-DV-5: the outcome of every decided action."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, case: svc.DeviationCase) -> None:
        super().__init__(parent, self.tr("Följ upp åtgärder"), self.tr("Skriv resultatet av varje åtgärd."))
        self.ctx, self.deviation = ctx, case.row
        self.case: svc.DeviationCase | None = None
        self.outcomes = {a.id: self.add_field(f"{'&' if n == 1 else ''}{a.description}:", QLineEdit())
                         for n, a in enumerate(case.actions, start=1)}
        settle(self, 44)
        next(iter(self.outcomes.values()), self.ok_button).setFocus()

    def save(self) -> None:
        self.case = svc.follow_up_actions(self.ctx, self.deviation.id,
                                          {i: f.text() for i, f in self.outcomes.items()},
                                          expected_version=self.deviation.row_version)


class AnswerDialog(FormDialog):
    """R-DV-2: the answer to the sender and the day it was delivered (outgoing: their answer)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, case: svc.DeviationCase) -> None:
        outgoing = case.row.category == rules.OUTGOING
        super().__init__(parent,
                         self.tr("Registrera svar"),
                         self.tr("Svaret från {other_party}.").format(other_party=case.row.other_party) if outgoing
                         else self.tr("Svaret till {other_party} och dagen det lämnades (R-DV-2).").format(
                             other_party=case.row.other_party))
        self.ctx, self.deviation = ctx, case.row
        self.case: svc.DeviationCase | None = None
        self.answer_field = self.add_field(self.tr("&Svar:"), text_box(3))
        self.date_field = self.add_field(self.tr("&Mottaget den:") if outgoing else self.tr("&Lämnat den:"),
                                         date_field(ctx.today))
        settle(self, 44)
        self.answer_field.setFocus()

    def save(self) -> None:
        self.case = svc.record_answer(self.ctx, self.deviation.id, self.answer_field.toPlainText(),
                                      picked(self.date_field), expected_version=self.deviation.row_version)
