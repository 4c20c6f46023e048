"""Look-up for emergency care (R-EM-1): who is responsible for a patient listed elsewhere."""

from __future__ import annotations

from datetime import date

import pytest
from fhir.resources.R4B.bundle import Bundle

from regional_service import codes as C

from . import bundles as B
from .conftest import CLINIC, CLINICS, OTHER, PRIVATE


def lookup(client, pnr, system=C.PERSONNUMMER):
    response = client.get("/EpisodeOfCare", **{"patient:identifier": f"{system}|{pnr}", "status": "active"})
    assert response.status_code == 200, response.text
    body = response.json()
    Bundle.model_validate(body)
    assert body["type"] == "searchset"
    return body


def test_the_responsible_clinic_is_named(clinic, other, person):
    p = person(assign=OTHER)
    body = lookup(clinic, p.identity)
    assert body["total"] == 1
    organization = body["entry"][0]["resource"]["managingOrganization"]
    assert organization == {"identifier": {"system": C.HSA, "value": OTHER}, "display": CLINICS[OTHER][0]}
    assert body["entry"][0]["search"]["mode"] == "match"


def test_a_planned_choice_is_not_yet_responsible(clinic, connect, person):
    p = person(assign=OTHER)
    private = connect(PRIVATE)
    assert private.post(B.registration(p.identity, PRIVATE, guardian=p.guardians[0]["identity"])[0]).status_code == 200
    body = lookup(clinic, p.identity)
    # The assigned listing ends 30 November (omval) and still holds today; the choice starts 1 December.
    assert [e["resource"]["managingOrganization"]["identifier"]["value"] for e in body["entry"]] == [OTHER]


@pytest.mark.parametrize("who", ["not-listed", "unknown", "protected"])
def test_empty_result_means_the_area_clinic_pays(clinic, person, who):
    pnr = "201605109999" if who == "unknown" else person(protected=who == "protected").identity
    body = lookup(clinic, pnr)
    assert body["total"] == 0 and body["entry"] == []


def test_bad_search_is_400(clinic):
    assert clinic.get("/EpisodeOfCare", **{"patient:identifier": "201605101234"}).status_code == 400
    assert clinic.get("/EpisodeOfCare", **{"patient:identifier": f"{C.PERSONNUMMER}|201605101234",
                                           "status": "finished"}).status_code == 400


def test_lookup_of_the_clinics_own_patient(clinic, person):
    p = person(date(2015, 1, 1), assign=CLINIC)
    assert lookup(clinic, p.identity)["total"] == 1
