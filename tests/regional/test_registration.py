"""Listing registration (own choice), its business rules in the contract's order, idempotency,
conditional create and update (regional-listing-api.md "Outbound" 1 and 2, "Errors")."""

from __future__ import annotations

import copy
import uuid
from datetime import date

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.operationoutcome import OperationOutcome

from regional_service import codes as C

from . import bundles as B
from .conftest import CLINIC, OTHER, PRIVATE, episodes_of, felkod


def ok(response):
    assert response.status_code == 200, response.text
    body = response.json()
    Bundle.model_validate(body)
    assert body["type"] == "transaction-response"
    return body


def test_registration_is_created_planned_from_the_first_of_next_month(clinic, person):
    p = person(date(2016, 5, 10))
    bundle, eoc_id, consent_id = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    body = ok(clinic.post(bundle))
    episode, consent, provenance = body["entry"]
    assert [e["response"]["status"] for e in body["entry"]] == ["201 Created"] * 3
    assert episode["response"]["location"].startswith("EpisodeOfCare/")
    assert episode["response"]["etag"] == 'W/"1"'
    resource = episode["resource"]
    assert resource["status"] == "planned"
    assert resource["period"] == {"start": "2026-12-01"}  # R-LI-3
    assert resource["identifier"][0]["value"] == eoc_id
    assert resource["managingOrganization"]["identifier"]["value"] == CLINIC
    assert resource["meta"]["versionId"] == "1"
    # References to fullUrls are the server's ids in what was stored.
    assert consent["resource"]["provision"]["data"][0]["reference"]["reference"] == f"EpisodeOfCare/{resource['id']}"
    assert consent["resource"]["identifier"][0]["value"] == consent_id
    targets = {t["reference"] for t in provenance["resource"]["target"]}
    assert targets == {episode["response"]["location"], consent["response"]["location"]}


def test_prefer_return_minimal_leaves_out_the_resources(clinic, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    body = ok(clinic.post(bundle, prefer="return=minimal"))
    assert all("resource" not in e for e in body["entry"])
    assert body["entry"][0]["response"]["status"] == "201 Created"


def test_adult_consents_for_themselves(clinic, person):
    p = person(date(2006, 1, 15), guardians=0)
    bundle, _, _ = B.registration(p.identity, CLINIC, giver="patient")
    ok(clinic.post(bundle))


def test_samordningsnummer_system_must_match(clinic, person):
    p = person(date(2016, 5, 10))
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    bundle["entry"][0]["resource"]["patient"]["identifier"]["system"] = C.SAMORDNINGSNUMMER
    bundle["entry"][1]["resource"]["patient"]["identifier"]["system"] = C.SAMORDNINGSNUMMER
    response = clinic.post(bundle)
    assert response.status_code == 422 and felkod(response) == C.OKAND_PATIENT


# --- the error table, one row each ---------------------------------------------------------------------


def refusal(response, code):
    assert response.status_code == 422, response.text
    OperationOutcome.model_validate(response.json())
    assert felkod(response) == code
    item = response.json()["issue"][0]
    assert item["code"] == "business-rule" and item["details"]["text"]
    return item["details"]["text"]


def test_okand_patient(clinic):
    bundle, _, _ = B.registration("201605109999", CLINIC, guardian="198503031234")
    refusal(clinic.post(bundle), C.OKAND_PATIENT)


def test_avliden(clinic, person):
    p = person(deceased_on=date(2026, 10, 1))
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    assert "2026-10-01" in refusal(clinic.post(bundle), C.AVLIDEN)


def test_skyddad_identitet(clinic, person):
    p = person(protected=True)
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    refusal(clinic.post(bundle), C.SKYDDAD_IDENTITET)


@pytest.mark.parametrize("kind", ["other-county", "no-municipality", "samordningsnummer"])
def test_ej_folkbokford_i_lanet(clinic, person, kind):
    if kind == "samordningsnummer":
        p = person(coordination=True)
        system = C.SAMORDNINGSNUMMER
    else:
        p = person(kommun="0180" if kind == "other-county" else None)
        system = C.PERSONNUMMER
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    for entry in bundle["entry"][:2]:
        entry["resource"]["patient"]["identifier"]["system"] = system
    refusal(clinic.post(bundle), C.EJ_FOLKBOKFORD)


@pytest.mark.parametrize("birth", [date(2024, 2, 1), date(2002, 6, 1)], ids=["turns-3-next-year", "past-23"])
def test_utanfor_malgrupp(clinic, person, birth):
    """R-TG-1: from 1 January of the 3rd year to 31 December of the 23rd."""
    p = person(birth)
    if birth.year == 2024:
        bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    else:
        bundle, _, _ = B.registration(p.identity, CLINIC, giver="patient")
    refusal(clinic.post(bundle), C.UTANFOR_MALGRUPP)


def test_consent_in_november_of_the_23rd_year_is_accepted(clinic, person):
    p = person(date(2003, 12, 24), guardians=0)
    ok(clinic.post(B.registration(p.identity, CLINIC, giver="patient")[0]))  # care starts 1 December


def test_utanfor_malgrupp_when_care_would_start_in_the_24th_year(region, person):
    """Consent in December of the year the patient turns 23: care would start 1 January (R-LI-3)."""
    from regional_service.fhir import FhirError
    from regional_service.transaction import process

    p = person(date(2003, 3, 1), guardians=0)
    bundle, _, _ = B.registration(p.identity, CLINIC, giver="patient", consented="2026-12-10T10:00:00Z")
    with pytest.raises(FhirError) as error, region.write(today=date(2026, 12, 15)) as tx:
        process(region, tx, CLINIC, bundle, None)
    assert error.value.status == 422
    assert error.value.issues[0]["details"]["coding"][0]["code"] == C.UTANFOR_MALGRUPP


@pytest.mark.parametrize("problem", ["no-consent", "guardian-not-registered", "child-consents", "adult-by-guardian",
                                     "not-linked", "inactive", "no-method"])
def test_samtycke_saknas(clinic, person, problem):
    adult = problem == "adult-by-guardian"
    p = person(date(2005, 1, 1) if adult else date(2016, 5, 10))
    guardian = p.guardians[0]["identity"]
    kwargs = dict(guardian=guardian)
    if problem == "no-consent":
        kwargs["with_consent"] = False
    elif problem == "guardian-not-registered":
        kwargs["guardian"] = "197001011234"
    elif problem == "child-consents":
        kwargs = dict(giver="patient")
    bundle, _, _ = B.registration(p.identity, CLINIC, **kwargs)
    consent = bundle["entry"][1]["resource"] if problem != "no-consent" else None
    if problem == "not-linked":
        consent["provision"]["data"][0]["reference"]["reference"] = B.urn()
    elif problem == "inactive":
        consent["status"] = "rejected"
    elif problem == "no-method":
        consent["extension"] = consent["extension"][:1]
    refusal(clinic.post(bundle), C.SAMTYCKE_SAKNAS)


def test_redan_listad_har(clinic, person):
    p = person()
    g = p.guardians[0]["identity"]
    ok(clinic.post(B.registration(p.identity, CLINIC, guardian=g)[0]))
    refusal(clinic.post(B.registration(p.identity, CLINIC, guardian=g)[0]), C.REDAN_LISTAD)


def test_the_first_rule_that_applies_is_answered(clinic, person):
    """Dead, protected, outside the county and too old at once: `avliden` comes first."""
    p = person(date(2000, 1, 1), kommun="0180", protected=True, deceased_on=date(2026, 1, 1))
    bundle, _, _ = B.registration(p.identity, CLINIC, with_consent=False)
    refusal(clinic.post(bundle), C.AVLIDEN)
    p = person(date(2000, 1, 1), kommun="0180", guardians=0)
    bundle, _, _ = B.registration(p.identity, CLINIC, with_consent=False)
    refusal(clinic.post(bundle), C.EJ_FOLKBOKFORD)


# --- other listings of the patient ---------------------------------------------------------------------


def test_choosing_the_assigned_clinic_ends_the_assigned_listing_with_eget_val(clinic, region, person):
    p = person(assign=CLINIC)
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    ok(clinic.post(bundle))
    episodes = episodes_of(clinic, p.identity)
    assigned, chosen = episodes["icke-val"], episodes["val"]
    assert assigned["status"] == "finished"
    assert assigned["period"]["end"] == "2026-11-30"
    assert assigned["extension"][0]["valueCoding"]["code"] == "eget-val"
    assert chosen["status"] == "planned" and chosen["period"]["start"] == "2026-12-01"


def test_choice_elsewhere_ends_the_earlier_listing_with_omval(clinic, other, person):
    p = person(assign=CLINIC)
    g = p.guardians[0]["identity"]
    ok(other.post(B.registration(p.identity, OTHER, guardian=g)[0]))
    latest = episodes_of(clinic, p.identity)["icke-val"]
    assert latest["status"] == "finished"
    assert latest["period"]["end"] == "2026-11-30"  # the day before the new clinic's start
    assert latest["extension"][0]["valueCoding"]["code"] == "omval"


def test_a_planned_listing_superseded_before_it_starts_is_cancelled(clinic, other, person):
    p = person()
    g = p.guardians[0]["identity"]
    ok(clinic.post(B.registration(p.identity, CLINIC, guardian=g)[0]))
    ok(other.post(B.registration(p.identity, OTHER, guardian=g)[0]))
    latest = episodes_of(clinic, p.identity)["val"]
    assert latest["status"] == "cancelled" and "end" not in latest["period"]
    assert latest["extension"][0]["valueCoding"]["code"] == "omval"


# --- idempotency and conditional create ----------------------------------------------------------------


def test_idempotency_key_replays_the_stored_response(clinic, region, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    key = str(uuid.uuid4())
    first = clinic.post(bundle, key=key)
    second = clinic.post(bundle, key=key)
    assert first.status_code == second.status_code == 200
    assert second.json() == first.json()
    assert second.headers.get("idempotency-replayed") == "true"
    # A refusal is stored too: the same key gives the same 422 even after the reason is gone.
    q = person(protected=True)
    refused_bundle, _, _ = B.registration(q.identity, CLINIC, guardian=q.guardians[0]["identity"])
    key = str(uuid.uuid4())
    assert clinic.post(refused_bundle, key=key).status_code == 422
    with region.write() as tx:
        tx.s.merge(q).protected = False
    again = clinic.post(refused_bundle, key=key)
    assert again.status_code == 422 and felkod(again) == C.SKYDDAD_IDENTITET
    assert clinic.post(refused_bundle).status_code == 200  # a new key is a new item


def test_idempotency_keys_are_per_clinic(clinic, other, person):
    p, q = person(), person()
    key = str(uuid.uuid4())
    ok(clinic.post(B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])[0], key=key))
    body = ok(other.post(B.registration(q.identity, OTHER, guardian=q.guardians[0]["identity"])[0], key=key))
    assert body["entry"][0]["resource"]["managingOrganization"]["identifier"]["value"] == OTHER


def test_conditional_create_twice_creates_once(clinic, region, person):
    p = person()
    bundle, eoc_id, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    first = ok(clinic.post(bundle))
    second = ok(clinic.post(copy.deepcopy(bundle)))  # a new Idempotency-Key: the outbox lost its answer
    assert [e["response"]["status"] for e in second["entry"]] == ["200 OK", "200 OK", "200 OK"]
    assert second["entry"][0]["resource"]["id"] == first["entry"][0]["resource"]["id"]
    assert "location" not in second["entry"][2]["response"]  # nothing changed: Provenance not stored
    from sqlalchemy import func, select

    from regional_service.db import Listing, StoredResource

    with region.read() as s:
        assert s.scalar(select(func.count()).select_from(Listing).where(Listing.identifier == eoc_id)) == 1
        consents = s.scalar(select(func.count()).select_from(StoredResource).where(
            StoredResource.resource_type == "Consent", StoredResource.person_id == p.id))
        assert consents == 1


# --- corrections: conditional update --------------------------------------------------------------------


def test_correction_to_entered_in_error_reopens_the_listing_it_ended(clinic, other, person):
    p = person(assign=CLINIC)
    g = p.guardians[0]["identity"]
    created = ok(other.post(B.registration(p.identity, OTHER, guardian=g)[0]))
    episode = created["entry"][0]["resource"]
    fix = B.transaction([B.put(B.stored_to_update(episode, status="entered-in-error"), version=1)], OTHER)
    body = ok(other.post(fix))
    assert body["entry"][0]["response"]["status"] == "200 OK"
    assert body["entry"][0]["response"]["etag"] == 'W/"2"'
    assert body["entry"][0]["resource"]["status"] == "entered-in-error"
    assert body["entry"][1]["response"]["status"] == "201 Created"  # the correction's Provenance
    latest = episodes_of(clinic, p.identity)["icke-val"]
    assert latest["status"] == "active" and "end" not in latest["period"] and "extension" not in latest


def test_if_match_mismatch_is_412(clinic, person):
    p = person()
    created = ok(clinic.post(B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])[0]))
    episode = created["entry"][0]["resource"]
    stale = B.transaction([B.put(B.stored_to_update(episode, status="entered-in-error"), version=7)], CLINIC)
    response = clinic.post(stale)
    assert response.status_code == 412
    assert response.json()["issue"][0]["code"] == "conflict"


def test_update_of_something_never_sent_is_404(clinic, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    episode = bundle["entry"][0]["resource"]
    response = clinic.post(B.transaction([B.put(dict(episode, status="entered-in-error"), version=1)], CLINIC))
    assert response.status_code == 404


def test_another_clinics_resource_cannot_be_updated(clinic, other, person):
    p = person()
    created = ok(clinic.post(B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])[0]))
    episode = B.stored_to_update(created["entry"][0]["resource"], status="entered-in-error")
    episode["managingOrganization"] = {"identifier": {"system": C.HSA, "value": OTHER}}
    assert other.post(B.transaction([B.put(episode, version=1)], OTHER)).status_code == 404


# --- 400 and 403 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("breakage", ["not-fhir", "no-provenance", "two-provenances", "target-missing",
                                      "if-none-exist", "full-url", "code-value", "period-start", "icke-val",
                                      "not-json", "extra-element"])
def test_invalid_transactions_are_400(clinic, person, breakage):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    entries = bundle["entry"]
    if breakage == "not-fhir":
        entries[0]["resource"]["period"] = "2026-12-01"
    elif breakage == "no-provenance":
        entries.pop()
    elif breakage == "two-provenances":
        entries.append(copy.deepcopy(entries[-1]) | {"fullUrl": B.urn()})
    elif breakage == "target-missing":
        entries[-1]["resource"]["target"].pop()
    elif breakage == "if-none-exist":
        del entries[0]["request"]["ifNoneExist"]
    elif breakage == "full-url":
        entries[1]["fullUrl"] = "Consent/1"
    elif breakage == "code-value":
        entries[1]["resource"]["extension"][1]["valueCoding"]["code"] = "fax"
    elif breakage == "period-start":
        entries[0]["resource"]["period"]["start"] = "2026-11-22"
    elif breakage == "icke-val":
        entries[0]["resource"]["type"][0]["coding"][0]["code"] = "icke-val"
    elif breakage == "extra-element":
        entries[-1]["resource"]["identifier"] = [{"value": "x"}]  # R4 Provenance has no identifier
    if breakage == "not-json":
        response = clinic.http.post("", content=b"{not json", headers={"Content-Type": C.FHIR_JSON,
                                                                      "Idempotency-Key": str(uuid.uuid4())})
    else:
        response = clinic.post(bundle)
    assert response.status_code == 400, response.text
    outcome = response.json()
    OperationOutcome.model_validate(outcome)
    assert outcome["issue"][0]["severity"] == "error"
    assert felkod(response) is None


@pytest.mark.parametrize("where, value", [("recorded", "2026-11-20T25:00:00Z"), ("birth", "2016-02-30")])
def test_an_invalid_value_in_a_bundle_shaped_like_an_accepted_one_is_400(clinic, person, where, value):
    """The service validates each bundle shape with the R4B models once (fhir_shapes): a value its type
    refuses is still found in a bundle whose every key and list matches one accepted before."""
    accepted = person()
    ok(clinic.post(B.registration(accepted.identity, CLINIC, guardian=accepted.guardians[0]["identity"])[0]))
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    if where == "recorded":
        bundle["entry"][-1]["resource"]["recorded"] = value
    else:  # the consent's date: replacing one string by another keeps the shape
        assert "dateTime" in bundle["entry"][1]["resource"]
        bundle["entry"][1]["resource"]["dateTime"] = value
    response = clinic.post(bundle)
    assert response.status_code == 400, response.text
    assert "Ogiltig FHIR R4" in response.json()["issue"][0]["details"]["text"]


def test_bundle_for_another_clinic_is_403(clinic, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, PRIVATE, guardian=p.guardians[0]["identity"])
    response = clinic.post(bundle)  # CLINIC's certificate, PRIVATE in the bundle
    assert response.status_code == 403
    assert response.json()["issue"][0]["code"] == "forbidden"


def test_provenance_on_behalf_of_another_clinic_is_403(clinic, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    bundle["entry"][-1]["resource"]["agent"][0]["onBehalfOf"]["identifier"]["value"] = OTHER
    assert clinic.post(bundle).status_code == 403


def test_the_staff_member_of_the_outbox_item_is_stored_in_the_provenance(clinic, person):
    p = person()
    bundle, _, _ = B.registration(p.identity, CLINIC, guardian=p.guardians[0]["identity"])
    bundle["entry"][-1]["resource"]["agent"][0]["who"]["identifier"]["value"] = "SE2321000222-P4711"
    bundle["entry"][-1]["resource"]["recorded"] = "2026-11-20T08:00:00Z"
    provenance = ok(clinic.post(bundle))["entry"][-1]["resource"]
    assert provenance["agent"][0]["who"]["identifier"]["value"] == "SE2321000222-P4711"
    assert provenance["recorded"] == "2026-11-20T08:00:00Z"
