"""Engines: SQLite by default (one workstation), PostgreSQL for several workstations."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from klinik_app.db.errors import DatabaseError, NetworkShareRefused
from klinik_app.db.errors import QT_TRANSLATE_NOOP

# File systems where SQLite's WAL (shared memory between processes) does not work reliably.
NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ncpfs", "9p", "fuse.sshfs", "davfs", "fuse.davfs2"}


def database_url(url_or_path: str) -> str:
    """`--db` takes a URL (postgresql://...) or a path to an SQLite file."""
    if url_or_path.startswith(("postgresql://", "postgres://")):
        # The driver Klinik ships (the `postgresql` extra) is psycopg 3, not SQLAlchemy's default psycopg2.
        return "postgresql+psycopg://" + url_or_path.split("://", 1)[1]
    if "://" in url_or_path:
        return url_or_path
    return "sqlite:///" + str(Path(url_or_path).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def filesystem_type(path: Path) -> str | None:
    """The type of the file system holding `path` (Linux: /proc/mounts; elsewhere None)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    return (filesystem_type(path.parent if not path.exists() else path) or "") in NETWORK_FS


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The driver would otherwise run DDL outside any transaction; SQLAlchemy's "begin" emits BEGIN.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    # FULL: with NORMAL, WAL can lose the last commits on a power cut (design.md).
    cur.execute("PRAGMA synchronous=FULL")
    # Large sorts (a year's recall list) may use a second core; no effect on what is stored.
    cur.execute("PRAGMA threads=2")
    cur.close()


def make_engine(url_or_path: str) -> Engine:
    url = database_url(url_or_path)
    path = sqlite_path(url)
    if path is None:
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if is_network_path(path):
        raise NetworkShareRefused(QT_TRANSLATE_NOOP("services", "Databasen {path} ligger på en nätverksdisk. SQLite "
                                                                "kan inte användas säkert där (ändringar kan gå "
                                                                "förlorade). Lägg databasfilen på datorns egen disk, "
                                                                "eller använd PostgreSQL för en klinik med flera "
                                                                "arbetsplatser."),
                                  path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(QT_TRANSLATE_NOOP("services", "Mappen för databasen {folder} kan inte skapas: {reason}."),
                            folder=path.parent, reason=exc.strerror) from exc
    # hide_parameters: error texts never carry the values, which can be identity numbers.
    engine = create_engine(url, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


WRITE = "klinik_write"  # execution option: this transaction will write


def _begin(conn) -> None:
    # A deferred transaction that reads and then writes (every read of patient data writes its
    # access-log entry) fails at once with "database is locked" when another connection, such as
    # the background sync, committed in between: its snapshot is stale and busy_timeout cannot help.
    # Writing transactions therefore take the write lock at BEGIN and wait their turn instead.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def has_fts5() -> bool:
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='trigram')")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()
