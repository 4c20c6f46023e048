"""R-TG-4 at the boundary: a protected patient's data never leaves the machine, whatever the outbox holds."""

from __future__ import annotations

import itertools
import json
import uuid
from datetime import date

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from klinik_app.db.models import Consent, Examination, Guardian, Listing, OutboxItem, Patient, PatientGuardian
from klinik_app.domain.identity import luhn_check_digit
from klinik_app.domain.text import name_columns
from klinik_app.services import sync
from klinik_app.services.listing import list_patient
from klinik_app.sync.fhir_map import ProtectedPatientNotSent, build
from klinik_app.sync.state import SENT
from tests.conftest import CLINIC_HSA_ID, TODAY

from .conftest import items

STAFF = "SE2321000222-P0001"
_serial = itertools.count(1)


def _pnr(birth: date) -> str:
    serial = f"{next(_serial) % 900 + 100:03d}"
    nine = f"{birth:%y%m%d}{serial}"
    return f"{birth:%Y%m%d}{serial}{luhn_check_digit(nine)}"


def queue_everything(ctx, first: str, last: str, *, protected: bool, birth: date = date(2014, 4, 4)) -> tuple[int, str]:
    """A patient with a listing, consent, examination and their outbox items, written straight into the
    tables (as a bug, an old version or a race could leave them): -> (patient id, personnummer)."""
    now = ctx.now()
    stamp = dict(created_at=now, created_by=STAFF, modified_at=now, modified_by=STAFF)
    pnr = _pnr(birth)
    with ctx.begin() as s:
        p = Patient(personnummer=pnr, id_kind="personnummer", first_name=first, last_name=last, birth_date=birth,
                    protected_identity=protected, municipality_code="2480", **name_columns(first, last), **stamp)
        s.add(p)
        s.flush()
        g = Guardian(personnummer=_pnr(date(1980, 1, 1)), name=f"Förälder {last}", **stamp)
        s.add(g)
        s.flush()
        s.add(PatientGuardian(patient_id=p.id, position=1, guardian_id=g.id))
        n = next(_serial)
        consent = Consent(uuid=f"c0000000-0000-4000-8000-{n:012d}", patient_id=p.id, giver="vardnadshavare",
                          guardian_id=g.id, given_on=date(2026, 11, 22), method="pa-plats", recorded_by=STAFF, **stamp)
        s.add(consent)
        s.flush()
        listing = Listing(uuid=f"a0000000-0000-4000-8000-{n:012d}", patient_id=p.id, listing_type="val",
                          status="planned", start_date=date(2026, 12, 1), consent_id=consent.id, origin="local",
                          server_id=f"srv-{n}", server_version="1", **stamp)
        exam = Examination(uuid=f"e0000000-0000-4000-8000-{n:012d}", patient_id=p.id, examined_on=date(2026, 11, 20),
                           examiner_role="tandlakare", examiner_hsa_id="SE2321000222-P0002", risk_caries=1,
                           risk_periodontal=0, risk_general=0, risk_technical=0, planned_interval_months=12,
                           tobacco="ingen", bite_check=True, origin="local", **stamp)
        s.add_all([listing, exam])
        for kind, payload in (("listing", {"listing_uuid": listing.uuid, "consent_uuid": consent.uuid}),
                              ("revision-report", {"examination_uuid": exam.uuid}),
                              ("listing-correction", {"listing_uuid": listing.uuid})):
            s.add(OutboxItem(idempotency_key=str(uuid.uuid4()), patient_id=p.id, kind=kind, payload=payload, status="waiting", attempts=0,
                             staff_hsa_id=STAFF, created_at=now))
        return p.id, pnr


def test_the_serialiser_refuses_every_kind_for_a_protected_patient(ctx):
    patient_id, _ = queue_everything(ctx, "Hemlig", "Person", protected=True)
    with ctx.sessions() as s:
        for item in s.scalars(select(OutboxItem).where(OutboxItem.patient_id == patient_id)):
            with pytest.raises(ProtectedPatientNotSent):
                build(s, item, clinic_hsa=CLINIC_HSA_ID, rules=ctx.rules)
            item.patient_id = None  # even when the item does not name the patient, the rows it points to do
            with pytest.raises(ProtectedPatientNotSent):
                build(s, item, clinic_hsa=CLINIC_HSA_ID, rules=ctx.rules)
        s.rollback()


def test_a_protected_patient_is_never_sent_to_the_real_region(ctx, twin, settings, recording):
    protected_id, pnr = queue_everything(ctx, "Sigrid", "Hemlund", protected=True)
    other_id, _ = twin()
    list_patient(ctx, other_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    rec = recording()
    result = sync.run_cycle(ctx, settings, transport=rec)
    assert result.exit_code == 0, result.summary
    assert [(i.patient_id, i.status) for i in items(ctx)] == [(other_id, SENT)]  # the protected items withdrawn
    for *_, body in rec.requests:
        text = body.decode()
        assert pnr not in text and "Sigrid" not in text and "Hemlund" not in text


def test_a_guardian_who_is_a_protected_patient_here_is_not_sent_either(ctx, twin, settings, recording):
    patient_id, _ = twin()
    protected_id, protected_pnr = queue_everything(ctx, "Vera", "Skydd", protected=True, birth=date(1990, 2, 2))
    with ctx.begin() as s:  # the consenting guardian is that protected person
        link = s.scalar(select(PatientGuardian).where(PatientGuardian.patient_id == patient_id))
        s.get(Guardian, link.guardian_id).personnummer = protected_pnr
        for item in s.scalars(select(OutboxItem).where(OutboxItem.patient_id == protected_id)):
            s.delete(item)
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    rec = recording()
    result = sync.run_cycle(ctx, settings, transport=rec)
    item, = items(ctx)
    assert (item.status, item.error_code) == ("attention", "skyddad-identitet")
    assert rec.posts == [] and result.exit_code == 4


# --- the property: whatever the outbox holds, no body carries a protected identity ----------------------


def _fake_region() -> tuple[httpx2.MockTransport, list[bytes]]:
    bodies: list[bytes] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(request.read())
        if request.url.path.endswith("/metadata"):
            return httpx2.Response(200, json={"resourceType": "CapabilityStatement", "fhirVersion": "4.0.1",
                                              "rest": [{"interaction": [{"code": "transaction"},
                                                                        {"code": "history-system"}]}]})
        if request.url.path.endswith("/_history"):
            return httpx2.Response(200, json={"resourceType": "Bundle", "type": "history",
                                              "meta": {"lastUpdated": "2026-11-22T10:00:00Z"}, "entry": []})
        bundle = json.loads(request.content)
        entries = [{"fullUrl": e["fullUrl"], "response": {
            "status": "201 Created", "location": f"{e['resource']['resourceType']}/x{i}/_history/1", "etag": 'W/"1"'}}
            for i, e in enumerate(bundle["entry"])]
        return httpx2.Response(200, json={"resourceType": "Bundle", "type": "transaction-response", "entry": entries})

    return httpx2.MockTransport(handler), bodies


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéü", min_size=2, max_size=12).map(str.capitalize)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(st.booleans(), names, names), min_size=1, max_size=5),
       swap=st.booleans())
def test_property_no_request_body_ever_holds_a_protected_patient(ctx, people, swap):
    made = []
    for i, (protected, first, last) in enumerate(people):
        # A unique marker in each name, so one person's name cannot be another's by chance.
        first, last = f"{first}Q{i}x{next(_serial)}", f"{last}Z{next(_serial)}"
        patient_id, pnr = queue_everything(ctx, first, last, protected=protected)
        made.append((protected, patient_id, pnr, first, last))
    if swap:  # the items point at each other's rows: whatever the outbox holds
        with ctx.begin() as s:
            rows = list(s.scalars(select(OutboxItem).where(OutboxItem.status == "waiting")))
            ids = [r.patient_id for r in rows]
            for row, pid in zip(rows, ids[1:] + ids[:1]):
                row.patient_id = pid
    transport, bodies = _fake_region()
    config = sync.SyncSettings("https://region.test/fhir", None, None, None)
    sync.run_cycle(ctx, config, transport=transport)
    sent_text = "\n".join(b.decode("utf-8") for b in bodies)
    strings = [s for b in bodies if b for s in _strings(json.loads(b))]
    for protected, _, pnr, first, last in made:
        if protected:
            assert pnr not in sent_text and first not in sent_text and last not in sent_text
            assert not any(pnr in s or first in s or last in s for s in strings)
    with ctx.sessions() as s:
        protected_ids = [pid for protected, pid, *_ in made if protected]
        left = s.scalars(select(OutboxItem).where(OutboxItem.patient_id.in_(protected_ids),
                                                  OutboxItem.status == "sent")).all()
    assert left == []


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
