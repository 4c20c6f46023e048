"""Proposed revision times for a period (issue 12 part 3): who goes where, and when.

Pure. The service brings the patients due (Candidate), each caregiver's bookable time (Chair: the
working periods of every day less what is booked, and the day's revision budget) and the
interpreters already booked; `propose` places the patients one household at a time.

The rules it keeps:
- Never after the due date (the patient's staff date where set). A patient due before the period
  starts is overdue by then: those come first, oldest due first, at the earliest free time. The
  rest are placed as close before their due date as the chairs allow (searching back from it), so
  the interval the examiner chose is kept.
- The right role: a dentist when the rules demand one (R-RV-3, R-RV-4, R-RV-6 on the due date) and
  also when the patient is of bite-check age on the day of the time (R-RV-6 applies to the day of
  the examination); otherwise a hygienist first and a dentist's time when no hygienist has any.
  The responsible dentist (R-LI-6) is tried before the other dentists.
- Siblings at one address back to back with one caregiver (the strictest role of them), on a day
  no later than any of their due dates; when no such block exists they are placed one by one.
- School hours avoided on weekdays for patients of school age on the day, when the clinic wants it.
- A patient who needs an interpreter gets the longer time (the service adds the minutes), and no
  two interpreted times in one language overlap: the booking reserves that language's interpreter.
- A day's revision budget (domain.capacity: the share of the working periods kept for revisions,
  less the revisions already booked) is never exceeded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from klinik_app.domain.capacity import ABSENCE, EXTRA, Caregiver
from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text

STEP = 5  # minutes: proposed times start on a multiple of five
# Who a revision needs, as the reason a patient got no time names it ("... hos {role} ..."); marked, the window
# translates them.
ROLE_WORDS = {DENTIST: QT_TRANSLATE_NOOP("domain", "tandläkare"),
              HYGIENIST: QT_TRANSLATE_NOOP("domain", "tandläkare eller tandhygienist")}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A patient to propose a time for."""

    patient_id: int
    birth_date: date
    due: date  # the staff date where set, else the computed one
    requires_dentist: bool  # on the due date (services.revision_due)
    minutes: int  # the revision's length, the interpreter's extra minutes included
    household: str = ""  # the same non-empty key: siblings at one address ("" never grouped)
    dentist: str = ""  # responsible dentist's HSA-ID (R-LI-6), tried first when a dentist is needed
    interpreter: str | None = None  # the language, when the patient needs an interpreter


@dataclass(frozen=True, slots=True)
class Options:
    first: date
    last: date
    school_hours: tuple[int, int] | None = None  # (start, end) minutes after midnight; None: not avoided
    school_ages: tuple[int, int] = (6, 18)
    bite_check_ages: tuple[int, int] = (6, 13)  # R-RV-6, from the rule set


@dataclass(frozen=True, slots=True)
class Proposal:
    patient_id: int
    caregiver_hsa_id: str
    role: str
    starts: datetime  # Swedish local time, naive
    minutes: int
    due: date
    overdue: bool  # due before the period started
    dentist_required: bool  # on this day (the planner's role rule): a hygienist may not take it
    interpreter: str | None = None
    household: str = ""  # shared by siblings placed back to back


@dataclass(frozen=True, slots=True)
class Unplaced:
    patient_id: int
    due: date
    reason: str  # Swedish


@dataclass
class Day:
    """A caregiver's bookable time on one day."""

    free: list[list[int]]  # [start, end) minute intervals, sorted and disjoint
    budget: int  # revision minutes left


@dataclass
class Chair:
    hsa_id: str
    role: str
    days: dict[date, Day] = field(default_factory=dict)


def chairs(caregivers: Iterable[Caregiver], first: date, last: date, holidays: set[date] | frozenset[date],
           busy: dict[tuple[str, date], list[tuple[int, int]]],
           booked_revisions: dict[tuple[str, date], int]) -> list[Chair]:
    """Each dentist's and hygienist's days of [first, last]: the working periods (an extra day's hours
    instead of the pattern, nothing on leave or a holiday) less the busy intervals (every booked time),
    and the revision minutes of the day less the revisions booked (domain.capacity)."""
    result = []
    for c in caregivers:
        if c.role not in (DENTIST, HYGIENIST):
            continue
        chair = Chair(c.hsa_id, c.role)
        day = first
        while day <= last:
            periods = _periods_of(c, day, holidays)
            budget = c.revision_minutes_on(day, holidays) - booked_revisions.get((c.hsa_id, day), 0)
            if periods and budget > 0:
                free = _subtract(periods, sorted(busy.get((c.hsa_id, day), ())))
                if free:
                    chair.days[day] = Day(free, budget)
            day += timedelta(days=1)
        result.append(chair)
    return result


def _periods_of(c: Caregiver, day: date, holidays) -> list[list[int]]:
    if any(e.kind == ABSENCE and e.covers(day) for e in c.exceptions):
        return []
    extra = [e for e in c.exceptions if e.kind == EXTRA and e.covers(day)]
    if extra:
        return _merged([[e.start_minute, e.end_minute] for e in extra if e.revision_minutes > 0])
    if day in holidays:
        return []
    return _merged([[p.start_minute, p.end_minute] for p in c.periods
                    if p.weekday == day.weekday() and p.revision_minutes > 0])


def _merged(intervals: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        elif start < end:
            out.append([start, end])
    return out


def _subtract(free: list[list[int]], busy: Sequence[tuple[int, int]]) -> list[list[int]]:
    for b_start, b_end in busy:
        cut = []
        for start, end in free:
            if b_end <= start or b_start >= end:
                cut.append([start, end])
                continue
            if start < b_start:
                cut.append([start, b_start])
            if b_end < end:
                cut.append([b_end, end])
        free = cut
    return free


def _align(minute: int) -> int:
    return -(-minute // STEP) * STEP


def propose(candidates: Iterable[Candidate], chairs_: list[Chair], options: Options,
            interpreters: dict[tuple[str, date], list[tuple[int, int]]] | None = None
            ) -> tuple[list[Proposal], list[Unplaced]]:
    """Place every candidate (module docstring); `chairs_` and `interpreters` (language, day) ->
    booked intervals are used up as times are proposed."""
    booked = {key: list(value) for key, value in (interpreters or {}).items()}
    planner = _Planner(chairs_, options, booked)
    proposals: list[Proposal] = []
    unplaced: list[Unplaced] = []
    for group in _households(candidates, options.first):
        placed = planner.place(group) if len(group) > 1 else None
        if placed is None:  # alone, or siblings without a common block: one by one
            for patient in group:
                one = planner.place([patient])
                if one is None:
                    unplaced.append(Unplaced(patient.patient_id, patient.due, planner.reason([patient])))
                else:
                    proposals += one
        else:
            proposals += placed
    proposals.sort(key=lambda p: (p.starts, p.caregiver_hsa_id))
    return proposals, unplaced


def _households(candidates: Iterable[Candidate], first: date) -> list[list[Candidate]]:
    """Siblings together; the overdue first (oldest due first), then by due date."""
    groups: dict[str, list[Candidate]] = {}
    alone: list[list[Candidate]] = []
    for c in candidates:
        if c.household:
            groups.setdefault(c.household, []).append(c)
        else:
            alone.append([c])
    everyone = alone + [sorted(g, key=lambda c: (c.due, c.patient_id)) for g in groups.values()]

    def key(group: list[Candidate]) -> tuple:
        earliest = min(c.due for c in group)
        return (earliest >= first, earliest, group[0].patient_id)
    return sorted(everyone, key=key)


class _Planner:
    def __init__(self, chairs_: list[Chair], options: Options,
                 interpreters: dict[tuple[str, date], list[tuple[int, int]]]) -> None:
        self.options = options
        self.interpreters = interpreters
        self.dentists = [c for c in chairs_ if c.role == DENTIST]
        self.hygienists = [c for c in chairs_ if c.role == HYGIENIST]
        self.days = sorted({day for c in chairs_ for day in c.days})

    def _needs_dentist(self, group: list[Candidate], day: date) -> bool:
        low, high = self.options.bite_check_ages
        return any(c.requires_dentist or low <= age_on(c.birth_date, day) <= high for c in group)

    def _order(self, group: list[Candidate], day: date) -> list[Chair]:
        wanted = {c.dentist for c in group if c.dentist}
        dentists = sorted(self.dentists, key=lambda chair: chair.hsa_id not in wanted)
        return dentists if self._needs_dentist(group, day) else self.hygienists + dentists

    def _search_days(self, group: list[Candidate]) -> list[date]:
        first = self.options.first
        overdue = any(c.due < first for c in group)
        latest = min([c.due for c in group if c.due >= first] or [self.options.last])
        days = [d for d in self.days if first <= d <= min(latest, self.options.last)]
        return days if overdue else days[::-1]  # the overdue as early as possible, the rest close to due

    def place(self, group: list[Candidate]) -> list[Proposal] | None:
        total = sum(c.minutes for c in group)
        for day in self._search_days(group):
            forbidden = self._forbidden(group, day)
            for chair in self._order(group, day):
                d = chair.days.get(day)
                if d is None or d.budget < total:
                    continue
                start = _first_fit(d.free, total, forbidden)
                if start is not None:
                    return self._book(group, chair, day, d, start)
        return None

    def _forbidden(self, group: list[Candidate], day: date) -> list[tuple[int, int]]:
        """Intervals the group's block may not touch: school hours, the interpreters' booked times."""
        out: list[tuple[int, int]] = []
        low, high = self.options.school_ages
        if (self.options.school_hours and day.weekday() < 5
                and any(low <= age_on(c.birth_date, day) <= high for c in group)):
            out.append(self.options.school_hours)
        for language in {c.interpreter for c in group if c.interpreter}:
            out += self.interpreters.get((language, day), ())
        return sorted(out)

    def _book(self, group: list[Candidate], chair: Chair, day: date, d: Day, start: int) -> list[Proposal]:
        total = sum(c.minutes for c in group)
        d.free = _subtract(d.free, [(start, start + total)])
        d.budget -= total
        proposals, at = [], start
        household = group[0].household if len(group) > 1 else ""
        needs_dentist = self._needs_dentist(group, day)
        for c in group:
            if c.interpreter:
                self.interpreters.setdefault((c.interpreter, day), []).append((at, at + c.minutes))
            proposals.append(Proposal(c.patient_id, chair.hsa_id, chair.role,
                                      datetime.combine(day, time(at // 60, at % 60)), c.minutes, c.due,
                                      c.due < self.options.first, needs_dentist, c.interpreter, household))
            at += c.minutes
        return proposals

    def reason(self, group: list[Candidate]) -> Text:
        """Why the group got no time (Swedish; a `Text` the window translates)."""
        day = min(group[0].due, self.options.last)
        role = Text(ROLE_WORDS[DENTIST if self._needs_dentist(group, max(day, self.options.first)) else HYGIENIST])
        return Text(QT_TRANSLATE_NOOP("domain", "Ingen ledig tid hos {role} under perioden.")
                    if group[0].due < self.options.first
                    else QT_TRANSLATE_NOOP("domain", "Ingen ledig tid före revisionsdatumet hos {role} under perioden."),
                    role=role)


def _first_fit(free: list[list[int]], length: int, forbidden: list[tuple[int, int]]) -> int | None:
    """The earliest start of a block of `length` inside one free interval touching nothing forbidden."""
    for start, end in free:
        at = _align(start)
        while at + length <= end:
            clash = next(((f_start, f_end) for f_start, f_end in forbidden
                          if f_start < at + length and at < f_end), None)
            if clash is None:
                return at
            at = _align(clash[1])
    return None
