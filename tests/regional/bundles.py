"""Transaction bundles exactly as regional-listing-api.md says a clinic sends them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from regional_service import codes as C

STAFF = "SE2321000222-P0001"
EXAMINER = "SE2321000222-P0002"


def urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


def patient_ref(pnr: str, system: str = C.PERSONNUMMER) -> dict[str, Any]:
    return {"identifier": {"system": system, "value": pnr}}


def hsa(value: str) -> dict[str, Any]:
    return {"identifier": {"system": C.HSA, "value": value}}


def concept(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def post(resource: dict[str, Any], full_url: str | None = None) -> dict[str, Any]:
    ident = resource["identifier"][0]["value"]
    return {"fullUrl": full_url or urn(), "resource": resource,
            "request": {"method": "POST", "url": resource["resourceType"],
                        "ifNoneExist": f"identifier={C.CLINIC_URI}|{ident}"}}


def put(resource: dict[str, Any], version: int) -> dict[str, Any]:
    ident = resource["identifier"][0]["value"]
    return {"fullUrl": urn(), "resource": resource,
            "request": {"method": "PUT", "url": f"{resource['resourceType']}?identifier={C.CLINIC_URI}|{ident}",
                        "ifMatch": f'W/"{version}"'}}


def transaction(entries: list[dict[str, Any]], clinic: str, *, staff: str = STAFF,
                recorded: str = "2026-11-22T10:00:00Z") -> dict[str, Any]:
    provenance = {
        "resourceType": "Provenance",
        "target": [{"reference": e["fullUrl"]} for e in entries],
        "recorded": recorded,
        "agent": [{"who": hsa(staff), "onBehalfOf": hsa(clinic)}],
    }
    return {"resourceType": "Bundle", "type": "transaction",
            "entry": [*entries, {"fullUrl": urn(), "resource": provenance,
                                 "request": {"method": "POST", "url": "Provenance"}}]}


def first_of_next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def registration(pnr: str, clinic: str, *, consented: datetime | str = "2026-11-22T10:00:00Z",
                 giver: str = "vardnadshavare", guardian: str | None = None, start: date | None = None,
                 method: str = "pa-plats", with_consent: bool = True, eoc_id: str | None = None,
                 consent_id: str | None = None) -> tuple[dict[str, Any], str, str]:
    """EpisodeOfCare + Consent; returns (bundle, EpisodeOfCare identifier, Consent identifier)."""
    consented = consented if isinstance(consented, str) else consented.isoformat().replace("+00:00", "Z")
    start = start or first_of_next_month(date.fromisoformat(consented[:10]))
    eoc_id, consent_id = eoc_id or urn(), consent_id or urn()
    eoc_url = urn()
    episode = {
        "resourceType": "EpisodeOfCare",
        "identifier": [{"system": C.CLINIC_URI, "value": eoc_id}],
        "status": "planned",
        "type": [concept(C.CS_LISTNINGSTYP, "val")],
        "patient": patient_ref(pnr),
        "managingOrganization": hsa(clinic),
        "period": {"start": start.isoformat()},
    }
    if giver == "patient":
        performer = patient_ref(pnr)
    else:
        performer = {"type": "RelatedPerson", "identifier": {"system": C.PERSONNUMMER, "value": guardian or ""},
                     "display": "Vårdnadshavare"}
    consent = {
        "resourceType": "Consent",
        "extension": [
            {"url": C.EXT_SAMTYCKESGIVARE, "valueCoding": {"system": C.CS_SAMTYCKESGIVARE, "code": giver}},
            {"url": C.EXT_SAMTYCKESMETOD, "valueCoding": {"system": C.CS_SAMTYCKESMETOD, "code": method}},
        ],
        "identifier": [{"system": C.CLINIC_URI, "value": consent_id}],
        "status": "active",
        "scope": concept(C.CONSENTSCOPE, "treatment"),
        "category": [concept(C.LOINC, C.CONSENT_CATEGORY)],
        "patient": patient_ref(pnr),
        "dateTime": consented,
        "performer": [performer],
        "organization": [hsa(clinic)],
        "policyRule": concept(C.V3_ACTCODE, "OPTIN"),
        "provision": {"data": [{"meaning": "related", "reference": {"reference": eoc_url}}]},
    }
    entries = [post(episode, eoc_url)]
    if with_consent:
        entries.append(post(consent))
    return transaction(entries, clinic), eoc_id, consent_id


def revision(pnr: str, clinic: str, *, examined: date = date(2026, 11, 20), role: str = "tandlakare",
             examiner: str | None = EXAMINER, risks: tuple[int, int, int, int] = (1, 0, 0, 0),
             interval: int = 12, tobacco: str | None = "ingen", bite_check: bool | None = True,
             deft: int | None = 2, dft: int | None = 1, with_care_plan: bool = True,
             with_risks: bool = True) -> tuple[dict[str, Any], dict[str, str]]:
    """Encounter + Observations + CarePlan; returns (bundle, {resource key: identifier})."""
    exam_type = "revision-tandlakare" if role == "tandlakare" else "revision-tandhygienist"
    ids: dict[str, str] = {"Encounter": urn()}
    enc_url = urn()
    participant: dict[str, Any] = {
        "extension": [{"url": C.EXT_YRKESROLL, "valueCoding": {"system": C.CS_YRKESROLL, "code": role}}],
        "type": [concept(C.V3_PARTICIPATIONTYPE, "PPRF")],
    }
    if examiner:
        participant["individual"] = hsa(examiner)
    encounter = {
        "resourceType": "Encounter",
        "identifier": [{"system": C.CLINIC_URI, "value": ids["Encounter"]}],
        "status": "finished",
        "class": {"system": C.V3_ACTCODE, "code": "AMB"},
        "type": [concept(C.CS_UNDERSOKNINGSTYP, exam_type)],
        "subject": patient_ref(pnr),
        "participant": [participant],
        "period": {"start": f"{examined}T09:00:00+01:00", "end": f"{examined}T09:45:00+01:00"},
        "serviceProvider": hsa(clinic),
    }
    entries = [post(encounter, enc_url)]

    def observation(code: str, value: dict[str, Any]) -> None:
        ids[code] = urn()
        entries.append(post({
            "resourceType": "Observation",
            "identifier": [{"system": C.CLINIC_URI, "value": ids[code]}],
            "status": "final",
            "code": concept(C.CS_TANDHALSODATA, code),
            "subject": patient_ref(pnr),
            "encounter": {"reference": enc_url},
            "effectiveDateTime": f"{examined}T09:00:00+01:00",
            "performer": [hsa(examiner or EXAMINER)],
            **value,
        }))

    if with_risks:
        for code, risk in zip(C.RISK_DOMAINS, risks):
            observation(code, {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(risk))})
        observation("riskgrupp", {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(max(risks)))})
    if deft is not None:
        observation("deft", {"valueInteger": deft})
    if dft is not None:
        observation("DFT", {"valueInteger": dft})
    if tobacco is not None:
        observation("tobak", {"valueCodeableConcept": concept(C.CS_TOBAK, tobacco)})
    if bite_check is not None:
        observation("bettutvecklingskontroll", {"valueBoolean": bite_check})
    if with_care_plan:
        ids["CarePlan"] = urn()
        due = date(examined.year + (examined.month + interval - 1) // 12, (examined.month + interval - 1) % 12 + 1,
                   min(examined.day, 28))
        entries.append(post({
            "resourceType": "CarePlan",
            "identifier": [{"system": C.CLINIC_URI, "value": ids["CarePlan"]}],
            "status": "active",
            "intent": "plan",
            "subject": patient_ref(pnr),
            "encounter": {"reference": enc_url},
            "period": {"start": examined.isoformat()},
            "activity": [{"detail": {
                "kind": "Appointment",
                "code": concept(C.CS_UNDERSOKNINGSTYP, "revision-tandlakare"),
                "status": "scheduled",
                "scheduledTiming": {"event": [due.isoformat()],
                                    "repeat": {"frequency": 1, "period": interval, "periodUnit": "mo"}},
            }}],
        }))
    return transaction(entries, clinic), ids


def listing_stop(clinic: str, *, start: date = date(2026, 12, 1), ident: str | None = None) -> tuple[dict[str, Any], str]:
    ident = ident or urn()
    flag = {
        "resourceType": "Flag",
        "identifier": [{"system": C.CLINIC_URI, "value": ident}],
        "status": "active",
        "code": concept(C.CS_FLAGGTYP, "listningsstopp"),
        "subject": hsa(clinic),
        "period": {"start": start.isoformat()},
    }
    return transaction([post(flag)], clinic), ident


def stored_to_update(resource: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A resource as the clinic sends it in a conditional update: its identifier, no server id."""
    out = {k: v for k, v in resource.items() if k not in ("id", "meta")}
    out.update(changes)
    return out
