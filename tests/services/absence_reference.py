"""The absence statistics as services.absence_stats computed them before the maintained counts: one
aggregate query over every appointment of the period, with the listing and re-offer look-ups per row
(kept here, word for word, as the definition the maintained counts must agree with).

On SQLite "that day" is the UTC date of the time (the same as the Swedish date for every time
between 02:00 and 23:59) and "created" is the UTC date of created_at: tests comparing with it keep
their times and clock inside those hours.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, DateTime, bindparam, text

from klinik_app.domain import absence as rules
from klinik_app.domain.dates import add_months
from klinik_app.domain.local_time import day_bounds
from klinik_app.services.absence_stats import AGE_GROUPS, OTHER_AGES, AbsenceStatistics, Figures, age_group
from klinik_app.services.context import ServiceContext


def reference_statistics(ctx: ServiceContext, year: int, month: int | None = None) -> AbsenceStatistics:
    """A year (or with `month`, one month) of statistics, by the full scan."""
    return _statistics(ctx, date(year, month or 1, 1), 1 if month else 12)


# Dialect pieces: a stored instant's Swedish day, a day plus n days, a date's year.
_SQL = {
    "sqlite": {"day": "date({})", "plus": "date({}, '+{} days')", "year": "CAST(substr({}, 1, 4) AS INTEGER)"},
    "postgresql": {"day": "CAST({} AT TIME ZONE 'Europe/Stockholm' AS DATE)", "plus": "(CAST({} AT TIME ZONE "
                   "'Europe/Stockholm' AS DATE) + {})", "year": "CAST(EXTRACT(YEAR FROM {}) AS INTEGER)"},
}

# A listing active on the day, as domain.listing.effective_status says (also services.absence).
_LISTED = ("EXISTS (SELECT 1 FROM listing l WHERE l.patient_id = a.patient_id AND l.status <> 'entered-in-error' "
           "AND l.start_date <= {day} AND (l.end_date IS NULL OR l.end_date >= {day}) "
           "AND NOT (l.status = 'finished' AND l.end_date IS NULL))")
_REOFFERED = ("EXISTS (SELECT 1 FROM appointment b WHERE b.patient_id = a.patient_id AND b.starts_at > a.starts_at "
              "AND b.kind <> 'emergency' AND {created} <= {deadline})")
# One sum carries three counts (counted absences, re-offer due, re-offered on time) in 21-bit
# fields, so the listing and re-offer lookups run once per row, and only for counted absences.
_BITS = 21
_QUERY = """
SELECT {month} AS month, a.kind, {birth_year} AS birth_year,
       SUM(CASE WHEN a.agreed AND a.kind <> 'emergency' AND a.status IN ('attended', 'no-show', 'late-cancellation')
                THEN 1 ELSE 0 END),
       SUM(CASE WHEN a.status = 'late-cancellation' THEN 1 ELSE 0 END),
       SUM(CASE WHEN a.fee_sek > 0 THEN 1 ELSE 0 END),
       COALESCE(SUM(a.fee_sek), 0),
       SUM(CASE WHEN {counted} THEN (CASE WHEN {reoffered} THEN {on_time} WHEN {deadline} < :today THEN {passed}
                                          ELSE 1 END)
                ELSE 0 END)
FROM appointment a JOIN patient p ON p.id = a.patient_id
WHERE a.starts_at >= :start AND a.starts_at < :end
GROUP BY 1, 2, 3
"""


def _unpack(packed: int) -> tuple[int, int, int]:
    """(absences, re-offer due, re-offered on time) from the packed sum."""
    mask = (1 << _BITS) - 1
    return packed & mask, (packed >> _BITS) & mask, packed >> (2 * _BITS)


def _month_case(months: int) -> str:
    """The month number (1-based) of a.starts_at from the bounds :b1.. (the first day of months 2..)."""
    if months == 1:
        return "1"
    return "CASE " + " ".join(f"WHEN a.starts_at < :b{n} THEN {n}" for n in range(1, months)) + f" ELSE {months} END"


def _query(dialect: str, statuses: tuple[str, ...], months: int, reoffer_days: int):
    sql = _SQL["postgresql" if dialect == "postgresql" else "sqlite"]
    day = sql["day"].format("a.starts_at")
    deadline = sql["plus"].format("COALESCE(a.first_agreed_start, a.starts_at)", reoffer_days)
    counted = (f"a.agreed AND a.kind <> 'emergency' AND a.status IN ({', '.join(repr(s) for s in statuses)}) "
               f"AND {_LISTED.format(day=day)}")
    passed = 1 + (1 << _BITS)
    query = text(_QUERY.format(month=_month_case(months), birth_year=sql["year"].format("p.birth_date"),
                               counted=counted, deadline=deadline, passed=passed, on_time=passed + (1 << 2 * _BITS),
                               reoffered=_REOFFERED.format(created=sql["day"].format("b.created_at"),
                                                           deadline=deadline)))
    instant = DateTime(timezone=True)
    return query.bindparams(bindparam("start", type_=instant), bindparam("end", type_=instant),
                            bindparam("today", type_=Date),
                            *(bindparam(f"b{n}", type_=instant) for n in range(1, months)))


def _statistics(ctx: ServiceContext, first: date, months: int) -> AbsenceStatistics:
    starts = [add_months(first, n) for n in range(months + 1)]
    bounds = [day_bounds(d)[0] for d in starts]
    statuses = (rules.NO_SHOW, rules.LATE_CANCELLATION) if ctx.rules.absence.late_cancellation_counts else (rules.NO_SHOW,)
    query = _query(ctx.engine.dialect.name, statuses, months, ctx.rules.absence.reoffer_days)
    params = {"start": bounds[0], "end": bounds[-1], "today": ctx.today,
              **{f"b{n}": bounds[n] for n in range(1, months)}}
    with ctx.sessions() as s:
        rows = s.execute(query, params).all()
    by_month = {d: Figures() for d in starts[:-1]}
    by_age = {label: Figures() for label, _low, _high in AGE_GROUPS} | {OTHER_AGES: Figures()}
    by_kind: dict[str, Figures] = {}
    for month, kind, birth_year, due, late, charged, fee_sum, packed in rows:
        absences, reoffer_due, reoffered = _unpack(int(packed or 0))
        figures = Figures(int(due or 0), absences, int(late or 0), int(charged or 0), int(fee_sum or 0), reoffer_due,
                          reoffered)
        key = starts[int(month) - 1]
        by_month[key] += figures
        by_age[age_group(key.year - int(birth_year))] += figures
        by_kind[kind] = by_kind.get(kind, Figures()) + figures
    return AbsenceStatistics(first, by_month, by_age, by_kind)

