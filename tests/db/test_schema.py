"""The models match the migrations, and every mutable record carries version and who/when."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from klinik_app.db.engine import make_engine
from klinik_app.db.models import (
    AccessLogEntry,
    AccessLogReview,
    AccessLogSeal,
    AppointmentMonth,
    Base,
    DentalHealthMonth,
    MonthSnapshot,
    OutboxItem,
    PatientGuardian,
    RecallContact,
    RevisionDue,
    RevisionMonth,
    SecurityEvent,
    StaffRole,
)

TRACKED = {"row_version", "created_at", "created_by", "modified_at", "modified_by"}


@pytest.mark.backends("sqlite", "postgresql")
def test_migrations_create_exactly_the_models(db_path):
    engine = make_engine(str(db_path))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    # The search index (FTS5 tables and triggers on SQLite, a trigram index on PostgreSQL) is made
    # by the migration alone.
    diff = [d for d in diff if "patient_fts" not in str(d) and "ix_patient_trgm" not in str(d)]
    if engine.dialect.name == "sqlite":  # 0007 widens access_log.role on PostgreSQL only: SQLite
        diff = [d for d in diff if not _access_log_role_length(d)]  # ignores lengths; no table copy
    assert diff == []


def _access_log_role_length(d) -> bool:
    return isinstance(d, list) and d[0][0] == "modify_type" and d[0][2:4] == ("access_log", "role")


def test_every_mutable_table_has_row_version_and_who_when():
    exempt = {AccessLogEntry.__table__.name: "append-only", PatientGuardian.__table__.name: "a link of the patient",
              OutboxItem.__table__.name: "has row_version and staff_hsa_id",
              MonthSnapshot.__table__.name: "history, never updated: taken_at/taken_by",
              RevisionDue.__table__.name: "derived from examinations, never edited",
              RecallContact.__table__.name: "append-only: created_at/created_by",
              AccessLogSeal.__table__.name: "rewritten with every append, in the same transaction",
              AccessLogReview.__table__.name: "append-only: signed_at/signed_by; a new sign-off replaces",
              SecurityEvent.__table__.name: "append-only: at/user_id",
              "record_disclosure": "append-only: disclosed_at/disclosed_by (issue 13)",
              "retention_review": "append-only: reviewed_at/reviewer (issue 13)",
              StaffRole.__table__.name: "a link of the staff member; changes are security events",
              AppointmentMonth.__table__.name: "derived counts, kept with every appointment change",
              RevisionMonth.__table__.name: "history, never updated: taken_at/taken_by",
              DentalHealthMonth.__table__.name: "history, never updated: taken_at/taken_by"}
    for table in Base.metadata.sorted_tables:
        if table.name not in exempt:
            assert TRACKED <= set(table.c.keys()), table.name
    assert "row_version" in OutboxItem.__table__.c
