"""The deviation register and its workflow (R-DV-1, R-DV-2, R-DV-5, R-DV-7): report, list and filter,
open a case, and take it step by step to closed. The rules are domain/deviations.py; here they are
stored, one transaction per use case, each step a line on the case's timeline.

Anyone on the staff reports and reads the register (DEVIATION_REPORT); the steps need
DEVIATION_HANDLE; the optional patient is seen and linked only with DEVIATION_PATIENT_LINK, and
every such read or write is in the access log (R-SE-2).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klinik_app.db.models import Deviation, DeviationAction, DeviationEvent, DeviationPatient, Patient, StaffMember
from klinik_app.domain import deviations as rules
from klinik_app.domain.deviations import DeviationRefused, PlannedAction, Report
from klinik_app.domain.identity import InvalidIdentityNumber, parse_identity_number
from klinik_app.domain.permissions import DEVIATION_HANDLE, DEVIATION_PATIENT_LINK, DEVIATION_REPORT
from klinik_app.services import access_log
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import may, require
from klinik_app.services.settings import get_int_setting

# R-DV-2/R-DV-7: days within which an answer is due; a clinic setting (the rulebook gives no number).
ANSWER_DAYS_SETTING = "deviation.answer_days"
GONE = "Avvikelsen finns inte längre."
CHANGED = "Någon annan har just ändrat avvikelsen. Den visas nu som den är; gör steget igen."

@dataclass(frozen=True, slots=True)
class Receipt:
    """What the reporter gets back at once (R-DV-5: the reporter is kept informed)."""

    id: int
    number: str
    reported_at: datetime


@dataclass(frozen=True, slots=True)
class DeviationRow:
    """One line of the register."""

    id: int
    number: str
    category: str
    harm: str
    state: str
    summary: str
    occurred_on: date
    place: str
    other_party: str
    reported_on: date
    answer_due: date | None  # the answer to (or from) the other party, when one is awaited
    overdue_actions: int
    row_version: int
    today: date

    @property
    def answer_is_due(self) -> bool:
        return self.answer_due is not None and self.answer_due <= self.today

    @property
    def overdue(self) -> bool:
        return self.answer_is_due or self.overdue_actions > 0


@dataclass(frozen=True, slots=True)
class ActionInfo:
    id: int
    description: str
    owner: str
    due_on: date
    outcome: str | None
    followed_up_on: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class EventInfo:
    at: datetime
    by: str  # the staff member's name where known, else the HSA-ID
    text: str


@dataclass(frozen=True, slots=True)
class DeviationCase:
    row: DeviationRow
    what: str
    immediate_action: str
    reporter: str
    investigator: str | None
    answer_text: str | None
    answer_on: date | None
    feedback: str | None
    actions: list[ActionInfo]
    events: list[EventInfo]
    patient: str | None  # "Name, YYYYMMDD-NNNN" for those who may see it, else None


def answer_days(ctx: ServiceContext) -> int:
    low, high = rules.ANSWER_DAYS_RANGE
    return get_int_setting(ctx, ANSWER_DAYS_SETTING, rules.DEFAULT_ANSWER_DAYS, low, high)


def _summary(what: str) -> str:
    line = what.strip().splitlines()[0] if what.strip() else ""
    return line if len(line) <= 80 else line[:79] + "…"


def _row(d: Deviation, overdue_actions: int, today: date, days: int) -> DeviationRow:
    due = rules.answer_due_on(d.category, d.state, d.reported_on, d.decided_on, d.answer_on is not None, days)
    return DeviationRow(d.id, rules.receipt_number(d.id), d.category, d.harm, d.state, _summary(d.what), d.occurred_on,
                        d.place, d.other_party or "", d.reported_on, due, overdue_actions, d.row_version, today)


def _overdue_actions(today: date):
    return (select(func.count()).select_from(DeviationAction)
            .where(DeviationAction.deviation_id == Deviation.id, DeviationAction.followed_up_on.is_(None),
                   DeviationAction.due_on < today)
            .correlate(Deviation).scalar_subquery())


def _stamp(ctx: ServiceContext) -> dict:
    now, who = ctx.now(), ctx.actor.user_id
    return dict(created_at=now, created_by=who, modified_at=now, modified_by=who)


def _event(s: Session, ctx: ServiceContext, deviation_id: int, kind: str, text: str) -> None:
    s.add(DeviationEvent(deviation_id=deviation_id, kind=kind, text=text, **_stamp(ctx)))


def _touch(ctx: ServiceContext, d: Deviation) -> None:
    d.modified_at, d.modified_by = ctx.now(), ctx.actor.user_id


# --- reporting and the register -----------------------------------------------------------------
def report_deviation(ctx: ServiceContext, report: Report) -> Receipt:
    """Any staff member: the quick report. No patient here (R-DV-1); a handler links one apart."""
    require(ctx, DEVIATION_REPORT)
    report = rules.check_report(report, ctx.today)
    with ctx.begin() as s:
        d = Deviation(category=report.category, harm=report.harm, state=rules.REPORTED, what=report.what,
                      occurred_on=report.occurred_on, place=report.place, immediate_action=report.immediate_action,
                      other_party=report.other_party or None, reported_at=ctx.now(), reported_on=ctx.today, reporter=ctx.actor.user_id,
                      **_stamp(ctx))
        s.add(d)
        s.flush()
        _event(s, ctx, d.id, rules.REPORTED, f"Rapporterad: {rules.CATEGORY_LABELS[d.category]}, "
                                             f"{rules.HARM_LABELS[d.harm].lower()}.")
        return Receipt(d.id, rules.receipt_number(d.id), d.reported_at)


def deviation_register(ctx: ServiceContext, *, category: str | None = None, state: str | None = None,
                       overdue_only: bool = False, open_only: bool = False) -> list[DeviationRow]:
    """The register, newest first, filtered by category, state, and overdue (an answer due or an
    action past its date)."""
    require(ctx, DEVIATION_REPORT)
    days, today = answer_days(ctx), ctx.today
    query = select(Deviation, _overdue_actions(today)).order_by(Deviation.reported_on.desc(), Deviation.id.desc())
    if category:
        query = query.where(Deviation.category == category)
    if state:
        query = query.where(Deviation.state == state)
    if open_only or overdue_only:
        query = query.where(Deviation.state != rules.CLOSED)
    with ctx.sessions() as s:
        rows = [_row(d, n, today, days) for d, n in s.execute(query)]
    return [r for r in rows if r.overdue] if overdue_only else rows


def open_deviation(ctx: ServiceContext, deviation_id: int) -> DeviationCase:
    """The case with its actions and timeline; the patient only for those who may see it (logged)."""
    require(ctx, DEVIATION_REPORT)
    with ctx.begin() as s:
        d = _get(s, deviation_id)
        return _case(s, ctx, d)


def _get(s: Session, deviation_id: int, expected_version: int | None = None) -> Deviation:
    d = s.get(Deviation, deviation_id)
    if d is None:
        raise ServiceError(GONE)
    if expected_version is not None and d.row_version != expected_version:
        raise ServiceError(CHANGED)
    return d


def _case(s: Session, ctx: ServiceContext, d: Deviation) -> DeviationCase:
    today = ctx.today
    events = s.scalars(select(DeviationEvent).where(DeviationEvent.deviation_id == d.id)
                       .order_by(DeviationEvent.id)).all()
    names = _names(s, {d.reporter, *(e.created_by for e in events)})
    actions = [ActionInfo(a.id, a.description, a.owner, a.due_on, a.outcome, a.followed_up_on,
                          rules.action_overdue(a.due_on, a.followed_up_on is not None, today)) for a in d.actions]
    overdue = sum(a.overdue for a in actions)
    return DeviationCase(
        _row(d, overdue, today, answer_days(ctx)), d.what, d.immediate_action, names.get(d.reporter, d.reporter),
        d.investigator, d.answer_text, d.answer_on, d.feedback, actions,
        [EventInfo(e.created_at, names.get(e.created_by, e.created_by), e.text) for e in events],
        _patient_label(s, ctx, d.id))


def _names(s: Session, hsa_ids: set[str]) -> dict[str, str]:
    return dict(s.execute(select(StaffMember.hsa_id, StaffMember.name).where(StaffMember.hsa_id.in_(hsa_ids))).all())


def _patient_label(s: Session, ctx: ServiceContext, deviation_id: int) -> str | None:
    if not may(ctx, DEVIATION_PATIENT_LINK):
        return None
    p = s.scalar(select(Patient).join(DeviationPatient, DeviationPatient.patient_id == Patient.id)
                 .where(DeviationPatient.deviation_id == deviation_id))
    if p is None:
        return None
    access_log.record(s, ctx, "read", [p.id], detail=f"avvikelse {rules.receipt_number(deviation_id)}")
    return f"{p.first_name} {p.last_name}, {p.personnummer[:8]}-{p.personnummer[8:]}"


# --- the workflow (R-DV-5) ------------------------------------------------------------------------
@contextmanager
def _stepping(ctx: ServiceContext, deviation_id: int, target: str, expected_version: int | None):
    """One transaction on the case, once it may move to `target` (version and order checked)."""
    with ctx.begin() as s:
        d = _get(s, deviation_id, expected_version)
        rules.check_step(d.state, target)
        yield s, d


def _done(s: Session, ctx: ServiceContext, d: Deviation) -> DeviationCase:
    """The case as it now stands, read in the step's own transaction."""
    s.flush()
    return _case(s, ctx, d)


def start_investigation(ctx: ServiceContext, deviation_id: int, investigator: str, *,
                        expected_version: int | None = None) -> DeviationCase:
    require(ctx, DEVIATION_HANDLE)
    investigator = rules.check_investigator(investigator)
    with _stepping(ctx, deviation_id, rules.INVESTIGATING, expected_version) as (s, d):
        d.state, d.investigator = rules.INVESTIGATING, investigator
        _touch(ctx, d)
        _event(s, ctx, d.id, d.state, f"Utredning påbörjad. Utredare: {investigator}.")
        return _done(s, ctx, d)


def decide_actions(ctx: ServiceContext, deviation_id: int, actions: list[PlannedAction], *,
                   expected_version: int | None = None) -> DeviationCase:
    require(ctx, DEVIATION_HANDLE)
    actions = rules.check_actions(actions, ctx.today)
    with _stepping(ctx, deviation_id, rules.ACTIONS_DECIDED, expected_version) as (s, d):
        d.actions.extend(DeviationAction(description=a.description, owner=a.owner, due_on=a.due_on, **_stamp(ctx))
                         for a in actions)
        d.state, d.decided_on = rules.ACTIONS_DECIDED, ctx.today
        _touch(ctx, d)
        listed = "; ".join(f"{a.description} ({a.owner}, senast {a.due_on.isoformat()})" for a in actions)
        _event(s, ctx, d.id, d.state, f"Åtgärder beslutade: {listed}.")
        return _done(s, ctx, d)


def follow_up_actions(ctx: ServiceContext, deviation_id: int, outcomes: dict[int, str], *,
                      expected_version: int | None = None) -> DeviationCase:
    require(ctx, DEVIATION_HANDLE)
    with _stepping(ctx, deviation_id, rules.FOLLOWED_UP, expected_version) as (s, d):
        tidy = rules.check_follow_up(outcomes, [a.id for a in d.actions])
        for a in d.actions:
            a.outcome, a.followed_up_on = tidy[a.id], ctx.today
            a.modified_at, a.modified_by = ctx.now(), ctx.actor.user_id
        d.state = rules.FOLLOWED_UP
        _touch(ctx, d)
        _event(s, ctx, d.id, d.state, "Åtgärder uppföljda: " + "; ".join(tidy[a.id] for a in d.actions) + ".")
        return _done(s, ctx, d)


def record_answer(ctx: ServiceContext, deviation_id: int, text: str, delivered_on: date | None, *,
                  expected_version: int | None = None) -> DeviationCase:
    """R-DV-2: the answer to the sending provider and the day it was delivered (for an outgoing
    deviation: the other provider's answer and the day it came)."""
    require(ctx, DEVIATION_HANDLE)
    with ctx.begin() as s:
        d = _get(s, deviation_id, expected_version)
        if d.state == rules.CLOSED:
            raise DeviationRefused("Avvikelsen är redan avslutad.")
        if d.category not in rules.WITH_OTHER_PARTY:
            raise DeviationRefused("Bara avvikelser som gäller en annan part har ett svar att registrera.")
        d.answer_text = rules.check_answer(text, delivered_on, d.reported_on, ctx.today)
        d.answer_on = delivered_on
        _touch(ctx, d)
        what = "Svar mottaget" if d.category == rules.OUTGOING else "Svar lämnat till avsändaren"
        _event(s, ctx, d.id, "svar", f"{what} {delivered_on.isoformat()}: {d.answer_text}")
        return _done(s, ctx, d)


def close_deviation(ctx: ServiceContext, deviation_id: int, feedback: str, *,
                    expected_version: int | None = None) -> DeviationCase:
    """R-DV-5: closed with the reporter's feedback recorded; R-DV-2: not without the answer."""
    require(ctx, DEVIATION_HANDLE)
    with _stepping(ctx, deviation_id, rules.CLOSED, expected_version) as (s, d):
        d.feedback = rules.check_close(d.category, feedback, d.answer_text, d.answer_on)
        d.state, d.closed_on = rules.CLOSED, ctx.today
        _touch(ctx, d)
        _event(s, ctx, d.id, d.state, f"Avslutad. Återkoppling till den som rapporterade: {d.feedback}")
        return _done(s, ctx, d)


def link_patient(ctx: ServiceContext, deviation_id: int, personnummer: str, *,
                 expected_version: int | None = None) -> DeviationCase:
    """Handlers only: the patient the deviation concerns, kept apart from the report (R-DV-1)."""
    require(ctx, DEVIATION_PATIENT_LINK)
    try:
        digits = parse_identity_number(personnummer, ctx.today).digits
    except InvalidIdentityNumber as exc:
        raise DeviationRefused(exc.message) from None
    with ctx.begin() as s:
        d = _get(s, deviation_id, expected_version)
        patient_id = s.scalar(select(Patient.id).where(Patient.personnummer == digits))
        if patient_id is None:
            raise DeviationRefused("Det finns ingen patient med det personnumret i registret.")
        link = s.get(DeviationPatient, d.id)
        if link is None:
            s.add(DeviationPatient(deviation_id=d.id, patient_id=patient_id, **_stamp(ctx)))
        elif link.patient_id != patient_id:
            link.patient_id, link.modified_at, link.modified_by = patient_id, ctx.now(), ctx.actor.user_id
        _touch(ctx, d)
        # The timeline is read by every staff member: it says that a patient is linked, never who.
        _event(s, ctx, d.id, "patient", "Patient kopplad (syns bara för avvikelsehandläggare).")
        access_log.record(s, ctx, "write", [patient_id], detail=f"kopplad till avvikelse {rules.receipt_number(d.id)}")
        return _done(s, ctx, d)
