"""The record copy as a FHIR R4 `collection` Bundle (R-SE-4), validated with the R4B models (the proxy).

The contract's resources where it defines them (regional-listing-api.md): Patient with its
guardians as `contact`, EpisodeOfCare and Consent per listing, Encounter, Observations and a
CarePlan for the examinations and the revision plan. What the contract does not cover uses plain
FHIR R4: Appointment (times and absences), ChargeItem (fees and treatment prices), Procedure
(treatments), Encounter `EMER` (emergency visits), Communication (letters sent), Task (tasks and
decisions) and a Consent for this disclosure. Identifiers derive from the clinic's uuids where it
has them, else from the patient's copy (uuid5), so the same record gives the same ids.

Protected identity (R-TG-4): no address or telecom on the Patient or its contacts.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from klinik_app.domain import record_copy as rules
from klinik_app.domain.examination import REVISION_ROLES
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.local_time import to_utc
from klinik_app.services.appointments import KINDS
from klinik_app.services.record_sections import DECISIONS, RECALL_LETTERS, TASK_KINDS
from klinik_app.sync import codes as C
from klinik_app.sync.fhir_map import concept, derived, hsa, identifier, person_ref, urn
from klinik_app.sync.state import format_instant

if TYPE_CHECKING:
    from klinik_app.services.record_copy import RecordContents

NAMESPACE = "6f1c3c52-5a55-4d53-9a43-8f0a1f6b7c13"  # fixed: ids of rows without a uuid of their own
EPISODE_STATUS = {"planned": "planned", "active": "active", "finished": "finished", "entered-in-error": "entered-in-error"}
APPOINTMENT_STATUS = {"booked": "booked", "attended": "fulfilled", "cancelled": "cancelled",
                      "late-cancellation": "cancelled", "no-show": "noshow"}
V3_ACT = C.V3_ACTCODE


class _Collection:
    def __init__(self, patient_key: str) -> None:
        self.key = patient_key
        self.entries: list[dict[str, Any]] = []

    def add(self, resource: dict[str, Any], name: str, ident: str | None = None) -> str:
        """Add a resource under a stable fullUrl; `ident` is its identifier (urn:uuid; none on a Provenance)."""
        ident = ident or urn(derived(self.key, name))
        full_url = ident
        if resource["resourceType"] not in ("Provenance", "Patient"):
            resource.setdefault("identifier", identifier(ident))
        self.entries.append({"fullUrl": full_url, "resource": resource})
        return full_url


def record_bundle(c: RecordContents, request: rules.CopyRequest, obtained_by: str, now: datetime) -> dict[str, Any]:
    """The whole record as one validated `collection` Bundle."""
    bundle = {"resourceType": "Bundle", "type": "collection", "timestamp": format_instant(now),
              "identifier": {"system": C.CLINIC_URI, "value": urn(str(uuid.uuid4()))},
              "entry": record_entries(c, request, obtained_by, now)}
    validate(bundle)
    return bundle


def record_entries(c: RecordContents, request: rules.CopyRequest, obtained_by: str, now: datetime) -> list[dict[str, Any]]:
    """The record's resources as Bundle entries (fullUrl, resource), not yet validated: the record copy
    wraps them in its Bundle, the clinic archive (archive_fhir) writes them one per line. `c` may hold
    ORM rows or plain rows with the same column names."""
    p = c.patient
    b = _Collection(derived(NAMESPACE, f"patient/{p.personnummer}"))
    subject = person_ref(p)
    b.add(_patient(c), "Patient", urn(b.key))
    for li in c.listings:
        episode_url = b.add(_episode(li, subject), f"EpisodeOfCare/{li.uuid}", urn(li.uuid))
        consent = c.consents.get(li.consent_id) if li.consent_id else None
        if consent is not None:
            b.add(_listing_consent(c, consent, subject, episode_url), f"Consent/{consent.uuid}", urn(consent.uuid))
    _examinations(b, c, subject)
    for a in c.appointments:
        url = b.add(_appointment(a, subject), f"Appointment/{a.id}")
        if a.fee_sek:
            b.add(_charge(subject, "Avgift för uteblivet besök", a.fee_sek * 100, url, a.fee_reason), f"ChargeItem/a{a.id}")
    for t in c.treatments:
        url = b.add(_procedure(t, subject), f"Procedure/{t.id}")
        b.add(_charge(subject, f"{t.code} {t.name}", t.price_ore, url, None), f"ChargeItem/t{t.id}")
    for v in c.emergency_visits:
        b.add({"resourceType": "Encounter", "status": "finished", "class": {"system": V3_ACT, "code": "EMER"},
               "type": [{"text": "Akutbesök"}], "subject": subject, "period": {"start": v.visited_on.isoformat()},
               "reasonCode": [{"text": v.summary}]}, f"Encounter/emergency/{v.id}")
    for x in c.letters:
        b.add(_communication(subject, x.contacted_on.isoformat(), RECALL_LETTERS.get(x.kind, x.kind), x.note), f"Communication/{x.id}")
    for t in c.tasks:
        b.add(_task(t, subject), f"Task/{t.id}")
    if request.to_provider and request.consent is not None:
        url = b.add(_disclosure_consent(request, subject), f"Consent/disclosure/{now.isoformat()}")
        # Who obtained the consent, as the contract names who made a change: a Provenance's agent.
        b.add({"resourceType": "Provenance", "target": [{"reference": url}], "recorded": format_instant(now),
               "agent": [{"who": _staff(obtained_by)}]}, f"Provenance/disclosure/{now.isoformat()}")
    return b.entries


def validate(bundle: dict[str, Any]) -> None:
    """Every resource and the Bundle against the R4B models; a failure is a programming error here."""
    from fhir.resources.R4B import get_fhir_model_class

    for entry in bundle["entry"]:
        get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])
    get_fhir_model_class("Bundle").model_validate(bundle)


def _patient(c: RecordContents) -> dict[str, Any]:
    p = c.patient
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": [person_ref(p)["identifier"]],
        "name": [{"use": "official", "family": p.last_name, "given": p.first_name.split()}],
        "birthDate": p.birth_date.isoformat(),
    }
    if p.sex in ("M", "F"):
        resource["gender"] = "male" if p.sex == "M" else "female"
    if p.deceased_on:
        resource["deceasedDateTime"] = p.deceased_on.isoformat()
    if p.language:  # the Swedish name as text: no code system is kept for it
        resource["communication"] = [{"language": {"text": p.language}, "preferred": True}]
    if p.interpreter_needed:
        resource["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired",
                                  "valueBoolean": True}]
    if not c.protected:  # R-TG-4: no address or contact details of a protected patient
        if p.street or p.postal_code:
            address: dict[str, Any] = {"use": "home", "line": [p.street] if p.street else None,
                                       "postalCode": p.postal_code, "city": p.postal_town}
            if p.municipality_code:
                address["extension"] = [{"url": C.EXT_KOMMUNKOD, "valueCoding": {
                    "system": C.CS_KOMMUNKOD, "code": p.municipality_code}}]
            resource["address"] = [{k: v for k, v in address.items() if v}]
        telecom = [{"system": s, "value": v} for s, v in (("phone", p.phone), ("email", p.email)) if v]
        if telecom:
            resource["telecom"] = telecom
    contacts = [_guardian(g, c.protected) for g in c.guardians]
    if contacts:
        resource["contact"] = contacts
    return resource


def _guardian(g, protected: bool) -> dict[str, Any]:
    contact: dict[str, Any] = {"relationship": [concept(C.V3_ROLECODE, "GUARD")], "name": {"text": g.name}}
    if g.personnummer:
        contact["extension"] = [{"url": C.EXT_KONTAKTPERSON_PNR,
                                 "valueIdentifier": {"system": C.PERSONNUMMER, "value": g.personnummer}}]
    if not protected:
        if g.phone:
            contact["telecom"] = [{"system": "phone", "value": g.phone}]
        if g.street:
            contact["address"] = {k: v for k, v in {"line": [g.street], "postalCode": g.postal_code,
                                                     "city": g.postal_town}.items() if v}
    return contact


def _episode(li, subject: dict[str, Any]) -> dict[str, Any]:
    period = {"start": li.start_date.isoformat()}
    if li.end_date is not None and li.end_date >= li.start_date:
        period["end"] = li.end_date.isoformat()
    resource = {"resourceType": "EpisodeOfCare", "status": EPISODE_STATUS.get(li.status, "finished"),
                "type": [concept(C.CS_LISTNINGSTYP, li.listing_type)], "patient": subject, "period": period}
    if li.end_reason:
        resource["extension"] = [{"url": C.EXT_AVSLUTSORSAK,
                                  "valueCoding": {"system": C.CS_AVSLUTSORSAK, "code": li.end_reason}}]
    return resource


def _listing_consent(c: RecordContents, consent, subject: dict[str, Any], episode_url: str) -> dict[str, Any]:
    guardian = c.consent_guardians.get(consent.guardian_id) if consent.guardian_id else None
    if consent.giver == "patient" or guardian is None:
        performer = subject
    else:
        performer = {"type": "RelatedPerson", "display": guardian.name}
        if guardian.personnummer:
            performer["identifier"] = {"system": C.PERSONNUMMER, "value": guardian.personnummer}
    return {
        "resourceType": "Consent",
        "extension": [
            {"url": C.EXT_SAMTYCKESGIVARE, "valueCoding": {"system": C.CS_SAMTYCKESGIVARE, "code": consent.giver}},
            {"url": C.EXT_SAMTYCKESMETOD, "valueCoding": {"system": C.CS_SAMTYCKESMETOD, "code": consent.method}},
        ],
        "status": "active", "scope": concept(C.CONSENTSCOPE, "treatment"),
        "category": [concept(C.LOINC, C.CONSENT_CATEGORY)], "patient": subject,
        "dateTime": consent.given_on.isoformat(), "performer": [performer],
        "policyRule": concept(V3_ACT, "OPTIN"),
        "provision": {"data": [{"meaning": "related", "reference": {"reference": episode_url}}]},
    }


def _examinations(b: _Collection, c: RecordContents, subject: dict[str, Any]) -> None:
    latest_revision = None
    for e, line in zip(c.exams, c.exam_lines):
        on = e.examined_on.isoformat()
        exam_type = (concept(C.CS_UNDERSOKNINGSTYP, C.EXAM_TYPE_OF_ROLE[e.examiner_role])
                     if e.examiner_role in C.EXAM_TYPE_OF_ROLE else {"text": line.role_label})
        encounter: dict[str, Any] = {"resourceType": "Encounter", "status": "finished",
                                     "class": {"system": V3_ACT, "code": "AMB"}, "type": [exam_type],
                                     "subject": subject, "period": {"start": on, "end": on}}
        if e.examiner_hsa_id:
            encounter["participant"] = [{
                "extension": [{"url": C.EXT_YRKESROLL, "valueCoding": {"system": C.CS_YRKESROLL, "code": e.examiner_role}}],
                "type": [concept(C.V3_PARTICIPATIONTYPE, "PPRF")], "individual": hsa(e.examiner_hsa_id)}]
        enc_url = b.add(encounter, f"Encounter/{e.uuid}", urn(e.uuid))
        for code, value in _observations(line):
            obs = {"resourceType": "Observation", "status": "final", "code": concept(C.CS_TANDHALSODATA, code),
                   "subject": subject, "encounter": {"reference": enc_url}, "effectiveDateTime": on, **value}
            if e.examiner_hsa_id:
                obs["performer"] = [hsa(e.examiner_hsa_id)]
            b.add(obs, f"Observation/{e.uuid}/{code}", urn(derived(e.uuid, f"Observation/{code}")))
        if e.examiner_role in REVISION_ROLES:
            latest_revision = (e, line, enc_url)
    if latest_revision is None or c.due.due is None:
        return
    e, line, enc_url = latest_revision
    next_type = "revision-tandlakare" if c.due.requires_dentist else C.EXAM_TYPE_OF_ROLE[e.examiner_role]
    b.add({"resourceType": "CarePlan", "status": "active", "intent": "plan", "subject": subject,
           "encounter": {"reference": enc_url}, "period": {"start": e.examined_on.isoformat()},
           "description": c.due_text,
           "activity": [{"detail": {
               "kind": "Appointment", "code": concept(C.CS_UNDERSOKNINGSTYP, next_type), "status": "scheduled",
               "scheduledTiming": {"event": [c.due.due.isoformat()],
                                   "repeat": {"frequency": 1, "period": line.used_interval_months, "periodUnit": "mo"}},
           }}]}, "CarePlan", urn(derived(e.uuid, "CarePlan")))


def _observations(line) -> list[tuple[str, dict[str, Any]]]:
    found = [(code, {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(risk))})
             for code, risk in zip(C.RISK_DOMAINS, line.risks.values()) if risk is not None]
    if line.risk_group is not None:
        found.append(("riskgrupp", {"valueCodeableConcept": concept(C.CS_RISKGRUPP, str(line.risk_group))}))
    if line.deft is not None:
        found.append(("deft", {"valueInteger": line.deft}))
    if line.dft is not None:
        found.append(("DFT", {"valueInteger": line.dft}))
    if line.tobacco is not None:
        found.append(("tobak", {"valueCodeableConcept": concept(C.CS_TOBAK, line.tobacco)}))
    if line.bite_check is not None:
        found.append(("bettutvecklingskontroll", {"valueBoolean": bool(line.bite_check)}))
    return found


def _appointment(a, subject: dict[str, Any]) -> dict[str, Any]:
    participants = [{"actor": subject, "status": "accepted"}]
    if a.caregiver_hsa_id:
        participants.append({"actor": {**hsa(a.caregiver_hsa_id), "display": a.caregiver_name or a.caregiver_hsa_id},
                             "status": "accepted"})
    resource = {"resourceType": "Appointment", "status": APPOINTMENT_STATUS.get(a.status, "booked"),
                "appointmentType": {"text": KINDS.get(a.kind, a.kind)}, "start": format_instant(to_utc(a.starts)),
                "end": format_instant(to_utc(a.ends)), "minutesDuration": a.minutes, "participant": participants,
                "comment": a.agreed_text}
    if a.status == "late-cancellation":
        resource["cancelationReason"] = {"text": "Sen avbokning"}
    return resource


def _charge(subject: dict[str, Any], what: str, ore: int, about: str, note: str | None) -> dict[str, Any]:
    resource = {"resourceType": "ChargeItem", "status": "billable", "code": {"text": what}, "subject": subject,
                "priceOverride": {"value": ore / 100, "currency": "SEK"},
                "supportingInformation": [{"reference": about}]}
    if note:
        resource["note"] = [{"text": note}]
    return resource


def _procedure(t, subject: dict[str, Any]) -> dict[str, Any]:
    resource = {"resourceType": "Procedure", "status": "completed", "code": {"coding": [{"code": t.code, "display": t.name}],
                                                                            "text": t.name},
                "subject": subject, "performedDateTime": t.treated_on.isoformat(),
                "performer": [{"actor": hsa(t.caregiver_hsa_id)}]}
    if t.tooth is not None:
        resource["bodySite"] = [{"text": f"Tand {t.tooth} (FDI)"}]
    return resource


def _communication(subject: dict[str, Any], sent: str, kind: str, note: str | None) -> dict[str, Any]:
    return {"resourceType": "Communication", "status": "completed", "subject": subject, "recipient": [subject],
            "sent": sent, "category": [{"text": kind}], "payload": [{"contentString": note or kind}]}


def _task(t, subject: dict[str, Any]) -> dict[str, Any]:
    resource = {"resourceType": "Task", "status": "requested" if t.state == "open" else "completed",
                "intent": "order", "code": {"text": TASK_KINDS.get(t.kind, t.kind)}, "for": subject,
                "authoredOn": t.opened_on.isoformat()}
    if t.decision:
        resource["businessStatus"] = {"text": DECISIONS.get(t.decision, t.decision)}
    if t.decision_on or t.due_on:
        resource["executionPeriod"] = {k: v.isoformat() for k, v in (("start", t.opened_on), ("end", t.decision_on or t.due_on))}
    return resource


def _staff(user_id: str) -> dict[str, Any]:
    try:
        return hsa(parse_hsa_id(user_id))
    except InvalidHsaId:  # the command line's OS account: named as it is logged
        return {"display": user_id}


def _disclosure_consent(request: rules.CopyRequest, subject: dict[str, Any]) -> dict[str, Any]:
    """This copy's consent (R-SE-4): who gave it, when, how, who obtained it, to whom the copy goes."""
    consent = request.consent
    giver = subject if consent.given_by == rules.CONSENT_PATIENT else {"type": "RelatedPerson",
                                                                         "display": consent.guardian_name}
    recipient: dict[str, Any] = {"display": request.recipient_name}
    if request.recipient_hsa_id:
        recipient["identifier"] = {"system": C.HSA, "value": request.recipient_hsa_id}
    return {
        "resourceType": "Consent",
        "extension": [
            {"url": C.EXT_SAMTYCKESGIVARE, "valueCoding": {"system": C.CS_SAMTYCKESGIVARE, "code": consent.given_by}},
            {"url": C.EXT_SAMTYCKESMETOD, "valueCoding": {"system": C.CS_SAMTYCKESMETOD,
                                                          "code": rules.FHIR_METHOD[consent.how]}},
        ],
        "status": "active", "scope": concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"),
        "category": [concept(C.LOINC, C.CONSENT_CATEGORY)], "patient": subject,
        "dateTime": consent.given_on.isoformat(), "performer": [giver],
        "policyRule": concept(V3_ACT, "OPTIN"),
        "provision": {"type": "permit", "actor": [{
            "role": concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP"),
            "reference": recipient}]},
    }
