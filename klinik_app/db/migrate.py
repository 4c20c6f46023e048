"""Schema migrations, applied at start-up (Alembic, configured in code).

On SQLite: a checked backup copy before any migration of an existing database; foreign keys OFF
while migrating (with them ON, a batch alter of a parent table deleted the rows of a child table
with ON DELETE CASCADE, design.md), then `PRAGMA foreign_key_check`. A database written by a newer
version of the application is refused.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from klinik_app.db.backup import backup_folder, backup_sqlite, timestamped_name
from klinik_app.db.engine import sqlite_path
from klinik_app.db.errors import QT_TRANSLATE_NOOP, DatabaseTooNew, MigrationFailed

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    # Set in code: a frozen application has no alembic.ini and commonly loses script_location.
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the head revision; return the backup made first, if any."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(QT_TRANSLATE_NOOP("services", "Databasen har skapats av en nyare version av Klinik än "
                                                           "den som körs nu. Uppdatera Klinik på den här datorn innan "
                                                           "du öppnar databasen."))
    path = sqlite_path(str(engine.url))
    backup = None
    if path is not None and current is not None:
        folder = backup_dir or backup_folder(path)  # the `backup.folder` setting, default backups/
        backup = backup_sqlite(path, folder / timestamped_name(path, f"fore-migrering-{current}", datetime.now()))
        log.info("backed up the database to %s before migrating from %s", backup, current)
    try:
        _upgrade(engine, head, sqlite=path is not None or engine.dialect.name == "sqlite")
    except Exception as exc:
        log.exception("migration from %s to %s failed", current, head)
        if backup:
            raise MigrationFailed(QT_TRANSLATE_NOOP(
                "services", "Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats; en "
                            "säkerhetskopia finns i {backup}. Kontakta support."), backup=backup) from exc
        raise MigrationFailed(QT_TRANSLATE_NOOP(
            "services", "Databasen kunde inte uppdateras till den nya versionen. Ingenting har ändrats. Kontakta "
                        "support.")) from exc
    return backup


def _upgrade(engine: Engine, head: str, *, sqlite: bool) -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        if sqlite:
            # Before any BEGIN: the pragma is a no-op inside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, head)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationFailed(f"foreign key check failed after migration: {len(broken)} rows")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
