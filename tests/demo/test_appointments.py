"""The demo appointment book: a living book that follows the examination history and the book's rules."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from klinik_app.domain.appointments import BLOCKING, overlaps
from klinik_app.domain.local_time import to_local
from klinik_app.services import appointments as ab
from tests.conftest import TODAY


def _book(demo_ctx) -> list:
    from sqlalchemy import select

    from klinik_app.db.models import Appointment

    with demo_ctx.sessions() as s:
        return list(s.scalars(select(Appointment).order_by(Appointment.caregiver_hsa_id, Appointment.starts_at)))


def test_the_demo_book_holds_three_years_and_the_next_eight_weeks_with_some_absences(demo_ctx):
    book = _book(demo_ctx)
    days = [to_local(a.starts_at).date() for a in book]
    assert min(days) >= date(2023, 11, 22) and max(days) <= TODAY + timedelta(days=56 + 2)  # a weekend at the end
    status = Counter(a.status for a in book)
    assert 0.04 <= status["no-show"] / len(book) <= 0.09
    assert status["late-cancellation"] and status["cancelled"] and status["booked"]
    assert {a.kind for a in book} == {"revision", "treatment", "emergency", "other"}
    assert all(to_local(a.starts_at).date() > TODAY for a in book if a.status == "booked")
    assert all(to_local(a.starts_at).weekday() < 5 for a in book)


def test_the_demo_book_never_holds_a_caregiver_twice_at_once(demo_ctx):
    taken = [a for a in _book(demo_ctx) if a.status in BLOCKING]
    for a, b in zip(taken, taken[1:]):
        if a.caregiver_hsa_id == b.caregiver_hsa_id:
            assert not overlaps(a.starts_at, a.minutes, b.starts_at, b.minutes)


def test_the_demo_attended_times_follow_the_examinations_and_missed_times_are_re_offered(demo_ctx):
    from sqlalchemy import select

    from klinik_app.db.models import Examination

    book = _book(demo_ctx)
    with demo_ctx.sessions() as s:
        exams = {e.id: e for e in s.scalars(select(Examination))}
    linked = [a for a in book if a.examination_id]
    assert linked and all(a.status == "attended" for a in linked)
    assert all(to_local(a.starts_at).date() == exams[a.examination_id].examined_on for a in linked
               if to_local(a.starts_at).date() <= TODAY)
    by_id = {a.id: a for a in book}
    reoffers = [a for a in book if a.reoffer_of_id]
    assert reoffers and all(by_id[a.reoffer_of_id].status == "no-show" for a in reoffers)
    assert all(by_id[a.reoffer_of_id].patient_id == a.patient_id for a in reoffers)


def test_the_demo_book_reads_in_the_day_view(demo_ctx):
    rows = ab.book_view(demo_ctx, TODAY + timedelta(days=1), 14)
    assert rows and all(r.status == "booked" and r.caregiver_name for r in rows)
    assert any(r.agreed_text.startswith("Överenskommen med ") for r in rows)
