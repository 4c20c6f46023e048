"""Two workstations syncing one clinic database at once: one cycle runs, the other is told to try
later (exit 5, nothing lost), and nothing reaches the region twice. Against the real reference
service, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from klinik_app.cli import main
from klinik_app.db.models import AppSetting, Listing
from klinik_app.services import sync
from klinik_app.services.listing import list_patient
from klinik_app.services.settings import SYNC_CA, SYNC_CLIENT_CERT, SYNC_CLIENT_KEY, SYNC_SERVER_URL, set_setting
from klinik_app.sync import state
from klinik_app.sync.state import SENT, WAITING
from regional_service.db import Listing as RegionListing
from tests.conftest import TODAY, make_ctx
from tests.factories import add_staff
from tests.sync.conftest import items

pytestmark = pytest.mark.backends("sqlite", "postgresql")
RECEPTIONIST = "SE2321000222-P0042"


@pytest.fixture
def workstation(db_path):
    """A second workstation: its own context (engine, connections) on the same clinic database."""
    opened = []

    def open_():
        other = make_ctx(db_path)
        opened.append(other)
        return other

    yield open_
    for other in opened:
        other.close()


def queue(ctx, twin, count: int) -> list[str]:
    """`count` listings queued here; returns their uuids (the region's identifiers)."""
    for _ in range(count):
        patient_id, _ = twin()
        list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    with ctx.sessions() as s:
        return list(s.scalars(select(Listing.uuid).order_by(Listing.id)))


def at_region(region, uuids: list[str]) -> dict[str, int]:
    """How many listings the region holds for each identifier."""
    with region.read() as s:
        rows = s.execute(select(RegionListing.identifier, func.count()).where(
            RegionListing.identifier.in_([f"urn:uuid:{u}" for u in uuids])).group_by(RegionListing.identifier))
        return {ident.removeprefix("urn:uuid:"): n for ident, n in rows}


def test_a_second_cycle_while_one_runs_is_told_to_try_later_and_nothing_is_sent_twice(
        ctx, workstation, twin, region, settings, recording):
    uuids = queue(ctx, twin, 3)
    other = workstation()
    second: list[sync.CycleResult] = []
    # The first cycle holds the lock; before its first request the second workstation tries.
    first_transport = recording(before=lambda n: n == 0 and second.append(sync.run_cycle(other, settings)))
    first = sync.run_cycle(ctx, settings, transport=first_transport)

    busy, = second
    assert (busy.exit_code, busy.busy, busy.summary) == (5, True, sync.BUSY_TEXT)
    assert first.exit_code == 0 and first.push.sent == 3
    assert [i.status for i in items(ctx)] == [SENT] * 3
    assert at_region(region, uuids) == {u: 1 for u in uuids}
    assert len(first_transport.posts) == 3

    again = sync.run_cycle(other, settings)  # the lock was let go: the second workstation syncs now
    assert again.exit_code == 0 and again.push.sent == 0
    assert at_region(region, uuids) == {u: 1 for u in uuids}


def test_two_workstations_syncing_from_two_threads_get_no_error_and_send_each_change_once(
        ctx, workstation, twin, region, settings, recording):
    uuids = queue(ctx, twin, 4)
    contexts = [ctx, workstation()]
    transports = [recording(), recording()]
    start = threading.Barrier(2)
    results: list[sync.CycleResult] = []
    errors: list[BaseException] = []

    def run(index: int) -> None:
        start.wait()
        try:
            results.append(sync.run_cycle(contexts[index], settings, transport=transports[index]))
        except BaseException as e:  # the failure this test is about: reported, not lost in the thread
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sorted(r.exit_code for r in results) in ([0, 0], [0, 5])  # ran one after the other, or one was busy
    assert all(r.summary == sync.BUSY_TEXT for r in results if r.exit_code == 5)
    assert sum(len(t.posts) for t in transports) == 4  # every change went once, by one of them
    assert [i.status for i in items(ctx)] == [SENT] * 4
    assert at_region(region, uuids) == {u: 1 for u in uuids}


def test_klinik_sync_while_another_workstation_syncs_exits_5_and_says_so(ctx, db_path, twin, settings, capsys):
    queue(ctx, twin, 1)
    for key, value in ((SYNC_SERVER_URL, settings.server), (SYNC_CLIENT_CERT, settings.client_cert),
                       (SYNC_CLIENT_KEY, settings.client_key), (SYNC_CA, settings.ca)):
        set_setting(ctx, key, value)
    add_staff(ctx, RECEPTIONIST, "Rita Reception", "reception")
    command = ["--db", str(db_path), "--today", TODAY.isoformat(), "--user", RECEPTIONIST, "sync"]
    with state.cycle_lock(ctx.engine, holder="the-other-workstation", who="test", now=ctx.now()):
        code = main(command)
    assert code == 5
    assert sync.BUSY_TEXT in capsys.readouterr().err
    assert [i.status for i in items(ctx)] == [WAITING]
    assert sync.sync_status(ctx).next_attempt is None  # the cycle that runs decides when to retry
    assert main(command) == 0  # released: it runs


@pytest.mark.backends("sqlite")
def test_a_lapsed_lease_of_a_killed_process_is_taken_over(ctx, twin, settings):
    queue(ctx, twin, 1)
    with ctx.begin() as s:  # left by a process killed mid-cycle an hour ago
        s.add(AppSetting(key=state.LOCK, value="2026-01-01T00:00:00Z|dead-workstation", created_at=ctx.now(),
                         created_by="test", modified_at=ctx.now(), modified_by="test"))
    assert sync.run_cycle(ctx, settings).exit_code == 0
    with ctx.sessions() as s:
        assert s.get(AppSetting, state.LOCK) is None  # released after the cycle
