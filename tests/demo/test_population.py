"""The demo population generator: pure, deterministic, and true to the rules it exercises."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from random import Random

import pytest

from klinik_app.demo import DemoHousehold, DemoPatient, generate_households, generate_staff
from klinik_app.demo.population import _Builder
from klinik_app.demo.tables import tables
from klinik_app.domain.dates import age_on, first_of_next_month
from klinik_app.domain.identity import IdKind, parse_identity_number

TODAY = date(2026, 11, 22)
SAMPLE = 20_000
COUNTY = {  # rules.md R-TG-2
    "2401", "2403", "2404", "2409", "2417", "2418", "2421", "2422",
    "2425", "2460", "2462", "2463", "2480", "2481", "2482",
}


@pytest.fixture(scope="module")
def staff():
    return generate_staff(7)


@pytest.fixture(scope="module")
def households(staff) -> list[DemoHousehold]:
    return list(generate_households(SAMPLE, 7, TODAY, staff))


@pytest.fixture(scope="module")
def patients(households) -> list[DemoPatient]:
    return [p for h in households for p in h.children]


def share(items, condition) -> float:
    items = list(items)
    return sum(1 for i in items if condition(i)) / len(items)


def test_demo_is_deterministic_per_seed(staff):
    first = list(generate_households(3000, 5, TODAY, staff))
    assert first == list(generate_households(3000, 5, TODAY, staff))
    assert first != list(generate_households(3000, 6, TODAY, staff))
    assert generate_staff(5) == generate_staff(5)
    assert generate_staff(5) != generate_staff(6)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 999])
def test_demo_gives_exactly_the_number_of_patients_asked_for(staff, n):
    assert sum(len(h.children) for h in generate_households(n, 3, TODAY, staff)) == n


def test_demo_refuses_a_negative_count(staff):
    with pytest.raises(ValueError):
        generate_households(-1, 1, TODAY, staff)


def test_demo_identity_numbers_are_valid_unique_and_match_birth_and_sex(households, patients):
    numbers = [p.personnummer for p in patients] + [g.personnummer for h in households for g in h.guardians]
    assert len(numbers) == len(set(numbers))
    for p in patients:
        parsed = parse_identity_number(p.personnummer, TODAY)
        assert parsed.digits == p.personnummer and parsed.kind is IdKind.PERSONNUMMER
        assert parsed.birth_date == p.birth_date
        assert p.sex == ("M" if int(p.personnummer[10]) % 2 else "F")
    for h in households:
        for g in h.guardians:
            assert parse_identity_number(g.personnummer, TODAY).kind is IdKind.PERSONNUMMER


def test_demo_serials_of_a_birth_date_are_all_distinct_until_they_run_out():
    builder = _Builder(Random(1), TODAY, [])
    for male, count in ((True, 500), (False, 499)):  # serial 000 is never issued
        numbers = {builder.identity(date(2012, 2, 29), male) for _ in range(count)}
        assert len(numbers) == count
        assert all(parse_identity_number(n, TODAY).birth_date == date(2012, 2, 29) for n in numbers)
        with pytest.raises(ValueError):
            builder.identity(date(2012, 2, 29), male)


def test_r_tg_1_demo_patients_are_3_to_23_by_year(patients):
    years = Counter(TODAY.year - p.birth_date.year for p in patients)
    assert set(years) == set(range(3, 24))
    # Roughly flat: no birth year far from its share.
    assert min(years.values()) > 0.6 * SAMPLE / 21 and max(years.values()) < 1.4 * SAMPLE / 21


def test_demo_leap_day_births_occur(patients):
    leap_days = {p.birth_date for p in patients if (p.birth_date.month, p.birth_date.day) == (2, 29)}
    assert leap_days and all(d.year % 4 == 0 for d in leap_days)


def test_demo_households_share_address_and_guardians(households):
    keys = [g.key for h in households for g in h.guardians]
    assert len(keys) == len(set(keys))
    for h in households:
        assert 1 <= len(h.children) <= 4 and len(h.guardians) <= 2
        household_keys = tuple(g.key for g in h.guardians)
        for p in h.children:
            assert p.address == h.address
            if age_on(p.birth_date, TODAY) < 18:
                assert p.guardian_keys == household_keys
        if h.guardians:
            assert h.guardians[0].address == h.address
            assert any(age_on(p.birth_date, TODAY) < 18 for p in h.children)


def test_demo_adults_have_no_guardians_and_their_own_phone(patients):
    adults = [p for p in patients if age_on(p.birth_date, TODAY) >= 18]
    assert adults
    assert all(p.guardian_keys == () and p.phone for p in adults)
    assert 0.2 < share(adults, lambda p: p.email is not None) < 0.4
    assert all(p.email is None for p in patients if age_on(p.birth_date, TODAY) < 18)


def test_demo_guardians_are_plausible_parents(households):
    with_guardians = [h for h in households if h.guardians]
    assert 0.2 < share(with_guardians, lambda h: len(h.guardians) == 1) < 0.3
    pairs = [h for h in with_guardians if len(h.guardians) == 2]
    assert 0.06 < share(pairs, lambda h: h.guardians[1].address != h.address) < 0.14
    for h in with_guardians:
        for g in h.guardians:
            born = parse_identity_number(g.personnummer, TODAY).birth_date
            assert 1960 <= born.year <= 2005
            assert all(20 <= age_on(born, p.birth_date) <= 45 for p in h.children)


def test_demo_contact_details_look_swedish(patients, households):
    phone = re.compile(r"^07\d-\d{3} \d{2} \d{2}$")
    assert all(phone.match(p.phone) for p in patients if p.phone)
    assert all(phone.match(g.phone) for h in households for g in h.guardians)
    assert all(re.match(r"^[a-z0-9.-]+@exempel\.se$", p.email) for p in patients if p.email)
    assert all(re.match(r"^\d{3} \d{2}$", p.address.postal_code) and p.address.street for p in patients)


def test_r_li_1_demo_minor_consent_by_guardian(patients):
    choices = [p for p in patients if p.listing_type == "val"]
    assert choices
    for p in choices:
        assert p.consent_date < TODAY
        assert p.consent_method in {"pa-plats", "telefon", "papper", "e-tjanst"}
        if age_on(p.birth_date, p.consent_date) >= 18:
            assert p.consent_giver == "patient"
        else:
            assert p.consent_giver in {"vardnadshavare1", "vardnadshavare2"}
            assert len(p.guardian_keys) >= int(p.consent_giver[-1])  # only a guardian that exists
    assert {p.consent_giver for p in choices} == {"patient", "vardnadshavare1", "vardnadshavare2"}
    others = [p for p in patients if p.listing_type != "val"]
    assert all(p.consent_date is p.consent_giver is p.consent_method is None for p in others)


def test_r_li_3_demo_choice_listing_starts_first_of_next_month(patients):
    for p in patients:
        if p.listing_type == "val":
            assert p.listed_from == first_of_next_month(p.consent_date)
            assert date(p.birth_date.year + 3, 1, 1) <= p.listed_from <= date(p.birth_date.year + 23, 12, 31)


def test_r_li_2_demo_assigned_listing_starts_in_year_of_3rd_birthday_or_on_moving_in(patients):
    assigned = [p for p in patients if p.listing_type == "icke-val"]
    for p in assigned:
        assert date(p.birth_date.year + 3, 1, 1) <= p.listed_from <= TODAY
    assert 0.75 < share(assigned, lambda p: p.listed_from == date(p.birth_date.year + 3, 1, 1)) < 0.95


def test_demo_listing_shares(patients):
    kinds = Counter(p.listing_type for p in patients)
    assert 0.56 < kinds["val"] / SAMPLE < 0.64
    assert 0.34 < kinds["icke-val"] / SAMPLE < 0.42
    assert 0.01 < kinds[None] / SAMPLE < 0.04
    assert all(p.listed_from is None for p in patients if p.listing_type is None)


def test_r_tg_4_demo_about_one_percent_protected(patients):
    protected = [p for p in patients if p.protected_identity]
    assert 0.005 < len(protected) / SAMPLE < 0.016
    assert all(p.address.street and p.address.postal_code for p in protected)  # masked by the application
    assert all(p.listing_type != "icke-val" for p in protected)  # never assigned through the listing system


def test_r_tg_2_demo_all_county_municipalities_appear(patients):
    codes = Counter(p.address.municipality_code for p in patients)
    assert COUNTY <= set(codes)
    assert 0.45 < codes["2480"] / SAMPLE < 0.6  # Umeå
    assert 0.2 < codes["2482"] / SAMPLE < 0.32  # Skellefteå


def test_r_tg_2_demo_some_patients_live_outside_the_county_and_are_not_listed(patients):
    outside = [p for p in patients if p.address.municipality_code not in COUNTY]
    assert 0 < len(outside) / SAMPLE < 0.01
    assert all(p.listing_type is None for p in outside)


def test_r_li_6_demo_responsible_dentist_mostly_set_and_unevenly_spread(patients, staff):
    dentists = [s.hsa_id for s in staff if s.role == "tandlakare"]
    counts = Counter(p.responsible_dentist_hsa_id for p in patients)
    assert set(counts) <= set(dentists) | {None}
    assert 0 < counts[None] / SAMPLE < 0.015
    assert counts[dentists[0]] > 2 * counts[dentists[-1]]


def test_demo_responsible_dentist_is_none_without_dentists():
    households = generate_households(50, 1, TODAY, [])
    assert all(p.responsible_dentist_hsa_id is None for h in households for p in h.children)


def test_demo_staff_roles_and_hsa_ids(staff):
    assert Counter(s.role for s in staff) == {"tandlakare": 6, "tandhygienist": 4, "tandskoterska": 4, "reception": 3}
    assert all(re.match(r"^SE2321000222-D\d{4}$", s.hsa_id) for s in staff)
    assert len({s.hsa_id for s in staff}) == len({s.name for s in staff}) == len(staff)


def test_demo_data_files_are_complete():
    t = tables()
    for table, size in ((t.girls, 150), (t.boys, 150), (t.women, 60), (t.men, 60), (t.surnames, 200)):
        assert len(table.values) >= size and len(set(table.values)) == len(table.values)
    assert len(t.streets) >= 150 and len(set(t.streets)) == len(t.streets)
    assert set(t.county_municipalities.values) == COUNTY
    assert all(code in t.postal_areas for code in (*COUNTY, *t.other_municipalities))
