"""The stored due dates (revision_due) against the live computation (rules.md "The due date")."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select, update

from klinik_app.db.models import Examination, Patient, RevisionDue
from klinik_app.domain.revision import ExamRecord, compute_due
from klinik_app.services import recall_list, revision_due
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _stored(ctx) -> dict[int, tuple]:
    with ctx.sessions() as s:
        return {r.patient_id: (r.due, r.reason, r.requires_dentist, r.care_ends, r.last_exam, r.last_dentist_exam,
                               r.rule_set) for r in s.scalars(select(RevisionDue))}  # fmt: skip


def _live(ctx, today: date | None = None) -> dict[int, tuple]:
    """compute_due straight from the examinations, one patient at a time."""
    today = today or ctx.today
    label = revision_due.rule_set_label(ctx.rules)
    with ctx.sessions() as s:
        births = dict(s.execute(select(Patient.id, Patient.birth_date)).all())
        exams = defaultdict(list)
        for e in s.scalars(select(Examination)):
            exams[e.patient_id].append(ExamRecord(e.examined_on, e.examiner_role, e.planned_interval_months))
    result = {}
    for pid, birth in births.items():
        d = compute_due(birth, exams[pid], today, ctx.rules)
        result[pid] = (d.due, d.reason, d.requires_dentist, d.care_ends, d.last_exam, d.last_dentist_exam, label)
    return result


def test_r_rv_the_demo_clinics_stored_due_dates_equal_the_live_computation(demo_ctx):
    stored = _stored(demo_ctx)
    assert len(stored) == 300
    assert stored == _live(demo_ctx)
    reasons = {row[1] for row in stored.values()}
    assert {"planned-interval", "first-exam"} <= reasons  # a history worth comparing


def test_r_rv_the_recall_list_from_the_stored_rows_equals_the_live_list(demo_ctx, monkeypatch):
    def year(**flags):
        return recall_list.recall_list(demo_ctx, date(2026, 12, 1), date(2027, 11, 30), include_overdue=True, **flags)

    cached = year()
    assert cached.source == "cache" and len(cached.items) > 100
    monkeypatch.setattr(revision_due, "usable_for", lambda *a: False)
    live = year()
    assert live.source == "live"
    assert live.items == cached.items
    assert live.as_json() == cached.as_json()


def test_recall_list_json_is_what_json_dumps_writes(demo_ctx):
    import json

    result = recall_list.recall_list(demo_ctx, date(2026, 1, 1), date(2027, 12, 31), include_overdue=True)
    assert result.as_json() == json.dumps(result.as_dict(), ensure_ascii=False)


def test_ensure_current_is_a_no_op_when_every_row_is_current(demo_ctx):
    assert revision_due.ensure_current(demo_ctx) == 0


def test_ensure_current_recomputes_everyone_when_the_rule_set_label_differs(demo_ctx):
    with demo_ctx.begin() as s:
        s.execute(update(RevisionDue).where(RevisionDue.patient_id <= 5)
                  .values(rule_set="vasterbotten 2021.9", due=date(2000, 1, 1)))
    with demo_ctx.sessions() as s:
        assert revision_due.state(s, demo_ctx.rules).stale
    assert revision_due.ensure_current(demo_ctx) == 300
    assert _stored(demo_ctx) == _live(demo_ctx)


def test_ensure_current_recomputes_for_another_rule_set_version(demo_ctx, monkeypatch):
    """A new version of the rules (valid from some day) makes every stored row stale."""
    newer = dataclasses.replace(demo_ctx.rules, version="2027.1")
    monkeypatch.setattr(type(demo_ctx), "rules", property(lambda self: newer))
    assert revision_due.ensure_current(demo_ctx) == 300
    assert {row[-1] for row in _stored(demo_ctx).values()} == {"vasterbotten 2027.1"}


def test_ensure_current_fills_the_rows_of_patients_added_since(demo_ctx):
    pid = add_patient(demo_ctx, pnr(date(2023, 3, 3), 991), "Nina", "Nyberg", listing="val",
                      listed_from=date(2026, 1, 1))
    assert revision_due.ensure_current(demo_ctx) == 1
    assert _stored(demo_ctx)[pid][:2] == (date(2026, 12, 31), "first-exam")


def test_recompute_rewrites_only_the_given_patients(demo_ctx):
    with demo_ctx.begin() as s:
        s.execute(update(RevisionDue).values(reason="planned-interval", due=date(2000, 1, 1)))
        revision_due.recompute(s, demo_ctx, [1, 2])
    stored, live = _stored(demo_ctx), _live(demo_ctx)
    assert stored[1] == live[1] and stored[2] == live[2]
    assert stored[3][0] == date(2000, 1, 1)


def test_r_rv_5_a_health_check_by_a_nurse_never_moves_the_due_date(ctx):
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", listed_from=date(2020, 1, 1))
    now = ctx.now()
    stamp = dict(row_version=1, created_at=now, created_by="t", modified_at=now, modified_by="t", origin="local")
    with ctx.begin() as s:
        s.add(Examination(uuid="00000000-0000-4000-8000-000000000001", patient_id=pid, examined_on=date(2025, 9, 15),
                          examiner_role="tandlakare", planned_interval_months=12, bite_check=True, **stamp))
        s.add(Examination(uuid="00000000-0000-4000-8000-000000000002", patient_id=pid, examined_on=date(2026, 3, 15),
                          examiner_role="tandskoterska", **stamp))
        s.flush()
        revision_due.recompute(s, ctx, [pid])
    assert _stored(ctx)[pid][:2] == (date(2026, 9, 15), "planned-interval")
    assert _stored(ctx)[pid][4] == date(2025, 9, 15)  # last_exam: the revision, not the health check


def test_the_rows_hold_for_a_later_today_but_not_for_a_today_before_an_examination(ctx):
    with ctx.sessions() as s:
        assert revision_due.usable_for(s, ctx.rules, ctx.today)  # no examination at all
    pid = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind")
    now = ctx.now()
    with ctx.begin() as s:
        s.add(Examination(uuid="00000000-0000-4000-8000-000000000003", patient_id=pid, examined_on=date(2026, 12, 1),
                          examiner_role="tandlakare", planned_interval_months=12, bite_check=True, origin="local",
                          row_version=1, created_at=now, created_by="t", modified_at=now, modified_by="t"))
        s.flush()
        revision_due.recompute(s, ctx, [pid])
    with ctx.sessions() as s:
        assert not revision_due.usable_for(s, ctx.rules, date(2026, 11, 30))
        assert revision_due.usable_for(s, ctx.rules, date(2026, 12, 1))
    # The stored row counts the examination: it is what every later day computes.
    assert _stored(ctx)[pid][:2] == (date(2027, 12, 1), "planned-interval")
    assert _live(ctx, date(2026, 12, 1))[pid] == _stored(ctx)[pid]


def test_a_rule_set_choosing_the_cap_by_todays_age_is_never_read_from_the_rows(ctx):
    rules = ctx.rules
    by_today = dataclasses.replace(rules, revision=dataclasses.replace(rules.revision, cap_age_basis="age-today"))
    with ctx.sessions() as s:
        assert revision_due.usable_for(s, rules, ctx.today)
        assert not revision_due.usable_for(s, by_today, ctx.today)


@pytest.mark.parametrize("table", ["examination", "revision_due"])
def test_demo_fills_every_patient(demo_ctx, table):
    with demo_ctx.engine.connect() as con:
        patients = con.exec_driver_sql(f"SELECT count(DISTINCT patient_id) FROM {table}").scalar_one()
    assert patients >= (300 if table == "revision_due" else 280)
