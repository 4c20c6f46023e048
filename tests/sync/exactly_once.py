"""What the fault tests count: every local change reaches the region exactly once.

A change is an outbox item (a listing or a revision report). At the region, the item's resource is
found by the clinic's identifier (the EpisodeOfCare of a listing, the Encounter of a report) and its
Provenance by the Provenance's target; a duplicate is a second copy of either, a lost change is an
item that is missing here or marked sent without arriving there.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from klinik_app.db.models import OutboxItem
from klinik_app.services.listing import list_patient
from klinik_app.sync.state import SENT, WAITING
from regional_service.db import IdempotencyRecord, StoredResource
from regional_service.db import Listing as RegionListing
from tests.conftest import CLINIC_HSA_ID, TODAY

from .test_push import revision

SEED = int(os.environ.get("KLINIK_FAULT_SEED", "20261122"))


def soak(default: int, long: int) -> int:
    """`KLINIK_SOAK=1` runs the long count; `KLINIK_SOAK=N` (N > 1) runs N."""
    value = int(os.environ.get("KLINIK_SOAK") or 0)
    return default if value == 0 else long if value == 1 else value


def queue_changes(ctx, twin, patients: int) -> int:
    """Per patient a listing and then a revision report (sent in that order): two outbox items each."""
    for _ in range(patients):
        patient_id, _ = twin()
        list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
        revision(ctx, patient_id)
    return 2 * patients


@dataclass
class Figures:
    changes: int  # local changes made by the test
    items: int  # outbox items found
    sent: int
    waiting: int
    keys_at_region: int  # items whose Idempotency-Key the region has stored
    duplicates: int  # extra copies at the region (resources and Provenance)
    lost: int  # changes with no item here, or sent but not at the region

    def line(self, label: str, **more: object) -> str:
        extra = "".join(f" {k}={v}" for k, v in more.items())
        return (f"[{label}] changes={self.changes} items={self.items} sent={self.sent} waiting={self.waiting} "
                f"keys_at_region={self.keys_at_region} duplicates={self.duplicates} lost={self.lost}{extra}")


def figures(ctx, region, changes: int) -> Figures:
    with ctx.sessions() as s:
        items = list(s.scalars(select(OutboxItem).order_by(OutboxItem.id)))
    with region.read() as rs:
        keys = set(rs.scalars(select(IdempotencyRecord.key).where(IdempotencyRecord.clinic_hsa == CLINIC_HSA_ID)))
        targets: Counter[str] = Counter()
        for content in rs.scalars(select(StoredResource.content).where(
                StoredResource.resource_type == "Provenance", StoredResource.clinic_hsa == CLINIC_HSA_ID)):
            for target in content.get("target") or []:
                targets["/".join(str(target.get("reference", "")).split("/")[:2])] += 1
        duplicates = lost = 0
        for item in items:
            ids = _region_ids(rs, item)
            provenances = sum(targets[ref] for ref in ids)
            duplicates += max(len(ids) - 1, 0) + max(provenances - 1, 0)
            lost += item.status == SENT and not (ids and provenances)
    return Figures(changes, len(items), sum(i.status == SENT for i in items), sum(i.status == WAITING for i in items),
                   sum(i.idempotency_key in keys for i in items), duplicates, lost + max(changes - len(items), 0))


def _region_ids(rs, item: OutboxItem) -> list[str]:
    """`Type/id` of the region's copies of what the item sends."""
    if item.kind == "listing":
        identifier = f"urn:uuid:{item.payload['listing_uuid']}"
        return [f"EpisodeOfCare/{i}" for i in rs.scalars(select(RegionListing.id).where(
            RegionListing.identifier == identifier))]
    identifier = f"urn:uuid:{item.payload['examination_uuid']}"
    return [f"Encounter/{i}" for i in rs.scalars(select(StoredResource.id).where(
        StoredResource.resource_type == "Encounter", StoredResource.identifier == identifier))]
