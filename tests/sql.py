"""Plain SQL on a test database, SQLite file or PostgreSQL URL alike, for tests that look behind the
services (what is stored, or tampering with it): `run_sql(db_path, "SELECT ... :name", name=...)`."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import text

from klinik_app.db.engine import make_engine


def as_stored_in_sqlite(value):
    """PostgreSQL hands back dates and JSON as Python objects, SQLite as the text it stores: tests
    compare against that text, so both backends answer alike."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return value


def run_sql(db_path: Path | str, sql: str, **params) -> list[tuple]:
    """Runs one statement in its own committed transaction; the rows it returns, if any."""
    engine = make_engine(str(db_path))
    try:
        with engine.begin() as con:
            result = con.execute(text(sql), params)
            if not result.returns_rows:
                return []
            return [tuple(as_stored_in_sqlite(v) for v in row) for row in result]
    finally:
        engine.dispose()


def fail_inserts_as_disk_full(db_path: Path | str, table: str) -> None:
    """From now on every insert into `table` fails the way a full disk makes each backend fail."""
    if str(db_path).startswith("postgresql"):
        run_sql(db_path, "CREATE FUNCTION klinik_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' "
                         "USING ERRCODE = 'disk_full'; END $$")
        run_sql(db_path, f"CREATE TRIGGER disk_full BEFORE INSERT ON {table} "
                         "FOR EACH ROW EXECUTE FUNCTION klinik_test_disk_full()")
    else:
        run_sql(db_path, f"CREATE TRIGGER disk_full BEFORE INSERT ON {table} "
                         "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
