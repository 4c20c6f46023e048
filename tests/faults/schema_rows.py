"""Databases at earlier schema revisions with a row or two in every table, and the check that a
migration kept them. Generic (reflected), so a new revision is covered without touching the tests;
columns whose values the domain knows take them from DOMAIN_VALUES, so a later migration that reads
or converts them meets the data a clinic has, not placeholders."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, func, select, types

from klinik_app.db.engine import make_engine
from klinik_app.db.migrate import alembic_config

ROWS_PER_TABLE = 2
SKIPPED = ("alembic_version", "patient_fts")  # Alembic's own table; the search index (filled by triggers)

Rows = dict[str, list[dict]]

# table -> column -> the value of row 1, row 2, ... (ROWS_PER_TABLE of them). Every other column is
# made up from its type. A new table whose columns hold codes is one line here (e.g. 0010/0011's).
DOMAIN_VALUES: dict[str, dict[str, tuple]] = {
    "clinic": {"rule_set_id": ("vasterbotten", "vasterbotten")},  # 0012 decides R-AB-6 with the clinic's rule set
    "room": {"name": ("Rum 1", "Rum 2")},
    "appointment": {"kind": ("revision", "treatment"), "status": ("no-show", "booked"),
                    "agreed_how": ("telefon", "brev"), "origin": ("local", "import"),
                    "caregiver_hsa_id": ("SE2321000222-T0001", "SE2321000222-H0002")},
    "appointment_month": {"kind": ("revision", "treatment")},
    "task": {"kind": ("written-information", "child-at-risk"), "state": ("closed", "open"),
             "role": ("reception", "tandlakare"), "decision": ("sent", None)},
    "indicator_target": {"indicator_id": ("examined_within_interval", "absence_rate")},  # domain/indicators.py
    "action_plan": {"indicator_id": ("examined_within_interval", "absence_rate")},
    "revision_month": {"reason": ("first-exam", "planned-interval")},  # as revision_due.reason
    "dental_health_month": {"measure": ("deft", "dft"), "age": (3, 12)},  # issue 9 (domain.indicators.HEALTH)
    "record_disclosure": {"recipient_kind": ("provider", "patient"), "consent_by": ("patient", None),
                          "consent_how": ("telefon", None), "formats": ("pdf+fhir", "pdf")},  # issue 13 (R-SE-4)
    "retention_review": {"patient_ids": ("1,2", "3"), "record_years": (10, 12)},  # issue 13 (R-SE-3)
    "working_hours": {"weekday": (0, 4), "start_minute": (480, 480), "end_minute": (960, 720),
                      "revision_percent": (50, 100)},  # issue 12 capacity
    "capacity_exception": {"kind": ("absence", "extra"), "start_minute": (None, 480), "end_minute": (None, 720),
                           "revision_percent": (None, 100)},
    "referral": {"specialty": ("ortodonti", "pedodonti"), "state": ("sent", "draft"),
                 "outcome": ("accepted", None)},  # issue 12 (R-RV-9, domain.referrals)
}


def earlier_revisions() -> list[str]:
    """Every revision before the head, oldest first (read from the script directory, never a list)."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    return [rev.revision for rev in reversed(list(script.walk_revisions())) if rev.revision != head]


def database_at(path: Path, revision: str) -> Engine:
    engine = make_engine(str(path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return engine


def _tables(engine: Engine) -> MetaData:
    meta = MetaData()
    meta.reflect(engine)
    for name in [n for n in meta.tables if n.startswith(SKIPPED)]:
        meta.remove(meta.tables[name])
    return meta


def _value(column, n: int, base: int, inserted: Rows):
    known = DOMAIN_VALUES.get(column.table.name, {})
    if column.name in known:
        return known[column.name][n - 1]
    for fk in column.foreign_keys:
        if fk.column.table is column.table:  # e.g. a re-offered appointment: row n points at row n - 1
            return base + n - 1 if n > 1 and fk.column.primary_key else None
        parents = inserted.get(fk.column.table.name, [])
        if len(parents) < n:
            return None  # a parent without rows: nothing to point at
        return parents[n - 1][fk.column.name]
    kind = column.type
    if isinstance(kind, types.Boolean):
        return n % 2 == 0
    if isinstance(kind, types.Integer):
        return base + n
    if isinstance(kind, (types.Numeric, types.Float)):
        return n + 0.5
    if isinstance(kind, types.DateTime):
        return datetime(2021, 2, n, 10, 30, n)
    if isinstance(kind, types.Date):
        return date(2021, 2, n)
    if isinstance(kind, types.JSON):
        return {"n": n}
    if isinstance(kind, types.LargeBinary):
        return bytes([n])
    length = getattr(kind, "length", None) or 40
    return f"{column.name}-{n}"[-length:]


def fill_every_table(engine: Engine) -> Rows:
    """Insert ROWS_PER_TABLE rows into every table (parents first), every column set; return them."""
    inserted: Rows = {}
    with engine.begin() as conn:
        for table in _tables(engine).sorted_tables:
            base = 0
            pk = list(table.primary_key.columns)
            if len(pk) == 1 and isinstance(pk[0].type, types.Integer):
                base = conn.scalar(select(func.coalesce(func.max(pk[0]), 0)))  # rows a migration made
            rows = [{c.name: _value(c, n, base, inserted) for c in table.columns}
                    for n in range(1, ROWS_PER_TABLE + 1)]
            conn.execute(table.insert(), rows)
            inserted[table.name] = rows
    return inserted


def counts(engine: Engine, names) -> dict[str, int]:
    meta = _tables(engine)
    with engine.connect() as conn:
        return {name: conn.scalar(select(func.count()).select_from(meta.tables[name])) for name in names}


def missing_rows(engine: Engine, inserted: Rows) -> list[str]:
    """Every inserted row that is not in the database now with the values it was given."""
    meta = _tables(engine)
    missing = []
    with engine.connect() as conn:
        for name, rows in inserted.items():
            table = meta.tables.get(name)
            if table is None:
                missing.append(f"table {name} is gone")
                continue
            for row in rows:
                gone = [c for c in row if c not in table.columns]
                if gone:
                    missing.append(f"{name}: columns {gone} are gone")
                    continue
                found = conn.execute(select(table).where(*(table.columns[c] == v for c, v in row.items()
                                                           if v is not None and not isinstance(v, dict)))).all()
                if len(found) != 1:
                    missing.append(f"{name}: row {row} ({len(found)} matches)")
    return missing


def foreign_key_problems(engine: Engine) -> list:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
