"""Referrals in the window (R-RV-9, issue 12): the patient card's "Remisser" section and the
"Remisser" worklist page (referrals that must be sent soon, referrals waiting for an answer).

Both show rows of services.referrals and offer the same steps on the chosen row; a deadline warning
is bold with the style's warning icon (todo_view.RowsModel), never a colour of our own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klinik_app.domain import referrals as rules
from klinik_app.domain.permissions import REFERRAL_ANSWER, REFERRAL_WRITE
from klinik_app.services import referrals
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import may
from klinik_app.services.referrals import ReferralRow
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import show_error, shown_text, translated as translated_error
from klinik_app.ui.i18n import translated
from klinik_app.ui.pages import add_page
from klinik_app.ui.referral_dialogs import AnswerDialog, NewReferralDialog, SendReferralDialog
from klinik_app.ui.row_tables import RowTable, current_row, select_row
from klinik_app.ui.todo_view import RowsModel, rows_table

log = logging.getLogger(__name__)

CARD_COLUMNS = (QT_TRANSLATE_NOOP("referral_list", "Specialitet"),
                QT_TRANSLATE_NOOP("referral_list", "Status"),
                QT_TRANSLATE_NOOP("referral_list", "Skriven"),
                QT_TRANSLATE_NOOP("referral_list", "Skickad till"),
                QT_TRANSLATE_NOOP("referral_list", "Svar"),
                QT_TRANSLATE_NOOP("referral_list", "Att observera"))
TO_SEND_COLUMNS = (QT_TRANSLATE_NOOP("referral_list", "Patient"),
                   QT_TRANSLATE_NOOP("referral_list", "Födelsedatum"),
                   QT_TRANSLATE_NOOP("referral_list", "Specialitet"),
                   QT_TRANSLATE_NOOP("referral_list", "Skriven"),
                   QT_TRANSLATE_NOOP("referral_list", "Skicka senast"),
                   QT_TRANSLATE_NOOP("referral_list", "Att observera"))
WAITING_COLUMNS = (QT_TRANSLATE_NOOP("referral_list", "Patient"),
                   QT_TRANSLATE_NOOP("referral_list", "Födelsedatum"),
                   QT_TRANSLATE_NOOP("referral_list", "Specialitet"),
                   QT_TRANSLATE_NOOP("referral_list", "Skickad"),
                   QT_TRANSLATE_NOOP("referral_list", "Till"),
                   QT_TRANSLATE_NOOP("referral_list", "Dagar utan svar"))
NO_REFERRALS = QT_TRANSLATE_NOOP("referral_list", "Inga remisser.")


def _date(d) -> str:
    return d.isoformat() if d else ""


def card_cells(r: ReferralRow) -> list[str]:
    outcome = domain_text(r.outcome_label) if r.outcome_label else ""
    answer = f"{_date(r.answered_on)} {outcome}".strip()
    sent = f"{r.recipient} ({_date(r.sent_on)})" if r.sent_on else ""
    return [domain_text(r.specialty_label), domain_text(r.state_label), _date(r.created_on), sent, answer,
            shown_text(r.warning) if r.warning else ""]


def to_send_cells(r: ReferralRow) -> list[str]:
    return [r.patient_name, _date(r.birth_date), domain_text(r.specialty_label), _date(r.created_on),
            _date(r.deadline.latest_send), shown_text(r.warning) if r.warning else ""]


def waiting_cells(r: ReferralRow) -> list[str]:
    return [r.patient_name, _date(r.birth_date), domain_text(r.specialty_label), _date(r.sent_on), r.recipient or "",
            str(r.days_waiting)]


def _too_late(ctx: ServiceContext, r: ReferralRow) -> bool:
    """Bold with the warning icon: an unsent referral past its latest send date."""
    return r.state == rules.DRAFT and r.deadline.state(ctx.today) == rules.TOO_LATE


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class ReferralSteps:
    """The steps on a chosen referral, shared by the card and the worklist: each opens its form (or
    acts at once), and `done(message)` runs after a change so the owner reloads."""

    def __init__(self, owner: QWidget, ctx: ServiceContext, current, done) -> None:
        self.owner, self.ctx, self.current, self.done = owner, ctx, current, done
        self.dialog = None

    def open_form(self, dialog, message: str):
        dialog.accepted.connect(lambda: self.done(message))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def send(self):
        row = self.current()
        if row is not None:
            return self.open_form(SendReferralDialog(self.owner, self.ctx, row),
                                  QCoreApplication.translate("ReferralSteps", "Remissen är registrerad som skickad."))
        return None

    def answer(self):
        row = self.current()
        if row is not None:
            return self.open_form(AnswerDialog(self.owner, self.ctx, row),
                                  QCoreApplication.translate("ReferralSteps", "Svaret på remissen är registrerat."))
        return None

    def close(self) -> None:
        self._at_once(referrals.close, QCoreApplication.translate("ReferralSteps", "Remissen är avslutad."))

    def withdraw(self) -> None:
        self._at_once(referrals.withdraw, QCoreApplication.translate("ReferralSteps", "Remissen är återkallad."))

    def _at_once(self, step, message: str) -> None:
        row = self.current()
        if row is None:
            return
        try:
            step(self.ctx, row.id, expected_version=row.row_version)
        except Exception as exc:
            show_error(self.owner, exc, title=QCoreApplication.translate("ReferralSteps", "Remisser"))
            self.done("")
            return
        self.done(message)

    def enable(self, buttons: dict[str, QPushButton], row: ReferralRow | None) -> None:
        """Offer a step only where the state machine and the user's role allow it."""
        writer, answerer = may(self.ctx, REFERRAL_WRITE), may(self.ctx, REFERRAL_ANSWER)
        allowed = {rules.SEND: writer, rules.ANSWER: answerer, rules.CLOSE: writer, rules.WITHDRAW: writer}
        for step, button in buttons.items():
            button.setEnabled(row is not None and allowed[step] and rules.step_problem(row.state, step) is None)


class PatientReferralsPanel(QGroupBox):
    """The patient card's "Remisser": the patient's referrals, newest first, and the steps."""

    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remisser"), parent)
        self.setObjectName("patient_referrals")
        self.setAccessibleName(self.tr("Remisser"))
        self.ctx = ctx
        self.patient_id: int | None = None
        self.patient_name = ""
        self.model = RowsModel(translated("referral_list", CARD_COLUMNS), card_cells, lambda r: _too_late(ctx, r), self)
        self.table = rows_table(self.model, "referral_table", self.tr("Patientens remisser"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.empty = QLabel(QCoreApplication.translate("referral_list", NO_REFERRALS), objectName="referrals_empty")
        self.steps = ReferralSteps(self, ctx, self.current, self._changed)
        self.new_button = _button(self.tr("Ny &remiss…"), "new_referral_button", self.new_referral)
        self.new_button.setEnabled(may(ctx, REFERRAL_WRITE))
        self.buttons = {
            # Letters free on the card (its other buttons and the menu bar take K, V and T).
            rules.SEND: _button(self.tr("Ski&cka…"), "send_referral_button", self.steps.send),
            rules.ANSWER: _button(self.tr("Reg&istrera svar…"), "answer_referral_button", self.steps.answer),
            rules.CLOSE: _button(self.tr("Av&sluta"), "close_referral_button", self.steps.close),
            rules.WITHDRAW: _button(self.tr("Åt&erkalla"), "withdraw_referral_button", self.steps.withdraw),
        }
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + self.table.verticalHeader().defaultSectionSize() * 4 + 4)

    def current(self) -> ReferralRow | None:
        row = current_row(self.table)
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def load(self, patient_id: int, patient_name: str = "") -> None:
        """Read the patient's referrals (an access-logged read); a failure is said in the section."""
        self.patient_id, self.patient_name = patient_id, patient_name or self.patient_name
        try:
            rows = referrals.patient_referrals(self.ctx, patient_id)
        except Exception as exc:
            if not hasattr(exc, "message"):
                log.exception("reading a patient's referrals failed")
            rows = []
            self.empty.setText(translated_error(exc))
        else:
            self.empty.setText(QCoreApplication.translate("referral_list", NO_REFERRALS))
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        select_row(self.table, 0)
        self._enable()

    def new_referral(self):
        if self.patient_id is None:
            return None
        dialog = NewReferralDialog(self, self.ctx, self.patient_id, self.patient_name)
        return self.steps.open_form(dialog, self.tr("Remissen är sparad. Registrera när den skickas (Skicka…)."))

    def _enable(self) -> None:
        self.steps.enable(self.buttons, self.current())

    def _changed(self, message: str) -> None:
        if self.patient_id is not None:
            self.load(self.patient_id)
        if message:
            self.status_message.emit(message)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class ReferralsView(QWidget):
    """The "Remisser" page: what must be sent soon (R-RV-9), and what waits for an answer."""

    status_message = Signal(str)
    open_patient_requested = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.to_send = RowsModel(
            translated("referral_list", TO_SEND_COLUMNS), to_send_cells, lambda r: _too_late(ctx, r), self)
        self.waiting = RowsModel(translated("referral_list", WAITING_COLUMNS), waiting_cells, lambda r: False, self)
        self.to_send_table = rows_table(self.to_send, "to_send_table", self.tr("Remisser som måste skickas snart"))
        self.waiting_table = rows_table(self.waiting, "waiting_table", self.tr("Remisser som väntar på svar"))
        self.send_steps = ReferralSteps(self, ctx, lambda: self._current(self.to_send_table, self.to_send),
                                        self._changed)
        self.answer_steps = ReferralSteps(self, ctx, lambda: self._current(self.waiting_table, self.waiting),
                                          self._changed)
        self.send_button = _button(self.tr("Skic&ka…"), "send_button", self.send_steps.send)
        self.answer_button = _button(self.tr("&Registrera svar…"), "answer_button", self.answer_steps.answer)
        self.open_button = _button(self.tr("&Öppna patienten"), "open_patient_button", self.open_patient)
        for table in (self.to_send_table, self.waiting_table):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
            table.activated.connect(lambda _index: self.open_patient())
        buttons = QHBoxLayout()
        for button in (self.send_button, self.answer_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._caption(self.tr("Remisser som måste skickas &snart (R-RV-9)"), self.to_send_table))
        layout.addWidget(self.to_send_table)
        layout.addWidget(self._caption(self.tr("Remisser som vän&tar på svar"), self.waiting_table))
        layout.addWidget(self.waiting_table)
        layout.addLayout(buttons)

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _current(table: RowTable, model: RowsModel) -> ReferralRow | None:
        row = current_row(table)
        return model.rows[row] if 0 <= row < len(model.rows) else None

    def page_shown(self) -> None:
        self.reload()
        self.to_send_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        try:
            self.to_send.set_rows(referrals.to_send(self.ctx))
            self.waiting.set_rows(referrals.awaiting_answer(self.ctx))
        except Exception as exc:
            show_error(self, exc, title=self.tr("Remisser"))
            return
        select_row(self.to_send_table, 0)
        select_row(self.waiting_table, 0)
        self._enable()

    def _focused_row(self) -> ReferralRow | None:
        if self.waiting_table.hasFocus():
            return self._current(self.waiting_table, self.waiting)
        return self._current(self.to_send_table, self.to_send) or self._current(self.waiting_table, self.waiting)

    def open_patient(self) -> None:
        row = self._focused_row()
        if row is not None:
            self.open_patient_requested.emit(row.patient_id)

    def _enable(self) -> None:
        self.send_steps.enable({rules.SEND: self.send_button}, self._current(self.to_send_table, self.to_send))
        self.answer_steps.enable({rules.ANSWER: self.answer_button}, self._current(self.waiting_table, self.waiting))

    def _changed(self, message: str) -> None:
        self.reload()
        if message:
            self.status_message.emit(message)


def add_referrals_page(window) -> ReferralsView:
    """The main window's hook: the "Remisser" tab (Ctrl+0) and the patient card's "Remisser" section."""
    view = ReferralsView(window.ctx)
    view.open_patient_requested.connect(window.open_patient)
    window.referrals_page_action = add_page(window,
                                            view,
                                            QCoreApplication.translate("referral_list", "Remisser"),
                                            QCoreApplication.translate("referral_list", "Re&misser"),
                                            "Ctrl+0",
                                            QCoreApplication.translate("referral_list",
                                                                       "Remisser som måste skickas snart och remisser "
                                                                       "som väntar på svar"),
                                            focus=view.page_shown)
    panel = PatientReferralsPanel(window.ctx)
    panel.status_message.connect(window.show_status)
    window.card_view.sections.addWidget(panel)
    window.card_view.card_shown.connect(lambda patient_id: panel.load(
        patient_id, f"{window.card_view.card.first_name} {window.card_view.card.last_name}"))
    view.patient_referrals = panel
    return view
