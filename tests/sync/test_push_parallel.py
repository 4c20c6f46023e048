"""Push with several transactions in flight (issue 7): patients go side by side, each patient's items
strictly one after the other, and a busy region stops every worker."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from klinik_app.db.models import OutboxItem
from klinik_app.services import sync
from klinik_app.services.listing import list_patient
from klinik_app.sync import client as region_client
from klinik_app.sync.state import SENT, WAITING
from regional_service.db import Listing as RegionListing
from tests.conftest import TODAY

from .conftest import items
from .test_push import region_count, revision


def queue_two_items_each(ctx, twin, patients: int) -> dict[str, int]:
    """A listing and a revision report per patient; returns Idempotency-Key -> patient id."""
    for _ in range(patients):
        patient_id, _ = twin()
        list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
        revision(ctx, patient_id)
    with ctx.sessions() as s:
        return {key: patient for key, patient in s.execute(select(OutboxItem.idempotency_key, OutboxItem.patient_id))}


def test_patients_are_sent_side_by_side_and_each_patients_items_one_after_the_other(ctx, twin, region, settings,
                                                                                   recording, monkeypatch):
    monkeypatch.setattr(region_client, "IN_FLIGHT", 3)
    patient_of = queue_two_items_each(ctx, twin, 4)
    events: list[tuple[str, str]] = []  # ("start" | "end", Idempotency-Key), in the order they happened
    lock, overlap = threading.Lock(), threading.Event()
    in_flight = [0]
    rec = recording()
    carry = rec.handle_request

    def watched(request):
        key = request.headers.get("idempotency-key")
        if key is None:
            return carry(request)
        with lock:
            events.append(("start", key))
            in_flight[0] += 1
            if in_flight[0] > 1:
                overlap.set()
        overlap.wait(10)  # the first request waits (at most 10 s) for a second one to be in flight with it
        try:
            return carry(request)
        finally:
            with lock:
                in_flight[0] -= 1
                events.append(("end", key))

    rec.handle_request = watched
    result = sync.run_cycle(ctx, settings, transport=rec)
    assert result.exit_code == 0, result.summary
    assert overlap.is_set(), "no two transactions were ever in flight together"
    assert [i.status for i in items(ctx)] == [SENT] * 8
    for patient in set(patient_of.values()):
        mine = [(kind, key) for kind, key in events if patient_of[key] == patient]
        # one at a time, in the order made: start, end, start, end
        assert [kind for kind, _ in mine] == ["start", "end", "start", "end"], mine
        first, second = (key for kind, key in mine if kind == "start")
        with ctx.sessions() as s:
            ids = {k: i for k, i in s.execute(select(OutboxItem.idempotency_key, OutboxItem.id)
                                               .where(OutboxItem.idempotency_key.in_((first, second))))}
        assert ids[first] < ids[second]
    for listing in [i for i in items(ctx) if i.kind == "listing"]:
        assert region_count(region, RegionListing, identifier=f"urn:uuid:{listing.payload['listing_uuid']}") == 1


def test_a_busy_region_stops_every_worker_and_each_item_waits_as_told(ctx, twin, region, settings, app, recording,
                                                                      monkeypatch):
    monkeypatch.setattr(region_client, "IN_FLIGHT", 2)
    queue_two_items_each(ctx, twin, 4)

    def busy_from_the_first_post(n):
        if n == 1:  # request 0 is the metadata
            app.state.unavailable = (429, 60)

    rec = recording(before=busy_from_the_first_post)
    try:
        before = datetime.now(timezone.utc)
        result = sync.run_cycle(ctx, settings, transport=rec)
    finally:
        app.state.unavailable = None
    assert result.exit_code == 5 and result.pull is None
    tried = [i for i in items(ctx) if i.attempts]
    assert 1 <= len(rec.posts) <= 2  # nothing new left once the region said it was busy
    assert len(tried) == len(rec.posts)
    assert all(i.status == WAITING for i in items(ctx))
    for item in tried:
        wait = item.next_attempt_at.replace(tzinfo=timezone.utc) - before
        assert timedelta(seconds=59) <= wait <= timedelta(seconds=65)  # Retry-After: 60
    assert sync.run_cycle(ctx, settings).exit_code == 0
    assert [i.status for i in items(ctx)] == [SENT] * 8
    for listing in [i for i in items(ctx) if i.kind == "listing"]:
        assert region_count(region, RegionListing, identifier=f"urn:uuid:{listing.payload['listing_uuid']}") == 1
