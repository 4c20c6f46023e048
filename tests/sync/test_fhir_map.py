"""The mapping: outbox items -> validated transaction Bundles; inbound resources -> plain data."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from klinik_app.db.models import OutboxItem
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services.examinations import record_examination
from klinik_app.services.listing import list_patient
from klinik_app.sync import codes as C
from klinik_app.sync.fhir_map import (
    InboundError,
    NotSendable,
    build,
    episode_data,
    parse_entry,
    patient_data,
    validate,
)
from tests.conftest import CLINIC_HSA_ID


def _built(ctx, kind):
    with ctx.sessions() as s:
        item = s.scalar(select(OutboxItem).where(OutboxItem.kind == kind))
        return item, build(s, item, clinic_hsa=CLINIC_HSA_ID, rules=ctx.rules)


def test_a_listing_is_an_episode_of_care_and_a_consent_with_one_provenance(ctx, twin):
    patient_id, _ = twin(in_region=False)
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=date(2026, 11, 22), method="telefon")
    item, out = _built(ctx, "listing")
    eoc, consent, prov = (e["resource"] for e in out.bundle["entry"])
    assert eoc["period"] == {"start": "2026-12-01"} and eoc["status"] == "planned"
    assert out.bundle["entry"][0]["request"]["ifNoneExist"] == f"identifier={C.CLINIC_URI}|{eoc['identifier'][0]['value']}"
    assert consent["performer"][0]["type"] == "RelatedPerson"
    assert consent["provision"]["data"][0]["reference"]["reference"] == out.bundle["entry"][0]["fullUrl"]
    assert {t["reference"] for t in prov["target"]} == {e["fullUrl"] for e in out.bundle["entry"][:2]}
    assert prov["agent"][0]["onBehalfOf"]["identifier"]["value"] == CLINIC_HSA_ID
    recorded = datetime.fromisoformat(prov["recorded"].replace("Z", "+00:00"))  # when the change was made, in UTC
    assert abs(recorded - item.created_at.replace(tzinfo=timezone.utc)) < timedelta(seconds=1)
    again = _built(ctx, "listing")[1]
    assert again.body == out.body  # a retry sends the same bytes


def test_a_revision_report_carries_the_capped_interval_and_the_next_due_date(ctx, twin):
    patient_id, _ = twin(date(2012, 5, 10), in_region=False)  # 14 at the examination
    exam = ExamInput(date(2026, 11, 20), "tandhygienist", "SE2321000222-P0003", Risks(0, 0, 0, 0), 30, dft=0,
                     tobacco="snus")
    record_examination(ctx, patient_id, exam)
    _, out = _built(ctx, "revision-report")
    resources = [e["resource"] for e in out.bundle["entry"]]
    codes = [r["code"]["coding"][0]["code"] for r in resources if r["resourceType"] == "Observation"]
    assert codes == ["risk-karies", "risk-parodontit", "risk-allman", "risk-teknisk", "riskgrupp", "DFT", "tobak"]
    plan = next(r for r in resources if r["resourceType"] == "CarePlan")
    detail = plan["activity"][0]["detail"]
    assert detail["scheduledTiming"]["repeat"] == {"frequency": 1, "period": 24, "periodUnit": "mo"}  # R-RV-2 cap
    # Hygienist only, no dentist ever: the dentist examination is overdue, due at once, by a dentist.
    assert detail["code"]["coding"][0]["code"] == "revision-tandlakare"
    assert detail["scheduledTiming"]["event"] == ["2026-11-21"]


def test_a_dentist_revision_of_a_child_reports_the_bite_check(ctx, twin):
    patient_id, _ = twin(date(2016, 5, 10), in_region=False)  # 10
    record_examination(ctx, patient_id, ExamInput(date(2026, 11, 20), "tandlakare", "SE2321000222-P0002",
                                                  Risks(2, 0, 1, 0), 6, deft=3, bite_check=True))
    _, out = _built(ctx, "revision-report")
    observations = {e["resource"]["code"]["coding"][0]["code"]: e["resource"] for e in out.bundle["entry"]
                    if e["resource"]["resourceType"] == "Observation"}
    assert observations["bettutvecklingskontroll"]["valueBoolean"] is True
    assert observations["riskgrupp"]["valueCodeableConcept"]["coding"][0]["code"] == "2"
    plan = next(e["resource"] for e in out.bundle["entry"] if e["resource"]["resourceType"] == "CarePlan")
    assert plan["activity"][0]["detail"]["scheduledTiming"]["event"] == ["2027-05-20"]


def test_an_unknown_code_or_invalid_structure_is_not_sendable():
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": [{
        "fullUrl": "urn:uuid:6f1c3a52-7d2e-4c9b-a0e4-1f3b2c4d5e6f",
        "resource": {"resourceType": "Flag", "status": "active", "code": {"coding": [
            {"system": C.CS_FLAGGTYP, "code": "stopp"}]}, "subject": {"display": "x"}},
        "request": {"method": "POST", "url": "Flag"}}]}
    with pytest.raises(NotSendable, match="okänd kod"):
        validate(bundle)
    bundle["entry"][0]["resource"]["status"] = 17
    with pytest.raises(NotSendable, match="giltigt meddelande"):
        validate(bundle)


def test_inbound_entries_are_read_and_bad_ones_refused():
    patient = {"resourceType": "Patient", "id": "p1", "meta": {"versionId": "3", "lastUpdated": "2026-11-22T10:00:00.5Z"},
               "identifier": [{"system": C.PERSONNUMMER, "value": "201605101234"}],
               "name": [{"use": "official", "family": "Berg", "given": ["Alva", "Maria"]}], "gender": "female",
               "birthDate": "2016-05-10", "deceasedDateTime": "2026-11-21",
               "address": [{"use": "home", "line": ["Storgatan 1"], "postalCode": "903 26", "city": "Umeå",
                            "extension": [{"url": C.EXT_KOMMUNKOD, "valueCoding": {"system": C.CS_KOMMUNKOD,
                                                                                   "code": "2480"}}]}]}
    entry = parse_entry({"resource": patient, "request": {"method": "PUT", "url": "Patient/p1"},
                         "response": {"status": "200 OK", "etag": 'W/"3"'}})
    assert (entry.version, entry.method, entry.resource_type) == (3, "PUT", "Patient")
    data = patient_data(entry.resource)
    assert (data.first_name, data.sex, data.deceased_on, data.address.municipality_code) == (
        "Alva Maria", "F", date(2026, 11, 21), "2480")
    deleted = parse_entry({"request": {"method": "DELETE", "url": "Patient/p1"},
                           "response": {"status": "204 No Content", "etag": 'W/"4"',
                                        "lastModified": "2026-11-22T11:00:00Z"}})
    assert deleted.deleted and deleted.version == 4 and deleted.resource is None
    with pytest.raises(InboundError):
        parse_entry({"resource": {**patient, "gender": 5}, "request": {"method": "PUT", "url": "Patient/p1"},
                     "response": {}})
    with pytest.raises(InboundError):
        parse_entry({"request": {"method": "PATCH", "url": "Patient/p1"}})
    episode = episode_data({"resourceType": "EpisodeOfCare", "status": "cancelled",
                            "type": [{"coding": [{"system": C.CS_LISTNINGSTYP, "code": "val"}]}],
                            "patient": {"reference": "Patient/p1"}, "period": {"start": "2026-12-01"},
                            "extension": [{"url": C.EXT_AVSLUTSORSAK,
                                           "valueCoding": {"system": C.CS_AVSLUTSORSAK, "code": "omval"}}]})
    assert (episode.patient_server_id, episode.status, episode.end_reason, episode.identifier) == (
        "p1", "cancelled", "omval", None)


@given(st.uuids(), st.text())
def test_derived_ids_are_the_standard_uuid5(base, name):
    import uuid

    from klinik_app.sync.fhir_map import derived

    assert derived(str(base), name) == str(uuid.uuid5(base, name))
