"""`klinik backup` and `klinik restore`: exit codes, Swedish summaries, questions only on a terminal."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from klinik_app.cli import main

# SQLite only: backup and restore copy the database file; for PostgreSQL they are wrong use (tested here
# with a URL that is never connected to).


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _reminder_days(db_path) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT value FROM app_setting WHERE key = 'recall.reminder_days'").fetchall()
    finally:
        con.close()


def _set_reminder_days(db_path, value: str) -> None:
    con = sqlite3.connect(db_path)
    con.execute("INSERT OR REPLACE INTO app_setting (key, value, row_version, created_at, created_by, modified_at, "
                "modified_by) VALUES ('recall.reminder_days', ?, 1, '2026-11-22', 'x', '2026-11-22', 'x')", (value,))
    con.commit()
    con.close()


def _backup(db_path, capsys) -> Path:
    assert main(["--db", str(db_path), "backup"]) == 0
    summary = capsys.readouterr().err.strip()
    assert summary.startswith("Säkerhetskopian är gjord och kontrollerad: ")
    return Path(summary.split(": ", 1)[1])


def test_backup_exits_0_and_names_the_copy(db_path, capsys):
    path = _backup(db_path, capsys)
    assert path.exists() and path.parent == Path(db_path).parent / "backups" and "manuell" in path.name


def test_backup_out_writes_the_named_file_as_interchange_says(db_path, tmp_path, capsys):
    out = tmp_path / "usb" / "kopia.sqlite"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().err
    assert sqlite3.connect(out).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_out_an_existing_folder_puts_a_named_copy_in_it(db_path, tmp_path, capsys):
    (tmp_path / "usb").mkdir()
    assert main(["--db", str(db_path), "backup", "--out", str(tmp_path / "usb")]) == 0
    assert str(tmp_path / "usb") in capsys.readouterr().err
    assert len(list((tmp_path / "usb").glob("klinik-manuell-*.sqlite"))) == 1


def test_backup_list_shows_each_copy_and_whether_it_can_be_restored(db_path, capsys):
    good = _backup(db_path, capsys)
    (good.parent / "klinik-daglig-20261101-080000.sqlite").write_bytes(b"trasig" * 500)
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    label, size, state, where = lines[0].split("\t")[1:]
    assert (label, state, where) == ("Manuell", "hel", str(good)) and size.endswith(" MB")
    assert "Daglig" in lines[1] and "hel" not in lines[1].split("\t")[3]
    assert err.strip() == f"2 säkerhetskopior i {good.parent}; 1 av dem kan inte återställas."


def test_backup_and_restore_of_postgresql_are_wrong_use_with_the_reason(capsys):
    assert main(["--db", "postgresql://klinik@server/klinik", "backup"]) == 64
    assert "serverns egen säkerhetskopiering (pg_dump" in capsys.readouterr().err
    assert main(["--db", "postgresql://klinik@server/klinik", "restore", "kopia.sqlite", "--yes"]) == 64
    assert "pg_dump" in capsys.readouterr().err


def test_restore_with_yes_brings_back_the_copy(db_path, capsys):
    path = _backup(db_path, capsys)
    _set_reminder_days(db_path, "99")
    assert main(["--db", str(db_path), "restore", str(path), "--yes"]) == 0
    summary = capsys.readouterr().err
    assert summary.startswith(f"Databasen är återställd från {path}.") and "fore-aterstallning" in summary
    assert _reminder_days(db_path) == []


def test_restore_without_yes_and_no_terminal_exits_64_and_changes_nothing(db_path, capsys, monkeypatch):
    path = _backup(db_path, capsys)
    _set_reminder_days(db_path, "99")
    monkeypatch.setattr("sys.stdin", io.StringIO("ÅTERSTÄLL\n"))
    assert main(["--db", str(db_path), "restore", str(path)]) == 64
    assert "ingen terminal" in capsys.readouterr().err
    assert _reminder_days(db_path) == [("99",)]


def test_restore_on_a_terminal_asks_for_the_word(db_path, capsys, monkeypatch):
    path = _backup(db_path, capsys)
    _set_reminder_days(db_path, "99")
    monkeypatch.setattr("sys.stdin", _Terminal("ja\n"))
    assert main(["--db", str(db_path), "restore", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Skriv ÅTERSTÄLL för att fortsätta" in err and "Avbrutet. Databasen är oförändrad." in err
    assert _reminder_days(db_path) == [("99",)]

    monkeypatch.setattr("sys.stdin", _Terminal("ÅTERSTÄLL\n"))
    assert main(["--db", str(db_path), "restore", str(path)]) == 0
    assert _reminder_days(db_path) == []


@pytest.mark.parametrize("content", [b"inte en databas " * 100, None])
def test_restore_refuses_a_bad_or_missing_copy_with_exit_1(db_path, tmp_path, capsys, content):
    copy = tmp_path / "kopia.sqlite"
    if content is not None:
        copy.write_bytes(content)
    before = Path(db_path).read_bytes()
    assert main(["--db", str(db_path), "restore", str(copy), "--yes"]) == 1
    assert "kan inte återställas" in capsys.readouterr().err
    assert Path(db_path).read_bytes() == before


def test_backup_of_a_damaged_database_exits_1_with_a_swedish_line(tmp_path, capsys):
    bad = tmp_path / "trasig.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert main(["--db", str(bad), "backup"]) == 1
    assert "skadad" in capsys.readouterr().err
