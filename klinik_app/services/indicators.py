"""R-RP-1: the follow-up indicators measured for a period (domain.indicators defines each one).

Counts only: indicator_values and monthly_series name no patient, so they need REPORT_READ and write
no access log entry (as absence statistics); patients_behind names patients: PATIENT_READ and one
access log entry for the list (as the recall list).

Where the figures come from, reused rather than re-derived:
- listed per month: services.snapshots.month_counts (taken months as taken, R-LI-8), the current
  month as one aggregate count;
- revision figures: on a completed month end, that month's stored figures (services.revision_month,
  taken once, kept as taken); otherwise the revision_due rows aggregated in SQL when they hold for
  the measuring day (no examination dated after it, rule set current), else the due dates computed
  as of that day (services.revision_due.compute_all) for the patients listed then;
- absences: services.absence_stats (maintained monthly counts);
- dental health data: services.dental_health_month (a completed month as taken, else live);
- deviations and listing stops: grouped SELECTs here.

Each group of indicators reads its data once for a whole range of periods, then measures each
period from it: indicator_values is one period, monthly_series 24 months from the same reads (so a
month of the series is by construction that month's indicator_values).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from klinik_app.db.models import Appointment, Deviation, Listing, ListingStop, Patient
from klinik_app.domain import absence as absence_rules
from klinik_app.domain import deviations as deviation_rules
from klinik_app.domain import indicators as ind
from klinik_app.domain import listing as listing_rules
from klinik_app.domain.capitation import ERROR, month_end
from klinik_app.domain.dates import add_months
from klinik_app.domain.indicators import DEFINITIONS, Value
from klinik_app.domain.local_time import day_bounds, local_day
from klinik_app.domain.messages import Text, joined
from klinik_app.domain.permissions import PATIENT_READ, REPORT_READ
from klinik_app.services import absence_stats, access_log, dental_health_month, revision_due, revision_month, snapshots
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.recall_list import REASON_LABELS

LISTED = ("listed_choice", "listed_assigned")
REVISION = ("examined_within_interval", "overdue_revisions", "overdue_over_90_days", "first_exam_year_of_3")
ABSENCE = ("absence_rate", "absence_fees", "reoffers_on_time")
DEVIATIONS = ("deviations", "deviation_answer_days")
HEALTH = tuple(ind.HEALTH)
_LISTING_TYPE = {"listed_choice": "val", "listed_assigned": "icke-val"}


@dataclass(frozen=True, slots=True)
class PatientRef:
    patient_id: int
    name: str
    detail: str  # Swedish (a `Text` the window translates); never an identity number


def indicator_values(ctx: ServiceContext, first: date, last: date, ids: Iterable[str] | None = None) -> list[Value]:
    """The indicators (all, or `ids`) for the period [first, last] as a whole, in DEFINITIONS order."""
    require(ctx, REPORT_READ)
    wanted = _check(first, last, ids)
    values = _measure(ctx, [(first, last)], wanted)[0]
    return [values[i] for i in DEFINITIONS if i in wanted]


def monthly_series(ctx: ServiceContext, id: str, last_month: date, months: int = 24) -> list[Value]:
    """One Value per calendar month, oldest first, ending with last_month's month."""
    require(ctx, REPORT_READ)
    _check(last_month, last_month, [id])
    return [values[id] for values in _measure(ctx, _months_to(last_month, months), {id})]


def dashboard_data(ctx: ServiceContext, last_month: date, ids: Iterable[str] | None = None,
                   months: int = 24) -> tuple[list[Value], dict[str, list[Value]]]:
    """What the dashboard shows in one call: the values of last_month's year to date and, per
    indicator in `ids` (default all), its monthly series ending with last_month."""
    require(ctx, REPORT_READ)
    last = month_end(last_month)
    chosen = list(ids) if ids is not None else list(DEFINITIONS)
    wanted = _check(last, last, chosen)
    *per_month, year = _measure(ctx, [*_months_to(last, months), (last.replace(month=1, day=1), last)], wanted)
    return [year[i] for i in DEFINITIONS if i in wanted], {i: [values[i] for values in per_month] for i in chosen}


def _months_to(last_month: date, months: int) -> list[tuple[date, date]]:
    start = last_month.replace(day=1)
    return [(add_months(start, -n), month_end(add_months(start, -n))) for n in range(months - 1, -1, -1)]


def _measure(ctx: ServiceContext, periods: list[tuple[date, date]], wanted: set[str]) -> list[dict[str, Value]]:
    """The wanted indicators of each period: each group's data read once for them all (their whole
    span, in one read transaction), then each period measured from it."""
    groups = [g for g in _GROUPS if any(i in wanted for i in g.ids)]
    # Completed month ends not taken yet are taken first (a write of their own, once each).
    if any(g.ids == REVISION for g in groups):
        revision_month.take(ctx, [ind.measuring_day(last, ctx.today) for _first, last in periods])
    if any(g.ids == HEALTH for g in groups):
        dental_health_month.take(ctx, [last for _first, last in dental_health_month.whole_months(periods)])
    measured: list[dict[str, Value]] = [{} for _ in periods]
    with ctx.sessions() as s:
        for group in groups:
            data = group.read(ctx, s, periods)
            for values, (first, last) in zip(measured, periods):
                values.update(group.measure(ctx, data, first, last))
    return measured



def patients_behind(ctx: ServiceContext, id: str, first: date, last: date) -> list[PatientRef]:
    """The patients behind a number: for a count those counted, for a share those in the denominator
    but not the numerator (the ones to act on); for the listed counts those listed on the measuring
    day, for listing-stop days those listed by choice when a stop began. [] for the deviations (they
    name no patient). Sorted by name; protected identities shown as in the register."""
    require(ctx, PATIENT_READ)
    _check(first, last, [id])
    finder = _BEHIND.get(id)
    if finder is None:
        return []
    with ctx.begin() as s:
        found = finder(ctx, s, id, first, last)
        if not found:
            return []
        names = _names(s, [pid for pid, _detail in found])
        refs = sorted((PatientRef(pid, names[pid], detail) for pid, detail in found),
                      key=lambda r: (r.name, r.patient_id))
        # R-SE-2: one entry for the list (as the recall list), no identity numbers in it.
        access_log.record(s, ctx, "list", [None], detail=f"indikator {id} {first.isoformat()}–{last.isoformat()}: "
                                                         f"{len(refs)} patienter")
    return refs


def _span(periods: list[tuple[date, date]]) -> tuple[date, date]:
    return min(f for f, _l in periods), max(l for _f, l in periods)


def _check(first: date, last: date, ids: Iterable[str] | None) -> set[str]:
    if last < first:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Periodens slut ({last_day}) ligger före dess början "
                                                       "({first_day})."),
                         last_day=last.isoformat(), first_day=first.isoformat())
    wanted = set(DEFINITIONS) if ids is None else set(ids)
    unknown = sorted(wanted - set(DEFINITIONS))
    if unknown:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd indikator: {unknown}. Kända: {known}."),
                         unknown=', '.join(unknown), known=', '.join(DEFINITIONS))
    return wanted


def _names(s: Session, ids: list[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for i in range(0, len(ids), revision_due.CHUNK):
        chunk = ids[i:i + revision_due.CHUNK]
        rows = s.execute(select(Patient.id, Patient.first_name, Patient.last_name).where(Patient.id.in_(chunk)))
        names.update({pid: f"{first} {last_name}" for pid, first, last_name in rows})
    return names


# --- listed per month (R-LI-8) ---------------------------------------------------------------------
def _read_listed(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> list[snapshots.MonthCount]:
    """Completed months from the month-end snapshots (taken months as taken); the current month, never
    taken, as one aggregate count (what snapshots.month_counts computes from every listing's groups)."""
    first, last = _span(periods)
    this_month = month_end(ctx.today)
    done = snapshots.last_completed_month_end(ctx.today)
    counts = snapshots.month_counts(ctx, first, min(last, done), by="all") if first <= done else []
    if first <= this_month <= last:
        counts += _listed_now(s, this_month)
    return counts


def _listed_now(s: Session, day: date) -> list[snapshots.MonthCount]:
    """The listings counting on `day` per listing type, as domain.capitation.listed_per_month counts them."""
    rows = s.execute(select(Listing.listing_type, func.count()).where(*_counting_on(day)).group_by(Listing.listing_type))
    return [snapshots.MonthCount(day, listing_type, "", "", False, n, True, "") for listing_type, n in rows]


def _listed(ctx: ServiceContext, all_counts: list[snapshots.MonthCount], first: date, last: date) -> dict[str, Value]:
    counts = [c for c in all_counts if first <= c.month_end <= last]
    ends = sorted({c.month_end for c in counts} | {m for m in _month_ends_in(first, last) if m <= month_end(ctx.today)})
    values = {}
    for id, listing_type in _LISTING_TYPE.items():
        per_month = {m: 0 for m in ends}
        for c in counts:
            if c.listing_type == listing_type:
                per_month[c.month_end] += c.count
        parts = tuple((f"{m:%Y-%m}", float(n)) for m, n in per_month.items())
        values[id] = ind.measured(id, first, last, sum(per_month.values()), len(ends), parts)
    return values


def _listed_behind(ctx: ServiceContext, s: Session, id: str, first: date, last: date) -> list[tuple[int, str]]:
    """Those listed with the indicator's type on the measuring day (each month end counts them so)."""
    day = ind.measuring_day(last, ctx.today)
    rows = s.execute(select(Listing.patient_id, func.min(Listing.start_date))
                     .where(Listing.listing_type == _LISTING_TYPE[id], *_counting_on(day))
                     .group_by(Listing.patient_id))
    return [(pid, Text(QT_TRANSLATE_NOOP("services", "Listad ({listing_type}) sedan {start}, räknad {day}"),
                       listing_type=_LISTING_TYPE[id], start=_date(start).isoformat(), day=day.isoformat()))
            for pid, start in rows]


def _counting_on(day: date) -> tuple:
    """A listing counted on `day` (domain.capitation.listed_per_month)."""
    return Listing.status != ERROR, Listing.start_date <= day, or_(Listing.end_date.is_(None), Listing.end_date >= day)


def _month_ends_in(first: date, last: date) -> list[date]:
    ends, m = [], month_end(first)
    while m <= last:
        ends.append(m)
        m = month_end(m + timedelta(days=1))
    return ends


# --- revision (R-RV-1..6) --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _DueRow:
    patient_id: int
    birth: date
    due: date | None
    reason: str
    last_exam: date | None
    last_dentist_exam: date | None


def _read_revision(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> dict[date, dict[str, list[int]]]:
    """The revision counts per reason of each measuring day: a completed month end's as taken
    (services.revision_month), any other day's from the stored due dates or computed live."""
    days = {ind.measuring_day(last, ctx.today) for _first, last in periods}
    figures = revision_month.stored(s, revision_month.completed(ctx, days))
    for day in sorted(days - figures.keys()):
        figures[day] = _tally_sql(s, day) if _cache_holds(s, ctx, day) else ind.tally_revisions(
            ((r.birth, r.due, r.reason, r.last_exam, r.last_dentist_exam, 1) for r in _live_rows(s, ctx, day)), day)
    return figures


def _revision(ctx: ServiceContext, figures: dict[date, dict[str, list[int]]], first: date, last: date) -> dict[str, Value]:
    by_reason = figures[ind.measuring_day(last, ctx.today)]
    kept, within, overdue, over_limit, three, three_done = (sum(c[i] for c in by_reason.values())
                                                            for i in range(len(ind.REVISION_COUNTS)))
    overdue_at = ind.REVISION_COUNTS.index("overdue")
    overdue_by_reason = tuple((REASON_LABELS.get(r, r), float(c[overdue_at]))
                              for r, c in sorted(by_reason.items()) if c[overdue_at])
    return {
        "examined_within_interval": ind.measured("examined_within_interval", first, last, within, kept),
        "overdue_revisions": ind.measured("overdue_revisions", first, last, overdue, parts=overdue_by_reason),
        "overdue_over_90_days": ind.measured("overdue_over_90_days", first, last, over_limit),
        "first_exam_year_of_3": ind.measured("first_exam_year_of_3", first, last, three_done, three),
    }


def _cache_holds(s: Session, ctx: ServiceContext, day: date) -> bool:
    """The revision_due rows equal the computation as of `day` (revision_due.usable_for) and are all there."""
    if not revision_due.usable_for(s, ctx.rules, day):
        return False
    now = revision_due.state(s, ctx.rules)
    return not now.stale and not now.missing


def _three_year_births(day: date) -> tuple[str, str]:
    """Birth dates of those who turn 3 in `day`'s year (domain.indicators.third_birthday_year)."""
    year = day.year - 3
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


def _tally_sql(s: Session, day: date) -> dict[str, list[int]]:
    """domain.indicators.tally_revisions over the stored due dates, as one grouped SELECT."""
    b0, b1 = _three_year_births(day)
    # The listed and the turning-3 patients as id sets (the birth date indexed): no join per row.
    three = "SELECT id FROM patient WHERE birth_date BETWEEN :b0 AND :b1"
    sql = f"""
    SELECT d.reason,
      SUM(CASE WHEN d.due IS NOT NULL AND (d.last_exam IS NOT NULL OR d.due < :day) THEN 1 ELSE 0 END),
      SUM(CASE WHEN d.due >= :day AND d.last_exam IS NOT NULL THEN 1 ELSE 0 END),
      SUM(CASE WHEN d.due < :day THEN 1 ELSE 0 END),
      SUM(CASE WHEN d.due < :limit THEN 1 ELSE 0 END),
      SUM(CASE WHEN d.patient_id IN ({three}) THEN 1 ELSE 0 END),
      SUM(CASE WHEN d.last_dentist_exam IS NOT NULL AND d.patient_id IN ({three}) THEN 1 ELSE 0 END)
    FROM revision_due d
    WHERE d.patient_id IN ({_listed_ids_sql()})
    GROUP BY d.reason"""
    limit = day - timedelta(days=ind.OVERDUE_LIMIT_DAYS)
    params = {"day": day.isoformat(), "limit": limit.isoformat(), "b0": b0, "b1": b1}
    return {reason: [n or 0 for n in counts] for reason, *counts in s.execute(text(sql), params)}


def _listed_ids_sql(day_param: str = ":day") -> str:
    """The patients with a listing active on the day, as the recall list reads it (domain.listing.effective_status)."""
    return ("SELECT DISTINCT l.patient_id FROM listing l WHERE l.status <> 'entered-in-error' "
            f"AND l.start_date <= {day_param} AND (l.end_date IS NULL OR l.end_date >= {day_param}) "
            "AND NOT (l.status = 'finished' AND l.end_date IS NULL)")


def _due_rows(s: Session, ctx: ServiceContext, day: date) -> list[_DueRow]:
    """Every patient listed on `day` with the due date as of that day (cache or live)."""
    if not _cache_holds(s, ctx, day):
        return _live_rows(s, ctx, day)
    sql = (f"SELECT d.patient_id, p.birth_date, d.due, d.reason, d.last_exam, d.last_dentist_exam "
           f"FROM revision_due d JOIN patient p ON p.id = d.patient_id WHERE d.patient_id IN ({_listed_ids_sql()})")
    return [_DueRow(*(_date(v) if i in (1, 2, 4, 5) else v for i, v in enumerate(row)))
            for row in s.execute(text(sql), {"day": day.isoformat()})]


def _live_rows(s: Session, ctx: ServiceContext, day: date) -> list[_DueRow]:
    """The due dates computed as of `day` from the examinations done by then (rules.md "The due date")."""
    listed = _listed_ids_sql()
    params = {"day": day.isoformat()}
    with revision_due.gc_paused():
        births = [(pid, _date(b)) for pid, b in
                  s.execute(text(f"SELECT id, birth_date FROM patient WHERE id IN ({listed})"), params)]
        exams = s.execute(text(
            "SELECT patient_id, examined_on, examiner_role, planned_interval_months FROM examination "
            f"WHERE patient_id IN ({listed}) AND examined_on <= :day ORDER BY patient_id, examined_on"), params).all()
        birth_of = dict(births)
        return [_DueRow(pid, birth_of[pid], d.due, d.reason, d.last_exam, d.last_dentist_exam)
                for pid, d in revision_due.compute_all(births, exams, ctx.rules, day, horizon=False)]


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _revision_behind(ctx: ServiceContext, s: Session, id: str, first: date, last: date) -> list[tuple[int, str]]:
    day = ind.measuring_day(last, ctx.today)
    chosen: Callable[[_DueRow], bool] = {
        "examined_within_interval": lambda r: ind.has_interval(r.due, r.last_exam, day)
        and not ind.within_interval(r.due, r.last_exam, day),
        "overdue_revisions": lambda r: ind.overdue(r.due, day),
        "overdue_over_90_days": lambda r: ind.overdue_over_limit(r.due, day),
        "first_exam_year_of_3": lambda r: ind.third_birthday_year(r.birth) == day.year and r.last_dentist_exam is None,
    }[id]
    found = []
    for r in _due_rows(s, ctx, day):
        if chosen(r):
            if r.due is None:
                detail = Text(QT_TRANSLATE_NOOP("services", "Ingen revision inom Hälsoval"))
            elif r.due < day:
                detail = Text(QT_TRANSLATE_NOOP("services", "Förföll {due} ({days} dagar sedan)"),
                              due=r.due.isoformat(), days=(day - r.due).days)
            else:
                detail = Text(QT_TRANSLATE_NOOP("services", "Förfaller {due}"), due=r.due.isoformat())
            found.append((r.patient_id, Text(QT_TRANSLATE_NOOP("services", "{detail}; {reason}"), detail=detail,
                                             reason=REASON_LABELS.get(r.reason, r.reason))))
    return found


# --- absences (R-AB) ---------------------------------------------------------------------------------
def _read_absence(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> dict[date, absence_stats.Figures]:
    # Whole years read (one query pair each, the fast path of absence_stats): the figures per month.
    months: dict[date, absence_stats.Figures] = {}
    first, last = _span(periods)
    for year in range(first.year, last.year + 1):
        months.update(absence_stats.year_statistics(ctx, year).months)
    return months


def _absence(ctx: ServiceContext, months: dict[date, absence_stats.Figures], first: date, last: date) -> dict[str, Value]:
    total = sum((f for m, f in months.items() if first.replace(day=1) <= m <= last), absence_stats.Figures())
    return {
        "absence_rate": ind.measured("absence_rate", first, last, total.absences, total.due),
        "absence_fees": ind.measured("absence_fees", first, last, total.fees,
                                     parts=(("Summa kronor", float(total.fee_sum)),)),
        "reoffers_on_time": ind.measured("reoffers_on_time", first, last, total.reoffered, total.reoffer_due),
    }


def _absence_behind(ctx: ServiceContext, s: Session, id: str, first: date, last: date) -> list[tuple[int, str]]:
    """absence_rate: the counted absences; absence_fees: the times charged a fee; reoffers_on_time:
    the absences in the denominator not re-offered by their R-AB-2 deadline. Per patient, with the days."""
    start = day_bounds(first.replace(day=1))[0]
    end = day_bounds(add_months(last.replace(day=1), 1))[0]
    query = select(Appointment.patient_id, Appointment.starts_at, Appointment.first_agreed_start,
                   Appointment.reoffered_on, Appointment.fee_sek).where(Appointment.starts_at >= start,
                                                                        Appointment.starts_at < end)
    query = query.where(Appointment.fee_sek > 0) if id == "absence_fees" else query.where(Appointment.absence_counted)
    found: dict[int, list[str]] = defaultdict(list)
    for pid, starts_at, first_agreed, reoffered, fee in s.execute(query.order_by(Appointment.starts_at)):
        day = local_day(starts_at)
        if id == "absence_fees":
            found[pid].append(Text(QT_TRANSLATE_NOOP("services", "{day} {fee} kr"), day=day.isoformat(), fee=fee))
        elif id == "absence_rate":
            found[pid].append(day.isoformat())
        else:
            deadline = absence_rules.reoffer_deadline(local_day(first_agreed or starts_at), ctx.rules.absence)
            if deadline < ctx.today and (reoffered is None or reoffered > deadline):
                found[pid].append(Text(QT_TRANSLATE_NOOP("services", "{day} (ny tid senast {deadline})"),
                                       day=day.isoformat(), deadline=deadline.isoformat()))
    label = {"absence_rate": QT_TRANSLATE_NOOP("services", "Uteblev {days}"),
             "absence_fees": QT_TRANSLATE_NOOP("services", "Avgift {days}"),
             "reoffers_on_time": QT_TRANSLATE_NOOP("services", "Ingen ny tid i tid efter {days}")}[id]
    return [(pid, Text(label, days=joined(days))) for pid, days in found.items() if days]


# --- deviations (R-DV) -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _DeviationRows:
    reported: list[tuple[date, str, str, int]]  # (reported_on, category, harm, count)
    answered: list[tuple[date, date, int]]  # incoming ones: (reported_on, answer_on, count)


def _read_deviations(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> _DeviationRows:
    first, last = _span(periods)
    reported = s.execute(
        select(Deviation.reported_on, Deviation.category, Deviation.harm, func.count())
        .where(Deviation.reported_on.between(first, last))
        .group_by(Deviation.reported_on, Deviation.category, Deviation.harm)).all()
    answered = s.execute(
        select(Deviation.reported_on, Deviation.answer_on, func.count())
        .where(Deviation.category == deviation_rules.INCOMING, Deviation.answer_on.between(first, last))
        .group_by(Deviation.reported_on, Deviation.answer_on)).all()
    return _DeviationRows([(_date(on), c, h, n) for on, c, h, n in reported],
                          [(_date(on), _date(answer), n) for on, answer, n in answered])


def _deviations(ctx: ServiceContext, rows: _DeviationRows, first: date, last: date) -> dict[str, Value]:
    by: dict[tuple[str, str], int] = defaultdict(int)
    for on, category, harm, n in rows.reported:
        if first <= on <= last:
            by[category, harm] += n
    answered = [(on, answer, n) for on, answer, n in rows.answered if first <= answer <= last]
    parts = tuple((label, float(sum(n for (c, _h), n in by.items() if c == key)))
                  for key, label in deviation_rules.CATEGORY_LABELS.items())
    parts += tuple((label, float(sum(n for (_c, h), n in by.items() if h == key)))
                   for key, label in deviation_rules.HARM_LABELS.items())
    days = sum((answer - reported).days * n for reported, answer, n in answered)
    return {
        "deviations": ind.measured("deviations", first, last, sum(by.values()), parts=parts),
        "deviation_answer_days": ind.measured("deviation_answer_days", first, last, days,
                                              sum(n for _r, _a, n in answered)),
    }


# --- dental health data by age (R-RV-8) --------------------------------------------------------------
def _read_health(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> dict[tuple, dental_health_month.Figures]:
    """(first, last) -> (age, column) -> sums: a completed month as taken, any other period live."""
    taken = dental_health_month.stored(s, revision_month.completed(
        ctx, [last for _first, last in dental_health_month.whole_months(periods)]))
    sums = {(f, l): taken[l] for f, l in dental_health_month.whole_months(periods) if l in taken}
    sums.update(dental_health_month.live(s, [p for p in periods if p not in sums]))
    return sums


def _health(ctx: ServiceContext, sums: dict[tuple, dental_health_month.Figures], first: date, last: date) -> dict[str, Value]:
    values = {}
    for (age, column), ids in _by_age_and_column().items():
        n, total, free = sums[first, last][age, column]
        for id in ids:
            caries_free = ind.HEALTH[id][2]
            values[id] = ind.measured(id, first, last, free if caries_free else total, n)
    return values


def _by_age_and_column() -> dict[tuple[int, str], list[str]]:
    grouped: dict[tuple[int, str], list[str]] = defaultdict(list)
    for id, (age, column, _free) in ind.HEALTH.items():
        grouped[age, column].append(id)
    return grouped


def _health_behind(ctx: ServiceContext, s: Session, id: str, first: date, last: date) -> list[tuple[int, str]]:
    age, column, caries_free = ind.HEALTH[id]
    query = dental_health_month.patient_values(first, last, column, age)
    label = "deft" if column == "deft" else "DFT"
    rows = s.execute(query).all()
    return [(pid, f"{label} {v}") for pid, v in rows if not caries_free or v > 0]


# --- listing stops (R-LI-5) ---------------------------------------------------------------------------
def _read_listing_stops(ctx: ServiceContext, s: Session, periods: list[tuple[date, date]]) -> list[tuple[date, date | None]]:
    day = ind.measuring_day(_span(periods)[1], ctx.today)
    return [(_date(a), _date(b)) for a, b in s.execute(
        select(ListingStop.start_date, ListingStop.end_date).where(ListingStop.start_date <= day))]


def _listing_stops(ctx: ServiceContext, spans: list[tuple[date, date | None]], first: date, last: date) -> dict[str, Value]:
    day = ind.measuring_day(last, ctx.today)
    days = ind.days_covered(spans, first, day) if first <= day else 0
    return {"listing_stop_days": ind.measured("listing_stop_days", first, last, days)}


def _listing_stop_behind(ctx: ServiceContext, s: Session, id: str, first: date, last: date) -> list[tuple[int, str]]:
    """The choice listings a stop in the period was declared on: those listed by choice on its first day
    (R-LI-5 counts them so; protected identities are not in the region's count but are shown here)."""
    day = ind.measuring_day(last, ctx.today)
    starts = s.scalars(select(ListingStop.start_date).where(ListingStop.start_date <= day, or_(
        ListingStop.end_date.is_(None), ListingStop.end_date >= first)).order_by(ListingStop.start_date)).all()
    found: dict[int, str] = {}
    for start in map(_date, starts):
        rows = s.execute(select(Listing.patient_id).where(Listing.listing_type == listing_rules.CHOICE,
                                                          *_counting_on(start)))
        for (pid,) in rows:
            found.setdefault(pid, Text(QT_TRANSLATE_NOOP("services", "Listad (val) när listningsstoppet infördes "
                                                                     "{start}"), start=start.isoformat()))
    return list(found.items())


@dataclass(frozen=True, slots=True)
class _Group:
    ids: tuple[str, ...]
    read: Callable[[ServiceContext, Session, list[tuple[date, date]]], Any]  # the data of all the periods
    measure: Callable[[ServiceContext, Any, date, date], dict[str, Value]]  # one period's values from it


_GROUPS = (
    _Group(LISTED, _read_listed, _listed),
    _Group(REVISION, _read_revision, _revision),
    _Group(ABSENCE, _read_absence, _absence),
    _Group(DEVIATIONS, _read_deviations, _deviations),
    _Group(HEALTH, _read_health, _health),
    _Group(("listing_stop_days",), _read_listing_stops, _listing_stops),
)
_BEHIND = {**{i: _revision_behind for i in REVISION}, **{i: _health_behind for i in ind.HEALTH},
           **{i: _listed_behind for i in LISTED}, **{i: _absence_behind for i in ABSENCE},
           "listing_stop_days": _listing_stop_behind}
