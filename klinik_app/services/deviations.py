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
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from klinik_app.db.models import (
    Deviation,
    DeviationAction,
    DeviationEvent,
    DeviationLexMaria,
    DeviationPatient,
    Patient,
    StaffMember,
)
from klinik_app.domain import deviations as rules
from klinik_app.domain.deviations import DeviationRefused, PlannedAction, Report
from klinik_app.domain.lex_maria import LexMaria
from klinik_app.domain.patient_safety import check_lesson
from klinik_app.domain.identity import InvalidIdentityNumber, parse_identity_number
from klinik_app.domain.permissions import DEVIATION_HANDLE, DEVIATION_PATIENT_LINK, DEVIATION_REPORT
from klinik_app.services import access_log
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import may, require
from klinik_app.services.settings import get_int_setting

# R-DV-2/R-DV-7: days within which an answer is due; a clinic setting (the rulebook gives no number).
ANSWER_DAYS_SETTING = "deviation.answer_days"
GONE = QT_TRANSLATE_NOOP("services", "Avvikelsen finns inte längre.")
CHANGED = QT_TRANSLATE_NOOP("services", "Någon annan har just ändrat avvikelsen. Den visas nu som den är; gör steget "
                                        "igen.")

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
    lesson: str | None = None  # R-DV-5: what the clinic learnt
    lex_maria: LexMaria | None = None  # R-DV-3: the IVO checklist, once started


def answer_days(ctx: ServiceContext) -> int:
    low, high = rules.ANSWER_DAYS_RANGE
    return get_int_setting(ctx, ANSWER_DAYS_SETTING, rules.DEFAULT_ANSWER_DAYS, low, high)


def summary_line(what: str) -> str:
    line = what.strip().splitlines()[0] if what.strip() else ""
    return line if len(line) <= 80 else line[:79] + "…"


def _row(d: Deviation, overdue_actions: int, today: date, days: int) -> DeviationRow:
    return _line((d.id, d.category, d.harm, d.state, d.what, d.occurred_on, d.place, d.other_party, d.reported_on,
                  d.decided_on, d.answer_on, d.row_version), overdue_actions, today, days)


def _line(values, overdue_actions: int, today: date, days: int) -> DeviationRow:
    """A register line from the values of _REGISTER_COLUMNS, in that order."""
    (id_, category, harm, state, what, occurred_on, place, other_party, reported_on, decided_on, answer_on,
     version) = values
    due = rules.answer_due_on(category, state, reported_on, decided_on, answer_on is not None, days)
    return DeviationRow(id_, rules.receipt_number(id_), category, harm, state, summary_line(what), occurred_on,
                        place, other_party or "", reported_on, due, overdue_actions, version, today)


def _may_be_overdue(today: date, days: int):
    """SQL for rules.answer_due_on(...) <= today or an overdue action, so that the overdue filter
    reads only those lines (DeviationRow.overdue, from the rules, still decides each one)."""
    unanswered = Deviation.answer_on.is_(None)
    answer_late = unanswered & (
        (Deviation.category.in_((rules.INCOMING, rules.OUTGOING)) & (Deviation.reported_on <= today - timedelta(days=days)))
        | ((Deviation.category == rules.COOPERATION) & (Deviation.decided_on <= today)))
    late_action = Deviation.id.in_(select(DeviationAction.deviation_id).where(
        DeviationAction.followed_up_on.is_(None), DeviationAction.due_on < today))
    return answer_late | late_action


def _overdue_actions(s: Session, today: date) -> dict[int, int]:
    """Per case, its actions past their date and not followed up (few: one grouped query)."""
    return dict(s.execute(select(DeviationAction.deviation_id, func.count())
                          .where(DeviationAction.followed_up_on.is_(None), DeviationAction.due_on < today)
                          .group_by(DeviationAction.deviation_id)).all())


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


# The register reads only what a line shows (the start of the text, not all of it), without an ORM
# object per line; the window asks for the newest PAGE lines (issue 6: open and filter in < 300 ms
# with 50,000 cases), the filters and the search reach the older ones.
PAGE = 1000
_REGISTER_COLUMNS = (Deviation.id, Deviation.category, Deviation.harm, Deviation.state,
                     func.substr(Deviation.what, 1, 100).label("what"), Deviation.occurred_on, Deviation.place,
                     Deviation.other_party, Deviation.reported_on, Deviation.decided_on, Deviation.answer_on,
                     Deviation.row_version)


def deviation_register(ctx: ServiceContext, *, category: str | None = None, state: str | None = None,
                       overdue_only: bool = False, open_only: bool = False, search: str | None = None,
                       lessons_only: bool = False, limit: int | None = None) -> list[DeviationRow]:
    """The register, newest first, filtered by category, state, overdue (an answer due or an action
    past its date), words in the text, place, other party or lesson, and cases with a lesson
    (the register of lessons, R-DV-5); at most `limit` lines."""
    require(ctx, DEVIATION_REPORT)
    days, today = answer_days(ctx), ctx.today
    query = (select(*_REGISTER_COLUMNS)
             .order_by(Deviation.reported_on.desc(), Deviation.id.desc()))
    if category:
        query = query.where(Deviation.category == category)
    if state:
        query = query.where(Deviation.state == state)
    if open_only or overdue_only:
        query = query.where(Deviation.state != rules.CLOSED)
    if overdue_only:
        query = query.where(_may_be_overdue(today, days))
    if lessons_only:
        query = query.where(Deviation.lesson.is_not(None))
    for word in (search or "").split():
        pattern = f"%{word}%"
        query = query.where(Deviation.what.ilike(pattern) | Deviation.place.ilike(pattern)
                            | Deviation.other_party.ilike(pattern) | Deviation.lesson.ilike(pattern))
    if limit is not None:
        query = query.limit(limit)
    with ctx.sessions() as s:
        overdue = _overdue_actions(s, today)
        rows = [_line(r, overdue.get(r[0], 0), today, days) for r in s.execute(query)]
    if overdue_only:
        rows = [r for r in rows if r.overdue]
    return rows[:limit] if limit is not None else rows


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
        _patient_label(s, ctx, d.id), d.lesson, _lex_maria(s, d.id))


def _lex_maria(s: Session, deviation_id: int) -> LexMaria | None:
    lm = s.get(DeviationLexMaria, deviation_id)
    if lm is None:
        return None
    return LexMaria(lm.reporter, lm.sent_on, lm.channel, lm.patient_informed_on, lm.investigation_attached,
                    lm.region_copy_on, lm.ivo_decision, lm.ivo_decision_on, lm.decision_forwarded_on)


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
            raise DeviationRefused(QT_TRANSLATE_NOOP("services", "Avvikelsen är redan avslutad."))
        if d.category not in rules.WITH_OTHER_PARTY:
            raise DeviationRefused(QT_TRANSLATE_NOOP("services", "Bara avvikelser som gäller en annan part har ett svar att registrera."))
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
        raise DeviationRefused.passing_on(exc) from None
    with ctx.begin() as s:
        d = _get(s, deviation_id, expected_version)
        patient_id = s.scalar(select(Patient.id).where(Patient.personnummer == digits))
        if patient_id is None:
            raise DeviationRefused(QT_TRANSLATE_NOOP("services", "Det finns ingen patient med det personnumret i registret."))
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


def record_lesson(ctx: ServiceContext, deviation_id: int, text: str, *,
                  expected_version: int | None = None) -> DeviationCase:
    """R-DV-5: what the clinic learnt from a closed case; searchable in the register of lessons."""
    require(ctx, DEVIATION_HANDLE)
    with ctx.begin() as s:
        d = _get(s, deviation_id, expected_version)
        d.lesson, d.lesson_on = check_lesson(d.state, text), ctx.today
        _touch(ctx, d)
        _event(s, ctx, d.id, "lardom", f"Lärdom: {d.lesson}")
        return _done(s, ctx, d)
