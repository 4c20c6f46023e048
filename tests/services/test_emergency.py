"""Emergency visits (R-EM-1..3, R-TG-4): the payer from the REAL reference service over HTTPS with
mutual TLS (tests/regional's fixtures), the "Betalare okänd" list and its later resolution."""

from __future__ import annotations

from datetime import date

import httpx2
import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, EmergencyVisit, Patient
from klinik_app.domain.payer import AREA_CLINIC, LISTING_CLINIC, UNKNOWN, Clinic
from klinik_app.services import area_clinics, emergency, sync
from klinik_app.services.emergency import EmergencyInput
from klinik_app.services.errors import ServiceError
from klinik_app.services.sync import SyncSettings
from tests.conftest import CLINIC_HSA_ID
from tests.factories import add_patient, pnr
from tests.regional import conftest as regional
from tests.regional.conftest import CLINICS, OTHER, make_pnr
from tests.sync.conftest import Recording, region_db  # noqa: F401 (the service on SQLite, as for the client)

AREA = ("SE2321000222-E11111", "Folktandvården Umeå centrum")
# The reference service and its register, the same fixtures as tests/regional's.
app, base, certs, person, region, server = (regional.app, regional.base, regional.certs, regional.person,
                                            regional.region, regional.server)


@pytest.fixture
def settings(base, certs) -> SyncSettings:
    cert, key = certs.client(CLINIC_HSA_ID)
    return SyncSettings(base, str(cert), str(key), str(certs.ca.cert))


@pytest.fixture
def offline(certs) -> SyncSettings:
    cert, key = certs.client(CLINIC_HSA_ID)
    return SyncSettings("https://127.0.0.1:9/fhir", str(cert), str(key), str(certs.ca.cert))  # nothing listens


@pytest.fixture
def area(ctx):
    area_clinics.save_area(ctx, "2480", None, *AREA)
    return ctx


def visit_of(identity: str, **kw) -> EmergencyInput:
    fields = dict(first_name="Alva", last_name="Berg", visited_on=date(2026, 11, 20), summary="Tappat fyllning i 46",
                  street="Storgatan 1", postal_code="903 26", postal_town="Umeå", municipality_code="2480")
    return EmergencyInput(identity, **{**fields, **kw})


def test_r_em_1_listed_elsewhere_the_listing_clinic_pays(area, settings, person):
    p = person(assign=OTHER)
    row = emergency.record_emergency_visit(area, visit_of(p.identity), settings=settings)
    assert (row.payer_kind, row.payer_hsa_id, row.payer_name) == (LISTING_CLINIC, OTHER, CLINICS[OTHER][0])
    with area.sessions() as s:
        local = s.scalars(select(Patient).where(Patient.personnummer == p.identity)).one()  # registered here, unlisted
        assert not local.listings and s.get(EmergencyVisit, row.id).looked_up_at is not None
        assert s.scalar(select(AccessLogEntry.detail).where(AccessLogEntry.patient_id == local.id)).startswith("akutbesök")


def test_r_em_1_not_listed_the_area_clinic_pays(area, settings, person):
    p = person(date(1990, 1, 1))  # an adult listed nowhere
    row = emergency.record_emergency_visit(area, visit_of(p.identity), settings=settings)
    assert (row.payer_kind, row.payer_hsa_id, row.payer_name) == (AREA_CLINIC, *AREA)


def test_a_patient_listed_here_is_refused_and_nothing_is_stored(area, settings, person):
    p = person(assign=CLINIC_HSA_ID)
    with pytest.raises(ServiceError, match="listad här hos oss"):
        emergency.record_emergency_visit(area, visit_of(p.identity), settings=settings)
    local = add_patient(area, pnr(date(2014, 2, 2), 777), "Ella", "Här", listing="val")
    with pytest.raises(ServiceError, match="listad här hos oss"):
        emergency.record_emergency_visit(area, visit_of(pnr(date(2014, 2, 2), 777)), settings=settings)
    with area.sessions() as s:
        assert s.scalars(select(EmergencyVisit)).all() == [] and local


def test_unreachable_region_puts_the_visit_on_the_unknown_list_until_resolved(area, offline, settings, person):
    p = person(assign=OTHER)
    row = emergency.record_emergency_visit(area, visit_of(p.identity), settings=offline)
    assert row.payer_kind == UNKNOWN and "Försöks igen" in row.payer_reason
    assert [v.id for v in emergency.unknown_payers(area)] == [row.id]
    assert emergency.resolve_unknown_payers(area, settings=offline) == 0  # still offline: still waiting
    assert emergency.resolve_unknown_payers(area, settings=settings) == 1
    assert emergency.unknown_payers(area) == []
    assert emergency.visits_in(area, date(2026, 11, 1))[0].payer_hsa_id == OTHER


@pytest.mark.parametrize("garbage", [b"<html>Maintenance</html>", b'{"resourceType": "Bundle", "type": "searchset", '
                                     b'"entry": [{"resource": {"resourceType": "EpisodeOfCare"}}]}'])
def test_a_garbage_answer_leaves_the_payer_unknown_and_nothing_is_lost(area, settings, person, garbage):
    p = person(assign=OTHER)
    junk = httpx2.MockTransport(lambda request: httpx2.Response(200, content=garbage))
    row = emergency.record_emergency_visit(area, visit_of(p.identity), settings=settings, transport=junk)
    assert row.payer_kind == UNKNOWN and row.summary == "Tappat fyllning i 46"
    assert emergency.resolve_unknown_payers(area, settings=settings) == 1


def test_a_good_sync_cycle_resolves_the_unknown_payers(area, offline, settings, person):
    p = person(assign=OTHER)
    row = emergency.record_emergency_visit(area, visit_of(p.identity), settings=offline)
    assert sync.run_cycle(area, settings).exit_code in (sync.OK, sync.ATTENTION)
    assert emergency.visits_in(area, date(2026, 11, 1))[0].payer_kind == LISTING_CLINIC and row.id


def test_r_tg_4_protected_patient_is_never_looked_up(area, settings, certs):
    identity = make_pnr(date(1995, 5, 5))
    add_patient(area, identity, "Sara", "Skyddad", protected=True)
    recording = Recording(certs, certs.client(CLINIC_HSA_ID))
    try:
        row = emergency.record_emergency_visit(area, visit_of(identity), settings=settings, transport=recording)
        emergency.resolve_unknown_payers(area, settings=settings, transport=recording)
    finally:
        recording.close()
    assert recording.requests == []  # nothing left the machine
    assert row.payer_kind == AREA_CLINIC and "Skyddad identitet" in row.payer_reason
    assert row.personnummer == emergency.PROTECTED_TEXT


def test_r_tg_4_protected_patient_without_an_area_mapping_waits_without_asking(ctx, settings, certs):
    identity = make_pnr(date(1995, 6, 6))
    add_patient(ctx, identity, "Sara", "Skyddad", protected=True)
    recording = Recording(certs, certs.client(CLINIC_HSA_ID))
    try:
        row = emergency.record_emergency_visit(ctx, visit_of(identity), settings=settings, transport=recording)
        assert row.payer_kind == UNKNOWN
        area_clinics.save_area(ctx, "2480", "903", *AREA)
        assert emergency.resolve_unknown_payers(ctx, settings=settings, transport=recording) == 1
    finally:
        recording.close()
    assert recording.requests == []


def test_r_em_3_living_in_another_county_the_named_listing_clinic_pays(area, settings, person):
    p = person(date(1980, 3, 3))
    row = emergency.record_emergency_visit(area, visit_of(p.identity, residence="annat-lan"), settings=settings)
    assert row.payer_kind == UNKNOWN and "R-EM-3" in row.payer_reason  # never the area clinic
    emergency.name_listing_clinic(area, row.id, Clinic("SE2321000333-E00001", "Tandvården Luleå"))
    assert emergency.unknown_payers(area) == []
    assert emergency.visits_in(area, date(2026, 11, 1))[0].payer_name == "Tandvården Luleå"


def test_the_form_is_checked_before_anything_is_stored(ctx):
    with pytest.raises(ServiceError):
        emergency.record_emergency_visit(ctx, visit_of("19900101-0000"))
    with pytest.raises(ServiceError, match="besvär"):
        emergency.record_emergency_visit(ctx, visit_of(make_pnr(date(1990, 1, 1)), summary=" "))
    with pytest.raises(ServiceError, match="framtiden"):
        emergency.record_emergency_visit(ctx, visit_of(make_pnr(date(1990, 1, 1)), visited_on=date(2026, 11, 23)))
