"""R-SE-4: a copy of everything Klinik holds about a patient, with the consent and the disclosure on record.

`record_contents` gathers the record (identity, guardians, listings and their consents,
examinations with the dental-health data and revision plan, appointments and absences with fees,
treatments, emergency visits, letters sent, tasks and decisions, earlier copies); the preview shows
its sections and counts. `make_copy` writes it as a readable PDF (letters/record_copy.py) and as a
FHIR R4 `collection` Bundle (services/record_bundle.py), and records the disclosure and the access-log
entry ("disclose", with the recipient) in one transaction: files written but not recorded are removed.

Protected identity (R-TG-4): the address and contact details (the patient's and the guardians') are
left out of both files, and the copy needs `protected.reveal` and a reason, as reveal_protected does.
Listing stops are the clinic's, not the patient's, so they are not part of a copy.

The re-choice task (issue 13 part 2): when the region ends a listing because the patient chose
another clinic (`omval`), the pull calls `open_task` in its own transaction; the task closes when a
consented copy to another provider is made, or when staff record that consent was not given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from klinik_app.db.models import (
    Appointment,
    Consent,
    EmergencyVisit,
    Examination,
    Guardian,
    Listing,
    Patient,
    PatientGuardian,
    RecallContact,
    RecordDisclosure,
    StaffMember,
    Task,
    Treatment,
)
from klinik_app.domain import record_copy as rules
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import PATIENT_READ, PROTECTED_REVEAL, RECEPTION, RECORD_COPY
from klinik_app.domain.revision import DueDate, ExamRecord, compute_due, explain
from klinik_app.letters.record_copy import record_copy_pdf, text_preview
from klinik_app.logs import redact
from klinik_app.services import access_log
from klinik_app.services.appointments import AppointmentRow, _row_select, _rows
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.examinations import ExamLine, _line
from klinik_app.services.listing_documents import letterhead
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.patient_lookup import patient_id_by_number
from klinik_app.services.patients import MIN_REASON, PatientNotFound
from klinik_app.services.permissions import require
from klinik_app.services.record_bundle import record_bundle
from klinik_app.services.record_sections import recipient_of, sections


@dataclass
class RecordContents:
    """Everything held about one patient, as read in one transaction (rows detached from it)."""

    patient: Patient
    guardians: list[Guardian]
    listings: list[Listing]
    consents: dict[int, Consent]  # by id, with the guardian who gave each (consent.guardian_id)
    consent_guardians: dict[int, Guardian]
    exams: list[Examination]  # oldest first
    exam_lines: list[ExamLine]  # oldest first
    due: DueDate
    due_text: str
    appointments: list[AppointmentRow]
    treatments: list[Treatment]
    emergency_visits: list[EmergencyVisit]
    letters: list[RecallContact]  # summonses and reminders sent
    tasks: list[Task]
    disclosures: list[RecordDisclosure]
    staff: dict[str, str] = field(default_factory=dict)  # HSA-ID -> name

    @property
    def protected(self) -> bool:
        return self.patient.protected_identity

    @property
    def name(self) -> str:
        return f"{self.patient.first_name} {self.patient.last_name}"

    @property
    def personnummer(self) -> str:
        pnr = self.patient.personnummer
        return f"{pnr[:8]}-{pnr[8:]}"

    def who(self, hsa_id: str | None) -> str:
        if not hsa_id:
            return ""
        name = self.staff.get(hsa_id)
        return f"{name} ({hsa_id})" if name else hsa_id

    def preview(self) -> str:
        """The sections with their counts and first rows, as text (the dialog's preview)."""
        return text_preview(sections(self))

    def name_of(self, hsa_id: str | None) -> str:
        """The staff member's name for the PDF's tables (the HSA-ID when not on staff here)."""
        return self.staff.get(hsa_id, hsa_id) if hsa_id else ""

    def counts(self) -> list[tuple[str, int]]:
        """What the copy holds, for the preview: (section title, rows)."""
        return [(s.title, len(s.rows)) for s in sections(self)]


LETTER_KINDS = ("summons", "reminder")  # the recall contacts that are letters sent


def _gather(s: Session, ctx: ServiceContext, patient_id: int) -> RecordContents:
    p = s.scalars(select(Patient).where(Patient.id == patient_id).options(
        selectinload(Patient.guardian_links).selectinload(PatientGuardian.guardian),
        selectinload(Patient.listings).selectinload(Listing.consent))).one_or_none()
    if p is None:
        raise ServiceError(PatientNotFound.message)
    consents = {c.id: c for c in s.scalars(select(Consent).where(Consent.patient_id == p.id))}
    guardian_ids = {c.guardian_id for c in consents.values() if c.guardian_id}
    consent_guardians = {g.id: g for g in s.scalars(select(Guardian).where(Guardian.id.in_(guardian_ids)))}
    staff = dict(s.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
    exams = list(s.scalars(select(Examination).where(Examination.patient_id == p.id)
                           .order_by(Examination.examined_on, Examination.id)))
    due = compute_due(p.birth_date, [ExamRecord(e.examined_on, e.examiner_role, e.planned_interval_months)
                                     for e in exams], ctx.today, ctx.rules)
    appointments = _rows(ctx, s.execute(_row_select().where(Appointment.patient_id == p.id)
                                        .order_by(Appointment.starts_at, Appointment.id)).all())
    treatments = list(s.scalars(select(Treatment).where(Treatment.patient_id == p.id, Treatment.removed_at.is_(None))
                                .order_by(Treatment.treated_on, Treatment.id)))
    visits = list(s.scalars(select(EmergencyVisit).where(EmergencyVisit.patient_id == p.id)
                            .order_by(EmergencyVisit.visited_on, EmergencyVisit.id)))
    letters = list(s.scalars(select(RecallContact).where(RecallContact.patient_id == p.id,
                                                         RecallContact.kind.in_(LETTER_KINDS))
                             .order_by(RecallContact.contacted_on, RecallContact.id)))
    tasks = list(s.scalars(select(Task).where(Task.patient_id == p.id).order_by(Task.opened_on, Task.id)))
    disclosures = list(s.scalars(select(RecordDisclosure).where(RecordDisclosure.patient_id == p.id)
                                 .order_by(RecordDisclosure.disclosed_at, RecordDisclosure.id)))
    return RecordContents(p, [link.guardian for link in p.guardian_links], list(p.listings), consents,
                          consent_guardians, exams, [_line(p.birth_date, e, staff.get(e.examiner_hsa_id), ctx)
                                                     for e in exams],
                          due, explain(due), appointments, treatments, visits, letters, tasks, disclosures, staff)


def record_contents(ctx: ServiceContext, patient_id: int) -> RecordContents:
    """The patient's whole record, for the copy's preview; the read is logged (R-SE-2)."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        contents = _gather(s, ctx, patient_id)
        access_log.record(s, ctx, "read", [patient_id], detail="journalkopia, förhandsvisning")
    return contents


@dataclass(frozen=True, slots=True)
class CopyResult:
    disclosure_id: int
    patient_name: str
    recipient: str
    sections: int
    pages: int
    task_closed: bool

    def summary(self, paths: list[Path]) -> Text:
        """What was saved, in Swedish (a `Text`: the window shows it translated)."""
        where = " och ".join(str(p) for p in paths) if len(paths) != 2 else Text(
            QT_TRANSLATE_NOOP("services", "{first} och {second}"), first=str(paths[0]), second=str(paths[1]))
        values = dict(patient_name=self.patient_name, recipient=self.recipient, sections=self.sections,
                      pages=self.pages, where=where)
        if self.task_closed:
            return Text(QT_TRANSLATE_NOOP("services", "Journalkopia för {patient_name} till {recipient}: {sections} "
                                                      "avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är "
                                                      "registrerat och loggat. Uppgiften om journalkopia är "
                                                      "avslutad."), **values)
        return Text(QT_TRANSLATE_NOOP("services", "Journalkopia för {patient_name} till {recipient}: {sections} "
                                                  "avsnitt, {pages} sidor, sparad i {where}. Utlämnandet är "
                                                  "registrerat och loggat."), **values)


def _formats(out_pdf: Path | None, out_json: Path | None) -> str:
    formats = "+".join(f for f, path in (("pdf", out_pdf), ("fhir", out_json)) if path is not None)
    if not formats:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Välj minst en fil att spara kopian i (PDF eller FHIR)."))
    return formats


def _check_protected(ctx: ServiceContext, request: rules.CopyRequest) -> str:
    """R-TG-4: only a role that may see protected details, with a reason that goes to the log."""
    require(ctx, PROTECTED_REVEAL)
    reason = " ".join((request.reason or "").split())
    if len(reason) < MIN_REASON:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Patienten har skyddad identitet. Skriv varför kopian lämnas "
                                                       "ut (minst {min_length} tecken). Skälet loggas."),
                         min_length=MIN_REASON)
    return reason


def make_copy(ctx: ServiceContext, patient_id: int, request: rules.CopyRequest,
              out_pdf: Path | None, out_json: Path | None) -> CopyResult:
    """Write the copy and record the disclosure (R-SE-4); refused without consent to another provider."""
    require(ctx, RECORD_COPY)
    try:
        rules.check_request(request, ctx.today)
    except rules.CopyRefused as exc:
        raise UsageError.passing_on(exc) from None
    formats = _formats(out_pdf, out_json)
    with ctx.sessions() as s:  # a refusal is recorded in its own transaction: check before ours begins
        protected = s.scalar(select(Patient.protected_identity).where(Patient.id == patient_id))
    if protected is None:
        raise ServiceError(PatientNotFound.message)
    reason = _check_protected(ctx, request) if protected else None
    head = letterhead(ctx) if out_pdf is not None else None
    written: list[Path] = []
    try:
        with ctx.begin() as s:
            contents = _gather(s, ctx, patient_id)
            obtained_by = ctx.actor.user_id
            consent_line = rules.consent_text(request.consent, contents.who(obtained_by) or obtained_by)
            parts = sections(contents)
            pages = 0
            if out_pdf is not None:
                written.append(Path(out_pdf))
                pages = record_copy_pdf(out_pdf, head, recipient_of(contents, request), contents.name,
                                        contents.personnummer, request.recipient_name, consent_line, parts,
                                        ctx.today).pages
            if out_json is not None:
                bundle = record_bundle(contents, request, obtained_by, ctx.now())
                written.append(Path(out_json))
                Path(out_json).write_text(json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8")
            row = _disclosure(ctx, patient_id, request, formats, reason)
            s.add(row)
            task_closed = request.to_provider and _close_task(s, ctx, patient_id, rules.COPIED, ctx.today)
            s.flush()
            access_log.record(s, ctx, "disclose", [patient_id], detail=_log_detail(request, formats, reason))
    except BaseException:
        for path in written:  # not recorded, so not handed out
            path.unlink(missing_ok=True)
        raise
    return CopyResult(row.id, contents.name, request.recipient_name, len(parts), pages, task_closed)


def _disclosure(ctx: ServiceContext, patient_id: int, request: rules.CopyRequest, formats: str,
                reason: str | None) -> RecordDisclosure:
    c = request.consent if request.to_provider else None
    return RecordDisclosure(
        patient_id=patient_id, recipient_kind=request.recipient_kind, recipient_name=request.recipient_name.strip(),
        recipient_hsa_id=(request.recipient_hsa_id or "").strip() or None,
        consent_by=c.given_by if c else None, consent_guardian=c.guardian_name if c else None,
        consent_on=c.given_on if c else None, consent_how=c.how if c else None,
        consent_obtained_by=ctx.actor.user_id if c else None, formats=formats,
        reason=redact(reason)[:400] if reason else None, disclosed_at=ctx.now(), disclosed_by=ctx.actor.user_id)


def _log_detail(request: rules.CopyRequest, formats: str, reason: str | None) -> str:
    # A typed name or reason may hold an identity number: never in the log. The HSA-ID was checked
    # (check_request) and is kept as it is, though its digits look like one.
    to = redact(request.recipient_name.strip()) + (f" ({request.recipient_hsa_id})" if request.recipient_hsa_id else "")
    grounds = "med samtycke" if request.to_provider else "egen begäran"
    detail = f"journalkopia till {to}, {grounds}, {formats}"
    if reason:
        detail += f"; skyddad identitet: {redact(reason)}"
    return detail[:400]


# --- the re-choice task ---------------------------------------------------------------------------


def open_task(session: Session, ctx, patient_id: int) -> bool:
    """The pull's hook: the region ended the listing with `omval`; offer the copy to the new clinic.
    At most one open task per patient (checked here; the partial unique index guards it too)."""
    if session.scalar(select(Task.id).where(Task.kind == rules.TASK_KIND, Task.patient_id == patient_id,
                                            Task.state == "open")) is not None:
        return False
    now, who = ctx.now(), ctx.actor.user_id
    session.add(Task(kind=rules.TASK_KIND, patient_id=patient_id, role=RECEPTION, state="open",
                     opened_on=ctx.today, due_on=ctx.today + timedelta(days=rules.TASK_DAYS),
                     created_at=now, created_by=who, modified_at=now, modified_by=who))
    access_log.record(session, ctx, "write", [patient_id], detail=f"uppgift öppnad: {rules.TASK_LABEL}")
    return True


def _close_task(session: Session, ctx: ServiceContext, patient_id: int, decision: str, on: date) -> bool:
    task = session.scalar(select(Task).where(Task.kind == rules.TASK_KIND, Task.patient_id == patient_id,
                                             Task.state == "open"))
    if task is None:
        return False
    task.state, task.decision, task.decision_on = "closed", decision, on
    task.closed_on, task.closed_by = ctx.today, ctx.actor.user_id
    task.modified_at, task.modified_by = ctx.now(), ctx.actor.user_id
    return True


def decline_offer(ctx: ServiceContext, patient_id: int, declined_on: date) -> None:
    """The patient (or guardian) did not consent to a copy to the new clinic: the task is done."""
    require(ctx, RECORD_COPY)
    if declined_on > ctx.today:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Datumet kan inte ligga efter dagens datum ({today})."),
                         today=ctx.today.isoformat())
    with ctx.begin() as s:
        if not _close_task(s, ctx, patient_id, rules.DECLINED, declined_on):
            raise UsageError(QT_TRANSLATE_NOOP("services", "Det finns ingen öppen uppgift om journalkopia för "
                                                           "patienten. Uppdatera listan Att göra."))
        access_log.record(s, ctx, "write", [patient_id],
                          detail=f"{rules.TASK_LABEL}: {rules.DECISIONS[rules.DECLINED]} {declined_on.isoformat()}")


def open_task_for(ctx: ServiceContext, patient_id: int) -> Task | None:
    """The patient's open re-choice task, if any (the dialog says it will be closed)."""
    with ctx.sessions() as s:
        return s.scalar(select(Task).where(Task.kind == rules.TASK_KIND, Task.patient_id == patient_id,
                                           Task.state == "open"))


def find_patient(ctx: ServiceContext, personnummer: str) -> int:
    """The patient's id from a personnummer in any written form (the command's --patient)."""
    require(ctx, RECORD_COPY)
    return patient_id_by_number(ctx, personnummer)
