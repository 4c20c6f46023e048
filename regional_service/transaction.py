"""`POST [base]` with a transaction Bundle (regional-listing-api.md "Outbound").

One bundle is one logical unit: a listing registration (EpisodeOfCare + Consent), a revision
report (Encounter + Observations + CarePlan), a listing stop (Flag), or a correction / lift
(conditional updates). Every bundle carries exactly one Provenance.

The checks run in this order, and the first failure is the answer:
1. 400: not a valid FHIR R4 transaction (validated with fhir.resources R4B as a proxy), or the
   contract's shape (fullUrl, request, ifNoneExist, ifMatch, Provenance) or a code value is wrong;
2. 403: the bundle speaks for another clinic than the client certificate's;
3. conditional create: what already exists is answered 200 OK, not created again;
   conditional update: 404 when nothing has the identifier, 412 when ifMatch is not the version;
4. 422: the business rules, in the contract's `felkod` order.
The caller runs `process` inside a savepoint, so a refusal leaves nothing behind.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pydantic
from sqlalchemy import bindparam, select

from klinik_app.domain.dates import age_on
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.target_group import membership_window
from klinik_app.domain.fhir_shapes import ShapeValidator
from regional_service import codes as C
from regional_service.clock import format_instant, swedish_date
from regional_service.db import Listing, ListingStop, Person, StoredResource
from regional_service.fhir import (
    ADULT_AGE,
    FhirError,
    episode_resource,
    etag,
    flag_resource,
    invalid,
    issue,
    meta,
    operation_outcome,
    refused,
)
from regional_service.register import ERROR, Region, Tx

UUID_URN = re.compile(r"^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
CONDITIONAL_URL = re.compile(r"^([A-Za-z]+)\?identifier=" + re.escape(C.CLINIC_URI) + r"\|(urn:uuid:[0-9a-fA-F-]{36})$")
WEAK_ETAG = re.compile(r'^W/"([0-9]+)"$')
WRITABLE = ("EpisodeOfCare", "Consent", "Encounter", "Observation", "CarePlan", "Flag")
REVISION_TYPES = ("Encounter", "Observation", "CarePlan")
MAX_ERRORS = 20
LISTING_BY_IDENTIFIER = select(Listing).where(Listing.identifier == bindparam("identifier"))  # built once
STORED_INSERT = StoredResource.__table__.insert()


@dataclass
class Entry:
    index: int
    full_url: str
    method: str
    url: str
    resource: dict[str, Any]
    resource_type: str
    identifier: str | None = None  # the clinic's urn:uuid
    if_match: int | None = None
    # the answer
    status: str | None = None
    server_type: str | None = None
    server_id: str | None = None
    version_id: int | None = None
    stored: dict[str, Any] | None = None
    row: dict[str, Any] | None = None  # the row `Unit.store` made, inserted by `process`
    outcome: list[dict[str, Any]] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"Bundle.entry[{self.index}]"

    def done(self, status: str, resource_type: str, resource_id: str, version_id: int, stored: dict[str, Any]) -> None:
        self.status, self.server_type, self.server_id, self.version_id, self.stored = (
            status, resource_type, resource_id, version_id, stored)


# --- small readers of FHIR JSON ---------------------------------------------------------------------


def codings(concept: Any) -> list[dict[str, Any]]:
    return list((concept or {}).get("coding") or []) if isinstance(concept, dict) else []


def has_coding(concept: Any, system: str, code: str) -> bool:
    return any(c.get("system") == system and c.get("code") == code for c in codings(concept))


def code_in(concept: Any, system: str, entry: Entry, path: str, allowed: dict[str, str] | tuple[str, ...]) -> str:
    """The code of `system` in a CodeableConcept; 400 when missing or not in the code system."""
    found = [c.get("code") for c in codings(concept) if c.get("system") == system]
    if not found:
        raise invalid(f"{path} saknar en kod från {system}.", expression=f"{entry.where}.resource.{path}",
                      diagnostics=f"{path}: no coding with system {system}", code="required")
    if found[0] not in allowed:
        raise invalid(f"{path}: koden '{found[0]}' finns inte i kodverket {system}.", code="code-invalid",
                      expression=f"{entry.where}.resource.{path}", diagnostics=f"unknown code {found[0]!r} in {system}")
    return found[0]


def extension_coding(resource: dict[str, Any], url: str) -> dict[str, Any] | None:
    for ext in resource.get("extension") or []:
        if ext.get("url") == url:
            return ext.get("valueCoding") or {}
    return None


def ext_code(resource: dict[str, Any], url: str, system: str, allowed: dict[str, str], entry: Entry, path: str) -> str | None:
    value = extension_coding(resource, url)
    if value is None:
        return None
    if value.get("system") != system or value.get("code") not in allowed:
        raise invalid(f"{path}: koden '{value.get('code')}' finns inte i kodverket {system}.", code="code-invalid",
                      expression=f"{entry.where}.resource.{path}",
                      diagnostics=f"extension {url}: {value.get('system')}|{value.get('code')} not allowed")
    return value["code"]


def patient_of(entry: Entry, path: str) -> tuple[str, str]:
    """A logical reference to a person: (system, 12 digits); 400 otherwise."""
    ref = entry.resource.get(path)
    ident = ref.get("identifier") if isinstance(ref, dict) else None
    if not isinstance(ident, dict) or ident.get("system") not in C.PERSON_SYSTEMS or not re.fullmatch(
        r"[0-9]{12}", str(ident.get("value") or "")
    ):
        raise invalid(f"{path} ska vara en logisk referens med personnummer eller samordningsnummer (12 siffror).",
                      expression=f"{entry.where}.resource.{path}", diagnostics=f"{path}.identifier missing or invalid")
    return ident["system"], ident["value"]


def clinic_identifier(value: Any, entry: Entry, path: str, clinic_hsa: str) -> None:
    """An Organization reference by HSA-ID that must be the certificate's clinic (403 otherwise)."""
    ident = value.get("identifier") if isinstance(value, dict) else None
    if not isinstance(ident, dict) or ident.get("system") != C.HSA or not ident.get("value"):
        raise invalid(f"{path} ska ange klinikens HSA-ID ({C.HSA}).", code="required",
                      expression=f"{entry.where}.resource.{path}", diagnostics=f"{path}.identifier missing")
    if ident["value"] != clinic_hsa:
        raise FhirError(403, [issue(
            "forbidden",
            f"Certifikatet hör till {clinic_hsa} men {path} anger {ident['value']}. En klinik skickar bara för sig själv.",
            diagnostics=f"{path} {ident['value']} is not the certificate's clinic {clinic_hsa}",
            expression=f"{entry.where}.resource.{path}")])


def required_date(value: Any, entry: Entry, path: str) -> date:
    try:
        return swedish_date(str(value))
    except (TypeError, ValueError):
        raise invalid(f"{path} saknas eller är inget datum.", code="required", expression=f"{entry.where}.resource.{path}",
                      diagnostics=f"{path} missing or not a date: {value!r}") from None


def person_lookup(s: Any, region: Region, system: str, value: str) -> Person | None:
    person = region.person_by_identity(s, value)
    if person is None:
        return None
    expected = C.PERSONNUMMER if person.id_kind == "personnummer" else C.SAMORDNINGSNUMMER
    return person if system == expected else None


# --- parsing the bundle -----------------------------------------------------------------------------


# The R4B models' verdict on each bundle, at the cost of one validation per shape (fhir_shapes explains why
# the verdict is the same): that was a fifth of a registration's CPU. Shared by the request threads.
_R4B = ShapeValidator()


def validate_bundle(body: Any) -> list[Entry]:
    if not isinstance(body, dict) or body.get("resourceType") != "Bundle":
        raise invalid("Förväntade en FHIR Bundle av typen transaction.", diagnostics="body is not a Bundle")
    if body.get("type") != "transaction":
        raise invalid(f"Bundle.type ska vara 'transaction', inte '{body.get('type')}'.", expression="Bundle.type",
                      diagnostics="Bundle.type is not transaction")
    try:
        _R4B(body)
    except pydantic.ValidationError as e:
        problems = []
        for err in e.errors()[:MAX_ERRORS]:
            where = ".".join(str(p) for p in err["loc"])
            problems.append(issue("structure", f"Ogiltig FHIR R4: {where}: {err['msg']}", diagnostics=f"{where}: {err['msg']}",
                                  expression=f"Bundle.{where}"))
        raise FhirError(400, problems) from None
    _R4B.forget_values()
    raw = body.get("entry") or []
    if not raw:
        raise invalid("Transaktionen innehåller inga poster.", diagnostics="empty transaction")
    entries: list[Entry] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = f"Bundle.entry[{i}]"
        full_url = item.get("fullUrl") or ""
        if not UUID_URN.match(full_url):
            raise invalid("Varje post ska ha fullUrl urn:uuid:<uuid>.", expression=f"{where}.fullUrl",
                          diagnostics=f"fullUrl {full_url!r} is not urn:uuid")
        if full_url in seen:
            raise invalid(f"fullUrl {full_url} förekommer två gånger.", expression=f"{where}.fullUrl",
                          diagnostics="duplicate fullUrl")
        seen.add(full_url)
        request = item.get("request") or {}
        resource = item.get("resource")
        if not isinstance(resource, dict):
            raise invalid("Varje post ska innehålla en resurs.", expression=f"{where}.resource", diagnostics="no resource")
        method = request.get("method")
        if method not in ("POST", "PUT"):
            raise invalid(f"request.method '{method}' stöds inte; använd POST (ny) eller PUT (ändring).",
                          expression=f"{where}.request.method", diagnostics=f"method {method} not supported")
        entries.append(Entry(i, full_url, method, request.get("url") or "", resource, resource["resourceType"]))
        _check_request(entries[-1], request)
    return entries


def _identifier(entry: Entry) -> str:
    values = [i.get("value") for i in entry.resource.get("identifier") or [] if i.get("system") == C.CLINIC_URI]
    if len(values) != 1 or not UUID_URN.match(values[0] or ""):
        raise invalid(f"{entry.resource_type}.identifier ska ha exakt ett värde {C.CLINIC_URI}|urn:uuid:<uuid>.",
                      code="required", expression=f"{entry.where}.resource.identifier",
                      diagnostics="identifier urn:ietf:rfc:3986|urn:uuid missing")
    return values[0]


def _check_request(entry: Entry, request: dict[str, Any]) -> None:
    where = f"{entry.where}.request"
    if entry.resource_type == "Provenance":
        if entry.method != "POST" or entry.url != "Provenance":
            raise invalid("Provenance skickas med request.method POST och url Provenance.", expression=where,
                          diagnostics="Provenance must be POST Provenance")
        return
    if entry.resource_type not in WRITABLE:
        raise invalid(f"{entry.resource_type} kan inte skrivas till listningssystemet.", code="not-supported",
                      expression=f"{entry.where}.resource", diagnostics=f"{entry.resource_type} not writable")
    entry.identifier = _identifier(entry)
    if entry.method == "POST":
        if entry.url != entry.resource_type:
            raise invalid(f"request.url ska vara '{entry.resource_type}'.", expression=f"{where}.url",
                          diagnostics=f"url {entry.url!r} for a {entry.resource_type}")
        expected = f"identifier={C.CLINIC_URI}|{entry.identifier}"
        if request.get("ifNoneExist") != expected:
            raise invalid(f"request.ifNoneExist ska vara '{expected}' (villkorat skapande).",
                          expression=f"{where}.ifNoneExist", diagnostics="ifNoneExist missing or not the identifier")
    else:
        m = CONDITIONAL_URL.match(entry.url)
        if not m or m.group(1) != entry.resource_type or m.group(2) != entry.identifier:
            raise invalid(f"request.url ska vara '{entry.resource_type}?identifier={C.CLINIC_URI}|{entry.identifier}'.",
                          expression=f"{where}.url", diagnostics=f"conditional update url {entry.url!r}")
        tag = WEAK_ETAG.match(request.get("ifMatch") or "")
        if not tag:
            raise invalid('request.ifMatch ska vara W/"<versionId>" (villkorad ändring).', expression=f"{where}.ifMatch",
                          diagnostics="ifMatch missing or not a weak ETag")
        entry.if_match = int(tag.group(1))


def check_provenance(entries: list[Entry], clinic_hsa: str) -> tuple[Entry, list[Entry]]:
    provenances = [e for e in entries if e.resource_type == "Provenance"]
    if len(provenances) != 1:
        raise invalid(f"Varje transaktion ska ha exakt en Provenance (har {len(provenances)}).",
                      diagnostics=f"{len(provenances)} Provenance entries")
    prov = provenances[0]
    others = [e for e in entries if e is not prov]
    if not others:
        raise invalid("Transaktionen innehåller bara en Provenance.", diagnostics="nothing besides Provenance")
    r = prov.resource
    targets = {t.get("reference") for t in r.get("target") or []}
    if targets != {e.full_url for e in others}:
        raise invalid("Provenance.target ska referera till alla andra poster i transaktionen (deras fullUrl).",
                      expression=f"{prov.where}.resource.target", diagnostics="Provenance.target != other fullUrls")
    agent = (r.get("agent") or [{}])[0]
    who = (agent.get("who") or {}).get("identifier") or {}
    try:
        if who.get("system") != C.HSA:
            raise InvalidHsaId(str(who.get("value")))
        parse_hsa_id(who.get("value") or "")
    except InvalidHsaId:
        raise invalid("Provenance.agent[0].who ska ange HSA-ID för den som gjorde ändringen.", code="required",
                      expression=f"{prov.where}.resource.agent[0].who", diagnostics="agent.who HSA-ID missing") from None
    clinic_identifier(agent.get("onBehalfOf"), prov, "agent[0].onBehalfOf", clinic_hsa)
    return prov, others


# --- the transaction ---------------------------------------------------------------------------------


def process(region: Region, tx: Tx, clinic_hsa: str, body: Any, prefer: str | None,
            entries: list[Entry] | None = None) -> dict[str, Any]:
    """Carry out one transaction; raise FhirError for a refusal. Returns the transaction-response.
    `entries`: `validate_bundle(body)` done beforehand, outside the write lock (it touches no database)."""
    if entries is None:
        entries = validate_bundle(body)
    prov, others = check_provenance(entries, clinic_hsa)
    methods = {e.method for e in others}
    types = {e.resource_type for e in others}
    if methods == {"PUT"}:
        changed = Updates(region, tx, clinic_hsa, others).run()
    elif "PUT" in methods:
        raise invalid("En transaktion är en enhet: nya resurser (POST) och ändringar (PUT) skickas var för sig.",
                      diagnostics="POST and PUT mixed")
    elif "EpisodeOfCare" in types and types <= {"EpisodeOfCare", "Consent"}:
        changed = Registration(region, tx, clinic_hsa, others).run()
    elif "Encounter" in types and types <= set(REVISION_TYPES):
        changed = RevisionReport(region, tx, clinic_hsa, others).run()
    elif types == {"Flag"}:
        changed = ListingStopCreate(region, tx, clinic_hsa, others).run()
    else:
        raise invalid("Transaktionen är ingen av enheterna i gränssnittet (listning, revisionsrapport, "
                      "listningsstopp, rättelse).", diagnostics=f"unsupported unit {sorted(types)}")
    refs = {e.full_url: f"{e.server_type}/{e.server_id}" for e in others if e.server_id}
    rows = []
    for e in others:
        if e.row is not None:  # created here: stored with its references rewritten
            e.stored = e.row["content"] = _rewritten(e.stored, refs)
            rows.append(e.row)
    if changed:
        content = _rewritten(prov.resource, {
            e.full_url: f"{e.server_type}/{e.server_id}/_history/{e.version_id}" for e in others if e.server_id})
        row_id = region.new_id()
        content["id"], content["meta"] = row_id, meta(1, tx.now)
        rows.append({"id": row_id, "resource_type": "Provenance", "identifier": None, "clinic_hsa": clinic_hsa,
                     "person_id": None, "parent_id": None, "status": None, "version_id": 1,
                     "last_updated": tx.now, "content": content})
        prov.done("201 Created", "Provenance", row_id, 1, content)
    else:
        prov.status = "200 OK"
        prov.outcome.append(issue("informational", "Inget ändrades, så ingen Provenance lagrades.",
                                  severity="information", diagnostics="nothing created or changed"))
    if rows:
        # Plain inserts, cheaper than the unit of work. Nothing in this transaction has asked for these
        # rows before (new ids and identifiers), so no object in the session goes stale.
        tx.s.connection().execute(STORED_INSERT, rows)
    return response_bundle(region, tx, entries, prefer)


def _rewritten(value: Any, refs: dict[str, str]) -> Any:
    """A copy of JSON `value` whose references to the bundle's fullUrls are the server's ids (FHIR
    transaction rules). Copied, not rewritten in place: the request's resources stay as sent."""
    if isinstance(value, dict):
        return {k: refs.get(v, v) if k == "reference" and isinstance(v, str) else _rewritten(v, refs)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_rewritten(v, refs) for v in value]
    return value


def response_bundle(region: Region, tx: Tx, entries: list[Entry], prefer: str | None) -> dict[str, Any]:
    want = (prefer or "").replace(" ", "")
    out = []
    for e in entries:
        response: dict[str, Any] = {"status": e.status}
        if e.server_id:
            response["location"] = f"{e.server_type}/{e.server_id}/_history/{e.version_id}"
            response["etag"] = etag(e.version_id)
            response["lastModified"] = (e.stored or {}).get("meta", {}).get("lastUpdated") or format_instant(tx.now)
        outcome = list(e.outcome)
        if "return=OperationOutcome" in want and not outcome:
            outcome.append(issue("informational", "Klart.", severity="information"))
        if outcome:
            response["outcome"] = operation_outcome(outcome)
        item: dict[str, Any] = {"fullUrl": e.full_url}
        if e.stored is not None and "return=minimal" not in want and "return=OperationOutcome" not in want:
            item["resource"] = e.stored
        item["response"] = response
        out.append(item)
    return {"resourceType": "Bundle", "id": region.new_id(), "meta": {"lastUpdated": format_instant(tx.now)},
            "type": "transaction-response", "entry": out}


class Unit:
    def __init__(self, region: Region, tx: Tx, clinic_hsa: str, entries: list[Entry]) -> None:
        self.region, self.tx, self.s, self.clinic_hsa, self.entries = region, tx, tx.s, clinic_hsa, entries

    def of(self, resource_type: str) -> list[Entry]:
        return [e for e in self.entries if e.resource_type == resource_type]

    def store(self, entry: Entry, person_id: str | None, status: str | None, parent_id: str | None = None) -> str:
        """A new stored resource; `process` copies it with its references rewritten and inserts it. Returns its id."""
        row_id = self.region.new_id()
        content = {**entry.resource, "id": row_id, "meta": meta(1, self.tx.now)}
        entry.row = {"id": row_id, "resource_type": entry.resource_type, "identifier": entry.identifier,
                     "clinic_hsa": self.clinic_hsa, "person_id": person_id, "parent_id": parent_id, "status": status,
                     "version_id": 1, "last_updated": self.tx.now, "content": content}
        entry.done("201 Created", entry.resource_type, row_id, 1, content)
        return row_id

    def existing(self, entry: Entry) -> StoredResource | None:
        row = self.region.stored(self.s, entry.resource_type, entry.identifier)
        if row is not None and row.clinic_hsa != self.clinic_hsa:
            raise _taken(entry)
        return row

    def matched(self, entry: Entry, row: StoredResource) -> None:
        entry.done("200 OK", row.resource_type, row.id, row.version_id, row.content)


def episode_of(tx: Tx, listing: Listing) -> dict[str, Any]:
    return episode_resource(listing, tx.s.get(Person, listing.person_id), tx.clinics()[listing.clinic_hsa])


def _taken(entry: Entry) -> FhirError:
    return FhirError(409, [issue("conflict", "Identifieraren används redan av en annan klinik.",
                                 diagnostics=f"identifier {entry.identifier} belongs to another clinic",
                                 expression=f"{entry.where}.resource.identifier")])


# --- listing registration ------------------------------------------------------------------------------


class Registration(Unit):
    """EpisodeOfCare (`val`) + Consent (R-LI-1, R-LI-3, R-LI-5)."""

    def run(self) -> bool:
        eocs, consents = self.of("EpisodeOfCare"), self.of("Consent")
        if len(eocs) != 1 or len(consents) > 1:
            raise invalid("En listning skickas som en EpisodeOfCare och ett Consent.",
                          diagnostics=f"{len(eocs)} EpisodeOfCare, {len(consents)} Consent")
        eoc, consent = eocs[0], (consents[0] if consents else None)
        pnr = self.check_episode(eoc)
        consent_date = self.check_consent(consent, eoc, pnr) if consent else None
        start = required_date((eoc.resource.get("period") or {}).get("start"), eoc, "period.start")
        if consent_date is not None:
            expected = self.tx.rules.listing.care_starts_on(consent_date)
            if start != expected:
                raise invalid(f"period.start ska vara {expected.isoformat()}: första dagen i månaden efter samtycket "
                              f"{consent_date.isoformat()} (R-LI-3).", code="value",
                              expression=f"{eoc.where}.resource.period.start",
                              diagnostics=f"period.start {start} != {expected}")
        # Conditional create: a registration sent before is answered with what was stored.
        listing = self.s.scalar(LISTING_BY_IDENTIFIER, {"identifier": eoc.identifier})
        if listing is not None:
            if listing.clinic_hsa != self.clinic_hsa:
                raise _taken(eoc)
            eoc.done("200 OK", "EpisodeOfCare", listing.id, listing.version_id, self._episode(listing))
            if consent is None:
                return False
            row = self.existing(consent)
            if row is not None:
                self.matched(consent, row)
                return False
            self.store(consent, listing.person_id, consent.resource.get("status"), parent_id=listing.id)
            return True
        if consent is not None and self.existing(consent) is not None:
            raise invalid("Consent finns redan, kopplat till en annan listning.", code="duplicate",
                          expression=f"{consent.where}.resource.identifier", diagnostics="Consent exists, EpisodeOfCare new")
        person, held = self.business_rules(eoc, consent, pnr, consent_date or self.tx.today, start)
        listing = self.region.register_choice(self.tx, person, self.clinic_hsa, start, eoc.identifier, held)
        eoc.done("201 Created", "EpisodeOfCare", listing.id, listing.version_id, self._episode(listing))
        self.store(consent, person.id, "active", parent_id=listing.id)
        return True

    def _episode(self, listing: Listing) -> dict[str, Any]:
        return episode_of(self.tx, listing)

    def check_episode(self, eoc: Entry) -> tuple[str, str]:
        r = eoc.resource
        if r.get("status") != "planned":
            raise invalid("En ny listning skickas med status 'planned'.", code="value",
                          expression=f"{eoc.where}.resource.status", diagnostics=f"status {r.get('status')}")
        kind = code_in((r.get("type") or [None])[0], C.CS_LISTNINGSTYP, eoc, "type", C.LISTNINGSTYP)
        if kind != C.CHOICE:
            raise invalid("En klinik registrerar bara listningar genom eget val ('val'); icke-val tilldelas av regionen.",
                          code="value", expression=f"{eoc.where}.resource.type", diagnostics="clinic sent icke-val")
        clinic_identifier(r.get("managingOrganization"), eoc, "managingOrganization", self.clinic_hsa)
        return patient_of(eoc, "patient")

    def check_consent(self, consent: Entry, eoc: Entry, pnr: tuple[str, str]) -> date | None:
        r = consent.resource
        if not has_coding(r.get("scope"), C.CONSENTSCOPE, "treatment"):
            raise invalid("Consent.scope ska vara consentscope|treatment.", code="code-invalid",
                          expression=f"{consent.where}.resource.scope", diagnostics="scope")
        if not any(has_coding(c, C.LOINC, C.CONSENT_CATEGORY) for c in r.get("category") or []):
            raise invalid(f"Consent.category ska vara {C.LOINC}|{C.CONSENT_CATEGORY}.", code="code-invalid",
                          expression=f"{consent.where}.resource.category", diagnostics="category")
        if patient_of(consent, "patient") != pnr:
            raise invalid("Consent.patient och EpisodeOfCare.patient ska vara samma person.", code="value",
                          expression=f"{consent.where}.resource.patient", diagnostics="consent patient differs")
        clinic_identifier((r.get("organization") or [None])[0], consent, "organization[0]", self.clinic_hsa)
        if not has_coding(r.get("policyRule"), C.V3_ACTCODE, "OPTIN"):
            raise invalid("Consent.policyRule ska vara v3-ActCode|OPTIN.", code="code-invalid",
                          expression=f"{consent.where}.resource.policyRule", diagnostics="policyRule")
        ext_code(r, C.EXT_SAMTYCKESGIVARE, C.CS_SAMTYCKESGIVARE, C.SAMTYCKESGIVARE, consent, "extension:samtyckesgivare")
        ext_code(r, C.EXT_SAMTYCKESMETOD, C.CS_SAMTYCKESMETOD, C.SAMTYCKESMETOD, consent, "extension:samtyckesmetod")
        if not r.get("dateTime"):
            return None  # refused below as samtycke-saknas
        given = required_date(r["dateTime"], consent, "dateTime")
        if given > self.tx.today:
            raise invalid(f"Consent.dateTime {given.isoformat()} ligger efter dagens datum.", code="value",
                          expression=f"{consent.where}.resource.dateTime", diagnostics="consent in the future")
        return given

    def business_rules(self, eoc: Entry, consent: Entry | None, pnr: tuple[str, str], consent_date: date,
                       start: date) -> tuple[Person, list[Listing]]:
        """The person, and their `held_listings` (for register_choice), or a refusal in felkod order."""
        tx, region = self.tx, self.region
        person = person_lookup(self.s, region, *pnr)
        if person is None:
            raise refused(C.OKAND_PATIENT, f"{pnr[1]} finns inte i befolkningsregistret. Kontrollera numret.")
        if person.deceased_on is not None:
            raise refused(C.AVLIDEN, f"Patienten avled {person.deceased_on.isoformat()} och kan inte listas.")
        if person.protected:
            raise refused(C.SKYDDAD_IDENTITET)
        if not region.in_county(tx, person):
            if person.id_kind != "personnummer":
                text = "Patienten har samordningsnummer och är inte folkbokförd; kan behandlas men inte listas (R-TG-1)."
            else:
                text = (f"Patienten är folkbokförd i kommun {person.municipality_code or 'okänd'}, utanför "
                        f"{tx.rules.region_name} (R-TG-2).")
            raise refused(C.EJ_FOLKBOKFORD, text)
        first, last = membership_window(person.birth_date, tx.rules.target_group)
        for day, what in ((consent_date, "samtycket"), (start, "vårdansvarets start")):
            if not first <= day <= last:
                raise refused(C.UTANFOR_MALGRUPP, f"Patienten ingår i målgruppen {first.isoformat()}–{last.isoformat()}, "
                                                  f"inte vid {what} {day.isoformat()} (R-TG-1, R-LI-3).")
        self.consent_rules(consent, eoc, person, consent_date)
        stop = region.stop_covering(tx, self.clinic_hsa, consent_date)
        if stop is not None:
            until = f" till och med {stop.period_end.isoformat()}" if stop.period_end else ""
            raise refused(C.LISTNINGSSTOPP, f"Kliniken har listningsstopp från {stop.period_start.isoformat()}{until} "
                                            "(R-LI-5). Patienten kan välja en annan klinik.")
        held = region.held_listings(tx, person.id)
        if region.choice_listed_here(tx, held, self.clinic_hsa):
            raise refused(C.REDAN_LISTAD)
        return person, held

    def consent_rules(self, consent: Entry | None, eoc: Entry, person: Person, consent_date: date) -> None:
        def missing(text: str) -> FhirError:
            where = consent.where if consent else "Bundle"
            return refused(C.SAMTYCKE_SAKNAS, f"{text} (R-LI-1)", expression=where)

        if consent is None:
            raise missing("Samtycke (Consent) saknas i transaktionen")
        r = consent.resource
        if r.get("status") != "active":
            raise missing(f"Samtycket har status '{r.get('status')}', inte 'active'")
        if not r.get("dateTime"):
            raise missing("Det saknas när samtycket lämnades (Consent.dateTime)")
        data = ((r.get("provision") or {}).get("data") or [{}])[0]
        if data.get("meaning") != "related" or (data.get("reference") or {}).get("reference") != eoc.full_url:
            raise missing("Samtycket gäller inte den här listningen (Consent.provision.data ska referera till EpisodeOfCare)")
        giver = (extension_coding(r, C.EXT_SAMTYCKESGIVARE) or {}).get("code")
        if giver is None:
            raise missing("Det saknas vem som lämnade samtycket (samtyckesgivare)")
        if extension_coding(r, C.EXT_SAMTYCKESMETOD) is None:
            raise missing("Det saknas hur samtycket lämnades (samtyckesmetod)")
        performers = r.get("performer") or []
        performer = performers[0] if performers else {}
        who = (performer.get("identifier") or {}).get("value")
        if not who:
            raise missing("Det saknas vem som samtyckte (Consent.performer)")
        age = age_on(person.birth_date, consent_date)
        if giver == "patient":
            if age < ADULT_AGE:
                raise missing(f"Patienten var {age} år; under {ADULT_AGE} år lämnar en vårdnadshavare samtycket")
            if who != person.identity:
                raise missing("Consent.performer är inte patienten, men samtyckesgivare är 'patient'")
        else:
            if age >= ADULT_AGE:
                raise missing(f"Patienten var {age} år och samtycker själv, inte vårdnadshavaren")
            guardians = {g["identity"] for g in person.guardians or []}
            if performer.get("type") not in (None, "RelatedPerson") or who not in guardians:
                raise missing("Den som samtyckte är inte vårdnadshavare för patienten enligt folkbokföringen")


# --- revision report -------------------------------------------------------------------------------------


class RevisionReport(Unit):
    """Encounter + Observations + CarePlan (R-RV-8)."""

    def run(self) -> bool:
        encs, observations, plans = self.of("Encounter"), self.of("Observation"), self.of("CarePlan")
        if len(encs) != 1 or len(plans) > 1:
            raise invalid("En revisionsrapport är en Encounter, dess Observations och en CarePlan.",
                          diagnostics=f"{len(encs)} Encounter, {len(plans)} CarePlan")
        enc = encs[0]
        pnr, exam_date, role = self.check_encounter(enc)
        values = {o_code: o for o_code, o in (self.check_observation(o, enc, pnr) for o in observations)}
        interval = self.check_care_plan(plans[0], enc, pnr, exam_date) if plans else None
        row = self.existing(enc)
        if row is not None:  # sent before: create only what is new
            self.matched(enc, row)
            changed = False
            for e in (*observations, *plans):
                other = self.existing(e)
                if other is not None:
                    self.matched(e, other)
                else:
                    self.store(e, row.person_id, e.resource.get("status"), parent_id=row.id)
                    changed = True
            return changed
        for e in (*observations, *plans):
            if self.existing(e) is not None:
                raise invalid(f"{e.resource_type} finns redan, kopplad till en annan undersökning.", code="duplicate",
                              expression=f"{e.where}.resource.identifier", diagnostics="part of another report")
        person, warnings = self.business_rules(enc, pnr, exam_date, role, values, bool(plans), interval)
        enc_id = self.store(enc, person.id, "finished")
        enc.outcome.extend(warnings)
        for e in observations:
            self.store(e, person.id, "final", parent_id=enc_id)
        for e in plans:
            self.store(e, person.id, "active", parent_id=enc_id)
        return True

    def check_encounter(self, enc: Entry) -> tuple[tuple[str, str], date, str | None]:
        r = enc.resource
        if r.get("status") != "finished":
            raise invalid("Encounter.status ska vara 'finished'.", code="value", expression=f"{enc.where}.resource.status",
                          diagnostics=f"status {r.get('status')}")
        cls = r.get("class") or {}
        if cls.get("system") != C.V3_ACTCODE or cls.get("code") != "AMB":
            raise invalid("Encounter.class ska vara v3-ActCode|AMB.", code="code-invalid",
                          expression=f"{enc.where}.resource.class", diagnostics="class")
        code_in((r.get("type") or [None])[0], C.CS_UNDERSOKNINGSTYP, enc, "type", C.UNDERSOKNINGSTYP)
        pnr = patient_of(enc, "subject")
        period = r.get("period") or {}
        exam_date = required_date(period.get("start"), enc, "period.start")
        required_date(period.get("end"), enc, "period.end")
        clinic_identifier(r.get("serviceProvider"), enc, "serviceProvider", self.clinic_hsa)
        role = None
        participants = r.get("participant") or []
        if participants:
            p = participants[0]
            if p.get("type") and not any(has_coding(t, C.V3_PARTICIPATIONTYPE, "PPRF") for t in p["type"]):
                raise invalid("Encounter.participant[0].type ska vara v3-ParticipationType|PPRF.", code="code-invalid",
                              expression=f"{enc.where}.resource.participant[0].type", diagnostics="participant type")
            role = ext_code(p, C.EXT_YRKESROLL, C.CS_YRKESROLL, C.YRKESROLL, enc, "participant[0].extension:yrkesroll")
        return pnr, exam_date, role

    def check_observation(self, obs: Entry, enc: Entry, pnr: tuple[str, str]) -> tuple[str, Any]:
        r = obs.resource
        where = f"{obs.where}.resource"
        if r.get("status") != "final":
            raise invalid("Observation.status ska vara 'final'.", code="value", expression=f"{where}.status",
                          diagnostics="observation status")
        code = code_in(r.get("code"), C.CS_TANDHALSODATA, obs, "code", C.TANDHALSODATA)
        if patient_of(obs, "subject") != pnr:
            raise invalid("Observation.subject ska vara undersökningens patient.", code="value",
                          expression=f"{where}.subject", diagnostics="observation subject")
        if (r.get("encounter") or {}).get("reference") != enc.full_url:
            raise invalid("Observation.encounter ska referera till Encounter (dess fullUrl).", code="value",
                          expression=f"{where}.encounter", diagnostics="observation encounter")
        required_date(r.get("effectiveDateTime"), obs, "effectiveDateTime")
        if not r.get("performer"):
            raise invalid("Observation.performer saknas.", code="required", expression=f"{where}.performer",
                          diagnostics="observation performer")
        if code in C.RISK_DOMAINS or code == C.RISKGRUPP_CODE:
            value = code_in(r.get("valueCodeableConcept"), C.CS_RISKGRUPP, obs, "valueCodeableConcept", C.RISKGRUPP)
        elif code in ("deft", "DFT"):
            value = r.get("valueInteger")
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise invalid(f"{code} skickas som valueInteger (0 eller större).", code="value",
                              expression=f"{where}.valueInteger", diagnostics=f"{code} value")
        elif code == "tobak":
            value = code_in(r.get("valueCodeableConcept"), C.CS_TOBAK, obs, "valueCodeableConcept", C.TOBAK)
        else:
            value = r.get("valueBoolean")
            if not isinstance(value, bool):
                raise invalid("bettutvecklingskontroll skickas som valueBoolean.", code="value",
                              expression=f"{where}.valueBoolean", diagnostics="bite check value")
        if any(o is not obs and code == _obs_code(o) for o in self.of("Observation")):
            raise invalid(f"Observation {code} förekommer två gånger.", code="duplicate", expression=f"{where}.code",
                          diagnostics=f"duplicate {code}")
        return code, value

    def check_care_plan(self, plan: Entry, enc: Entry, pnr: tuple[str, str], exam_date: date) -> int:
        r = plan.resource
        where = f"{plan.where}.resource"

        def bad(text: str, path: str) -> FhirError:
            return invalid(text, code="value", expression=f"{where}.{path}", diagnostics=f"CarePlan.{path}")

        if r.get("status") != "active" or r.get("intent") != "plan":
            raise bad("CarePlan ska ha status 'active' och intent 'plan'.", "status")
        if patient_of(plan, "subject") != pnr:
            raise bad("CarePlan.subject ska vara undersökningens patient.", "subject")
        if (r.get("encounter") or {}).get("reference") != enc.full_url:
            raise bad("CarePlan.encounter ska referera till Encounter (dess fullUrl).", "encounter")
        if required_date((r.get("period") or {}).get("start"), plan, "period.start") != exam_date:
            raise bad("CarePlan.period.start ska vara undersökningsdatumet.", "period.start")
        detail = ((r.get("activity") or [{}])[0]).get("detail") or {}
        if detail.get("kind") != "Appointment" or detail.get("status") != "scheduled":
            raise bad("CarePlan.activity[0].detail ska ha kind 'Appointment' och status 'scheduled'.", "activity[0].detail")
        code_in(detail.get("code"), C.CS_UNDERSOKNINGSTYP, plan, "activity[0].detail.code", C.UNDERSOKNINGSTYP)
        timing = detail.get("scheduledTiming") or {}
        events = timing.get("event") or []
        if not events:
            raise bad("Nästa revision (scheduledTiming.event[0]) saknas.", "activity[0].detail.scheduledTiming.event")
        if required_date(events[0], plan, "activity[0].detail.scheduledTiming.event[0]") <= exam_date:
            raise bad("Nästa revision ska ligga efter undersökningen.", "activity[0].detail.scheduledTiming.event")
        repeat = timing.get("repeat") or {}
        months = repeat.get("period")
        if repeat.get("frequency") != 1 or repeat.get("periodUnit") != "mo" or not isinstance(months, (int, float)) \
                or isinstance(months, bool) or months <= 0 or months != int(months):
            raise bad("scheduledTiming.repeat ska vara {frequency: 1, period: <månader>, periodUnit: 'mo'}.",
                      "activity[0].detail.scheduledTiming.repeat")
        return int(months)

    def business_rules(self, enc: Entry, pnr: tuple[str, str], exam_date: date, role: str | None,
                       values: dict[str, Any], has_plan: bool, interval: int | None) -> tuple[Person, list[dict[str, Any]]]:
        tx, rv = self.tx, self.tx.rules.revision
        person = person_lookup(self.s, self.region, *pnr)
        if person is None:
            raise refused(C.OKAND_PATIENT, f"{pnr[1]} finns inte i befolkningsregistret.")
        if person.deceased_on is not None and person.deceased_on < exam_date:
            raise refused(C.AVLIDEN, f"Patienten avled {person.deceased_on.isoformat()}, före undersökningen.")
        if person.protected:
            raise refused(C.SKYDDAD_IDENTITET)
        first, last = membership_window(person.birth_date, tx.rules.target_group)
        if not first <= exam_date <= last:
            raise refused(C.UTANFOR_MALGRUPP, f"Undersökningen {exam_date.isoformat()} ligger utanför patientens tid i "
                                              f"målgruppen {first.isoformat()}–{last.isoformat()} (R-TG-1).")

        def invalid_exam(text: str) -> FhirError:
            return refused(C.OGILTIG_UNDERSOKNING, text, expression=enc.where)

        participant = (enc.resource.get("participant") or [{}])[0]
        examiner = ((participant.get("individual") or {}).get("identifier")) or {}
        try:
            if examiner.get("system") != C.HSA:
                raise InvalidHsaId(str(examiner.get("value")))
            parse_hsa_id(examiner.get("value") or "")
        except InvalidHsaId:
            raise invalid_exam("Undersökarens HSA-ID saknas; rapporten skickas när undersökaren är känd (R-RV-8).") from None
        if role is None:
            raise invalid_exam("Undersökarens yrkesroll (yrkesroll) saknas.")
        if role == C.NURSE:
            raise invalid_exam("En tandhälsokontroll av tandsköterska är ingen revision och rapporteras inte (R-RV-5).")
        exam_type = next(c.get("code") for c in codings((enc.resource.get("type") or [None])[0])
                         if c.get("system") == C.CS_UNDERSOKNINGSTYP)
        if C.EXAM_TYPE_OF_ROLE[role] != exam_type:
            raise invalid_exam(f"Undersökningstypen {exam_type} stämmer inte med yrkesrollen {role}.")
        if not any(code in values for code in (*C.RISK_DOMAINS, C.RISKGRUPP_CODE)):
            raise invalid_exam("Riskbedömning saknas (risk-karies, risk-parodontit, risk-allman, risk-teknisk, "
                               "riskgrupp) (R-RV-10).")
        if not has_plan:
            raise invalid_exam("Planerat revisionsintervall saknas (CarePlan) (R-RV-1).")
        age = age_on(person.birth_date, exam_date)
        cap = rv.general_cap_months(age)
        if interval is not None and interval > cap:
            raise invalid_exam(f"Revisionsintervallet {interval} månader är längre än högst {cap} månader vid {age} års "
                               "ålder (R-RV-2). Rapportera det begränsade intervallet.")
        warnings = []
        if rv.requires_tobacco_habits(age) and "tobak" not in values:
            warnings.append(issue("incomplete", f"Tobaksvanor saknas; de dokumenteras från {rv.tobacco_from_age} års "
                                                "ålder (R-RV-7).", severity="warning", diagnostics="R-RV-7"))
        if role == C.DENTIST and rv.requires_bite_check(age) and "bettutvecklingskontroll" not in values:
            warnings.append(issue("incomplete", f"Bettutvecklingskontroll saknas för en patient som är {age} år "
                                                "(R-RV-6).", severity="warning", diagnostics="R-RV-6"))
        return person, warnings


def _obs_code(entry: Entry) -> str | None:
    return next((c.get("code") for c in codings(entry.resource.get("code")) if c.get("system") == C.CS_TANDHALSODATA), None)


# --- listing stop ------------------------------------------------------------------------------------------


class ListingStopCreate(Unit):
    """A new Flag `listningsstopp` (R-LI-5)."""

    def run(self) -> bool:
        flags = self.of("Flag")
        if len(flags) != 1:
            raise invalid("Ett listningsstopp skickas som en Flag.", diagnostics=f"{len(flags)} Flag")
        flag = flags[0]
        r = flag.resource
        if r.get("status") != "active":
            raise invalid("Ett nytt listningsstopp har status 'active'.", code="value",
                          expression=f"{flag.where}.resource.status", diagnostics="flag status")
        code_in(r.get("code"), C.CS_FLAGGTYP, flag, "code", C.FLAGGTYP)
        clinic_identifier(r.get("subject"), flag, "subject", self.clinic_hsa)
        start = required_date((r.get("period") or {}).get("start"), flag, "period.start")
        stop = self.s.scalar(select(ListingStop).where(ListingStop.identifier == flag.identifier))
        if stop is not None:
            if stop.clinic_hsa != self.clinic_hsa:
                raise _taken(flag)
            flag.done("200 OK", "Flag", stop.id, stop.version_id, flag_resource(stop))
            return False
        tx = self.tx
        count = self.region.active_choice_count(tx, self.clinic_hsa)
        minimum = tx.rules.listing.minimum_capacity
        if count < minimum:
            raise refused(C.LISTNINGSSTOPP, f"Listningsstopp kräver minst {minimum} aktiva listningar genom eget val; "
                                            f"kliniken har {count} (R-LI-5).")
        for other in self.s.scalars(select(ListingStop).where(ListingStop.clinic_hsa == self.clinic_hsa,
                                                              ListingStop.status == "active")):
            if other.period_end is None or other.period_end >= start:
                raise FhirError(409, [issue("conflict", f"Kliniken har redan ett listningsstopp från "
                                                        f"{other.period_start.isoformat()}.",
                                            diagnostics=f"active Flag/{other.id}")])
        stop = ListingStop(id=self.region.new_id(), identifier=flag.identifier, clinic_hsa=self.clinic_hsa,
                           status="active", period_start=start, version_id=0)
        content = self.region.save_stop(tx, stop, "POST")
        flag.done("201 Created", "Flag", stop.id, stop.version_id, content)
        return True


# --- conditional updates: corrections and lifting a stop ----------------------------------------------------


class Updates(Unit):
    def run(self) -> bool:
        types = {e.resource_type for e in self.entries}
        for e in self.entries:
            self.check_new_state(e)
        targets = {id(e): self.find(e) for e in self.entries}
        if types & set(REVISION_TYPES):
            self.check_whole_report(targets)
        for e in self.entries:
            current = targets[id(e)].version_id
            if e.if_match != current:
                raise FhirError(412, [issue(
                    "conflict", f"{e.resource_type} har ändrats i regionen (version {current}, ändringen gäller "
                                f"version {e.if_match}). Jämför och välj version.",
                    diagnostics=f"ifMatch W/\"{e.if_match}\" but current version is {current}",
                    expression=f"{e.where}.request.ifMatch")])
        for e in self.entries:
            person_id = getattr(targets[id(e)], "person_id", None)
            if person_id is not None and self.s.get(Person, person_id).protected:
                raise refused(C.SKYDDAD_IDENTITET)
        changed = False
        for e in self.entries:
            changed |= self.apply(e, targets[id(e)])
        return changed

    def check_new_state(self, e: Entry) -> None:
        status = e.resource.get("status")
        allowed = {"EpisodeOfCare": ("entered-in-error",), "Consent": ("entered-in-error", "inactive"),
                   "Flag": ("inactive", "entered-in-error")}.get(e.resource_type, ("entered-in-error",))
        if status not in allowed:
            raise invalid(f"En ändring av {e.resource_type} kan bara sätta status till {' eller '.join(allowed)}.",
                          code="business-rule", expression=f"{e.where}.resource.status",
                          diagnostics=f"{e.resource_type} status {status} not allowed in an update")
        if e.resource_type == "Flag":
            code_in(e.resource.get("code"), C.CS_FLAGGTYP, e, "code", C.FLAGGTYP)
            clinic_identifier(e.resource.get("subject"), e, "subject", self.clinic_hsa)
            if status == "inactive":
                required_date((e.resource.get("period") or {}).get("end"), e, "period.end")

    def find(self, e: Entry) -> Any:
        if e.resource_type == "EpisodeOfCare":
            row = self.s.scalar(select(Listing).where(Listing.identifier == e.identifier))
        elif e.resource_type == "Flag":
            row = self.s.scalar(select(ListingStop).where(ListingStop.identifier == e.identifier))
        else:
            row = self.region.stored(self.s, e.resource_type, e.identifier)
        if row is None or row.clinic_hsa != self.clinic_hsa:
            raise FhirError(404, [issue("not-found", f"Det finns ingen {e.resource_type} med identifieraren "
                                                     f"{e.identifier} från kliniken.",
                                        diagnostics=f"{e.resource_type} {e.identifier} not found",
                                        expression=f"{e.where}.request.url")])
        return row

    def check_whole_report(self, targets: dict[int, Any]) -> None:
        """A revision report is corrected as a whole: Encounter, Observations and CarePlan together."""
        encounters = {t.id for e, t in ((e, targets[id(e)]) for e in self.entries) if e.resource_type == "Encounter"}
        sent = {targets[id(e)].id for e in self.entries if e.resource_type in REVISION_TYPES}
        if len(encounters) != 1:
            raise invalid("En rättelse av en revisionsrapport skickar Encounter, alla dess Observations och CarePlan.",
                          diagnostics="revision correction without exactly one Encounter")
        enc_id = next(iter(encounters))
        parts = set(self.s.scalars(select(StoredResource.id).where(StoredResource.parent_id == enc_id)))
        if sent != parts | {enc_id}:
            raise invalid("En rättelse av en revisionsrapport skickar Encounter, alla dess Observations och CarePlan "
                          "i samma transaktion.", diagnostics="revision correction incomplete or mixed")

    def apply(self, e: Entry, target: Any) -> bool:
        new_status = e.resource["status"]
        tx = self.tx
        if isinstance(target, Listing):
            changed = target.status != ERROR
            if changed:
                self.region.mark_listing_in_error(tx, target)
            e.done("200 OK", "EpisodeOfCare", target.id, target.version_id, episode_of(tx, target))
            return changed
        if isinstance(target, ListingStop):
            end = (e.resource.get("period") or {}).get("end")
            new_end = swedish_date(end) if end else target.period_end
            changed = (target.status, target.period_end) != (new_status, new_end)
            if changed:
                if new_end is not None and new_end < target.period_start:
                    raise invalid("Flag.period.end ligger före period.start.", code="value",
                                  expression=f"{e.where}.resource.period.end", diagnostics="end before start")
                target.status, target.period_end = new_status, new_end
                content = self.region.save_stop(tx, target)
            else:
                content = flag_resource(target)
            e.done("200 OK", "Flag", target.id, target.version_id, content)
            return changed
        changed = target.status != new_status
        if changed:
            content = copy.deepcopy(target.content)
            content["status"] = new_status
            target.version_id += 1
            target.last_updated = tx.now
            target.status = new_status
            content["meta"] = meta(target.version_id, tx.now)
            target.content = content
        e.done("200 OK", target.resource_type, target.id, target.version_id, target.content)
        return changed

