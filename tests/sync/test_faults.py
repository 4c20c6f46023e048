"""Sync under faults, against the real reference service (HTTPS with mutual TLS on 127.0.0.1).

regional-listing-api.md "Guarantees": a killed client or server, a lost answer, a busy region or a
dropped connection lose nothing and create nothing twice at the region (Idempotency-Key and
conditional creates); `_history` entries are applied once whatever the pages look like. Faults are
made by tests/sync/faultproxy.py (TCP, the TLS untouched), the service's own maintenance switch
(503), tests/sync/faultapp.py (pages) and SIGKILL. Every test prints its figures.
Counts are seeded (KLINIK_FAULT_SEED); KLINIK_SOAK=1 runs the long counts, KLINIK_SOAK=N sets them.
"""

from __future__ import annotations

import contextlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import Counter

import pytest
from sqlalchemy import select

from klinik_app.cli import main
from klinik_app.db.models import Guardian, Listing, OutboxItem, Patient, PatientGuardian, SyncResource
from klinik_app.services import sync
from klinik_app.services.clinic import init_clinic
from klinik_app.sync.state import SENT, WAITING
from klinik_app.ui.sync_panel import status_text
from regional_service.app import create_app
from regional_service.tls import ServerThread
from tests.conftest import CLINIC_HSA_ID, STAFF_HSA_ID, TODAY, make_ctx
from tests.factories import add_staff

from .conftest import region_event
from .exactly_once import SEED, figures, queue_changes, soak
from .faultapp import REPEAT, SWAP, HistoryPageFaults
from .faultproxy import DROP_AFTER, DROP_BEFORE, PASS, STALL_AFTER, STALL_BEFORE, FaultProxy, tls12_transport
from .service_process import ROOT, ServiceProcess, free_port
from .test_cli import options


@pytest.fixture
def say(capsys):
    """Print a test's figures in the test output, also when pytest captures it."""

    def line(text: str) -> None:
        with capsys.disabled():
            print(f"\n{text}")

    return line


def through(proxy: FaultProxy, settings: sync.SyncSettings) -> sync.SyncSettings:
    return sync.SyncSettings(proxy.url(), settings.client_cert, settings.client_key, settings.ca)


def clinic_transport(certs, timeout: float):
    """A new TLS 1.2 transport with the clinic's certificate for each cycle (a cycle closes its own)."""
    return lambda: tls12_transport(certs.context(certs.client(CLINIC_HSA_ID)), timeout)


def test_a_server_killed_mid_batch_and_restarted_gets_every_change_exactly_once(ctx, twin, region, certs, settings,
                                                                                   say):
    changes = queue_changes(ctx, twin, soak(100, 400))  # 200 items by default
    rng = random.Random(SEED)
    kill_at = rng.randint(changes // 5, changes * 4 // 5)  # the request during which the server dies
    service = ServiceProcess(region.engine.url.database, certs)

    def plan(n: int) -> str:
        if n == kill_at:  # a few milliseconds into the request: before or after its commit
            threading.Timer(rng.uniform(0, 0.02), service.kill).start()
        return PASS

    transport = clinic_transport(certs, 10.0)
    with service, FaultProxy(service.start(), plan) as proxy:
        killed = sync.run_cycle(ctx, through(proxy, settings), transport=transport())
        assert killed.exit_code == 5, killed.summary
        assert 0 < killed.status.waiting < changes  # it died in the middle of the batch
        down = sync.run_cycle(ctx, through(proxy, settings), transport=transport())
        assert down.exit_code == 5 and "Inget har gått förlorat" in down.summary
        proxy.upstream = service.start()
        restarted = sync.run_cycle(ctx, through(proxy, settings), transport=transport())
    assert restarted.exit_code == 0, restarted.summary
    found = figures(ctx, region, changes)
    say(found.line("server killed", kill_at_request=kill_at, sent_before_kill=changes - killed.status.waiting))
    assert (found.items, found.sent, found.keys_at_region) == (changes, changes, changes)
    assert (found.duplicates, found.lost) == (0, 0)


def test_half_the_requests_failing_still_delivers_every_change_exactly_once(ctx, twin, region, app, server, certs,
                                                                         settings, say):
    changes = queue_changes(ctx, twin, soak(15, 100))
    rng = random.Random(SEED)
    faults: Counter[str] = Counter()

    def plan(n: int) -> str:
        if rng.random() >= 0.5:
            return PASS
        fault = rng.choice(("503", DROP_BEFORE, STALL_BEFORE, DROP_AFTER, STALL_AFTER))
        faults[fault] += 1
        if fault == "503":  # the service's maintenance switch, for this one request
            app.state.unavailable = (503, 0)
            return PASS
        return fault

    def answered(n: int) -> None:
        app.state.unavailable = None

    transport = clinic_transport(certs, 0.5)  # a stalled request costs half a second
    exits: Counter[int] = Counter()
    try:
        with FaultProxy((server.host, server.port), plan, answered) as proxy:
            for cycles in range(1, 40 * changes):
                result = sync.run_cycle(ctx, through(proxy, settings), transport=transport())
                exits[result.exit_code] += 1
                if result.exit_code == 0 and result.status.waiting == 0:
                    break
            requests = proxy.requests
    finally:
        app.state.unavailable = None
    found = figures(ctx, region, changes)
    say(found.line("50% faults", cycles=cycles, requests=requests, faults=dict(faults), exits=dict(exits)))
    assert found.waiting == 0 and exits[0] >= 1
    assert all(faults[f] > 0 for f in ("503", DROP_BEFORE, STALL_BEFORE, DROP_AFTER, STALL_AFTER))
    assert (found.items, found.sent, found.keys_at_region) == (changes, changes, changes)
    assert (found.duplicates, found.lost) == (0, 0)


@pytest.fixture
def history_server(region, certs):
    """serve(fault) -> (the page-fault wrapper, base URL): a second server on the session's region."""
    with contextlib.ExitStack() as stack:

        def serve(fault: str) -> tuple[HistoryPageFaults, str]:
            wrapped = HistoryPageFaults(create_app(region=region), fault, page_size=4)
            srv = stack.enter_context(ServerThread(wrapped, cert=certs.server.cert, key=certs.server.key,
                                                   ca=certs.ca.cert))
            return wrapped, f"{srv.url}/fhir"

        yield serve


@pytest.fixture
def clean_ctx(_template_db, tmp_path):
    """A second clinic database of the same clinic: the one that pulls through a clean server."""
    path = tmp_path / "clean.sqlite"
    shutil.copyfile(_template_db, path)
    context = make_ctx(path)
    init_clinic(context, CLINIC_HSA_ID, "Tandkliniken Testbyn")
    yield context
    context.close()


def local_state(ctx) -> dict[str, list[tuple]]:
    """What the pulls wrote, without local ids and times."""
    with ctx.sessions() as s:
        pnr = dict(s.execute(select(Patient.id, Patient.personnummer)).all())
        return {
            "patients": sorted((p.personnummer, p.first_name, p.last_name, p.street, p.postal_code, p.postal_town,
                                p.municipality_code, p.deceased_on, p.protected_identity) for p in s.scalars(select(Patient))),
            "listings": sorted((pnr[li.patient_id], li.server_id, li.server_version, li.listing_type, li.status,
                                li.start_date, li.end_date, li.end_reason) for li in s.scalars(select(Listing))),
            "guardians": sorted((pnr[link.patient_id], link.position, g.personnummer, g.name) for link, g in s.execute(
                select(PatientGuardian, Guardian).join(Guardian, Guardian.id == PatientGuardian.guardian_id))),
            "resources": sorted((r.resource_type, r.server_id, r.version, r.deleted, pnr.get(r.patient_id))
                                for r in s.scalars(select(SyncResource))),
        }


@pytest.mark.parametrize("fault", [REPEAT, SWAP])
def test_repeated_or_swapped_history_pages_apply_each_event_once(ctx, clean_ctx, twin, region, settings,
                                                                 history_server, say, fault):
    wrapper, faulty_base = history_server(fault)
    faulty = sync.SyncSettings(faulty_base, settings.client_cert, settings.client_key, settings.ca)
    people = [twin(local=False, assign=CLINIC_HSA_ID)[1] for _ in range(10)]
    first = sync.run_cycle(ctx, faulty), sync.run_cycle(clean_ctx, settings)
    assert [r.exit_code for r in first] == [0, 0]
    # What the population register does next: new addresses, a death, protected identity.
    region_event(region, "move", people[0], TODAY, street="Älvvägen 3", postal_code="903 30", city="Umeå",
                 municipality_code="2480")
    region_event(region, "move", people[1], TODAY, street="Sjögatan 1", postal_code="931 30", city="Skellefteå",
                 municipality_code="2482")
    region_event(region, "death", people[2], TODAY)
    region_event(region, "set_protected", people[3], TODAY)
    people += [twin(local=False, assign=CLINIC_HSA_ID)[1] for _ in range(4)]
    second = sync.run_cycle(ctx, faulty), sync.run_cycle(clean_ctx, settings)
    assert [r.exit_code for r in second] == [0, 0]
    for spoiled, clean in (first, second):
        say(f"[history {fault}] received={spoiled.pull.received} applied={spoiled.pull.applied} "
              f"unchanged={spoiled.pull.unchanged}; clean pull: received={clean.pull.received} "
              f"applied={clean.pull.applied}; pages spoiled={wrapper.mutated_pages}")
        assert spoiled.pull.applied == clean.pull.applied
        if fault == REPEAT:
            assert spoiled.pull.received > clean.pull.received
    assert wrapper.mutated_pages >= 2
    assert local_state(ctx) == local_state(clean_ctx)
    with ctx.sessions() as s:  # the events reached the clinic
        assert s.scalar(select(Patient.protected_identity).where(Patient.personnummer == people[3].identity))
        assert s.scalar(select(Patient.deceased_on).where(Patient.personnummer == people[2].identity)) == TODAY


def test_a_client_killed_at_random_moments_loses_nothing_and_duplicates_nothing(ctx, db_path, twin, region,
                                                                                settings, say):
    add_staff(ctx, STAFF_HSA_ID, "Rut Reception", "reception")
    command = [sys.executable, "-m", "klinik_app", "--db", str(db_path), "--today", TODAY.isoformat(),
               "--user", STAFF_HSA_ID, "sync", *options(settings)]
    changes = queue_changes(ctx, twin, 30)
    rng = random.Random(SEED)
    cycles, struck, exits = soak(100, 300), 0, Counter()
    for cycle in range(cycles):
        child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:  # start-up takes about a second; the cycle itself the rest
            child.wait(timeout=rng.uniform(0.2, 2.5))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            struck += 1
        exits[child.wait()] += 1
        changes += queue_changes(ctx, twin, 1)  # the clinic goes on working between the syncs
        if cycle % 3 == 0:
            twin(local=False, assign=CLINIC_HSA_ID)  # and so does the region
    clean = sync.run_cycle(ctx, settings)
    assert clean.exit_code == 0, clean.summary
    with sqlite3.connect(db_path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    found = figures(ctx, region, changes)
    say(found.line("client SIGKILL", cycles=cycles, killed_mid_cycle=struck, exits=dict(exits),
                     integrity=integrity))
    assert integrity == "ok"
    assert struck >= cycles // 4  # kills struck running cycles, not only finished ones
    with ctx.sessions() as s:  # the outbox is consistent: every item sent once, with its time
        rows = s.execute(select(OutboxItem.status, OutboxItem.sent_at, OutboxItem.attempts)).all()
    assert all(status == SENT and sent_at is not None and attempts >= 1 for status, sent_at, attempts in rows)
    assert (found.items, found.sent, found.keys_at_region) == (changes, changes, changes)
    assert (found.duplicates, found.lost) == (0, 0)


def outbox_rows(ctx) -> list[dict]:
    """Every column of every item except when it is next tried."""
    columns = [c.name for c in OutboxItem.__table__.columns if c.name != "next_attempt_at"]
    with ctx.sessions() as s:
        return [{c: getattr(item, c) for c in columns} for item in s.scalars(select(OutboxItem).order_by(OutboxItem.id))]


@pytest.mark.parametrize("network", ["refused", "nothing listening"])
def test_with_the_network_off_sync_exits_5_in_swedish_and_only_retry_times_change(ctx, db_path, twin, settings,
                                                                                  capsys, say, network):
    add_staff(ctx, STAFF_HSA_ID, "Rut Reception", "reception")
    queue_changes(ctx, twin, 2)
    before = outbox_rows(ctx)
    with FaultProxy(("127.0.0.1", free_port())) as proxy:
        proxy.refusing = True
        server = proxy.url() if network == "refused" else f"https://127.0.0.1:{free_port()}/fhir"
        code = main(["--db", str(db_path), "--today", TODAY.isoformat(), "--user", STAFF_HSA_ID, "sync",
                     *options(settings, **{"--server": server})])
    err = capsys.readouterr().err
    say(f"[network off: {network}] exit={code}: {err.strip()}")
    assert code == 5
    assert "Regionens listningstjänst gick inte att nå" in err and "Inget har gått förlorat" in err
    assert "Kön: 4 väntar, 0 behöver åtgärd, 0 konflikter" in err and "Traceback" not in err
    assert outbox_rows(ctx) == before and all(row["status"] == WAITING for row in before)
    status = sync.sync_status(ctx)
    assert status.next_attempt is not None
    assert status_text(status, today=TODAY).startswith("Regionen: nås inte (försöker igen ")
