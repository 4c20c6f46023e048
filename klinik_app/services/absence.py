"""What follows an appointment's outcome (R-AB-2..6): the absence fee, the re-offer, the written
information and the child-at-risk assessment. services.appointments calls `after_outcome` inside the
transaction that sets the outcome, so a no-show and its consequences are saved together.

Choices (documented here because the rules leave them open):
- An outcome corrected from no-show back to attended leaves an open task as it is: staff close it
  (a dentist's "not reported" with the reason, or the letter marked sent or not sent by routine);
  the correction itself is on record in the book, and a task never disappears silently.
- A patient leaves the re-offer list when any later non-emergency time is booked or attended (not
  only one with reoffer_of_id): the patient has a time to come to. Only the latest counted absence
  of a patient is listed, and only while the patient is listed at the clinic today.
- A task is due TASK_DAYS after it opens (no rule gives a deadline; two weeks keeps the list honest).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased, selectinload

from klinik_app.db.models import Appointment, Listing, Patient, PatientGuardian, Task
from klinik_app.domain import absence as rules
from klinik_app.domain import record_copy as record_copy_rules
from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import DENTIST
from klinik_app.domain.local_time import local_day, to_local
from klinik_app.domain.mailing import plan_mailing
from klinik_app.domain.permissions import (
    ABSENCE_LETTER,
    APPOINTMENT_READ,
    CHILD_AT_RISK_DECIDE,
    RECEPTION,
)
from klinik_app.letters import Recipient, Rendered
from klinik_app.letters.absence_letter import AbsenceNotice, absence_letters
from klinik_app.services import access_log
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.contacts import patient_contact
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

WRITTEN_INFORMATION, CHILD_AT_RISK = "written-information", "child-at-risk"
TASK_LABELS = {WRITTEN_INFORMATION: "Skriftlig information om uteblivanden", CHILD_AT_RISK: "Bedömning barn som far illa",
               record_copy_rules.TASK_KIND: record_copy_rules.TASK_LABEL}  # issue 13: opened by services.record_copy
TASK_ROLES = {WRITTEN_INFORMATION: RECEPTION, CHILD_AT_RISK: DENTIST}  # whose to-do list shows it
OPEN, CLOSED = "open", "closed"
SENT, REPORTED, NOT_REPORTED = "sent", "reported", "not-reported"
DECISION_LABELS = {SENT: "Brevet skickat", REPORTED: "Orosanmälan gjord", NOT_REPORTED: "Ingen orosanmälan",
                   **record_copy_rules.DECISIONS}
EVERY_ROLE = "*"  # tasks(role=EVERY_ROLE): every role's list
TASK_DAYS = 14
LATER_TIME = ("booked", "attended")  # a later time in one of these states ends the re-offer (R-AB-2)


@dataclass(frozen=True, slots=True)
class Consequences:
    """What the outcome led to, for the message the receptionist sees."""

    fee_sek: int | None = None  # R-AB-3: None when no fee is charged
    fee_reason: str = ""  # Swedish, shown either way
    reoffer_by: date | None = None  # R-AB-2: a new time must be offered by this day
    tasks_opened: tuple[str, ...] = field(default_factory=tuple)  # task kinds opened (R-AB-4, R-AB-5)
    counted: bool = False  # R-AB-6: the outcome counts as an absence


@dataclass(frozen=True, slots=True)
class ReofferItem:
    """R-AB-2: a listed patient who missed an agreed time and has no new time yet."""

    appointment_id: int
    patient_id: int
    patient_name: str
    personnummer: str
    missed_at: datetime  # Swedish local time
    kind: str
    first_agreed_on: date
    deadline: date
    overdue: bool  # the deadline has passed


@dataclass(frozen=True, slots=True)
class TaskItem:
    """A task on the to-do list (Att göra), with the absences behind it."""

    id: int
    kind: str
    patient_id: int
    patient_name: str
    personnummer: str
    birth_date: date
    role: str
    state: str
    opened_on: date
    due_on: date | None
    absences: tuple[datetime, ...]  # counted absences in the window behind the latest (local time)
    decision: str | None
    decision_on: date | None
    social_services_office: str | None
    reason: str | None
    row_version: int
    overdue: bool = False

    @property
    def label(self) -> str:
        return TASK_LABELS[self.kind]

    @property
    def age_at_latest(self) -> int | None:
        return age_on(self.birth_date, self.absences[-1].date()) if self.absences else None


# --- the outcome ----------------------------------------------------------------------------------

def after_outcome(session: Session, ctx: ServiceContext, appointment: Appointment) -> Consequences:
    """Decide the fee and open the tasks for the outcome just set on `appointment` (flushed).

    Nothing is stored on the appointment here: the caller stores fee_sek and fee_reason.
    """
    book = ctx.rules.absence
    fee, reason = rules.fee_decision(appointment.status, appointment.agreed, False, book)
    listings = _listings(session, appointment.patient_id)
    day = local_day(appointment.starts_at)
    if not rules.counts_as_absence(appointment.status, appointment.kind, appointment.agreed,
                                   _listed_on(listings, day), book):
        return Consequences(fee, reason)
    first = local_day(appointment.first_agreed_start or appointment.starts_at)
    opened = open_tasks_after(session, ctx, appointment, listings)
    return Consequences(fee, reason, rules.reoffer_deadline(first, book), opened, True)


def open_tasks_after(session: Session, ctx: ServiceContext, appointment: Appointment, listings=None) -> tuple[str, ...]:
    """R-AB-4/5 after a counted absence: the written-information task when the absences are repeated,
    and for a child on the day of the latest also the assessment; the task kinds opened."""
    book = ctx.rules.absence
    days = [local_day(a.starts_at) for a in _counted(session, ctx, appointment.patient_id, listings)]
    if not days or not rules.repeated(days, max(days), book):
        return ()
    opened = _open_task(session, ctx, WRITTEN_INFORMATION, appointment)
    birth = session.scalar(select(Patient.birth_date).where(Patient.id == appointment.patient_id))
    if rules.child_at_risk(birth, max(days), book):
        opened += _open_task(session, ctx, CHILD_AT_RISK, appointment)
    return tuple(opened)


def _listings(session: Session, patient_id: int) -> list:
    return session.execute(select(Listing.status, Listing.start_date, Listing.end_date)
                           .where(Listing.patient_id == patient_id)).all()


_listed_on = rules.listed_on


def _counted(session: Session, ctx: ServiceContext, patient_id: int, listings=None) -> list[Appointment]:
    """The patient's appointments that count as absences (R-AB-6), oldest first."""
    book = ctx.rules.absence
    listings = _listings(session, patient_id) if listings is None else listings
    found = session.scalars(select(Appointment).where(
        Appointment.patient_id == patient_id, Appointment.status.in_(_absence_statuses(ctx)),
        Appointment.agreed.is_(True), Appointment.kind != rules.EMERGENCY).order_by(Appointment.starts_at)).all()
    return [a for a in found if rules.counts_as_absence(a.status, a.kind, a.agreed,
                                                        _listed_on(listings, local_day(a.starts_at)), book)]


def _absence_statuses(ctx: ServiceContext) -> tuple[str, ...]:
    return (rules.NO_SHOW, rules.LATE_CANCELLATION) if ctx.rules.absence.late_cancellation_counts else (rules.NO_SHOW,)


def _open_task(session: Session, ctx: ServiceContext, kind: str, appointment: Appointment) -> list[str]:
    """Open a task unless one of the kind is open for the patient (checked, not left to the index)."""
    if session.scalar(select(Task.id).where(Task.kind == kind, Task.patient_id == appointment.patient_id,
                                            Task.state == OPEN)) is not None:
        return []
    now, who = ctx.now(), ctx.actor.user_id
    session.add(Task(kind=kind, patient_id=appointment.patient_id, role=TASK_ROLES[kind], state=OPEN,
                     opened_on=ctx.today, due_on=ctx.today + timedelta(days=TASK_DAYS),
                     appointment_id=appointment.id, created_at=now, created_by=who, modified_at=now, modified_by=who))
    access_log.record(session, ctx, "write", [appointment.patient_id], detail=f"uppgift öppnad: {TASK_LABELS[kind]}")
    return [kind]


# --- the lists ------------------------------------------------------------------------------------

def _number(p: str) -> str:
    return f"{p[:8]}-{p[8:]}"


def reoffer_worklist(ctx: ServiceContext) -> list[ReofferItem]:
    """R-AB-2: listed patients whose latest counted absence (R-AB-6, decided with the outcome) has no
    later booked or attended time, with the deadline counted from the first agreed time; overdue ones
    first."""
    require(ctx, APPOINTMENT_READ)
    book = ctx.rules.absence
    later = aliased(Appointment)
    query = (
        select(Appointment, Patient.first_name, Patient.last_name, Patient.personnummer)
        .join(Patient, Patient.id == Appointment.patient_id)
        .where(Appointment.absence_counted,  # as written: the partial index's condition
               ~exists().where(later.patient_id == Appointment.patient_id, later.starts_at > Appointment.starts_at,
                               later.status.in_(LATER_TIME), later.kind != rules.EMERGENCY))
        .order_by(Appointment.patient_id, Appointment.starts_at.desc()))
    items: list[ReofferItem] = []
    with ctx.begin() as s:
        rows = s.execute(query).all()
        listings: dict[int, list] = {}
        for li in s.execute(select(Listing.patient_id, Listing.status, Listing.start_date, Listing.end_date)
                            .where(Listing.patient_id.in_({r[0].patient_id for r in rows}))):
            listings.setdefault(li[0], []).append(li[1:])
        seen: set[int] = set()
        for a, first_name, last_name, pnr in rows:
            mine = listings.get(a.patient_id, [])
            if a.patient_id in seen or not _listed_on(mine, ctx.today):
                continue
            seen.add(a.patient_id)
            first = local_day(a.first_agreed_start or a.starts_at)
            deadline = rules.reoffer_deadline(first, book)
            items.append(ReofferItem(a.id, a.patient_id, f"{first_name} {last_name}", _number(pnr),
                                     to_local(a.starts_at), a.kind, first, deadline, deadline < ctx.today))
        access_log.record(s, ctx, "list", [None], detail=f"omerbjudandelista: {len(items)} patienter")
    items.sort(key=lambda i: (i.deadline, i.patient_name))
    return items


def tasks(ctx: ServiceContext, role: str | None = None, state: str = OPEN) -> list[TaskItem]:
    """The to-do list (Att göra): tasks of `role` (default: the acting person's roles; EVERY_ROLE: all)."""
    require(ctx, APPOINTMENT_READ)
    roles = set(ctx.actor.roles) if role is None else None if role == EVERY_ROLE else {role}
    query = select(Task, Patient).join(Patient, Patient.id == Task.patient_id).where(Task.state == state)
    if roles is not None:
        query = query.where(Task.role.in_(roles))
    with ctx.begin() as s:
        found = s.execute(query.order_by(Task.due_on, Task.id)).all()
        items = [_task_item(s, ctx, t, p) for t, p in found]
        access_log.record(s, ctx, "read", sorted({t.patient_id for t, _p in found}), detail="att göra-listan")
    return items


def _task_item(s: Session, ctx: ServiceContext, t: Task, p: Patient) -> TaskItem:
    return TaskItem(t.id, t.kind, p.id, f"{p.first_name} {p.last_name}", _number(p.personnummer), p.birth_date,
                    t.role, t.state, t.opened_on, t.due_on, tuple(to_local(a.starts_at) for a in _window(s, ctx, p.id)),
                    t.decision, t.decision_on, t.social_services_office, t.reason, t.row_version,
                    t.state == OPEN and t.due_on is not None and t.due_on < ctx.today)


def _window(s: Session, ctx: ServiceContext, patient_id: int) -> list[Appointment]:
    """The counted absences within the repeated-absence window behind the latest (R-AB-4/6)."""
    counted = _counted(s, ctx, patient_id)
    if not counted:
        return []
    start = ctx.rules.absence.repeated_window_start(local_day(counted[-1].starts_at))
    return [a for a in counted if local_day(a.starts_at) >= start]


# --- closing the tasks ----------------------------------------------------------------------------

_LABELS = {"state": QT_TRANSLATE_NOOP("changed_elsewhere", "Status"),
           "decision": QT_TRANSLATE_NOOP("changed_elsewhere", "Beslut"),
           "decision_on": QT_TRANSLATE_NOOP("changed_elsewhere", "Datum"),
           "social_services_office": QT_TRANSLATE_NOOP("changed_elsewhere", "Socialkontor"),
           "reason": QT_TRANSLATE_NOOP("changed_elsewhere", "Skäl")}
_OPEN_TEXT, _CLOSED_TEXT = QT_TRANSLATE_NOOP("services", "Öppen"), QT_TRANSLATE_NOOP("services", "Avslutad")
_SHOWN = {"state": lambda v: _OPEN_TEXT if v == OPEN else _CLOSED_TEXT, "decision": lambda v: DECISION_LABELS.get(v, v)}


def _load(s: Session, task_id: int, kind: str) -> Task:
    task = s.get(Task, task_id)
    if task is None or task.kind != kind:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Uppgiften finns inte längre. Uppdatera listan Att göra."))
    return task


_WHAT = QT_TRANSLATE_NOOP("services", "Uppgiften")  # named when saved elsewhere meanwhile


def _close(ctx: ServiceContext, task_id: int, kind: str, expected_version: int | None, mine: dict,
           check) -> None:
    """Close the task with `mine` (field -> value) after `check(task)` accepts it; one transaction."""
    def recheck(s: Session) -> None:
        task = _load(s, task_id, kind)
        check_version(task, expected_version, mine, _LABELS, what=_WHAT, key=task_id, patient_id=task.patient_id,
                      shown=_SHOWN)

    with guarded(ctx, recheck, _WHAT), ctx.begin() as s:
        task = _load(s, task_id, kind)
        check_version(task, expected_version, mine, _LABELS, what=_WHAT, key=task_id, patient_id=task.patient_id,
                      shown=_SHOWN)
        if task.state != OPEN:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Uppgiften är redan avslutad."))
        check(task)
        for name, value in mine.items():
            setattr(task, name, value)
        task.state, task.closed_on, task.closed_by = CLOSED, ctx.today, ctx.actor.user_id
        task.modified_at, task.modified_by = ctx.now(), ctx.actor.user_id
        access_log.record(s, ctx, "write", [task.patient_id], detail=f"{TASK_LABELS[kind]}: {DECISION_LABELS[mine['decision']]}")


def _not_in_future(ctx: ServiceContext, day: date, what: str) -> None:
    if day > ctx.today:
        raise UsageError(QT_TRANSLATE_NOOP("services", "{what} kan inte ligga efter dagens datum ({today})."),
                         what=what, today=ctx.today.isoformat())


def mark_letter_sent(ctx: ServiceContext, task_id: int, sent_on: date, *, expected_version: int | None) -> None:
    """R-AB-4: the written information has gone out; the task is done."""
    require(ctx, ABSENCE_LETTER)
    _not_in_future(ctx, sent_on, "Datumet då brevet skickades")

    def check(task: Task) -> None:
        if sent_on < task.opened_on:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Brevet kan inte ha skickats före {opened_on}, då "
                                                           "uppgiften öppnades."),
                             opened_on=task.opened_on.isoformat())

    _close(ctx, task_id, WRITTEN_INFORMATION, expected_version, {"decision": SENT, "decision_on": sent_on}, check)


def decide_child_at_risk(ctx: ServiceContext, task_id: int, reported: bool, *, reported_on: date | None = None,
                         office: str | None = None, reason: str | None = None, expected_version: int | None) -> None:
    """R-AB-5: a dentist closes the assessment: concern reported (date, social services office) or not
    reported (the reason)."""
    require(ctx, CHILD_AT_RISK_DECIDE)
    office, reason = (office or "").strip(), (reason or "").strip()
    if reported:
        if reported_on is None or not office:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Ange datum för orosanmälan och vilket socialkontor den "
                                                           "gick till."))
        _not_in_future(ctx, reported_on, "Datumet för orosanmälan")
        mine = {"decision": REPORTED, "decision_on": reported_on, "social_services_office": office[:200]}
    else:
        if len(reason) < 5:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv skälet till att ingen orosanmälan görs (minst några "
                                                           "ord)."))
        mine = {"decision": NOT_REPORTED, "decision_on": ctx.today, "reason": reason}
    _close(ctx, task_id, CHILD_AT_RISK, expected_version, mine, lambda task: None)


# --- the letter -----------------------------------------------------------------------------------

def absence_letter_pdf(ctx: ServiceContext, task_id: int, path: Path) -> Rendered:
    """R-AB-4: the letter to the guardians (from 18: the patient) as PDF at `path`."""
    require(ctx, ABSENCE_LETTER)
    head = letterhead(ctx)  # refuses first when the clinic's address is missing
    book = ctx.rules.absence
    with ctx.begin() as s:
        task = _load(s, task_id, WRITTEN_INFORMATION)
        p = s.scalars(select(Patient).where(Patient.id == task.patient_id).options(
            selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian))).one()
        missed = tuple(to_local(a.starts_at).replace(tzinfo=None) for a in _window(s, ctx, p.id))
        plan = plan_mailing([patient_contact(p)], ctx.today)
        if plan.manual:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Patienten har skyddad identitet: brevet skrivs inte ut "
                                                             "med adress. Informera enligt klinikens rutin (R-TG-4).")
                               if p.protected_identity else
                               QT_TRANSLATE_NOOP("services", "Adress saknas för patienten och vårdnadshavarna. "
                                                             "Komplettera adressen och försök igen."))
        late = book.late_cancellation_hours if book.late_cancellation_counts else None
        notices = [AbsenceNotice(Recipient(tuple(m.name_lines), m.address_lines), f"{p.first_name} {p.last_name}",
                                 bool(m.concerning), missed, book.fee_sek, late) for m in plan.letters]
        rendered = absence_letters(path, head, notices, ctx.today)
        access_log.record(s, ctx, "letter", [p.id], detail="brev om upprepade uteblivanden")
    return rendered
