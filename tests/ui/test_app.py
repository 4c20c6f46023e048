"""Starting the window: arguments, opening the database, first start, the crash dialog."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from klinik_app.services.clinic import get_clinic
from klinik_app.ui import app as app_module
from klinik_app.ui.app import run
from klinik_app.ui.login import FirstAdministratorDialog, LoginDialog
from klinik_app.ui.main_window import MainWindow
from tests.conftest import make_ctx
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, log_in_with


@pytest.fixture(autouse=True)
def _restore_locale():
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def fake_event_loop(monkeypatch):
    """app.exec() returns at once; it records the windows that were showing."""
    seen: list[list] = []

    def exec_(self=None):
        seen.append([w for w in QApplication.topLevelWidgets() if w.isVisible()])
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return seen


def test_a_file_that_is_not_a_database_gives_a_swedish_message_and_exit_1(tmp_path, messages):
    path = tmp_path / "inte-en-databas.sqlite"
    path.write_bytes(b"Det h\xe4r \xe4r ett brev, ingen databas.\n" * 200)

    assert run(["--db", str(path)]) == 1
    assert len(messages) == 1
    kind, title, text = messages[0]
    assert kind == "critical" and title == "Klinik"
    assert "Databasfilen är skadad eller ingen Klinik-databas" in text
    assert str(path) in text
    messages.clear()


def test_unknown_arguments_give_a_swedish_message_and_exit_64(tmp_path, messages, capsys):
    assert run(["--db", str(tmp_path / "k.sqlite"), "--färg", "blå"]) == 64
    assert "okända argument: --färg blå" in messages.texts()[0]
    assert "okända argument" in capsys.readouterr().err
    messages.clear()


def test_a_bad_today_date_is_a_usage_error(tmp_path, messages):
    assert run(["--db", str(tmp_path / "k.sqlite"), "--today", "22/11"]) == 64
    assert "ÅÅÅÅ-MM-DD" in messages.texts()[0]
    messages.clear()


PASSWORD = ADMIN_PASSWORD


def test_r_se_1_a_database_with_a_clinic_asks_for_a_login_then_opens_the_window_as_that_person(
        db_path, fake_event_loop, monkeypatch):
    ctx = make_ctx(db_path)
    from klinik_app.services.accounts import create_administrator
    from klinik_app.services.clinic import init_clinic

    init_clinic(ctx, "SE2321000222-E12345", "Tandkliniken Testbyn")
    create_administrator(ctx, ADMIN, "Ada Admin", PASSWORD, "tandlakare")
    ctx.close()
    hook_before = sys.excepthook
    monkeypatch.setattr(LoginDialog, "exec", log_in_with(ADMIN, PASSWORD))

    assert run(["--db", str(db_path), "--today", "2026-11-22"]) == 0
    shown = fake_event_loop[0]
    windows = [w for w in shown if isinstance(w, MainWindow)]
    assert len(windows) == 1
    assert windows[0].windowTitle() == "Klinik – Tandkliniken Testbyn"
    assert windows[0].ctx.today.isoformat() == "2026-11-22"
    actor = windows[0].ctx.actor
    assert (actor.kind, actor.user_id, actor.name) == ("staff", ADMIN, "Ada Admin")
    assert actor.roles == {"administrator", "tandlakare"}
    assert QApplication.applicationName() == "Klinik"
    assert QApplication.organizationName() == "Klinik"
    assert QLocale().name() == "sv_SE"
    assert sys.excepthook is hook_before  # put back after the window closed


def test_first_start_dialog_then_the_window(db_path, fake_event_loop, monkeypatch):
    def fill_in(dialog):
        dialog.hsa_field.setText("SE2321000222-E12345")
        dialog.name_field.setText("Tandkliniken Ny")
        dialog.create()
        return dialog.result()

    def first_administrator(dialog):
        dialog.hsa_field.setText(ADMIN)
        dialog.name_field.setText("Ada Admin")
        dialog.password_field.setText(PASSWORD)
        dialog.repeat_field.setText(PASSWORD)
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(app_module.FirstStartDialog, "exec", fill_in)
    monkeypatch.setattr(FirstAdministratorDialog, "exec", first_administrator)
    assert run(["--db", str(db_path)]) == 0
    windows = [w for w in fake_event_loop[0] if isinstance(w, MainWindow)]
    assert [w.windowTitle() for w in windows] == ["Klinik – Tandkliniken Ny"]
    assert windows[0].ctx.actor.user_id == ADMIN and windows[0].ctx.actor.roles == {"administrator"}


def test_r_se_1_a_wrong_password_keeps_the_login_open_and_cancelling_it_quits(db_path, fake_event_loop, monkeypatch):
    ctx = make_ctx(db_path)
    from klinik_app.services.accounts import create_administrator
    from klinik_app.services.clinic import init_clinic

    init_clinic(ctx, "SE2321000222-E12345", "Tandkliniken Testbyn")
    create_administrator(ctx, ADMIN, "Ada Admin", PASSWORD)
    ctx.close()
    seen = []

    def wrong_then_cancel(dialog):
        log_in_with(ADMIN, "fel lösenord igen")(dialog)
        seen.append((dialog.isVisible() or dialog.result() == 0, dialog.error.text(), dialog.password_field.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", wrong_then_cancel)
    assert run(["--db", str(db_path)]) == 0
    assert seen == [(True, "Fel HSA-ID eller lösenord.", "")]
    assert fake_event_loop == []  # no window


def test_cancelling_the_first_start_quits_cleanly(db_path, fake_event_loop, monkeypatch):
    monkeypatch.setattr(app_module.FirstStartDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run(["--db", str(db_path)]) == 0
    assert fake_event_loop == []  # no window, no event loop
    ctx = make_ctx(db_path)
    assert get_clinic(ctx) is None
    ctx.close()


def test_an_unexpected_error_shows_a_dialog_instead_of_crashing(messages, caplog):
    from klinik_app.ui.errors import install_excepthook

    previous = install_excepthook()
    try:
        try:
            raise RuntimeError("oväntat")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(messages) == 1
    assert messages.texts()[0].startswith("Något oväntat hände i Klinik.")  # the crash guard (test_crash_guard.py)
    assert "unhandled exception" in caplog.text
    messages.clear()
