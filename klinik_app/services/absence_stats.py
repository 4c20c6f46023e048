"""Absence statistics per month (issue 5 item 6): absence rate, late cancellations, by age group and
appointment kind, fees charged and re-offers on time. Counts only, no patient: no access log entry.

A year is about a million appointments at region scale, so nothing here reads them all: the counts
come from appointment_month and the absences from the few rows marked absence_counted, both kept
exact by every writer (services.appointment_counts). Definitions:
- month: the Swedish month of the time's start;
- due: agreed, non-emergency times with an outcome (attended, no-show, late cancellation);
- absences: those that count (R-AB-6: agreed, not emergency, listed that day, a late cancellation
  only where the rule set counts it), decided when the outcome was set; rate = absences / due;
- age group: the age the patient turns in the year (year - birth year), as the target group counts
  age (R-TG-1: to 31 December of the year they turn 23): 3-5, 6-13, 14-15, 16-19, 20-23, else "Övriga";
- re-offered on time: a later non-emergency time was booked (created, Swedish day) by the R-AB-2
  deadline; the share counts absences whose deadline has passed (before today) or that were
  re-offered on time already.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import select

from klinik_app.db.models import Appointment, AppointmentMonth, Patient
from klinik_app.domain import absence as rules
from klinik_app.domain.dates import add_months
from klinik_app.domain.local_time import day_bounds, local_day
from klinik_app.domain.permissions import APPOINTMENT_READ
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import require

AGE_GROUPS = (("3–5", 3, 5), ("6–13", 6, 13), ("14–15", 14, 15), ("16–19", 16, 19), ("20–23", 20, 23))
OTHER_AGES = "Övriga"


@dataclass(frozen=True, slots=True)
class Figures:
    due: int = 0
    absences: int = 0
    late_cancellations: int = 0
    fees: int = 0  # absences charged a fee
    fee_sum: int = 0  # kronor
    reoffer_due: int = 0  # absences whose re-offer deadline has passed, or re-offered already
    reoffered: int = 0  # re-offered by the deadline

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def rate(self) -> float | None:
        return self.absences / self.due if self.due else None

    @property
    def reoffer_share(self) -> float | None:
        return self.reoffered / self.reoffer_due if self.reoffer_due else None


@dataclass(frozen=True, slots=True)
class AbsenceStatistics:
    first_month: date
    months: dict[date, Figures]  # the first day of each month, in order
    by_age: dict[str, Figures] = field(default_factory=dict)  # AGE_GROUPS order, then OTHER_AGES
    by_kind: dict[str, Figures] = field(default_factory=dict)  # the kinds with something to count

    @property
    def total(self) -> Figures:
        return sum(self.months.values(), Figures())


def age_group(age: int) -> str:
    return next((label for label, low, high in AGE_GROUPS if low <= age <= high), OTHER_AGES)


def year_statistics(ctx: ServiceContext, year: int) -> AbsenceStatistics:
    return _statistics(ctx, date(year, 1, 1), 12)


def month_statistics(ctx: ServiceContext, year: int, month: int) -> AbsenceStatistics:
    return _statistics(ctx, date(year, month, 1), 1)


def _statistics(ctx: ServiceContext, first: date, months: int) -> AbsenceStatistics:
    require(ctx, APPOINTMENT_READ)
    starts = [add_months(first, n) for n in range(months + 1)]
    book = ctx.rules.absence
    # Summed per (month, kind, birth year) first: tens of thousands of absences, a few thousand groups.
    groups: dict[tuple[date, str, int], list[int]] = defaultdict(lambda: [0] * len(fields(Figures)))
    counts = (select(AppointmentMonth.month, AppointmentMonth.kind, AppointmentMonth.birth_year, AppointmentMonth.due,
                     AppointmentMonth.late_cancellations, AppointmentMonth.fees, AppointmentMonth.fee_sum)
              .where(AppointmentMonth.month >= starts[0], AppointmentMonth.month < starts[-1]))
    absences = (select(Appointment.starts_at, Appointment.kind, Patient.birth_date, Appointment.first_agreed_start,
                       Appointment.reoffered_on)
                .join(Patient, Patient.id == Appointment.patient_id)
                .where(Appointment.absence_counted, Appointment.starts_at >= day_bounds(starts[0])[0],
                       Appointment.starts_at < day_bounds(starts[-1])[0]))
    with ctx.sessions() as s:
        for month, kind, birth_year, due, late, charged, fee_sum in s.execute(counts):
            group = groups[month, kind, birth_year]
            group[_DUE] += due
            group[_LATE] += late
            group[_FEES] += charged
            group[_FEE_SUM] += fee_sum
        for starts_at, kind, birth, first_agreed, reoffered in s.execute(absences):
            deadline = rules.reoffer_deadline(local_day(first_agreed or starts_at), book)
            on_time = reoffered is not None and reoffered <= deadline
            group = groups[local_day(starts_at).replace(day=1), kind, birth.year]
            group[_ABSENCES] += 1
            group[_REOFFER_DUE] += on_time or deadline < ctx.today
            group[_REOFFERED] += on_time
    by_month = {d: Figures() for d in starts[:-1]}
    by_age = {label: Figures() for label, _low, _high in AGE_GROUPS} | {OTHER_AGES: Figures()}
    by_kind: dict[str, Figures] = {}
    for (month, kind, birth_year), values in groups.items():
        figures = Figures(*values)
        by_month[month] += figures
        by_age[age_group(month.year - birth_year)] += figures
        by_kind[kind] = by_kind.get(kind, Figures()) + figures
    # A kind with nothing to count is left out (a count that fell back to 0 keeps its row).
    return AbsenceStatistics(first, by_month, by_age, {k: f for k, f in by_kind.items() if f != Figures()})


_DUE, _ABSENCES, _LATE, _FEES, _FEE_SUM, _REOFFER_DUE, _REOFFERED = range(len(fields(Figures)))
