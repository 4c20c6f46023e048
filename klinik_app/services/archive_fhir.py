"""The archive's `fhir/<ResourceType>.ndjson`: every patient's record as FHIR R4 resources.

The resources are the record copy's own (services.record_bundle.record_entries), so the copy and the
archive cannot drift; only the reading differs: here every table is read in chunks of patients (in
the export's snapshot), a few queries a chunk instead of a dozen a patient, into the same
RecordContents the copy fills. Each resource is validated with the R4B models once per shape
(domain.fhir_shapes explains why that is the same verdict). Patients with protected identity
(R-TG-4) are included, since the archive stays with the clinic, but every one of their resources
carries the security label R (restricted) and, as in the record copy, no address or telecom; and the
files are plain NDJSON of resources, never a Bundle, so nothing here can be taken for a sync payload
(those are transaction Bundles the outbox builds, and refuse protected patients).
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import select

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
    Room,
    StaffMember,
    Task,
    Treatment,
)
from klinik_app.domain import record_copy as rules
from klinik_app.domain.revision import ExamRecord, compute_due, explain
from klinik_app.services.appointments import _rows as appointment_rows
from klinik_app.services.archive_format import CHUNK, FHIR
from klinik_app.services.examinations import _line
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.services.record_bundle import record_entries
from klinik_app.services.record_copy import LETTER_KINDS, RecordContents

RESTRICTED = {"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R",
              "display": "restricted"}
# The archive is the clinic's own copy: recorded as the clinic's request, with no disclosure consent.
ARCHIVE_REQUEST = rules.CopyRequest(recipient_kind=rules.PATIENT, recipient_name="Klinikarkiv")


def write_fhir(session, ctx, folder: Path, step, limit: int | None = None) -> int:
    """Write the files; `step(n)` after each chunk of n patients; `limit`: the first patients only
    (the benchmark's sample). Returns how many resources went through the models."""
    out = folder / FHIR
    out.mkdir(exist_ok=True)
    conn = session.connection()  # the export's snapshot
    staff = dict(conn.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
    rooms = dict(conn.execute(select(Room.id, Room.name)).all())
    check = ShapeValidator()
    now, by = ctx.now(), ctx.actor.user_id
    with ExitStack() as files:
        opened: dict[str, object] = {}
        for patients in _patient_chunks(conn, limit):
            for contents in _contents(conn, ctx, patients, staff, rooms):
                for entry in record_entries(contents, ARCHIVE_REQUEST, by, now):
                    resource = entry["resource"]
                    if contents.protected:
                        resource.setdefault("meta", {}).setdefault("security", []).append(RESTRICTED)
                    line = json.dumps(resource, ensure_ascii=False)
                    check(resource, line)
                    kind = resource["resourceType"]
                    if kind not in opened:
                        opened[kind] = files.enter_context(
                            open(out / f"{kind}.ndjson", "w", encoding="utf-8", newline="\n"))
                    opened[kind].write(line + "\n")
            check.forget_values()
            step(len(patients))
    return check.validated


def _patient_chunks(conn, limit: int | None):
    """The patients by id, CHUNK at a time (keyset: each query starts after the last id)."""
    table, last, left = Patient.__table__, 0, limit
    while left is None or left > 0:
        size = CHUNK if left is None else min(CHUNK, left)
        rows = conn.execute(select(table).where(table.c.id > last).order_by(table.c.id).limit(size)).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id
        left = None if left is None else left - len(rows)


def _by_patient(conn, query, key: str = "patient_id") -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for row in conn.execute(query):
        grouped[getattr(row, key)].append(row)
    return grouped


def _contents(conn, ctx, patients, staff: dict[str, str], rooms: dict[int, str]):
    """Each patient's RecordContents, in the record copy's orders, from one query per table."""
    lo, hi = patients[0].id, patients[-1].id

    def of(model, *order, where=()):
        t = model.__table__
        return _by_patient(conn, select(t).where(t.c.patient_id.between(lo, hi), *where)
                           .order_by(t.c.patient_id, *[t.c[name] for name in order]))

    link = PatientGuardian.__table__
    guardians = _by_patient(conn, select(link.c.patient_id, Guardian.__table__)
                            .join(Guardian.__table__, Guardian.__table__.c.id == link.c.guardian_id)
                            .where(link.c.patient_id.between(lo, hi)).order_by(link.c.patient_id, link.c.position))
    listings = of(Listing, "start_date", "id")
    consents = of(Consent, "id")
    givers = {g.id: g for g in conn.execute(select(Guardian.__table__).where(Guardian.__table__.c.id.in_(
        select(Consent.guardian_id).where(Consent.patient_id.between(lo, hi)))))}
    exams = of(Examination, "examined_on", "id")
    booked = of(Appointment, "starts_at", "id")
    treatments = of(Treatment, "treated_on", "id", where=(Treatment.__table__.c.removed_at.is_(None),))
    visits = of(EmergencyVisit, "visited_on", "id")
    letters = of(RecallContact, "contacted_on", "id", where=(RecallContact.__table__.c.kind.in_(LETTER_KINDS),))
    tasks = of(Task, "opened_on", "id")
    for p in patients:
        own_consents = {c.id: c for c in consents.get(p.id, ())}
        own_exams = exams.get(p.id, [])
        due = compute_due(p.birth_date, [ExamRecord(e.examined_on, e.examiner_role, e.planned_interval_months)
                                         for e in own_exams], ctx.today, ctx.rules)
        appointments = appointment_rows(ctx, [
            (a, p.first_name, p.last_name, p.personnummer, p.protected_identity, staff.get(a.caregiver_hsa_id),
             rooms.get(a.room_id), staff.get(a.agreed_by)) for a in booked.get(p.id, ())])
        yield RecordContents(
            p, guardians.get(p.id, []), listings.get(p.id, []), own_consents,
            {c.guardian_id: givers[c.guardian_id] for c in own_consents.values() if c.guardian_id},
            own_exams, [_line(p.birth_date, e, staff.get(e.examiner_hsa_id), ctx) for e in own_exams],
            due, explain(due), appointments, treatments.get(p.id, []), visits.get(p.id, []),
            letters.get(p.id, []), tasks.get(p.id, []), [], staff)
