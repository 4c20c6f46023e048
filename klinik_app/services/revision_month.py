"""R-RP-1 at region scale: the revision figures of completed month ends, taken once and kept as taken.

What is overdue on a past day needs every due date computed as of that day (examinations recorded
after it do not count), some 13 s for a region. So a completed month's figures are computed once,
the first time an indicator needs them or when the listing month-end snapshots are taken
(services.snapshots), and stored per due-date reason in `revision_month`. Like the snapshots
(R-LI-8) they are then never recomputed: an examination recorded or corrected afterwards changes
the live figures, not a taken month. Every reason has a row (zeros included), so a month without
listed patients is still known as taken.

Many months are taken in one pass: the examinations and listings are read once, and a patient's due
date is computed once per stretch of months in which no examination of theirs falls.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from klinik_app.db.models import RevisionMonth
from klinik_app.domain import indicators as ind
from klinik_app.domain.revision import CARE_ENDS, DENTIST_CAP, FIRST_EXAM, INTERVAL_CAP, PLANNED_INTERVAL, compute_due
from klinik_app.services import revision_due, taken_months
from klinik_app.services.context import ServiceContext

# What the listing snapshot run takes ahead (the dashboard's trend); older months when first asked for.
AHEAD_MONTHS = 24
REASONS = (FIRST_EXAM, PLANNED_INTERVAL, INTERVAL_CAP, DENTIST_CAP, CARE_ENDS)
_EXAMINED = date.min  # the predicates ask only whether there is a last examination, not its date
_NO_BIRTH_YEAR = date.min  # a birth year that makes no one 3 in the months taken

Figures = dict[str, list[int]]  # reason -> domain.indicators.REVISION_COUNTS


completed = taken_months.completed  # services.indicators asks here which months can be taken


def take(ctx: ServiceContext, days: Iterable[date]) -> int:
    """Take the completed month ends among these days that are not taken yet; returns how many were taken."""
    return taken_months.take(ctx, days, RevisionMonth, stored, _rows)


def stored(s: Session, month_ends: Iterable[date]) -> dict[date, Figures]:
    """The taken months among these: month end -> reason -> counts."""
    columns = [getattr(RevisionMonth, c) for c in ind.REVISION_COUNTS]
    figures: dict[date, Figures] = {}
    for day, reason, *counts in taken_months.stored_rows(s, RevisionMonth, month_ends, RevisionMonth.reason, *columns):
        figures.setdefault(day, {})[reason] = list(counts)
    return figures


def _rows(s: Session, ctx: ServiceContext, missing: list[date]) -> list[dict]:
    return [{"month_end": m, "reason": reason, **dict(zip(ind.REVISION_COUNTS, figures.get(reason, _zeros())))}
            for m, figures in compute(s, ctx, missing).items() for reason in REASONS]


def _zeros() -> list[int]:
    return [0] * len(ind.REVISION_COUNTS)


def compute(s: Session, ctx: ServiceContext, ends: list[date]) -> dict[date, Figures]:
    """The figures of each month end (sorted) as of that day, from the data as it is now."""
    listed = _listed_months(s, ends)
    with revision_due.gc_paused():
        births = dict(revision_due._select(s, "SELECT id, birth_date FROM patient"))
        exams = revision_due._select(
            s, "SELECT patient_id, examined_on, examiner_role, planned_interval_months FROM examination "
               f"WHERE examined_on <= '{ends[-1].isoformat()}' ORDER BY patient_id, examined_on")
        history_of = dict(revision_due.exams_by_patient(exams))
        alike = _alike_stretches(listed, births, history_of, ends, ctx)
    # Each group of alike patients counted on each month end of its stretch.
    rows_of: list[list[tuple]] = [[] for _ in ends]
    for (lo, hi, birth, due, reason, examined, dentist_examined), n in alike.items():
        row = (birth, due, reason, _EXAMINED if examined else None, _EXAMINED if dentist_examined else None, n)
        for i in range(lo, hi):
            rows_of[i].append(row)
    return {m: ind.tally_revisions(rows, m) for m, rows in zip(ends, rows_of)}


def _listed_months(s: Session, ends: list[date]) -> dict[int, list[tuple[int, int]]]:
    """patient id -> the runs [lo, hi) of month-end indexes on which a listing of theirs is active
    (domain.listing.effective_status, as services.indicators reads it)."""
    rows = revision_due._select(
        s, "SELECT patient_id, start_date, end_date FROM listing WHERE status <> 'entered-in-error' "
           "AND NOT (status = 'finished' AND end_date IS NULL) "
           f"AND start_date <= '{ends[-1].isoformat()}' AND (end_date IS NULL OR end_date >= '{ends[0].isoformat()}')")
    runs: dict[int, list[tuple[int, int]]] = {}
    for patient_id, start, end in rows:
        lo = bisect_left(ends, revision_due._as_date(start))
        hi = len(ends) if end is None else bisect_right(ends, revision_due._as_date(end))
        if lo < hi:
            runs.setdefault(patient_id, []).append((lo, hi))
    return runs


def _alike_stretches(listed: dict[int, list[tuple[int, int]]], births: dict, history_of: dict,
                     ends: list[date], ctx: ServiceContext) -> Counter:
    """(lo, hi, birth, due, reason, examined, dentist examined) -> patients: stretches of month ends on
    which a patient is listed and their due date cannot change (no examination of theirs falls in it)."""
    years = {m.year for m in ends}
    every_month = revision_due.depends_on_today(ctx.rules)  # then the day itself moves the due date
    alike: Counter = Counter()
    for patient_id, runs in listed.items():
        history = history_of.get(patient_id, ())
        born = revision_due._as_date(births[patient_id])
        birth = date(born.year, 1, 1) if ind.third_birthday_year(born) in years else _NO_BIRTH_YEAR
        cuts = {bisect_left(ends, e.examined_on) for e in history}  # from which month end each exam counts
        for lo, hi in _merged(runs):
            bounds = sorted({lo, hi} | {c for c in (range(lo, hi) if every_month else cuts) if lo < c < hi})
            for a, b in zip(bounds, bounds[1:]):
                d = compute_due(born, history, ends[a], ctx.rules)
                alike[a, b, birth, d.due, d.reason, d.last_exam is not None, d.last_dentist_exam is not None] += 1
    return alike


def _merged(runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping listings count a patient once."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(runs):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged
