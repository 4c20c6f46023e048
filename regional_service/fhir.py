"""FHIR JSON the service answers with: OperationOutcome, Patient, EpisodeOfCare, Flag, Bundles.

Resources are plain dicts (what goes on the wire); tests validate them with fhir.resources.R4B.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from regional_service import codes as C
from regional_service.clock import format_instant
from regional_service.db import Clinic, Listing, ListingStop, Person

# Age of majority: guardians are sent with a minor's Patient (klinik_app.domain.listing.ADULT_AGE).
ADULT_AGE = 18


class FhirError(Exception):
    """An error answer: HTTP status and OperationOutcome issues (stored for Idempotency-Key replay)."""

    def __init__(self, status: int, issues: list[dict[str, Any]], headers: dict[str, str] | None = None) -> None:
        super().__init__(issues[0].get("diagnostics") or issues[0].get("details", {}).get("text", ""))
        self.status = status
        self.issues = issues
        self.headers = headers or {}

    def outcome(self) -> dict[str, Any]:
        return operation_outcome(self.issues)


def issue(
    code: str,
    text: str,
    *,
    severity: str = "error",
    felkod: str | None = None,
    diagnostics: str | None = None,
    expression: str | None = None,
) -> dict[str, Any]:
    """One OperationOutcome.issue; `text` is Swedish for the user, `diagnostics` English for logs."""
    details: dict[str, Any] = {"text": text}
    if felkod is not None:
        details["coding"] = [{"system": C.CS_FELKOD, "code": felkod, "display": C.FELKOD[felkod]}]
    item: dict[str, Any] = {"severity": severity, "code": code, "details": details}
    if diagnostics:
        item["diagnostics"] = diagnostics
    if expression:
        item["expression"] = [expression]
    return item


def operation_outcome(issues: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": issues}


def invalid(text: str, *, diagnostics: str | None = None, expression: str | None = None, code: str = "invalid") -> FhirError:
    return FhirError(400, [issue(code, text, diagnostics=diagnostics, expression=expression)])


def refused(felkod: str, text: str | None = None, *, expression: str | None = None) -> FhirError:
    """422: a business rule of regional-listing-api.md refuses the transaction."""
    message = C.FELKOD[felkod] if text is None else text
    return FhirError(422, [issue("business-rule", message, felkod=felkod, diagnostics=felkod, expression=expression)])


def meta(version_id: int, last_updated: Any) -> dict[str, Any]:
    return {"versionId": str(version_id), "lastUpdated": format_instant(last_updated)}


def coding(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def person_identifier(person: Person) -> dict[str, str]:
    system = C.PERSONNUMMER if person.id_kind == "personnummer" else C.SAMORDNINGSNUMMER
    return {"system": system, "value": person.identity}


def hsa_identifier(hsa_id: str) -> dict[str, str]:
    return {"system": C.HSA, "value": hsa_id}


def _age(birth: date, on: date) -> int:
    n = on.year - birth.year
    if (birth.month, birth.day) > (on.month, on.day):
        n -= 1
    return n


def _address(street: str | None, postal_code: str | None, city: str | None, kommun: str | None = None,
             kommun_name: str | None = None) -> dict[str, Any] | None:
    if not (street or postal_code or city):
        return None
    address: dict[str, Any] = {"use": "home"}
    if kommun:
        address["extension"] = [
            {"url": C.EXT_KOMMUNKOD, "valueCoding": coding(C.CS_KOMMUNKOD, kommun, kommun_name)}
        ]
    if street:
        address["line"] = [street]
    if city:
        address["city"] = city
    if kommun_name:
        address["district"] = kommun_name
    if postal_code:
        address["postalCode"] = postal_code
    address["country"] = "SE"
    return address


def patient_resource(person: Person, today: date) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": person.id,
        "meta": meta(person.version_id, person.last_updated),
        "identifier": [person_identifier(person)],
        "name": [{"use": "official", "family": person.family_name, "given": person.given_name.split()}],
    }
    if person.phone:
        resource["telecom"] = [{"system": "phone", "value": person.phone, "use": "mobile"}]
    resource["gender"] = person.gender
    resource["birthDate"] = person.birth_date.isoformat()
    if person.deceased_on is not None:
        resource["deceasedDateTime"] = person.deceased_on.isoformat()
    address = _address(person.street, person.postal_code, person.city, person.municipality_code,
                       person.municipality_name)
    if address:
        resource["address"] = [address]
    if person.guardians and _age(person.birth_date, today) < ADULT_AGE:
        contacts = []
        for g in person.guardians:
            contact: dict[str, Any] = {
                "extension": [{
                    "url": C.EXT_KONTAKTPERSON_PNR,
                    "valueIdentifier": {"system": C.PERSONNUMMER, "value": g["identity"]},
                }],
                "relationship": [{"coding": [coding(C.V3_ROLECODE, "GUARD", "guardian")]}],
                "name": {"family": g["family_name"], "given": g["given_name"].split()},
            }
            if g.get("phone"):
                contact["telecom"] = [{"system": "phone", "value": g["phone"], "use": "mobile"}]
            g_address = _address(g.get("street"), g.get("postal_code"), g.get("city"))
            if g_address:
                contact["address"] = g_address
            contacts.append(contact)
        resource["contact"] = contacts
    return resource


def episode_resource(listing: Listing, person: Person, clinic: Clinic) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "EpisodeOfCare", "id": listing.id,
                                "meta": meta(listing.version_id, listing.last_updated)}
    if listing.end_reason:
        resource["extension"] = [{
            "url": C.EXT_AVSLUTSORSAK,
            "valueCoding": coding(C.CS_AVSLUTSORSAK, listing.end_reason, C.AVSLUTSORSAK[listing.end_reason]),
        }]
    if listing.identifier:
        resource["identifier"] = [{"system": C.CLINIC_URI, "value": listing.identifier}]
    resource["status"] = listing.status
    resource["type"] = [{"coding": [coding(C.CS_LISTNINGSTYP, listing.listing_type, C.LISTNINGSTYP[listing.listing_type])]}]
    resource["patient"] = {"reference": f"Patient/{person.id}", "identifier": person_identifier(person)}
    resource["managingOrganization"] = {"identifier": hsa_identifier(clinic.hsa_id), "display": clinic.name}
    period = {"start": listing.period_start.isoformat()}
    if listing.period_end is not None:
        period["end"] = listing.period_end.isoformat()
    resource["period"] = period
    return resource


def flag_resource(stop: ListingStop) -> dict[str, Any]:
    period = {"start": stop.period_start.isoformat()}
    if stop.period_end is not None:
        period["end"] = stop.period_end.isoformat()
    return {
        "resourceType": "Flag",
        "id": stop.id,
        "meta": meta(stop.version_id, stop.last_updated),
        "identifier": [{"system": C.CLINIC_URI, "value": stop.identifier}],
        "status": stop.status,
        "code": {"coding": [coding(C.CS_FLAGGTYP, "listningsstopp", "Listningsstopp")]},
        "subject": {"type": "Organization", "identifier": hsa_identifier(stop.clinic_hsa)},
        "period": period,
    }


def etag(version_id: int) -> str:
    return f'W/"{version_id}"'
