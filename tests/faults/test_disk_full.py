"""A full disk during a save, an import and a backup: one clear Swedish message, nothing half-written,
nothing corrupted, and the same step succeeds once space is freed."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import timedelta

import pytest

from klinik_app.cli import main
from klinik_app.db.backup import backup_sqlite
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations
from klinik_app.services.errors import DISK_FULL, user_message
from tests.faults import scenarios
from tests.faults.checks import integrity
from tests.faults.small_disk import fill, small_disk

# SQLite only: a small file system under the database file; the PostgreSQL disk-full message is
# covered by the import tests (tests/sql.py fail_inserts_as_disk_full).

pytestmark = pytest.mark.small_disk


def _room_for(path, extra_kb: int = 256) -> int:
    return path.stat().st_size // 1024 + extra_kb


def _count(db, sql: str, *params) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


def test_a_save_on_a_full_disk_is_refused_in_swedish_and_succeeds_after_space_is_freed(saves_template, tmp_path):
    with small_disk(tmp_path / "disk", _room_for(saves_template)) as disk:
        db = disk / "klinik.sqlite"
        shutil.copyfile(saves_template, db)
        ctx = scenarios.context(db)
        try:
            patient = scenarios.saves_patients(ctx)[1]
            exam = ExamInput(scenarios.TODAY - timedelta(days=3), "tandlakare", scenarios.DENTIST, Risks(1, 0, 0, 0),
                             12, deft=0, dft=0, tobacco=None, bite_check=True)
            filler = fill(disk)
            with pytest.raises(Exception) as failed:
                examinations.record_examination(ctx, patient, exam)
            assert user_message(failed.value) == (DISK_FULL, 1)
            assert _count(db, "SELECT count(*) FROM examination") == 0  # nothing from this step
            assert integrity(db) == "ok"

            filler.unlink()
            done = examinations.record_examination(ctx, patient, exam)
        finally:
            ctx.close()
        assert _count(db, "SELECT count(*) FROM examination WHERE id = ?", done.examination_id) == 1
        assert _count(db, "SELECT count(*) FROM outbox_item") == 1
        assert integrity(db) == "ok"


def test_an_import_on_a_full_disk_imports_nothing_says_so_in_swedish_and_works_after_space_is_freed(
        import_template, tmp_path, capsys):
    file = import_template.parent / scenarios.IMPORT_FOLDER / "patients-0.csv"
    numbers = scenarios.import_numbers(0)
    with small_disk(tmp_path / "disk", _room_for(import_template)) as disk:
        db = disk / "klinik.sqlite"
        shutil.copyfile(import_template, db)
        argv = ["--db", str(db), "--today", scenarios.TODAY.isoformat(), "import", "patients", str(file)]
        window = sqlite3.connect(db)  # the window has the database open (its WAL index exists) as the disk fills
        window.execute("SELECT count(*) FROM patient").fetchone()
        filler = fill(disk)
        assert main(argv) == 1
        assert capsys.readouterr().err.strip() == DISK_FULL
        marks = ",".join("?" * len(numbers))
        assert _count(db, f"SELECT count(*) FROM patient WHERE personnummer IN ({marks})", *numbers) == 0
        assert integrity(db) == "ok"

        filler.unlink()
        assert main(argv) == 0
        assert "Import klar: 30 rader importerade" in capsys.readouterr().err
        assert _count(db, f"SELECT count(*) FROM patient WHERE personnummer IN ({marks})", *numbers) == 30
        window.close()
        assert integrity(db) == "ok"


def test_a_backup_to_a_full_folder_leaves_no_partial_copy_and_the_source_untouched(saves_template, tmp_path):
    source = tmp_path / "klinik.sqlite"
    shutil.copyfile(saves_template, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    with small_disk(tmp_path / "disk", _room_for(source)) as disk:
        filler = fill(disk)
        target = disk / "kopior" / "klinik-kopia.sqlite"
        with pytest.raises(Exception) as failed:
            backup_sqlite(source, target)
        assert user_message(failed.value) == (DISK_FULL, 1)
        assert sorted(p.name for p in target.parent.iterdir()) == []  # no partial copy, with any name
        assert hashlib.sha256(source.read_bytes()).hexdigest() == before and integrity(source) == "ok"

        filler.unlink()
        assert backup_sqlite(source, target) == target
        assert integrity(target) == "ok"
