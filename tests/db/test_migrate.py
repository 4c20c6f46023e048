"""The local store: pragmas, migrations with backup and foreign-key safety, refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from klinik_app.db import engine as engine_module
from klinik_app.db import migrate as migrate_module
from klinik_app.db.engine import make_engine
from klinik_app.db.errors import DatabaseTooNew, NetworkShareRefused
from klinik_app.db.migrate import current_revision, head_revision, migrate
from tests.sql import run_sql

# SQLite only, but for the refusal of a newer database: SQLite's pragmas, the file copy taken before a
# migration and its batch table rebuild, and the network-share refusal have no PostgreSQL counterpart
# (a server is migrated in place and backed up by its own tools).

SECOND_REVISION = '''
"""a test revision that rebuilds the parent table patient (batch mode copies it)"""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("patient", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50)))


def downgrade():
    pass
'''


def test_fresh_database_is_migrated_to_head_with_safe_pragmas(tmp_path):
    engine = make_engine(str(tmp_path / "k.sqlite"))
    assert migrate(engine) is None  # nothing to back up in a new file
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: no lost commits on power cut
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def _with_second_revision(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(migrate_module.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0099_test.py").write_text(SECOND_REVISION.format(head=head_revision()))
    monkeypatch.setattr(migrate_module, "MIGRATIONS", folder)


def _seed_patient_with_guardian(path: Path) -> None:
    con = sqlite3.connect(path)
    stamp = "1, '2026-01-01', 'x', '2026-01-01', 'x'"
    con.execute(
        "INSERT INTO patient (id, personnummer, id_kind, first_name, last_name, birth_date, protected_identity, "
        f"sort_name, search_name, row_version, created_at, created_by, modified_at, modified_by) VALUES "
        f"(1, '201203154248', 'personnummer', 'Ella', 'Lind', '2012-03-15', 0, 'lind ella', 'lind ella', {stamp})"
    )
    con.execute(f"INSERT INTO guardian (id, name, row_version, created_at, created_by, modified_at, modified_by) VALUES (1, 'Anna Lind', {stamp})")
    con.execute("INSERT INTO patient_guardian (patient_id, position, guardian_id) VALUES (1, 1, 1)")
    con.commit()
    con.close()


def test_migration_backs_up_first_and_keeps_child_rows(db_path, tmp_path, monkeypatch):
    # Rebuilding `patient` with foreign keys ON would cascade-delete patient_guardian rows (design.md).
    _seed_patient_with_guardian(db_path)
    before = head_revision()
    _with_second_revision(tmp_path, monkeypatch)
    engine = make_engine(str(db_path))
    backup = migrate(engine)
    assert current_revision(engine) == "0099"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM patient_guardian")).scalar() == 1
        assert conn.execute(text("SELECT nickname FROM patient")).fetchall() == [(None,)]
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT first_name FROM patient").fetchall() == [("Ella",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == before
    copy.close()


@pytest.mark.backends("sqlite", "postgresql")
def test_database_from_a_newer_application_is_refused(db_path):
    run_sql(db_path, "UPDATE alembic_version SET version_num = 'f00dcafe'")
    engine = make_engine(str(db_path))
    with pytest.raises(DatabaseTooNew) as err:
        migrate(engine)
    assert "nyare version av Klinik" in err.value.message
    engine.dispose()


def test_database_on_a_network_share_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(engine_module, "filesystem_type", lambda path: "nfs4")
    with pytest.raises(NetworkShareRefused) as err:
        make_engine(str(tmp_path / "k.sqlite"))
    assert "nätverksdisk" in err.value.message
    assert not (tmp_path / "k.sqlite").exists()


def test_filesystem_type_reads_the_mount_table():
    assert engine_module.filesystem_type(Path("/")) is not None
