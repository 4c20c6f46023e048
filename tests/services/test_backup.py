"""Backups: checked copies, rotation that never loses the newest good copy, restore all-or-nothing,
and the start-up checks of the database file."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from klinik_app.db.backup import timestamped_name
from klinik_app.db.engine import make_engine
from klinik_app.db.migrate import migrate
from klinik_app.services import backup
from klinik_app.services.errors import DatabaseDamaged, DatabaseLocked, DatabaseReadOnly, UsageError, user_message
from klinik_app.services.settings import get_setting, set_setting
from tests.conftest import make_ctx

# SQLite only: backups are checked copies of the database file, and the start-up checks are of that
# file; a PostgreSQL server is backed up by its own tools (test_postgresql_is_backed_up_by_the_server...).

NOW = datetime(2026, 11, 22, 9, 30, 0)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _old_copy(ctx, label: str, days_ago: float, *, damaged: bool = False) -> Path:
    """A copy as Klinik names it, made `days_ago` before NOW (a real checked copy, or garbage)."""
    db = backup.database_file(ctx)
    path = backup.backup_folder(db) / timestamped_name(db, label, NOW - timedelta(days=days_ago))
    path.parent.mkdir(parents=True, exist_ok=True)
    if damaged:
        path.write_bytes(b"not a database " * 300)
    else:
        shutil.copyfile(backup.make_backup(ctx, "mall", folder=path.parent / "mall"), path)
    return path


def test_a_backup_is_a_checked_copy_in_backups_next_to_the_database(ctx):
    set_setting(ctx, "recall.reminder_days", "21")
    path = backup.make_backup(ctx, "manuell", now=NOW)
    db = backup.database_file(ctx)
    assert path == db.parent / "backups" / "klinik-manuell-20261122-093000.sqlite"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT value FROM app_setting WHERE key = 'recall.reminder_days'").fetchone() == ("21",)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    con.close()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no .tmp left behind


def test_the_backup_folder_setting_is_used_relative_to_the_database_or_absolute(ctx, tmp_path):
    set_setting(ctx, backup.FOLDER, "kopior")
    assert backup.make_backup(ctx, "manuell").parent == backup.database_file(ctx).parent / "kopior"
    set_setting(ctx, backup.FOLDER, str(tmp_path / "usb"))
    assert backup.make_backup(ctx, "manuell").parent == tmp_path / "usb"


def test_rotation_removes_only_klinik_copies_older_than_keep_days_beyond_keep_count(ctx):
    set_setting(ctx, backup.KEEP_COUNT, "3")
    young = [_old_copy(ctx, "daglig", d) for d in (1, 5, 20, 29)]
    old = [_old_copy(ctx, "daglig", d) for d in (31, 60, 400)]
    folder = young[0].parent
    strangers = [folder / "klinik-daglig-gammal.sqlite", folder / "annan-daglig-20200101-000000.sqlite",
                 folder / "anteckningar.txt"]
    for path in strangers:
        path.write_text("inte Klinik:s")

    made = backup.make_backup(ctx, "manuell", now=NOW)

    assert made.exists() and all(p.exists() for p in young)
    assert not any(p.exists() for p in old)
    assert all(p.exists() for p in strangers)


def test_keep_count_keeps_the_newest_copies_whatever_their_age(ctx):
    copies = [_old_copy(ctx, "avslut", d) for d in (100, 200, 300)]  # newest first
    set_setting(ctx, backup.KEEP_COUNT, "2")
    removed = backup.rotate(ctx, now=NOW)
    assert removed == [copies[2]]
    assert copies[0].exists() and copies[1].exists()


def test_the_newest_copy_that_checks_out_is_never_removed(ctx):
    set_setting(ctx, backup.KEEP_COUNT, "2")
    damaged = [_old_copy(ctx, "daglig", d, damaged=True) for d in (40, 41)]
    good = _old_copy(ctx, "daglig", 42)
    older_good = _old_copy(ctx, "daglig", 43)
    backup.rotate(ctx, now=NOW)
    assert good.exists()
    assert all(p.exists() for p in damaged)  # within keep_count
    assert not older_good.exists()


def test_keep_days_is_never_below_seven(ctx):
    set_setting(ctx, backup.KEEP_DAYS, "1")
    set_setting(ctx, backup.KEEP_COUNT, "1")
    newest, week_old, older = (_old_copy(ctx, "daglig", d) for d in (0, 6.5, 8))
    backup.rotate(ctx, now=NOW)
    assert newest.exists() and week_old.exists() and not older.exists()


def test_a_daily_backup_is_made_once_a_day(ctx):
    assert backup.daily_backup_due(ctx, NOW)
    first = backup.automatic_backup(ctx, "daglig", now=NOW)
    assert first is not None and "daglig" in first.name
    assert not backup.daily_backup_due(ctx, NOW + timedelta(hours=3))
    assert backup.automatic_backup(ctx, "daglig", now=NOW + timedelta(hours=3)) is None
    assert backup.daily_backup_due(ctx, NOW + timedelta(days=1))
    assert backup.automatic_backup(ctx, "avslut", now=NOW + timedelta(hours=4)) is not None  # every exit


def test_list_backups_gives_time_label_size_and_whether_it_checks_out(ctx):
    good = backup.make_backup(ctx, "manuell", now=NOW)
    bad = _old_copy(ctx, "daglig", 2, damaged=True)
    listed = backup.list_backups(ctx)
    assert [b.path for b in listed] == [good, bad]
    assert listed[0].made_at == NOW and listed[0].label_text == "Manuell"
    assert listed[0].size == good.stat().st_size and listed[0].ok
    assert not listed[1].ok and listed[1].problem
    assert listed[1].label_text == "Daglig"


def test_restore_brings_back_the_backup_and_keeps_a_copy_of_what_it_replaced(ctx, db_path):
    saved = backup.make_backup(ctx, "manuell", now=NOW)
    set_setting(ctx, "recall.reminder_days", "99")  # a change after the backup
    ctx.close()

    before = backup.restore_backup(db_path, saved, now=NOW + timedelta(minutes=5))

    reopened = make_ctx(db_path)
    try:
        assert get_setting(reopened, "recall.reminder_days") != "99"
    finally:
        reopened.close()
    assert before is not None and "fore-aterstallning" in before.name
    con = sqlite3.connect(before)
    assert con.execute("SELECT value FROM app_setting WHERE key = 'recall.reminder_days'").fetchone() == ("99",)
    con.close()
    assert not [p for p in Path(db_path).parent.iterdir() if p.name.endswith((".aterstall", ".tmp"))]


def test_restore_refuses_a_damaged_backup_and_leaves_the_database_untouched(ctx, db_path, tmp_path):
    ctx.close()
    damaged = tmp_path / "trasig.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = _digest(db_path)
    with pytest.raises(backup.BackupRefused) as refused:
        backup.restore_backup(db_path, damaged)
    assert "Databasen är oförändrad" in refused.value.message
    assert _digest(db_path) == before
    assert backup.backups_of(Path(db_path), check=False) == []  # not even a pre-restore copy


def test_restore_refuses_a_database_that_is_not_klinik(ctx, db_path, tmp_path):
    ctx.close()
    other = tmp_path / "annat.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE kunder (namn TEXT)")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(backup.BackupRefused, match="ingen Klinik-databas"):
        backup.restore_backup(db_path, other)
    assert _digest(db_path) == before


def test_restore_over_a_damaged_database_keeps_its_bytes(ctx, db_path):
    saved = backup.make_backup(ctx, "manuell", now=NOW)
    ctx.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    Path(db_path).write_bytes(b"trasig " * 1000)

    before = backup.restore_backup(db_path, saved, now=NOW + timedelta(minutes=1))

    assert before.read_bytes() == b"trasig " * 1000
    assert backup.check_backup(Path(db_path)) is None


def test_restore_is_refused_while_another_program_has_the_database_open(ctx, db_path, monkeypatch):
    monkeypatch.setattr(backup, "LOCK_WAIT_SECONDS", 0.1)
    saved = backup.make_backup(ctx, "manuell", now=NOW)
    set_setting(ctx, "recall.reminder_days", "99")
    with ctx.engine.connect() as held:  # another program: its connection keeps the WAL in use
        held.exec_driver_sql("SELECT 1").fetchall()
        with pytest.raises(DatabaseLocked):
            backup.restore_backup(db_path, saved, now=NOW + timedelta(minutes=1))
    assert get_setting(ctx, "recall.reminder_days") == "99"


def test_a_read_only_database_file_is_reported_before_opening(ctx, db_path):
    ctx.close()
    os.chmod(db_path, 0o444)
    try:
        with pytest.raises(DatabaseReadOnly) as found:
            backup.check_database_file(str(db_path))
    finally:
        os.chmod(db_path, 0o644)
    message, code = user_message(found.value)
    assert code == 1 and "skrivskyddad" in message


def test_a_database_locked_by_another_program_is_reported(ctx, db_path, monkeypatch):
    monkeypatch.setattr(backup, "LOCK_WAIT_SECONDS", 0.1)
    ctx.close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as found:
            backup.check_database_file(str(db_path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "låst av ett annat program" in user_message(found.value)[0]
    backup.check_database_file(str(db_path))  # free again: no complaint


def test_a_damaged_database_file_is_reported(tmp_path):
    path = tmp_path / "klinik.sqlite"
    path.write_bytes(b"Det h\xe4r \xe4r ingen databas. " * 200)
    with pytest.raises(DatabaseDamaged) as found:
        backup.check_database_file(str(path))
    assert "skadad" in user_message(found.value)[0]


def test_postgresql_is_backed_up_by_the_server_not_by_klinik():
    from klinik_app.services.context import Actor, ServiceContext

    url = "postgresql://klinik@server/klinik"
    assert backup.sqlite_file(url) is None
    server = ServiceContext(make_engine(url), actor=Actor.system())  # no connection is ever made
    try:
        with pytest.raises(UsageError, match="pg_dump"):
            backup.make_backup(server, "manuell")
        assert backup.automatic_backup(server, "avslut") is None
    finally:
        server.close()


def test_the_pre_migration_backup_goes_to_the_backup_folder_setting(ctx, db_path, tmp_path, monkeypatch):
    from tests.db.test_migrate import _with_second_revision

    set_setting(ctx, backup.FOLDER, str(tmp_path / "kopior"))
    ctx.close()
    _with_second_revision(tmp_path, monkeypatch)
    engine = make_engine(str(db_path))
    try:
        made = migrate(engine)
    finally:
        engine.dispose()
    assert made is not None and made.parent == tmp_path / "kopior" and "fore-migrering" in made.name
