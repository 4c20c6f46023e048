"""Pull against the real reference service: the contract's event table, applied exactly once."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from klinik_app.db.models import Guardian, Listing, ListingStop, OutboxItem, Patient, PatientGuardian, SyncResource
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import sync
from klinik_app.services.examinations import record_examination
from klinik_app.services.listing import list_patient
from klinik_app.sync import state
from klinik_app.sync.client import RegionClient
from klinik_app.sync.pull import pull
from regional_service.db import ListingStop as RegionStop
from regional_service.db import Person
from tests.conftest import CLINIC_HSA_ID, TODAY
from tests.regional import bundles as B
from tests.regional.conftest import OTHER, STOPPER, Client, make_pnr

from .conftest import region_event


def local_patient(ctx, pnr: str) -> Patient | None:
    with ctx.sessions() as s:
        return s.scalar(select(Patient).where(Patient.personnummer == pnr))


def listings_of(ctx, patient_id: int) -> list[Listing]:
    with ctx.sessions() as s:
        return list(s.scalars(select(Listing).where(Listing.patient_id == patient_id).order_by(Listing.start_date)))


def pull_only(ctx, settings):
    with RegionClient(settings.server, client_cert=settings.client_cert, client_key=settings.client_key,
                      ca=settings.ca) as client:
        return pull(ctx, client, sync.hooks(ctx))


def test_assigned_patients_arrive_with_guardians_and_events_apply_exactly_once(ctx, twin, region, settings):
    _, olle = twin(date(2015, 2, 3), first="Olle", last="Nordin", local=False, assign=CLINIC_HSA_ID)
    _, stina = twin(date(2014, 8, 9), first="Stina", last="Ek", local=False, assign=CLINIC_HSA_ID)
    first = sync.run_cycle(ctx, settings)
    assert first.exit_code == 0, first.summary
    p = local_patient(ctx, olle.identity)
    assert (p.first_name, p.last_name, p.birth_date, p.municipality_code, p.sex) == ("Olle", "Nordin", olle.birth_date,
                                                                                    "2480", "F")
    listing, = listings_of(ctx, p.id)
    assert (listing.listing_type, listing.status, listing.origin) == ("icke-val", "active", "region")
    assert listing.start_date == date(2018, 1, 1) and listing.server_id
    with ctx.sessions() as s:
        guardian = s.scalar(select(Guardian).join(PatientGuardian).where(PatientGuardian.patient_id == p.id))
    assert guardian.personnummer == olle.guardians[0]["identity"] and guardian.name == "Anna Nordin"
    watermark = sync_state(ctx, state.WATERMARK)
    assert watermark and sync.sync_status(ctx).last_sync

    # The population register: a move within the county, a death.
    region_event(region, "move", olle, date(2026, 11, 20), street="Skolgatan 9", postal_code="903 30", city="Umeå",
                 municipality_code="2480")
    region_event(region, "death", stina, date(2026, 11, 21))
    second = sync.run_cycle(ctx, settings)
    assert second.exit_code == 0
    assert second.pull.applied >= 3 and second.pull.ended_listings >= 1
    assert local_patient(ctx, olle.identity).street == "Skolgatan 9"
    dead = local_patient(ctx, stina.identity)
    assert dead.deceased_on == date(2026, 11, 21)
    ended, = listings_of(ctx, dead.id)
    assert (ended.status, ended.end_date, ended.end_reason) == ("finished", date(2026, 11, 21), "avliden")

    # Again: `_since` is inclusive, so entries repeat; nothing is applied twice.
    third = sync.run_cycle(ctx, settings)
    assert third.pull.applied == 0 and third.pull.unchanged == third.pull.received
    again = pull_only(ctx, settings)
    assert again.applied == 0
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Patient).where(
            Patient.personnummer.in_((olle.identity, stina.identity)))) == 2
        assert s.scalar(select(func.count()).select_from(Listing).where(Listing.patient_id == dead.id)) == 1

    # A fresh start from no watermark (everything visible) still changes nothing.
    with ctx.begin() as s:
        state.put(s, state.WATERMARK, None, now=ctx.now(), who="t")
    assert pull_only(ctx, settings).applied == 0


def sync_state(ctx, key):
    with ctx.sessions() as s:
        return state.get(s, key)


def test_the_clinic_own_registration_is_confirmed_and_replaces_the_assigned_listing(ctx, twin, settings):
    patient_id, person = twin(date(2012, 3, 4), assign=CLINIC_HSA_ID, assigned_from=date(2020, 1, 1))
    assert sync.run_cycle(ctx, settings).exit_code == 0  # the assigned listing arrives, matched to the patient
    assigned, = listings_of(ctx, patient_id)
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    result = sync.run_cycle(ctx, settings)
    assert result.exit_code == 0, result.summary
    by_type = {li.listing_type: li for li in listings_of(ctx, patient_id)}
    assert set(by_type) == {"icke-val", "val"} and len(listings_of(ctx, patient_id)) == 2
    assert (by_type["icke-val"].end_reason, by_type["icke-val"].end_date) == ("eget-val", date(2026, 11, 30))
    assert by_type["val"].status == "planned" and by_type["val"].start_date == date(2026, 12, 1)
    assert by_type["val"].server_id and by_type["icke-val"].server_id == assigned.server_id


def test_a_re_choice_elsewhere_ends_the_listing_here(ctx, twin, region, settings, connect_other):
    _, person = twin(date(2013, 6, 7), local=False, assign=CLINIC_HSA_ID)
    sync.run_cycle(ctx, settings)
    connect_other(person)  # the family chooses another clinic
    assert sync.run_cycle(ctx, settings).exit_code == 0
    listing, = listings_of(ctx, local_patient(ctx, person.identity).id)
    assert (listing.status, listing.end_reason, listing.end_date) == ("finished", "omval", date(2026, 11, 30))


def test_a_new_3_year_old_is_assigned_on_1_january(ctx, twin, region, settings):
    _, toddler = twin(date(2024, 3, 1), first="Liv", last="Strand", local=False)
    sync.run_cycle(ctx, settings)
    assert local_patient(ctx, toddler.identity) is None  # 2 years old: not in the target group yet
    with region.write(today=date(2027, 1, 1)) as tx:
        region.daily(tx, date(2027, 1, 1))
    result = sync.run_cycle(ctx, settings)
    assert result.pull.new_patients >= 1 and result.pull.new_listings >= 1
    listing, = listings_of(ctx, local_patient(ctx, toddler.identity).id)
    assert (listing.listing_type, listing.start_date) == ("icke-val", date(2027, 1, 1))


def test_protected_identity_keeps_the_record_marks_it_and_withdraws_its_queue(ctx, twin, region, settings, recording):
    _, person = twin(date(2011, 9, 10), first="Tove", last="Lund", local=False, assign=CLINIC_HSA_ID)
    assert sync.run_cycle(ctx, settings).exit_code == 0
    p = local_patient(ctx, person.identity)
    record_examination(ctx, p.id, ExamInput(date(2026, 11, 21), "tandlakare", "SE2321000222-P0002",
                                            Risks(0, 0, 1, 0), 12, tobacco="ingen", bite_check=True))
    region_event(region, "set_protected", person, TODAY)
    report = pull_only(ctx, settings)  # the region's notice arrives before the report was pushed
    assert report.protected == 1 and report.withdrawn == 1
    kept = local_patient(ctx, person.identity)
    assert kept is not None and kept.protected_identity and kept.first_name == "Tove"
    listing, = listings_of(ctx, kept.id)
    assert (listing.status, listing.end_reason) == ("finished", "skyddad-identitet")
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.patient_id == kept.id)) == 0
        assert s.scalar(select(SyncResource.deleted).where(SyncResource.resource_type == "Patient",
                                                           SyncResource.patient_id == kept.id))
    # Never synced again: a new examination is not queued, and nothing about the patient is sent.
    queued = record_examination(ctx, kept.id, ExamInput(date(2026, 11, 22), "tandhygienist", "SE2321000222-P0003",
                                                        Risks(0, 0, 0, 0), 12, tobacco="ingen")).queued_for_region
    assert queued is False
    rec = recording()
    assert sync.run_cycle(ctx, settings, transport=rec).exit_code == 0
    assert all(person.identity.encode() not in body for *_, body in rec.requests)
    assert pull_only(ctx, settings).applied == 0


def test_a_listing_stop_is_confirmed_by_the_region(ctx, region, as_clinic, choice_listings):
    """A clinic with enough choice listings at the region declares a stop; the Flag comes back."""
    settings = as_clinic(STOPPER)
    choice_listings(STOPPER, 30)
    now = ctx.now()
    stop_uuid = "00000000-0000-4000-8000-0000000057a1"
    with ctx.begin() as s:
        s.add(ListingStop(uuid=stop_uuid, start_date=date(2026, 12, 1), listed_count=30,
                          created_at=now, created_by="t", modified_at=now, modified_by="t"))
        s.add(OutboxItem(idempotency_key="30000000-0000-4000-8000-0000000057a1", kind="listing-stop",
                         payload={"stop_uuid": stop_uuid}, status="waiting", attempts=0,
                         staff_hsa_id="SE2321000222-P0001", created_at=now))
    assert sync.run_cycle(ctx, settings).exit_code == 0
    with ctx.begin() as s:
        stop = s.scalar(select(ListingStop).where(ListingStop.uuid == stop_uuid))
        stop.end_date = date(2027, 3, 31)
        s.add(OutboxItem(idempotency_key="30000000-0000-4000-8000-0000000057a2", kind="listing-stop-lift",
                         payload={"stop_uuid": stop_uuid}, status="waiting", attempts=0,
                         staff_hsa_id="SE2321000222-P0001", created_at=now))
    assert sync.run_cycle(ctx, settings).exit_code == 0
    with ctx.sessions() as s:
        flag = s.scalar(select(SyncResource).where(SyncResource.identifier == f"urn:uuid:{stop_uuid}"))
    assert flag.resource_type == "Flag" and flag.version == 2
    with region.read() as s:
        stored = s.scalar(select(RegionStop).where(RegionStop.identifier == f"urn:uuid:{stop_uuid}"))
    assert (stored.status, stored.period_end) == ("inactive", date(2027, 3, 31))


# --- helpers that act as other parties ---------------------------------------------------------------


@pytest.fixture
def connect_other(base, certs):
    """Another clinic registers a person's choice (an omval away from this clinic)."""
    clients = []

    def choose(person):
        client = Client(base, certs.context(certs.client(OTHER)))
        clients.append(client)
        bundle, _, _ = B.registration(person.identity, OTHER, guardian=person.guardians[0]["identity"])
        response = client.post(bundle)
        assert response.status_code == 200, response.text

    yield choose
    for c in clients:
        c.close()


@pytest.fixture
def choice_listings(region):
    """`n` active choice listings at a clinic, registered straight in the region's register."""

    def make(clinic_hsa: str, n: int):
        with region.write() as tx:
            have = region.active_choice_count(tx, clinic_hsa)
            for i in range(max(0, n - have)):
                person = region.add_person(tx, identity=make_pnr(date(2010, 1, 1 + i % 28)),
                                           birth_date=date(2010, 1, 1 + i % 28), given_name="Kim", family_name="Lind",
                                           municipality_code="2480")
                region.register_choice(tx, tx.s.get(Person, person.id), clinic_hsa, date(2026, 1, 1), None)

    return make
