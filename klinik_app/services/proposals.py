"""Proposed revision times (issue 12 parts 3-4): propose for a period, accept in bulk as times only
proposed (R-AB-3), and the unconfirmed times close to their day, for a phone call.

Who is proposed: the recall worklist of the period with the overdue (services.recall.worklist:
staff dates applied, paused recalls left out, the reading access-logged), less those who have booked
or declined and those who already have a revision time ahead. The placing is domain.proposals.
An accepted proposal is an appointment that is booked but not agreed: it goes out in the summons
letter with its time (services.summons) and becomes agreed when someone records who confirmed it
and how (services.appointments.confirm); a no-show from it carries no fee (R-AB-3, R-AB-6).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from klinik_app.db.models import Appointment, Examination, Patient, PatientGuardian
from klinik_app.domain import proposals as domain
from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import REVISION_ROLES
from klinik_app.domain.local_time import day_bounds, to_local
from klinik_app.domain.messages import Text, joined, text_of
from klinik_app.domain.permissions import APPOINTMENT_BOOK, APPOINTMENT_READ, PLANNING_READ
from klinik_app.services import access_log, appointments, capacity
from klinik_app.services.appointments import AppointmentRow, Booking
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.recall import BOOKED, DECLINED, WorklistFilter, worklist
from klinik_app.services.revision_forecast import revision_lengths
from klinik_app.services.settings import DEFAULTS, INTERPRETER_MINUTES, SCHOOL_AGES, SCHOOL_HOURS, read_settings

DEFAULT_SCHOOL_HOURS = (8 * 60, 15 * 60)  # when school hours are to be avoided and none are set
MAX_PERIOD_DAYS = 92  # a quarter at most: proposals are for the coming weeks, not the year
CHUNK = 500
NOTE = "Föreslagen tid (planering)"
UNCONFIRMED_DAYS = 7  # the phone list: unconfirmed times within this many days


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """A proposal as the review table shows it."""

    proposal: domain.Proposal
    patient_name: str  # "Ella Lind"
    personnummer: str  # YYYYMMDD-NNNN
    caregiver_name: str
    protected: bool

    @property
    def patient_id(self) -> int:
        return self.proposal.patient_id


@dataclass(frozen=True, slots=True)
class UnplacedRow:
    patient_id: int
    patient_name: str
    personnummer: str
    due: date
    reason: str


@dataclass(frozen=True)
class ProposalSet:
    first: date
    last: date
    rows: list[ProposalRow]
    unplaced: list[UnplacedRow]
    caregivers: dict[str, tuple[str, str]]  # HSA-ID -> (name, role) of the chairs used


@dataclass(frozen=True)
class Accepted:
    booked: dict[int, int]  # patient id -> appointment id
    refused: list[tuple[ProposalRow, str]]  # with the reason (Swedish; a `Text` the window translates)

    def summary(self) -> Text:
        """What was booked, in Swedish (a `Text`: the window shows it translated). A count of 1 has its own
        templates (the same Swedish) so the translation can say it in the singular."""
        booked = (Text(QT_TRANSLATE_NOOP("services", "1 föreslagna tider bokade (inte bekräftade)."))
                  if len(self.booked) == 1
                  else Text(QT_TRANSLATE_NOOP("services", "{count} föreslagna tider bokade (inte bekräftade)."),
                            count=len(self.booked)))
        if not self.refused:
            return booked
        refused = (Text(QT_TRANSLATE_NOOP("services", "1 kunde inte bokas: tiden hade tagits under tiden. Föreslå "
                                                      "igen för dem."))
                   if len(self.refused) == 1
                   else Text(QT_TRANSLATE_NOOP("services", "{count} kunde inte bokas: tiden hade tagits under tiden. "
                                                           "Föreslå igen för dem."),
                             count=len(self.refused)))
        return joined([booked, refused], " ")


@dataclass(frozen=True, slots=True)
class PlanningOptions:
    school_hours: tuple[int, int] | None
    school_ages: tuple[int, int]
    interpreter_minutes: int

    @property
    def school_hours_text(self) -> str:
        if self.school_hours is None:
            return ""
        (a, b) = self.school_hours
        return f"{a // 60:02d}.{a % 60:02d}–{b // 60:02d}.{b % 60:02d}"


def planning_options(ctx: ServiceContext) -> PlanningOptions:
    """The clinic's settings for proposals; unreadable values fall back to the defaults."""
    values, _ = read_settings(ctx, (SCHOOL_HOURS, SCHOOL_AGES, INTERPRETER_MINUTES))
    try:
        extra = min(max(int(values[INTERPRETER_MINUTES]), 0), 120)
    except ValueError:
        extra = int(DEFAULTS[INTERPRETER_MINUTES])
    return PlanningOptions(_span(values[SCHOOL_HOURS], minutes=True),
                           _span(values[SCHOOL_AGES], minutes=False) or _span(DEFAULTS[SCHOOL_AGES], minutes=False),
                           extra)


def _span(text: str, *, minutes: bool) -> tuple[int, int] | None:
    """"08:00-15:00" -> (480, 900); "6-18" -> (6, 18); None when empty or unreadable."""
    if minutes:
        m = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*[-–]\s*(\d{1,2})[:.](\d{2})\s*", text or "")
        if not m:
            return None
        a, b = int(m[1]) * 60 + int(m[2]), int(m[3]) * 60 + int(m[4])
    else:
        m = re.fullmatch(r"\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*", text or "")
        if not m:
            return None
        a, b = int(m[1]), int(m[2])
    return (a, b) if a < b else None


def propose(ctx: ServiceContext, first: date, last: date, caregivers: Sequence[str] | None = None, *,
            avoid_school_hours: bool | None = None) -> ProposalSet:
    """A time for every patient due by `last` (the overdue included) with the chosen caregivers
    (None: every dentist and hygienist), from `first` (never before today)."""
    require(ctx, PLANNING_READ)
    require(ctx, APPOINTMENT_BOOK)
    first = max(first, ctx.today)
    if last < first:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Periodens slut ligger före dess början (eller före i dag). "
                                                       "Välj en senare period."))
    if (last - first).days >= MAX_PERIOD_DAYS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Föreslå tider för högst tre månader i taget."))
    options = planning_options(ctx)
    items = [i for i in worklist(ctx, WorklistFilter(first, last, include_overdue=True)).items
             if i.status not in (BOOKED, DECLINED)]
    lengths = revision_lengths(ctx)
    people = [c for c in capacity.caregivers(ctx) if caregivers is None or c.hsa_id in caregivers]
    holidays = capacity.swedish_holidays(first, last + timedelta(days=1))
    with ctx.sessions() as s:
        booked_ahead = _booked_ahead(s, ctx.today)
        items = [i for i in items if i.patient_id not in booked_ahead]
        details = _details(s, [i.patient_id for i in items])
        busy, revision_minutes, interpreters = _booked(s, first, last)
    candidates = []
    for i in items:
        birth, household, language, needs, risk = details[i.patient_id]
        minutes = lengths.of(age_on(birth, max(i.effective_due, first)), risk)
        interpreter = language if needs and language else None
        candidates.append(domain.Candidate(
            i.patient_id, birth, i.effective_due, i.requires_dentist,
            minutes + (options.interpreter_minutes if interpreter else 0), household, i.dentist_hsa_id,
            interpreter.casefold() if interpreter else None))
    avoid = options.school_hours is not None if avoid_school_hours is None else avoid_school_hours
    school = (options.school_hours or DEFAULT_SCHOOL_HOURS) if avoid else None
    chairs = domain.chairs([p.caregiver for p in people], first, last, holidays, busy, revision_minutes)
    placed, unplaced = domain.propose(
        candidates, chairs,
        domain.Options(first, last, school, options.school_ages,
                       (ctx.rules.revision.bite_check_min_age, ctx.rules.revision.bite_check_max_age)),
        interpreters)
    by_id = {i.patient_id: i for i in items}
    names = {p.hsa_id: (p.name, p.role) for p in people}
    return ProposalSet(
        first, last,
        [ProposalRow(p, _name(by_id[p.patient_id].name), by_id[p.patient_id].personnummer,
                     names[p.caregiver_hsa_id][0], by_id[p.patient_id].protected) for p in placed],
        [UnplacedRow(u.patient_id, _name(by_id[u.patient_id].name), by_id[u.patient_id].personnummer, u.due,
                     u.reason) for u in unplaced],
        names)


def _name(last_first: str) -> str:
    """The worklist's "Lind, Ella" as "Ella Lind"."""
    last, _, first = last_first.partition(", ")
    return f"{first} {last}".strip()


def _booked_ahead(s, today: date) -> set[int]:
    since, _ = day_bounds(today)
    return set(s.scalars(select(Appointment.patient_id).where(
        Appointment.kind == "revision", Appointment.status == "booked", Appointment.starts_at >= since)))


def _details(s, ids: list[int]) -> dict[int, tuple]:
    """patient id -> (birth date, household key, language, interpreter needed, risk group of the last revision)."""
    out: dict[int, tuple] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        risks: dict[int, tuple[date, int | None]] = {}
        for pid, on, *values in s.execute(
                select(Examination.patient_id, Examination.examined_on, Examination.risk_caries,
                       Examination.risk_periodontal, Examination.risk_general, Examination.risk_technical)
                .where(Examination.patient_id.in_(chunk), Examination.examiner_role.in_(REVISION_ROLES))):
            graded = None if any(v is None for v in values) else max(values)
            if pid not in risks or on > risks[pid][0]:
                risks[pid] = (on, graded)
        for pid, birth, street, postal_code, protected, language, needs in s.execute(
                select(Patient.id, Patient.birth_date, Patient.street, Patient.postal_code,
                       Patient.protected_identity, Patient.language, Patient.interpreter_needed)
                .where(Patient.id.in_(chunk))):
            household = "" if protected or not street or not postal_code else \
                f"{' '.join(street.casefold().split())}|{postal_code.replace(' ', '')}"
            out[pid] = (birth, household, language, bool(needs), risks.get(pid, (None, None))[1])
    return out


def _booked(s, first: date, last: date):
    """What the period's book already holds: busy intervals per (caregiver, day), booked revision
    minutes per (caregiver, day) and the interpreters' intervals per (language, day)."""
    lo, hi = day_bounds(first, (last - first).days + 1)
    busy: dict[tuple[str, date], list[tuple[int, int]]] = {}
    interpreters: dict[tuple[str, date], list[tuple[int, int]]] = {}
    for who, starts, minutes, kind, language in s.execute(
            select(Appointment.caregiver_hsa_id, Appointment.starts_at, Appointment.minutes, Appointment.kind,
                   Appointment.interpreter_language)
            .where(Appointment.status.in_(("booked", "attended")), Appointment.starts_at >= lo,
                   Appointment.starts_at < hi)):
        local = to_local(starts if isinstance(starts, datetime) else datetime.fromisoformat(starts))
        start = local.hour * 60 + local.minute
        interval = (start, start + minutes)
        if who:
            busy.setdefault((who, local.date()), []).append(interval)
        if language:
            interpreters.setdefault((language.casefold(), local.date()), []).append(interval)
    return busy, capacity.booked_minutes(s, first, last + timedelta(days=1)), interpreters


def move_proposal(proposal_set: ProposalSet, row: ProposalRow, starts: datetime, caregiver_hsa_id: str) -> ProposalRow:
    """Staff's change of one proposal before accepting: never after its due date (an overdue patient:
    any day of the period), never outside the period, and the right role (R-RV-3, R-RV-4, R-RV-6)."""
    p = row.proposal
    if caregiver_hsa_id not in proposal_set.caregivers:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Välj en tandläkare eller tandhygienist som finns med i "
                                                       "planeringen."))
    day = starts.date()
    if not proposal_set.first <= day <= proposal_set.last:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Välj en dag i perioden {first_day}–{last_day}."),
                         first_day=proposal_set.first.isoformat(), last_day=proposal_set.last.isoformat())
    if not p.overdue and day > p.due:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Revisionen ska göras senast {due_date}. Välj en tidigare dag."),
                         due_date=p.due.isoformat())
    name, role = proposal_set.caregivers[caregiver_hsa_id]
    if p.dentist_required and role != domain.DENTIST:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Patienten ska undersökas av tandläkare (R-RV-3, R-RV-4, "
                                                       "R-RV-6). Välj en tandläkare."))
    return replace(row, proposal=replace(p, starts=starts, caregiver_hsa_id=caregiver_hsa_id, role=role),
                   caregiver_name=name)


def accept(ctx: ServiceContext, rows: Sequence[ProposalRow]) -> Accepted:
    """Book the proposals as revision times only proposed (R-AB-3), in one transaction; a proposal
    whose time was taken meanwhile (or whose patient got a revision time) is left out and named."""
    require(ctx, APPOINTMENT_BOOK)
    if not rows:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns inga förslag att godkänna. Föreslå tider först."))
    booked: dict[int, int] = {}
    refused: list[tuple[ProposalRow, str]] = []
    with ctx.begin() as s:
        ahead = _booked_ahead(s, ctx.today)
        for row in rows:
            p = row.proposal
            if p.patient_id in ahead or p.patient_id in booked:
                refused.append((row, Text(QT_TRANSLATE_NOOP("services", "patienten har redan en revisionstid"))))
                continue
            try:
                with s.begin_nested():
                    a = appointments.add(s, ctx, Booking(p.patient_id, p.starts, p.minutes, "revision",
                                                         p.caregiver_hsa_id, interpreter=p.interpreter, note=NOTE))
            except ServiceError as exc:
                refused.append((row, text_of(exc)))  # the refusal's Swedish, with its template
                continue
            booked[p.patient_id] = a.id
        if booked:
            access_log.record(s, ctx, "write", list(booked), detail="föreslagna revisionstider bokade")
    return Accepted(booked, refused)


@dataclass(frozen=True, slots=True)
class Unconfirmed:
    """A time on the phone list and whom to call."""

    row: AppointmentRow
    phones: str  # the patient's, or a child's guardians' ("Anna Lind 070-..."); masked for a protected identity


def unconfirmed(ctx: ServiceContext, days: int = UNCONFIRMED_DAYS) -> list[Unconfirmed]:
    """Booked times not yet agreed (R-AB-3) from today to `days` days ahead: the phone list."""
    require(ctx, APPOINTMENT_READ)
    lo, _ = day_bounds(ctx.today)
    _, hi = day_bounds(ctx.today, days + 1)
    with ctx.begin() as s:
        rows = appointments._rows(ctx, s.execute(  # noqa: SLF001 (the book's own row reading)
            appointments._row_select()  # noqa: SLF001
            .where(Appointment.status == "booked", Appointment.agreed.is_(False), Appointment.starts_at >= lo,
                   Appointment.starts_at < hi).order_by(Appointment.starts_at)).all())
        patients = {p.id: p for p in s.scalars(
            select(Patient).where(Patient.id.in_({r.patient_id for r in rows}))
            .options(selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian)))}
        found = [Unconfirmed(r, _phones(patients[r.patient_id], ctx.today)) for r in rows]
        access_log.record(s, ctx, "list", [r.patient_id for r in rows] or [None],
                          detail=f"obekräftade tider de närmaste {days} dagarna")
    return found


def _phones(p: Patient, today: date) -> str:
    if p.protected_identity:
        return "skyddad identitet: se patientkortet"
    if age_on(p.birth_date, today) < 18:
        numbers = [f"{link.guardian.name} {link.guardian.phone}" for link in p.guardian_links if link.guardian.phone]
        if numbers:
            return "; ".join(numbers)
    return p.phone or "telefon saknas"
