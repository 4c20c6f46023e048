"""Push against the real reference service: idempotency, refusals, conflicts, outages, certificates."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from klinik_app.db.models import Examination, Listing, ListingStop, OutboxItem, Patient, SyncResource
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import sync
from klinik_app.services.examinations import record_examination
from klinik_app.services.listing import correct_listing, list_patient
from klinik_app.sync import codes as C
from klinik_app.sync.state import ATTENTION, CONFLICT, SENT, WAITING
from regional_service.db import Listing as RegionListing
from regional_service.db import StoredResource
from tests.conftest import TODAY

from tests.regional.conftest import PRIVATE

from .conftest import UNKNOWN, items

EXAMINER = "SE2321000222-P0002"


def revision(ctx, patient_id, *, examiner=EXAMINER, on=date(2026, 11, 20)):
    exam = ExamInput(on, "tandlakare", examiner, Risks(1, 0, 0, 0), 12, deft=2, dft=1, tobacco=None, bite_check=True)
    return record_examination(ctx, patient_id, exam)


def region_count(region, model, **where) -> int:
    with region.read() as s:
        q = select(func.count()).select_from(model)
        for name, value in where.items():
            q = q.where(getattr(model, name) == value)
        return s.scalar(q)


def test_a_listing_and_a_revision_report_reach_the_region_once_even_when_sent_twice(ctx, twin, region, settings,
                                                                                    recording):
    patient_id, person = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    revision(ctx, patient_id)
    rec = recording()
    result = sync.run_cycle(ctx, settings, transport=rec)
    assert result.exit_code == 0, result.summary
    assert [i.status for i in items(ctx)] == [SENT, SENT]
    with ctx.sessions() as s:
        listing = s.scalar(select(Listing).where(Listing.patient_id == patient_id))
    assert listing.server_id and listing.server_version == "1"
    eoc = f"urn:uuid:{listing.uuid}"
    assert region_count(region, RegionListing, identifier=eoc) == 1
    with ctx.sessions() as s:
        exam_uuid = s.scalar(select(OutboxItem.payload).where(OutboxItem.kind == "revision-report"))["examination_uuid"]
    assert region_count(region, StoredResource, identifier=f"urn:uuid:{exam_uuid}") == 1
    posts = rec.posts
    assert len(posts) == 2
    keys = [p[2]["idempotency-key"] for p in posts]
    assert keys == [i.idempotency_key for i in items(ctx)]

    # The answers were lost (a killed client): the items are sent again with the same keys.
    with ctx.begin() as s:
        s.execute(update(OutboxItem).values(status=WAITING))
    again = recording()
    assert sync.run_cycle(ctx, settings, transport=again).exit_code == 0
    assert [p[2]["idempotency-key"] for p in again.posts] == keys
    assert [p[3] for p in again.posts] == [p[3] for p in posts]  # the same bundles, byte for byte
    assert region_count(region, RegionListing, identifier=eoc) == 1
    assert region_count(region, StoredResource, identifier=f"urn:uuid:{exam_uuid}") == 1

    # Even under a new key (the key store expired), conditional creates create nothing twice.
    with ctx.begin() as s:
        for item in s.scalars(select(OutboxItem)):
            item.status, item.idempotency_key = WAITING, item.idempotency_key[:-4] + "0000"
    assert sync.run_cycle(ctx, settings).exit_code == 0
    assert region_count(region, RegionListing, identifier=eoc) == 1
    assert region_count(region, StoredResource, resource_type="Encounter", identifier=f"urn:uuid:{exam_uuid}") == 1
    assert region_count(region, StoredResource, resource_type="Observation", person_id=person.id) == 8


def test_a_refusal_needs_attention_with_its_swedish_meaning_and_holds_back_only_that_patient(ctx, twin, settings):
    unknown, _ = twin(in_region=False)  # the region has never heard of this person
    known, _ = twin()
    list_patient(ctx, unknown, giver="vardnadshavare1", consent_date=TODAY, method="telefon")
    revision(ctx, unknown)  # later item of the same patient: held back
    list_patient(ctx, known, giver="vardnadshavare1", consent_date=TODAY, method="telefon")
    result = sync.run_cycle(ctx, settings)
    assert result.exit_code == 4
    first, held, other = items(ctx)
    assert (first.status, first.error_code) == (ATTENTION, "okand-patient")
    assert first.last_error.startswith(C.FELKOD["okand-patient"])
    assert held.status == WAITING and held.attempts == 0
    assert other.status == SENT
    assert result.status.attention == 1 and result.status.waiting == 1
    assert any("Behöver åtgärd: listning för Alva Berg: Patienten finns inte i befolkningsregistret" in line
               for line in result.problems)
    assert "1 behöver åtgärd" in result.summary


def test_a_revision_without_examiner_waits_in_attention_and_a_nurse_check_is_never_sent(ctx, twin, settings):
    patient_id, _ = twin()
    now = ctx.now()
    with ctx.begin() as s:  # what an import or an older version may have queued
        for role, examiner, on in (("tandhygienist", None, date(2026, 11, 2)), ("tandskoterska", EXAMINER, date(2026, 11, 3))):
            exam = Examination(uuid=f"00000000-0000-4000-8000-0000000000{on.day:02d}", patient_id=patient_id,
                               examined_on=on, examiner_role=role, examiner_hsa_id=examiner, risk_caries=0,
                               risk_periodontal=0, risk_general=0, risk_technical=0, planned_interval_months=12,
                               origin="local", created_at=now, created_by="t", modified_at=now, modified_by="t")
            s.add(exam)
            s.add(OutboxItem(idempotency_key=f"10000000-0000-4000-8000-0000000000{on.day:02d}", patient_id=patient_id,
                             kind="revision-report", payload={"examination_uuid": exam.uuid}, status=WAITING,
                             attempts=0, staff_hsa_id=EXAMINER, created_at=now))
    result = sync.run_cycle(ctx, settings)
    no_examiner, nurse = items(ctx)
    assert (no_examiner.status, no_examiner.error_code) == (ATTENTION, "undersokare-saknas")
    assert nurse.status == WAITING  # held back behind the item that needs attention
    assert result.exit_code == 4


def test_a_listing_stop_the_region_refuses_needs_attention(ctx, as_clinic):
    settings = as_clinic(PRIVATE)  # a clinic with no choice listings at the region
    now = ctx.now()
    with ctx.begin() as s:  # the service needs 30 choice listings here; the region counts its own
        s.add(ListingStop(uuid="00000000-0000-4000-8000-00000000f1a9", start_date=date(2026, 12, 1), listed_count=30,
                          created_at=now, created_by="t", modified_at=now, modified_by="t"))
        s.add(OutboxItem(idempotency_key="20000000-0000-4000-8000-00000000f1a9", kind="listing-stop",
                         payload={"stop_uuid": "00000000-0000-4000-8000-00000000f1a9"}, status=WAITING, attempts=0,
                         staff_hsa_id=EXAMINER, created_at=now))
    result = sync.run_cycle(ctx, settings)
    item, = items(ctx)
    assert (item.status, item.error_code) == (ATTENTION, "listningsstopp")
    assert item.last_error.startswith(C.FELKOD["listningsstopp"])
    assert result.exit_code == 4


def test_a_correction_is_a_conditional_update_and_a_changed_version_is_a_conflict(ctx, twin, region, settings):
    first, _ = twin()
    second, _ = twin()
    for patient_id in (first, second):
        list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="papper")
    assert sync.run_cycle(ctx, settings).exit_code == 0
    with ctx.sessions() as s:
        listings = {li.patient_id: li for li in s.scalars(select(Listing).where(Listing.patient_id.in_((first, second))))}
    correct_listing(ctx, listings[first].id)
    correct_listing(ctx, listings[second].id)
    with ctx.begin() as s:  # as if the region had changed the second listing since it was read here
        s.get(Listing, listings[second].id).server_version = "7"
    result = sync.run_cycle(ctx, settings)
    ok, conflict = items(ctx)[2:]
    assert ok.status == SENT
    with region.read() as s:
        assert s.scalar(select(RegionListing.status).where(
            RegionListing.identifier == f"urn:uuid:{listings[first].uuid}")) == "entered-in-error"
    assert (conflict.status, conflict.error_code) == (CONFLICT, "412")
    assert conflict.last_error.startswith(C.CONFLICT_TEXT)
    assert result.exit_code == 4 and result.status.conflicts == 1
    with ctx.sessions() as s:  # the pull does not undo the correction made here
        assert s.get(Listing, listings[first].id).status == "entered-in-error"


def test_maintenance_leaves_everything_waiting_and_exits_5(ctx, twin, settings, unavailable):
    patient_id, _ = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    unavailable((503, 1))
    result = sync.run_cycle(ctx, settings)
    assert result.exit_code == 5
    item, = items(ctx)
    assert (item.status, item.attempts) == (WAITING, 0)  # stopped at metadata: nothing was tried
    assert result.status.next_attempt is not None and result.status.last_sync is None
    assert "Inget har gått förlorat" in result.summary
    unavailable(None)
    assert sync.run_cycle(ctx, settings).exit_code == 0
    assert items(ctx)[0].status == SENT
    assert sync.sync_status(ctx).next_attempt is None


def test_an_outage_during_push_keeps_the_item_waiting_with_retry_after(ctx, twin, settings, app, recording):
    patient_id, _ = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    revision(ctx, patient_id)

    def maintenance_after_metadata(n):
        if n == 1:
            app.state.unavailable = (503, 120)

    try:
        before = datetime.now(timezone.utc)
        result = sync.run_cycle(ctx, settings, transport=recording(before=maintenance_after_metadata))
    finally:
        app.state.unavailable = None
    assert result.exit_code == 5 and result.pull is None
    first, second = items(ctx)
    assert (first.status, first.attempts, second.attempts) == (WAITING, 1, 0)
    wait = first.next_attempt_at.replace(tzinfo=timezone.utc) - before
    assert timedelta(seconds=119) <= wait <= timedelta(seconds=125)  # Retry-After: 120
    assert sync.run_cycle(ctx, settings).exit_code == 0
    assert [i.status for i in items(ctx)] == [SENT, SENT]
    assert items(ctx)[0].attempts == 2


@pytest.mark.parametrize("which", ["foreign", "unknown-clinic", "expired"])
def test_a_certificate_the_region_does_not_accept_exits_6_and_keeps_the_queue(ctx, twin, settings, certs, which):
    patient_id, _ = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    if which == "unknown-clinic":
        cert, key = certs.client(UNKNOWN)
    else:
        issued = getattr(certs, which)
        cert, key = issued.cert, issued.key
    refused = sync.SyncSettings(settings.server, str(cert), str(key), settings.ca)
    result = sync.run_cycle(ctx, refused)
    assert result.exit_code == 6, result.summary
    item, = items(ctx)
    assert (item.status, item.attempts) == (WAITING, 0)
    assert "Kön: 1 väntar" in result.summary


def test_a_region_certificate_from_another_ca_is_refused(ctx, settings, certs):
    other_ca = str(certs.foreign.cert)  # not the CA of the region's server certificate
    result = sync.run_cycle(ctx, sync.SyncSettings(settings.server, settings.client_cert, settings.client_key, other_ca))
    assert result.exit_code == 6
    assert "servercertifikat" in result.summary


def test_the_identity_numbers_never_reach_the_log(ctx, twin, settings, caplog):
    patient_id, person = twin(in_region=False)
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    with caplog.at_level("DEBUG"):
        sync.run_cycle(ctx, settings)
    assert caplog.records
    with ctx.sessions() as s:
        pnr = s.get(Patient, patient_id).personnummer
    assert pnr not in caplog.text and pnr[2:] not in caplog.text


def test_sync_resources_remember_what_was_sent(ctx, twin, settings):
    patient_id, _ = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    sync.run_cycle(ctx, settings)
    with ctx.sessions() as s:
        kinds = {r.resource_type for r in s.scalars(select(SyncResource).where(SyncResource.patient_id == patient_id))}
    assert {"EpisodeOfCare", "Consent", "Patient"} <= kinds


def test_bodies_are_fhir_json_with_the_contract_headers(ctx, twin, settings, recording):
    patient_id, _ = twin()
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    rec = recording()
    sync.run_cycle(ctx, settings, transport=rec)
    (_, path, headers, body), = rec.posts
    assert path == "/fhir" and headers["content-type"] == C.FHIR_JSON and headers["accept"] == C.FHIR_JSON
    bundle = json.loads(body)
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["EpisodeOfCare", "Consent", "Provenance"]
    provenance = bundle["entry"][-1]["resource"]
    assert provenance["agent"][0]["who"]["identifier"]["value"] == "SE2321000222-P0001"  # who listed, not who synced
    assert [r for r in rec.requests if r[1].endswith("/metadata")]
