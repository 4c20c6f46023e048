"""Absence statistics per month (issue 5 item 6), from the maintained counts, on both databases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from klinik_app.domain.local_time import to_utc
from klinik_app.domain.permissions import APPOINTMENT_READ
from klinik_app.services import appointments
from klinik_app.services.absence_stats import Figures, month_statistics, year_statistics
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.permissions import NotPermitted
from tests.factories import add_appointment, add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

MARCH = date(2026, 3, 1)


def _time(ctx, patient_id: int, starts: datetime, status: str, **kw) -> int:
    """A time in the book with its outcome set through the appointment service (the fee with it)."""
    aid = add_appointment(ctx, patient_id, starts, **kw)
    if status != "booked":
        appointments.set_outcome(ctx, aid, status, expected_version=appointments.get(ctx, aid).row_version)
    return aid


@pytest.fixture
def book(ctx):
    ella = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val")  # turns 12 in 2026
    nora = add_patient(ctx, pnr(date(2004, 8, 8)), "Nora", "Berg", listing="val")  # turns 22
    olle = add_patient(ctx, pnr(date(2016, 1, 1)), "Olle", "Ek")  # not listed here
    _time(ctx, ella, datetime(2025, 12, 31, 23, 30), "attended")  # 2025 in Swedish time
    _time(ctx, ella, datetime(2026, 1, 1, 0, 30), "attended")  # 2026 in Swedish time, 2025 in UTC
    _time(ctx, ella, datetime(2026, 2, 2, 9, 0), "no-show", kind="emergency")
    _time(ctx, ella, datetime(2026, 3, 2, 9, 0), "attended")
    _time(ctx, ella, datetime(2026, 3, 10, 9, 0), "no-show")
    ctx.now = lambda: to_utc(datetime(2026, 3, 11, 8))  # booked the day after the absence: re-offered on time
    _time(ctx, ella, datetime(2026, 3, 20, 9, 0), "attended")
    del ctx.now
    _time(ctx, nora, datetime(2026, 3, 15, 9, 0), "no-show", kind="treatment")  # never re-offered in time
    _time(ctx, olle, datetime(2026, 3, 5, 9, 0), "no-show")
    _time(ctx, nora, datetime(2026, 5, 4, 9, 0), "late-cancellation", kind="treatment")
    _time(ctx, nora, datetime(2026, 6, 1, 9, 0), "no-show", agreed=False)
    _time(ctx, ella, datetime(2026, 11, 20, 9, 0), "no-show")  # its deadline has not passed
    return ctx


def test_absence_rate_fees_and_reoffers_per_month(book):
    stats = year_statistics(book, 2026)
    assert list(stats.months) == [date(2026, m, 1) for m in range(1, 13)]
    assert stats.months[date(2026, 1, 1)] == Figures(due=1)  # the half past midnight time is January's
    assert stats.months[date(2026, 2, 1)] == Figures(fees=1, fee_sum=400)  # emergency: charged, never counted
    # due: 2 attended + 3 agreed no-shows; absences: the listed ones; the unlisted one is charged, not counted
    assert stats.months[MARCH] == Figures(due=5, absences=2, fees=3, fee_sum=1200, reoffer_due=2, reoffered=1)
    assert stats.months[MARCH].rate == pytest.approx(0.4) and stats.months[MARCH].reoffer_share == 0.5
    assert stats.months[date(2026, 5, 1)] == Figures(due=1, late_cancellations=1)  # not an absence by default
    assert stats.months[date(2026, 6, 1)] == Figures()  # never confirmed: not due, no fee
    assert stats.months[date(2026, 11, 1)] == Figures(due=1, absences=1, fees=1, fee_sum=400)  # re-offer pending
    assert stats.total.absences == 3 and stats.months[date(2026, 12, 1)].rate is None


def test_absence_statistics_by_age_group_and_kind(book):
    stats = year_statistics(book, 2026)
    assert list(stats.by_age) == ["3–5", "6–13", "14–15", "16–19", "20–23", "Övriga"]
    assert (stats.by_age["6–13"].due, stats.by_age["6–13"].absences) == (6, 2)
    assert (stats.by_age["20–23"].due, stats.by_age["20–23"].absences, stats.by_age["20–23"].late_cancellations) == (
        2, 1, 1)
    assert stats.by_age["3–5"] == Figures()
    assert stats.by_kind["emergency"] == Figures(fees=1, fee_sum=400)
    assert stats.by_kind["treatment"].absences == 1 and stats.by_kind["revision"].absences == 2


def test_the_month_variant_is_the_years_month(book):
    assert month_statistics(book, 2026, 3).months == {MARCH: year_statistics(book, 2026).months[MARCH]}
    assert year_statistics(book, 2025).total == Figures(due=1)


def test_statistics_need_the_appointment_read_permission(book):
    nobody = ServiceContext(book.engine, actor=Actor("SE2321000222-X0001", roles=frozenset()), today=book.today)
    with pytest.raises(NotPermitted, match=APPOINTMENT_READ.text):
        year_statistics(nobody, 2026)
