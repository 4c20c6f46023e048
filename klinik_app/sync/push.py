"""Push: drain the outbox, one transaction Bundle per item (regional-listing-api.md "Outbound", "Errors").

- Items of one patient go in the order they were made, one at a time; different patients' items go
  side by side (`RegionClient.in_flight` at once, issue 7). A refused or conflicting item holds back
  only the later items of the same patient (clinic-wide items, listing stops, form one group of
  their own).
- Every retry of an item carries the item's `Idempotency-Key`, and the bundle's identifiers are
  derived from the clinic's uuids: a repeated send creates nothing twice.
- Each item's result is written in one database transaction: 2xx -> sent, with the region's ids and
  versions; 400/404/422 -> "needs attention" with the error code and its Swedish meaning; 409/412
  -> conflict; transient faults leave it waiting with a backoff (the cycle stops); a refusal of
  the clinic (401/403, certificate) stops the cycle and touches nothing.
- R-TG-4: `fhir_map.build` refuses a protected patient (the item and the patient's other unsent
  items are withdrawn), and as a last check no body leaves that holds the identity number of a
  patient marked protected here.

A plain function that blocks on the network: the window runs it in a background task, never on the
GUI thread.
"""

from __future__ import annotations

import gc
import logging
import random
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, cast, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from klinik_app.db.engine import WRITE
from klinik_app.db.models import Listing, OutboxItem, Patient, SyncResource
from klinik_app.logs import redact
from klinik_app.sync import codes as C
from klinik_app.sync import state
from klinik_app.sync.client import RegionClient, RegionUnreachable, outcome_text
from klinik_app.sync.fhir_map import KINDS, NotSendable, Outbound, Part, ProtectedPatientNotSent, build
from klinik_app.sync.state import ATTENTION, CONFLICT, SENT, WAITING, WITHDRAWN, format_instant, parse_instant

log = logging.getLogger("klinik.sync.push")

BACKOFF_BASE_SECONDS = 5.0
BACKOFF_CAP_SECONDS = 15 * 60.0  # the contract: exponential backoff with jitter, cap 15 minutes

# The statements of every item, built once: building and keying a statement anew cost more than running it.
ITEM_WAITING = select(OutboxItem.__table__).where(OutboxItem.id == bindparam("item"), OutboxItem.status == WAITING)
ITEM_EXISTS = select(OutboxItem.id).where(OutboxItem.id == bindparam("item"))
# A sent item in one UPDATE, its row version moved as the ORM's would (the cycle holds the write lock).
ITEM_SENT = update(OutboxItem).where(OutboxItem.id == bindparam("item")).values(
    status=SENT, attempts=OutboxItem.attempts + 1, next_attempt_at=None, sent_at=bindparam("now"), error_code=None,
    last_error=bindparam("warnings"), row_version=OutboxItem.row_version + 1)
# Two INs, not a row-value IN: SQLite searches the primary key with the former and scans the table for the latter.
HELD_RESOURCES = select(SyncResource).where(SyncResource.resource_type.in_(bindparam("types", expanding=True)),
                                            SyncResource.server_id.in_(bindparam("ids", expanding=True)))
# The region's id and version of a listing, only when new; the row version moves as the ORM's would.
EPISODE_IDS = update(Listing).where(
    Listing.uuid == bindparam("listing"),
    or_(Listing.server_version.is_(None), cast(Listing.server_version, Integer) < bindparam("version"),
        Listing.server_id.is_(None), Listing.server_id != bindparam("region_id")),
).values(server_id=bindparam("region_id"), server_version=bindparam("version_text"), modified_at=bindparam("now"),
         modified_by=bindparam("who"), row_version=Listing.row_version + 1)
SYNC_RESOURCE_INSERT = insert(SyncResource)


@dataclass
class Hooks:
    """What the sync needs from the services layer above it (kept out of this package's imports)."""

    withdraw: Callable[[Session, int], int]  # services.outbox.withdraw_for_patient
    record_access: Callable[[Session, str, list[int | None], str], None]  # services.access_log.record
    listing_rechosen: Callable[[Session, int], None] | None = None  # services.record_copy.open_task (issue 13)
    # R4B validation of outbound resources (domain.fhir_shapes.ShapeValidator: once per shape, not
    # per item); None: fhir_map validates every resource with the models.
    validate_resource: Callable[[dict[str, Any]], None] | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """An item that needs the user: for the command's lines and, later, the window's lists."""

    item_id: int
    patient_id: int | None
    kind: str
    status: str  # attention | conflict
    code: str | None
    message: str


@dataclass
class PushReport:
    sent: int = 0
    withdrawn: int = 0
    held_back: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def attention(self) -> int:
        return sum(p.status == ATTENTION for p in self.problems)

    @property
    def conflicts(self) -> int:
        return sum(p.status == CONFLICT for p in self.problems)


def backoff_seconds(attempts: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
    """Exponential backoff with jitter (half fixed, half random), capped; `Retry-After` is obeyed."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), 24 * 3600.0)
    ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)


def felkod_of(body: dict[str, Any] | None) -> str | None:
    if not isinstance(body, dict):
        return None
    for item in body.get("issue") or []:
        for coding in (item.get("details") or {}).get("coding") or []:
            if coding.get("system") == C.CS_FELKOD and coding.get("code"):
                return str(coding["code"])
    return None


def push(ctx: Any, client: RegionClient, hooks: Hooks, *, clinic_hsa: str) -> PushReport:
    """Send every waiting item once. Raises RegionUnreachable / RegionRefused (the cycle stops).

    Up to `client.in_flight` transactions are on their way at once, each for a different patient;
    a patient's next item leaves only once the answer to the previous one is written. The worker
    threads only talk to the region: every database read and write runs on this thread, one
    transaction per item, so SQLite never sees two writers. After a transient fault, a refusal of
    the clinic or an error, nothing new leaves; the answers on their way are written, then it is raised."""
    report = PushReport()
    with ctx.sessions() as s:
        rows = s.execute(select(OutboxItem.id, OutboxItem.patient_id, OutboxItem.status)
                         .where(OutboxItem.status.in_((WAITING, ATTENTION, CONFLICT))).order_by(OutboxItem.id)).all()
        protected_numbers = set(s.scalars(select(Patient.personnummer).where(Patient.protected_identity.is_(True))))
    blocked = {r.patient_id for r in rows if r.status in (ATTENTION, CONFLICT)}
    queues: dict[int | None, deque[int]] = {}  # per patient (None: the clinic's own items), in the order made
    for item_id, patient_id, status in rows:
        if status != WAITING:
            continue
        if patient_id in blocked:  # a refused item holds back the later items of the same patient
            report.held_back += 1
            continue
        queues.setdefault(patient_id, deque()).append(item_id)
    turn = deque(queues)  # patients whose next item may leave, in the order of their first item
    stop: BaseException | None = None
    # `sync.next_attempt_at` is cleared by the first answer after a transient fault (or the first of
    # all), not by every answer: only this thread writes it while the cycle lock is held.
    next_attempt_cleared = False
    with _older_objects_frozen(), ctx.engine.connect() as connection, \
            ThreadPoolExecutor(max_workers=client.in_flight, thread_name_prefix="sync-push") as pool:
        ctx = _Drain(ctx, connection)
        sender = _Sender(ctx, hooks, report, clinic_hsa, protected_numbers)
        flying: dict[Future, tuple[int | None, Outbound]] = {}  # -> (the patient's queue, what was sent)
        while True:
            while stop is None and turn and len(flying) < client.in_flight:
                patient_id = turn.popleft()
                ready = sender.next_of(queues[patient_id])
                if ready is not None:
                    outbound, body = ready
                    flying[pool.submit(client.transaction, body, outbound.idempotency_key)] = (patient_id, outbound)
            if not flying:
                break
            done, _ = wait(flying, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: flying[f][1].item_id):
                patient_id, outbound = flying.pop(future)
                try:
                    answer = future.result()
                except RegionUnreachable as e:
                    _transient(ctx, outbound.item_id, e)
                    next_attempt_cleared = False
                    stop = stop or e
                    continue
                except Exception as e:  # RegionRefused or a fault: touch nothing more, stop
                    stop = stop or e
                    continue
                sent_before = report.sent
                held_back = _record(ctx, outbound, answer.status, answer.body, hooks, report,
                                    clear_next_attempt=not next_attempt_cleared)
                next_attempt_cleared |= report.sent > sent_before
                if held_back:
                    sender.hold_back(queues[patient_id])  # a refused item holds back the patient's later items
                elif queues[patient_id]:
                    turn.appendleft(patient_id)  # its next item goes before other patients' first ones
    if stop is not None:
        raise stop
    return report


@contextmanager
def _older_objects_frozen() -> Iterator[None]:
    """A full garbage collection in this (background) thread holds the GIL while it walks the whole heap:
    in a drain of 10,000 items that stalled the window's event loop for 110-170 ms. What exists before
    the drain is left out of collections until it ends (process-wide, as pull.py does while it reads).
    Under the window's own collector (automatic collection off: ui/gui_gc.py) nothing is done: it walks
    no oldest generation while a task runs, and thawing would undo its freeze of the start-up heap."""
    if not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Drain:
    """The service context for one drain, with its transactions (one per item, as `ctx.begin()`) on
    one connection: not a pool checkout and reset for each, which cost a tenth of the client's time."""

    def __init__(self, ctx: Any, connection: Connection) -> None:
        self.ctx = ctx
        self._writing = sessionmaker(connection.execution_options(**{WRITE: True}), expire_on_commit=False)

    def begin(self) -> Session:
        return self._writing.begin()

    def now(self) -> datetime:
        return self.ctx.now()

    @property
    def actor(self) -> Any:
        return self.ctx.actor

    @property
    def rules(self) -> Any:
        return self.ctx.rules


class _Sender:
    """Turns a patient's queue into its next bundle to send (on the database thread)."""

    def __init__(self, ctx: Any, hooks: Hooks, report: PushReport, clinic_hsa: str,
                 protected_numbers: set[str]) -> None:
        self.ctx, self.hooks, self.report, self.clinic_hsa = ctx, hooks, report, clinic_hsa
        self.protected_numbers = protected_numbers

    def next_of(self, queue: deque[int]) -> tuple[Outbound, bytes] | None:
        """The next sendable item of the queue and its body; what cannot be sent is settled on the way.
        An item that needs the user holds back the rest of the queue (counted as held back)."""
        while queue:
            item_id = queue.popleft()
            outbound = _prepare(self.ctx, item_id, self.hooks, self.report, self.clinic_hsa)
            if outbound is None:
                if any(p.item_id == item_id for p in self.report.problems):
                    self.hold_back(queue)
                continue
            body = outbound.body
            if any(number.encode() in body for number in self.protected_numbers):
                # R-TG-4, last line: e.g. a guardian who is a protected patient here. Never sent.
                log.error("item %s: body holds a protected identity number; not sent", item_id)
                _problem(self.ctx, item_id, ATTENTION, "skyddad-identitet", C.FELKOD["skyddad-identitet"], self.report)
                self.hold_back(queue)
                continue
            return outbound, body
        return None

    def hold_back(self, queue: deque[int]) -> None:
        self.report.held_back += len(queue)
        queue.clear()


def _prepare(ctx: Any, item_id: int, hooks: Hooks, report: PushReport, clinic_hsa: str) -> Outbound | None:
    """Build the item's bundle from the rows as they are now; refusals are settled in the same transaction."""
    with ctx.begin() as s:
        # A row, not an object: the unit of work is needed only when a refusal settles the item (`_settle`).
        item = s.connection().execute(ITEM_WAITING, {"item": item_id}).first()
        if item is None:  # withdrawn or settled by another workstation meanwhile
            return None
        try:
            return build(s, item, clinic_hsa=clinic_hsa, rules=ctx.rules, validate_resource=hooks.validate_resource)
        except ProtectedPatientNotSent as e:
            log.error("outbox item %s is about protected patient %s: withdrawn, never sent (R-TG-4)", item_id,
                      e.patient_id)
            if item.patient_id != e.patient_id:  # the item names someone else: it alone goes
                _settle(s, item_id, status=WITHDRAWN, error_code="skyddad-identitet",
                        last_error=C.FELKOD["skyddad-identitet"])
                report.withdrawn += 1
            report.withdrawn += hooks.withdraw(s, e.patient_id)
            return None
        except NotSendable as e:
            if e.withdraw:
                _settle(s, item_id, status=WITHDRAWN, error_code=e.code, last_error=e.message)
                report.withdrawn += 1
                log.info("outbox item %s (%s) withdrawn: %s", item_id, item.kind, e.code)
                return None
            _settle(s, item_id, status=ATTENTION, error_code=e.code, last_error=e.message, next_attempt_at=None)
            report.problems.append(Problem(item.id, item.patient_id, item.kind, ATTENTION, e.code, e.message))
            log.warning("outbox item %s (%s) needs attention before it can be sent: %s", item_id, item.kind, e.code)
            return None


def _settle(s: Session, item_id: int, **values: Any) -> None:
    """A refused item changed through the ORM (rare: its row version moves and is checked as elsewhere)."""
    item = s.get(OutboxItem, item_id)
    for name, value in values.items():
        setattr(item, name, value)


def _problem(ctx: Any, item_id: int, status: str, code: str, message: str, report: PushReport) -> None:
    with ctx.begin() as s:
        item = s.get(OutboxItem, item_id)
        item.status, item.error_code, item.last_error, item.next_attempt_at = status, code, message, None
        report.problems.append(Problem(item.id, item.patient_id, item.kind, status, code, message))


def _transient(ctx: Any, item_id: int, error: RegionUnreachable) -> None:
    """The item stays waiting; the next try waits (backoff with jitter, or Retry-After)."""
    now = ctx.now()
    with ctx.begin() as s:
        item = s.get(OutboxItem, item_id)
        if item is None:
            return
        item.attempts += 1
        delay = backoff_seconds(item.attempts, error.retry_after)
        item.next_attempt_at = now + timedelta(seconds=delay)
        item.last_error = error.message
        state.put(s, state.NEXT_ATTEMPT, format_instant(item.next_attempt_at), now=now, who=ctx.actor.user_id)
    log.warning("outbox item %s stays waiting (%s); next attempt in %.0f s", item_id, error.reason, delay)


def _record(ctx: Any, out: Outbound, status: int, body: dict[str, Any] | None, hooks: Hooks,
            report: PushReport, *, clear_next_attempt: bool = True) -> bool:
    """Write the answer to one item in one transaction. Returns True when it holds back the patient.
    `clear_next_attempt`: a sent item clears `sync.next_attempt_at` (False: already cleared in this drain)."""
    now = ctx.now()
    with ctx.begin() as s, s.no_autoflush:  # one UPDATE of the item at commit, not one per query before it
        if 200 <= status < 300:
            # The item is not loaded as an object: one plain UPDATE (the unit of work cost a tenth of an answer).
            if s.connection().scalar(ITEM_EXISTS, {"item": out.item_id}) is None:
                log.warning("outbox item %s vanished while it was sent", out.item_id)
                return False
            warnings = _store_ids(s, ctx, out, body or {}, now)  # the region's warnings are shown with the item
            s.connection().execute(ITEM_SENT, {"item": out.item_id, "now": now, "warnings": " ".join(warnings) or None})
            report.sent += 1
            report.warnings.extend(warnings)
            if out.patient_id is not None:
                hooks.record_access(s, "export", [out.patient_id], f"skickat till regionen: {KINDS.get(out.kind, out.kind)}")
            if clear_next_attempt:
                state.put(s, state.NEXT_ATTEMPT, None, now=now, who=ctx.actor.user_id)
            log.info("outbox item %s (%s) sent", out.item_id, out.kind)
            return False
        item = s.get(OutboxItem, out.item_id)
        if item is None:  # withdrawn meanwhile: the region's answer changes nothing here
            log.warning("outbox item %s vanished while it was sent", out.item_id)
            return False
        item.attempts += 1
        item.next_attempt_at = None
        region_text = outcome_text(body)
        if region_text:  # shown in lists and on the command's standard error: never an identity number
            region_text = redact(region_text)
        if status in (409, 412):
            item.status, item.error_code = CONFLICT, str(status)
            item.last_error = (C.REGION_SAID.format(meaning=C.CONFLICT_TEXT, region=region_text) if region_text
                               else C.CONFLICT_TEXT)
        else:
            code = felkod_of(body) or {400: "ogiltig", 404: "saknas-i-regionen"}.get(status, "nekad")
            message = C.meaning(code) or region_text or code
            if region_text and region_text != message:
                message = C.REGION_SAID.format(meaning=message, region=region_text)
            item.status, item.error_code, item.last_error = ATTENTION, code, message
        report.problems.append(Problem(item.id, item.patient_id, item.kind, item.status, item.error_code,
                                       item.last_error))
        log.warning("outbox item %s (%s) answered %s: %s", out.item_id, out.kind, status, item.error_code)
        return True


def _location(response: dict[str, Any]) -> tuple[str, str, int | None] | None:
    parts = str(response.get("location") or "").split("/")
    if len(parts) < 2:
        return None
    version = int(parts[3]) if len(parts) >= 4 and parts[2] == "_history" and parts[3].isdigit() else None
    etag = str(response.get("etag") or "").removeprefix("W/").strip('"')
    if etag.isdigit():
        version = int(etag)
    return parts[0], parts[1], version


def _store_ids(s: Session, ctx: Any, out: Outbound, body: dict[str, Any], now: datetime) -> list[str]:
    """The region's ids and versions of what was sent; returns its warnings (Swedish texts)."""
    by_url = {p.full_url: p for p in out.parts}
    warnings: list[str] = []
    answered: list[tuple[Part, tuple[str, str, int], dict[str, Any]]] = []
    for index, entry in enumerate(body.get("entry") or []):
        part: Part | None = by_url.get(entry.get("fullUrl")) or (out.parts[index] if index < len(out.parts) else None)
        response = entry.get("response") or {}
        for issue in (response.get("outcome") or {}).get("issue") or []:
            if issue.get("severity") == "warning" and (issue.get("details") or {}).get("text"):
                warnings.append(redact(str(issue["details"]["text"])))
        found = _location(response)
        if part is None or found is None or part.resource_type == "Provenance" or found[2] is None:
            continue
        answered.append((part, found, response))
    # The rows already kept for these resources, in one query rather than one per resource.
    keys = {(resource_type, server_id) for _, (resource_type, server_id, _), _ in answered}
    held = {(r.resource_type, r.server_id): r for r in s.scalars(HELD_RESOURCES, {
        "types": sorted({k[0] for k in keys}), "ids": sorted({k[1] for k in keys})})} if keys else {}
    who = ctx.actor.user_id
    new_rows: dict[tuple[str, str], dict[str, Any]] = {}  # first seen: plain inserts, not the unit of work
    for part, (resource_type, server_id, version), response in answered:
        when = response.get("lastModified")
        last_updated = parse_instant(when) if when else now
        key = (resource_type, server_id)
        if key in held:
            held[key] = remember(s, ctx, resource_type, server_id, version, last_updated,
                                 identifier=part.identifier, patient_id=part.patient_id, held=held[key])
        elif key not in new_rows or new_rows[key]["version"] < version:
            new_rows[key] = {"resource_type": resource_type, "server_id": server_id, "version": version,
                             "last_updated": last_updated, "identifier": part.identifier, "patient_id": part.patient_id,
                             "deleted": False, "created_at": now, "created_by": who, "modified_at": now,
                             "modified_by": who, "row_version": 1}
        if resource_type == "EpisodeOfCare" and part.identifier:
            s.connection().execute(EPISODE_IDS, {
                "listing": part.identifier.removeprefix("urn:uuid:"), "version": version, "region_id": server_id,
                "version_text": str(version), "now": now, "who": who})
    if new_rows:
        s.connection().execute(SYNC_RESOURCE_INSERT, list(new_rows.values()))
    return warnings


UNKNOWN: Any = object()


def remember(s: Session, ctx: Any, resource_type: str, server_id: str, version: int, last_updated: datetime | None, *,
             identifier: str | None = None, patient_id: int | None = None, deleted: bool = False,
             held: SyncResource | None = UNKNOWN) -> SyncResource:
    """Keep the newest version of a region resource the clinic has seen or made. `held`: the row as
    the caller already looked it up (None: there is none), so the database is not asked again."""
    now, who = ctx.now(), ctx.actor.user_id
    row = s.get(SyncResource, (resource_type, server_id)) if held is UNKNOWN else held
    if row is None:
        row = SyncResource(resource_type=resource_type, server_id=server_id, version=version, last_updated=last_updated,
                           identifier=identifier, patient_id=patient_id, deleted=deleted,
                           created_at=now, created_by=who, modified_at=now, modified_by=who)
        s.add(row)
        return row
    changes: dict[str, Any] = {}
    if version > row.version:
        changes |= {"version": version, "last_updated": last_updated, "deleted": deleted}
    if identifier and not row.identifier:
        changes["identifier"] = identifier
    if patient_id is not None and row.patient_id is None:
        changes["patient_id"] = patient_id
    if changes:
        for name, value in changes.items():
            setattr(row, name, value)
        row.modified_at, row.modified_by = now, who
    return row
