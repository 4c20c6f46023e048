"""Treatments of a visit priced from the fee schedule valid on the treatment date; loading schedules;
the R-TG-4 invoice basis carries the month's treatments."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, FeeSchedule, Treatment
from klinik_app.domain.fee_schedule import parse_toml
from klinik_app.resources import resources_dir
from klinik_app.services import emergency, treatments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.errors import ServiceError
from klinik_app.services.listing_documents import protected_invoice_basis, protected_invoice_rows
from tests.factories import add_appointment, add_patient, add_staff, pnr

DENTIST = "SE2321000222-T0001"
pytestmark = pytest.mark.backends("sqlite", "postgresql")


def sample(name: str):
    return parse_toml((resources_dir() / "fee_schedules" / name).read_text(encoding="utf-8"))


@pytest.fixture
def world(ctx):
    add_staff(ctx, DENTIST, "Tina Tandläkare", "tandlakare")
    patient = add_patient(ctx, pnr(date(2012, 4, 4), 222), "Ella", "Lind", listing="val")
    return ctx, patient


def visit(ctx, patient, when: datetime) -> int:
    return add_appointment(ctx, patient, when, kind="treatment", status="attended", caregiver=DENTIST)


def test_the_sample_schedules_are_loaded_with_the_clinic(ctx):
    kinds = sorted((s.kind, s.version) for s in treatments.list_schedules(ctx))
    assert kinds == [("folktandvarden", "2026"), ("regional", "2025"), ("regional", "2026")]


def test_prices_come_from_the_fee_schedule_valid_on_the_treatment_date(world):
    ctx, patient = world
    old, new = sample("tandvardstaxa-2025.toml"), sample("tandvardstaxa-2026.toml")
    assert old.items["401"].price_ore != new.items["401"].price_ore
    year_end = visit(ctx, patient, datetime(2025, 12, 31, 23, 30))  # local time: still 2025 in Sweden
    new_year = visit(ctx, patient, datetime(2026, 1, 1, 8, 0))
    day_after = visit(ctx, patient, datetime(2026, 1, 2, 8, 0))
    for appointment in (year_end, new_year, day_after):
        treatments.record_treatment(ctx, appointment_id=appointment, code="401", tooth=36, caregiver_hsa_id=DENTIST)
    prices = [treatments.visit_treatments(ctx, appointment_id=a)[0] for a in (year_end, new_year, day_after)]
    assert [p.price_ore for p in prices] == [old.items["401"].price_ore, new.items["401"].price_ore,
                                             new.items["401"].price_ore]
    assert prices[0].treated_on == date(2025, 12, 31) and prices[0].schedule_name == old.name
    too_early = visit(ctx, patient, datetime(2024, 12, 31, 9, 0))
    with pytest.raises(ServiceError, match="Ingen prislista gäller 2024-12-31"):
        treatments.record_treatment(ctx, appointment_id=too_early, code="401", caregiver_hsa_id=DENTIST)


def test_a_loaded_new_version_takes_over_from_its_first_day(world, tmp_path):
    ctx, patient = world
    path = tmp_path / "taxa-2027.csv"
    path.write_text("# typ: regional\n# version: 2027\n# namn: Tandvårdstaxa 2027\n# giltig_fran: 2027-01-01\n"
                    "kod;benamning;pris\n401;Tandextraktion, enkel;1 100,00\n", encoding="utf-8")
    info = treatments.load_fee_schedule(ctx, path)
    assert (info.version, info.items) == ("2027", 1)
    before, after = visit(ctx, patient, datetime(2026, 12, 31, 9)), visit(ctx, patient, datetime(2027, 1, 1, 9))
    for a in (before, after):
        treatments.record_treatment(ctx, appointment_id=a, code="401", caregiver_hsa_id=DENTIST)
    assert treatments.visit_treatments(ctx, appointment_id=after)[0].price_ore == 110000
    assert treatments.visit_treatments(ctx, appointment_id=before)[0].price_ore == sample("tandvardstaxa-2026.toml").items["401"].price_ore
    with pytest.raises(ServiceError, match="version 2027 är redan inläst"):
        treatments.load_fee_schedule(ctx, path)


def test_a_broken_schedule_file_is_refused_with_the_line_and_nothing_is_stored(ctx, tmp_path):
    path = tmp_path / "taxa.csv"
    path.write_text("# typ: regional\n# version: 9\n# namn: T\n# giltig_fran: 2030-01-01\nkod;benamning;pris\n"
                    "101;Bas;100\n102;Bas2;12.345\n", encoding="utf-8")
    with pytest.raises(ServiceError, match=r"taxa.csv: Rad 7: priset '12.345'"):
        treatments.load_fee_schedule(ctx, path)
    with ctx.sessions() as s:
        assert s.scalar(select(FeeSchedule.id).where(FeeSchedule.version == "9")) is None


def test_emergency_treatments_are_priced_from_folktandvardens_list(world):
    ctx, _ = world
    row = emergency.record_emergency_visit(ctx, emergency.EmergencyInput(
        pnr(date(1990, 2, 2), 444), "Omar", "Haddad", date(2026, 11, 20), "Värk i 36, öppnad och rensad",
        residence="annat-lan"))
    treatments.record_treatment(ctx, emergency_visit_id=row.id, code="501", tooth=36, caregiver_hsa_id=DENTIST)
    done = treatments.visit_treatments(ctx, emergency_visit_id=row.id)
    assert [(t.code, t.tooth, t.price_ore) for t in done] == [
        ("501", 36, sample("folktandvarden-vasterbotten-2026.toml").items["501"].price_ore)]


def test_tooth_and_caregiver_are_checked(world):
    ctx, patient = world
    a = visit(ctx, patient, datetime(2026, 11, 2, 9))
    with pytest.raises(ServiceError, match="FDI"):
        treatments.record_treatment(ctx, appointment_id=a, code="701", tooth=19, caregiver_hsa_id=DENTIST)
    with pytest.raises(ServiceError, match="Välj vem som utförde"):
        treatments.record_treatment(ctx, appointment_id=a, code="701", caregiver_hsa_id="SE2321000222-T9999")
    with pytest.raises(ServiceError, match="Åtgärdskod 999 finns inte"):
        treatments.record_treatment(ctx, appointment_id=a, code="999", caregiver_hsa_id=DENTIST)


def test_a_treatment_entered_by_mistake_is_removed_on_the_record(world):
    ctx, patient = world
    a = visit(ctx, patient, datetime(2026, 11, 2, 9))
    tid = treatments.record_treatment(ctx, appointment_id=a, code="701", tooth=16, caregiver_hsa_id=DENTIST)
    shown = treatments.visit_treatments(ctx, appointment_id=a)[0]
    treatments.remove_treatment(ctx, tid, expected_version=shown.row_version)
    assert treatments.visit_treatments(ctx, appointment_id=a) == []
    with ctx.sessions() as s:
        kept = s.get(Treatment, tid)
        assert kept.removed_by == ctx.actor.user_id and kept.removed_at is not None
        details = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.patient_id == patient)).all()
    assert "behandling 701 registrerad" in details and "behandling 701 borttagen (felregistrerad)" in details
    with pytest.raises(ServiceError, match="redan borttagen"):
        treatments.remove_treatment(ctx, tid)


def test_r_tg_4_invoice_rows_carry_the_months_treatments_at_the_regional_price(world, tmp_path):
    ctx, _ = world
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    sara = add_patient(ctx, pnr(date(2015, 4, 4), 333), "Sara", "Skyddad", protected=True, listing="val",
                       listed_from=date(2020, 1, 1))
    october, november = visit(ctx, sara, datetime(2026, 10, 5, 9)), visit(ctx, sara, datetime(2026, 11, 5, 9))
    for a, code in ((october, "101"), (october, "701"), (november, "401")):
        treatments.record_treatment(ctx, appointment_id=a, code=code, tooth=16 if code == "701" else None,
                                    caregiver_hsa_id=DENTIST)
    rows = protected_invoice_rows(ctx, date(2026, 10, 1))
    prices = sample("tandvardstaxa-2026.toml").items
    assert [(t.code, t.description) for t in rows[0].treatments] == [
        ("101", prices["101"].name), ("701", f"{prices['701'].name}, tand 16")]
    assert rows[0].total * 100 == prices["101"].price_ore + prices["701"].price_ore
    assert protected_invoice_basis(ctx, date(2026, 10, 1), csv=tmp_path / "f.csv") == 1
    assert "701" in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
