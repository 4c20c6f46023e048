"""Summons letters (kallelse) for a selection of recalls: one PDF, one letter per household.

Who gets a letter is domain.mailing's plan: the patient from 18, otherwise the guardians, siblings
at one address in one letter, guardians who live apart one letter each. A patient with protected
identity gets no printed address (R-TG-4) and a patient without a usable address cannot be written
to: both are returned for manual handling and are not marked as summoned. Patients who have booked
or declined, whose recall is paused, or who have had every reminder are skipped. Sending is recorded
on each recall only once the PDF is written; a cancelled batch records nothing.

A patient with a revision time ahead that is booked but not agreed (a proposal accepted on the
planning board, services.proposals) gets that time in the letter, with how to confirm or change it
(R-AB-3: it is agreed only once confirmed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from klinik_app.db.models import Appointment, Patient, PatientGuardian, Recall, RevisionDue, StaffMember
from klinik_app.domain.local_time import day_bounds, to_local
from klinik_app.domain.mailing import PatientContact, plan_mailing
from klinik_app.domain.messages import Text, joined
from klinik_app.domain.permissions import RECALL_MANAGE
from klinik_app.letters import ProposedTime, Recipient, Rendered, SummonedPatient, Summons, summons_letters
from klinik_app.services import access_log, recall, revision_due
from klinik_app.services.context import ServiceContext
from klinik_app.services.contacts import patient_contact
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.recall_list import recall_list

CHUNK = 500


@dataclass(frozen=True, slots=True)
class ManualItem:
    patient_id: int
    name: str
    why: str  # Swedish (a `Text`: the window translates it; a status in lower case, "bokad", too)


@dataclass(frozen=True, slots=True)
class SummonsResult:
    rendered: Rendered | None  # None when no letter could be written
    summoned: list[int]  # patients recorded as summoned
    manual: list[ManualItem]
    skipped: list[ManualItem]

    def summary(self) -> Text:
        """What was written, in Swedish (a `Text` of marked templates: the command prints it, the window
        shows it translated). A count of 1 has its own template, so the translation can say it in the singular."""
        parts = []
        if self.rendered:
            n = self.rendered.letters
            letters = Text(QT_TRANSLATE_NOOP("services", "1 brev")) if n == 1 else Text(
                QT_TRANSLATE_NOOP("services", "{count} brev"), count=n)
            n = len(self.summoned)
            patients = Text(QT_TRANSLATE_NOOP("services", "1 patient")) if n == 1 else Text(
                QT_TRANSLATE_NOOP("services", "{count} patienter"), count=n)
            parts.append(Text(QT_TRANSLATE_NOOP("services", "{letters} till {patients}"), letters=letters,
                              patients=patients))
        if self.manual:
            parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} att kalla manuellt (skyddad identitet eller "
                                                            "adress saknas)"), count=len(self.manual)))
        if self.skipped:
            parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} hoppades över (bokad, avböjt, pausad eller alla "
                                                            "påminnelser skickade)"), count=len(self.skipped)))
        if not parts:
            return Text(QT_TRANSLATE_NOOP("services", "Kallelser: inga patienter valda."))
        return Text(QT_TRANSLATE_NOOP("services", "Kallelser: {parts}."), parts=joined(parts, "; "))


def summons_for_period(ctx: ServiceContext, first: date, last: date, path: Path, **kw) -> SummonsResult:
    """`klinik letters recall`: the recall list of the period (staff dates and pauses applied)."""
    require(ctx, RECALL_MANAGE)
    found = recall_list(ctx, first, last, apply_overrides=True)
    with ctx.sessions() as s:
        numbers = [item[0] for item in found.items]
        ids = [pid for i in range(0, len(numbers), CHUNK) for pid in s.scalars(
            select(Patient.id).where(Patient.personnummer.in_(numbers[i:i + CHUNK])))]
    if not ids:
        return SummonsResult(None, [], [], [])
    return summons_batch(ctx, ids, path, **kw)


def summons_batch(ctx: ServiceContext, patient_ids: Iterable[int], path: Path, *,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> SummonsResult:
    require(ctx, RECALL_MANAGE)
    ids = recall.require_patients(patient_ids)
    policy = recall.reminder_policy(ctx)
    head = letterhead(ctx)  # refuses first when the clinic's address is missing
    contacts, due, skipped = _gather(ctx, ids, policy)
    proposed = _proposed_times(ctx, [c.patient_id for c in contacts])
    plan = plan_mailing(contacts, ctx.today)
    manual = [ManualItem(p.patient_id, p.name, Text(QT_TRANSLATE_NOOP("services", "skyddad identitet: kallas utan "
                                                                                  "tryckt adress (R-TG-4)"))
                         if p.protected else Text(QT_TRANSLATE_NOOP("services", "adress saknas"))) for p in plan.manual]
    names = {p.patient_id: p.name for p in contacts}
    summonses = [
        Summons(Recipient(tuple(m.name_lines), m.address_lines),
                tuple(SummonedPatient(names[pid], due[pid][0], due[pid][1], proposed.get(pid))
                      for pid in m.patient_ids),
                to_guardian=bool(m.concerning), reminder=max(due[pid][2] for pid in m.patient_ids))
        for m in plan.letters
    ]
    if not summonses:
        return SummonsResult(None, [], manual, skipped)
    rendered = summons_letters(path, head, summonses, ctx.today, progress=progress, cancelled=cancelled)
    summoned = sorted({pid for m in plan.letters for pid in m.patient_ids})
    with ctx.begin() as s:
        recall.record_letters(s, ctx, summoned)
        access_log.record(s, ctx, "letter", summoned, detail="kallelse till revision")
    return SummonsResult(rendered, summoned, manual, skipped)


def _gather(ctx: ServiceContext, ids: list[int], policy: recall.ReminderPolicy):
    """Contacts of the patients to write to, their (date, dentist needed, letters so far), and the skipped."""
    contacts: list[PatientContact] = []
    due: dict[int, tuple[date, bool, int]] = {}
    skipped: list[ManualItem] = []
    with ctx.begin() as s:
        revision_due.make_current(s, ctx)
        for i in range(0, len(ids), CHUNK):
            chunk = ids[i:i + CHUNK]
            rows = s.execute(
                select(Patient, RevisionDue, Recall)
                .join(RevisionDue, RevisionDue.patient_id == Patient.id)
                .outerjoin(Recall, Recall.patient_id == Patient.id)
                .where(Patient.id.in_(chunk))
                .options(selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian))
            ).all()
            for p, d, r in rows:
                name = f"{p.first_name} {p.last_name}"
                why = _skip_reason(d, r, policy, ctx.today)
                if why:
                    skipped.append(ManualItem(p.id, name, why))
                    continue
                count = r.summons_count if r is not None and r.status == recall.SUMMONED else 0
                due[p.id] = ((r.override_due if r is not None and r.override_due else d.due), d.requires_dentist, count)
                contacts.append(patient_contact(p))
    return contacts, due, skipped


def _proposed_times(ctx: ServiceContext, ids: list[int]) -> dict[int, ProposedTime]:
    """Each patient's first revision time ahead that is booked but not yet agreed (issue 12: the
    proposals accepted on the planning board), for the letter to name."""
    since, _ = day_bounds(ctx.today)
    found: dict[int, ProposedTime] = {}
    with ctx.sessions() as s:
        for i in range(0, len(ids), CHUNK):
            for pid, starts, name, role, language in s.execute(
                    select(Appointment.patient_id, Appointment.starts_at, StaffMember.name, StaffMember.role,
                           Appointment.interpreter_language)
                    .join(StaffMember, StaffMember.hsa_id == Appointment.caregiver_hsa_id)
                    .where(Appointment.patient_id.in_(ids[i:i + CHUNK]), Appointment.kind == "revision",
                           Appointment.status == "booked", Appointment.agreed.is_(False),
                           Appointment.starts_at >= since)
                    .order_by(Appointment.starts_at)):
                found.setdefault(pid, ProposedTime(to_local(starts).replace(tzinfo=None), name, role, language))
    return found


def _skip_reason(d: RevisionDue, r: Recall | None, policy: recall.ReminderPolicy, today: date) -> Text | None:
    """Why no letter is written (Swedish; a `Text` the window translates)."""
    if d.due is None:
        return Text(QT_TRANSLATE_NOOP("services", "ingen revision inom Hälsoval (R-RV-9)"))
    if r is None:
        return None
    if r.disabled_until is not None and r.disabled_until > today:
        return Text(QT_TRANSLATE_NOOP("services", "pausad till {date}"), date=r.disabled_until.isoformat())
    if r.status in recall.NO_LETTER:
        return Text(recall.STATUS_LABELS[r.status].lower())  # "bokad": the window translates the label
    if policy.exhausted(r.status, r.summons_count):
        return Text(QT_TRANSLATE_NOOP("services", "alla påminnelser skickade: ring eller markera som ej nåbar"))
    return None

