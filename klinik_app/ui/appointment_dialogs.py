"""The appointment book's dialogs: book a time, open (move) a time, confirm the agreement (R-AB-3)
and cancel. Each is a FormDialog: Enter saves, Esc cancels, a refusal is said inline and the input
kept. A save over a change made on another workstation shows the changed-elsewhere dialog.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain import appointments as rules
from klinik_app.services import appointments
from klinik_app.services.appointments import AGREED_HOW, KINDS, STATUSES, AppointmentRow, Booking
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.patients import get_patient_card, search_patients
from klinik_app.ui.appointment_grid import appointment_text, time_range
from klinik_app.ui.changed_elsewhere import CANCELLED, KEPT, save_with_conflict_check
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text
from klinik_app.ui.form_dialog import FormDialog
from klinik_app.ui.listing_dialogs import date_edit, settle

PROPOSED = ""  # "Överenskommen med": only proposed (R-AB-3)
PROPOSED_LABEL = QT_TRANSLATE_NOOP("appointment_dialogs", "Ingen – endast föreslagen")
HOW_CHOICES = {code: label for code, label in AGREED_HOW.items() if code != "import"}  # import is the CLI's
SEARCH_DELAY_MS = 150
NO_CAREGIVER = QT_TRANSLATE_NOOP("appointment_dialogs", "Ingen vald")
NO_ROOM = QT_TRANSLATE_NOOP("appointment_dialogs", "Inget rum")
CHILD_AGE = 18  # a guardian agrees for a child: the guardians are read (and logged) only then


def when_text(row: AppointmentRow) -> str:
    return f"{row.starts:%Y-%m-%d} {time_range(row)}"


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _minutes_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(rules.MIN_MINUTES, rules.MAX_MINUTES)
    spin.setSingleStep(5)
    spin.setSuffix(QCoreApplication.translate("appointment_dialogs", " min"))
    spin.setValue(value)
    return spin


def _caregiver_box(ctx: ServiceContext, chosen: str | None) -> QComboBox:
    box = QComboBox()
    for hsa_id, name, _profession in appointments.caregivers(ctx):
        box.addItem(name, hsa_id)
    box.addItem(QCoreApplication.translate("appointment_dialogs", NO_CAREGIVER), None)
    box.setCurrentIndex(max(box.findData(chosen), 0) if chosen else box.count() - 1)
    return box


def _kind_box(chosen: str) -> QComboBox:
    box = QComboBox()
    for code, label in KINDS.items():
        box.addItem(domain_text(label), code)
    box.setCurrentIndex(box.findData(chosen))
    return box


def _room_box(ctx: ServiceContext, chosen: int | None) -> QComboBox:
    box = QComboBox()
    box.addItem(QCoreApplication.translate("appointment_dialogs", NO_ROOM), None)
    for room_id, name in appointments.rooms(ctx):
        box.addItem(name, room_id)
    box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
    return box


class AgreementFields:
    """"Överenskommen med" (the patient, a guardian, or nobody yet) and "Hur" (R-AB-3)."""

    def __init__(self, *, allow_proposed: bool) -> None:
        self.allow_proposed = allow_proposed
        self.with_box = QComboBox(objectName="agreed_with_box")
        self.how_box = QComboBox(objectName="agreed_how_box")
        for code, label in HOW_CHOICES.items():
            self.how_box.addItem(domain_text(label), code)
        self.how_box.setCurrentIndex(self.how_box.findData("telefon"))
        self.with_box.currentIndexChanged.connect(self._with_changed)
        self.set_guardians([], child=False)

    def set_guardians(self, guardians: list[str], *, child: bool) -> None:
        """The choices for this patient; a child's first guardian is chosen, else the patient."""
        self.with_box.blockSignals(True)
        self.with_box.clear()
        if self.allow_proposed:
            self.with_box.addItem(QCoreApplication.translate("appointment_dialogs", PROPOSED_LABEL), PROPOSED)
        self.with_box.addItem(QCoreApplication.translate("appointment_dialogs", "Patienten"), rules.PATIENT)
        for name in guardians:
            self.with_box.addItem(QCoreApplication.translate("appointment_dialogs", "Vårdnadshavare {name}").format(
                name=name), name)
        chosen = guardians[0] if child and guardians else rules.PATIENT
        self.with_box.setCurrentIndex(self.with_box.findData(chosen))
        self.with_box.blockSignals(False)
        self._with_changed()

    def _with_changed(self) -> None:
        self.how_box.setEnabled(self.with_box.currentData() != PROPOSED)

    def agreement(self) -> tuple[str | None, str | None]:
        agreed_with = self.with_box.currentData()
        if not agreed_with:
            return None, None
        return agreed_with, self.how_box.currentData()


def guardians_of(ctx: ServiceContext, patient_id: int) -> tuple[list[str], bool]:
    card = get_patient_card(ctx, patient_id)
    return [g.name for g in card.guardians], card.age < CHILD_AGE


class PatientPicker(QWidget):
    """Search as you type (name or personnummer) and a short hit list; Up/Down move in the list."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field = QLineEdit(objectName="patient_search")
        self.field.setPlaceholderText(self.tr("Namn eller personnummer"))
        self.field.setAccessibleName(self.tr("Sök patient"))
        self.hits = QListWidget(objectName="patient_hits")
        self.hits.setAccessibleName(self.tr("Träffar"))
        self.hits.setFixedHeight((self.fontMetrics().height() + 4) * 5 + 2 * self.hits.frameWidth() + 4)
        self.hits.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down in the field move here
        self.rows = []
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.hits)

    def search(self) -> None:
        self.timer.stop()
        result = search_patients(self.ctx, self.field.text(), limit=50)
        self.rows = result.rows
        self.hits.clear()
        for row in self.rows:
            item = QListWidgetItem(self.tr("{last_name}, {first_name}  {personnummer}  ({age} år)").format(
                last_name=row.last_name, first_name=row.first_name, personnummer=row.personnummer, age=row.age))
            self.hits.addItem(item)
        if self.rows:
            self.hits.setCurrentRow(0)

    def chosen(self):
        """The hit chosen (a search still waiting is run first), or None."""
        if self.timer.isActive():
            self.search()
        row = self.hits.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.hits.count():
                self.hits.setCurrentRow(max(0, min(self.hits.count() - 1, self.hits.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)


class BookDialog(FormDialog):
    """Boka tid: the patient (searched, or given), when, how long, what, with whom, where, and
    whether the time is agreed now or only proposed (R-AB-3). `appointment_id` is set once booked."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None, starts: datetime, *,
                 caregiver_hsa_id: str | None = None, room_id: int | None = None, patient=None,
                 kind: str = "treatment", from_recall: bool = False, reoffer_of_id: int | None = None) -> None:
        """`patient`: (id, name, personnummer) when known (from the recall list); else searched for."""
        super().__init__(parent, self.tr("Boka tid"),
                         self.tr("Sök fram patienten och välj tid. Enter bokar, Esc avbryter."))
        self.setObjectName("book_dialog")
        self.ctx, self.from_recall, self.reoffer_of_id = ctx, from_recall, reoffer_of_id
        self.appointment_id: int | None = None
        self.patient_id: int | None = patient[0] if patient else None
        self.patient_name = patient[1] if patient else ""
        self.picker: PatientPicker | None = None
        self.agreement = AgreementFields(allow_proposed=True)
        if patient:
            label = QLabel(f"{patient[1]}, {patient[2]}", objectName="patient_label")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.add_field(self.tr("Patient:"), label)
        else:
            self.picker = PatientPicker(ctx)
            self.add_field(self.tr("&Patient:"), self.picker)
            self.picker.field.setAccessibleName(self.tr("Sök patient"))
            self.picker.hits.currentRowChanged.connect(self._hit_changed)
        self.day = self.add_field(self.tr("&Datum:"), date_edit(starts.date(), name=self.tr("Datum"),
                                                                object_name="book_date"))
        self.start = self.add_field(self.tr("&Tid:"), _time_edit(starts.time()))
        self.minutes = self.add_field(self.tr("&Längd:"), _minutes_spin(45 if kind == "revision" else 30))
        self.kind = self.add_field(self.tr("T&yp:"), _kind_box(kind))
        self.caregiver = self.add_field(self.tr("&Behandlare:"), _caregiver_box(ctx, caregiver_hsa_id))
        self.room = self.add_field(self.tr("&Rum:"), _room_box(ctx, room_id))
        self.add_field(self.tr("Överenskommen &med:"), self.agreement.with_box)
        self.add_field(self.tr("&Hur:"), self.agreement.how_box)
        self.interpreter = self.add_field(self.tr("T&olk (språk):"), QLineEdit(objectName="interpreter_field"))
        self.interpreter.setPlaceholderText(self.tr("Tomt: ingen tolk"))
        self.note = self.add_field(self.tr("&Anteckning:"), QLineEdit())
        if patient:
            self._set_guardians(patient[0])
        self.name_buttons(self.tr("Boka tid"), self.tr("Avbryt"))
        settle(self, 46)
        (self.picker.field if self.picker else self.start).setFocus(Qt.FocusReason.OtherFocusReason)

    def _hit_changed(self, _row: int) -> None:
        hit = self.picker.chosen() if self.picker else None
        if hit is None:
            self.agreement.set_guardians([], child=False)
            self.interpreter.clear()
        else:  # the chosen patient's card: the guardians who may agree, and an interpreter to reserve
            self._set_guardians(hit.id)

    def _set_guardians(self, patient_id: int) -> None:
        card = get_patient_card(self.ctx, patient_id)
        child = card.age < CHILD_AGE
        self.agreement.set_guardians([g.name for g in card.guardians] if child else [], child=child)
        self.interpreter.setText(card.language or "" if card.interpreter_needed else "")

    def starts(self) -> datetime:
        return datetime.combine(self.day.date().toPython(), self.start.time().toPython().replace(second=0))

    def save(self) -> None:
        if self.picker is not None:
            hit = self.picker.chosen()
            if hit is None:
                self.picker.field.setFocus(Qt.FocusReason.OtherFocusReason)
                raise UsageError(self.tr("Sök fram patienten med namn eller personnummer och välj i listan."))
            self.patient_id, self.patient_name = hit.id, f"{hit.first_name} {hit.last_name}"
        agreed_with, agreed_how = self.agreement.agreement()
        booking = Booking(patient_id=self.patient_id, starts=self.starts(), minutes=self.minutes.value(),
                          kind=self.kind.currentData(), caregiver_hsa_id=self.caregiver.currentData(),
                          room_id=self.room.currentData(), agreed_with=agreed_with, agreed_how=agreed_how,
                          note=self.note.text().strip() or None, reoffer_of_id=self.reoffer_of_id,
                          interpreter=self.interpreter.text().strip() or None)
        self.appointment_id = appointments.book(self.ctx, booking, from_recall=self.from_recall)

    def booked_text(self) -> str:
        text = (self.tr("{name}: tid bokad {when} (överenskommen).") if self.agreement.agreement()[0]
                else self.tr("{name}: tid bokad {when} (endast föreslagen)."))
        return text.format(name=self.patient_name, when=f"{self.starts():%Y-%m-%d %H:%M}")


class _RowDialog(FormDialog):
    """A dialog about one stored time: it names the time and saves against the version shown."""

    def __init__(self, ctx: ServiceContext, row: AppointmentRow, parent: QWidget | None, title: str,
                 intro: str) -> None:
        super().__init__(parent, title, intro)
        self.ctx, self.row = ctx, row
        self.kept = False  # the user kept what another workstation saved: the book reloads
        header = QLabel(appointment_text(row), objectName="appointment_label")
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_field(QCoreApplication.translate("appointment_dialogs", "Tid:"), header)

    def save_checked(self, attempt) -> None:
        """`attempt(expected_version)`; a conflict is chosen about, "keep theirs" closes the dialog."""
        outcome = save_with_conflict_check(self, lambda versions: attempt(versions[self.row.id]),
                                           {self.row.id: self.row.row_version})
        if outcome == KEPT:
            self.kept = True
            return
        if outcome == CANCELLED:
            raise ServiceError(QCoreApplication.translate("appointment_dialogs",
                                                          "Ingenting sparades. Det du valt finns kvar."))


class MoveDialog(_RowDialog):
    """Enter on a time: when, how long, with whom and where (appointments.move). A move keeps the
    agreement and the first agreed time (R-AB-2)."""

    def __init__(self, ctx: ServiceContext, row: AppointmentRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, row, parent, self.tr("Tid"),
                         self.tr("{status}. Ändra dag, tid, längd, behandlare eller rum och tryck Enter för att "
                                 "flytta tiden.").format(status=domain_text(STATUSES[row.status])))
        self.setObjectName("move_dialog")
        agreed = QLabel(shown_text(row.agreed_text), objectName="agreement_label")
        agreed.setWordWrap(True)
        self.add_field(self.tr("Överenskommelse:"), agreed)
        self.day = self.add_field(self.tr("&Datum:"), date_edit(row.starts.date(), name=self.tr("Datum"),
                                                                object_name="move_date"))
        self.start = self.add_field(self.tr("&Tid:"), _time_edit(row.starts.time()))
        self.minutes = self.add_field(self.tr("&Längd:"), _minutes_spin(row.minutes))
        self.caregiver = self.add_field(self.tr("&Behandlare:"), _caregiver_box(ctx, row.caregiver_hsa_id))
        self.room = self.add_field(self.tr("&Rum:"), _room_box(ctx, row.room_id))
        self.kind = self.add_field(self.tr("T&yp:"), _kind_box(row.kind))
        self.note = self.add_field(self.tr("&Anteckning:"), QLineEdit(row.note or ""))
        editable = row.status == rules.BOOKED
        for widget in (self.day, self.start, self.minutes, self.caregiver, self.room, self.kind, self.note):
            widget.setEnabled(editable)
        self.name_buttons(self.tr("&Spara") if editable else self.tr("&Stäng"), self.tr("Avbryt"))
        settle(self, 46)
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def starts(self) -> datetime:
        return datetime.combine(self.day.date().toPython(), self.start.time().toPython().replace(second=0))

    def changed(self) -> bool:
        r = self.row
        return (self.starts() != r.starts.replace(tzinfo=None) or self.minutes.value() != r.minutes
                or self.caregiver.currentData() != r.caregiver_hsa_id or self.room.currentData() != r.room_id
                or self.kind.currentData() != r.kind or (self.note.text().strip() or None) != r.note)

    def save(self) -> None:
        if self.row.status != rules.BOOKED or not self.changed():
            return
        self.save_checked(lambda version: appointments.move(
            self.ctx, self.row.id, self.starts(), minutes=self.minutes.value(),
            caregiver_hsa_id=self.caregiver.currentData(), room_id=self.room.currentData(),
            kind=self.kind.currentData(), note=self.note.text(), expected_version=version))

    def done_text(self) -> str:
        if self.starts() != self.row.starts.replace(tzinfo=None):
            text = self.tr("{name}: tiden flyttad till {when}.")
        else:
            text = self.tr("{name}: tiden {when} är ändrad.")
        return text.format(name=self.row.patient_name, when=f"{self.starts():%Y-%m-%d %H:%M}")


class ConfirmDialog(_RowDialog):
    """R-AB-3: the patient or a guardian has agreed to a time that was only proposed."""

    def __init__(self, ctx: ServiceContext, row: AppointmentRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, row, parent, self.tr("Bekräfta överenskommelse"),
                         self.tr("Vem godkände tiden, och hur? Först när tiden är överenskommen kan en "
                                 "uteblivandeavgift tas ut (R-AB-3)."))
        self.setObjectName("confirm_dialog")
        self.agreement = AgreementFields(allow_proposed=False)
        guardians, child = guardians_of(ctx, row.patient_id)
        self.agreement.set_guardians(guardians, child=child)
        self.add_field(self.tr("Överenskommen &med:"), self.agreement.with_box)
        self.add_field(self.tr("&Hur:"), self.agreement.how_box)
        self.name_buttons(self.tr("&Bekräfta"), self.tr("Avbryt"))
        settle(self, 46)
        self.agreement.with_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        agreed_with, agreed_how = self.agreement.agreement()
        self.save_checked(lambda version: appointments.confirm(self.ctx, self.row.id, agreed_with, agreed_how,
                                                               expected_version=version))


def lateness_text(ctx: ServiceContext, row: AppointmentRow, by_patient: bool, now: datetime) -> str:
    """What a cancellation now will count as (R-AB-3), said before it is saved."""
    absence = ctx.rules.absence
    status = rules.cancellation_status(absence, now, row.starts, by_patient=by_patient)
    hours = absence.late_cancellation_hours
    if not by_patient:
        return QCoreApplication.translate("appointment_dialogs",
                                          "Kliniken avbokar: räknas inte som patientens avbokning.")
    if status == rules.LATE_CANCELLATION:
        if absence.late_cancellation_counts:
            text = QCoreApplication.translate("appointment_dialogs", "Sen avbokning: mindre än {hours} timmar före "
                                              "tiden. Den räknas som uteblivande och kan ge avgift om tiden var "
                                              "överenskommen.")
        else:
            text = QCoreApplication.translate("appointment_dialogs", "Sen avbokning: mindre än {hours} timmar före "
                                              "tiden. Den räknas inte som uteblivande enligt regelverket.")
        return text.format(hours=hours)
    return QCoreApplication.translate("appointment_dialogs", "I god tid (minst {hours} timmar före tiden): "
                                      "ingen avgift.").format(hours=hours)


class CancelDialog(_RowDialog):
    """Delete on a time: who cancelled, and whether it is late by the rule set (R-AB-3)."""

    def __init__(self, ctx: ServiceContext, row: AppointmentRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, row, parent, self.tr("Avboka tid"),
                         self.tr("Vem avbokar tiden? Tiden finns kvar i patientens tidslista (R-AB-1)."))
        self.setObjectName("cancel_dialog")
        self.status: str | None = None
        self.by_patient = QRadioButton(self.tr("&Patienten (eller vårdnadshavaren) avbokar"), objectName="by_patient")
        self.by_clinic = QRadioButton(self.tr("&Kliniken avbokar"), objectName="by_clinic")
        self.by_patient.setChecked(True)
        choice = QWidget()
        layout = QVBoxLayout(choice)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.by_patient)
        layout.addWidget(self.by_clinic)
        self.add_field(self.tr("Avbokas av:"), choice)
        self.late_label = QLabel(objectName="late_label")
        self.late_label.setWordWrap(True)
        self.add_field(self.tr("Räknas som:"), self.late_label)
        self.by_patient.toggled.connect(lambda _on: self._show_lateness())
        self._show_lateness()
        self.name_buttons(self.tr("A&vboka"), self.tr("Behåll tiden"))
        settle(self, 46)
        self.by_patient.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_lateness(self) -> None:
        text = lateness_text(self.ctx, self.row, self.by_patient.isChecked(), self.ctx.now())
        self.late_label.setText(text)
        self.late_label.setAccessibleName(text)

    def save(self) -> None:
        by_patient = self.by_patient.isChecked()
        result: list[str] = []
        self.save_checked(lambda version: result.append(appointments.cancel(
            self.ctx, self.row.id, by_patient=by_patient, expected_version=version)))
        self.status = result[-1] if result else None

    def done_text(self) -> str:
        return self.tr("{name}: tiden {when} {status}.").format(
            name=self.row.patient_name, when=when_text(self.row), status=domain_text(STATUSES[self.status]).lower())
