"""`klinik import exams`: examinations from an earlier system's CSV file (interchange.md "exams").

The file is read and checked before anything is written (services.csv_import, domain.exam_rows);
the patient must already be in the database (`okand-patient`). Writing is one transaction: the new
examinations, their outbox items with `--as-new`, the access log, and the derived due dates of the
patients whose examinations changed (services.revision_due), so the recall list is right at once.

- An examination is matched on patient + date + role: one already stored is left as it is, so a
  re-import of the same file changes nothing (and queues nothing).
- Rule breaks are stored with the rule ids in Examination.flags (R-RV-2, R-RV-6, R-RV-7), never
  refused; a `tandskoterska` row is a tandhälsokontroll, never a revision (R-RV-5).
- Imported rows are history the region already has. With `--as-new` each new revision (dentist or
  hygienist, not a tandhälsokontroll) is reported to the region (R-RV-8): an outbox item
  "revision-report" with the examination's uuid; never for a protected identity (R-TG-4).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from klinik_app.db.models import Examination, Patient
from klinik_app.domain.csv_cells import ErrorCode, Rejection, in_column_order
from klinik_app.domain.exam_rows import COLUMNS, REQUIRED_COLUMNS, ExamRow, check_header, duplicate_key, validate_row
from klinik_app.domain.examination import REVISION_ROLES
from klinik_app.domain.permissions import PATIENT_IMPORT
from klinik_app.services import access_log, csv_import, outbox, recall, revision_due
from klinik_app.services.context import ServiceContext
from klinik_app.services.csv_import import EXIT_INVALID, identity_digits, rows_text, safe_name
from klinik_app.services.permissions import require

REVISION_REPORT = "revision-report"


@dataclass
class ExamImportResult(csv_import.ImportResult):
    created: int = 0
    flagged: int = 0  # imported rows that break a rule (stored with the rule ids)
    outbox_items: int = 0

    def done(self) -> str:
        existing = self.imported - self.created
        new = "1 ny undersökning" if self.created == 1 else f"{self.created} nya undersökningar"
        flagged = f", {self.flagged} med regelbrott flaggade" if self.flagged else ""
        queued = ("" if not self.outbox_items else ", 1 revision köad till regionen" if self.outbox_items == 1
                  else f", {self.outbox_items} revisioner köade till regionen")
        return (f"{rows_text(self.imported, 'importerad', 'importerade')} från {self.file_name} "
                f"({new}, {existing} fanns redan{flagged}{queued})")

    def nothing(self) -> str:
        return f"{self.file_name} innehåller inga undersökningsrader; ingenting importerades."


def import_exams(ctx: ServiceContext, path: Path, *, partial: bool, as_new: bool) -> ExamImportResult:
    """Import an exams CSV. All or nothing unless `partial`; `as_new` reports new revisions to the region."""
    require(ctx, PATIENT_IMPORT)
    path = Path(path)
    result = ExamImportResult(file_name=path.name)
    opened = csv_import.open_csv(path, result, REQUIRED_COLUMNS, check_header)
    if opened is None:
        return result
    header, rows = opened
    today, rules = ctx.today, ctx.rules
    checked = csv_import.check_rows(
        header, rows,
        validate=lambda cells, line: validate_row(cells, line, today, rules, as_new=as_new),
        duplicate_key=lambda cells, record: record.key if record else duplicate_key(cells, today),
        duplicate_message=lambda first: (f"Samma undersökning (patient, datum och undersökarroll) finns redan på "
                                         f"rad {first} i filen, och den raden gäller. Ta bort den här raden."),
    )
    with ctx.begin() as session:
        patients = _known_patients(session, checked, today)
        for row in checked:
            digits = _digits(row, today)
            if digits is not None and digits not in patients:
                row.problems = in_column_order([*row.problems, _unknown_patient(row)], header, COLUMNS)
                row.record = None
        records: list[ExamRow] = csv_import.finish(result, checked, partial)
        if result.exit_code == EXIT_INVALID or not records:
            return result
        writer = _Writer(session, ctx, patients, as_new)
        writer.write(records)
        access_log.record(session, ctx, "import", sorted(writer.written), detail=f"import {safe_name(path)}")
        # The derived due dates follow the examinations in the same transaction.
        revision_due.recompute(session, ctx, writer.written)
        if as_new:  # new revisions start a new recall cycle; history from an earlier system leaves staff's state
            recall.start_new_cycle(session, ctx, writer.new_cycle)
    result.imported = len(records)
    result.created, result.outbox_items = writer.created, writer.outbox_items
    result.flagged = sum(1 for r in records if r.flags)
    return result


def _digits(row: csv_import.CheckedRow, today: date) -> str | None:
    if row.record is not None:
        return row.record.personnummer
    return identity_digits(row.cells.get("personnummer"), today) if row.cells else None


def _unknown_patient(row: csv_import.CheckedRow) -> Rejection:
    return Rejection(row.line, "personnummer", row.cells.get("personnummer") or None, ErrorCode.UNKNOWN_PATIENT.value,
                     "Patienten finns inte i registret. Importera patienten först (klinik import patients) och "
                     "sedan undersökningarna, eller kontrollera personnumret.")


@dataclass(frozen=True, slots=True)
class _Patient:
    id: int
    protected: bool


def _known_patients(session: Session, checked: list[csv_import.CheckedRow], today: date) -> dict[str, _Patient]:
    wanted = sorted({d for d in (_digits(row, today) for row in checked) if d is not None})
    found: dict[str, _Patient] = {}
    for chunk in csv_import.chunks(wanted):
        q = select(Patient.id, Patient.personnummer, Patient.protected_identity).where(Patient.personnummer.in_(chunk))
        found.update({row.personnummer: _Patient(row.id, bool(row.protected_identity)) for row in session.execute(q)})
    return found


class _Writer:
    def __init__(self, session: Session, ctx: ServiceContext, patients: dict[str, _Patient], as_new: bool) -> None:
        self.s, self.ctx, self.patients, self.as_new = session, ctx, patients, as_new
        now, who = ctx.now(), ctx.actor.user_id
        self.stamp = {"row_version": 1, "created_at": now, "created_by": who, "modified_at": now, "modified_by": who}
        self.written: set[int] = set()  # patients with a new examination
        self.new_cycle: dict[int, date] = {}  # patients whose latest revision is new: a new recall cycle
        self.created = self.outbox_items = 0

    def write(self, records: list[ExamRow]) -> None:
        ids = sorted({self.patients[r.personnummer].id for r in records})
        stored: set[tuple[int, date, str]] = set()
        latest: dict[int, date] = {}  # the latest stored revision per patient
        for chunk in csv_import.chunks(ids):
            q = (select(Examination.patient_id, Examination.examined_on, Examination.examiner_role)
                 .where(Examination.patient_id.in_(chunk)))
            for row in self.s.execute(q):
                stored.add((row.patient_id, row.examined_on, row.examiner_role))
                if row.examiner_role in REVISION_ROLES:
                    latest[row.patient_id] = max(row.examined_on, latest.get(row.patient_id, row.examined_on))
        rows, reports = [], []
        for r in records:
            patient = self.patients[r.personnummer]
            e = r.exam
            if (patient.id, e.examined_on, e.role) in stored:
                continue  # the same examination: a re-import changes nothing
            exam_uuid = str(uuid.uuid4())
            rows.append({
                "uuid": exam_uuid, "patient_id": patient.id, "examined_on": e.examined_on, "examiner_role": e.role,
                "examiner_hsa_id": e.examiner_hsa_id, "risk_caries": e.risks.caries,
                "risk_periodontal": e.risks.periodontal, "risk_general": e.risks.general,
                "risk_technical": e.risks.technical, "planned_interval_months": e.planned_interval_months,
                "deft": e.deft, "dft": e.dft, "tobacco": e.tobacco, "bite_check": e.bite_check, "flags": r.flags,
                "origin": "import", **self.stamp,
            })
            self.written.add(patient.id)
            if e.role in REVISION_ROLES and e.examined_on > latest.get(patient.id, date.min):
                latest[patient.id] = self.new_cycle[patient.id] = e.examined_on
            # R-RV-8: a new revision is reported; a tandhälsokontroll never is (R-RV-5), and nothing
            # about a protected identity leaves the clinic (R-TG-4).
            if self.as_new and e.role in REVISION_ROLES and not patient.protected:
                reports.append((patient.id, exam_uuid))
        if rows:
            self.s.execute(insert(Examination.__table__), rows)
        for patient_id, exam_uuid in reports:
            outbox.enqueue(self.s, self.ctx, REVISION_REPORT, {"examination_uuid": exam_uuid}, patient_id=patient_id)
        self.created, self.outbox_items = len(rows), len(reports)
