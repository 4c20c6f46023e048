"""An upgrade from every earlier schema revision, with rows in every table, keeps every row and value."""

from __future__ import annotations

import shutil

import pytest

from klinik_app.db.engine import make_engine
from klinik_app.db.models import Base
from klinik_app.db.migrate import current_revision, head_revision, migrate
from tests.faults import schema_rows

# SQLite only: rows written by every earlier revision into a database file, upgraded with its backup copy.


@pytest.mark.parametrize("revision", schema_rows.earlier_revisions())
def test_an_upgrade_from_an_earlier_revision_keeps_every_row_of_every_table(revision, old_databases, tmp_path):
    old = next(o for o in old_databases if o.revision == revision)
    assert len(old.inserted) >= 10  # every table at that revision (a few more with every revision)
    db = tmp_path / "klinik.sqlite"
    shutil.copyfile(old.path, db)
    engine = make_engine(str(db))
    try:
        assert current_revision(engine) == revision
        before = schema_rows.counts(engine, old.inserted)
        backup = migrate(engine)
        assert current_revision(engine) == head_revision()
        assert schema_rows.counts(engine, old.inserted) == before
        assert schema_rows.missing_rows(engine, old.inserted) == []
        assert schema_rows.foreign_key_problems(engine) == []
    finally:
        engine.dispose()
    assert backup is not None and backup.exists()  # the checked copy taken before migrating


def test_the_upgrade_check_notices_a_lost_value(old_databases, tmp_path):
    """The check itself can fail: a row whose value changed is reported."""
    old = old_databases[-1]
    db = tmp_path / "klinik.sqlite"
    shutil.copyfile(old.path, db)
    engine = make_engine(str(db))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE patient SET first_name = 'annat' WHERE id = (SELECT min(id) FROM patient)")
        assert [m for m in schema_rows.missing_rows(engine, old.inserted) if m.startswith("patient:")]
    finally:
        engine.dispose()


def test_every_domain_value_names_a_column_of_the_schema_and_fits_it():
    """A DOMAIN_VALUES line for a table or column that was renamed would quietly fill nothing."""
    for name, columns in schema_rows.DOMAIN_VALUES.items():
        table = Base.metadata.tables[name]
        for column, values in columns.items():
            assert len(values) == schema_rows.ROWS_PER_TABLE, (name, column)
            length = getattr(table.columns[column].type, "length", None)
            assert all(v is None or length is None or len(v) <= length for v in values), (name, column)


def test_the_appointment_book_of_0009_is_in_every_later_database_with_real_codes(old_databases):
    """Rooms, appointments (one re-offering the other) and tasks are among the rows each later upgrade keeps."""
    later = [o for o in old_databases if o.revision >= "0009"]
    assert later
    for old in later:
        rows = old.inserted
        assert [r["kind"] for r in rows["appointment"]] == ["revision", "treatment"]
        assert rows["appointment"][1]["reoffer_of_id"] == rows["appointment"][0]["id"]
        assert rows["appointment"][0]["room_id"] == rows["room"][0]["id"]
        assert [r["state"] for r in rows["task"]] == ["closed", "open"]
        assert rows["task"][0]["appointment_id"] == rows["appointment"][0]["id"]
