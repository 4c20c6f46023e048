"""Local rows <-> FHIR R4 resources of regional-listing-api.md.

Outbound, `build(session, item, ...)` turns one outbox item into one transaction Bundle (one logical
unit) from the rows as they are when it is sent. Every resource is validated with fhir.resources R4B
(the R4 proxy, design.md) and every coding against the contract's code tables before anything
leaves. Identifiers and fullUrls are derived from the clinic's uuids (uuid5), so a retry of an item
sends the same resources with the same identifiers: conditional creates never create twice.

R-TG-4 at the boundary: whatever the outbox holds, `build` refuses a patient with protected
identity (`ProtectedPatientNotSent`), checked on the row itself when the bundle is built.

Inbound, `parse_entry`, `patient_data`, `episode_data` and `flag_data` turn `_history` entries into
plain data for pull.py; malformed entries raise `InboundError` (logged and skipped, never a crash).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from klinik_app.db.models import (
    Consent,
    Examination,
    Guardian,
    Listing,
    ListingStop,
    OutboxItem,
    Patient,
    SyncResource,
)
from klinik_app.domain.dates import age_on
from klinik_app.domain.examination import DENTIST, NURSE, REVISION_ROLES, Risks, capped_interval, overall_risk
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, keep_template
from klinik_app.domain.revision import ExamRecord, compute_due
from klinik_app.domain.ruleset import RuleSet
from klinik_app.sync import codes as C
from klinik_app.sync.state import format_instant, parse_instant

LISTING, LISTING_CORRECTION, REVISION_REPORT = "listing", "listing-correction", "revision-report"
LISTING_STOP, LISTING_STOP_LIFT = "listing-stop", "listing-stop-lift"
KINDS = {
    LISTING: "listning",
    LISTING_CORRECTION: "rättelse av listning",
    REVISION_REPORT: "revisionsrapport",
    LISTING_STOP: "listningsstopp",
    LISTING_STOP_LIFT: "upphävt listningsstopp",
}


class ProtectedPatientNotSent(RuntimeError):
    """A programming error caught at the boundary: a protected patient's data was about to be sent (R-TG-4)."""

    def __init__(self, patient_id: int) -> None:
        super().__init__(f"refused to send data of protected patient {patient_id} (R-TG-4)")
        self.patient_id = patient_id


class NotSendable(Exception):
    """The item cannot be sent as it stands. `code` is a key of codes.LOCAL; `withdraw` when it
    must never be sent (a tandhälsokontroll, R-RV-5) rather than wait in "needs attention"."""

    context = "sync"

    def __init__(self, code: str, message: str | None = None, *, withdraw: bool = False, **params: Any) -> None:
        self.code = code
        keep_template(self, message or C.meaning(code) or code, params, self.context)
        self.withdraw = withdraw
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class Part:
    """One entry of an outbound bundle, to store the region's id and version from the answer."""

    full_url: str
    resource_type: str
    identifier: str | None  # urn:uuid:..., None for the Provenance
    patient_id: int | None


@dataclass
class Outbound:
    item_id: int
    idempotency_key: str  # the item's key, the same on every retry
    kind: str
    patient_id: int | None
    bundle: dict[str, Any]
    parts: list[Part] = field(default_factory=list)

    @property
    def body(self) -> bytes:
        return json.dumps(self.bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- small builders ------------------------------------------------------------------------------------


def urn(value: str) -> str:
    return f"urn:uuid:{value}"


def derived(base: str, name: str) -> str:
    """A stable uuid for a part of something the clinic made (the same on every retry): uuid.uuid5,
    computed without two UUID objects per id (the clinic archive makes millions)."""
    digest = bytearray(hashlib.sha1(_namespace(base) + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@lru_cache(maxsize=64)
def _namespace(base: str) -> bytes:
    return uuid.UUID(base).bytes


def concept(system: str, code: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code}]}


def hsa(value: str) -> dict[str, Any]:
    return {"identifier": {"system": C.HSA, "value": value}}


def person_ref(p: Patient) -> dict[str, Any]:
    system = C.PERSONNUMMER if p.id_kind == "personnummer" else C.SAMORDNINGSNUMMER
    return {"identifier": {"system": system, "value": p.personnummer}}


def identifier(value: str) -> list[dict[str, Any]]:
    return [{"system": C.CLINIC_URI, "value": value}]


class _Bundle:
    def __init__(self, item: OutboxItem, clinic_hsa: str) -> None:
        self.item, self.clinic_hsa = item, clinic_hsa
        self.entries: list[dict[str, Any]] = []
        self.parts: list[Part] = []

    def _full_url(self, name: str) -> str:
        return urn(derived(self.item.idempotency_key, name))

    def create(self, resource: dict[str, Any], patient_id: int | None, full_url: str | None = None) -> str:
        ident = resource["identifier"][0]["value"]
        full_url = full_url or self._full_url(f"{resource['resourceType']}/{ident}")
        self.entries.append({"fullUrl": full_url, "resource": resource,
                             "request": {"method": "POST", "url": resource["resourceType"],
                                         "ifNoneExist": f"identifier={C.CLINIC_URI}|{ident}"}})
        self.parts.append(Part(full_url, resource["resourceType"], ident, patient_id))
        return full_url

    def update(self, resource: dict[str, Any], version: int, patient_id: int | None) -> str:
        ident = resource["identifier"][0]["value"]
        full_url = self._full_url(f"{resource['resourceType']}/{ident}/update")
        self.entries.append({"fullUrl": full_url, "resource": resource,
                             "request": {"method": "PUT", "url": f"{resource['resourceType']}?identifier={C.CLINIC_URI}|{ident}",
                                         "ifMatch": f'W/"{version}"'}})
        self.parts.append(Part(full_url, resource["resourceType"], ident, patient_id))
        return full_url

    def finish(self) -> dict[str, Any]:
        """Exactly one Provenance: who made the change (recorded with the item) and for which clinic."""
        try:
            staff = parse_hsa_id(self.item.staff_hsa_id)
        except InvalidHsaId:
            raise NotSendable("personal-hsa-id-saknas") from None
        provenance = {
            "resourceType": "Provenance",
            "target": [{"reference": e["fullUrl"]} for e in self.entries],
            "recorded": format_instant(self.item.created_at),
            "agent": [{"who": hsa(staff), "onBehalfOf": hsa(self.clinic_hsa)}],
        }
        full_url = self._full_url("Provenance")
        self.entries.append({"fullUrl": full_url, "resource": provenance,
                             "request": {"method": "POST", "url": "Provenance"}})
        self.parts.append(Part(full_url, "Provenance", None, None))
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


# --- outbound -----------------------------------------------------------------------------------------


def build(session: Session, item: OutboxItem, *, clinic_hsa: str, rules: RuleSet,
          validate_resource: Callable[[dict[str, Any]], None] | None = None) -> Outbound:
    """The transaction Bundle for one outbox item, validated (`validate_resource`: see `validate`).
    `item`: the OutboxItem or a row of its table (only read). Raises ProtectedPatientNotSent (R-TG-4) or NotSendable."""
    builders = {LISTING: _listing, LISTING_CORRECTION: _listing_correction, REVISION_REPORT: _revision_report,
                LISTING_STOP: _listing_stop, LISTING_STOP_LIFT: _listing_stop_lift}
    builder = builders.get(item.kind)
    if builder is None:
        raise NotSendable("ogiltig-fhir", QT_TRANSLATE_NOOP("sync", "Okänd sorts ändring i utkorgen: {kind}."),
                          kind=item.kind)
    # Held while the builder runs: the session's identity map keeps only weak references, and the
    # builder asks for the same patient again (no second SELECT while this one lives).
    patient = _refuse_protected(session.get(Patient, item.patient_id)) if item.patient_id is not None else None
    b = _Bundle(item, clinic_hsa)
    patient_id = builder(session, item, b, rules)
    del patient
    bundle = b.finish()
    validate(bundle, validate_resource)
    return Outbound(item.id, item.idempotency_key, item.kind,
                    patient_id if patient_id is not None else item.patient_id, bundle, b.parts)


def _refuse_protected(patient: Patient | None) -> Patient:
    if patient is None:
        raise NotSendable("uppgifter-saknas")
    if patient.protected_identity:
        raise ProtectedPatientNotSent(patient.id)
    return patient


def _payload(item: OutboxItem, key: str) -> str:
    value = (item.payload or {}).get(key)
    if not value:
        raise NotSendable("uppgifter-saknas")
    return str(value)


# Built once, as the push asks them for every item: building and keying a statement cost more than running it.
LISTING_BY_UUID = select(Listing).where(Listing.uuid == bindparam("uuid"))
CONSENT_BY_UUID = select(Consent).where(Consent.uuid == bindparam("uuid"))


def _listing(session: Session, item: OutboxItem, b: _Bundle, rules: RuleSet) -> int:
    listing = session.scalar(LISTING_BY_UUID, {"uuid": _payload(item, "listing_uuid")})
    consent = session.scalar(CONSENT_BY_UUID, {"uuid": _payload(item, "consent_uuid")})
    if listing is None or consent is None:
        raise NotSendable("uppgifter-saknas")
    p = _refuse_protected(session.get(Patient, listing.patient_id))
    if consent.patient_id != p.id:
        raise NotSendable("uppgifter-saknas")
    eoc_id = urn(listing.uuid)
    eoc_url = b._full_url(f"EpisodeOfCare/{eoc_id}")
    episode = {
        "resourceType": "EpisodeOfCare",
        "identifier": identifier(eoc_id),
        "status": "planned",
        "type": [concept(C.CS_LISTNINGSTYP, listing.listing_type)],
        "patient": person_ref(p),
        "managingOrganization": hsa(b.clinic_hsa),
        # R-LI-3: the first day of the month after the consent, whenever the bundle is sent.
        "period": {"start": rules.listing.care_starts_on(consent.given_on).isoformat()},
    }
    if consent.giver == "patient":
        performer = person_ref(p)
    else:
        guardian = session.get(Guardian, consent.guardian_id) if consent.guardian_id else None
        if guardian is None or not guardian.personnummer:
            raise NotSendable("vardnadshavare-personnummer-saknas")
        performer = {"type": "RelatedPerson", "identifier": {"system": C.PERSONNUMMER, "value": guardian.personnummer},
                     "display": guardian.name}
    resource = {
        "resourceType": "Consent",
        "extension": [
            {"url": C.EXT_SAMTYCKESGIVARE, "valueCoding": {"system": C.CS_SAMTYCKESGIVARE, "code": consent.giver}},
            {"url": C.EXT_SAMTYCKESMETOD, "valueCoding": {"system": C.CS_SAMTYCKESMETOD, "code": consent.method}},
        ],
        "identifier": identifier(urn(consent.uuid)),
        "status": "active",
        "scope": concept(C.CONSENTSCOPE, "treatment"),
        "category": [concept(C.LOINC, C.CONSENT_CATEGORY)],
        "patient": person_ref(p),
        "dateTime": consent.given_on.isoformat(),  # the Swedish date the consent was given
        "performer": [performer],
        "organization": [hsa(b.clinic_hsa)],
        "policyRule": concept(C.V3_ACTCODE, "OPTIN"),
        "provision": {"data": [{"meaning": "related", "reference": {"reference": eoc_url}}]},
    }
    b.create(episode, p.id, eoc_url)
    b.create(resource, p.id)
    return p.id


def _listing_correction(session: Session, item: OutboxItem, b: _Bundle, rules: RuleSet) -> int:
    listing = session.scalar(select(Listing).where(Listing.uuid == _payload(item, "listing_uuid")))
    if listing is None:
        raise NotSendable("uppgifter-saknas")
    p = _refuse_protected(session.get(Patient, listing.patient_id))
    eoc_id = urn(listing.uuid)
    version = listing.server_version or _known_version(session, "EpisodeOfCare", eoc_id)
    if version is None:  # e.g. imported: the region knows it under its own id, not the clinic's identifier
        raise NotSendable("okand-i-regionen")
    period = {"start": listing.start_date.isoformat()}
    if listing.end_date is not None and listing.end_date >= listing.start_date:
        period["end"] = listing.end_date.isoformat()
    episode = {
        "resourceType": "EpisodeOfCare",
        "identifier": identifier(eoc_id),
        "status": "entered-in-error",
        "type": [concept(C.CS_LISTNINGSTYP, listing.listing_type)],
        "patient": person_ref(p),
        "managingOrganization": hsa(b.clinic_hsa),
        "period": period,
    }
    b.update(episode, int(version), p.id)
    return p.id


def _known_version(session: Session, resource_type: str, ident: str) -> int | None:
    return session.scalar(select(SyncResource.version).where(
        SyncResource.resource_type == resource_type, SyncResource.identifier == ident))


def _revision_report(session: Session, item: OutboxItem, b: _Bundle, rules: RuleSet) -> int:
    exam = session.scalar(select(Examination).where(Examination.uuid == _payload(item, "examination_uuid")))
    if exam is None:
        raise NotSendable("uppgifter-saknas")
    p = _refuse_protected(session.get(Patient, exam.patient_id))
    if exam.examiner_role == NURSE or exam.examiner_role not in REVISION_ROLES:
        raise NotSendable("ogiltig-fhir", QT_TRANSLATE_NOOP("sync", "En tandhälsokontroll av tandsköterska rapporteras inte (R-RV-5)."), withdraw=True)
    if not exam.examiner_hsa_id:
        raise NotSendable("undersokare-saknas")
    try:
        examiner = parse_hsa_id(exam.examiner_hsa_id)
    except InvalidHsaId:
        raise NotSendable("undersokare-saknas") from None
    on = exam.examined_on.isoformat()
    enc_id = urn(exam.uuid)
    enc_url = b._full_url(f"Encounter/{enc_id}")
    encounter = {
        "resourceType": "Encounter",
        "identifier": identifier(enc_id),
        "status": "finished",
        "class": {"system": C.V3_ACTCODE, "code": "AMB"},
        "type": [concept(C.CS_UNDERSOKNINGSTYP, C.EXAM_TYPE_OF_ROLE[exam.examiner_role])],
        "subject": person_ref(p),
        "participant": [{
            "extension": [{"url": C.EXT_YRKESROLL, "valueCoding": {"system": C.CS_YRKESROLL, "code": exam.examiner_role}}],
            "type": [concept(C.V3_PARTICIPATIONTYPE, "PPRF")],
            "individual": hsa(examiner),
        }],
        "period": {"start": on, "end": on},  # the clinic records the day, not the hour
        "serviceProvider": hsa(b.clinic_hsa),
    }
    b.create(encounter, p.id, enc_url)

    def observation(code: str, value: dict[str, Any]) -> None:
        b.create({
            "resourceType": "Observation",
            "identifier": identifier(urn(derived(exam.uuid, f"Observation/{code}"))),
            "status": "final",
            "code": concept(C.CS_TANDHALSODATA, code),
            "subject": person_ref(p),
            "encounter": {"reference": enc_url},
            "effectiveDateTime": on,
            "performer": [hsa(examiner)],
            **value,
        }, p.id)

    risks = Risks(exam.risk_caries, exam.risk_periodontal, exam.risk_general, exam.risk_technical)
    for code, risk in zip(C.RISK_DOMAINS, risks.values()):
        if risk is not None:
            observation(code, {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(risk))})
    overall = overall_risk(risks)  # R-RV-10: the highest of the four, once all are graded
    if overall is not None:
        observation("riskgrupp", {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(overall))})
    if exam.deft is not None:
        observation("deft", {"valueInteger": exam.deft})
    if exam.dft is not None:
        observation("DFT", {"valueInteger": exam.dft})
    if exam.tobacco is not None:
        observation("tobak", {"valueCodeableConcept": concept(C.CS_TOBAK, exam.tobacco)})
    age = age_on(p.birth_date, exam.examined_on)
    if exam.bite_check is not None and exam.examiner_role == DENTIST and rules.revision.requires_bite_check(age):
        observation("bettutvecklingskontroll", {"valueBoolean": bool(exam.bite_check)})

    # The next revision by rules.md "The due date", this examination being the latest (R-RV-1..6).
    history = session.execute(
        select(Examination.examined_on, Examination.examiner_role, Examination.planned_interval_months)
        .where(Examination.patient_id == p.id, Examination.examined_on <= exam.examined_on)).all()
    due = compute_due(p.birth_date, [ExamRecord(*row) for row in history], exam.examined_on, rules)
    cap = rules.revision.general_cap_months(age)
    interval = capped_interval(exam.planned_interval_months or cap, age, rules)  # R-RV-2: the capped interval
    next_on = due.due or due.due_general
    # [tolkning] A dentist examination already overdue (hygienist-only history) is due at once: the
    # first day after this examination, since the next revision must lie after it.
    if next_on is None or next_on <= exam.examined_on:
        next_on = exam.examined_on + timedelta(days=1)
    next_type = "revision-tandlakare" if due.requires_dentist else C.EXAM_TYPE_OF_ROLE[exam.examiner_role]
    b.create({
        "resourceType": "CarePlan",
        "identifier": identifier(urn(derived(exam.uuid, "CarePlan"))),
        "status": "active",
        "intent": "plan",
        "subject": person_ref(p),
        "encounter": {"reference": enc_url},
        "period": {"start": on},
        "activity": [{"detail": {
            "kind": "Appointment",
            "code": concept(C.CS_UNDERSOKNINGSTYP, next_type),
            "status": "scheduled",
            "scheduledTiming": {"event": [next_on.isoformat()],
                                "repeat": {"frequency": 1, "period": interval, "periodUnit": "mo"}},
        }}],
    }, p.id)
    return p.id


def _flag(stop: ListingStop, clinic_hsa: str, status: str) -> dict[str, Any]:
    period = {"start": stop.start_date.isoformat()}
    if status != "active" and stop.end_date is not None:
        period["end"] = stop.end_date.isoformat()
    return {
        "resourceType": "Flag",
        "identifier": identifier(urn(stop.uuid)),
        "status": status,
        "code": concept(C.CS_FLAGGTYP, "listningsstopp"),
        "subject": hsa(clinic_hsa),
        "period": period,
    }


def _listing_stop(session: Session, item: OutboxItem, b: _Bundle, rules: RuleSet) -> None:
    stop = session.scalar(select(ListingStop).where(ListingStop.uuid == _payload(item, "stop_uuid")))
    if stop is None:
        raise NotSendable("uppgifter-saknas")
    b.create(_flag(stop, b.clinic_hsa, "active"), None)


def _listing_stop_lift(session: Session, item: OutboxItem, b: _Bundle, rules: RuleSet) -> None:
    stop = session.scalar(select(ListingStop).where(ListingStop.uuid == _payload(item, "stop_uuid")))
    if stop is None or stop.end_date is None:
        raise NotSendable("uppgifter-saknas")
    version = _known_version(session, "Flag", urn(stop.uuid))
    if version is None:
        raise NotSendable("okand-i-regionen")
    b.update(_flag(stop, b.clinic_hsa, "inactive"), version, None)


# --- validation ---------------------------------------------------------------------------------------


def _model(resource_type: str):
    from fhir.resources.R4B import get_fhir_model_class

    return get_fhir_model_class(resource_type)


def _validate_with_model(resource: dict[str, Any]) -> None:
    _model(resource["resourceType"]).model_validate(resource)


def validate(bundle: dict[str, Any], validate_resource: Callable[[dict[str, Any]], None] | None = None) -> None:
    """R4B structure (every resource and the Bundle) and the contract's code values; NotSendable if not.
    `validate_resource` raises pydantic's ValidationError as the models do (a ShapeValidator, which
    asks the models once per shape); None: every resource goes through the models."""
    import pydantic

    check = validate_resource or _validate_with_model
    try:
        check(bundle)  # the Bundle's model validates each entry's resource by its own resourceType
    except pydantic.ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise NotSendable("ogiltig-fhir", QT_TRANSLATE_NOOP("sync", "{meaning} ({where}: {problem})"),
                          meaning=C.LOCAL["ogiltig-fhir"], where=where, problem=first["msg"]) from None
    bad = list(_bad_codes(bundle))
    if bad:
        raise NotSendable("ogiltig-fhir", QT_TRANSLATE_NOOP("sync", "{meaning} (okänd kod {coding})"),
                          meaning=C.LOCAL["ogiltig-fhir"], coding=bad[0])


def _bad_codes(value: Any):
    if isinstance(value, dict):
        system, code = value.get("system"), value.get("code")
        if isinstance(system, str) and isinstance(code, str) and system in C.CODES and code not in C.CODES[system]:
            yield f"{system}|{code}"
        for v in value.values():
            yield from _bad_codes(v)
    elif isinstance(value, list):
        for v in value:
            yield from _bad_codes(v)


# --- inbound ------------------------------------------------------------------------------------------


class InboundError(ValueError):
    """An inbound entry or resource the client cannot read (logged and skipped)."""


@dataclass(frozen=True, slots=True)
class InboundEntry:
    resource_type: str
    server_id: str
    version: int
    last_updated: datetime
    method: str  # POST | PUT | DELETE
    resource: dict[str, Any] | None

    @property
    def deleted(self) -> bool:
        return self.method == "DELETE"


def _etag_version(etag: str | None) -> int | None:
    if not etag:
        return None
    text = etag[2:] if etag.startswith("W/") else etag
    text = text.strip('"')
    return int(text) if text.isdigit() else None


def parse_entry(entry: dict[str, Any]) -> InboundEntry:
    """One entry of a `history` Bundle: Type/id, version, when, method, and the resource (validated)."""
    try:
        request, response = entry.get("request") or {}, entry.get("response") or {}
        method = request.get("method")
        resource_type, _, server_id = str(request.get("url") or "").partition("/")
        resource = entry.get("resource")
        if method not in ("POST", "PUT", "DELETE") or not resource_type or not server_id:
            raise InboundError(f"entry without request.method or request.url Type/id: {request!r}")
        if method == "DELETE":
            version = _etag_version(response.get("etag"))
            when = response.get("lastModified")
            resource = None
        else:
            if not isinstance(resource, dict) or resource.get("resourceType") != resource_type:
                raise InboundError(f"{resource_type}/{server_id}: no resource of that type")
            meta = resource.get("meta") or {}
            version = int(meta["versionId"]) if str(meta.get("versionId") or "").isdigit() else _etag_version(response.get("etag"))
            when = meta.get("lastUpdated") or response.get("lastModified")
            _validate_inbound(resource)
        if version is None or not when:
            raise InboundError(f"{resource_type}/{server_id}: no version or time")
        return InboundEntry(resource_type, server_id, version, parse_instant(when), method, resource)
    except (KeyError, TypeError, ValueError) as e:
        if isinstance(e, InboundError):
            raise
        raise InboundError(str(e)) from None


def _validate_inbound(resource: dict[str, Any]) -> None:
    import pydantic

    if resource["resourceType"] not in ("Patient", "EpisodeOfCare", "Flag"):
        return  # nothing else is applied; unknown types are skipped by pull
    try:
        _model(resource["resourceType"]).model_validate(resource)
    except pydantic.ValidationError as e:
        raise InboundError(f"{resource['resourceType']}/{resource.get('id')}: not valid FHIR R4: "
                           f"{e.errors()[0]['loc']}") from None


def _codings(concept_: Any) -> list[dict[str, Any]]:
    return list((concept_ or {}).get("coding") or []) if isinstance(concept_, dict) else []


def _code(concept_: Any, system: str) -> str | None:
    return next((c.get("code") for c in _codings(concept_) if c.get("system") == system), None)


def _extension_code(element: dict[str, Any], url: str) -> str | None:
    for ext in element.get("extension") or []:
        if ext.get("url") == url:
            return (ext.get("valueCoding") or {}).get("code")
    return None


def _date(value: str | None) -> date | None:
    """The Swedish date of a FHIR date or dateTime."""
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    from zoneinfo import ZoneInfo

    at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return at.astimezone(ZoneInfo("Europe/Stockholm")).date() if at.tzinfo else at.date()


def _person_identifier(ident: Any) -> tuple[str, str]:
    if not isinstance(ident, dict) or ident.get("system") not in C.PERSON_SYSTEMS:
        raise InboundError("no personnummer or samordningsnummer")
    value = str(ident.get("value") or "")
    if len(value) != 12 or not value.isdigit():
        raise InboundError("identity number is not 12 digits")
    return value, "personnummer" if ident["system"] == C.PERSONNUMMER else "samordningsnummer"


@dataclass(frozen=True, slots=True)
class GuardianData:
    identity: str | None
    name: str
    phone: str | None
    street: str | None
    postal_code: str | None
    postal_town: str | None


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None = None
    postal_code: str | None = None
    postal_town: str | None = None
    municipality_code: str | None = None


@dataclass(frozen=True, slots=True)
class PatientData:
    identity: str
    id_kind: str
    first_name: str
    last_name: str
    birth_date: date
    sex: str | None
    deceased_on: date | None
    address: Address | None
    phone: str | None
    guardians: tuple[GuardianData, ...]


def _address(value: Any) -> Address | None:
    if not isinstance(value, dict):
        return None
    lines = value.get("line") or []
    return Address(lines[0] if lines else None, value.get("postalCode"), value.get("city"),
                   _extension_code(value, C.EXT_KOMMUNKOD))


def _phone(telecom: Any) -> str | None:
    return next((t.get("value") for t in telecom or [] if t.get("system") == "phone" and t.get("value")), None)


def patient_data(resource: dict[str, Any]) -> PatientData:
    identity, kind = _person_identifier(next(
        (i for i in resource.get("identifier") or [] if i.get("system") in C.PERSON_SYSTEMS), None))
    names = resource.get("name") or [{}]
    name = next((n for n in names if n.get("use") == "official"), names[0])
    birth = _date(resource.get("birthDate"))
    if birth is None:
        raise InboundError("Patient without birthDate")
    deceased = _date(resource.get("deceasedDateTime")) if resource.get("deceasedDateTime") else None
    addresses = resource.get("address") or []
    home = next((a for a in addresses if a.get("use") == "home"), addresses[0] if addresses else None)
    guardians = []
    for contact in resource.get("contact") or []:
        if not any(_code(r, C.V3_ROLECODE) == "GUARD" for r in contact.get("relationship") or []):
            continue
        ident = None
        for ext in contact.get("extension") or []:
            if ext.get("url") == C.EXT_KONTAKTPERSON_PNR:
                ident = (ext.get("valueIdentifier") or {}).get("value")
        cname = contact.get("name") or {}
        full = " ".join([*(cname.get("given") or []), cname.get("family") or ""]).strip()
        address = _address(contact.get("address"))
        guardians.append(GuardianData(ident, full or "Vårdnadshavare", _phone(contact.get("telecom")),
                                      address.street if address else None, address.postal_code if address else None,
                                      address.postal_town if address else None))
    sex = {"male": "M", "female": "F"}.get(resource.get("gender") or "")
    return PatientData(identity, kind, " ".join(name.get("given") or []) or "-", name.get("family") or "-", birth, sex,
                       deceased, _address(home), _phone(resource.get("telecom")), tuple(guardians))


@dataclass(frozen=True, slots=True)
class EpisodeData:
    identifier: str | None  # the clinic's uuid (without urn:uuid:) when the clinic made it
    patient_server_id: str | None
    patient_identity: str | None
    listing_type: str
    status: str  # planned | active | finished | cancelled | entered-in-error
    start: date
    end: date | None
    end_reason: str | None


def _clinic_uuid(resource: dict[str, Any]) -> str | None:
    for i in resource.get("identifier") or []:
        value = str(i.get("value") or "")
        if i.get("system") == C.CLINIC_URI and value.startswith("urn:uuid:"):
            return value[len("urn:uuid:"):]
    return None


def episode_data(resource: dict[str, Any]) -> EpisodeData:
    kind = next((_code(t, C.CS_LISTNINGSTYP) for t in resource.get("type") or [] if _code(t, C.CS_LISTNINGSTYP)), None)
    if kind not in C.CODES[C.CS_LISTNINGSTYP]:
        raise InboundError("EpisodeOfCare without listningstyp")
    patient = resource.get("patient") or {}
    reference = str(patient.get("reference") or "")
    try:
        identity = _person_identifier(patient.get("identifier"))[0]
    except InboundError:
        identity = None
    period = resource.get("period") or {}
    start = _date(period.get("start"))
    if start is None:
        raise InboundError("EpisodeOfCare without period.start")
    reason = _extension_code(resource, C.EXT_AVSLUTSORSAK)
    if reason is not None and reason not in C.CODES[C.CS_AVSLUTSORSAK]:
        reason = None
    return EpisodeData(_clinic_uuid(resource), reference.partition("/")[2] if reference.startswith("Patient/") else None,
                       identity, kind, resource.get("status") or "", start, _date(period.get("end")), reason)


@dataclass(frozen=True, slots=True)
class FlagData:
    identifier: str | None
    status: str
    start: date | None
    end: date | None


def flag_data(resource: dict[str, Any]) -> FlagData:
    period = resource.get("period") or {}
    return FlagData(_clinic_uuid(resource), resource.get("status") or "", _date(period.get("start")),
                    _date(period.get("end")))
