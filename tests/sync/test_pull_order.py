"""A first sync gives each resource's newest version: a patient changed after the listing was made
is stamped later than the listing, and the listing must not be lost for it (found by test_faults)."""

from __future__ import annotations

from sqlalchemy import select

from klinik_app.db.models import Listing, Patient
from klinik_app.services import sync
from tests.conftest import CLINIC_HSA_ID, TODAY

from .conftest import region_event


def test_a_first_sync_keeps_the_listing_of_a_patient_changed_after_it(ctx, twin, region, settings):
    _, person = twin(local=False, assign=CLINIC_HSA_ID)
    region_event(region, "move", person, TODAY, street="Älvvägen 3", postal_code="903 30", city="Umeå",
                 municipality_code="2480")  # a new address: the Patient's version is newer than the listing's
    result = sync.run_cycle(ctx, settings)
    assert result.exit_code == 0, result.summary
    with ctx.sessions() as s:
        patient = s.scalars(select(Patient).where(Patient.personnummer == person.identity)).one()
        listing = s.scalars(select(Listing).where(Listing.patient_id == patient.id)).one()
    assert patient.street == "Älvvägen 3"
    assert (listing.listing_type, listing.status, listing.origin) == ("icke-val", "active", "region")
    again = sync.run_cycle(ctx, settings)  # and a repeated pull changes nothing
    assert again.pull.applied == 0
