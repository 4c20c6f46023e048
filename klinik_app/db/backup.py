"""Consistent online copies of an SQLite database (sqlite3's backup API, then an integrity check),
the backup folder, and the names Klinik gives its copies.

Encrypted databases: there is none today (SQLCipher is undecided). Every copy goes page by page
through SQLite itself, so whatever protection the file has, its copy has too.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from klinik_app.db.errors import DatabaseError
from klinik_app.db.errors import QT_TRANSLATE_NOOP

FOLDER_SETTING = "backup.folder"  # an app_setting; relative folders are taken from the database's folder
DEFAULT_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"


def backup_sqlite(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".tmp")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, safe to copy anywhere
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    except sqlite3.Error:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseError(QT_TRANSLATE_NOOP("services", "Säkerhetskopian av databasen blev inte hel ({result}). "
                                                          "Ingenting har ändrats."),
                            result=result)
    _fsync(tmp)
    tmp.replace(destination)  # only a checked copy ever carries the final name
    return destination


def copy_bytes(source: Path, destination: Path) -> Path:
    """A plain copy of a file SQLite cannot read (a damaged database), with its WAL if there is one."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        src = source.with_name(source.name + suffix)
        if src.exists():
            tmp = destination.with_name(destination.name + suffix + ".tmp")
            shutil.copyfile(src, tmp)
            _fsync(tmp)
            tmp.replace(destination.with_name(destination.name + suffix))
    return destination


def timestamped_name(source: Path, label: str, now: datetime) -> str:
    return f"{source.stem}-{label}-{now:{_STAMP}}{source.suffix or '.sqlite'}"


def parse_name(source: Path, name: str) -> tuple[str, datetime] | None:
    """(label, time) of a file named by `timestamped_name` for `source`; None for any other file."""
    suffix = re.escape(source.suffix or ".sqlite")
    match = re.fullmatch(rf"{re.escape(source.stem)}-(?P<label>[a-z0-9][a-z0-9-]*)-(?P<at>\d{{8}}-\d{{6}}){suffix}", name)
    if match is None:
        return None
    try:
        return match["label"], datetime.strptime(match["at"], _STAMP)
    except ValueError:
        return None


def backup_folder(database: Path) -> Path:
    """The folder setting read straight from the file (works before migrations and without a context);
    the default `backups/` next to the database when it is unset or the file cannot be read."""
    value = None
    try:
        con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM app_setting WHERE key = ?", (FOLDER_SETTING,)).fetchone()
            value = row[0] if row else None
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        value = None
    folder = Path(value.strip()).expanduser() if value and value.strip() else Path(DEFAULT_FOLDER)
    return folder if folder.is_absolute() else database.parent / folder


def replace_file(target: Path, new: Path) -> None:
    """Put `new` (a checked file in the same folder) in place of `target` in one step."""
    _fsync(new)
    os.replace(new, target)
    _fsync_folder(target.parent)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; its rename is durable on NTFS
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
