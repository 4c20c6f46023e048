"""Fast inserts of many rows (demo data, imports) in the caller's transaction.

On SQLite the driver's executemany is fed directly: SQLAlchemy's per-row parameter processing
costs more than the insert itself at region scale. Values are written in the same text forms
SQLAlchemy's SQLite types read back. Other databases use Core's executemany.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Connection, Table


def _sqlite_value(value):
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.replace(tzinfo=None)  # SQLAlchemy's SQLite DateTime stores no offset
        # SQLAlchemy reads both forms; whole seconds are written short (smaller at region scale).
        return value.strftime("%Y-%m-%d %H:%M:%S" if not value.microsecond else "%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        if conn.dialect.name == "postgresql":
            _advance_sequence(conn, table, rows)
        return
    columns = list(rows[0])
    sql = f'INSERT INTO {table.name} ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    values = [tuple(_sqlite_value(row[c]) for c in columns) for row in rows]
    conn.connection.driver_connection.executemany(sql, values)


def _advance_sequence(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Rows given their own ids (demo data) leave PostgreSQL's sequence behind: the next ordinary
    insert would reuse id 1. SQLite takes max(id) + 1 by itself."""
    pk = table.autoincrement_column
    if pk is None or pk.name not in rows[0]:
        return
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk.name}'), max({pk.name})) FROM {table.name}"
    )


@contextmanager
def search_index_rebuilt_after(conn: Connection) -> Iterator[None]:
    """For loading a large batch into `patient` on SQLite: rebuild the search index once at the end.

    Updating the trigram index row by row costs more than twice the inserts themselves. The index
    triggers are dropped and re-created (from their own stored SQL) inside the caller's
    transaction, so a failure or a killed process leaves them exactly as they were.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    triggers = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'patient_fts_%'"
    ).fetchall()
    for name, _ in triggers:
        raw.execute(f"DROP TRIGGER {name}")
    yield
    raw.execute("INSERT INTO patient_fts(patient_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        raw.execute(sql)
