"""The revision forecast and the chair capacity read from the database (issue 12 parts 1-2), both backends."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from klinik_app.db.models import AccessLogEntry
from klinik_app.domain.capacity import ABSENCE, EXTRA, CapacityException, WorkPeriod
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.domain.revision_forecast import MONTH, WEEK
from klinik_app.services import capacity, examinations, revision_forecast
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import NotPermitted
from tests.conftest import make_ctx
from tests.factories import add_appointment, add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST, DENTIST_B, HYGIENIST = "SE2321000222-T0001", "SE2321000222-T0002", "SE2321000222-H0001"
WORKDAYS_8_TO_16 = [0, 1, 2, 3, 4]


def _exam(ctx, pid: int, on: date, interval: int) -> None:
    examinations.record_examination(ctx, pid, ExamInput(on, "tandlakare", DENTIST, Risks(1, 0, 0, 0), interval,
                                                        tobacco="ingen", bite_check=True))


def _save(ctx, who: str, periods, exceptions) -> None:
    capacity.save_hours(ctx, who, periods, exceptions, expected_version=capacity.hours_version(ctx, who))


def _pattern(percent: int) -> list[WorkPeriod]:
    return [WorkPeriod(day, 8 * 60, 16 * 60, percent) for day in WORKDAYS_8_TO_16]


@pytest.fixture
def clinic(ctx):
    """Four listed patients (TODAY = 2026-11-22, a Sunday), a dentist at 50 % revisions, a hygienist at 100 %."""
    add_staff(ctx, DENTIST, "Tandläkare Tina", "tandlakare")
    add_staff(ctx, HYGIENIST, "Hygienist Hugo", "tandhygienist")
    p = {}
    p["ella"] = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val", dentist=DENTIST)
    _exam(ctx, p["ella"], date(2025, 12, 14), 12)  # due 2026-12-14 at 11: dentist (R-RV-6), 45 min
    p["omar"] = add_patient(ctx, pnr(date(2008, 2, 2)), "Omar", "Haddad", listing="icke-val", dentist=DENTIST_B)
    _exam(ctx, p["omar"], date(2025, 12, 3), 12)  # due 2026-12-03 at 18: hygienist possible, 45 min
    p["alva"] = add_patient(ctx, pnr(date(2009, 8, 8)), "Alva", "Berg", listing="val", dentist=DENTIST)
    _exam(ctx, p["alva"], date(2025, 8, 1), 12)  # due 2026-08-01: the overdue backlog
    p["bo"] = add_patient(ctx, pnr(date(2012, 3, 1)), "Bo", "Ek", listing="val", dentist=DENTIST)
    _exam(ctx, p["bo"], date(2025, 12, 20), 12)  # due 2026-12-20, but booked on 2026-12-10 (45 min)
    add_appointment(ctx, p["bo"], datetime(2026, 12, 10, 10, 0), minutes=45, caregiver=DENTIST)
    _save(ctx, DENTIST, _pattern(50), [])
    _save(ctx, HYGIENIST, _pattern(100), [])
    return p


def _week(lines, start: date):
    return next(line for line in lines if line.start == start)


def test_the_forecast_counts_due_backlog_and_planned_revisions_without_logging_patients(ctx, clinic):
    with ctx.sessions() as s:
        before = s.scalar(select(func.count()).select_from(AccessLogEntry))
    result = revision_forecast.forecast(ctx)
    weeks = result.lines(WEEK)
    due = {line.start: (line.dentist, line.hygienist) for line in weeks if line.due}
    assert due == {date(2026, 11, 30): (0, 1), date(2026, 12, 14): (1, 0),  # omar, ella
                   date(2027, 11, 22): (0, 1),  # alva again, 12 months after today
                   date(2027, 11, 29): (0, 1), date(2027, 12, 6): (0, 1),  # omar, bo (after the booked day)
                   date(2027, 12, 13): (1, 0)}  # ella
    assert _week(weeks, date(2026, 12, 7)).planned == 1 and _week(weeks, date(2026, 12, 14)).dentist_minutes == 45
    backlog = result.backlog_line()
    assert (backlog.dentist, backlog.hygienist) == (0, 1)
    assert {line.start: line.due for line in result.lines(MONTH, dentist=DENTIST_B) if line.due} == {
        date(2026, 12, 1): 1, date(2027, 12, 1): 1}
    assert result.lines(MONTH, listing_type="icke-val")[1].hygienist == 1
    with ctx.sessions() as s:  # counts only: no patient data shown, nothing to log (R-SE-2)
        assert s.scalar(select(func.count()).select_from(AccessLogEntry)) == before


def test_capacity_leaves_out_holidays_and_leave_and_subtracts_booked_revisions(ctx, clinic):
    _save(ctx, HYGIENIST, _pattern(100), [CapacityException(ABSENCE, date(2027, 1, 11), date(2027, 1, 15))])
    weeks = capacity.plan(ctx).capacity[WEEK]
    assert weeks[date(2026, 11, 16)].dentist == 0  # only the Sunday of this week is left
    assert weeks[date(2026, 11, 30)].dentist == 5 * 240 and weeks[date(2026, 11, 30)].hygienist == 5 * 480
    assert weeks[date(2026, 12, 7)].dentist == 5 * 240 - 45  # Bo's booked revision
    assert weeks[date(2026, 12, 21)].dentist == 3 * 240  # julafton and juldagen
    assert weeks[date(2027, 6, 21)].hygienist == 4 * 480  # midsommarafton
    assert weeks[date(2027, 1, 11)].hygienist == 0  # the leave
    assert weeks[date(2027, 1, 4)].hygienist == 4 * 480  # trettondedag jul


def test_an_extra_day_counts_even_on_a_holiday(ctx, clinic):
    extra = CapacityException(EXTRA, date(2026, 12, 26), date(2026, 12, 26), 9 * 60, 12 * 60, 100)
    _save(ctx, DENTIST, _pattern(50), [extra])
    assert capacity.plan(ctx).capacity[WEEK][date(2026, 12, 21)].dentist == 3 * 240 + 180


def test_the_shortfall_week_is_dentist_required_need_without_a_dentist(ctx, clinic):
    _save(ctx, DENTIST, _pattern(50), [CapacityException(ABSENCE, date(2026, 12, 14), date(2026, 12, 18))])
    _save(ctx, HYGIENIST, _pattern(100), [CapacityException(ABSENCE, date(2026, 11, 30), date(2026, 12, 4))])
    weeks = {b.start: b for b in capacity.plan(ctx).balance(WEEK)}
    ella = weeks[date(2026, 12, 14)]  # the hygienist's free time cannot take a dentist-required revision
    assert (ella.dentist_needed, ella.dentist_available, ella.hygienist_available, ella.shortfall) == (45, 0, 2400, 45)
    omar = weeks[date(2026, 11, 30)]  # a hygienist-possible revision goes on the dentist's spare time
    assert (omar.hygienist_needed, omar.hygienist_available, omar.shortfall) == (45, 0, 0)
    assert [b.start for b in weeks.values() if b.shortfall] == [date(2026, 12, 14)]


def test_hours_round_trip_and_only_dentists_and_heads_of_clinic_may_change_them(ctx, db_path, clinic):
    rows = {c.hsa_id: c for c in capacity.caregivers(ctx)}
    assert rows[DENTIST].caregiver.periods == tuple(_pattern(50)) and rows[HYGIENIST].name == "Hygienist Hugo"
    with pytest.raises(ServiceError, match="sluta efter"):
        _save(ctx, DENTIST, [WorkPeriod(0, 600, 540, 50)], [])
    reception = make_ctx(db_path, roles={"reception"})
    try:
        assert capacity.caregivers(reception)  # reading the plan is allowed
        with pytest.raises(NotPermitted):
            _save(reception, DENTIST, [], [])
    finally:
        reception.close()


def test_hours_saved_on_another_workstation_since_they_were_read_are_not_overwritten(ctx):
    add_staff(ctx, HYGIENIST, "Hanna Hygienist", "tandhygienist")
    read_here = capacity.hours_version(ctx, HYGIENIST)
    capacity.save_hours(ctx, HYGIENIST, _pattern(100), [], expected_version=read_here)  # the other workstation
    with pytest.raises(ServiceError, match="annan arbetsstation"):
        capacity.save_hours(ctx, HYGIENIST, _pattern(50), [], expected_version=read_here)
    (person,) = [c for c in capacity.caregivers(ctx) if c.hsa_id == HYGIENIST]
    assert {p.revision_percent for p in person.caregiver.periods} == {100}
    capacity.save_hours(ctx, HYGIENIST, _pattern(50), [], expected_version=person.version)
