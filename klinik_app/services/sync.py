"""Sync with the regional listing service: one cycle (push the outbox, then pull), and its status.

The use case the command (`klinik sync`, `klinik sync-status`) and, later, the window call. It
blocks on the network: the window runs it in a background task, never on the GUI thread.

Outcomes (interchange.md exit codes; when several hold, the highest of 6, 5, 4):
- 6 the region refused the clinic (certificate, 401/403, an unsupported server): nothing changed;
- 5 the region could not be reached: the items stay waiting (nothing is lost), the next attempt
  waits (backoff with jitter, or the region's Retry-After), no pull;
- 4 items need attention or conflicts exist (after this cycle, including earlier ones);
- 0 everything was sent and pulled.

Backoff: a cycle stops at the first transient fault and records when to try again (exponential with
jitter, capped at 15 minutes, or the region's Retry-After) on the item and as `sync.next_attempt_at`;
the automatic scheduler (the window, later) waits until then. A cycle asked for explicitly (the
command) first reads `metadata`: one request, and when the region answers it is back, so the
waiting items are tried at once.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select

from klinik_app.db.models import Clinic, OutboxItem, Patient
from klinik_app.domain.messages import Text, joined, text_of
from klinik_app.domain.permissions import SETTINGS_MANAGE, SYNC_RESOLVE, SYNC_RUN
from klinik_app.services import access_log, outbox, record_copy
from klinik_app.services.concurrency import guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import (
    SYNC_CA,
    SYNC_CLIENT_CERT,
    SYNC_CLIENT_KEY,
    SYNC_SERVER_URL,
    check_settings,
    get_setting,
    put_settings,
    read_settings,
)
from klinik_app.sync import codes, conflict, connection_check, state
from klinik_app.sync.client import RegionClient, RegionRefused, RegionUnreachable, SyncSetupError
from klinik_app.sync.fhir_map import KINDS, NotSendable, ProtectedPatientNotSent, build
from klinik_app.sync.pull import PullReport, pull
from klinik_app.sync.push import Hooks, Problem, PushReport, backoff_seconds, push

log = logging.getLogger("klinik.sync")

OK, ATTENTION, UNREACHABLE, REFUSED = 0, 4, 5, 6


@dataclass(frozen=True, slots=True)
class SyncSettings:
    server: str
    client_cert: str | None
    client_key: str | None
    ca: str | None


def sync_settings(ctx: ServiceContext, *, server: str | None = None, client_cert: str | None = None,
                  client_key: str | None = None, ca: str | None = None) -> SyncSettings:
    """The clinic's settings, each overridden by what the command was given."""
    chosen = SyncSettings(server or get_setting(ctx, SYNC_SERVER_URL),
                          client_cert or get_setting(ctx, SYNC_CLIENT_CERT) or None,
                          client_key or get_setting(ctx, SYNC_CLIENT_KEY) or None,
                          ca or get_setting(ctx, SYNC_CA) or None)
    if not chosen.server:
        raise SyncSetupError(QT_TRANSLATE_NOOP("services", "Adressen till regionens listningstjänst är inte inställd. "
                                                           "Ange --server URL eller ställ in den under Inställningar."),
                             usage=True)
    if bool(chosen.client_cert) != bool(chosen.client_key):
        raise SyncSetupError(QT_TRANSLATE_NOOP("services", "Ange både klientcertifikat och nyckel (--client-cert och "
                                                           "--client-key)."),
                             usage=True)
    return chosen


@dataclass
class CycleResult:
    exit_code: int
    summary: str  # one Swedish line (a `Text`: the window shows it translated)
    status: state.Status
    push: PushReport | None = None
    pull: PullReport | None = None
    problems: list[str] = field(default_factory=list)  # one Swedish line per item that needs the user
    busy: bool = False  # another workstation was syncing: nothing was tried


def hooks(ctx: ServiceContext) -> Hooks:
    """The services the sync engine calls back: withdraw a patient's unsent items, write the access log."""
    return Hooks(withdraw=outbox.withdraw_for_patient,
                 record_access=lambda s, action, ids, detail: access_log.record(s, ctx, action, ids, detail=detail),
                 listing_rechosen=lambda s, patient_id: record_copy.open_task(s, ctx, patient_id),
                 validate_resource=ShapeValidator())  # one per cycle: the R4B models once per bundle shape


def clinic_hsa_id(ctx: ServiceContext) -> str:
    with ctx.sessions() as s:
        hsa_id = s.scalar(select(Clinic.hsa_id).limit(1))
    if not hsa_id:
        raise SyncSetupError(QT_TRANSLATE_NOOP("services", "Databasen har ingen klinik än. Kör klinik init först."))
    return hsa_id


BUSY_TEXT = QT_TRANSLATE_NOOP("services", "En annan arbetsstation synkroniserar just nu; försök igen om en stund.")


def run_cycle(ctx: ServiceContext, settings: SyncSettings | None = None, *, transport=None) -> CycleResult:
    """One sync cycle: metadata, push every waiting item, then pull. `transport` replaces the network in tests.

    One cycle at a time per database (state.cycle_lock): a second workstation is told so and exits
    5, nothing lost; it sets no next attempt (the cycle that runs does)."""
    require(ctx, SYNC_RUN)
    settings = settings or sync_settings(ctx)
    clinic_hsa = clinic_hsa_id(ctx)
    try:
        with _lock(ctx):
            return _cycle(ctx, settings, clinic_hsa, transport)
    except state.SyncBusy:
        log.info("sync cycle not started: another workstation holds the sync lock")
        return CycleResult(UNREACHABLE, Text(BUSY_TEXT), sync_status(ctx), busy=True)


def _lock(ctx: ServiceContext):
    holder = f"{ctx.actor.workstation}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
    return state.cycle_lock(ctx.engine, holder=holder, who=ctx.actor.user_id, now=ctx.now())


def _cycle(ctx: ServiceContext, settings: SyncSettings, clinic_hsa: str, transport) -> CycleResult:
    engine_hooks = hooks(ctx)
    pushed: PushReport | None = None
    pulled: PullReport | None = None
    with ctx.begin() as s:
        state.put(s, state.LAST_ATTEMPT, state.format_instant(ctx.now()), now=ctx.now(), who=ctx.actor.user_id)
    stage = "metadata"
    try:
        with RegionClient(settings.server, client_cert=settings.client_cert, client_key=settings.client_key,
                          ca=settings.ca, transport=transport) as client:
            client.metadata()
            stage = "push"
            pushed = push(ctx, client, engine_hooks, clinic_hsa=clinic_hsa)
            stage = "pull"
            pulled = pull(ctx, client, engine_hooks)
    except RegionRefused as e:
        log.error("sync refused by the region during %s: %s", stage, e.reason)
        return _result(ctx, REFUSED, e, pushed, pulled)
    except RegionUnreachable as e:
        log.warning("sync stopped during %s, region unreachable: %s", stage, e.reason)
        if stage != "push":  # a failed item has set its own next attempt (push._transient)
            now = ctx.now()
            with ctx.begin() as s:
                wait = timedelta(seconds=backoff_seconds(1, e.retry_after))
                state.put(s, state.NEXT_ATTEMPT, state.format_instant(now + wait), now=now, who=ctx.actor.user_id)
        return _result(ctx, UNREACHABLE, e, pushed, pulled)
    with ctx.begin() as s:
        now = ctx.now()
        state.put(s, state.LAST_SUCCESS, state.format_instant(now), now=now, who=ctx.actor.user_id)
        state.put(s, state.NEXT_ATTEMPT, None, now=now, who=ctx.actor.user_id)
    _retry_unknown_payers(ctx, settings, transport)
    return _result(ctx, OK, None, pushed, pulled)


def _retry_unknown_payers(ctx: ServiceContext, settings: SyncSettings, transport) -> None:
    """The region answers again: ask who pays for emergency visits still waiting (R-EM-1)."""
    from klinik_app.services import emergency  # emergency uses this module's settings

    try:
        emergency.retry_unknown(ctx, settings=settings, transport=transport)
    except Exception:  # never let the payer list spoil a good cycle; it is tried again next time
        log.exception("retrying unknown emergency payers failed")


def _result(ctx: ServiceContext, code: int, stopped: BaseException | None, pushed: PushReport | None,
            pulled: PullReport | None) -> CycleResult:
    """The cycle's outcome; its summary is a `Text` of marked templates (the command prints the Swedish)."""
    status = sync_status(ctx)
    if code == OK and (status.attention or status.conflicts):
        code = ATTENTION
    done: list[str] = []
    if pushed is not None:
        done.append(Text(QT_TRANSLATE_NOOP("services", "{count} ändring skickade") if pushed.sent == 1
                         else QT_TRANSLATE_NOOP("services", "{count} ändringar skickade"), count=pushed.sent))
    if pulled is not None:
        details = _pulled_details(pulled)
        done.append(Text(QT_TRANSLATE_NOOP("services", "{count} från regionen ({details})"), count=pulled.applied,
                         details=joined(details)) if details
                    else Text(QT_TRANSLATE_NOOP("services", "{count} från regionen"), count=pulled.applied))
    queue = Text(QT_TRANSLATE_NOOP("services", "{waiting} väntar, {attention} behöver åtgärd, {conflicts} konflikt")
                 if status.conflicts == 1
                 else QT_TRANSLATE_NOOP("services", "{waiting} väntar, {attention} behöver åtgärd, {conflicts} "
                                                    "konflikter"),
                 waiting=status.waiting, attention=status.attention, conflicts=status.conflicts)
    if code == REFUSED:
        summary = Text(QT_TRANSLATE_NOOP("services", "{stopped} Kön: {queue}."), stopped=text_of(stopped), queue=queue)
    elif code == UNREACHABLE:
        summary = Text(QT_TRANSLATE_NOOP("services", "{stopped} Inget har gått förlorat. Kön: {queue}."),
                       stopped=text_of(stopped), queue=queue)
    elif code == ATTENTION:
        summary = Text(QT_TRANSLATE_NOOP("services", "Synkroniserat med regionen: {done}. Kön: {queue}. Se listan "
                                                     "över ändringar som behöver åtgärd."),
                       done=joined(done), queue=queue)
    else:
        summary = Text(QT_TRANSLATE_NOOP("services", "Synkroniserat med regionen: {done}. Kön: {queue}."),
                       done=joined(done), queue=queue)
    return CycleResult(code, summary, status, pushed, pulled, _problem_lines(ctx, pushed.problems if pushed else []))


def _pulled_details(p: PullReport) -> list[str]:
    parts = []
    if p.new_patients:
        parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} nya patienter"), count=p.new_patients))
    if p.new_listings:
        parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} nya listningar"), count=p.new_listings))
    if p.ended_listings:
        parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} avslutade listningar"), count=p.ended_listings))
    if p.updated_patients:
        parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} ändrade patientuppgifter"),
                          count=p.updated_patients))
    if p.protected:
        parts.append(Text(QT_TRANSLATE_NOOP("services", "{count} med skyddad identitet"), count=p.protected))
    return parts


def _problem_lines(ctx: ServiceContext, problems: list[Problem]) -> list[str]:
    """The items this cycle moved to "needs attention" or conflicts, by name (never an identity number)."""
    if not problems:
        return []
    with ctx.sessions() as s:
        ids = {p.patient_id for p in problems if p.patient_id is not None}
        names = {row.id: f"{row.first_name} {row.last_name}" for row in s.execute(
            select(Patient.id, Patient.first_name, Patient.last_name).where(Patient.id.in_(ids)))} if ids else {}
    lines = []
    for p in problems:
        what = KINDS.get(p.kind, p.kind)
        who = f" för {names[p.patient_id]}" if p.patient_id in names else ""
        label = "Konflikt" if p.status == state.CONFLICT else "Behöver åtgärd"
        lines.append(f"{label}: {what}{who}: {p.message}")
    return lines


def sync_status(ctx: ServiceContext) -> state.Status:
    """What the status bar and `klinik sync-status` show."""
    with ctx.sessions() as s:
        return state.status(s)


def unsent_items(ctx: ServiceContext, status: str) -> list[OutboxItem]:
    """The items waiting, needing attention or in conflict (for the window's lists)."""
    with ctx.sessions() as s:
        return list(s.scalars(select(OutboxItem).where(OutboxItem.status == status).order_by(OutboxItem.id)))


def configured(ctx: ServiceContext) -> bool:
    """Whether the clinic has the region's address (the window says "synk ej konfigurerad" otherwise)."""
    return bool(get_setting(ctx, SYNC_SERVER_URL))


class ItemNotChangeable(ServiceError):
    """The item was sent or withdrawn meanwhile (another workstation, or the cycle): nothing changed."""


@dataclass(frozen=True, slots=True)
class ProblemItem:
    """One unsent item the user must look at: needs attention or in conflict (never an identity number)."""

    id: int
    status: str  # attention | conflict
    kind: str  # the Swedish name of what is sent
    patient: str | None  # the patient's name, when the item is about a patient
    meaning: str  # what the region's answer (or the client's own check) means, in Swedish (a `Text` when known)
    created_at: datetime
    row_version: int = 0  # as the list showed it: resend and withdraw refuse an item changed since (issue 10)


def problem_items(ctx: ServiceContext) -> list[ProblemItem]:
    """The items needing attention and the conflicts, in send order, with names and Swedish meanings."""
    require(ctx, SYNC_RESOLVE)
    with ctx.begin() as s:
        rows = list(s.execute(
            select(OutboxItem, Patient.first_name, Patient.last_name)
            .outerjoin(Patient, Patient.id == OutboxItem.patient_id)
            .where(OutboxItem.status.in_((state.ATTENTION, state.CONFLICT))).order_by(OutboxItem.id)))
        # R-SE-2: the list shows these patients' names.
        named = sorted({item.patient_id for item, *_ in rows if item.patient_id is not None})
        if named:
            access_log.record(s, ctx, "list", named, detail="ändringar som behöver åtgärd")
    found = []
    for item, first, last in rows:
        found.append(ProblemItem(item.id, item.status, KINDS.get(item.kind, item.kind),
                                 f"{first} {last}" if first is not None else None, _meaning(item), item.created_at,
                                 item.row_version))
    return found


def _meaning(item: OutboxItem) -> str:
    """What the region's answer to an item (or the client's own check) means, as stored in Swedish: a `Text`
    that keeps its marked template and values where the stored text is made of them (codes.stored_text),
    so the window shows it in its own language; the database keeps the Swedish."""
    if item.last_error:
        return codes.stored_text(item.last_error)
    known = codes.meaning(item.error_code)
    if known:
        return Text(known)
    return Text(codes.CONFLICT_TEXT if item.status == state.CONFLICT else codes.LOCAL["nekad"])


def resend(ctx: ServiceContext, item_id: int, *, expected_version: int | None = None) -> None:
    """Put an item that needs attention (or a conflict) back in the queue: the next cycle sends it
    again, as a new request (a new Idempotency-Key). `expected_version`: see _change."""
    require(ctx, SYNC_RESOLVE)
    _change(ctx, item_id, state.WAITING, QT_TRANSLATE_NOOP("services", "skickas igen"), expected_version)


def withdraw(ctx: ServiceContext, item_id: int, *, expected_version: int | None = None) -> None:
    """Take an unsent item out of the queue for good: it never reaches the region."""
    require(ctx, SYNC_RESOLVE)
    _change(ctx, item_id, state.WITHDRAWN, QT_TRANSLATE_NOOP("services", "dras tillbaka"), expected_version)


# Parts of ItemNotChangeable's message (its {what} and {state}), marked so the window translates them too.
_STATE_NOW = {state.SENT: QT_TRANSLATE_NOOP("services", "den är redan skickad till regionen"),
              state.WITHDRAWN: QT_TRANSLATE_NOOP("services", "den är redan tillbakadragen"),
              state.WAITING: QT_TRANSLATE_NOOP("services", "den är redan i kön")}
_ANSWERED_AGAIN = QT_TRANSLATE_NOOP("services", "den har skickats igen sedan listan visades, och regionen har svarat "
                                                "på nytt")
_MOVED = {state.WAITING: QT_TRANSLATE_NOOP("services", "den har lagts i kön igen sedan listan visades"),
          state.ATTENTION: _ANSWERED_AGAIN, state.CONFLICT: _ANSWERED_AGAIN}


def _state_now(item: OutboxItem | None, moved: bool) -> str:
    if item is None:
        return QT_TRANSLATE_NOOP("services", "den finns inte längre")
    return _MOVED[item.status] if moved and item.status in _MOVED else _STATE_NOW[item.status]


def _change(ctx: ServiceContext, item_id: int, to: str, what: str, expected_version: int | None = None) -> None:
    """A state change the user chose from a list. With `expected_version` (the row_version the list
    showed) an item changed since, by another workstation or a cycle, is refused rather than
    compared: the choice was made about a state that is gone (issue 10)."""
    allowed = (state.ATTENTION, state.CONFLICT) if to == state.WAITING else (state.WAITING, state.ATTENTION,
                                                                             state.CONFLICT)
    with ctx.begin() as s:
        item = s.get(OutboxItem, item_id, with_for_update=True)
        moved = item is not None and expected_version is not None and item.row_version != expected_version
        if item is None or item.status not in allowed or moved:
            raise ItemNotChangeable(QT_TRANSLATE_NOOP("services", "Ändringen kan inte {what}: {state}. Ingenting har "
                                                                  "ändrats. Listan har uppdaterats."),
                                    what=what, state=_state_now(item, moved))
        before = item.status
        item.status, item.next_attempt_at = to, None
        if to == state.WAITING:
            item.attempts, item.error_code, item.last_error = 0, None, None
            # The region answers a known Idempotency-Key with its stored refusal (the same 422 or 412
            # for ever): a resend is a new request. Safe: a refused item created nothing there.
            item.idempotency_key = str(uuid.uuid4())
        access_log.record(s, ctx, "write", [item.patient_id],
                          detail=f"synk: {KINDS.get(item.kind, item.kind)} (kö-post {item.id}) {what} ({before})")
    log.info("outbox item %s %s (was %s)", item_id, to, before)


# --- settings (Arkiv → Synkinställningar) and the window's automatic sync --------------------------------

SYNC_INTERVAL = "sync.interval_minutes"  # the window's automatic sync; 0 = off
DEFAULT_INTERVAL, MAX_INTERVAL = 5, 24 * 60


class SettingsRefused(ServiceError):
    """A sync setting that cannot work (not https, a certificate without its key, ...): nothing saved."""


def stored_settings(ctx: ServiceContext) -> tuple[SyncSettings, int]:
    """What the settings dialog shows: the stored values as they are (the address may be empty) and the interval."""
    return SyncSettings(get_setting(ctx, SYNC_SERVER_URL), get_setting(ctx, SYNC_CLIENT_CERT) or None,
                        get_setting(ctx, SYNC_CLIENT_KEY) or None, get_setting(ctx, SYNC_CA) or None), sync_interval(ctx)


def sync_interval(ctx: ServiceContext) -> int:
    """Minutes between automatic cycles in the window (0: off)."""
    raw = get_setting(ctx, SYNC_INTERVAL)
    try:
        return min(max(int(raw), 0), MAX_INTERVAL)
    except ValueError:  # never set (or set by hand to nonsense): the default
        return DEFAULT_INTERVAL


SETTINGS_LABELS = {SYNC_SERVER_URL: QT_TRANSLATE_NOOP("changed_elsewhere", "Adress till listningstjänsten"),
                   SYNC_CLIENT_CERT: QT_TRANSLATE_NOOP("changed_elsewhere", "Klientcertifikat"),
                   SYNC_CLIENT_KEY: QT_TRANSLATE_NOOP("changed_elsewhere", "Nyckel"),
                   SYNC_CA: QT_TRANSLATE_NOOP("changed_elsewhere", "Regionens CA"),
                   SYNC_INTERVAL: QT_TRANSLATE_NOOP("changed_elsewhere", "Synka automatiskt var (minuter)")}


def stored_versions(ctx: ServiceContext) -> dict[str, int]:
    """The versions of the settings the dialog shows, for save_settings (issue 10)."""
    return read_settings(ctx, SETTINGS_LABELS)[1]


_WHAT = QT_TRANSLATE_NOOP("services", "Synkinställningarna")  # named when saved elsewhere meanwhile


def save_settings(ctx: ServiceContext, chosen: SyncSettings, interval: int, *,
                  expected_versions: dict[str, int] | None = None) -> None:
    """Store the clinic's sync settings, all in one transaction, after checking they can work;
    `expected_versions` (stored_versions when the dialog opened) refuses a save over a change made elsewhere."""
    require(ctx, SETTINGS_MANAGE)
    server = (chosen.server or "").strip().rstrip("/")
    parts = urlsplit(server)
    if server and (parts.scheme != "https" or not parts.netloc):
        raise SettingsRefused(QT_TRANSLATE_NOOP("services", "Adressen till regionens listningstjänst ska börja med "
                                                            "https:// (synkroniseringen sker aldrig utan TLS)."))
    if bool(chosen.client_cert) != bool(chosen.client_key):
        raise SettingsRefused(QT_TRANSLATE_NOOP("services", "Välj både klientcertifikat och nyckel, eller ingen av "
                                                            "dem."))
    if not 0 <= interval <= MAX_INTERVAL:
        raise SettingsRefused(QT_TRANSLATE_NOOP("services", "Intervallet ska vara mellan 0 (av) och {max_minutes} "
                                                            "minuter."),
                              max_minutes=MAX_INTERVAL)
    for label, path in (("Klientcertifikatet", chosen.client_cert), ("Nyckeln", chosen.client_key),
                        ("Regionens CA-certifikat", chosen.ca)):
        if path and not Path(path.strip()).expanduser().is_file():  # a typo is said now, not at the next sync
            raise SettingsRefused(QT_TRANSLATE_NOOP("services", "{label} finns inte: {path}. Välj en befintlig "
                                                                "PEM-fil."),
                                  label=label, path=path.strip())
    values = {key: (value or "").strip() or None for key, value in (
        (SYNC_SERVER_URL, server), (SYNC_CLIENT_CERT, chosen.client_cert), (SYNC_CLIENT_KEY, chosen.client_key),
        (SYNC_CA, chosen.ca), (SYNC_INTERVAL, str(interval)))}

    def check(s) -> None:
        check_settings(s, values, expected_versions, SETTINGS_LABELS, _WHAT)

    with guarded(ctx, check, _WHAT), ctx.begin() as s:
        check(s)
        put_settings(s, ctx, values)
    log.info("sync settings saved (interval %s min)", interval)


def check_connection(ctx: ServiceContext, chosen: SyncSettings, *, transport=None) -> connection_check.ConnectionCheck:
    """"Testa anslutningen" with the values in the dialog (saved or not). Blocks on the network."""
    require(ctx, SETTINGS_MANAGE)
    with ctx.sessions() as s:
        clinic_hsa = s.scalar(select(Clinic.hsa_id).limit(1))
    return connection_check.check(chosen.server, chosen.client_cert, chosen.client_key, chosen.ca,
                                  clinic_hsa=clinic_hsa, transport=transport)


def next_cycle_at(ctx: ServiceContext) -> datetime | None:
    """When the window's next automatic cycle is due: the interval after the last attempt (by any
    workstation), never before the retry time of an unreachable region. None: automatic sync is off."""
    interval = sync_interval(ctx)
    if not interval or not configured(ctx):
        return None
    with ctx.sessions() as s:
        last, retry = state.get(s, state.LAST_ATTEMPT), state.get(s, state.NEXT_ATTEMPT)
    due = state.parse_instant(last) + timedelta(minutes=interval) if last else datetime.min.replace(tzinfo=timezone.utc)
    return max(due, state.parse_instant(retry)) if retry else due


def cycle_due(ctx: ServiceContext, now: datetime | None = None) -> bool:
    due = next_cycle_at(ctx)
    return due is not None and (now or ctx.now()) >= due


# --- conflicts side by side ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConflictView:
    """An item in conflict: the clinic's version and the region's current one, field by field."""

    item_id: int
    kind: str  # Swedish
    patient: str | None  # the name only, never an identity number
    meaning: str  # the region's answer in Swedish (a `Text` when known)
    fields: list[conflict.Field]
    region_versions: dict[str, int]  # identifier -> the region's version shown
    on_region_version: bool  # a resend would be based on the region's current version


def conflict_view(ctx: ServiceContext, item_id: int, settings: SyncSettings | None = None, *,
                  transport=None) -> ConflictView:
    """Read the region's current version of a conflicting item's resources (blocks on the network).

    When the region has a newer version than the clinic holds, it is taken in first by a pull (under
    the sync lock; skipped while another workstation syncs), so a resend names that version."""
    require(ctx, SYNC_RESOLVE)
    settings = settings or sync_settings(ctx)
    targets, known, problem = _conflict_targets(ctx, item_id)
    with RegionClient(settings.server, client_cert=settings.client_cert, client_key=settings.client_key,
                      ca=settings.ca, transport=transport) as client:
        region = conflict.region_current(client, targets, known)
        behind = [t for t in targets if t.based_on is not None and t.identifier in region
                  and region[t.identifier].version > t.based_on]
        if behind:
            try:
                with _lock(ctx):
                    pull(ctx, client, hooks(ctx))
            except state.SyncBusy:
                log.info("conflict view: another workstation is syncing; the region's version is shown only")
            targets, known, problem = _conflict_targets(ctx, item_id)
    if problem.patient_id is not None:
        with ctx.begin() as s:
            access_log.record(s, ctx, "read", [problem.patient_id],
                              detail=f"synk: konflikt jämförd med regionens version (kö-post {item_id})")
    rows = [f for t in targets for f in conflict.fields(t, region.get(t.identifier))]
    updates = [t for t in targets if t.based_on is not None]  # a create has no version to be based on
    on_region = bool(updates) and all(t.identifier in region and region[t.identifier].version == t.based_on
                                      for t in updates)
    return ConflictView(item_id, problem.kind, problem.patient, problem.meaning, rows,
                        {ident: e.version for ident, e in region.items()}, on_region)


@dataclass(frozen=True, slots=True)
class _ConflictItem:
    patient_id: int | None
    kind: str
    patient: str | None
    meaning: str


def _conflict_targets(ctx: ServiceContext, item_id: int) -> tuple[list[conflict.Target], dict, _ConflictItem]:
    """The item's resources as they would be sent now, and the versions held here (nothing written)."""
    clinic_hsa = clinic_hsa_id(ctx)
    with ctx.sessions() as s:
        item = s.get(OutboxItem, item_id)
        if item is None or item.status != state.CONFLICT:
            raise ItemNotChangeable(QT_TRANSLATE_NOOP("services", "Ändringen är inte längre en konflikt (den har "
                                                                  "skickats, dragits tillbaka eller lagts i kön). "
                                                                  "Listan har uppdaterats."))
        person = s.get(Patient, item.patient_id) if item.patient_id is not None else None
        about = _ConflictItem(item.patient_id, KINDS.get(item.kind, item.kind),
                              f"{person.first_name} {person.last_name}" if person else None,
                              _meaning(item))
        try:
            targets = conflict.targets(build(s, item, clinic_hsa=clinic_hsa, rules=ctx.rules).bundle)
        except NotSendable as e:
            raise ItemNotChangeable(QT_TRANSLATE_NOOP("services", "Klinikens version kan inte visas: {error}"),
                                    error=e) from None
        except ProtectedPatientNotSent:  # R-TG-4: the next cycle withdraws it; nothing to compare
            raise ItemNotChangeable(QT_TRANSLATE_NOOP("services", "Patienten har skyddad identitet: ändringen skickas "
                                                                  "aldrig till regionen (R-TG-4).")) from None
        known = conflict.held(s, targets)  # a read: building the bundle writes nothing
    return targets, known, about


def resend_on_region_version(ctx: ServiceContext, item_id: int, region_versions: dict[str, int], *,
                             expected_version: int | None = None) -> None:
    """Send a conflict again, now based on the region's version the user saw (its ifMatch names that
    version). Refused when the region's version held here is no longer the one shown."""
    require(ctx, SYNC_RESOLVE)
    targets, _known, _about = _conflict_targets(ctx, item_id)
    stale = [t for t in targets if t.based_on is not None and region_versions.get(t.identifier) != t.based_on]
    if stale:
        raise ItemNotChangeable(QT_TRANSLATE_NOOP("services", "Regionens version har ändrats sedan jämförelsen eller "
                                                              "har inte hämtats hit än. Öppna jämförelsen igen."))
    _change(ctx, item_id, state.WAITING,
            QT_TRANSLATE_NOOP("services", "skickas igen utifrån regionens version"), expected_version)
