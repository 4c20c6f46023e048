"""R-SE-4: "Journalkopia…" from the patient card, by keyboard: consent, preview, the copy saved; and
the re-choice task's actions on Att göra."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from klinik_app.db.models import RecordDisclosure, Task
from klinik_app.domain.record_copy import TASK_KIND
from klinik_app.services import record_copy
from klinik_app.services.clinic import set_clinic_address
from klinik_app.ui.record_copy_dialog import DeclinedDialog, RecordCopyDialog
from klinik_app.ui.todo_view import TodoView
from tests.factories import add_patient, pnr
from tests.ui.keyboard import type_text

Alt = Qt.KeyboardModifier.AltModifier


def _patient_with_task(ctx) -> int:
    set_clinic_address(ctx, "Kliniksgatan 2", "903 25", "Umeå", "090-12 34 56")
    pid = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val", guardians=["Anna Lind"])
    with ctx.begin() as s:
        record_copy.open_task(s, ctx, pid)
    return pid


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _task(ctx) -> Task:
    with ctx.sessions() as s:
        return s.scalar(select(Task).where(Task.kind == TASK_KIND))


def test_r_se_4_copy_with_consent_by_keyboard_from_the_card(qtbot, window_for, ctx, tmp_path, monkeypatch):
    pid = _patient_with_task(ctx)
    monkeypatch.setattr(RecordCopyDialog, "choose_pdf_path", lambda self: tmp_path / "kopia.pdf")
    window = window_for(ctx)
    window.open_patient(pid)
    _press(qtbot, Qt.Key.Key_J, Alt)  # the card's "Journalkopia…" button
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), RecordCopyDialog), timeout=2000)
    dialog = QApplication.activeWindow()
    assert "Undersökningar och tandhälsodata (0)" in dialog.preview.toPlainText()
    assert "Listningar och samtycken (1)" in dialog.preview.toPlainText()
    _press(qtbot, Qt.Key.Key_Return)  # no recipient yet: refused inline, the dialog stays
    assert dialog.isVisible() and "Skriv vem som ska få kopian" in dialog.error.text()
    _press(qtbot, Qt.Key.Key_N, Alt)
    type_text(qtbot, dialog.recipient, "Tandkliniken Norr")
    _press(qtbot, Qt.Key.Key_G, Alt)
    _press(qtbot, Qt.Key.Key_Down)  # the guardian gave the consent
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert (tmp_path / "kopia.pdf").exists() and (tmp_path / "kopia.json").exists()
    with ctx.sessions() as s:
        d = s.scalar(select(RecordDisclosure))
    assert (d.recipient_name, d.consent_by, d.consent_guardian, d.consent_how) == (
        "Tandkliniken Norr", "vardnadshavare", "Anna Lind", "pa-plats")
    assert _task(ctx).decision == "copied"
    assert "Journalkopia för Ella Lind till Tandkliniken Norr" in window.statusBar().currentMessage()


def test_re_choice_task_on_att_gora_closes_when_consent_was_not_given(qtbot, ctx):
    _patient_with_task(ctx)
    view = TodoView(ctx)
    qtbot.addWidget(view)
    view.page_shown()
    assert view.current_task().kind == TASK_KIND and not view.buttons["copy"].isHidden()
    dialog = view.copy_declined()
    assert isinstance(dialog, DeclinedDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert (_task(ctx).state, _task(ctx).decision, _task(ctx).decision_on) == ("closed", "declined", ctx.today)
    assert view.current_task() is None
