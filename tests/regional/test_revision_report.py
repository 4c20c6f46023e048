"""Revision reports (R-RV-8) and their correction (regional-listing-api.md "Outbound" 2 and 3)."""

from __future__ import annotations

from datetime import date

import pytest
from fhir.resources.R4B.bundle import Bundle

from regional_service import codes as C

from . import bundles as B
from .conftest import CLINIC, felkod


def test_report_is_stored_with_server_references(clinic, person):
    p = person(date(2016, 5, 10))
    bundle, ids = B.revision(p.identity, CLINIC)
    response = clinic.post(bundle)
    assert response.status_code == 200, response.text
    body = response.json()
    Bundle.model_validate(body)
    statuses = {e["resource"]["resourceType"]: e["response"]["status"] for e in body["entry"]}
    assert set(statuses.values()) == {"201 Created"}
    encounter = body["entry"][0]
    assert "outcome" not in encounter["response"]  # complete for a 10-year-old examined by a dentist
    observation = body["entry"][1]["resource"]
    assert observation["encounter"]["reference"] == f"Encounter/{encounter['resource']['id']}"
    care_plan = body["entry"][-2]["resource"]
    assert care_plan["resourceType"] == "CarePlan"
    assert care_plan["encounter"]["reference"] == f"Encounter/{encounter['resource']['id']}"


def test_missing_tobacco_and_bite_check_are_warnings(clinic, person):
    """R-RV-7 from 13, R-RV-6 for 6-13 by a dentist: stored, with warnings in response.outcome."""
    p = person(date(2013, 5, 10))  # 13 at the examination
    bundle, _ = B.revision(p.identity, CLINIC, tobacco=None, bite_check=None)
    response = clinic.post(bundle)
    assert response.status_code == 200, response.text
    outcome = response.json()["entry"][0]["response"]["outcome"]
    assert {i["severity"] for i in outcome["issue"]} == {"warning"}
    assert {i["diagnostics"] for i in outcome["issue"]} == {"R-RV-6", "R-RV-7"}


def test_hygienist_report_is_accepted(clinic, person):
    p = person(date(2005, 5, 10), guardians=0)
    bundle, _ = B.revision(p.identity, CLINIC, role="tandhygienist", bite_check=None, interval=36)
    assert clinic.post(bundle).status_code == 200


@pytest.mark.parametrize("problem", ["no-examiner", "no-risk-data", "interval-above-cap", "nurse", "no-care-plan",
                                     "role-does-not-match-type"])
def test_ogiltig_undersokning(clinic, person, problem):
    p = person(date(2016, 5, 10))
    kwargs = {
        "no-examiner": dict(examiner=None),
        "no-risk-data": dict(with_risks=False),
        "interval-above-cap": dict(interval=30),  # cap 24 months at 10 (R-RV-2)
        "nurse": dict(role="tandskoterska"),
        "no-care-plan": dict(with_care_plan=False),
        "role-does-not-match-type": {},
    }[problem]
    bundle, _ = B.revision(p.identity, CLINIC, **kwargs)
    if problem == "nurse":  # a nurse's check has no revision type; sent as one anyway
        bundle["entry"][0]["resource"]["type"][0]["coding"][0]["code"] = "revision-tandlakare"
    if problem == "role-does-not-match-type":
        bundle["entry"][0]["resource"]["type"][0]["coding"][0]["code"] = "revision-tandhygienist"
    response = clinic.post(bundle)
    assert response.status_code == 422, response.text
    assert felkod(response) == C.OGILTIG_UNDERSOKNING


def test_interval_at_the_cap_is_accepted(clinic, person):
    p = person(date(2016, 5, 10))
    assert clinic.post(B.revision(p.identity, CLINIC, interval=24)[0]).status_code == 200


@pytest.mark.parametrize(("setup", "code"), [
    ("unknown", C.OKAND_PATIENT), ("protected", C.SKYDDAD_IDENTITET), ("dead-before", C.AVLIDEN),
    ("too-young", C.UTANFOR_MALGRUPP),
])
def test_report_business_rules(clinic, person, setup, code):
    if setup == "unknown":
        pnr = "201605109999"
    else:
        p = person(date(2024, 1, 5) if setup == "too-young" else date(2016, 5, 10), protected=setup == "protected",
                   deceased_on=date(2026, 11, 1) if setup == "dead-before" else None)
        pnr = p.identity
    response = clinic.post(B.revision(pnr, CLINIC)[0])
    assert response.status_code == 422, response.text
    assert felkod(response) == code


@pytest.mark.parametrize("breakage", ["risk-value", "deft-type", "tobacco-code", "unknown-datum", "encounter-ref",
                                      "class", "repeat-unit", "duplicate"])
def test_invalid_report_is_400(clinic, person, breakage):
    p = person(date(2016, 5, 10))
    bundle, _ = B.revision(p.identity, CLINIC)
    entries = bundle["entry"]
    obs = {e["resource"]["code"]["coding"][0]["code"]: e["resource"] for e in entries
           if e["resource"]["resourceType"] == "Observation"}
    if breakage == "risk-value":
        obs["risk-karies"]["valueCodeableConcept"]["coding"][0]["code"] = "3"
    elif breakage == "deft-type":
        obs["deft"]["valueInteger"] = -1
    elif breakage == "tobacco-code":
        obs["tobak"]["valueCodeableConcept"]["coding"][0]["code"] = "pipa"
    elif breakage == "unknown-datum":
        obs["deft"]["code"]["coding"][0]["code"] = "dmft"
    elif breakage == "encounter-ref":
        obs["DFT"]["encounter"]["reference"] = B.urn()
    elif breakage == "class":
        entries[0]["resource"]["class"]["code"] = "IMP"
    elif breakage == "repeat-unit":
        entries[-2]["resource"]["activity"][0]["detail"]["scheduledTiming"]["repeat"]["periodUnit"] = "a"
    elif breakage == "duplicate":
        obs["DFT"]["code"]["coding"][0]["code"] = "deft"
        obs["DFT"]["valueInteger"] = 3
    response = clinic.post(bundle)
    assert response.status_code == 400, response.text


def test_report_sent_twice_is_stored_once(clinic, person):
    p = person(date(2016, 5, 10))
    bundle, _ = B.revision(p.identity, CLINIC)
    first = clinic.post(bundle).json()
    second = clinic.post(bundle).json()
    assert {e["response"]["status"] for e in second["entry"]} == {"200 OK"}
    assert [e.get("resource", {}).get("id") for e in second["entry"][:-1]] == \
        [e["resource"]["id"] for e in first["entry"][:-1]]


def test_correction_marks_the_whole_report_entered_in_error(clinic, person):
    p = person(date(2016, 5, 10))
    created = clinic.post(B.revision(p.identity, CLINIC)[0]).json()
    parts = [e["resource"] for e in created["entry"][:-1]]
    # Only the Encounter: refused, a report is corrected as a whole.
    partial = B.transaction([B.put(B.stored_to_update(parts[0], status="entered-in-error"), 1)], CLINIC)
    assert clinic.post(partial).status_code == 400
    whole = B.transaction([B.put(B.stored_to_update(r, status="entered-in-error"), 1) for r in parts], CLINIC)
    response = clinic.post(whole)
    assert response.status_code == 200, response.text
    body = response.json()
    assert {e["resource"]["status"] for e in body["entry"][:-1]} == {"entered-in-error"}
    assert {e["response"]["etag"] for e in body["entry"][:-1]} == {'W/"2"'}
    assert clinic.post(whole).status_code == 412  # a second correction of version 1 is stale
