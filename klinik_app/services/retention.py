"""R-SE-3: the yearly retention review (gallring) of patient records, never automatic.

`records_past_retention` lists the patients whose newest entry of any kind is more than the
setting's years (at least 10) before the day and who have no active listing; the head of clinic
reviews the list and `confirm_removal` removes exactly the confirmed patients, with everything
about them, except the access log (it keeps its own 5-year rule, services.audit). The removal is
recorded in `retention_review` (internal ids only) and as one access-log entry per patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select

from klinik_app.db.models import (
    Appointment, Base, Consent, DeviationPatient, EmergencyVisit, Examination, Guardian, Listing, Patient,
    PatientGuardian, RecallContact, RecordDisclosure, RetentionReview, Task, Treatment,
)
from klinik_app.domain import retention as rules
from klinik_app.domain.local_time import local_day
from klinik_app.domain.permissions import RETENTION_REVIEW
from klinik_app.services import access_log
from klinik_app.services.concurrency import guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import may, require
from klinik_app.services.settings import (
    RETENTION_RECORD_YEARS, check_settings, get_setting, put_settings, read_settings,
)

# Every kind of entry in a record, by its date (R-SE-3: the newest one counts).
ENTRY_DATES = (
    Examination.examined_on, Appointment.starts_at, Listing.start_date, Listing.end_date,
    Consent.given_on, Treatment.treated_on, RecallContact.contacted_on, Task.opened_on, Task.closed_on,
    EmergencyVisit.visited_on, DeviationPatient.created_at, RecordDisclosure.disclosed_at,
)
KEPT_TABLES = ("access_log", "retention_review")  # the log has its own rule; the review names ids only
LOG_DETAIL = "gallring efter lagringstid"


class RetentionError(ServiceError):
    pass


@dataclass(frozen=True)
class PastRetention:
    patient_id: int
    name: str
    personnummer: str
    newest_entry: date


YEARS_LABELS = {RETENTION_RECORD_YEARS: QT_TRANSLATE_NOOP("changed_elsewhere", "Lagringstid för journaler (år)")}


def record_years_version(ctx: ServiceContext) -> dict[str, int]:
    return read_settings(ctx, YEARS_LABELS)[1]


def record_years(ctx: ServiceContext) -> int:
    try:
        return max(int(get_setting(ctx, RETENTION_RECORD_YEARS)), rules.MINIMUM_YEARS)
    except ValueError:
        return rules.MINIMUM_YEARS


_WHAT = QT_TRANSLATE_NOOP("services", "Journalernas lagringstid")  # named when saved elsewhere meanwhile


def set_record_years(ctx: ServiceContext, years: int, *, expected_versions: dict[str, int] | None = None) -> int:
    """`expected_versions` (from `record_years_version`) refuses a save over a change made elsewhere."""
    require(ctx, RETENTION_REVIEW)
    try:
        rules.check_years(years)
    except rules.RetentionRefused as exc:
        raise RetentionError.passing_on(exc) from None
    values = {RETENTION_RECORD_YEARS: str(years)}

    def check(s) -> None:
        check_settings(s, values, expected_versions, YEARS_LABELS, _WHAT)

    # The head of clinic's own setting: the settings window shows it to administrators without changing it.
    with guarded(ctx, check, _WHAT), ctx.begin() as s:
        check(s)
        put_settings(s, ctx, values)
        access_log.record(s, ctx, "write", [None], detail=f"journalernas lagringstid {years} år")
    return years


def _as_date(value) -> date:
    return local_day(value) if isinstance(value, datetime) else value


def _newest_entries(s, patient_ids=None) -> dict[int, date]:
    newest: dict[int, date] = {}
    for column in ENTRY_DATES:
        patient = column.class_.patient_id
        query = select(patient, func.max(column)).where(column.is_not(None)).group_by(patient)
        if patient_ids is not None:
            query = query.where(patient.in_(patient_ids))
        for pid, value in s.execute(query):
            day = _as_date(value)
            if pid not in newest or day > newest[pid]:
                newest[pid] = day
    return newest


def _past(s, ctx, as_of: date, patient_ids=None) -> list[PastRetention]:
    years = record_years(ctx)
    newest = _newest_entries(s, patient_ids)
    listed = set(s.scalars(select(Listing.patient_id).where(Listing.status == "active")))
    query = select(Patient.id, Patient.first_name, Patient.last_name, Patient.personnummer, Patient.created_at)
    if patient_ids is not None:
        query = query.where(Patient.id.in_(patient_ids))
    found = []
    for p in s.execute(query.order_by(Patient.sort_name, Patient.id)):
        last = newest.get(p.id) or local_day(p.created_at)  # a record with no entry: its registration
        if p.id not in listed and rules.past_retention(last, as_of, years):
            found.append(PastRetention(p.id, f"{p.first_name} {p.last_name}", p.personnummer, last))
    return found


def records_past_retention(ctx: ServiceContext, as_of: date | None = None) -> list[PastRetention]:
    """The review list; reading it is logged for the patients it names (R-SE-2)."""
    require(ctx, RETENTION_REVIEW)
    with ctx.begin() as s:
        found = _past(s, ctx, as_of or ctx.today)
        access_log.record(s, ctx, "read", [p.patient_id for p in found], detail="gallringslista")
    return found


def confirm_removal(ctx: ServiceContext, patient_ids, reviewed_by_note: str) -> int:
    """Remove the confirmed records (each still past retention today, else nothing is removed)."""
    require(ctx, RETENTION_REVIEW)
    ids = sorted(set(patient_ids))
    if not ids:
        raise RetentionError(QT_TRANSLATE_NOOP("services", "Välj minst en journal att gallra."))
    if not reviewed_by_note.strip():
        raise RetentionError(QT_TRANSLATE_NOOP("services", "Skriv en kommentar om granskningen innan journalerna "
                                                           "gallras."))
    with ctx.begin() as s:
        still = {p.patient_id for p in _past(s, ctx, ctx.today, ids)}
        if still != set(ids):
            raise RetentionError(QT_TRANSLATE_NOOP("services", "{count} av de valda journalerna har inte passerat "
                                                               "lagringstiden (eller finns inte längre). Ingenting "
                                                               "har gallrats; gör om granskningen."),
                                 count=len(set(ids) - still))
        _remove(s, ids)
        s.add(RetentionReview(reviewed_at=ctx.now(), reviewer=ctx.actor.user_id, as_of=ctx.today,
                              record_years=record_years(ctx), removed_count=len(ids),
                              patient_ids=",".join(map(str, ids)), note=reviewed_by_note.strip()))
        access_log.record(s, ctx, "delete", ids, detail=LOG_DETAIL)
    return len(ids)


def _remove(s, ids: list[int]) -> None:
    """Every row naming the patients, children first; then guardians no one else has."""
    guardians = set(s.scalars(select(PatientGuardian.guardian_id).where(PatientGuardian.patient_id.in_(ids))))
    for table in reversed(Base.metadata.sorted_tables):
        if "patient_id" in table.c and table.name not in KEPT_TABLES:
            s.execute(delete(table).where(table.c.patient_id.in_(ids)))
    s.execute(delete(Patient).where(Patient.id.in_(ids)))
    in_use = select(PatientGuardian.guardian_id).union(select(Consent.guardian_id).where(Consent.guardian_id.is_not(None)))
    if guardians:
        s.execute(delete(Guardian).where(Guardian.id.in_(guardians), Guardian.id.not_in(in_use)))


def review_reminder(ctx: ServiceContext) -> int | None:
    """The year whose review is due (in January, for the head of clinic, until one is confirmed)."""
    if not may(ctx, RETENTION_REVIEW):
        return None
    with ctx.sessions() as s:
        done = {local_day(at).year for at in s.scalars(select(RetentionReview.reviewed_at))}
    return rules.review_due(ctx.today, done)
