"""Pull: what the region changed, from `GET [base]/_history?_since=<watermark>` (regional-listing-api.md "Inbound").

Every page of one call is read first; the entries are then applied sorted by `meta.lastUpdated`,
then (for entries of one instant) Patients before EpisodeOfCares before Flags before DELETEs, then
version, so nothing depends on the order the server chose. An entry is applied only when its
version is newer than the one the clinic holds (`SyncResource`), so repeated entries (`_since` is
inclusive) and repeated pulls change nothing. The watermark, `Bundle.meta.lastUpdated` of the first
page, is stored once every entry of the call has been applied.

The events of the contract's table: new patients and assigned listings (new 3-year-olds, moving
in), the clinic's own registrations confirmed, listings ended (omval, eget-val, utflyttad-lan,
omflyttad-icke-val, avliden, aldersgrans, skyddad-identitet), new addresses, deaths, listing stops,
and protected identity: the `DELETE` of a Patient keeps the local record, marks it protected and
withdraws its unsent outbox items (R-TG-4); it is never synced again.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import Guardian, Listing, ListingStop, Patient, PatientGuardian, SyncResource
from klinik_app.domain import listing as rules
from klinik_app.domain.text import fold, name_columns, phone_digits
from klinik_app.sync import state
from klinik_app.sync.client import RegionClient, RegionUnreachable
from klinik_app.sync.fhir_map import (
    EpisodeData,
    InboundEntry,
    InboundError,
    PatientData,
    episode_data,
    flag_data,
    parse_entry,
    patient_data,
)
from klinik_app.sync.push import Hooks, remember
from klinik_app.sync.state import parse_instant

log = logging.getLogger("klinik.sync.pull")

CHUNK = 200  # entries applied per database transaction
PHASE = {("Patient", False): 0, ("EpisodeOfCare", False): 1, ("Flag", False): 2,
         ("EpisodeOfCare", True): 3, ("Flag", True): 3, ("Patient", True): 4}


@dataclass
class PullReport:
    received: int = 0
    applied: int = 0
    unchanged: int = 0  # already held (a repeated entry or a repeated pull)
    skipped: int = 0  # unreadable or about nothing the clinic can place
    new_patients: int = 0
    updated_patients: int = 0
    new_listings: int = 0
    ended_listings: int = 0
    protected: int = 0
    withdrawn: int = 0
    watermark: str | None = None

    @property
    def changes(self) -> int:
        return self.applied


def sort_key(e: InboundEntry) -> tuple:
    return e.last_updated, PHASE.get((e.resource_type, e.deleted), 5), e.version


def pull(ctx: Any, client: RegionClient, hooks: Hooks) -> PullReport:
    report = PullReport()
    with ctx.sessions() as s:
        since = state.get(s, state.WATERMARK)
    pages = client.history(since)
    watermark = (pages[0].get("meta") or {}).get("lastUpdated")
    try:
        parse_instant(str(watermark))
    except (TypeError, ValueError):
        log.error("_history without a readable meta.lastUpdated; the watermark stays %s", since)
        raise RegionUnreachable("Regionens svar gick inte att tolka. Försök igen senare.",
                                "_history without meta.lastUpdated") from None
    entries: list[InboundEntry] = []
    for page in pages:
        for raw in page.get("entry") or []:
            report.received += 1
            try:
                entries.append(parse_entry(raw))
            except InboundError as e:
                report.skipped += 1
                log.warning("skipped an unreadable _history entry: %s", e)
    entries.sort(key=sort_key)
    for start in range(0, len(entries), CHUNK):
        with ctx.begin() as s:
            applier = _Applier(s, ctx, hooks, report)
            for entry in entries[start:start + CHUNK]:
                applier.apply(entry)
            applier.log_access()
    with ctx.begin() as s:
        state.put(s, state.WATERMARK, str(watermark), now=ctx.now(), who=ctx.actor.user_id)
    report.watermark = str(watermark)
    log.info("pulled %s entries: %s applied, %s unchanged, %s skipped", report.received, report.applied,
             report.unchanged, report.skipped)
    return report


# Region status -> local status (a listing that ended before it began is "cancelled" there).
STATUS = {"planned": rules.PLANNED, "active": rules.ACTIVE, "finished": rules.FINISHED,
          "cancelled": rules.FINISHED, "entered-in-error": rules.ERROR}


class _Applier:
    def __init__(self, s: Session, ctx: Any, hooks: Hooks, report: PullReport) -> None:
        self.s, self.ctx, self.hooks, self.report = s, ctx, hooks, report
        self.now, self.who = ctx.now(), ctx.actor.user_id
        self.touched: dict[int, set[str]] = {}

    def stamp(self) -> dict[str, Any]:
        return {"created_at": self.now, "created_by": self.who, "modified_at": self.now, "modified_by": self.who}

    def touch(self, row: Any) -> None:
        row.modified_at, row.modified_by = self.now, self.who

    def note(self, patient_id: int, what: str) -> None:
        self.touched.setdefault(patient_id, set()).add(what)

    def log_access(self) -> None:
        """R-SE-2: every patient written from the region's notices, one entry per patient."""
        for patient_id, what in sorted(self.touched.items()):
            self.hooks.record_access(self.s, "write", [patient_id], "från regionen: " + ", ".join(sorted(what)))

    def apply(self, e: InboundEntry) -> None:
        held = self.s.get(SyncResource, (e.resource_type, e.server_id))
        if held is not None and held.version >= e.version:
            self.report.unchanged += 1
            return
        try:
            with self.s.begin_nested():
                done = self._apply(e, held)
        except InboundError as err:
            self.report.skipped += 1
            log.warning("skipped %s/%s version %s: %s", e.resource_type, e.server_id, e.version, err)
            return
        if done is False:  # nothing to place it on: not remembered, a later version may still apply
            self.report.skipped += 1
            return
        self.report.applied += 1

    def _apply(self, e: InboundEntry, held: SyncResource | None) -> bool:
        if e.resource_type == "Patient":
            return self._patient_deleted(e, held) if e.deleted else self._patient(e, held)
        if e.resource_type == "EpisodeOfCare":
            if e.deleted:
                remember(self.s, self.ctx, e.resource_type, e.server_id, e.version, e.last_updated, deleted=True)
                return True
            return self._episode(e, held)
        if e.resource_type == "Flag":
            return self._flag(e)
        remember(self.s, self.ctx, e.resource_type, e.server_id, e.version, e.last_updated, deleted=e.deleted)
        return True

    # --- Patient ----------------------------------------------------------------------------------

    def _patient(self, e: InboundEntry, held: SyncResource | None) -> bool:
        d = patient_data(e.resource)
        p = self.s.get(Patient, held.patient_id) if held is not None and held.patient_id else None
        if p is None:
            p = self.s.scalar(select(Patient).where(Patient.personnummer == d.identity))
        if p is None:
            p = Patient(personnummer=d.identity, id_kind=d.id_kind, birth_date=d.birth_date, protected_identity=False,
                        first_name=d.first_name, last_name=d.last_name, sex=d.sex, **name_columns(d.first_name, d.last_name),
                        **self.stamp())
            self._fill(p, d)
            self.s.add(p)
            self.s.flush()
            self.report.new_patients += 1
            self.note(p.id, "ny patient")
        elif p.protected_identity:
            pass  # R-TG-4: once protected here, the sync leaves the person alone, both ways
        else:
            if self._fill(p, d):
                self.touch(p)
                self.report.updated_patients += 1
                self.note(p.id, "folkbokföringsuppgifter")
        if not p.protected_identity:
            self._guardians(p, d)
        remember(self.s, self.ctx, "Patient", e.server_id, e.version, e.last_updated, patient_id=p.id)
        return True

    def _fill(self, p: Patient, d: PatientData) -> bool:
        values: dict[str, Any] = {"first_name": d.first_name, "last_name": d.last_name, "deceased_on": d.deceased_on}
        if d.sex:
            values["sex"] = d.sex
        if d.address is not None:
            values |= {"street": d.address.street, "postal_code": d.address.postal_code,
                       "postal_town": d.address.postal_town, "municipality_code": d.address.municipality_code}
        if d.phone:
            values |= {"phone": d.phone, "phone_digits": phone_digits(d.phone)}
        if p.deceased_on is not None and d.deceased_on is None:
            del values["deceased_on"]  # a death recorded here is not undone by silence
        values |= name_columns(values["first_name"], values["last_name"])
        changed = False
        for name, value in values.items():
            if getattr(p, name) != value:
                setattr(p, name, value)
                changed = True
        return changed

    def _guardians(self, p: Patient, d: PatientData) -> None:
        """The guardians the population register names (for minors), at positions 1 and 2."""
        links = {link.position: link for link in self.s.scalars(
            select(PatientGuardian).where(PatientGuardian.patient_id == p.id))}
        for position, g in enumerate(d.guardians[:2], start=1):
            link = links.get(position)
            current = self.s.get(Guardian, link.guardian_id) if link else None
            if current is not None and ((g.identity and current.personnummer == g.identity)
                                        or (not current.personnummer and fold(current.name) == fold(g.name))):
                target = current
            else:
                target = self.s.scalar(select(Guardian).where(Guardian.personnummer == g.identity)) if g.identity else None
                if target is None:
                    target = Guardian(personnummer=g.identity, name=g.name, phone=g.phone, street=g.street,
                                      postal_code=g.postal_code, postal_town=g.postal_town, **self.stamp())
                    self.s.add(target)
                    self.s.flush()
            updates = {"personnummer": g.identity or target.personnummer, "name": g.name,
                       "phone": g.phone or target.phone, "street": g.street or target.street,
                       "postal_code": g.postal_code or target.postal_code,
                       "postal_town": g.postal_town or target.postal_town}
            if any(getattr(target, k) != v for k, v in updates.items()):
                for k, v in updates.items():
                    setattr(target, k, v)
                self.touch(target)
            if link is None:
                self.s.add(PatientGuardian(patient_id=p.id, position=position, guardian_id=target.id))
                self.touch(p)
                self.note(p.id, "vårdnadshavare")
            elif link.guardian_id != target.id:
                link.guardian_id = target.id
                self.touch(p)
                self.note(p.id, "vårdnadshavare")

    def _patient_deleted(self, e: InboundEntry, held: SyncResource | None) -> bool:
        """Protected identity set (R-TG-4): keep the local record, mark it, withdraw what waits."""
        if held is not None and held.patient_id:
            p = self.s.get(Patient, held.patient_id)
            if p is not None and not p.protected_identity:
                p.protected_identity = True
                self.touch(p)
                withdrawn = self.hooks.withdraw(self.s, p.id)
                self.report.protected += 1
                self.report.withdrawn += withdrawn
                self.note(p.id, f"skyddad identitet ({withdrawn} köade ändringar återkallade)")
                log.info("patient %s marked protected from the region's notice; %s outbox items withdrawn", p.id, withdrawn)
        remember(self.s, self.ctx, "Patient", e.server_id, e.version, e.last_updated, deleted=True)
        return True

    # --- EpisodeOfCare ----------------------------------------------------------------------------

    def _patient_of(self, d: EpisodeData, listing: Listing | None) -> Patient | None:
        if listing is not None:
            return self.s.get(Patient, listing.patient_id)
        if d.patient_server_id:
            held = self.s.get(SyncResource, ("Patient", d.patient_server_id))
            if held is not None and held.patient_id:
                return self.s.get(Patient, held.patient_id)
        if d.patient_identity:
            return self.s.scalar(select(Patient).where(Patient.personnummer == d.patient_identity))
        return None

    def _find_listing(self, e: InboundEntry, d: EpisodeData) -> Listing | None:
        if d.identifier:
            found = self.s.scalar(select(Listing).where(Listing.uuid == d.identifier))
            if found is not None:
                return found
        return self.s.scalar(select(Listing).where(Listing.server_id == e.server_id))

    def _imported_match(self, p: Patient, d: EpisodeData) -> Listing | None:
        """A listing brought from an earlier system is known to the region under its own id only."""
        candidates = list(self.s.scalars(select(Listing).where(
            Listing.patient_id == p.id, Listing.listing_type == d.listing_type, Listing.server_id.is_(None),
            Listing.origin != "local")))
        same_start = [li for li in candidates if li.start_date == d.start]
        if same_start:
            return same_start[0]
        today = self.ctx.today
        current = [li for li in candidates if rules.is_current(li.status, li.start_date, li.end_date, today)]
        return current[0] if len(current) == 1 and d.status in ("planned", "active") else None

    def _episode(self, e: InboundEntry, held: SyncResource | None) -> bool:
        d = episode_data(e.resource)
        listing = self._find_listing(e, d)
        p = self._patient_of(d, listing)
        if p is None and d.status == "entered-in-error":  # a mistake about someone not known here: nothing to do
            remember(self.s, self.ctx, "EpisodeOfCare", e.server_id, e.version, e.last_updated)
            return True
        if p is None:
            log.warning("EpisodeOfCare/%s names a patient not known here; skipped", e.server_id)
            return False
        if listing is None:
            listing = self._imported_match(p, d)
        status = STATUS.get(d.status)
        if status is None:
            raise InboundError(f"EpisodeOfCare status {d.status!r}")
        end = d.end
        if d.status == "cancelled" and end is None:
            end = d.start - timedelta(days=1)  # it never began: ends the day before its start
        if listing is None:
            listing = Listing(uuid=d.identifier or str(uuid.uuid4()), patient_id=p.id, listing_type=d.listing_type,
                              status=status, start_date=d.start, end_date=end, end_reason=d.end_reason, origin="region",
                              server_id=e.server_id, server_version=str(e.version), **self.stamp())
            self.s.add(listing)
            self.report.new_listings += 1
            self.note(p.id, f"ny listning ({d.listing_type})")
        else:
            values: dict[str, Any] = {"server_id": e.server_id, "server_version": str(e.version)}
            # A correction made here holds: the listing stays entered-in-error whatever else the region says.
            if listing.status != rules.ERROR or status == rules.ERROR:
                values |= {"status": status, "start_date": d.start, "end_date": end, "end_reason": d.end_reason}
            was_current = rules.is_current(listing.status, listing.start_date, listing.end_date, self.ctx.today)
            changed = {k: v for k, v in values.items() if getattr(listing, k) != v}
            for name, value in changed.items():
                setattr(listing, name, value)
            if changed:
                self.touch(listing)
            if was_current and not rules.is_current(listing.status, listing.start_date, listing.end_date, self.ctx.today):
                self.report.ended_listings += 1
                self.note(p.id, f"listning avslutad ({listing.end_reason or listing.status})")
            elif set(changed) - {"server_id", "server_version"}:
                self.note(p.id, "listning")
        remember(self.s, self.ctx, "EpisodeOfCare", e.server_id, e.version, e.last_updated,
                 identifier=f"urn:uuid:{d.identifier}" if d.identifier else None, patient_id=p.id)
        return True

    # --- Flag (listing stop) ------------------------------------------------------------------------

    def _flag(self, e: InboundEntry) -> bool:
        if e.deleted:
            remember(self.s, self.ctx, "Flag", e.server_id, e.version, e.last_updated, deleted=True)
            return True
        d = flag_data(e.resource)
        stop = self.s.scalar(select(ListingStop).where(ListingStop.uuid == d.identifier)) if d.identifier else None
        if stop is None:
            log.warning("Flag/%s is no listing stop known here", e.server_id)
        elif d.status == "inactive" and d.end is not None and stop.end_date is None:
            stop.end_date = d.end  # lifted at the region (e.g. from another workstation's database)
            self.touch(stop)
        remember(self.s, self.ctx, "Flag", e.server_id, e.version, e.last_updated,
                 identifier=f"urn:uuid:{d.identifier}" if d.identifier else None)
        return True
