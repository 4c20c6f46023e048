"""A conflict side by side: the clinic's version of an item's resources and the region's current one.

regional-listing-api.md "Errors": a 409/412 goes to the conflict list, which shows the local and the
regional version side by side. The region's 409/412 answer carries only an OperationOutcome
(regional_service/transaction.py), and the contract has no read by id, so the region's current
version is read from `_history?_since=<when the version held here was made>` (`_since` is
inclusive): the newest entry for each of the item's resources. A 409 about an identifier another
clinic holds finds nothing: the region shows a clinic only its own resources.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import SyncResource
from klinik_app.domain.listing import END_REASONS, LISTING_TYPE_LABELS, STATUS_LABELS
from klinik_app.domain.messages import QT_TRANSLATE_NOOP
from klinik_app.sync import codes as C
from klinik_app.sync.client import RegionClient
from klinik_app.sync.fhir_map import InboundEntry, InboundError, parse_entry
from klinik_app.sync.state import format_instant

log = logging.getLogger("klinik.sync.conflict")

# Marked: the window shows the comparison's Swedish texts translated (klinik_app/ui/errors.py shown_text).
RESOURCE_NAMES = {"EpisodeOfCare": QT_TRANSLATE_NOOP("sync", "Listning"),
                  "Consent": QT_TRANSLATE_NOOP("sync", "Samtycke"),
                  "Flag": QT_TRANSLATE_NOOP("sync", "Listningsstopp"),
                  "Encounter": QT_TRANSLATE_NOOP("sync", "Undersökning"),
                  "Observation": QT_TRANSLATE_NOOP("sync", "Tandhälsodata"),
                  "CarePlan": QT_TRANSLATE_NOOP("sync", "Nästa revision")}
STATUS_TEXT = {**STATUS_LABELS, "cancelled": QT_TRANSLATE_NOOP("sync", "Makulerad"),
               "inactive": QT_TRANSLATE_NOOP("sync", "Upphävd"), "final": QT_TRANSLATE_NOOP("sync", "Slutförd")}
EMPTY = "–"


@dataclass(frozen=True, slots=True)
class Target:
    """One resource the item sends: what the clinic wants it to be, and the version it was based on."""

    resource_type: str
    identifier: str  # the clinic's urn:uuid:...
    resource: dict[str, Any]
    based_on: int | None  # the region's version named in ifMatch; None for a create


@dataclass(frozen=True, slots=True)
class Field:
    section: str  # which resource, in Swedish
    label: str
    local: str
    region: str

    @property
    def differs(self) -> bool:
        return self.local != self.region


def targets(bundle: dict[str, Any]) -> list[Target]:
    """The item's resources (not its Provenance) as the clinic would send them now."""
    found = []
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        idents = [i.get("value") for i in resource.get("identifier") or [] if i.get("system") == C.CLINIC_URI]
        if not idents:
            continue
        if_match = str((entry.get("request") or {}).get("ifMatch") or "").removeprefix("W/").strip('"')
        found.append(Target(resource["resourceType"], idents[0], resource, int(if_match) if if_match.isdigit() else None))
    return found


class Held(NamedTuple):
    resource_type: str
    server_id: str
    version: int
    last_updated: datetime | None


def held(s: Session, wanted: list[Target]) -> dict[str, Held]:
    """The region versions the clinic holds for these resources, by identifier."""
    idents = [t.identifier for t in wanted]
    rows = s.execute(select(SyncResource.identifier, SyncResource.resource_type, SyncResource.server_id,
                            SyncResource.version, SyncResource.last_updated)
                     .where(SyncResource.identifier.in_(idents)))
    return {ident: Held(*rest) for ident, *rest in rows}


def region_current(client: RegionClient, wanted: list[Target], known: dict[str, Held]) -> dict[str, InboundEntry]:
    """The region's newest entry for each wanted resource it shows this clinic (blocks on the network)."""
    instants = [row.last_updated for row in known.values() if row.last_updated is not None]
    since = format_instant(min(instants)) if len(instants) == len(wanted) and instants else None
    by_server_id = {(row.resource_type, row.server_id): ident for ident, row in known.items()}
    idents = {t.identifier for t in wanted}
    newest: dict[str, InboundEntry] = {}
    for page in client.history(since):
        for raw in page.get("entry") or []:
            try:
                entry = parse_entry(raw)
            except InboundError as e:
                log.warning("skipped an unreadable _history entry while reading a conflict: %s", e)
                continue
            ident = by_server_id.get((entry.resource_type, entry.server_id)) or _identifier(entry.resource)
            if ident in idents and (ident not in newest or newest[ident].version < entry.version):
                newest[ident] = entry
    return newest


def _identifier(resource: dict[str, Any] | None) -> str | None:
    for i in (resource or {}).get("identifier") or []:
        if i.get("system") == C.CLINIC_URI:
            return i.get("value")
    return None


def fields(target: Target, region: InboundEntry | None) -> list[Field]:
    """Field by field, in Swedish; a field neither side has is left out."""
    section = RESOURCE_NAMES.get(target.resource_type, target.resource_type)
    theirs = region.resource if region is not None else None
    if region is not None and region.deleted:
        theirs = {"status": "borttagen"}
    rows = [Field(section, label, read(target.resource), read(theirs) if theirs is not None else EMPTY)
            for label, read in _READERS]
    rows = [f for f in rows if f.local != EMPTY or f.region != EMPTY]
    # The version the clinic's change was made on beside the region's current one: the 412 itself.
    rows.append(Field(section, QT_TRANSLATE_NOOP("sync", "Version"),
                      str(target.based_on) if target.based_on is not None else QT_TRANSLATE_NOOP("sync", "ny"),
                      str(region.version) if region is not None
                      else QT_TRANSLATE_NOOP("sync", "finns inte hos regionen")))
    return rows


def _text(value: Any, names: dict[str, str] | None = None) -> str:
    if value in (None, ""):
        return EMPTY
    return (names or {}).get(str(value), str(value))


def _coded(resource: dict[str, Any], system: str) -> str | None:
    for concept in resource.get("type") or []:
        for coding in concept.get("coding") or []:
            if coding.get("system") == system:
                return coding.get("code")
    return None


def _extension(resource: dict[str, Any], url: str) -> str | None:
    for ext in resource.get("extension") or []:
        if ext.get("url") == url:
            return (ext.get("valueCoding") or {}).get("code")
    return None


_READERS = (
    (QT_TRANSLATE_NOOP("sync", "Status"),
     lambda r: _text(r.get("status"), {**STATUS_TEXT, "borttagen": QT_TRANSLATE_NOOP("sync", "Borttagen i regionen")})),
    (QT_TRANSLATE_NOOP("sync", "Listningstyp"), lambda r: _text(_coded(r, C.CS_LISTNINGSTYP), LISTING_TYPE_LABELS)),
    (QT_TRANSLATE_NOOP("sync", "Från och med"), lambda r: _text((r.get("period") or {}).get("start"))),
    (QT_TRANSLATE_NOOP("sync", "Till och med"), lambda r: _text((r.get("period") or {}).get("end"))),
    (QT_TRANSLATE_NOOP("sync", "Avslutsorsak"), lambda r: _text(_extension(r, C.EXT_AVSLUTSORSAK), END_REASONS)),
)
