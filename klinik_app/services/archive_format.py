"""The clinic archive's folder layout and how a table cell is written to and read from NDJSON.

Shared by archive_export and archive_import. Every table of the database goes to
`tabeller/<table>.ndjson`, one JSON object per row with every column: null stays null and "" stays
"", dates are ISO dates, timestamps ISO with their zone (UTC), booleans JSON booleans. The
manifest names each column's kind, so an archive from an older schema is read by its own
description, not by today's models.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, Table

FORMAT = "klinik-arkiv/1"
MANIFEST = "manifest.json"
TABLES = "tabeller"
INTERCHANGE = "interchange"
FHIR = "fhir"
# Not data: Alembic's own bookkeeping (the manifest carries the revision) and SQLite's search
# index, rebuilt from `patient` by its triggers.
SKIPPED_PREFIXES = ("alembic_version", "patient_fts")
CHUNK = 5000  # rows per read and per insert: constant memory at region scale


def archived(name: str) -> bool:
    return not name.startswith(SKIPPED_PREFIXES)


def column_kind(column_type) -> str:
    if isinstance(column_type, DateTime):
        return "timestamptz" if column_type.timezone else "timestamp"
    for kind, types in (("date", Date), ("bool", Boolean), ("json", JSON), ("int", Integer),
                        ("number", (Float, Numeric))):
        if isinstance(column_type, types):
            return kind
    return "text"


def column_kinds(table: Table) -> dict[str, str]:
    return {c.name: column_kind(c.type) for c in table.columns}


def encode(value, kind: str):
    """A cell as JSON: ISO text for dates and timestamps; stored timestamps without a zone are UTC."""
    if value is None:
        return None
    if kind == "timestamptz":
        if value.tzinfo is None:  # SQLite hands stored instants back naive, in UTC
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()
    if kind in ("timestamp", "date"):
        return value.isoformat()
    return value


def decode(value, kind: str):
    if value is None:
        return None
    if kind in ("timestamptz", "timestamp"):
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    return value


class HashedFile:
    """A file written in bytes whose SHA-256 is taken on the way, so the manifest needs no second
    read of the archive (gigabytes at region scale). `close()` returns the digest."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(path, "wb")
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._digest.update(data)
        self._file.write(data)

    def close(self) -> str:
        self._file.close()
        return self._digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
