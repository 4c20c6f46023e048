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

import gc
import logging
import queue
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import inspect, insert, or_, select
from sqlalchemy.orm import Session

from klinik_app.db.models import Guardian, Listing, ListingStop, Patient, PatientGuardian, SyncResource
from klinik_app.domain import listing as rules
from klinik_app.domain.messages import QT_TRANSLATE_NOOP
from klinik_app.domain.text import fold, name_columns, phone_digits
from klinik_app.sync import state
from klinik_app.sync.client import RegionClient, RegionUnreachable
from klinik_app.sync.fhir_map import (
    EpisodeData,
    FlagData,
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
    with _quiet_collector() as entries_read:
        entries = _read_pages(client, since, report)
        entries_read()
        deferred: list[InboundEntry] = []
        created: set[int] = set()  # patients new in this call: nothing of theirs to look for
        _apply_all(ctx, hooks, report, entries, deferred, created)
        # A listing may come before its patient: a first sync gives each resource's newest version, so a
        # patient whose address changed after the listing was made is stamped later. Once more, last.
        _apply_all(ctx, hooks, report, deferred, None, created)
    with ctx.begin() as s:
        state.put(s, state.WATERMARK, report.watermark, now=ctx.now(), who=ctx.actor.user_id)
    log.info("pulled %s entries: %s applied, %s unchanged, %s skipped", report.received, report.applied,
             report.unchanged, report.skipped)
    return report


@contextmanager
def _quiet_collector() -> Iterator[Callable[[], None]]:
    """The window runs a cycle in a background thread, and a full garbage collection holds the GIL: over
    tens of thousands of entries it stalled the event loop for up to 0.6 s. So the automatic collector
    rests while the pages are read; then (the caller says when) the entries, alive until the end, are
    frozen, left out of every later collection (reference counting still frees them), and it runs
    again. Process-wide, for the length of one pull. Under the window's own collector (automatic collection
    off, ui/gui_gc.py: no full collection while a task runs) nothing is done, as in push.py."""
    enabled = gc.isenabled()
    if not enabled:
        yield lambda: None
        return
    gc.disable()

    def entries_read() -> None:
        gc.freeze()
        if enabled:
            gc.enable()

    try:
        yield entries_read
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def _read_pages(client: RegionClient, since: str | None, report: PullReport) -> list[InboundEntry]:
    """Every entry of one `_history` call, sorted so that nothing depends on the server's order."""
    entries: list[InboundEntry] = []
    watermark = None
    for page in _read_ahead(client.history_pages(since)):
        if watermark is None:
            watermark = (page.get("meta") or {}).get("lastUpdated")
            try:
                parse_instant(str(watermark))
            except (TypeError, ValueError):
                log.error("_history without a readable meta.lastUpdated; the watermark stays %s", since)
                raise RegionUnreachable(QT_TRANSLATE_NOOP("sync", "Regionens svar gick inte att tolka. Försök igen senare."),
                                        "_history without meta.lastUpdated") from None
        for raw in page.get("entry") or []:
            report.received += 1
            try:
                entries.append(parse_entry(raw))
            except InboundError as e:
                report.skipped += 1
                log.warning("skipped an unreadable _history entry: %s", e)
    entries.sort(key=sort_key)
    report.watermark = str(watermark)
    return entries


def _read_ahead(pages: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The pages in order, the next one fetched by a thread while the caller validates this one (so the
    region builds its next page meanwhile). The reader's error is raised here, after the pages before it;
    a caller that stops early stops the reader."""
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def put(kind: str, value: Any) -> bool:
        while not stop.is_set():
            try:
                box.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def reader() -> None:
        try:
            for page in pages:
                if not put("page", page):
                    return
            put("end", None)
        except BaseException as e:  # handed to the caller's thread
            put("error", e)

    thread = threading.Thread(target=reader, name="sync-history", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        thread.join()


def _read(e: InboundEntry) -> Any:
    """The entry's content as the applier uses it; raises InboundError for what cannot be applied."""
    if e.deleted:
        return None
    if e.resource_type == "Patient":
        return patient_data(e.resource)
    if e.resource_type == "EpisodeOfCare":
        d = episode_data(e.resource)
        if d.status not in STATUS:
            raise InboundError(f"EpisodeOfCare status {d.status!r}")
        return d
    return flag_data(e.resource) if e.resource_type == "Flag" else None


def _apply_all(ctx: Any, hooks: Hooks, report: PullReport, entries: list[InboundEntry],
               deferred: list[InboundEntry] | None, created: set[int]) -> None:
    """One transaction per chunk. Consumes `entries`: each chunk is freed once applied, as freeing tens
    of thousands of entries at once holds the GIL (and stalls the window) for over 0.1 s."""
    entries.reverse()
    while entries:
        chunk = [entries.pop() for _ in range(min(CHUNK, len(entries)))]
        with ctx.begin() as s:
            applier = _Applier(s, ctx, hooks, report, deferred, created)
            applier.prefetch(chunk)
            for entry in chunk:
                applier.apply(entry)
            applier.log_access()


# Region status -> local status (a listing that ended before it began is "cancelled" there).
STATUS = {"planned": rules.PLANNED, "active": rules.ACTIVE, "finished": rules.FINISHED,
          "cancelled": rules.FINISHED, "entered-in-error": rules.ERROR}


class _Applier:
    def __init__(self, s: Session, ctx: Any, hooks: Hooks, report: PullReport,
                 deferred: list[InboundEntry] | None, created: set[int]) -> None:
        self.s, self.ctx, self.hooks, self.report = s, ctx, hooks, report
        self.deferred = deferred  # entries to try again at the end of the call (None: the last try)
        # What prefetch found for the chunk (and what the chunk adds), so each entry needs few queries.
        self.parsed: dict[int, Any] = {}  # id(entry) -> its data, or the InboundError
        self.held: dict[tuple[str, str], SyncResource] = {}
        self.patients: dict[str, Patient] = {}  # by identity number
        self.guardians: dict[str, Guardian] = {}  # by identity number
        self.created = created  # patients new in this call: nothing of theirs to look for
        self.unannounced: set[int] = set()  # made by prefetch, not yet counted by the entry that brings them
        self.now, self.who = ctx.now(), ctx.actor.user_id
        self.touched: dict[int, set[str]] = {}

    def stamp(self) -> dict[str, Any]:
        return {"created_at": self.now, "created_by": self.who, "modified_at": self.now, "modified_by": self.who}

    def touch(self, row: Any) -> None:
        row.modified_at, row.modified_by = self.now, self.who

    def note(self, patient_id: int, what: str) -> None:
        self.touched.setdefault(patient_id, set()).add(what)

    def log_access(self) -> None:
        """R-SE-2: every patient written from the region's notices, one entry per patient; the patients
        with the same changes share one call (tens of thousands of calls were a tenth of a first sync)."""
        by_detail: dict[str, list[int]] = {}
        for patient_id, what in sorted(self.touched.items()):
            by_detail.setdefault("från regionen: " + ", ".join(sorted(what)), []).append(patient_id)
        for detail, patient_ids in sorted(by_detail.items()):
            self.hooks.record_access(self.s, "write", patient_ids, detail)

    def prefetch(self, entries: list[InboundEntry]) -> None:
        """Parse the chunk, then load what the clinic holds for it in a few queries (not several per
        entry): the sync rows, also of the patients the listings name; those patients; the guardians."""
        keys: dict[str, set[str]] = {}
        identities: set[str] = set()
        guardians: set[str] = set()
        for e in entries:
            try:
                d = self.parsed[id(e)] = _read(e)  # before anything is written: an unreadable entry changes nothing
            except InboundError as err:
                d = self.parsed[id(e)] = err
            keys.setdefault(e.resource_type, set()).add(e.server_id)
            if isinstance(d, PatientData):
                identities.add(d.identity)
                guardians |= {g.identity for g in d.guardians if g.identity}
            elif isinstance(d, EpisodeData):
                if d.patient_server_id:
                    keys.setdefault("Patient", set()).add(d.patient_server_id)
                if d.patient_identity:
                    identities.add(d.patient_identity)
        for resource_type, ids in keys.items():
            for row in self.s.scalars(select(SyncResource).where(SyncResource.resource_type == resource_type,
                                                                 SyncResource.server_id.in_(ids))):
                self.held[(resource_type, row.server_id)] = row
        patient_ids = {row.patient_id for row in self.held.values() if row.patient_id is not None}
        for patient in self.s.scalars(select(Patient).where(
                or_(Patient.id.in_(patient_ids), Patient.personnummer.in_(identities)))):
            self.patients[patient.personnummer] = patient
        if guardians:
            for guardian in self.s.scalars(select(Guardian).where(Guardian.personnummer.in_(guardians))):
                self.guardians[guardian.personnummer] = guardian
        self._insert_new_patients(entries)

    def _insert_new_patients(self, entries: list[InboundEntry]) -> None:
        """The chunk's patients new to the clinic, and their guardians not known here, inserted together:
        one flush gives them all their ids (a flush per row was most of a first sync's time). Each is
        counted and logged when its entry is applied, as before."""
        loaded = {p.id for p in self.patients.values()}
        fresh: list[Patient] = []
        for e in entries:
            d = self.parsed[id(e)]
            held = self.held.get((e.resource_type, e.server_id))
            if e.deleted or not isinstance(d, PatientData) or d.identity in self.patients or (
                    held is not None and (held.version >= e.version or held.patient_id in loaded)):
                continue
            p = Patient(personnummer=d.identity, id_kind=d.id_kind, birth_date=d.birth_date, protected_identity=False,
                        first_name=d.first_name, last_name=d.last_name, sex=d.sex,
                        **name_columns(d.first_name, d.last_name), **self.stamp())
            self._fill(p, d)
            self.patients[d.identity] = p
            fresh.append(p)
            for g in d.guardians[:2]:
                if g.identity and g.identity not in self.guardians:
                    self.guardians[g.identity] = Guardian(
                        personnummer=g.identity, name=g.name, phone=g.phone, street=g.street,
                        postal_code=g.postal_code, postal_town=g.postal_town, **self.stamp())
        if not fresh:
            return
        new_guardians = [g for g in self.guardians.values() if g.id is None]
        for model, rows in ((Guardian, new_guardians), (Patient, fresh)):
            for row in self._bulk_insert(model, rows):
                if model is Patient:
                    self.patients[row.personnummer] = row
                    self.created.add(row.id)
                    self.unannounced.add(row.id)
                else:
                    self.guardians[row.personnummer] = row

    def _bulk_insert(self, model: type, rows: list[Any]) -> list[Any]:
        """Insert transient rows (each with a unique `personnummer`) in a few statements and return them
        loaded. The ORM's flush inserts autoincrement rows one statement each on SQLite, to learn each id."""
        if not rows:
            return []
        columns = [attr.key for attr in inspect(model).column_attrs if attr.key != "id"]
        values = [{key: row.__dict__[key] for key in columns if key in row.__dict__} for row in rows]
        ids = [row.id for row in self.s.execute(insert(model).returning(model.id), values)]
        return list(self.s.scalars(select(model).where(model.id.in_(ids))))

    def patient_by_identity(self, identity: str) -> Patient | None:
        found = self.patients.get(identity)
        return found if found is not None else self.s.scalar(select(Patient).where(Patient.personnummer == identity))

    def remember(self, e: InboundEntry, **values: Any) -> None:
        key = (e.resource_type, e.server_id)
        self.held[key] = remember(self.s, self.ctx, e.resource_type, e.server_id, e.version, e.last_updated,
                                  held=self.held.get(key), **values)

    def apply(self, e: InboundEntry) -> None:
        held = self.held.get((e.resource_type, e.server_id))
        if held is not None and held.version >= e.version:
            self.report.unchanged += 1
            return
        data = self.parsed[id(e)]
        if isinstance(data, InboundError):
            self.report.skipped += 1
            log.warning("skipped %s/%s version %s: %s", e.resource_type, e.server_id, e.version, data)
            return
        done = self._apply(e, held, data)
        if done is False:  # nothing to place it on (yet): not remembered, a later version may still apply
            if self.deferred is not None:
                self.deferred.append(e)
            else:
                self.report.skipped += 1
                log.warning("%s/%s names a patient not known here; skipped", e.resource_type, e.server_id)
            return
        self.report.applied += 1

    def _apply(self, e: InboundEntry, held: SyncResource | None, data: Any) -> bool:
        if e.resource_type == "Patient":
            return self._patient_deleted(e, held) if e.deleted else self._patient(e, held, data)
        if e.resource_type == "EpisodeOfCare":
            if e.deleted:
                self.remember(e, deleted=True)
                return True
            return self._episode(e, held, data)
        if e.resource_type == "Flag":
            return self._flag(e, data)
        self.remember(e, deleted=e.deleted)
        return True

    # --- Patient ----------------------------------------------------------------------------------

    def _patient(self, e: InboundEntry, held: SyncResource | None, d: PatientData) -> bool:
        p = self.s.get(Patient, held.patient_id) if held is not None and held.patient_id else None
        if p is None:
            p = self.patients.get(d.identity)
        if p is not None and p.id in self.unannounced:
            self.unannounced.discard(p.id)
            self.report.new_patients += 1
            self.note(p.id, "ny patient")
        elif p is None:
            p = Patient(personnummer=d.identity, id_kind=d.id_kind, birth_date=d.birth_date, protected_identity=False,
                        first_name=d.first_name, last_name=d.last_name, sex=d.sex, **name_columns(d.first_name, d.last_name),
                        **self.stamp())
            self._fill(p, d)
            self.s.add(p)
            self.s.flush()
            self.patients[p.personnummer] = p
            self.created.add(p.id)
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
        self.remember(e, patient_id=p.id)
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
        links = {} if p.id in self.created else {link.position: link for link in self.s.scalars(
            select(PatientGuardian).where(PatientGuardian.patient_id == p.id))}
        for position, g in enumerate(d.guardians[:2], start=1):
            link = links.get(position)
            current = self.s.get(Guardian, link.guardian_id) if link else None
            if current is not None and ((g.identity and current.personnummer == g.identity)
                                        or (not current.personnummer and fold(current.name) == fold(g.name))):
                target = current
            else:
                target = self.guardians.get(g.identity) if g.identity else None
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
            if target.personnummer:
                self.guardians[target.personnummer] = target
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
        self.remember(e, deleted=True)
        return True

    # --- EpisodeOfCare ----------------------------------------------------------------------------

    def _patient_of(self, d: EpisodeData, listing: Listing | None) -> Patient | None:
        if listing is not None:
            return self.s.get(Patient, listing.patient_id)
        if d.patient_server_id:
            key = ("Patient", d.patient_server_id)
            held = self.held.get(key) or self.s.get(SyncResource, key)
            if held is not None and held.patient_id:
                return self.s.get(Patient, held.patient_id)
        return self.patient_by_identity(d.patient_identity) if d.patient_identity else None

    def _find_listing(self, e: InboundEntry, d: EpisodeData, held: SyncResource | None) -> Listing | None:
        if d.identifier:
            found = self.s.scalar(select(Listing).where(Listing.uuid == d.identifier))
            if found is not None:
                return found
        if held is None:  # a listing gets its server id only together with this row (here and in push)
            return None
        return self.s.scalar(select(Listing).where(Listing.server_id == e.server_id))  # ix_listing_server_id

    def _imported_match(self, p: Patient, d: EpisodeData) -> Listing | None:
        """A listing brought from an earlier system is known to the region under its own id only."""
        if p.id in self.created:
            return None
        candidates = list(self.s.scalars(select(Listing).where(
            Listing.patient_id == p.id, Listing.listing_type == d.listing_type, Listing.server_id.is_(None),
            Listing.origin != "local")))
        same_start = [li for li in candidates if li.start_date == d.start]
        if same_start:
            return same_start[0]
        today = self.ctx.today
        current = [li for li in candidates if rules.is_current(li.status, li.start_date, li.end_date, today)]
        return current[0] if len(current) == 1 and d.status in ("planned", "active") else None

    def _episode(self, e: InboundEntry, held: SyncResource | None, d: EpisodeData) -> bool:
        listing = self._find_listing(e, d, held)
        p = self._patient_of(d, listing)
        if p is None and d.status == "entered-in-error":  # a mistake about someone not known here: nothing to do
            self.remember(e)
            return True
        if p is None:
            return False
        if listing is None:
            listing = self._imported_match(p, d)
        status = STATUS[d.status]  # _read checked it
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
            if changed.get("end_reason") == "omval" and self.hooks.listing_rechosen:  # issue 13: offer a record copy
                self.hooks.listing_rechosen(self.s, p.id)
            if was_current and not rules.is_current(listing.status, listing.start_date, listing.end_date, self.ctx.today):
                self.report.ended_listings += 1
                self.note(p.id, f"listning avslutad ({listing.end_reason or listing.status})")
            elif set(changed) - {"server_id", "server_version"}:
                self.note(p.id, "listning")
        self.remember(e, identifier=f"urn:uuid:{d.identifier}" if d.identifier else None, patient_id=p.id)
        return True

    # --- Flag (listing stop) ------------------------------------------------------------------------

    def _flag(self, e: InboundEntry, d: FlagData | None) -> bool:
        if d is None:  # deleted
            self.remember(e, deleted=True)
            return True
        stop = self.s.scalar(select(ListingStop).where(ListingStop.uuid == d.identifier)) if d.identifier else None
        if stop is None:
            log.warning("Flag/%s is no listing stop known here", e.server_id)
        elif d.status == "inactive" and d.end is not None and stop.end_date is None:
            stop.end_date = d.end  # lifted at the region (e.g. from another workstation's database)
            self.touch(stop)
        self.remember(e, identifier=f"urn:uuid:{d.identifier}" if d.identifier else None)
        return True
