"""Referrals (remisser) to specialist care (R-RV-9, issue 12): write, send, record the answer, close
or withdraw; the patient's referrals; and two worklists (unsent referrals whose deadline warning has
started, sent referrals waiting for an answer). Every read and write of a patient is access-logged."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import Patient, Referral
from klinik_app.domain import referrals as rules
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PATIENT_READ, REFERRAL_ANSWER, REFERRAL_WRITE
from klinik_app.domain.target_group import membership_window
from klinik_app.services import access_log
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import REFERRAL_LEAD_DAYS, read_settings


@dataclass(frozen=True, slots=True)
class ReferralRow:
    id: int
    patient_id: int
    patient_name: str
    birth_date: date
    specialty: str
    reason: str
    state: str
    created_on: date
    created_by: str
    sent_on: date | None
    recipient: str | None
    answered_on: date | None
    outcome: str | None
    outcome_note: str | None
    row_version: int
    deadline: rules.Deadline
    warning: str | None  # unsent referrals only: "Skicka senast …" or "För sent …"
    days_waiting: int | None  # sent, not yet answered

    @property
    def specialty_label(self) -> str:
        return rules.SPECIALTIES.get(self.specialty, self.specialty)

    @property
    def state_label(self) -> str:
        return rules.STATES.get(self.state, self.state)

    @property
    def outcome_label(self) -> str:
        return rules.OUTCOMES.get(self.outcome, self.outcome or "")


def lead_times(ctx: ServiceContext) -> dict[str, int]:
    """Each specialty's lead time in days from the clinic's settings (the default when unreadable)."""
    values, _versions = read_settings(ctx, REFERRAL_LEAD_DAYS.values())
    times = {}
    for code, key in REFERRAL_LEAD_DAYS.items():
        try:
            days = int(values[key])
        except ValueError:
            days = rules.DEFAULT_LEAD_DAYS[code]
        times[code] = days if rules.lead_days_problem(days) is None else rules.DEFAULT_LEAD_DAYS[code]
    return times


# --- reading ---------------------------------------------------------------------------------------


def patient_referrals(ctx: ServiceContext, patient_id: int) -> list[ReferralRow]:
    """The patient's referrals, newest first."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        rows = _rows(ctx, s, Referral.patient_id == patient_id)
        access_log.record(s, ctx, "read", [patient_id], detail="remisser")
    return rows


def to_send(ctx: ServiceContext) -> list[ReferralRow]:
    """Unsent referrals whose deadline warning has started (R-RV-9), the earliest latest-send date first."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        rows = [r for r in _rows(ctx, s, Referral.state == rules.DRAFT) if r.warning is not None]
        rows.sort(key=lambda r: (r.deadline.latest_send, r.id))
        access_log.record(s, ctx, "list", sorted({r.patient_id for r in rows}), detail="remisser som måste skickas")
    return rows


def awaiting_answer(ctx: ServiceContext) -> list[ReferralRow]:
    """Sent referrals without an answer, the longest waiting first."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        rows = sorted(_rows(ctx, s, Referral.state == rules.SENT), key=lambda r: (r.sent_on, r.id))
        access_log.record(s, ctx, "list", sorted({r.patient_id for r in rows}), detail="remisser som väntar på svar")
    return rows


def _rows(ctx: ServiceContext, s: Session, where) -> list[ReferralRow]:
    lead = lead_times(ctx)
    found = s.execute(select(Referral, Patient.first_name, Patient.last_name, Patient.birth_date)
                      .join(Patient, Patient.id == Referral.patient_id).where(where)
                      .order_by(Referral.created_on.desc(), Referral.id.desc()))
    return [_row(ctx, r, f"{first} {last}", birth, lead) for r, first, last, birth in found]


def _row(ctx: ServiceContext, r: Referral, name: str, birth: date, lead: dict[str, int]) -> ReferralRow:
    care_ends = membership_window(birth, ctx.rules.target_group)[1]
    deadline = rules.deadline(care_ends, lead.get(r.specialty, rules.DEFAULT_LEAD_DAYS["annan"]))
    return ReferralRow(
        r.id, r.patient_id, name, birth, r.specialty, r.reason, r.state, r.created_on, r.created_by, r.sent_on,
        r.recipient, r.answered_on, r.outcome, r.outcome_note, r.row_version, deadline,
        deadline.warning(ctx.today) if r.state == rules.DRAFT else None,
        (ctx.today - r.sent_on).days if r.state == rules.SENT and r.sent_on else None)


# --- writing ---------------------------------------------------------------------------------------


def create(ctx: ServiceContext, patient_id: int, specialty: str, reason: str) -> int:
    """A new referral, not yet sent."""
    require(ctx, REFERRAL_WRITE)
    if specialty not in rules.SPECIALTIES:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Välj vilken specialitet remissen gäller."))
    reason = _text(reason, 1000)
    if not reason:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv varför patienten remitteras."))
    with ctx.begin() as s:
        if s.get(Patient, patient_id) is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Patienten finns inte längre. Uppdatera vyn."))
        now, who = ctx.now(), ctx.actor.user_id
        r = Referral(patient_id=patient_id, specialty=specialty, reason=reason, created_on=ctx.today,
                     state=rules.DRAFT, created_at=now, created_by=who, modified_at=now, modified_by=who)
        s.add(r)
        s.flush()
        access_log.record(s, ctx, "write", [patient_id], detail=f"remiss skriven: {rules.SPECIALTIES[specialty]}")
        return r.id


def send(ctx: ServiceContext, referral_id: int, recipient: str, sent_on: date, *, expected_version: int) -> None:
    """Record that the referral was sent: when and to which clinic."""
    require(ctx, REFERRAL_WRITE)
    recipient = _text(recipient, 200)
    if not recipient:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skriv vilken klinik remissen skickas till."))
    _no_later_than_today(ctx, sent_on, "Skickad")

    def change(r: Referral) -> str:
        if sent_on < r.created_on:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Remissen kan inte ha skickats innan den skrevs."))
        r.recipient, r.sent_on = recipient, sent_on
        return "remiss skickad"
    _step(ctx, referral_id, rules.SEND, expected_version, {"recipient": recipient, "sent_on": sent_on}, change)


def record_answer(ctx: ServiceContext, referral_id: int, answered_on: date, outcome: str, note: str = "", *,
                  expected_version: int) -> None:
    """Record the specialist's answer and what it said."""
    require(ctx, REFERRAL_ANSWER)
    if outcome not in rules.OUTCOMES:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Välj vad svaret blev."))
    _no_later_than_today(ctx, answered_on, "Svaret")
    note = _text(note, 1000) or None

    def change(r: Referral) -> str:
        if r.sent_on is not None and answered_on < r.sent_on:
            raise UsageError(QT_TRANSLATE_NOOP("services", "Svaret kan inte ha kommit innan remissen skickades "
                                                           "({sent_on})."),
                             sent_on=r.sent_on.isoformat())
        r.answered_on, r.outcome, r.outcome_note = answered_on, outcome, note
        return f"svar på remiss: {rules.OUTCOMES[outcome].lower()}"
    _step(ctx, referral_id, rules.ANSWER, expected_version, {"answered_on": answered_on, "outcome": outcome}, change)


def close(ctx: ServiceContext, referral_id: int, *, expected_version: int) -> None:
    require(ctx, REFERRAL_WRITE)
    _step(ctx, referral_id, rules.CLOSE, expected_version, {"state": rules.CLOSED}, lambda r: _ended(ctx, r, "avslutad"))


def withdraw(ctx: ServiceContext, referral_id: int, *, expected_version: int) -> None:
    require(ctx, REFERRAL_WRITE)
    _step(ctx, referral_id, rules.WITHDRAW, expected_version, {"state": rules.WITHDRAWN},
          lambda r: _ended(ctx, r, "återkallad"))


def _ended(ctx: ServiceContext, r: Referral, how: str) -> str:
    r.ended_on = ctx.today
    return f"remiss {how}"


def _step(ctx: ServiceContext, referral_id: int, step: str, expected_version: int, mine: dict, change) -> None:
    """Load at the version the window showed, check the state machine, change, log."""
    def recheck(s: Session) -> None:
        r = s.get(Referral, referral_id)
        if r is not None:
            _check(r, expected_version, mine)
    with guarded(ctx, recheck, QT_TRANSLATE_NOOP("services", "Remissen")), ctx.begin() as s:
        r = s.get(Referral, referral_id)
        if r is None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Remissen finns inte längre. Uppdatera vyn."))
        _check(r, expected_version, mine)
        if problem := rules.step_problem(r.state, step):
            raise ServiceError(problem)
        detail = change(r)
        r.state = rules.next_state(step)
        r.modified_at, r.modified_by = ctx.now(), ctx.actor.user_id
        access_log.record(s, ctx, "write", [r.patient_id], detail=detail)


# What a conflicting save shows of a referral (services.concurrency), both sides.
_LABELS = {"state": QT_TRANSLATE_NOOP("changed_elsewhere", "Status"),
           "recipient": QT_TRANSLATE_NOOP("changed_elsewhere", "Mottagare"),
           "sent_on": QT_TRANSLATE_NOOP("changed_elsewhere", "Skickad"),
           "answered_on": QT_TRANSLATE_NOOP("changed_elsewhere", "Svar mottaget"),
           "outcome": QT_TRANSLATE_NOOP("changed_elsewhere", "Utfall")}
_SHOWN = {"state": lambda v: rules.STATES.get(v, v), "outcome": lambda v: rules.OUTCOMES.get(v, v)}


def _check(r: Referral, expected_version: int, mine: dict) -> None:
    check_version(r, expected_version, mine, _LABELS, what=Text(QT_TRANSLATE_NOOP("services", "Remissen ({specialty})"),
                                                            specialty=rules.SPECIALTIES.get(r.specialty, '')),
                  key=r.id, patient_id=r.patient_id, shown=_SHOWN)


def _no_later_than_today(ctx: ServiceContext, day: date, what: str) -> None:
    if day > ctx.today:
        raise UsageError(QT_TRANSLATE_NOOP("services", "{what} kan inte vara ett datum efter i dag ({today})."),
                         what=what, today=ctx.today.isoformat())


def _text(value: str | None, limit: int) -> str:
    return (value or "").strip()[:limit]
