"""Examinations entered at the clinic, and a patient's revision history with the next due date.

An examination is written in one transaction with everything that follows from it: the derived due
date (services.revision_due), a new recall cycle (services.recall), the report to the region for a
revision (R-RV-8, never for a protected identity: R-TG-4) and the access log (R-SE-2). Rule breaks
(R-RV-2, R-RV-6, R-RV-7) are stored with the rule ids, as on import; values that cannot be stored
are refused with the check's Swedish messages.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from klinik_app.db.models import Examination, Patient, StaffMember
from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import (
    DENTIST,
    HYGIENIST,
    NURSE,
    REVISION_ROLES,
    ROLE_LABELS,
    ExamCheck,
    ExamInput,
    ExamIssue,
    Risks,
    capped_interval,
    check_exam,
    overall_risk,
)
from klinik_app.domain.permissions import EXAM_HEALTH_CHECK, EXAM_REVISION, PATIENT_READ
from klinik_app.domain.revision import DueDate, ExamRecord, care_end_warning, compute_due, explain
from klinik_app.services import access_log, appointments, outbox, recall, revision_due
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.patients import PatientNotFound
from klinik_app.services.permissions import require

REVISION_REPORT = "revision-report"


class ExamRefused(ServiceError):
    """The examination holds values that cannot be stored; `issues` name the fields."""

    def __init__(self, issues: tuple[ExamIssue, ...]) -> None:
        # The issues' own texts side by side: each is a value the window translates (a domain Text).
        super().__init__(" ".join(f"{{issue{n}}}" for n in range(len(issues))),
                         **{f"issue{n}": issue.message for n, issue in enumerate(issues)})
        self.issues = issues


@dataclass(frozen=True, slots=True)
class Examiner:
    hsa_id: str
    name: str
    role: str  # tandlakare | tandhygienist | tandskoterska


@dataclass(frozen=True, slots=True)
class RecordedExam:
    examination_id: int
    flags: tuple[ExamIssue, ...]
    due: DueDate
    explanation: str
    queued_for_region: bool


@dataclass(frozen=True, slots=True)
class ExamLine:
    """One examination in the patient's history."""

    id: int
    examined_on: date
    role: str
    role_label: str
    examiner_hsa_id: str | None
    examiner_name: str | None  # from the staff register, None when not on staff here
    age: int
    risks: Risks
    risk_group: int | None
    planned_interval_months: int | None
    used_interval_months: int | None  # after the age cap (R-RV-2): what sets the due date
    deft: int | None
    dft: int | None
    tobacco: str | None
    bite_check: bool | None
    flags: str | None
    origin: str

    @property
    def is_revision(self) -> bool:
        return self.role in REVISION_ROLES


@dataclass(frozen=True, slots=True)
class RevisionOverview:
    patient_id: int
    birth_date: date
    exams: list[ExamLine]  # newest first
    due: DueDate
    explanation: str  # the rule that sets the due date, in words (domain.revision.explain)
    care_end_warning: str | None  # R-RV-9
    recall: recall.RecallState


def examiners(ctx: ServiceContext) -> list[Examiner]:
    """Active staff who examine (dentists, hygienists, dental nurses), for the form's examiner list."""
    with ctx.sessions() as s:
        rows = s.execute(
            select(StaffMember.hsa_id, StaffMember.name, StaffMember.role)
            .where(StaffMember.active.is_(True), StaffMember.role.in_((DENTIST, HYGIENIST, NURSE)))
            .order_by(StaffMember.name)
        ).all()
    return [Examiner(*row) for row in rows]


def check(ctx: ServiceContext, patient_id: int, exam: ExamInput) -> ExamCheck:
    """What the form shows while the examination is entered (nothing is stored or logged)."""
    with ctx.sessions() as s:
        birth = s.scalar(select(Patient.birth_date).where(Patient.id == patient_id))
    if birth is None:
        raise ServiceError(PatientNotFound.message)
    return _check(birth, exam, ctx)


def _check(birth: date, exam: ExamInput, ctx: ServiceContext) -> ExamCheck:
    result = check_exam(birth, exam, ctx.rules)
    extra: list[ExamIssue] = []
    if exam.examined_on > ctx.today:
        extra.append(ExamIssue("examined_on", "ogiltigt-datum", None,
                               f"Undersökningsdatumet {exam.examined_on.isoformat()} ligger i framtiden. "
                               "Registrera undersökningen när den är gjord."))
    # R-RV-8: the report to the region names the examiner; the window always knows who examined.
    if exam.is_revision and not exam.examiner_hsa_id:
        extra.append(ExamIssue("examiner_hsa_id", "saknas", "R-RV-8",
                               "Undersökarens HSA-id saknas. Revisionen rapporteras till regionen med undersökaren "
                               "(R-RV-8)."))
    if extra:
        return ExamCheck(result.errors + tuple(extra), ())
    return result


def record_examination(ctx: ServiceContext, patient_id: int, exam: ExamInput) -> RecordedExam:
    require(ctx, EXAM_REVISION if exam.role in REVISION_ROLES else EXAM_HEALTH_CHECK)
    with ctx.begin() as s:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise ServiceError(PatientNotFound.message)
        checked = _check(patient.birth_date, exam, ctx)
        if not checked.ok:
            raise ExamRefused(checked.errors)
        same = s.scalar(select(Examination.id).where(
            Examination.patient_id == patient_id, Examination.examined_on == exam.examined_on,
            Examination.examiner_role == exam.role))
        if same is not None:
            raise ServiceError(QT_TRANSLATE_NOOP("services", "Det finns redan en undersökning av {role} {date} för "
                                                             "patienten. Öppna historiken och kontrollera den."),
                               role=ROLE_LABELS[exam.role].lower(), date=exam.examined_on.isoformat())
        latest = s.scalar(select(func.max(Examination.examined_on)).where(
            Examination.patient_id == patient_id, Examination.examiner_role.in_(REVISION_ROLES)))
        now, who = ctx.now(), ctx.actor.user_id
        row = Examination(
            uuid=str(uuid.uuid4()), patient_id=patient_id, examined_on=exam.examined_on, examiner_role=exam.role,
            examiner_hsa_id=exam.examiner_hsa_id, risk_caries=exam.risks.caries,
            risk_periodontal=exam.risks.periodontal, risk_general=exam.risks.general,
            risk_technical=exam.risks.technical, planned_interval_months=exam.planned_interval_months,
            deft=exam.deft, dft=exam.dft, tobacco=exam.tobacco, bite_check=exam.bite_check,
            flags=checked.flag_rules, origin="local",
            created_at=now, created_by=who, modified_at=now, modified_by=who,
        )
        s.add(row)
        s.flush()
        appointments.link_examination(s, ctx, patient_id, exam.examined_on, row.id)
        revision_due.recompute(s, ctx, [patient_id])
        queued = False
        if exam.is_revision:
            if latest is None or exam.examined_on > latest:  # the latest revision: a new recall cycle
                recall.start_new_cycle(s, ctx, {patient_id: exam.examined_on})
            # R-RV-8; a tandhälsokontroll is never reported (R-RV-5), a protected identity never leaves (R-TG-4).
            if not patient.protected_identity:
                outbox.enqueue(s, ctx, REVISION_REPORT, {"examination_uuid": row.uuid}, patient_id=patient_id)
                queued = True
        detail = f"{'revision' if exam.is_revision else 'tandhälsokontroll'} {exam.examined_on.isoformat()}"
        access_log.record(s, ctx, "write", [patient_id], detail=detail)
        due = _due(s, patient.birth_date, patient_id, ctx)
    return RecordedExam(row.id, checked.flags, due, explain(due), queued)


def _due(s, birth: date, patient_id: int, ctx: ServiceContext) -> DueDate:
    """Computed live for ctx.today (the stored row holds for any later day; the card shows today's)."""
    exams = s.execute(
        select(Examination.examined_on, Examination.examiner_role, Examination.planned_interval_months)
        .where(Examination.patient_id == patient_id).order_by(Examination.examined_on)
    ).all()
    return compute_due(birth, [ExamRecord(*e) for e in exams], ctx.today, ctx.rules)


def revision_overview(ctx: ServiceContext, patient_id: int) -> RevisionOverview:
    """The patient's examinations (newest first), the next due date with its rule, and the recall state."""
    require(ctx, PATIENT_READ)
    with ctx.begin() as s:
        birth = s.scalar(select(Patient.birth_date).where(Patient.id == patient_id))
        if birth is None:
            raise ServiceError(PatientNotFound.message)
        rows = s.scalars(
            select(Examination).where(Examination.patient_id == patient_id)
            .order_by(Examination.examined_on.desc(), Examination.id.desc())
        ).all()
        state = recall.state_of(s, ctx, patient_id)
        names = dict(s.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
        access_log.record(s, ctx, "read", [patient_id], detail="revisionshistorik")
    lines = [_line(birth, e, names.get(e.examiner_hsa_id), ctx) for e in rows]
    due = compute_due(birth, [ExamRecord(e.examined_on, e.examiner_role, e.planned_interval_months)
                              for e in reversed(rows)], ctx.today, ctx.rules)
    return RevisionOverview(patient_id, birth, lines, due, explain(due), care_end_warning(birth, ctx.today, ctx.rules),
                            state)


def _line(birth: date, e: Examination, examiner_name: str | None, ctx: ServiceContext) -> ExamLine:
    age = age_on(birth, e.examined_on)
    risks = Risks(e.risk_caries, e.risk_periodontal, e.risk_general, e.risk_technical)
    used = None
    if e.examiner_role in REVISION_ROLES:
        cap = ctx.rules.revision.general_cap_months(age)
        used = cap if e.planned_interval_months is None else capped_interval(e.planned_interval_months, age, ctx.rules)
    return ExamLine(e.id, e.examined_on, e.examiner_role, ROLE_LABELS.get(e.examiner_role, e.examiner_role),
                    e.examiner_hsa_id, examiner_name, age, risks, overall_risk(risks), e.planned_interval_months, used, e.deft, e.dft,
                    e.tobacco, e.bite_check, e.flags, e.origin)

