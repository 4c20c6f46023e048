"""The revision forecast of the next 24 months (issue 12 part 1), read in bulk.

Two queries: the listed patients with their stored due dates (services.revision_due, or the live
computation when the stored rows do not hold for today, as services.recall does) joined with the
last revision's interval and risk, and the first booked future revision per patient. The
computation is domain.revision_forecast.

No access-log entry: the result holds counts and minutes per week, month, responsible dentist and
listing type, never a patient (R-SE-2 logs reads of patient data). The patients behind a number are
listed by services.recall.worklist, which logs the reading.
"""

from __future__ import annotations

from datetime import datetime, time, timezone

from sqlalchemy import text

from klinik_app.db.bulk import _sqlite_value as sqlite_value  # the same text forms
from klinik_app.domain.examination import DENTIST, REVISION_ROLES
from klinik_app.domain.local_time import STOCKHOLM, local_day
from klinik_app.domain.permissions import PLANNING_READ
from klinik_app.domain.revision_forecast import Forecast, PatientDue, RevisionLengths, forecast as compute
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import require
from klinik_app.services.recall import _ACTIVE, _due_source
from klinik_app.services.revision_due import _as_date
from klinik_app.services.settings import REVISION_MINUTES, REVISION_MINUTES_DEFAULTS, read_settings

WEEKS = 104  # 24 months

# No ORDER BY (a sort of every row): the listing that started last is chosen in Python (_patients).
_PATIENTS = f"""
SELECT d.patient_id, p.birth_date, d.due, d.requires_dentist, d.last_exam, d.last_dentist_exam,
       e.planned_interval_months, e.examiner_role, e.risk_caries, e.risk_periodontal, e.risk_general,
       e.risk_technical, p.responsible_dentist_hsa_id, l.listing_type, l.end_date, l.start_date
FROM {{source}} d
JOIN patient p ON p.id = d.patient_id
JOIN listing l ON l.patient_id = d.patient_id AND {_ACTIVE}
LEFT JOIN examination e ON e.patient_id = d.patient_id AND e.examined_on = d.last_exam
     AND e.examiner_role IN ({", ".join(f"'{r}'" for r in REVISION_ROLES)})
"""
_BOOKED = """
SELECT patient_id, MIN(starts_at) FROM appointment
WHERE kind = 'revision' AND status = 'booked' AND starts_at >= :since GROUP BY patient_id
"""


def revision_lengths(ctx: ServiceContext) -> RevisionLengths:
    """The clinic's revision lengths (services.settings.REVISION_MINUTES), defaults where unset or unreadable."""
    values, _versions = read_settings(ctx, REVISION_MINUTES.values())
    rows = []
    for group, defaults in REVISION_MINUTES_DEFAULTS.items():
        row = []
        for risk, default in enumerate(defaults):
            try:
                row.append(min(max(int(values[REVISION_MINUTES[group, risk]]), 5), 240))
            except ValueError:
                row.append(default)
        rows.append(tuple(row))
    return RevisionLengths(tuple(rows))


def forecast(ctx: ServiceContext, weeks: int = WEEKS) -> Forecast:
    """Revisions falling due per week and month from ctx.today for `weeks` weeks, and the backlog."""
    require(ctx, PLANNING_READ)
    lengths = revision_lengths(ctx)
    today = ctx.today
    since = datetime.combine(today, time(0), STOCKHOLM).astimezone(timezone.utc)
    with ctx.begin() as s:
        source = _due_source(s, ctx)
        rows = _select(s, _PATIENTS.format(source=source), {"today": today})
        booked_rows = _select(s, _BOOKED, {"since": since})
        if source != "revision_due":
            s.execute(text(f"DROP TABLE {source}"))
    booked = {pid: local_day(starts if isinstance(starts, datetime) else datetime.fromisoformat(starts))
              for pid, starts in booked_rows}
    return compute(_patients(rows, booked), today, weeks, ctx.rules, lengths)


def _select(session, sql: str, params: dict) -> list[tuple]:
    """Raw rows. On SQLite the driver's own cursor (dates stay ISO text, as revision_due reads them);
    the parameters in the text forms the stored values have (bulk.py writes them so)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        values = {k: sqlite_value(v) for k, v in params.items()}
        return conn.connection.driver_connection.execute(sql, values).fetchall()
    return [tuple(row) for row in conn.execute(text(sql), params)]


def _patients(rows, booked: dict) -> list[PatientDue]:
    """One PatientDue per patient: the listing that started last; on a tie of examinations the dentist's."""
    day = _Dates()
    chosen: dict[int, tuple] = {}
    for row in rows:
        seen = chosen.get(row[0])
        if seen is None or _better(row, seen):
            chosen[row[0]] = row
    patients = []
    for (pid, birth, due, needs_dentist, last, last_dentist, interval, _role, *risks, dentist, listing_type,
         listing_end, _start) in chosen.values():
        graded = [r for r in risks if r is not None]
        patients.append(PatientDue(
            day[birth], day[due], bool(needs_dentist), day[last], day[last_dentist], interval,
            max(graded) if len(graded) == len(risks) else None, dentist or "", listing_type, day[listing_end],
            booked.get(pid)))
    return patients


def _better(row: tuple, seen: tuple) -> bool:
    """A later-started listing; on the same listing start, the dentist's examination of a tie."""
    if row[15] != seen[15]:
        return str(row[15]) > str(seen[15])
    return row[7] == DENTIST and seen[7] != DENTIST


class _Dates(dict):
    """ISO text or date -> date, None -> None; each distinct value converted once."""

    def __missing__(self, value):
        d = self[value] = _as_date(value)
        return d
