"""The appointment book (tidbok, issue 5): book, move, confirm, cancel and mark outcomes.

Nothing here deletes an appointment (R-AB-1): a cancellation or an outcome is a status with who set
it and when, a move is a new start that keeps the first agreed time (R-AB-2). Times come in and go
out as Swedish local time; the database keeps UTC (domain.local_time). An outcome calls
services.absence in the same transaction, so a no-show and its fee, re-offer and tasks are saved
together.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from klinik_app.db.models import Appointment, Patient, Room, StaffMember
from klinik_app.domain import appointments as rules
from klinik_app.domain.local_time import day_bounds, local_day, to_local, to_utc
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import APPOINTMENT_BOOK, APPOINTMENT_READ, CARE, PROTECTED_REVEAL
from klinik_app.services import absence, access_log, appointment_counts
from klinik_app.services.concurrency import check_version, guarded, local_time
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import may, require

KINDS = {"revision": "Revision", "treatment": "Behandling", "emergency": "Akut", "other": "Övrigt"}
STATUSES = {"booked": "Bokad", "attended": "Genomförd", "cancelled": "Avbokad", "late-cancellation": "Sen avbokning",
            "no-show": "Uteblev"}
AGREED_HOW = {"pa-plats": "På plats", "telefon": "Telefon", "brev": "Brev", "e-tjanst": "E-tjänst", "sms": "SMS",
              "import": "Tidigare system"}
PROTECTED_PNR = "Skyddad identitet"
KEEP = ...  # move(): leave the caregiver or room as it is


@dataclass(frozen=True)
class Booking:
    patient_id: int
    starts: datetime  # Swedish local time, naive
    minutes: int
    kind: str
    caregiver_hsa_id: str | None
    room_id: int | None = None
    # Both set: agreed now (R-AB-3); both None: only proposed (e.g. in a summons letter).
    agreed_with: str | None = None  # "patient" or the guardian's name
    agreed_how: str | None = None
    note: str | None = None
    reoffer_of_id: int | None = None
    interpreter: str | None = None  # the language of an interpreter reserved for the time


@dataclass(frozen=True)
class AppointmentRow:
    id: int
    patient_id: int
    patient_name: str
    personnummer: str  # YYYYMMDD-NNNN, or PROTECTED_PNR for a protected identity (R-TG-4)
    starts: datetime  # Swedish local time, aware
    minutes: int
    kind: str
    status: str
    caregiver_hsa_id: str | None
    caregiver_name: str | None
    room_id: int | None
    room_name: str | None
    agreed: bool
    agreed_with: str | None  # R-AB-3: who agreed (PATIENT or a guardian's name), how, on which day, by whom
    agreed_how: str | None
    agreed_on: date | None
    agreed_by_name: str | None
    fee_sek: int | None
    fee_reason: str | None
    note: str | None
    reoffer_of_id: int | None
    row_version: int
    protected: bool = False
    first_agreed_start: datetime | None = None  # Swedish local time (R-AB-2)
    examination_id: int | None = None
    interpreter: str | None = None  # the language of the interpreter reserved

    @property
    def ends(self) -> datetime:
        return self.starts + timedelta(minutes=self.minutes)

    @property
    def agreed_text(self) -> Text:
        """R-AB-3 in words (domain.appointments.agreement_text; a `Text`), made when shown."""
        return rules.agreement_text(self.agreed, self.agreed_with, self.agreed_how, self.agreed_on,
                                    self.agreed_by_name)


# ---------------------------------------------------------------------------------------------------
# Reading


_CAREGIVER, _AGREED_BY = aliased(StaffMember), aliased(StaffMember)


def _row_select():
    return (
        select(Appointment, Patient.first_name, Patient.last_name, Patient.personnummer, Patient.protected_identity,
               _CAREGIVER.name, Room.name, _AGREED_BY.name)
        .join(Patient, Patient.id == Appointment.patient_id)
        .outerjoin(_CAREGIVER, _CAREGIVER.hsa_id == Appointment.caregiver_hsa_id)
        .outerjoin(Room, Room.id == Appointment.room_id)
        .outerjoin(_AGREED_BY, _AGREED_BY.hsa_id == Appointment.agreed_by)
    )


def _rows(ctx: ServiceContext, result) -> list[AppointmentRow]:
    reveal = may(ctx, PROTECTED_REVEAL)
    rows = []
    for a, first, last, pnr, protected, caregiver_name, room_name, agreed_by_name in result:
        rows.append(AppointmentRow(
            id=a.id, patient_id=a.patient_id, patient_name=f"{first} {last}",
            personnummer=PROTECTED_PNR if protected and not reveal else f"{pnr[:8]}-{pnr[8:]}",
            starts=to_local(a.starts_at), minutes=a.minutes, kind=a.kind, status=a.status,
            caregiver_hsa_id=a.caregiver_hsa_id, caregiver_name=caregiver_name, room_id=a.room_id,
            room_name=room_name, agreed=a.agreed, agreed_with=a.agreed_with, agreed_how=a.agreed_how,
            agreed_on=local_day(a.agreed_at) if a.agreed_at else None, agreed_by_name=agreed_by_name or a.agreed_by,
            fee_sek=a.fee_sek, fee_reason=a.fee_reason, note=a.note, reoffer_of_id=a.reoffer_of_id,
            row_version=a.row_version, protected=bool(protected),
            first_agreed_start=to_local(a.first_agreed_start) if a.first_agreed_start else None,
            examination_id=a.examination_id, interpreter=a.interpreter_language,
        ))
    return rows


def get(ctx: ServiceContext, appointment_id: int) -> AppointmentRow:
    require(ctx, APPOINTMENT_READ)
    with ctx.begin() as s:
        found = _rows(ctx, s.execute(_row_select().where(Appointment.id == appointment_id)).all())
        if not found:
            raise _not_found()
        access_log.record(s, ctx, "read", [found[0].patient_id], detail="tid i tidboken")
    return found[0]


def book_view(ctx: ServiceContext, first_day: date, days: int = 1, caregivers: Sequence[str] | None = None,
              room_ids: Sequence[int] | None = None) -> list[AppointmentRow]:
    """Every time (whatever its status) starting on `days` Swedish days from `first_day`, sorted by
    start; `caregivers` and `room_ids` each narrow the view when given."""
    require(ctx, APPOINTMENT_READ)
    start, end = day_bounds(first_day, days)
    query = _row_select().where(Appointment.starts_at >= start, Appointment.starts_at < end)
    if caregivers is not None:
        query = query.where(Appointment.caregiver_hsa_id.in_(list(caregivers)))
    if room_ids is not None:
        query = query.where(Appointment.room_id.in_(list(room_ids)))
    with ctx.begin() as s:
        rows = _rows(ctx, s.execute(query.order_by(Appointment.starts_at, Appointment.id)).all())
        access_log.record(s, ctx, "list", sorted({r.patient_id for r in rows}),
                          detail=f"tidbok {first_day.isoformat()}, {days} dag{'ar' if days != 1 else ''}")
    return rows


def unmarked(ctx: ServiceContext, before: datetime | None = None) -> list[AppointmentRow]:
    """Times that have ended before `before` (default: now, at the latest the end of today) and are
    still "booked": the end-of-day list staff mark. Nothing is ever marked silently."""
    require(ctx, APPOINTMENT_READ)
    before = to_utc(before) if before is not None else min(ctx.now(), day_bounds(ctx.today)[1])
    query = _row_select().where(Appointment.status == rules.BOOKED, Appointment.starts_at < before)
    with ctx.begin() as s:
        rows = [r for r in _rows(ctx, s.execute(query.order_by(Appointment.starts_at, Appointment.id)).all())
                if r.ends <= before]
        access_log.record(s, ctx, "list", sorted({r.patient_id for r in rows}), detail="tider utan utfall")
    return rows


def patient_appointments(ctx: ServiceContext, patient_id: int) -> list[AppointmentRow]:
    """The journal of a patient's times (R-AB-1), cancelled and missed ones included, oldest first."""
    require(ctx, APPOINTMENT_READ)
    query = _row_select().where(Appointment.patient_id == patient_id).order_by(Appointment.starts_at, Appointment.id)
    with ctx.begin() as s:
        rows = _rows(ctx, s.execute(query).all())
        access_log.record(s, ctx, "read", [patient_id], detail="patientens tider")
    return rows


def caregivers(ctx: ServiceContext) -> list[tuple[str, str, str]]:
    """(HSA-ID, name, profession) of the active care staff, by name."""
    require(ctx, APPOINTMENT_READ)
    with ctx.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(StaffMember.hsa_id, StaffMember.name, StaffMember.role)
            .where(StaffMember.active.is_(True), StaffMember.role.in_(sorted(CARE)))
            .order_by(StaffMember.name, StaffMember.hsa_id))]


def rooms(ctx: ServiceContext) -> list[tuple[int, str]]:
    """(id, name) of the active rooms, by name."""
    require(ctx, APPOINTMENT_READ)
    with ctx.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(Room.id, Room.name).where(Room.active.is_(True)).order_by(Room.name))]


def save_room(ctx: ServiceContext, name: str, *, room_id: int | None = None, active: bool = True) -> int:
    """Add a room or rename/retire one (a retired room keeps its past times)."""
    require(ctx, APPOINTMENT_BOOK)
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv rummets namn (högst 100 tecken)."))
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        same = s.scalar(select(Room.id).where(Room.name == name))
        if same is not None and same != room_id:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Det finns redan ett rum som heter {name}. Välj ett annat "
                                                           "namn."),
                             name=name)
        if room_id is None:
            room = Room(name=name, active=active, created_at=now, created_by=who, modified_at=now, modified_by=who)
            s.add(room)
        else:
            room = s.get(Room, room_id)
            if room is None:
                raise ServiceError(QT_TRANSLATE_NOOP("services", "Rummet finns inte längre."))
            room.name, room.active, room.modified_at, room.modified_by = name, active, now, who
        s.flush()
        return room.id


# ---------------------------------------------------------------------------------------------------
# Booking and changes


def book(ctx: ServiceContext, booking: Booking, *, from_recall: bool = False) -> int:
    """Book a time; agreed now when the booking names who agreed and how (R-AB-3), else only proposed.
    `from_recall`: booked from the recall worklist, whose status becomes "booked"."""
    require(ctx, APPOINTMENT_BOOK)
    with ctx.begin() as s:
        a = add(s, ctx, booking)
        if from_recall:
            from klinik_app.services import recall

            recall.mark_booked(s, ctx, booking.patient_id, f"tid {local_time(a.starts_at)}")
        access_log.record(s, ctx, "write", [booking.patient_id], detail="tid bokad")
        return a.id


def add(s: Session, ctx: ServiceContext, booking: Booking) -> Appointment:
    """A booking checked and added in the caller's transaction (book, and the accepted proposals of
    services.proposals); the caller checks the permission and writes the access log."""
    _check_booking(booking)
    starts_at, now, who = to_utc(booking.starts), ctx.now(), ctx.actor.user_id
    agreed = booking.agreed_how is not None
    patient = s.get(Patient, booking.patient_id)
    if patient is None:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Patienten finns inte längre i registret."))
    _check_places(s, booking.caregiver_hsa_id, booking.room_id)
    if booking.reoffer_of_id is not None:
        missed = s.get(Appointment, booking.reoffer_of_id)
        if missed is None or missed.patient_id != booking.patient_id:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Den missade tiden som den nya tiden ersätter hör inte "
                                                             "till patienten."))
    _refuse_double_booking(s, None, starts_at, booking.minutes, booking.caregiver_hsa_id, booking.room_id)
    a = Appointment(
        uuid=str(uuid.uuid4()), patient_id=booking.patient_id, caregiver_hsa_id=booking.caregiver_hsa_id,
        room_id=booking.room_id, starts_at=starts_at, minutes=booking.minutes, kind=booking.kind,
        status=rules.BOOKED, agreed=agreed, agreed_at=now if agreed else None, agreed_by=who if agreed else None,
        agreed_with=booking.agreed_with.strip() if agreed else None, agreed_how=booking.agreed_how,
        first_agreed_start=starts_at if agreed else None, reoffer_of_id=booking.reoffer_of_id,
        interpreter_language=(booking.interpreter or "").strip()[:40] or None,
        note=_note(booking.note), origin="local", created_at=now, created_by=who, modified_at=now,
        modified_by=who)
    s.add(a)
    s.flush()
    appointment_counts.added(s, a)
    return a


def move(ctx: ServiceContext, appointment_id: int, starts: datetime, *, minutes: int | None = None,
         caregiver_hsa_id=KEEP, room_id=KEEP, kind=KEEP, note=KEEP, expected_version: int) -> None:
    """A new start (and optionally length, caregiver, room, kind, note) for a booked time. The agreement
    and the first agreed time stay (R-AB-2: the re-offer deadline counts from the first agreed time)."""
    require(ctx, APPOINTMENT_BOOK)
    starts_at = to_utc(starts)
    if minutes is not None and (problem := rules.length_problem(minutes)):
        raise UsageError(problem)
    if kind is not KEEP and kind not in KINDS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd typ av tid: {kind}."), kind=kind)
    mine = {"starts_at": starts_at}
    if minutes is not None:
        mine["minutes"] = minutes
    for field, value in (("caregiver_hsa_id", caregiver_hsa_id), ("room_id", room_id), ("kind", kind),
                         ("note", _note(note) if note is not KEEP else KEEP)):
        if value is not KEEP:
            mine[field] = value
    with _saving(ctx, appointment_id, expected_version, mine), ctx.begin() as s:
        a = _load(s, appointment_id, expected_version, mine)
        if a.status != rules.BOOKED:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Tiden är {status} och kan inte flyttas. Boka en ny tid "
                                                             "i stället."),
                               status=STATUSES[a.status].lower())
        _check_places(s, mine.get("caregiver_hsa_id"), mine.get("room_id"))
        with appointment_counts.changing(s, a):
            for field, value in mine.items():
                setattr(a, field, value)
        _refuse_double_booking(s, a.id, a.starts_at, a.minutes, a.caregiver_hsa_id, a.room_id)
        _touch(a, ctx)
        access_log.record(s, ctx, "write", [a.patient_id], detail=f"tid flyttad till {local_time(starts_at)}")


def confirm(ctx: ServiceContext, appointment_id: int, agreed_with: str, agreed_how: str, *,
            expected_version: int) -> None:
    """R-AB-3: record that the patient or guardian agreed to the time, who recorded it and how."""
    require(ctx, APPOINTMENT_BOOK)
    if problem := rules.agreement_problem(agreed_with, agreed_how):
        raise UsageError(problem)
    mine = {"agreed": True}
    with _saving(ctx, appointment_id, expected_version, mine), ctx.begin() as s:
        a = _load(s, appointment_id, expected_version, mine)
        if a.status != rules.BOOKED:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Tiden är {status}; bara en bokad tid kan bekräftas."),
                               status=STATUSES[a.status].lower())
        with appointment_counts.changing(s, a):
            a.agreed, a.agreed_at, a.agreed_by = True, ctx.now(), ctx.actor.user_id
            a.agreed_with, a.agreed_how = agreed_with.strip(), agreed_how
            a.first_agreed_start = a.first_agreed_start or a.starts_at
        _touch(a, ctx)
        if a.kind == "revision":  # a proposed revision time now agreed: the recall is booked
            from klinik_app.services import recall

            recall.mark_booked(s, ctx, a.patient_id, f"tid {local_time(a.starts_at)} bekräftad")
        access_log.record(s, ctx, "write", [a.patient_id], detail="tid bekräftad")


def cancel(ctx: ServiceContext, appointment_id: int, *, by_patient: bool = True, expected_version: int) -> str:
    """Cancel a booked time; the patient's cancellation fewer than the rule set's hours before is a
    late cancellation (R-AB-3). Returns the status set."""
    require(ctx, APPOINTMENT_BOOK)
    mine = {"status": rules.CANCELLED}
    with _saving(ctx, appointment_id, expected_version, mine), ctx.begin() as s:
        a = _load(s, appointment_id, expected_version, mine)
        if a.status != rules.BOOKED:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Tiden är redan {status}."),
                               status=STATUSES[a.status].lower())
        now = ctx.now()
        status = rules.cancellation_status(ctx.rules.absence, now, _utc(a.starts_at), by_patient=by_patient)
        a.cancelled_at = now
        _set_status(s, ctx, a, status)
        access_log.record(s, ctx, "write", [a.patient_id], detail=f"tid avbokad: {STATUSES[status].lower()}")
    return status


def set_outcome(ctx: ServiceContext, appointment_id: int, status: str, *,
                expected_version: int) -> absence.Consequences:
    """Mark what happened (or correct an earlier mark, which is recorded like any change); the fee,
    re-offer and tasks follow from services.absence in the same transaction."""
    require(ctx, APPOINTMENT_BOOK)
    mine = {"status": status}
    with _saving(ctx, appointment_id, expected_version, mine), ctx.begin() as s:
        a = _load(s, appointment_id, expected_version, mine)
        was = a.status
        if problem := rules.transition_problem(was, status):
            raise UsageError(problem)
        if status in (rules.ATTENDED, rules.NO_SHOW) and local_day(a.starts_at) > ctx.today:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Tiden har inte varit än. Markera utfallet när tiden har "
                                                           "passerat."))
        if status in (rules.CANCELLED, rules.LATE_CANCELLATION):
            a.cancelled_at = a.cancelled_at or ctx.now()
        elif status == rules.BOOKED:
            a.cancelled_at = None
        consequences = _set_status(s, ctx, a, status)
        correction = " (rättelse)" if rules.is_correction(was) else ""
        access_log.record(s, ctx, "write", [a.patient_id], detail=f"utfall: {STATUSES[status].lower()}{correction}")
    return consequences


# ---------------------------------------------------------------------------------------------------
# Helpers


def _set_status(s: Session, ctx: ServiceContext, a: Appointment, status: str) -> absence.Consequences:
    """Store the status with who and when, then let services.absence decide what follows (a time put
    back to booked has no consequences and no fee). R-AB-6's answer is kept on the row for the
    statistics, which follow the change (services.appointment_counts)."""
    with appointment_counts.changing(s, a):
        a.status, a.status_set_at, a.status_set_by = status, ctx.now(), ctx.actor.user_id
        _touch(a, ctx)
        s.flush()
        consequences = absence.after_outcome(s, ctx, a) if status != rules.BOOKED else absence.Consequences()
        a.fee_sek, a.fee_reason = consequences.fee_sek, consequences.fee_reason or None
        a.absence_counted = consequences.counted
    return consequences


def link_examination(s: Session, ctx: ServiceContext, patient_id: int, examined_on: date, examination_id: int) -> None:
    """An examination recorded for the day of an attended revision time belongs to that visit (the
    journal shows which time it was); called in the examination's own transaction."""
    start, end = day_bounds(examined_on)
    visit = s.scalars(select(Appointment).where(
        Appointment.patient_id == patient_id, Appointment.kind == rules.REVISION,
        Appointment.status == rules.ATTENDED, Appointment.examination_id.is_(None),
        Appointment.starts_at >= start, Appointment.starts_at < end).order_by(Appointment.starts_at)).first()
    if visit is not None:
        visit.examination_id = examination_id
        _touch(visit, ctx)


def _check_booking(b: Booking) -> None:
    problem = (rules.length_problem(b.minutes) or rules.agreement_problem(b.agreed_with, b.agreed_how)
               or (None if b.kind in KINDS else f"Okänd typ av tid '{b.kind}'."))
    if problem:
        raise UsageError(problem)


def _check_places(s: Session, caregiver_hsa_id: str | None, room_id: int | None) -> None:
    if caregiver_hsa_id and s.scalar(select(StaffMember.id).where(StaffMember.hsa_id == caregiver_hsa_id)) is None:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Det finns ingen i personalen med HSA-id {caregiver_hsa_id}."),
                         caregiver_hsa_id=caregiver_hsa_id)
    if room_id is not None and s.get(Room, room_id) is None:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Rummet finns inte längre. Välj ett annat rum."))


def _refuse_double_booking(s: Session, own_id: int | None, starts_at: datetime, minutes: int,
                           caregiver_hsa_id: str | None, room_id: int | None) -> None:
    """A caregiver or a room holds one time at a time; cancelled and missed times leave it free."""
    starts_at = _utc(starts_at)
    window = (Appointment.status.in_(rules.BLOCKING),
              Appointment.starts_at < starts_at + timedelta(minutes=minutes),
              Appointment.starts_at > starts_at - timedelta(minutes=rules.MAX_MINUTES))
    for column, value, whose in ((Appointment.caregiver_hsa_id, caregiver_hsa_id, "Vårdgivaren"),
                                 (Appointment.room_id, room_id, "Rummet")):
        if value is None:
            continue
        query = select(Appointment.starts_at, Appointment.minutes).where(column == value, *window)
        if own_id is not None:
            query = query.where(Appointment.id != own_id)
        for other_start, other_minutes in s.execute(query.order_by(Appointment.starts_at)):
            if rules.overlaps(starts_at, minutes, _utc(other_start), other_minutes):
                other = to_local(other_start)
                ends = other + timedelta(minutes=other_minutes)
                raise ServiceError(QT_TRANSLATE_NOOP("services", "{who} har redan en tid "
                                                                 "{start:%Y-%m-%d %H:%M}–{end:%H:%M} som krockar med "
                                                                 "den här. Välj en annan tid."),
                                   who=whose, start=other, end=ends)


def _utc(stored: datetime) -> datetime:
    """A stored instant (SQLite hands it back naive, in UTC) as an aware UTC datetime."""
    return to_local(stored).astimezone(timezone.utc)


def _note(note: str | None) -> str | None:
    return (note or "").strip()[:500] or None


def _touch(a: Appointment, ctx: ServiceContext) -> None:
    a.modified_at, a.modified_by = ctx.now(), ctx.actor.user_id


def _not_found() -> ServiceError:
    return ServiceError(QT_TRANSLATE_NOOP("services", "Tiden finns inte längre i tidboken. Uppdatera vyn."))


# What a conflicting save shows of a time (services.concurrency), both sides.
_LABELS = {"starts_at": QT_TRANSLATE_NOOP("changed_elsewhere", "Tid"),
           "minutes": QT_TRANSLATE_NOOP("changed_elsewhere", "Längd (minuter)"),
           "status": QT_TRANSLATE_NOOP("changed_elsewhere", "Status"),
           "caregiver_hsa_id": QT_TRANSLATE_NOOP("changed_elsewhere", "Vårdgivare"),
           "room_id": QT_TRANSLATE_NOOP("changed_elsewhere", "Rum"),
           "agreed": QT_TRANSLATE_NOOP("changed_elsewhere", "Överenskommen"),
           "kind": QT_TRANSLATE_NOOP("changed_elsewhere", "Typ"),
           "note": QT_TRANSLATE_NOOP("changed_elsewhere", "Anteckning")}
_SHOWN = {"starts_at": local_time, "status": lambda v: STATUSES.get(v, v), "kind": lambda v: KINDS.get(v, v)}


def _check(s: Session, a: Appointment, expected_version: int | None, mine: dict) -> None:
    def what() -> str:
        p = s.get(Patient, a.patient_id)
        return Text(QT_TRANSLATE_NOOP("services", "Tiden {time} för {name}"), time=local_time(a.starts_at),
                    name=f"{p.first_name} {p.last_name}")
    check_version(a, expected_version, mine, _LABELS, what=what, key=a.id, patient_id=a.patient_id, shown=_SHOWN)


def _load(s: Session, appointment_id: int, expected_version: int | None, mine: dict) -> Appointment:
    a = s.get(Appointment, appointment_id)
    if a is None:
        raise _not_found()
    _check(s, a, expected_version, mine)
    return a


def _saving(ctx: ServiceContext, appointment_id: int, expected_version: int | None, mine: dict):
    def recheck(s: Session) -> None:
        a = s.get(Appointment, appointment_id)
        if a is not None:
            _check(s, a, expected_version, mine)
    return guarded(ctx, recheck, QT_TRANSLATE_NOOP("services", "Tiden"))
