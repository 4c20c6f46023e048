"""Loggkontroll (R-SE-2, HSLF-FS 2016:40): the access log per patient, per user and per period, the
monthly random sample with its sign-off, the patient's own extract as PDF, and the log's integrity.

Every read goes through services.audit, which logs it; a refusal from a service (for instance the
permission table: only the head of clinic and administrators read the log) is shown with
ui.errors.show_error and the window stays open.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.dates import add_months
from klinik_app.domain.permissions import AUDIT_READ, AUDIT_SIGN_OFF, AUDIT_VERIFY
from klinik_app.services import audit
from klinik_app.services.audit import LogEntryView, LogUser, ReviewSample, ReviewSignOff
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.patients import search_patients
from klinik_app.services.permissions import NotPermitted, may
from klinik_app.ui.documents import ask_pdf_path
from klinik_app.ui.errors import show_error, shown_text, translated
from klinik_app.ui.i18n import long_date
from klinik_app.ui.listing_dialogs import MessageLabel, date_edit, settle
from klinik_app.ui.row_tables import RowTable, set_up_row_table
from klinik_app.ui.tasks import BackgroundTask

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("audit_review", "Loggkontroll")
COLUMNS = (QT_TRANSLATE_NOOP("audit_review", "Tid"),
           QT_TRANSLATE_NOOP("audit_review", "Vem"),
           QT_TRANSLATE_NOOP("audit_review", "Vad"),
           QT_TRANSLATE_NOOP("audit_review", "Patient"),
           QT_TRANSLATE_NOOP("audit_review", "Arbetsstation"))
PAGE_SIZE = 500  # entries per page in "Per period"
DEFAULT_SAMPLE = 20
NO_PATIENT = "–"
_Index = QModelIndex | QPersistentModelIndex


def entry_cells(v: LogEntryView) -> tuple[str, str, str, str, str]:
    """One entry as the head of clinic reads it: local time, name + HSA-ID + role, Swedish action."""
    who = f"{v.user_name} ({v.user_id})" if v.user_name else v.user_id
    if v.role_label:
        who += f", {v.role_label}"
    return (v.at.strftime("%Y-%m-%d %H:%M:%S"), who, v.what, v.patient or NO_PATIENT, v.workstation or "")


def entries_text(count: int) -> str:
    return (QCoreApplication.translate("audit_review", "1 post") if count == 1
            else QCoreApplication.translate("audit_review", "{count} poster").format(count=count))


class EntryTableModel(QAbstractTableModel):
    """Log entries, in the service's order; formatting only, no service calls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntryView] = []

    def set_entries(self, entries: list[LogEntryView] | tuple[LogEntryView, ...]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        return entry_cells(self.entries[row])[column]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("audit_review", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            v = self.entries[index.row()]
            unit = self.tr(", vårdenhet {care_unit}").format(care_unit=v.care_unit) if v.care_unit else ""
            return self.tr("Post id {id}{unit}: {text}").format(
                id=v.id, unit=unit, text=self.text(index.row(), index.column()))
        return None


def entry_table(name: str, object_name: str) -> tuple[RowTable, EntryTableModel]:
    table = RowTable(objectName=object_name)
    model = EntryTableModel(table)
    table.setModel(model)
    set_up_row_table(table)
    table.setAccessibleName(name)
    table.horizontalHeader().setStretchLastSection(True)
    fm = table.fontMetrics()
    table.setColumnWidth(0, fm.horizontalAdvance("2026-10-20 08:00:00") + 16)  # the time always whole
    for column, sample in (
        (1, QCoreApplication.translate("audit_review", "Sara Berg (SE2321000222-T0001), Tandläkare")),
        (2, QCoreApplication.translate("audit_review", "Läste uppgifter: kallelse till revision")),
        (3, QCoreApplication.translate("audit_review", "Förnamn Efternamn, 20150310-2343"))):
        table.setColumnWidth(column, fm.horizontalAdvance(sample) + 16)
    return table, model


def _button(text: str, object_name: str, slot: Callable[[], None], tip: str = "") -> QPushButton:
    button = QPushButton(text, objectName=object_name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def _pydate(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def _labelled(form: QFormLayout, text: str, widget: QWidget) -> QWidget:
    caption = QLabel(text)
    caption.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    form.addRow(caption, widget)
    return widget


class PeriodBox(QWidget):
    """From and to (Swedish dates, inclusive); with `whole`, a box for the whole log, ticked at first."""

    def __init__(self, today: date, *, whole: bool, first: date, prefix: str) -> None:
        super().__init__()
        self.first_edit = date_edit(first, maximum=today, name=self.tr("Från och med"), object_name=f"{prefix}_first")
        self.last_edit = date_edit(today, maximum=today, name=self.tr("Till och med"), object_name=f"{prefix}_last")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.whole: QCheckBox | None = None
        if whole:
            self.whole = QCheckBox(self.tr("Hela &tiden"), objectName=f"{prefix}_whole")
            self.whole.setAccessibleName(self.tr("Hela tiden loggen omfattar"))
            self.whole.setChecked(True)
            self.whole.toggled.connect(self._whole_toggled)
            layout.addWidget(self.whole)
            self._whole_toggled(True)
        for text, edit in ((self.tr("&Från:"), self.first_edit), (self.tr("T&ill:"), self.last_edit)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
        layout.addStretch(1)

    def _whole_toggled(self, whole: bool) -> None:
        self.first_edit.setEnabled(not whole)
        self.last_edit.setEnabled(not whole)

    def bounds(self) -> tuple[date | None, date | None]:
        if self.whole is not None and self.whole.isChecked():
            return None, None
        return _pydate(self.first_edit), _pydate(self.last_edit)


class _EntriesTab(QWidget):
    """A tab of controls above an entry table and a line that counts (or explains) what is shown."""

    def __init__(self, dialog: AuditReviewDialog, table_name: str, prefix: str) -> None:
        super().__init__()
        self.dialog, self.ctx = dialog, dialog.ctx
        self.form = QFormLayout()
        self.table, self.model = entry_table(table_name, f"{prefix}_table")
        self.count_label = QLabel(objectName=f"{prefix}_count")
        self.count_label.setWordWrap(True)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.default_button: QPushButton | None = None

    def page_shown(self) -> None:
        """Called each time the tab is shown: a tab reads what it needs the first time."""

    def show_entries(self, entries, what: str) -> None:
        self.model.set_entries(entries)
        text = f"{entries_text(len(entries))} {what}." if entries else self.tr("Inga poster {what}.").format(what=what)
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        if entries:
            self.table.selectRow(0)

    def call(self, op: Callable[[], object]):
        """Run a service call; a refusal is shown and None returned (the window stays open)."""
        return self.dialog.call(op)


# --- Per patient ---------------------------------------------------------------------------------

_FULL_NUMBER = re.compile(r"^\s*\d{6}(\d{2})?\s*[-+]?\s*\d{4}\s*$")


class PatientTab(_EntriesTab):
    def __init__(self, dialog: AuditReviewDialog) -> None:
        super().__init__(dialog, self.tr("Patientens poster i åtkomstloggen"), "patient")
        self.search_field = QLineEdit(objectName="patient_search")
        self.search_field.setPlaceholderText(self.tr("Personnummer (i valfri form) eller namn"))
        self.find_button = _button(
            self.tr("&Hitta"), "patient_find", self.search, self.tr("Sök patienten i registret (Enter)"))
        row = QHBoxLayout()
        row.addWidget(self.search_field, 1)
        row.addWidget(self.find_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Namn eller perso&nnummer:"))
        caption.setBuddy(self.search_field)
        self.search_field.setAccessibleName(self.tr("Namn eller personnummer"))
        self.form.addRow(caption, holder)
        self.patient_combo = _labelled(self.form, self.tr("Vä&lj patient:"), QComboBox(objectName="patient_combo"))
        self.patient_combo.setPlaceholderText(self.tr("Sök först, eller öppna patientkortet och sedan Loggkontroll"))
        self.patient_combo.activated.connect(lambda _i: self.load())  # a pick, not every arrow key: each read is logged
        self.period = _labelled(self.form, self.tr("Period:"), PeriodBox(self.ctx.today, whole=True, prefix="patient",
                                                                 first=add_months(self.ctx.today, -12)))
        self.show_button = _button(
            self.tr("&Visa poster"), "patient_show", self.load, self.tr("Visa patientens poster under perioden"))
        self.extract_button = _button(
            self.tr("Loggutdrag till patient (P&DF)…"),
            "extract_button",
            self.save_extract,
            self.tr("Patientens utdrag ”vem har läst min journal” för perioden; utlämnandet loggas."))
        self.buttons.addWidget(self.show_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.extract_button)
        self.default_button = self.find_button
        self.extract_path: Callable[[str], Path | None] = lambda suggested: ask_pdf_path(
            self, self.tr("Spara loggutdraget"), suggested)  # tests replace it: no native dialog
        self.extract_message = MessageLabel("extract_message", lines=2)
        self.layout().addWidget(self.extract_message)
        self._update_buttons()

    def patient_id(self) -> int | None:
        return self.patient_combo.currentData()

    def set_patients(self, patients: list[tuple[int, str]]) -> None:
        """The hits to pick from; a single one is shown at once (reading several would log them all)."""
        self.patient_combo.clear()
        for pid, text in patients:
            self.patient_combo.addItem(text, pid)
        self.patient_combo.setCurrentIndex(0 if len(patients) == 1 else -1)
        if len(patients) == 1:
            self.load()
        else:
            self.model.set_entries([])
            self._update_buttons()

    def search(self) -> None:
        text = self.search_field.text().strip()
        if not text:
            return
        if _FULL_NUMBER.match(text) and self.call(lambda: audit.find_patient(self.ctx, text)) is None:
            return  # a wrong check digit or no such patient: said by the service
        result = self.call(lambda: search_patients(self.ctx, text, limit=50))
        if result is None:
            return
        self.set_patients([(r.id, audit.patient_text(r.first_name, r.last_name, r.personnummer, r.protected))
                           for r in result.rows])
        if not result.rows:
            self.show_entries([], self.tr("– ingen patient matchar sökningen"))
        elif len(result.rows) > 1:
            more = self.tr(" (fler finns: skriv mer)") if result.more else ""
            self.count_label.setText(
                self.tr("{count} patienter matchar{more}. Välj en i listan Välj patient.").format(
                    count=len(result.rows), more=more))
            self.patient_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self) -> None:
        pid = self.patient_id()
        self._update_buttons()
        if pid is None:
            self.show_entries([], self.tr("– sök och välj först en patient"))
            return
        first, last = self.period.bounds()
        entries = self.call(lambda: audit.entries_for_patient(self.ctx, pid, first, last))
        if entries is not None:
            self.show_entries(entries,
                              self.tr("om {patient} ({period})").format(patient=self.patient_combo.currentText(),
                                                                        period=_period_words(first, last)))

    def _update_buttons(self) -> None:
        self.extract_button.setEnabled(self.patient_id() is not None)

    def save_extract(self) -> None:
        pid = self.patient_id()
        if pid is None:
            return
        first, last = self.period.bounds()
        path = self.extract_path(f"loggutdrag-{self.ctx.today.isoformat()}.pdf")
        if path is None:
            return
        result = self.call(lambda: audit.patient_extract_pdf(self.ctx, pid, path, first, last))
        if result is not None:
            self.extract_message.show_info(shown_text(audit.extract_summary(result, path, first, last, day=long_date)))
            self.load()  # the disclosure is now in the patient's log


def _period_words(first: date | None, last: date | None) -> str:
    if first is None and last is None:
        return QCoreApplication.translate("audit_review", "hela tiden")
    return f"{first.isoformat() if first else ''}–{last.isoformat() if last else ''}"


# --- Per user ------------------------------------------------------------------------------------


class UserTab(_EntriesTab):
    def __init__(self, dialog: AuditReviewDialog) -> None:
        super().__init__(dialog, self.tr("Användarens poster i åtkomstloggen"), "user")
        self.user_combo = _labelled(self.form, self.tr("A&nvändare:"), QComboBox(objectName="user_combo"))
        self.user_combo.setPlaceholderText(self.tr("Läser användarna i loggen …"))
        self.user_combo.activated.connect(lambda _i: self.load())
        self.period = _labelled(self.form, self.tr("Period:"), PeriodBox(self.ctx.today, whole=False, prefix="user",
                                                                 first=add_months(self.ctx.today, -1)))
        self.show_button = _button(
            self.tr("&Visa poster"), "user_show", self.load, self.tr("Visa användarens poster under perioden"))
        self.buttons.addWidget(self.show_button)
        self.buttons.addStretch(1)
        self.default_button = self.show_button
        self.users: list[LogUser] | None = None

    def page_shown(self) -> None:
        """The list of users takes one pass over the whole log: read in the background, once."""
        if self.users is not None:
            return
        self.users = []
        BackgroundTask(self, lambda progress, cancelled: audit.log_users(self.ctx), self.set_users,
                       self.dialog.failed).run()

    def set_users(self, users: list[LogUser]) -> None:
        self.users = users
        self.user_combo.clear()
        for u in users:
            self.user_combo.addItem(f"{u.label} – {entries_text(u.entries)}", u.user_id)
        self.user_combo.setPlaceholderText(
            self.tr("Välj en användare") if users else self.tr("Loggen har inga poster"))
        self.user_combo.setCurrentIndex(-1)

    def load(self) -> None:
        user_id = self.user_combo.currentData()
        if user_id is None:
            self.show_entries([], self.tr("– välj först en användare"))
            return
        first, last = self.period.bounds()
        entries = self.call(lambda: audit.entries_for_user(self.ctx, user_id, first, last))
        if entries is not None:
            who = next((u.label for u in self.users or [] if u.user_id == user_id), user_id)
            self.show_entries(entries,
                              self.tr("av {who} ({period})").format(who=who, period=_period_words(first, last)))


# --- Per period ----------------------------------------------------------------------------------


class PeriodTab(_EntriesTab):
    def __init__(self, dialog: AuditReviewDialog) -> None:
        super().__init__(dialog, self.tr("Åtkomstloggens poster under perioden"), "period")
        self.period = _labelled(self.form, self.tr("Period:"), PeriodBox(self.ctx.today, whole=False, prefix="period",
                                                                 first=self.ctx.today.replace(day=1)))
        self.show_button = _button(self.tr("&Visa"), "period_show", lambda: self.show_page(0),
                                   self.tr("Visa periodens poster, {count} åt gången").format(count=PAGE_SIZE))
        self.previous_button = _button(
            self.tr("Föregående si&da"), "period_previous", lambda: self.show_page(self.page - 1))
        self.next_button = _button(self.tr("&Nästa sida"), "period_next", lambda: self.show_page(self.page + 1))
        for button in (self.show_button, self.previous_button, self.next_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.default_button = self.show_button
        self.page = 0
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def show_page(self, page: int) -> None:
        first, last = self.period.bounds()
        entries = self.call(lambda: audit.entries_in_period(self.ctx, first, last, offset=page * PAGE_SIZE,
                                                            limit=PAGE_SIZE))
        if entries is None:
            return
        self.page = page
        self.model.set_entries(entries)
        start = page * PAGE_SIZE
        if entries:
            text = (
                self.tr("Poster {first}–{last} under {period} (sida {page}").format(
                    first=start + 1, last=start + len(entries), period=_period_words(first, last), page=page + 1)
                + (self.tr(", fler finns: Nästa sida).") if len(entries) == PAGE_SIZE else self.tr(", den sista).")))
            self.table.selectRow(0)
        else:
            text = self.tr("Inga poster under {period}.").format(period=_period_words(first, last))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(len(entries) == PAGE_SIZE)


# --- Monthly review ------------------------------------------------------------------------------


class MonthTab(_EntriesTab):
    """The month's random sample, what the review found, and the sign-off (R-SE-2)."""

    def __init__(self, dialog: AuditReviewDialog) -> None:
        super().__init__(dialog, self.tr("Stickprovets poster"), "sample")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        last_month = add_months(self.ctx.today.replace(day=1), -1)
        self.month_edit = date_edit(last_month, maximum=self.ctx.today.replace(day=1) - timedelta(days=1),
                                    name=self.tr("Månad"), object_name="sample_month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        _labelled(self.form, self.tr("Må&nad:"), self.month_edit)
        self.size_spin = _labelled(self.form, self.tr("Stickprovets st&orlek:"), QSpinBox(objectName="sample_size"))
        self.size_spin.setRange(1, 10_000)
        self.size_spin.setValue(DEFAULT_SAMPLE)
        self.size_spin.setSuffix(" poster")
        self.seed_spin = _labelled(self.form, self.tr("&Frö:"), QSpinBox(objectName="sample_seed"))
        self.seed_spin.setRange(1, 999_999)
        self.seed_spin.setToolTip(self.tr("Samma månad, storlek och frö ger alltid samma stickprov; fröet sparas "
                                          "med kvitteringen så att granskningen kan göras om."))
        self.draw_button = _button(
            self.tr("&Ta stickprov"), "sample_draw", self.draw, self.tr("Dra stickprovet och visa posterna"))
        self.buttons.addWidget(self.draw_button)
        self.buttons.addStretch(1)
        self.default_button = self.draw_button

        sign = QFormLayout()
        self.signed_label = QLabel(objectName="signed_label")
        self.signed_label.setWordWrap(True)
        sign.addRow(self.tr("Kvittering:"), self.signed_label)
        self.reviewer_edit = QLineEdit(objectName="reviewer")
        self.reviewer_edit.setPlaceholderText("SE2321000222-V0001")
        if self.ctx.actor.kind == "staff":
            self.reviewer_edit.setText(self.ctx.actor.user_id)
        _labelled(sign, self.tr("&Granskare (HSA-id):"), self.reviewer_edit)
        self.note_edit = QPlainTextEdit(objectName="review_note")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Till exempel ”Inga avvikelser” eller vad som ska utredas."))
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        _labelled(sign, self.tr("&Resultat:"), self.note_edit)
        self.replace_box = QCheckBox(self.tr("Ersätt &den tidigare kvitteringen"), objectName="replace_box")
        self.replace_box.setAccessibleName(self.tr("Ersätt den tidigare kvitteringen"))
        self.sign_button = _button(self.tr("S&ignera granskningen"), "sign_button", self.sign,
                                   self.tr("Kvittera månadens granskning med stickprovet ovan"))
        row = QHBoxLayout()
        row.addWidget(self.replace_box)
        row.addStretch(1)
        row.addWidget(self.sign_button)
        sign.addRow(row)
        self.message = MessageLabel("sample_message", lines=2)
        self.layout().addLayout(sign)
        self.layout().addWidget(self.message)
        self.sample: ReviewSample | None = None
        self.signed: ReviewSignOff | None = None
        self.month_edit.dateChanged.connect(lambda _d: self.month_changed())
        self.shown_once = False
        if not may(self.ctx, AUDIT_SIGN_OFF):
            self.sign_button.setEnabled(False)
            self.sign_button.setToolTip(translated(NotPermitted(AUDIT_SIGN_OFF)))

    def page_shown(self) -> None:
        if not self.shown_once:
            self.shown_once = True
            self.month_changed()

    def month(self) -> date:
        return _pydate(self.month_edit).replace(day=1)

    def month_changed(self) -> None:
        """A new month: no sample yet, a fresh seed unless the month was signed off (its seed and
        size redraw the sample it signed)."""
        self.sample = None
        self.model.set_entries([])
        self.count_label.setText(self.tr("Välj Ta stickprov för att visa posterna."))
        self.message.clear_message()
        if not self.show_sign_off():
            self.seed_spin.setValue(random.randint(1, 999_999))

    def show_sign_off(self) -> bool:
        """Show the sign-off in force for the month; whether there is one."""
        self.signed = self.call(lambda: audit.review_for_month(self.ctx, self.month()))
        if self.signed is not None:
            s = self.signed
            who = f"{s.reviewer_name} ({s.reviewer})" if s.reviewer_name else s.reviewer
            text = (self.tr("Kvitterad {signed_at:%Y-%m-%d %H:%M} av {who}: ”{findings}” (stickprov {sample_size} "
                            "poster, frö {seed}). En ny kvittering ersätter den.").format(
                        signed_at=s.signed_at, who=who, findings=s.findings, sample_size=s.sample_size, seed=s.seed))
            self.size_spin.setValue(s.sample_size)
            self.seed_spin.setValue(s.seed)
        else:
            text = self.tr("Månaden är inte kvitterad än.")
        self.signed_label.setText(text)
        self.signed_label.setAccessibleName(self.tr("Kvittering: {status}").format(status=text))
        self.replace_box.setChecked(False)
        self.replace_box.setVisible(self.signed is not None)
        return self.signed is not None

    def draw(self) -> None:
        month, size, seed = self.month(), self.size_spin.value(), self.seed_spin.value()
        sample = self.call(lambda: audit.monthly_sample(self.ctx, month, size, seed))
        if sample is None:
            return
        self.sample = sample
        self.show_entries(
            sample.entries,
            self.tr("i stickprovet av {population} poster om patienter under {month:%Y-%m} (frö {seed})").format(
                population=sample.population, month=month, seed=seed))
        self.message.clear_message()

    def sign(self) -> None:
        sample = self.sample
        if sample is None or sample.month != self.month() or sample.seed != self.seed_spin.value() \
                or sample.size != self.size_spin.value():
            self.message.show_error(self.tr("Ta stickprovet och granska posterna innan granskningen signeras."))
            self.draw_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        replaces = self.signed is not None and self.replace_box.isChecked()
        if self.signed is not None and not replaces:
            self.message.show_error(self.tr("Månaden är redan kvitterad. Kryssa i ”Ersätt den tidigare "
                                            "kvitteringen” om den nya kvitteringen ska gälla i stället."))
            self.replace_box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        signed = self.call(lambda: audit.sign_off_review(self.ctx, sample.month, self.reviewer_edit.text(),
                                                         self.note_edit.toPlainText(), sample=sample,
                                                         replaces=replaces))
        if signed is None:
            return
        self.show_sign_off()
        self.message.show_info(
            self.tr("Granskningen av {month:%Y-%m} är kvitterad. Anteckna loggens sigill i granskningsprotokollet, "
                    "utanför programmet: {seal_hash}").format(month=signed.month, seal_hash=signed.seal_hash))


# --- The window ----------------------------------------------------------------------------------


class AuditReviewDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 patient: tuple[int, str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("audit_review", TITLE))
        self.setAccessibleName(QCoreApplication.translate("audit_review", TITLE))
        intro = QLabel(self.tr("Åtkomstloggen visar vem som har läst eller ändrat patienters uppgifter (R-SE-2). "
                       "Att granska loggen loggas också."), objectName="audit_intro")
        intro.setWordWrap(True)
        self.may_read = may(ctx, AUDIT_READ)
        if not self.may_read:  # said once here; each service call refuses again if tried
            verify = self.tr(" Du kan kontrollera att loggen är oförändrad.") if may(ctx, AUDIT_VERIFY) else ""
            intro.setText(translated(NotPermitted(AUDIT_READ)) + verify)
            font = intro.font()
            font.setBold(True)
            intro.setFont(font)
        intro.setAccessibleName(intro.text())
        self.tabs = QTabWidget(objectName="audit_tabs")
        self.tabs.setAccessibleName(self.tr("Loggkontroll"))
        self.patient_tab = PatientTab(self)
        self.user_tab = UserTab(self)
        self.period_tab = PeriodTab(self)
        self.month_tab = MonthTab(self)
        for tab, text, tip in (
            (self.patient_tab,
             self.tr("Per &patient"),
             self.tr("Alla poster om en patient, och patientens loggutdrag")),
            (self.user_tab, self.tr("Per &användare"), self.tr("Allt en användare har gjort")),
            (self.period_tab, self.tr("Per p&eriod"), self.tr("Alla poster under en period")),
            (self.month_tab, self.tr("&Månadsgranskning"), self.tr("Månadens stickprov och kvittering"))):
            self.tabs.addTab(tab, text)
            self.tabs.setTabToolTip(self.tabs.indexOf(tab), tip)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.verify_button = _button(
            self.tr("&Kontrollera loggen"),
            "verify_button",
            self.verify,
            self.tr("Kontrollera att ingen post i loggen har ändrats, tagits bort eller lagts till"))
        self.verify_text = QPlainTextEdit(objectName="verify_text")
        self.verify_text.setReadOnly(True)
        self.verify_text.setAccessibleName(self.tr("Loggens kontroll"))
        self.verify_text.setPlaceholderText(
            self.tr("Kontrollera loggen för att se att den är oförändrad, och dess sigill."))
        self.verify_text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.verify_text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng (Esc)"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.verify_text, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        settle(self, 120)
        self.resize(self.width(), max(self.height(), self.fontMetrics().lineSpacing() * 40))
        self._tab_changed(0)
        if patient is not None and self.may_read:
            self.patient_tab.set_patients([patient])
        self.patient_tab.search_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def call(self, op: Callable[[], object]):
        try:
            return op()
        except Exception as exc:  # a refusal (ServiceError) or a fault: said in Swedish, the window stays
            self.failed(exc)
            return None

    def failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ServiceError):
            log.error("access log review failed", exc_info=exc)
        show_error(self, exc, title=QCoreApplication.translate("audit_review", TITLE))

    def _tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if tab.default_button is not None:
            tab.default_button.setDefault(True)
        tab.page_shown()

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_text.setPlainText(self.tr("Kontrollerar åtkomstloggen …"))
        BackgroundTask(self,
                       lambda progress, cancelled: audit.verify(self.ctx),
                       self._verified,
                       self._verify_failed).with_progress(self.tr("Kontrollerar åtkomstloggen …"),
                                                          cancellable=False,
                                                          title=QCoreApplication.translate("audit_review", TITLE)).run()

    def _verified(self, result: audit.VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        lines = [shown_text(result.summary())] + [shown_text(f.message) for f in result.findings]
        if result.more_anomalies:
            lines.append(
                self.tr("… och {more_anomalies} avvikelser till.").format(more_anomalies=result.more_anomalies))
        self.verify_text.setPlainText("\n".join(lines))

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_text.setPlainText(self.tr("Loggen kunde inte kontrolleras."))
        self.failed(exc)


def open_audit_review(window) -> AuditReviewDialog:
    """Open Loggkontroll from the main window, on the open patient card's patient if there is one."""
    existing = getattr(window, "audit_dialog", None)
    if existing is not None:
        existing.activateWindow()
        return existing
    patient = None
    card = window.card_view.card if window.showing_card() else None
    if card is not None:
        patient = (card.id, audit.patient_text(card.first_name, card.last_name, card.personnummer, card.protected))
    dialog = AuditReviewDialog(window.ctx, window, patient)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.audit_dialog = dialog
    dialog.finished.connect(lambda _r: setattr(window, "audit_dialog", None))
    dialog.show()
    return dialog
