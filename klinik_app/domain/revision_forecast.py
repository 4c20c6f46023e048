"""Revisions falling due per ISO week and per month (issue 12 part 1): the planning forecast.

Pure. The service brings one row per listed patient (PatientDue: the stored due date of
services.revision_due plus what a recurrence needs) and gets back counts and minutes per period,
split by what the rules demand (dentist required: R-RV-3, R-RV-4, R-RV-6; hygienist possible
otherwise), by responsible dentist and by listing type, and the overdue backlog as its own bucket.

Recurrences [planning assumption]: a revision is taken to be done on its due date (an overdue one on
today), by a dentist when one is required and by a hygienist otherwise, with the patient's last
planned interval kept. The next due date is then domain.revision.compute_due over that assumed
history, so the age caps (R-RV-2, R-RV-3), the bite check (R-RV-6) and the end of free care (R-RV-9)
apply exactly as they do to real examinations. A patient with a booked future revision counts as
planned on that day (its minutes are already booked, services.capacity) and recurs from there.
Staff's recall overrides and pauses (services.recall) are not applied: the forecast shows what the
rules demand, the worklist what staff decided for each patient.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from klinik_app.domain.dates import add_months, age_on
from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.revision import ExamRecord, compute_due
from klinik_app.domain.ruleset import RuleSet

WEEK = "week"
MONTH = "month"
AGE_GROUPS = ((3, 5), (6, 15), (16, 23))  # revision lengths are set per age group (services.settings)
UNKNOWN_RISK = 1  # no graded examination yet: the middle length, neither the shortest nor the longest


@dataclass(frozen=True, slots=True)
class PatientDue:
    """What the forecast needs of one listed patient."""

    birth_date: date
    due: date | None  # the stored due date (None: no revision within Hälsoval)
    requires_dentist: bool
    last_exam: date | None
    last_dentist_exam: date | None
    interval_months: int | None  # as planned at the last revision (None: the age cap, as compute_due reads it)
    risk_group: int | None  # R-RV-10, of the last revision
    dentist: str  # responsible dentist's HSA-ID, "" when none (R-LI-6)
    listing_type: str  # val | icke-val
    listing_end: date | None = None  # a listing ending earlier than free care does
    booked: date | None = None  # the first booked future revision


@dataclass(frozen=True, slots=True)
class RevisionLengths:
    """Minutes of a revision appointment per age group (AGE_GROUPS order) and risk group 0, 1, 2."""

    minutes: tuple[tuple[int, int, int], ...]

    def of(self, age: int, risk: int | None) -> int:
        risk = UNKNOWN_RISK if risk is None else min(max(risk, 0), 2)
        for index, (_low, high) in enumerate(AGE_GROUPS):
            if age <= high:
                return self.minutes[index][risk]
        return self.minutes[-1][risk]

    def table(self) -> dict[tuple[int, int | None], int]:
        """(age, risk) -> minutes for every age of the target group: the forecast's lookup."""
        return {(age, risk): self.of(age, risk) for age in range(AGE_GROUPS[-1][1] + 2) for risk in (None, 0, 1, 2)}


@dataclass(frozen=True, slots=True)
class PeriodLine:
    """One week or month of the forecast as the table and the chart show it."""

    start: date  # the Monday of the ISO week, or the first of the month
    dentist: int = 0  # revisions falling due that require a dentist
    hygienist: int = 0  # ... that a hygienist may do
    dentist_minutes: int = 0
    hygienist_minutes: int = 0
    planned: int = 0  # booked revisions (not due: already in the appointment book)

    @property
    def due(self) -> int:
        return self.dentist + self.hygienist


@dataclass
class Forecast:
    today: date
    first_week: date  # Monday of today's ISO week
    end: date  # first day after the window
    # (WEEK|MONTH, start, requires_dentist, dentist, listing_type) -> [count, minutes]
    cells: dict[tuple, list[int]] = field(default_factory=dict)
    # (requires_dentist, dentist, listing_type) -> [count, minutes]: due before today, not booked
    backlog: dict[tuple, list[int]] = field(default_factory=dict)
    # (WEEK|MONTH, start, dentist, listing_type) -> count
    planned: dict[tuple, int] = field(default_factory=dict)

    def periods(self, kind: str) -> list[date]:
        if kind == WEEK:
            return [self.first_week + timedelta(days=7 * n) for n in range((self.end - self.first_week).days // 7)]
        months, month = [], self.today.replace(day=1)
        while month < self.end:
            months.append(month)
            month = add_months(month, 1)
        return months

    def lines(self, kind: str, dentist: str | None = None, listing_type: str | None = None) -> list[PeriodLine]:
        """Every period of the window, filtered by responsible dentist and listing type (None: all)."""
        sums: dict[date, list[int]] = {start: [0, 0, 0, 0, 0] for start in self.periods(kind)}
        for (k, start, needs_dentist, who, kind_of_listing), (count, minutes) in self.cells.items():
            if k != kind or not _wanted(who, kind_of_listing, dentist, listing_type) or start not in sums:
                continue
            row = sums[start]
            row[0 if needs_dentist else 1] += count
            row[2 if needs_dentist else 3] += minutes
        for (k, start, who, kind_of_listing), count in self.planned.items():
            if k == kind and start in sums and _wanted(who, kind_of_listing, dentist, listing_type):
                sums[start][4] += count
        return [PeriodLine(start, *values) for start, values in sums.items()]

    def backlog_line(self, dentist: str | None = None, listing_type: str | None = None) -> PeriodLine:
        values = [0, 0, 0, 0]
        for (needs_dentist, who, kind_of_listing), (count, minutes) in self.backlog.items():
            if _wanted(who, kind_of_listing, dentist, listing_type):
                values[0 if needs_dentist else 1] += count
                values[2 if needs_dentist else 3] += minutes
        return PeriodLine(self.today, *values)

    def dentists(self) -> list[str]:
        """The responsible dentists with something in the forecast ("" = none)."""
        return sorted({key[3] for key in self.cells} | {key[1] for key in self.backlog})


def _wanted(who: str, kind_of_listing: str, dentist: str | None, listing_type: str | None) -> bool:
    return (dentist is None or who == dentist) and (listing_type is None or kind_of_listing == listing_type)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def forecast(patients: Iterable[PatientDue], today: date, weeks: int, rules: RuleSet,
             lengths: RevisionLengths) -> Forecast:
    """The revisions of the window [today, Monday of today's week + `weeks` weeks)."""
    first_week = monday(today)
    result = Forecast(today, first_week, first_week + timedelta(days=7 * weeks))
    end, cells, planned, backlog = result.end, result.cells, result.planned, result.backlog
    # Hot (every listed patient, a recurrence or two each): lookups made once per distinct value.
    periods = _Periods()
    minutes_of = lengths.table()
    records: dict[tuple, ExamRecord] = {}

    def record(on: date, role: str, interval: int | None) -> ExamRecord:
        key = (on, role, interval)
        made = records.get(key)
        if made is None:
            made = records[key] = ExamRecord(on, role, interval)
        return made

    def count(on: date, needs_dentist: bool, p: PatientDue) -> None:
        age = age_on(p.birth_date, on)
        minutes = minutes_of.get((age, p.risk_group)) or lengths.of(age, p.risk_group)
        week, month = periods[on]
        for key in ((WEEK, week, needs_dentist, p.dentist, p.listing_type),
                    (MONTH, month, needs_dentist, p.dentist, p.listing_type)):
            cell = cells.get(key)
            if cell is None:
                cells[key] = [1, minutes]
            else:
                cell[0] += 1
                cell[1] += minutes

    for p in patients:
        stop = end if p.listing_end is None or p.listing_end >= end else p.listing_end + timedelta(days=1)
        last_dentist = p.last_dentist_exam
        if p.booked is not None:
            done_on, by_dentist = p.booked, p.requires_dentist
            if p.booked < end:
                week, month = periods[p.booked]
                for key in ((WEEK, week, p.dentist, p.listing_type), (MONTH, month, p.dentist, p.listing_type)):
                    planned[key] = planned.get(key, 0) + 1
        elif p.due is None:
            continue
        elif p.due < today:
            key = (p.requires_dentist, p.dentist, p.listing_type)
            cell = backlog.setdefault(key, [0, 0])
            cell[0] += 1
            cell[1] += lengths.of(age_on(p.birth_date, p.due), p.risk_group)
            done_on, by_dentist = today, p.requires_dentist
        elif p.due < stop:
            count(p.due, p.requires_dentist, p)
            done_on, by_dentist = p.due, p.requires_dentist
        else:
            continue
        # The recurrences inside the window, each from the one before (module docstring).
        while True:
            if by_dentist:
                last_dentist = done_on
                history = (record(done_on, DENTIST, p.interval_months),)
            elif last_dentist is not None:
                history = (record(done_on, HYGIENIST, p.interval_months), record(last_dentist, DENTIST, None))
            else:
                history = (record(done_on, HYGIENIST, p.interval_months),)
            nxt = compute_due(p.birth_date, history, done_on, rules)
            if nxt.due is None or nxt.due >= stop:
                break
            if nxt.due <= done_on:  # an overdue revision whose dentist cap has passed too: a dentist does it
                by_dentist = True
                continue
            count(nxt.due, nxt.requires_dentist, p)
            done_on, by_dentist = nxt.due, nxt.requires_dentist
    return result


class _Periods(dict):
    """day -> (the Monday of its ISO week, the first of its month)."""

    def __missing__(self, day: date) -> tuple[date, date]:
        value = self[day] = (day - timedelta(days=day.weekday()), day.replace(day=1))
        return value
