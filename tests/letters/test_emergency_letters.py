"""R-EM-2 report-back letter and the R-EM-1 invoice basis per payer, read back with pypdf."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from klinik_app.domain.fee_schedule import format_price, parse_toml
from klinik_app.domain.payer import Clinic
from klinik_app.resources import resources_dir
from klinik_app.services import emergency, treatments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.emergency import EmergencyInput
from klinik_app.services.errors import ServiceError
from tests.factories import add_staff, pnr
from tests.letters.pdf import page_texts

DENTIST = "SE2321000222-T0001"
LULEA = Clinic("SE2321000333-E00001", "Tandvården Luleå")
KIRUNA = Clinic("SE2321000333-E00002", "Tandvården Kiruna")
PRICES = parse_toml((resources_dir() / "fee_schedules" / "folktandvarden-vasterbotten-2026.toml").read_text("utf-8")).items


@pytest.fixture
def clinic(ctx):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, DENTIST, "Tina Tandläkare", "tandlakare")
    return ctx


def visit(ctx, serial: int, name: str, day: date, home: Clinic | None) -> int:
    first, last = name.split()
    row = emergency.record_emergency_visit(ctx, EmergencyInput(
        pnr(date(1988, 8, 8), serial), first, last, day, "Svullnad vid 46.\nDränerat, antibiotika utskrivet.",
        residence="annat-lan", listing_clinic=home))
    return row.id


def test_r_em_2_report_back_letter_to_the_home_clinic(clinic, tmp_path):
    v = visit(clinic, 501, "Omar Haddad", date(2026, 11, 20), LULEA)
    treatments.record_treatment(clinic, emergency_visit_id=v, code="501", tooth=46, caregiver_hsa_id=DENTIST)
    emergency.report_back_letter_pdf(clinic, v, tmp_path / "rapport.pdf")
    text = " ".join(page_texts(tmp_path / "rapport.pdf"))
    assert "Tandvården Luleå" in text and "Rapport om akut tandvård" in text
    assert "Omar Haddad" in text and "19880808-501" in text and "20 november 2026" in text
    assert "Dränerat, antibiotika utskrivet." in text and f"501 {PRICES['501'].name}, tand 46" in text
    assert "uppföljning är därför ert ansvar" in text
    assert emergency.visits_in(clinic, date(2026, 11, 1))[0].report_letter_on == clinic.today


def test_r_em_2_no_report_while_the_home_clinic_is_unknown(clinic, tmp_path):
    v = visit(clinic, 502, "Nils Ek", date(2026, 11, 20), None)
    with pytest.raises(ServiceError, match="inte känd ännu"):
        emergency.report_back_letter_pdf(clinic, v, tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


def test_r_em_1_invoice_basis_per_payer_and_month_at_folktandvardens_prices(clinic, tmp_path):
    a = visit(clinic, 503, "Omar Haddad", date(2026, 11, 3), LULEA)
    b = visit(clinic, 504, "Lisa Berg", date(2026, 11, 10), KIRUNA)
    visit(clinic, 505, "Nils Ek", date(2026, 11, 12), None)  # payer unknown: waits, not invoiced
    visit(clinic, 506, "Tove Ström", date(2026, 10, 30), LULEA)  # another month
    for v, code in ((a, "103"), (a, "501"), (b, "401")):
        treatments.record_treatment(clinic, emergency_visit_id=v, code=code, caregiver_hsa_id=DENTIST)
    result = emergency.emergency_invoice_basis(clinic, date(2026, 11, 1), tmp_path / "f.pdf", tmp_path / "f.csv")
    assert (result.payers, result.visits, result.waiting) == (2, 2, 1)
    pages = page_texts(tmp_path / "f.pdf")
    lulea = next(p for p in pages if "Tandvården Luleå" in p)
    total = format_price(PRICES["103"].price_ore + PRICES["501"].price_ore).replace("\u00a0", " ")
    assert "Omar Haddad" in lulea and "Lisa Berg" not in lulea and "Tove" not in lulea and total in lulea
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    assert lines[0][:2] == ["Betalare HSA-id", "Betalare"]
    assert sorted((line[0], line[5]) for line in lines[1:]) == [
        (LULEA.hsa_id, "103"), (LULEA.hsa_id, "501"), (KIRUNA.hsa_id, "401")]
    with pytest.raises(ServiceError, match="inga akutbesök att fakturera för 2026-09"):
        emergency.emergency_invoice_basis(clinic, date(2026, 9, 1), tmp_path / "g.pdf")
