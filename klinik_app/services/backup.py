"""Backups of an SQLite database: made, listed, rotated, restored; and the start-up checks of the file.

The copying itself is klinik_app.db.backup (SQLite's online backup API, integrity-checked, renamed
into place only when whole). PostgreSQL is backed up by the server's own routine, never here.
Encrypted databases: none exist today (SQLCipher is undecided); copies go page by page through
SQLite, so a copy is protected exactly as its source file is.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from alembic.script import ScriptDirectory

from klinik_app.db.backup import (
    DEFAULT_FOLDER,
    FOLDER_SETTING,
    backup_folder,
    backup_sqlite,
    copy_bytes,
    parse_name,
    replace_file,
    timestamped_name,
)
from klinik_app.db.engine import database_url, sqlite_path
from klinik_app.db.errors import DatabaseError
from klinik_app.db.migrate import alembic_config
from klinik_app.domain.permissions import BACKUP_RESTORE, BACKUP_RUN, SETTINGS_MANAGE
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    ServiceError,
    UsageError,
)
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import get_int_setting, read_settings, set_settings

log = logging.getLogger(__name__)

FOLDER = FOLDER_SETTING  # default: backups/ next to the database file
KEEP_DAYS = "backup.keep_days"  # copies younger than this are kept (default 30, never below 7)
KEEP_COUNT = "backup.keep_count"  # this many newest copies are kept whatever their age (default 10)
DEFAULT_KEEP_DAYS, MIN_KEEP_DAYS, DEFAULT_KEEP_COUNT = 30, 7, 10
MAX_KEEP_DAYS, MAX_KEEP_COUNT = 100 * 365, 100_000
SETTING_LABELS = {FOLDER: QT_TRANSLATE_NOOP("changed_elsewhere", "Mapp för säkerhetskopior"),
                  KEEP_DAYS: QT_TRANSLATE_NOOP("changed_elsewhere", "Spara kopior (dagar)"),
                  KEEP_COUNT: QT_TRANSLATE_NOOP("changed_elsewhere", "Spara alltid de senaste (antal)")}
BEFORE_RESTORE = "fore-aterstallning"
LOCK_WAIT_SECONDS = 5.0  # as long as the engine's busy_timeout: a normal write finishes well within it

POSTGRES_MESSAGE = QT_TRANSLATE_NOOP("services", "Databasen är en PostgreSQL-server. Den säkerhetskopieras med "
                                                "serverns egen säkerhetskopiering (pg_dump eller serverns rutin), "
                                                "inte av Klinik. Be den som sköter databasservern om hjälp.")

# What made a copy, and why one cannot be restored: marked, the window translates them (the list, a refusal).
_LABELS = {"manuell": QT_TRANSLATE_NOOP("services", "Manuell"), "daglig": QT_TRANSLATE_NOOP("services", "Daglig"),
           "avslut": QT_TRANSLATE_NOOP("services", "Vid avslut"),
           BEFORE_RESTORE: QT_TRANSLATE_NOOP("services", "Före återställning")}


class BackupRefused(ServiceError):
    """The chosen copy cannot be restored; the database was left as it was."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    label: str
    made_at: datetime  # local time, from the file name
    size: int
    problem: str | None = None  # Swedish: why the copy cannot be restored; None when it checks out

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def label_text(self) -> str:
        if self.label.startswith("fore-migrering"):
            return QT_TRANSLATE_NOOP("services", "Före uppdatering")
        return _LABELS.get(self.label, self.label)


# --- where --------------------------------------------------------------------------------------------
def database_file(ctx: ServiceContext) -> Path:
    path = sqlite_path(str(ctx.engine.url))
    if path is None:
        raise UsageError(POSTGRES_MESSAGE)
    return path


def sqlite_file(database: str) -> Path | None:
    """The SQLite file behind `--db` (a path or URL); None for PostgreSQL."""
    return sqlite_path(database_url(database))


# --- making and rotating ------------------------------------------------------------------------------
def make_backup(ctx: ServiceContext, label: str, *, folder: Path | None = None, file: Path | None = None,
                now: datetime | None = None) -> Path:
    """A checked copy of the database; in the configured folder (then rotated), in `folder`, or as `file`."""
    db = database_file(ctx)  # PostgreSQL: the server's own backup, said before anything else
    require(ctx, BACKUP_RUN)
    now = now or datetime.now()
    target = folder or backup_folder(db)
    path = backup_sqlite(db, file or target / timestamped_name(db, label, now))
    log.info("backed up the database to %s (%s)", path, label)
    if folder is None and file is None:  # a place the user named (a USB stick) is never pruned
        rotate(ctx, now=now)
    return path


def daily_backup_due(ctx: ServiceContext, now: datetime | None = None) -> bool:
    today = (now or datetime.now()).date()
    return not any(b.made_at.date() == today and b.label != BEFORE_RESTORE
                   for b in backups_of(database_file(ctx), check=False))


def automatic_backup(ctx: ServiceContext, label: str, now: datetime | None = None) -> Path | None:
    """The start-of-day ("daglig", only when none exists for today) and exit ("avslut") copies;
    nothing on PostgreSQL."""
    if sqlite_path(str(ctx.engine.url)) is None:
        return None
    if label == "daglig" and not daily_backup_due(ctx, now):
        return None
    return make_backup(ServiceContext(ctx.engine, actor=Actor.system(), today=ctx.today), label, now=now)


def rotate(ctx: ServiceContext, now: datetime | None = None) -> list[Path]:
    """Remove Klinik's own copies older than `backup.keep_days`, keeping the `backup.keep_count`
    newest and the newest one that checks out; other files in the folder are never touched."""
    now = now or datetime.now()
    keep_days, keep_count = keep_policy(ctx)
    found = backups_of(database_file(ctx), check=False)
    keep = {b.path for b in found[:keep_count]}
    keep |= {b.path for b in found if now - b.made_at <= timedelta(days=keep_days)}
    if len(keep) == len(found):
        return []
    newest_good = next((b for b in found if check_backup(b.path, quick=True) is None), None)
    if newest_good is not None:
        keep.add(newest_good.path)
    removed = []
    for b in found:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    if removed:
        log.info("removed %d old backups from %s", len(removed), removed[0].parent)
    return removed


def keep_policy(ctx: ServiceContext) -> tuple[int, int]:
    """(days, count): copies younger than `days` are kept, and the `count` newest whatever their age."""
    return (get_int_setting(ctx, KEEP_DAYS, DEFAULT_KEEP_DAYS, MIN_KEEP_DAYS, MAX_KEEP_DAYS),
            get_int_setting(ctx, KEEP_COUNT, DEFAULT_KEEP_COUNT, 1, MAX_KEEP_COUNT))


# --- settings (Arkiv → Inställningar) -------------------------------------------------------------------
class BackupSettingsRefused(ServiceError):
    """A backup setting that cannot work (a folder Klinik cannot write in, too short a keep time)."""


def backup_settings(ctx: ServiceContext) -> tuple[str, int, int, dict[str, int]]:
    """What the settings window shows: the folder as stored ("" = the default), the keep policy, and
    the versions of the settings (issue 10). UsageError on PostgreSQL (the server backs itself up)."""
    database_file(ctx)
    values, versions = read_settings(ctx, SETTING_LABELS)
    return (values[FOLDER], *keep_policy(ctx), versions)


def save_backup_settings(ctx: ServiceContext, folder: str, keep_days: int, keep_count: int, *,
                         expected_versions: dict[str, int] | None = None) -> dict[str, int]:
    """Store where copies go and how long they are kept, after checking Klinik can write there."""
    db = database_file(ctx)
    require(ctx, SETTINGS_MANAGE)  # before the folder is made
    if not MIN_KEEP_DAYS <= keep_days <= MAX_KEEP_DAYS:
        raise BackupSettingsRefused(QT_TRANSLATE_NOOP("services", "Säkerhetskopior ska sparas i minst {min_days} "
                                                                  "dagar (högst {max_days} dagar), så {keep_days} "
                                                                  "dagar går inte att välja."),
                                    min_days=MIN_KEEP_DAYS, max_days=MAX_KEEP_DAYS, keep_days=keep_days)
    if not 1 <= keep_count <= MAX_KEEP_COUNT:
        raise BackupSettingsRefused(QT_TRANSLATE_NOOP("services", "Ange hur många av de senaste kopiorna som alltid "
                                                                  "sparas: 1 till {max_count}."),
                                    max_count=MAX_KEEP_COUNT)
    folder = folder.strip()
    _check_writable(_resolved(db, folder or DEFAULT_FOLDER))
    return set_settings(ctx, {FOLDER: folder or None, KEEP_DAYS: str(keep_days), KEEP_COUNT: str(keep_count)},
                        expected_versions=expected_versions, labels=SETTING_LABELS,
                        what=QT_TRANSLATE_NOOP("services", "Inställningarna för säkerhetskopior"))


def _resolved(db: Path, folder: str) -> Path:
    path = Path(folder).expanduser()
    return path if path.is_absolute() else db.parent / path  # as db.backup.backup_folder reads it


def _check_writable(folder: Path) -> None:
    """Make the folder if needed and write a file in it: the only test that holds for network shares and ACLs."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise BackupSettingsRefused(QT_TRANSLATE_NOOP("services", "Klinik kan inte skriva i mappen {folder} "
                                                                  "({reason}). Ingenting har sparats. Välj en mapp "
                                                                  "där du får skapa filer, till exempel på en extern "
                                                                  "disk eller en nätverksenhet."),
                                    folder=folder, reason=exc.strerror or exc) from None


# --- listing and checking -----------------------------------------------------------------------------
def list_backups(ctx: ServiceContext) -> list[BackupInfo]:
    """The copies in the configured folder, newest first, each checked."""
    return backups_of(database_file(ctx))


def backups_of(db: Path, *, check: bool = True) -> list[BackupInfo]:
    folder = backup_folder(db)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        named = parse_name(db, path.name)
        if named is None or not path.is_file():
            continue
        problem = check_backup(path, quick=True) if check else None
        found.append(BackupInfo(path, named[0], named[1], path.stat().st_size, problem))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def newest_good_backup(db: Path) -> BackupInfo | None:
    return next((b for b in backups_of(db, check=False) if check_backup(b.path) is None), None)


def check_backup(path: Path, *, quick: bool = False) -> str | None:
    """None when `path` is a whole Klinik database this version can open; else why not (Swedish)."""
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return QT_TRANSLATE_NOOP("services", "Filen kunde inte öppnas.")
    try:
        result = con.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            return QT_TRANSLATE_NOOP("services", "Kopian är skadad.")
        if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone() is None:
            return QT_TRANSLATE_NOOP("services", "Filen är ingen Klinik-databas.")
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return QT_TRANSLATE_NOOP("services", "Filen är skadad eller ingen databas.")
    finally:
        con.close()
    if revision is None or revision[0] not in _known_revisions():
        return QT_TRANSLATE_NOOP("services", "Kopian kommer från en nyare version av Klinik eller är ingen "
                                             "Klinik-databas.")
    return None


@lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions())


# --- restoring ----------------------------------------------------------------------------------------
def restore_from(ctx: ServiceContext, backup_path: Path) -> Path | None:
    """The window's restore (administrators): Klinik's own connections are closed first, so the
    file is replaced whole. A damaged database at start is restored without a login (app.py)."""
    require(ctx, BACKUP_RESTORE)
    db = database_file(ctx)
    ctx.engine.dispose()
    return restore_backup(db, backup_path)


def restore_backup(db_path: Path, backup_path: Path, now: datetime | None = None) -> Path | None:
    """Replace the database with a checked copy; returns the copy of the replaced file (None when
    there was no file). The database is either the old file or the whole restored one, never a mix."""
    db_path, backup_path = Path(db_path), Path(backup_path)
    problem = check_backup(backup_path)
    if problem is None and backup_path.resolve() == db_path.resolve():
        problem = QT_TRANSLATE_NOOP("services", "Det är databasen själv.")
    if problem:
        raise BackupRefused(QT_TRANSLATE_NOOP("services", "Säkerhetskopian {backup} kan inte återställas: {problem} "
                                                          "Databasen är oförändrad."),
                            backup=backup_path, problem=problem)
    before = _copy_before_restore(db_path, now or datetime.now())
    staged = db_path.with_name(db_path.name + ".aterstall")
    try:
        backup_sqlite(backup_path, staged)  # checked again, in the database's own folder
        _close_wal(db_path)
        replace_file(db_path, staged)
    finally:
        staged.unlink(missing_ok=True)
    log.info("restored %s from %s (the replaced file is in %s)", db_path, backup_path, before)
    return before


def _copy_before_restore(db: Path, now: datetime) -> Path | None:
    if not db.exists():
        return None
    destination = backup_folder(db) / timestamped_name(db, BEFORE_RESTORE, now)
    try:
        return backup_sqlite(db, destination)
    except (DatabaseError, sqlite3.DatabaseError):  # damaged: keep its bytes as they are
        log.warning("the database to be replaced is damaged; copying its bytes to %s", destination)
        return copy_bytes(db, destination)


def _close_wal(db: Path) -> None:
    """Fold the WAL into the file and remove -wal/-shm, which must never meet the restored file."""
    wal, shm = (db.with_name(db.name + s) for s in ("-wal", "-shm"))
    if not (wal.exists() or shm.exists()):
        return
    try:
        con = sqlite3.connect(db, timeout=LOCK_WAIT_SECONDS)
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]  # needs the file to itself
        finally:
            con.close()
        if str(mode).lower() != "delete":
            raise DatabaseLocked()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseLocked() from exc
    except sqlite3.DatabaseError:
        pass  # damaged: its WAL is in the copy made before the restore
    for path in (wal, shm):
        path.unlink(missing_ok=True)


# --- start-up checks ----------------------------------------------------------------------------------
def check_database_file(database: str) -> None:
    """Before opening: raise DatabaseReadOnly, DatabaseLocked or DatabaseDamaged (Swedish messages)."""
    path = sqlite_file(database)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return
    if not _writable(path):
        raise DatabaseReadOnly()
    try:
        con = sqlite3.connect(path, timeout=LOCK_WAIT_SECONDS)
        try:
            if con.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseDamaged()
            con.execute("BEGIN IMMEDIATE")  # waits up to the timeout for another writer
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseLocked() from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseReadOnly() from exc
        raise
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        raise DatabaseDamaged() from exc


def _writable(path: Path) -> bool:
    # The mode bits too: a file marked read-only is read-only for an administrator as well.
    return (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            and bool(path.stat().st_mode & stat.S_IWUSR))
