"""Working hours, leave and extra days per caregiver, and the forecast against the chair time
(issue 12 part 2). The computation is domain.capacity; the forecast comes from services.revision_forecast.

Holidays: Sweden's public holidays and the de facto ones (midsommarafton, julafton, nyårsafton) from
the `holidays` package; nobody is expected to work them unless an extra day says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import holidays
from sqlalchemy import delete, select

from klinik_app.db import models
from klinik_app.db.models import StaffMember, WorkingHours
from klinik_app.domain.capacity import (
    EXCEPTION_KINDS,
    EXTRA,
    WEEKDAYS,
    Available,
    Balance,
    Caregiver,
    CapacityException,
    WorkPeriod,
    balance,
    daily,
    per_period,
)
from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.local_time import day_bounds, local_day
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PLANNING_MANAGE, PLANNING_READ
from klinik_app.domain.revision_forecast import MONTH, WEEK, Forecast, monday
from klinik_app.services import revision_forecast
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

REVISION_ROLES = (DENTIST, HYGIENIST)


@dataclass(frozen=True, slots=True)
class CaregiverHours:
    hsa_id: str
    name: str
    role: str
    caregiver: Caregiver  # the pattern and the exceptions
    version: str  # what save_hours checks: a save elsewhere since this was read is refused


def swedish_holidays(first: date, end: date) -> set[date]:
    """Public and de facto holidays in [first, end)."""
    days = holidays.Sweden(years=range(first.year, end.year + 1), categories=("public", "de_facto"))
    return {day for day in days if first <= day < end}


def caregivers(ctx: ServiceContext) -> list[CaregiverHours]:
    """The active dentists and hygienists with their hours and exceptions, by name."""
    require(ctx, PLANNING_READ)
    with ctx.sessions() as s:
        return _caregivers(s)


def _caregivers(s) -> list[CaregiverHours]:
    staff = s.execute(select(StaffMember.hsa_id, StaffMember.name, StaffMember.role)
                      .where(StaffMember.active.is_(True), StaffMember.role.in_(REVISION_ROLES))
                      .order_by(StaffMember.name, StaffMember.hsa_id)).all()
    periods: dict[str, list[WorkPeriod]] = {}
    for h in s.scalars(select(WorkingHours).order_by(WorkingHours.weekday, WorkingHours.start_minute)):
        periods.setdefault(h.caregiver_hsa_id, []).append(
            WorkPeriod(h.weekday, h.start_minute, h.end_minute, h.revision_percent))
    exceptions: dict[str, list[CapacityException]] = {}
    for e in s.scalars(select(models.CapacityException).order_by(models.CapacityException.first_day)):
        exceptions.setdefault(e.caregiver_hsa_id, []).append(
            CapacityException(e.kind, e.first_day, e.last_day, e.start_minute, e.end_minute, e.revision_percent))
    return [CaregiverHours(hsa, name, role, Caregiver(hsa, role, tuple(periods.get(hsa, ())),
                                                      tuple(exceptions.get(hsa, ()))), _hours_version(s, hsa))
            for hsa, name, role in staff]


def hours_version(ctx: ServiceContext, hsa_id: str) -> str:
    """The version of a caregiver's saved hours, for save_hours (an empty schedule has one too)."""
    with ctx.sessions() as s:
        return _hours_version(s, hsa_id)


def _hours_version(s, hsa_id: str) -> str:
    # A save replaces every row, so the ids and row versions name what was read.
    rows = [("h", *r) for r in s.execute(select(WorkingHours.id, WorkingHours.row_version)
                                         .where(WorkingHours.caregiver_hsa_id == hsa_id))]
    rows += [("e", *r) for r in s.execute(select(models.CapacityException.id, models.CapacityException.row_version)
                                          .where(models.CapacityException.caregiver_hsa_id == hsa_id))]
    return ",".join(f"{kind}{ident}.{version}" for kind, ident, version in sorted(rows))


def save_hours(ctx: ServiceContext, hsa_id: str, periods: Sequence[WorkPeriod],
               exceptions: Sequence[CapacityException], *, expected_version: str) -> None:
    """Replace the caregiver's weekly pattern and exceptions in one transaction (the dialog shows them
    all), refused when they were saved elsewhere after `expected_version` was read (issue 10)."""
    require(ctx, PLANNING_MANAGE)
    for p in periods:
        _check_times(p.start_minute, p.end_minute, p.revision_percent, _weekday(p.weekday))
    for e in exceptions:
        if e.kind not in EXCEPTION_KINDS:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Okänt slag av undantag '{kind}'. Välj ledighet eller "
                                                             "extra dag."),
                               kind=e.kind)
        if e.last_day < e.first_day:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Undantaget {first_day}–{last_day} slutar innan det "
                                                             "börjar. Rätta datumen."),
                               first_day=e.first_day.isoformat(), last_day=e.last_day.isoformat())
        if e.kind == EXTRA:
            _check_times(e.start_minute, e.end_minute, e.revision_percent,
                         Text(QT_TRANSLATE_NOOP("services", "den extra dagen {day}"), day=e.first_day.isoformat()))
    now, who = ctx.now(), ctx.actor.user_id
    stamp = dict(created_at=now, created_by=who, modified_at=now, modified_by=who)
    with ctx.begin() as s:
        if s.scalar(select(StaffMember.id).where(StaffMember.hsa_id == hsa_id,
                                                 StaffMember.role.in_(REVISION_ROLES))) is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Arbetstider läggs bara in för tandläkare och "
                                                             "tandhygienister. Välj en av dem."))
        if _hours_version(s, hsa_id) != expected_version:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Arbetstiderna har sparats på en annan arbetsstation "
                                                             "sedan du öppnade dem. Ingenting sparades. Stäng och "
                                                             "öppna Arbetstider igen för att se dem; det du skrev "
                                                             "finns kvar här."))
        s.execute(delete(WorkingHours).where(WorkingHours.caregiver_hsa_id == hsa_id))
        s.execute(delete(models.CapacityException).where(models.CapacityException.caregiver_hsa_id == hsa_id))
        s.add_all(WorkingHours(caregiver_hsa_id=hsa_id, weekday=p.weekday, start_minute=p.start_minute,
                               end_minute=p.end_minute, revision_percent=p.revision_percent, **stamp)
                  for p in periods)
        s.add_all(models.CapacityException(
            caregiver_hsa_id=hsa_id, kind=e.kind, first_day=e.first_day, last_day=e.last_day,
            start_minute=e.start_minute if e.kind == EXTRA else None,
            end_minute=e.end_minute if e.kind == EXTRA else None,
            revision_percent=e.revision_percent if e.kind == EXTRA else None, **stamp) for e in exceptions)


def _weekday(n: int) -> Text:
    """The day's name as a refusal says it (a `Text`: the window shows it in its own language)."""
    if 0 <= n < len(WEEKDAYS):
        return Text(WEEKDAYS[n])
    return Text(QT_TRANSLATE_NOOP("services", "okänd veckodag"))


def _check_times(start: int | None, end: int | None, percent: int | None, what: str) -> None:
    if start is None or end is None or not 0 <= start < end <= 24 * 60:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Arbetstiden för {what} måste sluta efter att den börjar, "
                                                         "samma dag. Rätta tiderna."),
                           what=what)
    if percent is None or not 0 <= percent <= 100:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Andelen revisionstid för {what} ska vara mellan 0 och 100 "
                                                         "procent."),
                           what=what)


def booked_minutes(s, first: date, end: date) -> dict[tuple[str, date], int]:
    """(caregiver, Swedish day) -> minutes of booked revision appointments in [first, end)."""
    lo, hi = day_bounds(first, (end - first).days)
    minutes: dict[tuple[str, date], int] = {}
    rows = s.execute(select(models.Appointment.caregiver_hsa_id, models.Appointment.starts_at,
                            models.Appointment.minutes)
                     .where(models.Appointment.kind == "revision", models.Appointment.status == "booked",
                            models.Appointment.caregiver_hsa_id.is_not(None),
                            models.Appointment.starts_at >= lo, models.Appointment.starts_at < hi))
    for who, starts, length in rows:
        key = (who, local_day(starts if isinstance(starts, datetime) else datetime.fromisoformat(starts)))
        minutes[key] = minutes.get(key, 0) + length
    return minutes


@dataclass(frozen=True)
class Plan:
    """The forecast and the capacity of the same window."""

    forecast: Forecast
    capacity: dict[str, dict[date, Available]]  # WEEK | MONTH -> start -> minutes
    holidays: frozenset[date]

    @property
    def has_hours(self) -> bool:
        """Whether any revision time is entered at all (without it every week is short)."""
        return any(a.dentist or a.hygienist for a in self.capacity[WEEK].values())

    def balance(self, kind: str, dentist: str | None = None, listing_type: str | None = None) -> list[Balance]:
        lines = self.forecast.lines(kind, dentist, listing_type)
        return balance(((x.start, x.dentist_minutes, x.hygienist_minutes) for x in lines), self.capacity[kind])


def plan(ctx: ServiceContext, weeks: int = revision_forecast.WEEKS) -> Plan:
    """The forecast set against the revision minutes available, week by week and month by month.

    The capacity is the clinic's (every dentist and hygienist); the window starts today (the days of
    this week before today have passed)."""
    result = revision_forecast.forecast(ctx, weeks)
    first, end = ctx.today, result.end
    with ctx.sessions() as s:
        people = [c.caregiver for c in _caregivers(s)]
        booked = booked_minutes(s, first, end)
    free = swedish_holidays(first, end)
    days = daily(people, first, end, free, booked)
    capacity = {WEEK: per_period(days, monday), MONTH: per_period(days, lambda day: day.replace(day=1))}
    return Plan(result, capacity, frozenset(free))

