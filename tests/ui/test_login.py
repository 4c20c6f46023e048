"""R-SE-1 in the window: log in, idle into the lock, unlock; lockout; staff accounts and their roles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from klinik_app.db.models import SecurityEvent
from klinik_app.services import accounts
from klinik_app.ui.login import LoginDialog
from klinik_app.ui.staff_dialog import StaffDialog
from tests.factories import add_patient, pnr
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, add_administrator

RECEPTIONIST, RECEPTION_PASSWORD = "SE2321000222-R0007", "kaffe och kalender"


def events(ctx) -> list[tuple[str, str]]:
    with ctx.sessions() as s:
        return [(e.kind, e.user_id) for e in s.scalars(select(SecurityEvent).order_by(SecurityEvent.id))]


def type_and_enter(qtbot, field, text: str) -> None:
    field.clear()
    field.insert(text)  # QTest's key clicks stop at å, ä and ö; Enter is a real key press
    qtbot.keyClick(field, Qt.Key.Key_Return)


def log_in(qtbot, ctx, hsa_id: str, password: str) -> LoginDialog:
    dialog = LoginDialog(ctx, clinic_name="Tandkliniken Testbyn")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.hsa_field, hsa_id)
    qtbot.keyClick(dialog.hsa_field, Qt.Key.Key_Tab)
    type_and_enter(qtbot, dialog.password_field, password)
    return dialog


def test_r_se_1_logs_in_idles_into_the_lock_and_unlocks(qtbot, ctx, window_for):
    add_administrator(ctx)
    dialog = log_in(qtbot, ctx, ADMIN, ADMIN_PASSWORD)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    ctx.actor = dialog.actor
    window = window_for(ctx)
    assert window.session.user_label.text() == "Ada Admin (Tandläkare, Administratör)"
    lock = window.session.idle_lock
    lock.timer.setInterval(200)  # the setting's minutes, shortened: nobody touches anything now
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
    assert not window.centralWidget().isVisible()  # no patient data on an unattended screen
    unlock = lock.dialog
    assert unlock.isVisible() and "Ada Admin" in unlock.intro.text()

    type_and_enter(qtbot, unlock.password_field, "fel lösenord")
    assert lock.is_locked and unlock.error.text() == "Fel HSA-ID eller lösenord." and unlock.password_field.text() == ""
    type_and_enter(qtbot, unlock.password_field, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not lock.is_locked)
    assert window.centralWidget().isVisible() and lock.timer.isActive()
    assert events(ctx) == [("konto-skapat", ADMIN), ("losenord-satt", ADMIN), ("inloggning", ADMIN),
                           ("skarmlas", ADMIN), ("fel-losenord", ADMIN), ("upplasning", ADMIN)]


def test_r_se_1_logging_out_from_the_lock_closes_the_window(qtbot, ctx, window_for):
    add_administrator(ctx)
    ctx.actor = accounts.login(ctx, ADMIN, ADMIN_PASSWORD)
    window = window_for(ctx)
    window.session.lock()
    window.session.idle_lock.dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert events(ctx)[-2:] == [("skarmlas", ADMIN), ("utloggning", ADMIN)]


def test_r_se_1_five_wrong_passwords_lock_the_account_until_an_administrator_lifts_it(qtbot, ctx):
    add_administrator(ctx)
    admin = accounts.login(ctx, ADMIN, ADMIN_PASSWORD)
    ctx.actor = admin
    accounts.save_account(ctx, RECEPTIONIST, "Rut Reception", "reception", {"reception"}, password=RECEPTION_PASSWORD)
    for _ in range(4):
        dialog = log_in(qtbot, ctx, RECEPTIONIST, "gissning123")
        assert dialog.error.text() == "Fel HSA-ID eller lösenord."
    dialog = log_in(qtbot, ctx, RECEPTIONIST, "gissning123")
    assert dialog.error.text().startswith("Kontot är låst efter för många felaktiga försök, till kl.")
    dialog = log_in(qtbot, ctx, RECEPTIONIST, RECEPTION_PASSWORD)  # the right one does not help now
    assert dialog.result() != LoginDialog.DialogCode.Accepted and "låst" in dialog.error.text()

    staff = StaffDialog(ctx)
    qtbot.addWidget(staff)
    staff.table.selectRow(next(i for i, a in enumerate(staff.accounts) if a.hsa_id == RECEPTIONIST))
    assert staff.table.item(staff.table.currentRow(), 4).text().startswith("Låst till")
    staff.unlock_button.click()
    assert staff.table.item(staff.table.currentRow(), 4).text() == "Kan logga in"
    assert log_in(qtbot, ctx, RECEPTIONIST, RECEPTION_PASSWORD).result() == LoginDialog.DialogCode.Accepted
    kinds = [k for k, who in events(ctx) if who == RECEPTIONIST]
    assert kinds == ["konto-skapat", "losenord-satt"] + ["fel-losenord"] * 4 + [
        "kontot-last", "fel-losenord", "konto-upplast", "inloggning"]


def test_r_se_1_an_administrator_adds_a_receptionist_who_sees_only_what_her_role_allows(qtbot, ctx, window_for,
                                                                                      messages):
    add_administrator(ctx, profession=None)
    ctx.actor = accounts.login(ctx, ADMIN, ADMIN_PASSWORD)
    staff = StaffDialog(ctx)
    qtbot.addWidget(staff)
    form = staff.new_account()
    qtbot.keyClicks(form.hsa_field, RECEPTIONIST)
    qtbot.keyClicks(form.name_field, "Rut Reception")
    form.profession_box.setCurrentIndex(form.profession_box.findData("reception"))
    assert form.role_boxes["reception"].isChecked()  # the profession is ticked as a role
    qtbot.keyClicks(form.password_field, RECEPTION_PASSWORD)
    type_and_enter(qtbot, form.repeat_field, RECEPTION_PASSWORD)
    assert form.result() == form.DialogCode.Accepted, form.error.text()
    assert staff.status.text() == f"Kontot {RECEPTIONIST} är sparat."
    staff.close()

    ella = add_patient(ctx, pnr(date(2020, 5, 5), 123), "Ella", "Lind", listing="val")
    ctx.actor = accounts.login(ctx, RECEPTIONIST, RECEPTION_PASSWORD)
    assert ctx.actor.roles == {"reception"}
    window = window_for(ctx)
    assert not window.audit_action.isVisible() and not window.session.staff_action.isVisible()
    assert not window.restore_action.isVisible() and window.documents.invoice_action.isVisible()
    window.open_patient(ella)
    assert window.list_action.isEnabled() and not window.exam_action.isEnabled()  # revisions: R-RV-5
