"""Consistent online copies of an SQLite database (sqlite3's backup API, then an integrity check)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from klinik_app.db.errors import DatabaseError


def backup_sqlite(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".tmp")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"Säkerhetskopian av databasen blev inte hel ({result}). Ingenting har ändrats.")
    tmp.replace(destination)  # only a checked copy ever carries the final name
    return destination


def timestamped_name(source: Path, label: str, now: datetime) -> str:
    return f"{source.stem}-{label}-{now:%Y%m%d-%H%M%S}{source.suffix or '.sqlite'}"
