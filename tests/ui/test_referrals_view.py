"""R-RV-9 in the window, keyboard only: a referral written and sent from the patient card, seen in the
"Remisser" worklist, and its answer recorded there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from klinik_app.domain import referrals as rules
from klinik_app.domain.permissions import RECEPTION
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.referral_dialogs import AnswerDialog, NewReferralDialog, SendReferralDialog
from klinik_app.ui.referral_list import NO_REFERRALS, PatientReferralsPanel
from tests.factories import add_patient, pnr
from tests.ui.keyboard import type_text

CLINIC = "Specialisttandvården Umeå"


def _press(qtbot, widget, key=Qt.Key.Key_Space) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def _dialog(qtbot, steps, kind):
    qtbot.waitUntil(lambda: isinstance(steps.dialog, kind) and steps.dialog.isVisible(), timeout=2000)
    return steps.dialog


def _enter(qtbot, dialog, widget) -> None:
    """Enter in a one-line field saves the form (the dialog's default button)."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_r_rv_9_referral_written_and_sent_from_the_card_listed_and_answered_by_keyboard(window, demo_ctx, qtbot):
    pid = add_patient(demo_ctx, pnr(date(2004, 5, 5), 505), "Vera", "Vik")  # turns 23 in 2027
    window.open_patient(pid)
    panel = window.referrals_view.patient_referrals
    assert panel.empty.text() == NO_REFERRALS

    _press(qtbot, panel.new_button)
    new = _dialog(qtbot, panel.steps, NewReferralDialog)
    new.specialty.setFocus()
    qtbot.keyClicks(new.specialty, "O")  # the first specialty with O: Ortodonti
    assert new.specialty.currentData() == "ortodonti"
    qtbot.keyClick(new.specialty, Qt.Key.Key_Tab)
    type_text(qtbot, new.reason, "Djupt bett med tvångsföring")
    _enter(qtbot, new, new.specialty)
    [row] = panel.model.rows
    assert (row.state, row.warning) == (rules.DRAFT, "Skicka senast 2026-12-31.")  # 365 days before 2027-12-31

    window.referrals_page_action.trigger()
    view = window.referrals_view
    assert pid in [r.patient_id for r in view.to_send.rows]

    _press(qtbot, panel.buttons[rules.SEND])
    send = _dialog(qtbot, panel.steps, SendReferralDialog)
    send.recipient.setFocus()
    type_text(qtbot, send.recipient, CLINIC)
    _enter(qtbot, send, send.recipient)
    [row] = panel.model.rows
    assert (row.state, row.recipient, row.sent_on) == (rules.SENT, CLINIC, demo_ctx.today)

    view.reload()
    assert pid not in [r.patient_id for r in view.to_send.rows]
    waiting = [r for r in view.waiting.rows if r.patient_id == pid]
    assert [(r.recipient, r.days_waiting) for r in waiting] == [(CLINIC, 0)]
    view.waiting_table.setFocus()
    view.waiting_table.selectRow(view.waiting.rows.index(waiting[0]))
    _press(qtbot, view.answer_button)
    answer = _dialog(qtbot, view.answer_steps, AnswerDialog)
    answer.outcome.setFocus()
    qtbot.keyClicks(answer.outcome, "B")  # Behandlad
    _enter(qtbot, answer, answer.outcome)
    assert pid not in [r.patient_id for r in view.waiting.rows]
    window.open_patient(pid)
    [row] = panel.model.rows
    assert (row.state, row.outcome) == (rules.ANSWERED, "treated")
    assert panel.buttons[rules.CLOSE].isEnabled()


def test_reception_may_record_an_answer_but_not_write_a_referral(demo_ctx, qtbot):
    reception = ServiceContext(demo_ctx.engine, actor=Actor("SE2321000222-R0001", roles=frozenset({RECEPTION})),
                               today=demo_ctx.today)
    pid = add_patient(demo_ctx, pnr(date(2010, 3, 3), 303), "Rut", "Ros")
    panel = PatientReferralsPanel(reception)
    qtbot.addWidget(panel)
    panel.load(pid, "Rut Ros")
    assert not panel.new_button.isEnabled()
    assert not any(button.isEnabled() for button in panel.buttons.values())
