"""R-SE-3: records are kept at least 10 years after the newest entry; the head of clinic reviews and
confirms every removal, which removes only what was confirmed, keeps the access log and is logged."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from klinik_app.db.models import AccessLogEntry, Examination, Patient, RetentionReview
from klinik_app.domain import permissions as perm
from klinik_app.domain.retention import review_due
from klinik_app.services import retention
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.permissions import NotPermitted
from tests.conftest import TODAY
from tests.factories import add_appointment, add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")
HEAD = Actor("SE2321000222-V0001", roles=frozenset({perm.HEAD_OF_CLINIC}))


def _head(ctx) -> ServiceContext:
    return ServiceContext(ctx.engine, actor=HEAD, today=ctx.today)


def _exam(ctx, patient_id: int, on: date) -> None:
    now = ctx.now()
    with ctx.begin() as s:
        s.add(Examination(uuid=str(uuid.uuid4()), patient_id=patient_id, examined_on=on, examiner_role="tandlakare",
                          risk_caries=0, risk_periodontal=0, risk_general=0, risk_technical=0,
                          planned_interval_months=24, origin="local", created_at=now, created_by="t",
                          modified_at=now, modified_by="t"))


@pytest.fixture
def world(ctx):
    ten_years_ago = date(TODAY.year - 10, TODAY.month, TODAY.day)
    ids = {name: add_patient(ctx, pnr(date(1990, 1, 1 + n), 200 + n), name, "Test")
           for n, name in enumerate(("gammal", "aldre", "grans", "listad", "bokad", "ny"))}
    _exam(ctx, ids["gammal"], ten_years_ago.replace(day=ten_years_ago.day - 1))
    _exam(ctx, ids["aldre"], date(2001, 5, 1))
    _exam(ctx, ids["grans"], ten_years_ago)  # exactly ten years: still kept
    listed = add_patient(ctx, pnr(date(1991, 2, 2), 300), "listad2", "Test", listing="val", listed_from=date(2001, 1, 1))
    _exam(ctx, listed, date(2001, 5, 1))
    _exam(ctx, ids["bokad"], date(2001, 5, 1))
    add_appointment(ctx, ids["bokad"], datetime(2020, 3, 2, 9, 0))
    ids["listad"] = listed
    return ids


def test_r_se_3_list_holds_records_more_than_ten_years_past_their_newest_entry(ctx, world):
    found = retention.records_past_retention(_head(ctx))
    assert {p.patient_id for p in found} == {world["gammal"], world["aldre"]}


def test_r_se_3_setting_cannot_go_below_ten_years(ctx, world):
    head = _head(ctx)
    with pytest.raises(retention.RetentionError, match="minst 10 år"):
        retention.set_record_years(head, 9)
    retention.set_record_years(head, 20)
    assert retention.record_years(head) == 20
    assert [p.patient_id for p in retention.records_past_retention(head)] == [world["aldre"]]  # 25 years


def test_r_se_3_removal_removes_only_what_was_confirmed_keeps_the_log_and_is_logged(ctx, world):
    head = _head(ctx)
    retention.records_past_retention(head)
    with ctx.sessions() as s:
        logged_before = s.scalar(select(func.count()).select_from(AccessLogEntry))
    assert retention.confirm_removal(head, [world["gammal"]], "Granskad vid årsgenomgången") == 1
    with ctx.sessions() as s:
        remaining = set(s.scalars(select(Patient.id)))
        assert world["gammal"] not in remaining
        assert {world["aldre"], world["grans"], world["listad"], world["bokad"], world["ny"]} <= remaining
        assert s.scalar(select(func.count()).select_from(Examination).where(
            Examination.patient_id == world["gammal"])) == 0
        entries = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).all()
        review = s.scalars(select(RetentionReview)).one()
    assert len(entries) == logged_before + 1  # nothing of the log removed; one "delete" entry added
    assert (entries[-1].action, entries[-1].patient_id) == ("delete", world["gammal"])
    assert (review.reviewer, review.removed_count, review.patient_ids) == (HEAD.user_id, 1, str(world["gammal"]))


def test_r_se_3_a_record_not_past_retention_is_never_removed(ctx, world):
    with pytest.raises(retention.RetentionError, match="Ingenting har gallrats"):
        retention.confirm_removal(_head(ctx), [world["gammal"], world["grans"]], "Granskad")
    with ctx.sessions() as s:
        assert s.get(Patient, world["gammal"]) is not None


@pytest.mark.parametrize("role", sorted(set(perm.ALL_ROLES) - {perm.HEAD_OF_CLINIC}))
def test_r_se_3_only_the_head_of_clinic_may_confirm_a_removal(ctx, world, role):
    acting = ServiceContext(ctx.engine, actor=Actor("SE2321000222-R0001", roles=frozenset({role})), today=ctx.today)
    with pytest.raises(NotPermitted):
        retention.confirm_removal(acting, [world["gammal"]], "Granskad")


def test_r_se_3_review_reminder_in_january_until_a_review_is_confirmed():
    assert review_due(date(2027, 1, 10), set()) == 2027
    assert review_due(date(2027, 1, 10), {2027}) is None
    assert review_due(date(2027, 2, 1), set()) is None


def test_r_se_3_the_head_of_clinic_is_reminded_in_january_until_the_review_is_confirmed(ctx, world):
    january = ServiceContext(ctx.engine, actor=HEAD, today=date(2027, 1, 12))
    january.now = lambda: datetime(2027, 1, 12, 9, 0, tzinfo=timezone.utc)
    assert retention.review_reminder(january) == 2027
    reception = Actor("SE2321000222-R0001", roles=frozenset({perm.RECEPTION}))
    assert retention.review_reminder(ServiceContext(ctx.engine, actor=reception, today=january.today)) is None
    retention.confirm_removal(january, [world["gammal"]], "Granskad i januari")
    assert retention.review_reminder(january) is None
