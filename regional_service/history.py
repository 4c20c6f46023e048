"""`GET [base]/_history`, the emergency look-up and the CapabilityStatement.

`_history` paging (regional-listing-api.md "Inbound"): the first page takes a snapshot (an instant
and the last feed sequence number) under the region's write lock. Every page of the chain reads
only entries up to that sequence number and after the previous page's last one, so the chain is
complete and stable while the region keeps changing; anything written later is stamped after the
snapshot instant, which is the `_since` of the client's next call (`Bundle.meta.lastUpdated`).

Without `_since` (a clinic's first sync) the answer is what is visible now: the latest version of
each resource, no DELETEs, and nothing that has aged out (a listing that ended more than 13 months
ago and Patients no longer listed there). Such pages may hold fewer than `_count` entries.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from klinik_app.domain.dates import add_months
from regional_service import codes as C
from regional_service.clock import format_instant, parse_instant
from regional_service.db import Clinic, FeedEntry, Listing
from regional_service.fhir import episode_resource, invalid
from regional_service.register import ACTIVE, CURRENT, ERROR, FINISHED, PLANNED, VISIBLE_MONTHS, Region

DEFAULT_COUNT, MAX_COUNT = 100, 1000
STATUS_OF = {"POST": "201 Created", "PUT": "200 OK", "DELETE": "204 No Content"}


def _page_token(snapshot_seq: int, after: int, instant: datetime) -> str:
    micros = int((instant - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds() * 1_000_000)
    return f"{snapshot_seq}.{after}.{micros}"


def _read_token(token: str) -> tuple[int, int, datetime]:
    try:
        snap, after, micros = (int(p) for p in token.split("."))
        return snap, after, datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(microseconds=micros)
    except ValueError:
        raise invalid("Ogiltig sidreferens (_page). Börja om från första sidan.", diagnostics="bad _page token") from None


def history(region: Region, clinic_hsa: str, params: dict[str, str], base: str) -> dict[str, Any]:
    since = None
    if params.get("_since"):
        try:
            since = parse_instant(params["_since"])
        except ValueError:
            raise invalid("_since ska vara en tidpunkt med tidszon, t.ex. 2026-11-22T14:03:00Z.", code="value",
                          diagnostics=f"bad _since {params['_since']!r}") from None
    try:
        count = int(params.get("_count") or DEFAULT_COUNT)
    except ValueError:
        raise invalid("_count ska vara ett heltal.", code="value", diagnostics="bad _count") from None
    if count < 1:
        raise invalid("_count ska vara minst 1.", code="value", diagnostics="_count < 1")
    count = min(count, MAX_COUNT)
    if params.get("_page"):
        snap, after, instant = _read_token(params["_page"])
    else:
        with region.snapshot() as (instant, snap):
            after = 0

    with region.read() as s:
        q = select(FeedEntry).where(FeedEntry.clinic_hsa == clinic_hsa, FeedEntry.seq > after, FeedEntry.seq <= snap)
        if since is not None:
            q = q.where(FeedEntry.last_updated >= since)
        else:
            newer = aliased(FeedEntry)
            latest = select(func.max(newer.seq)).where(
                newer.clinic_hsa == FeedEntry.clinic_hsa, newer.resource_type == FeedEntry.resource_type,
                newer.resource_id == FeedEntry.resource_id, newer.seq <= snap).scalar_subquery()
            q = q.where(FeedEntry.seq == latest, FeedEntry.method != "DELETE")
        rows = list(s.scalars(q.order_by(FeedEntry.seq).limit(count + 1)))
        more = len(rows) > count
        rows = rows[:count]
        if since is None:
            rows_shown = _still_visible(s, region, clinic_hsa, rows)
        else:
            rows_shown = rows

    entries = [_entry(row, base) for row in rows_shown]
    query = {"_count": str(count)}
    if since is not None:
        query["_since"] = params["_since"]
    this_page = {**query, "_page": params["_page"]} if params.get("_page") else query
    links = [{"relation": "self", "url": f"{base}/_history?{urlencode(this_page)}"}]
    if more:
        token = _page_token(snap, rows[-1].seq, instant)
        links.append({"relation": "next", "url": f"{base}/_history?{urlencode({**query, '_page': token})}"})
    return {"resourceType": "Bundle", "id": str(uuid.uuid4()), "meta": {"lastUpdated": format_instant(instant)},
            "type": "history", "link": links, "entry": entries}


def _entry(row: FeedEntry, base: str) -> dict[str, Any]:
    ref = f"{row.resource_type}/{row.resource_id}"
    item: dict[str, Any] = {"fullUrl": f"{base}/{ref}"}
    if row.content is not None:
        item["resource"] = row.content
    item["request"] = {"method": row.method, "url": ref}
    item["response"] = {"status": STATUS_OF[row.method], "etag": f'W/"{row.version_id}"',
                        "lastModified": format_instant(row.last_updated)}
    return item


def _still_visible(s: Any, region: Region, clinic_hsa: str, rows: list[FeedEntry]) -> list[FeedEntry]:
    today = region.clock.today()
    cutoff = add_months(today, -VISIBLE_MONTHS)
    person_ids = {r.resource_id for r in rows if r.resource_type == "Patient"}
    visible: set[str] = set()
    if person_ids:
        for person_id, status, end, updated in s.execute(
            select(Listing.person_id, Listing.status, Listing.period_end, Listing.last_updated).where(
                Listing.clinic_hsa == clinic_hsa, Listing.person_id.in_(person_ids), Listing.status != ERROR)
        ):
            if status in CURRENT or (end if end is not None else updated.date()) >= cutoff:
                visible.add(person_id)
    shown = []
    for r in rows:
        if r.resource_type == "Patient" and r.resource_id not in visible:
            continue
        if r.resource_type == "EpisodeOfCare" and r.content and r.content.get("status") not in CURRENT:
            end = (r.content.get("period") or {}).get("end")
            ended = date.fromisoformat(end) if end else r.last_updated.date()
            if ended < cutoff:
                continue
        shown.append(r)
    return shown


# --- emergency look-up (R-EM-1) -------------------------------------------------------------------------


def emergency_lookup(region: Region, params: dict[str, str], base: str) -> dict[str, Any]:
    """`GET [base]/EpisodeOfCare?patient:identifier=<system>|<value>&status=active`."""
    value = params.get("patient:identifier") or ""
    system, _, digits = value.partition("|")
    if system not in C.PERSON_SYSTEMS or not digits.isdigit() or len(digits) != 12:
        raise invalid("Sök med patient:identifier=<system>|<12 siffror> (personnummer eller samordningsnummer).",
                      code="value", diagnostics=f"bad patient:identifier {value!r}")
    if params.get("status", "active") != "active":
        raise invalid("Bara status=active stöds i sökningen.", code="not-supported", diagnostics="status != active")
    unknown = set(params) - {"patient:identifier", "status", "_format"}
    if unknown:
        raise invalid(f"Okända sökparametrar: {', '.join(sorted(unknown))}.", code="not-supported",
                      diagnostics=f"unknown parameters {sorted(unknown)}")
    today = region.clock.today()
    entries = []
    with region.read() as s:
        person = region.person_by_identity(s, digits)
        kind_ok = person is not None and (person.id_kind == "personnummer") == (system == C.PERSONNUMMER)
        if kind_ok and not person.protected:  # R-TG-4: the region says nothing about a protected person
            rows = s.scalars(select(Listing).where(
                Listing.person_id == person.id, Listing.status.in_((PLANNED, ACTIVE, FINISHED)),
                Listing.period_start <= today,
                or_(Listing.period_end.is_(None), Listing.period_end >= today),
            ).order_by(Listing.period_start))
            for listing in rows:
                clinic = s.get(Clinic, listing.clinic_hsa)
                resource = episode_resource(listing, person, clinic)
                entries.append({"fullUrl": f"{base}/EpisodeOfCare/{listing.id}", "resource": resource,
                                "search": {"mode": "match"}})
    return {"resourceType": "Bundle", "id": str(uuid.uuid4()), "meta": {"lastUpdated": format_instant(region.clock.now())},
            "type": "searchset", "total": len(entries), "entry": entries}


# --- metadata -------------------------------------------------------------------------------------------


def capability_statement(base: str, today: date) -> dict[str, Any]:
    def resource(kind: str, interactions: list[str], **extra: Any) -> dict[str, Any]:
        return {"type": kind, "interaction": [{"code": i} for i in interactions], **extra}

    writable = dict(versioning="versioned-update", conditionalCreate=True, conditionalUpdate=True,
                    conditionalDelete="not-supported")
    return {
        "resourceType": "CapabilityStatement",
        "url": f"{base}/metadata",
        "version": "1",
        "name": "RegionalListingService",
        "title": "Regionens listningstjänst (referensimplementation)",
        "status": "active",
        "date": today.isoformat(),
        "publisher": "Klinik",
        "description": "Listningssystemets gränssnitt v1 (regional-listing-api.md): transaktioner, _history, "
                       "akutuppslag. Ömsesidig TLS; klientcertifikatets CN är klinikens HSA-ID.",
        "kind": "instance",
        "software": {"name": "regional_service", "version": "1"},
        "implementation": {"description": "Referenstjänst för listning i Hälsoval tandvård", "url": base},
        "fhirVersion": C.FHIR_VERSION,
        "format": [C.FHIR_JSON],
        "rest": [{
            "mode": "server",
            "security": {"cors": False, "description": "Mutual TLS: the client certificate maps to one clinic."},
            "resource": [
                resource("Patient", []),
                resource("EpisodeOfCare", ["search-type", "create", "update"], **writable, searchParam=[
                    {"name": "patient:identifier", "type": "token",
                     "documentation": "patient:identifier=<system>|<value>"},
                    {"name": "status", "type": "token", "documentation": "only status=active"},
                ]),
                resource("Consent", ["create", "update"], **writable),
                resource("Encounter", ["create", "update"], **writable),
                resource("Observation", ["create", "update"], **writable),
                resource("CarePlan", ["create", "update"], **writable),
                resource("Flag", ["create", "update"], **writable),
                resource("Provenance", ["create"]),
            ],
            "interaction": [{"code": "transaction"}, {"code": "history-system"}],
        }],
    }
