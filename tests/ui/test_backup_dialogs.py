"""Backups in the window: the Arkiv actions, the restore dialog, the automatic copies at start and exit,
and the start-up checks (damaged, read-only, locked database file)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from klinik_app.services import backup
from klinik_app.services.clinic import init_clinic
from klinik_app.services.settings import get_setting, set_setting
from klinik_app.ui.app import run
from klinik_app.ui.backup_dialogs import RestoreDialog
from klinik_app.ui.main_window import MainWindow
from tests.conftest import CLINIC_HSA_ID, make_ctx
from tests.ui.conftest import add_administrator

# SQLite only: backups and the start-up checks (damaged, read-only, locked) concern the database file.


@pytest.fixture
def fake_event_loop(monkeypatch):
    """app.exec() returns at once after calling the test's `during` (if any) with the shown main window."""
    seen: list[MainWindow] = []
    during: list = []

    def exec_(self=None):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window)
        if during:
            during.pop(0)(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    return seen, during


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers Yes (or what the test puts in `reply`); the questions are kept."""
    asked: list[str] = []
    reply = [QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, reply


@pytest.fixture
def clinic_db(db_path, auto_login) -> Path:
    """A clinic whose administrator the window's login logs in as."""
    ctx = make_ctx(db_path)
    init_clinic(ctx, CLINIC_HSA_ID, "Tandkliniken Testbyn")
    add_administrator(ctx)
    ctx.close()
    return Path(db_path)


def _backups(db: Path) -> list[str]:
    return [b.label for b in backup.backups_of(db, check=False)]


def _damage(db: Path) -> bytes:
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    garbage = b"Det h\xe4r \xe4r ingen databas l\xe4ngre. " * 300
    db.write_bytes(garbage)
    return garbage


def test_a_damaged_database_at_start_offers_the_newest_good_copy_and_then_opens(clinic_db, fake_event_loop,
                                                                                   answers, messages):
    ctx = make_ctx(clinic_db)
    saved = backup.make_backup(ctx, "manuell")
    ctx.close()
    (saved.parent / "klinik-daglig-29991231-235959.sqlite").write_bytes(b"trasig" * 100)  # newer, damaged
    _damage(clinic_db)

    assert run(["--db", str(clinic_db)]) == 0

    asked, _reply = answers
    assert len(asked) == 1 and "är skadad" in asked[0] and "går förlorat" in asked[0]
    assert "Manuell" in asked[0]
    assert messages.texts()[0].startswith("Databasen är återställd")
    messages.clear()
    seen, _during = fake_event_loop
    assert [w.windowTitle() for w in seen] == ["Klinik – Tandkliniken Testbyn"]
    assert "fore-aterstallning" in _backups(clinic_db)  # the damaged bytes are kept too


def test_declining_the_restore_leaves_the_damaged_file_and_says_what_to_do(clinic_db, fake_event_loop,
                                                                            answers, messages):
    ctx = make_ctx(clinic_db)
    backup.make_backup(ctx, "manuell")
    ctx.close()
    garbage = _damage(clinic_db)
    answers[1][0] = QMessageBox.StandardButton.No

    assert run(["--db", str(clinic_db)]) == 1

    assert clinic_db.read_bytes() == garbage
    assert "Databasfilen är skadad" in messages.texts()[0] and "klinik restore" in messages.texts()[0]
    messages.clear()
    assert fake_event_loop[0] == []


def test_a_read_only_database_file_at_start_is_explained(clinic_db, messages):
    os.chmod(clinic_db, 0o444)
    try:
        assert run(["--db", str(clinic_db)]) == 1
    finally:
        os.chmod(clinic_db, 0o644)
    assert "skrivskyddad" in messages.texts()[0] and str(clinic_db) in messages.texts()[0]
    messages.clear()


def test_a_database_locked_by_another_program_at_start_is_explained(clinic_db, messages, monkeypatch):
    monkeypatch.setattr(backup, "LOCK_WAIT_SECONDS", 0.1)
    other = sqlite3.connect(clinic_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert run(["--db", str(clinic_db)]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "låst av ett annat program" in messages.texts()[0]
    messages.clear()


def test_a_daily_copy_at_start_and_a_copy_on_exit(clinic_db, fake_event_loop):
    assert run(["--db", str(clinic_db)]) == 0
    assert sorted(_backups(clinic_db)) == ["avslut", "daglig"]
    assert run(["--db", str(clinic_db)]) == 0
    labels = _backups(clinic_db)
    assert labels.count("daglig") == 1 and "avslut" in labels  # the daily copy once a day, the exit copy each time


def test_a_failed_automatic_copy_is_said_and_the_window_still_opens(clinic_db, fake_event_loop, messages, tmp_path):
    blocker = tmp_path / "en-fil"
    blocker.write_text("ingen mapp")
    ctx = make_ctx(clinic_db)
    set_setting(ctx, backup.FOLDER, str(blocker))  # the folder cannot be made
    ctx.close()
    assert run(["--db", str(clinic_db)]) == 0
    assert len(fake_event_loop[0]) == 1
    assert [kind for kind, _t, _x in messages] == ["warning", "warning"]  # the daily copy, then the exit copy
    assert all("automatiska säkerhetskopian kunde inte göras" in text for text in messages.texts())
    messages.clear()


def test_backup_now_in_the_archive_menu_makes_a_checked_copy(window_for, ctx, messages):
    window = window_for(ctx)
    assert window.backup_action.text() == "Säkerhets&kopiera nu"
    window.backup_action.trigger()
    made = backup.list_backups(ctx)
    assert [(b.label, b.ok) for b in made] == [("manuell", True)]
    assert str(made[0].path) in messages.texts()[0]
    messages.clear()


def test_the_restore_dialog_lists_copies_and_only_whole_ones_can_be_restored(window_for, ctx, qtbot):
    good = backup.make_backup(ctx, "manuell")
    (good.parent / "klinik-daglig-29991231-235959.sqlite").write_bytes(b"trasig" * 100)
    window = window_for(ctx)
    dialog = window.show_restore()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, RestoreDialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert rows[0][:2] == ["2999-12-31 23:59", "Daglig"] and rows[0][3] != "Hel"
    assert rows[1][1] == "Manuell" and rows[1][2].endswith(" MB") and rows[1][3] == "Hel"
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.reject()


def test_restore_from_the_window_names_what_is_lost_and_reopens_the_restored_database(
        clinic_db, fake_event_loop, answers, messages):
    ctx = make_ctx(clinic_db)
    backup.make_backup(ctx, "manuell")
    set_setting(ctx, "recall.reminder_days", "99")  # saved after the copy: lost by the restore
    ctx.close()
    seen, during = fake_event_loop

    def restore(window):
        dialog = window.show_restore()
        dialog.table.selectRow(next(i for i, b in enumerate(dialog.backups) if b.label == "manuell"))
        assert dialog.restore_selected()

    during.append(restore)
    assert run(["--db", str(clinic_db)]) == 0

    asked, _reply = answers
    assert "Allt som har sparats efter" in asked[0] and "går förlorat" in asked[0]
    assert len(messages) == 1 and "Klinik öppnar den nu" in messages.texts()[0]
    messages.clear()
    assert len(seen) == 2 and seen[0] is not seen[1]  # a new window on the restored database
    ctx = make_ctx(clinic_db)
    try:
        assert get_setting(ctx, "recall.reminder_days") != "99"
    finally:
        ctx.close()
