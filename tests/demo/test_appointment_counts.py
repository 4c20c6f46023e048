"""The demo's appointment book comes with the statistics' counts and columns filled, as every other
writer leaves them (services.appointment_counts)."""

from __future__ import annotations

from sqlalchemy import select

from klinik_app.db.models import Appointment, AppointmentMonth
from klinik_app.services import appointment_counts
from klinik_app.services.absence_stats import year_statistics
from tests.conftest import TODAY
from tests.services.absence_reference import reference_statistics


def _month_rows(ctx) -> set[tuple]:
    m = AppointmentMonth
    with ctx.sessions() as s:
        return {tuple(r) for r in s.execute(select(m.month, m.kind, m.birth_year, m.due, m.late_cancellations,
                                                   m.fees, m.fee_sum))}


def test_the_demo_load_fills_the_monthly_counts_and_the_counted_absences(demo_ctx):
    loaded = _month_rows(demo_ctx)
    with demo_ctx.begin() as s:
        appointment_counts.rebuild(s)
        counted = s.scalar(select(Appointment.id).where(Appointment.absence_counted.is_(True)).limit(1))
    assert loaded == _month_rows(demo_ctx) and loaded and counted is not None
    for year in (TODAY.year - 1, TODAY.year):
        stats = year_statistics(demo_ctx, year)
        old = reference_statistics(demo_ctx, year)
        assert (stats.months, stats.by_age) == (old.months, old.by_age)
