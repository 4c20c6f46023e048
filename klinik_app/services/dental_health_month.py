"""R-RP-1, R-RV-8: the dental-health sums by age, read live or, for a completed month, as taken.

A period's figures come from each patient's latest revision examination in it (domain.indicators):
per age and measure (deft, DFT) the patients with a value, the sum of the values and how many are 0.
A completed month's sums are taken once, the first time an indicator needs them or when the listing
month-end snapshots are taken (services.snapshots), and stored in `dental_health_month`; like the
revision figures (services.revision_month) they are then never recomputed: an examination recorded
or corrected afterwards changes the live figures, not a taken month. Every age and measure has a row
(zeros included), so a month without examinations is still known as taken.

The live queries read only the patients born in the years that make them one of the ages followed
up in the period's years (an index on the birth date), not every examination of the period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from klinik_app.db.models import DentalHealthMonth, Examination, Patient
from klinik_app.domain import indicators as ind
from klinik_app.domain.capitation import month_end
from klinik_app.domain.examination import REVISION_ROLES
from klinik_app.services import taken_months
from klinik_app.services.context import ServiceContext

COLUMNS = ("deft", "dft")
AGES = sorted({age for age, _column, _free in ind.HEALTH.values()})
Sums = tuple[int, int, int]  # examined with a value, sum of the values, caries-free
Figures = dict[tuple[int, str], Sums]  # (age, column) -> sums


def whole_months(periods: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    return [(f, l) for f, l in periods if f.day == 1 and l == month_end(f)]


def take(ctx: ServiceContext, days: Iterable[date]) -> int:
    """Take the completed month ends among these days that are not taken yet; returns how many were taken."""
    return taken_months.take(ctx, days, DentalHealthMonth, stored, _rows)


def stored(s: Session, month_ends: Iterable[date]) -> dict[date, Figures]:
    """The taken months among these: month end -> (age, column) -> sums."""
    figures: dict[date, Figures] = {}
    for day, age, column, *sums in taken_months.stored_rows(
            s, DentalHealthMonth, month_ends, DentalHealthMonth.age, DentalHealthMonth.measure,
            DentalHealthMonth.examined, DentalHealthMonth.total, DentalHealthMonth.caries_free):
        figures.setdefault(day, {})[age, column] = tuple(sums)
    return figures


def live(s: Session, periods: list[tuple[date, date]]) -> dict[tuple[date, date], Figures]:
    """Each period's sums from the examinations as they are now: two or more whole calendar months in
    one query, any other period in one of its own."""
    sums: dict[tuple[date, date], Figures] = {}
    months = whole_months(periods)
    months = months if len(months) > 1 else []
    if months:
        first, last = min(f for f, _l in months), max(l for _f, l in months)
        found: dict[tuple[int, int], list] = defaultdict(list)
        for y, m, *row in s.execute(sums_query(first, last, by_month=True)):
            found[int(y), int(m)].append(row)
        for f, l in months:
            sums[f, l] = _by_age(found[f.year, f.month])
    for f, l in periods:
        if (f, l) not in sums:
            sums[f, l] = _by_age(s.execute(sums_query(f, l, by_month=False)).all())
    return sums


def _rows(s: Session, _ctx: ServiceContext, missing: list[date]) -> list[dict]:
    figures = live(s, [(m.replace(day=1), m) for m in missing])
    return [{"month_end": last, "age": age, "measure": column, "examined": n, "total": total, "caries_free": free}
            for (_first, last), by_age in figures.items() for (age, column), (n, total, free) in by_age.items()]


def _by_age(rows) -> Figures:
    """(age, deft sums..., DFT sums...) rows -> (age, column) -> sums; (0, 0, 0) for none examined."""
    found: Figures = {}
    for age, *counts in rows:
        for n, c in enumerate(COLUMNS):
            found[int(age), c] = tuple(int(x) for x in counts[3 * n:3 * n + 3])
    return {(age, c): found.get((age, c), (0, 0, 0)) for age in AGES for c in COLUMNS}


# --- the queries -------------------------------------------------------------------------------------
def _year(column):
    return func.extract("year", column)


def _age_that_year():
    return _year(Examination.examined_on) - _year(Patient.birth_date)


def _in_period(first: date, last: date) -> tuple:
    """Revision examinations in [first, last] of patients who can be one of AGES in those years."""
    years = range(first.year, last.year + 1)
    born = [Patient.birth_date.between(date(y - age, 1, 1), date(y - age, 12, 31)) for y in years for age in AGES]
    return (Examination.examined_on.between(first, last), Examination.examiner_role.in_(REVISION_ROLES),
            Examination.patient_id.in_(select(Patient.id).where(or_(*born))))


def _latest(first: date, last: date, *buckets):
    """Each patient's latest revision examination day in [first, last] (per bucket, e.g. month)."""
    return (select(Examination.patient_id, *(b.label(f"b{n}") for n, b in enumerate(buckets)),
                   func.max(Examination.examined_on).label("on"))
            .where(*_in_period(first, last)).group_by(Examination.patient_id, *buckets).subquery())


def _on_latest_day(query, latest):
    # One row per patient and day even with two examinations that day (the dentist's is not preferred:
    # the values of the same day's examinations agree in practice): the caller takes max().
    return (query.join(latest, (latest.c.patient_id == Examination.patient_id) & (latest.c.on == Examination.examined_on))
            .join(Patient, Patient.id == Examination.patient_id))


def patient_values(first: date, last: date, column: str, age: int):
    """(patient_id, v): the value of each patient of `age` that year at their latest examination in the period."""
    value = getattr(Examination, column)
    query = select(Examination.patient_id, func.max(value).label("v"))
    return (_on_latest_day(query, _latest(first, last))
            .where(Examination.examined_on.between(first, last), Examination.examiner_role.in_(REVISION_ROLES),
                   value.is_not(None), _age_that_year() == age)
            .group_by(Examination.patient_id))


def sums_query(first: date, last: date, by_month: bool):
    """Every age and both values in one grouped SELECT: rows ([year, month,] age, then count, sum and
    caries-free count of deft, then of DFT), per month with by_month, else for the period."""
    buckets = (_year(Examination.examined_on), func.extract("month", Examination.examined_on)) if by_month else ()
    latest = _latest(first, last, *buckets)
    bucket_columns = [latest.c[f"b{n}"] for n in range(len(buckets))]
    age = _age_that_year()
    per_patient = (_on_latest_day(select(*bucket_columns, age.label("age"),
                                         *(func.max(getattr(Examination, c)).label(c) for c in COLUMNS)), latest)
                   .where(Examination.examined_on.between(first, last), Examination.examiner_role.in_(REVISION_ROLES),
                          age.in_(AGES))
                   .group_by(*bucket_columns, Examination.patient_id, age).subquery())
    keys = [per_patient.c[f"b{n}"] for n in range(len(buckets))] + [per_patient.c.age]
    sums = []
    for c in COLUMNS:
        v = per_patient.c[c]
        sums += [func.count(v), func.coalesce(func.sum(v), 0), func.coalesce(func.sum(case((v == 0, 1), else_=0)), 0)]
    return select(*keys, *sums).group_by(*keys)
