"""What staff do to a time, shared by the book and the end-of-day list: book, open (move), confirm,
cancel, and mark the outcome with its consequences said in words (R-AB-2..5).

An attended revision offers the examination form at once (issue 5, item 2).
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from klinik_app.domain import appointments as rules
from klinik_app.domain.permissions import EXAM_HEALTH_CHECK, EXAM_REVISION
from klinik_app.services import appointments
from klinik_app.services.absence import Consequences
from klinik_app.services.appointments import STATUSES, AppointmentRow
from klinik_app.services.context import ServiceContext
from klinik_app.services.patients import get_patient_card
from klinik_app.services.permissions import may
from klinik_app.ui.appointment_dialogs import BookDialog, CancelDialog, ConfirmDialog, MoveDialog, when_text
from klinik_app.ui.changed_elsewhere import KEPT, KEPT_TEXT, SAVED, save_with_conflict_check
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.examination_form import ExaminationDialog, ExamPatient

log = logging.getLogger(__name__)

OUTCOME_TITLE = QT_TRANSLATE_NOOP("appointment_actions", "Utfall")
EXAM_QUESTION = QT_TRANSLATE_NOOP("appointment_actions", "Revisionen är genomförd. Registrera undersökningen nu?")
TASK_LABELS = {"written-information": QT_TRANSLATE_NOOP("appointment_actions",
                                                        "skicka skriftlig information till patienten (R-AB-4)"),
               "child-at-risk": QT_TRANSLATE_NOOP("appointment_actions",
                                                  "tandläkarens bedömning av barnets uteblivanden (R-AB-5)")}
# Outcome keys of the book and the end-of-day list (shown in the menus, the legend and the tooltip).
OUTCOME_KEYS = {"attended": "G", "no-show": "U"}


def consequences_text(row: AppointmentRow, status: str, result: Consequences) -> str:
    """The outcome and what follows from it, as the receptionist reads it (the fee's reason either way)."""
    lines = [f"{row.patient_name}, {when_text(row)}: {domain_text(STATUSES[status]).lower()}."]
    if status in (rules.NO_SHOW, rules.LATE_CANCELLATION):
        if result.fee_sek:
            lines.append(
                QCoreApplication.translate("appointment_actions", "Uteblivandeavgift {fee} kr tas ut: {reason}").format(
                    fee=result.fee_sek, reason=shown_text(result.fee_reason)).rstrip(": "))
        else:
            lines.append(QCoreApplication.translate("appointment_actions", "Ingen uteblivandeavgift: {reason}").format(
                             reason=shown_text(result.fee_reason)) if result.fee_reason
                         else QCoreApplication.translate("appointment_actions", "Ingen uteblivandeavgift tas ut."))
    elif result.fee_reason:
        lines.append(shown_text(result.fee_reason))
    if result.reoffer_by:
        lines.append(QCoreApplication.translate("appointment_actions",
                                                "Ny tid ska erbjudas senast {reoffer_by} (R-AB-2).").format(
                         reoffer_by=result.reoffer_by.isoformat()))
    for kind in result.tasks_opened:
        lines.append(QCoreApplication.translate("appointment_actions", "Ny uppgift på Att göra: {task}.").format(
                         task=QCoreApplication.translate("appointment_actions", TASK_LABELS.get(kind, kind))))
    return "\n".join(lines)


class AppointmentActions(QObject):
    """`changed(text)` after anything was saved (or a colleague's save kept): reload, show the text."""

    changed = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.dialog: QDialog | None = None  # the open dialog, if any (tests look at it)
        self.last_consequences: str | None = None

    # --- dialogs --------------------------------------------------------------------------------
    def book(self, starts: datetime, *, caregiver_hsa_id: str | None = None, room_id: int | None = None,
             patient=None, kind: str = "treatment", from_recall: bool = False) -> BookDialog | None:
        dialog = self._make(lambda: BookDialog(self.ctx, self.widget.window(), starts,
                                               caregiver_hsa_id=caregiver_hsa_id, room_id=room_id, patient=patient,
                                               kind=kind, from_recall=from_recall))
        if dialog is not None:
            dialog.accepted.connect(lambda: self.changed.emit(dialog.booked_text()))
        return self._open(dialog)

    def open(self, row: AppointmentRow) -> MoveDialog | None:
        dialog = self._make(lambda: MoveDialog(self.ctx, self._fresh(row), self.widget.window()))
        if dialog is not None:
            dialog.accepted.connect(lambda: self._row_saved(dialog, dialog.done_text() if dialog.changed() else None))
        return self._open(dialog)

    def confirm(self, row: AppointmentRow) -> ConfirmDialog | None:
        dialog = self._make(lambda: ConfirmDialog(self.ctx, row, self.widget.window()))
        if dialog is not None:
            dialog.accepted.connect(
                lambda: self._row_saved(dialog,
                                        self.tr("{patient_name}: tiden {when} är nu överenskommen.").format(
                                            patient_name=row.patient_name, when=when_text(row))))
        return self._open(dialog)

    def cancel(self, row: AppointmentRow) -> CancelDialog | None:
        dialog = self._make(lambda: CancelDialog(self.ctx, row, self.widget.window()))
        if dialog is not None:
            dialog.accepted.connect(lambda: self._row_saved(dialog, dialog.done_text() if dialog.status else None))
        return self._open(dialog)

    def _make(self, build):
        """Build a dialog (reading its choices may fail: then say so and open nothing)."""
        try:
            return build()
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("opening an appointment dialog failed")
            show_error(self.widget.window(), exc)
            return None

    def _fresh(self, row: AppointmentRow) -> AppointmentRow:
        return appointments.get(self.ctx, row.id)

    def _open(self, dialog):
        if dialog is None:
            return None
        self.dialog = dialog
        dialog.finished.connect(self._closed)
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.dialog = None

    def _row_saved(self, dialog, text: str | None) -> None:
        if dialog.kept:
            self.changed.emit(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
        elif text:
            self.changed.emit(text)

    # --- outcomes -------------------------------------------------------------------------------
    def set_outcome(self, row: AppointmentRow, status: str) -> str | None:
        """Mark the outcome (versions checked), say what follows; returns the message shown."""
        results: list[Consequences] = []
        try:
            outcome = save_with_conflict_check(
                self.widget.window(),
                lambda versions: results.append(appointments.set_outcome(self.ctx, row.id, status,
                                                                         expected_version=versions[row.id])),
                {row.id: row.row_version})
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("setting an appointment outcome failed")
            show_error(self.widget.window(), exc)
            return None
        if outcome == KEPT:
            self.changed.emit(QCoreApplication.translate("changed_elsewhere", KEPT_TEXT))
            return None
        if outcome != SAVED:
            return None
        text = consequences_text(row, status, results[-1])
        self.last_consequences = text
        QMessageBox.information(
            self.widget.window(), QCoreApplication.translate("appointment_actions", OUTCOME_TITLE), text)
        self.changed.emit(text.replace("\n", " "))
        if status == rules.ATTENDED and row.kind == "revision":
            self.offer_examination(row.patient_id)
        return text

    def offer_examination(self, patient_id: int) -> ExaminationDialog | None:
        """After an attended revision: the examination form for the patient, if the user wants it now."""
        if not (may(self.ctx, EXAM_REVISION) or may(self.ctx, EXAM_HEALTH_CHECK)):
            return None
        answer = QMessageBox.question(self.widget.window(),
                                      QCoreApplication.translate("appointment_actions", OUTCOME_TITLE),
                                      QCoreApplication.translate("appointment_actions", EXAM_QUESTION),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        dialog = self._make(lambda: ExaminationDialog(self.ctx, ExamPatient.from_card(get_patient_card(
            self.ctx, patient_id)), self.widget.window()))
        if dialog is not None:
            dialog.saved.connect(lambda _result, message: self.changed.emit(message))
        return self._open(dialog)


def book_from_recall(parent: QWidget, ctx: ServiceContext, item, changed) -> BookDialog | None:
    """Kallelser -> Boka tid…: a revision for the recall's patient, by default with the responsible
    dentist, from the next day; booking it marks the recall booked (book(..., from_recall=True))."""
    actions = AppointmentActions(ctx, parent)
    actions.changed.connect(changed)
    starts = datetime.combine(ctx.today + timedelta(days=1), time(8, 0))
    return actions.book(starts, caregiver_hsa_id=item.dentist_hsa_id or None,
                        patient=(item.patient_id, item.name, item.personnummer), kind="revision", from_recall=True)
