"""Chair time for revisions (issue 12 part 2): minutes available per week and month per role, and the
forecast set against them.

Pure. A caregiver works a weekly pattern (periods of a weekday, each with the share kept for
revisions); public holidays (the service gives the dates, from `holidays.Sweden`) and leave are not
worked; an extra day replaces the pattern of its day and is worked even on a holiday (it was entered
for that day). Booked revision appointments use revision time: the day's minutes less what is booked,
never below nothing. Only dentists and hygienists do revisions (R-RV-5).

Where the need goes: a revision that requires a dentist only on dentists' time; one a hygienist may
do on hygienists' time first and then on the dentists' time left over.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.messages import QT_TRANSLATE_NOOP

ABSENCE = "absence"
EXTRA = "extra"
EXCEPTION_KINDS = (ABSENCE, EXTRA)
# Monday first, as a refusal names the day ("Arbetstiden för måndag ..."); marked, the window translates them.
WEEKDAYS = (QT_TRANSLATE_NOOP("domain", "måndag"), QT_TRANSLATE_NOOP("domain", "tisdag"),
            QT_TRANSLATE_NOOP("domain", "onsdag"), QT_TRANSLATE_NOOP("domain", "torsdag"),
            QT_TRANSLATE_NOOP("domain", "fredag"), QT_TRANSLATE_NOOP("domain", "lördag"),
            QT_TRANSLATE_NOOP("domain", "söndag"))


@dataclass(frozen=True, slots=True)
class WorkPeriod:
    weekday: int  # 0 Monday .. 6 Sunday
    start_minute: int  # after midnight, Swedish local time
    end_minute: int
    revision_percent: int  # share of the period kept for revisions, 0-100

    @property
    def revision_minutes(self) -> int:
        return max(self.end_minute - self.start_minute, 0) * self.revision_percent // 100


@dataclass(frozen=True, slots=True)
class CapacityException:
    kind: str  # absence | extra
    first_day: date
    last_day: date
    start_minute: int | None = None  # extra days only
    end_minute: int | None = None
    revision_percent: int | None = None

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    @property
    def revision_minutes(self) -> int:
        if self.kind != EXTRA or self.start_minute is None or self.end_minute is None:
            return 0
        return WorkPeriod(0, self.start_minute, self.end_minute, self.revision_percent or 0).revision_minutes


@dataclass(frozen=True, slots=True)
class Caregiver:
    hsa_id: str
    role: str  # tandlakare | tandhygienist (others do no revisions)
    periods: tuple[WorkPeriod, ...] = ()
    exceptions: tuple[CapacityException, ...] = ()

    def revision_minutes_on(self, day: date, holidays: frozenset[date] | set[date]) -> int:
        """The revision minutes of one day by the pattern, holidays and exceptions (module docstring)."""
        if any(e.kind == ABSENCE and e.covers(day) for e in self.exceptions):
            return 0
        extra = [e for e in self.exceptions if e.kind == EXTRA and e.covers(day)]
        if extra:
            return sum(e.revision_minutes for e in extra)
        if day in holidays:
            return 0
        weekday = day.weekday()
        return sum(p.revision_minutes for p in self.periods if p.weekday == weekday)


@dataclass(frozen=True, slots=True)
class Available:
    """Revision minutes of a week or a month by role."""

    start: date
    dentist: int = 0
    hygienist: int = 0


def daily(caregivers: Iterable[Caregiver], first: date, end: date, holidays: set[date],
          booked: Mapping[tuple[str, date], int]) -> dict[date, tuple[int, int]]:
    """(dentist, hygienist) revision minutes of every day of [first, end).

    `booked`: (caregiver HSA-ID, day) -> minutes of booked revision appointments.
    """
    days = [first + timedelta(days=n) for n in range((end - first).days)]
    sums = {day: [0, 0] for day in days}
    for caregiver in caregivers:
        if caregiver.role not in (DENTIST, HYGIENIST):
            continue
        column = 0 if caregiver.role == DENTIST else 1
        by_weekday = [sum(p.revision_minutes for p in caregiver.periods if p.weekday == n) for n in range(7)]
        for day in days:
            if caregiver.exceptions:
                minutes = caregiver.revision_minutes_on(day, holidays)
            else:  # the pattern alone (most days of most caregivers): no scan of the exceptions
                minutes = 0 if day in holidays else by_weekday[day.weekday()]
            if minutes:
                sums[day][column] += max(minutes - booked.get((caregiver.hsa_id, day), 0), 0)
    return {day: (d, h) for day, (d, h) in sums.items()}


def per_period(days: Mapping[date, tuple[int, int]], period_of) -> dict[date, Available]:
    """The days summed per period (`period_of(day)` gives its start: a Monday or a month's first)."""
    sums: dict[date, list[int]] = {}
    for day, (dentist, hygienist) in days.items():
        row = sums.setdefault(period_of(day), [0, 0])
        row[0] += dentist
        row[1] += hygienist
    return {start: Available(start, *values) for start, values in sums.items()}


@dataclass(frozen=True, slots=True)
class Balance:
    """A period's need against its capacity (minutes)."""

    start: date
    dentist_needed: int
    hygienist_needed: int
    dentist_available: int
    hygienist_available: int

    @property
    def needed(self) -> int:
        return self.dentist_needed + self.hygienist_needed

    @property
    def capacity(self) -> int:
        return self.dentist_available + self.hygienist_available

    @property
    def shortfall(self) -> int:
        """Minutes that find no one: dentist-required first on dentists, the rest on whoever is left."""
        dentists_short = max(self.dentist_needed - self.dentist_available, 0)
        dentists_left = max(self.dentist_available - self.dentist_needed, 0)
        return dentists_short + max(self.hygienist_needed - self.hygienist_available - dentists_left, 0)


def balance(needed: Iterable[tuple[date, int, int]], capacity: Mapping[date, Available]) -> list[Balance]:
    """(start, dentist-required minutes, hygienist-possible minutes) per period against the capacity."""
    return [Balance(start, dentist, hygienist, capacity.get(start, Available(start)).dentist,
                    capacity.get(start, Available(start)).hygienist) for start, dentist, hygienist in needed]
