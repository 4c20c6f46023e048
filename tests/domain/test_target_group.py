"""The target group of Hälsoval tandvård (R-TG-1..3)."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from klinik_app.domain.dates import add_years, age_on
from klinik_app.domain.identity import IdKind, IdentityNumber, parse_identity_number
from klinik_app.domain.ruleset import RuleSet, default_rules_dir, load_rule_set
from klinik_app.domain.target_group import OutsideReason, membership_window, target_group_status

RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")
UMEA = "2480"


def luhn(digits: str) -> int:
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return -total % 10


def person(birth: date, *, coordination: bool = False) -> IdentityNumber:
    day = birth.day + (60 if coordination else 0)
    body = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}424"
    return parse_identity_number(f"{birth.year:04d}{body[2:]}{luhn(body)}", date(2100, 1, 1))


def status(birth: date, on: date, code: str | None = UMEA, rules: RuleSet = RULES, **kwargs):
    return target_group_status(person(birth), code, on, rules, **kwargs)


def with_target_group(**changes) -> RuleSet:
    return replace(RULES, target_group=replace(RULES.target_group, **changes))


# --- R-TG-1: ages -------------------------------------------------------------------------------------


def test_r_tg_1_window_is_january_1_of_third_birthday_year_to_december_31_of_23rd():
    assert membership_window(date(2024, 5, 14), RULES.target_group) == (date(2027, 1, 1), date(2047, 12, 31))


def test_r_tg_1_in_from_january_first_of_year_of_third_birthday():
    birth = date(2024, 11, 30)  # still 2 years old on 2027-01-01
    s = status(birth, date(2027, 1, 1))
    assert s.in_group and s.reason == "i-malgruppen"
    assert s.message == "I målgruppen (R-TG-1, R-TG-2): folkbokförd i Umeå kommun, ingår till och med 2047-12-31."
    assert (s.window_start, s.window_end) == (date(2027, 1, 1), date(2047, 12, 31))


def test_r_tg_1_out_on_december_31_before_the_year_of_third_birthday():
    s = status(date(2024, 11, 30), date(2026, 12, 31))
    assert not s.in_group and s.reason == "for-ung"
    assert s.message == "Utanför målgruppen (R-TG-1): fyller 3 år 2027 och ingår från 2027-01-01."


def test_r_tg_1_zero_to_two_year_olds_not_included():
    birth = date(2023, 1, 1)
    for on in (birth, date(2024, 6, 1), date(2025, 12, 31)):
        assert status(birth, on).reason == "for-ung"
    assert status(birth, date(2026, 1, 1)).in_group


def test_r_tg_1_in_on_december_31_of_year_of_23rd_birthday():
    s = status(date(2002, 1, 1), date(2025, 12, 31))
    assert s.in_group


def test_r_tg_1_out_after_december_31_of_year_of_23rd_birthday():
    s = status(date(2002, 1, 1), date(2026, 1, 1))
    assert not s.in_group and s.reason == "for-gammal"
    assert s.message == "Utanför målgruppen (R-TG-1): fyllde 23 år 2025 och ingick till och med 2025-12-31."


def test_r_tg_1_born_december_31_stays_until_the_year_end_of_23rd_birthday():
    birth = date(2002, 12, 31)
    assert status(birth, date(2025, 12, 31)).in_group  # the 23rd birthday itself
    assert status(birth, date(2026, 1, 1)).reason == "for-gammal"
    assert status(birth, date(2005, 1, 1)).in_group  # 2 years old, but the year of the 3rd birthday
    assert status(birth, date(2004, 12, 31)).reason == "for-ung"


def test_r_tg_1_leap_day_birth():
    birth = date(2020, 2, 29)
    assert membership_window(birth, RULES.target_group) == (date(2023, 1, 1), date(2043, 12, 31))
    assert status(birth, date(2022, 12, 31)).reason == "for-ung"
    assert status(birth, date(2023, 1, 1)).in_group
    assert status(birth, date(2043, 12, 31)).in_group
    assert status(birth, date(2044, 1, 1)).reason == "for-gammal"


def test_r_tg_1_start_on_the_birthday_when_the_rule_set_says_so():
    rules = with_target_group(start="birthday")
    birth = date(2020, 2, 29)
    assert membership_window(birth, rules.target_group)[0] == date(2023, 2, 28)  # 3 years old that day
    assert status(birth, date(2023, 2, 27), rules=rules).message == (
        "Utanför målgruppen (R-TG-1): fyller 3 år 2023-02-28 och ingår från 2023-02-28."
    )
    assert status(birth, date(2023, 2, 28), rules=rules).in_group


def test_r_tg_1_end_before_next_birthday_when_the_rule_set_says_so():
    rules = with_target_group(end="before-next-birthday")
    assert membership_window(date(2020, 2, 29), rules.target_group)[1] == date(2044, 2, 28)
    assert membership_window(date(2002, 6, 15), rules.target_group)[1] == date(2026, 6, 14)
    assert status(date(2002, 6, 15), date(2026, 6, 14), rules=rules).in_group
    assert status(date(2002, 6, 15), date(2026, 6, 15), rules=rules).reason == "for-gammal"


def test_r_tg_1_samordningsnummer_never_in_group():
    identity = person(date(2015, 4, 10), coordination=True)
    assert identity.kind is IdKind.SAMORDNINGSNUMMER
    s = target_group_status(identity, UMEA, date(2025, 1, 1), RULES)
    assert not s.in_group and s.reason == "samordningsnummer"
    assert "R-TG-1" in s.message and "folkbokförd" in s.message


@given(
    birth=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    on=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
)
def test_r_tg_1_samordningsnummer_never_in_group_on_any_day(birth, on):
    assert not target_group_status(person(birth, coordination=True), UMEA, on, RULES).in_group


@given(
    birth=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    on=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
)
def test_r_tg_1_in_group_exactly_from_the_year_turning_3_through_the_year_turning_23(birth, on):
    s = status(birth, on)
    assert s.in_group == (3 <= on.year - birth.year <= 23)
    if s.in_group:
        assert 2 <= age_on(birth, on) <= 23
    else:
        assert s.reason == ("for-ung" if on < s.window_start else "for-gammal")
        assert s.window_start <= add_years(birth, 3) and s.window_end >= add_years(birth, 23)


# --- R-TG-2: the county --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    ["2401", "2403", "2404", "2409", "2417", "2418", "2421", "2422", "2425", "2460", "2462", "2463", "2480", "2481", "2482"],
)
def test_r_tg_2_every_vasterbotten_municipality_is_in_the_county(code):
    assert status(date(2015, 3, 15), date(2025, 1, 1), code).in_group


@pytest.mark.parametrize("code", ["0180", "2581", "2402", "24", "248O"])
def test_r_tg_2_municipality_outside_county(code):
    s = status(date(2015, 3, 15), date(2025, 1, 1), code)
    assert not s.in_group and s.reason == "utanfor-lanet"
    assert "R-TG-2" in s.message and code in s.message


@pytest.mark.parametrize("code", [None, "", "   "])
def test_r_tg_2_municipality_code_missing(code):
    s = status(date(2015, 3, 15), date(2025, 1, 1), code)
    assert not s.in_group and s.reason == "kommunkod-saknas"
    assert "R-TG-2" in s.message


def test_r_tg_2_municipality_code_with_spaces_is_accepted():
    assert status(date(2015, 3, 15), date(2025, 1, 1), " 2480 ").in_group


# --- R-TG-3: outside Hälsoval --------------------------------------------------------------------------


@pytest.mark.parametrize("reason", list(OutsideReason))
def test_r_tg_3_outside_reasons_put_the_person_outside_with_a_swedish_label(reason):
    s = status(date(2015, 3, 15), date(2025, 1, 1), outside_reason=reason)
    assert not s.in_group
    assert s.reason == reason.value
    assert reason.label in s.message and "R-TG-3" in s.message


def test_r_tg_3_has_the_six_reasons_of_the_rule():
    assert {r.value for r in OutsideReason} == {
        "asylsokande", "eu-migrant", "papperslos", "folkbokford-i-annat-lan",
        "placerad-utan-val", "placerad-fran-annat-lan",
    }  # fmt: skip
    assert OutsideReason.ASYLUM_SEEKER.label == "Asylsökande"


# --- death and check order -----------------------------------------------------------------------------


def test_deceased_is_outside_from_the_day_of_death_but_not_before():
    birth = date(2015, 3, 15)
    s = status(birth, date(2025, 1, 1), deceased_on=date(2024, 12, 31))
    assert not s.in_group and s.reason == "avliden"
    assert "2024-12-31" in s.message
    assert status(birth, date(2024, 12, 31), deceased_on=date(2024, 12, 31)).reason == "avliden"
    assert status(birth, date(2024, 12, 30), deceased_on=date(2024, 12, 31)).in_group  # a historical day


def test_check_order_deceased_outside_reason_samordningsnummer_municipality_county_age():
    on = date(2025, 1, 1)
    coordination = person(date(2015, 3, 15), coordination=True)
    too_young = person(date(2024, 3, 15))
    too_old = person(date(1990, 3, 15))
    r = RULES
    assert target_group_status(coordination, None, on, r, outside_reason=OutsideReason.EU_MIGRANT,
                               deceased_on=on).reason == "avliden"  # fmt: skip
    assert target_group_status(coordination, None, on, r, outside_reason=OutsideReason.EU_MIGRANT).reason == "eu-migrant"
    assert target_group_status(coordination, None, on, r).reason == "samordningsnummer"
    assert target_group_status(too_young, None, on, r).reason == "kommunkod-saknas"
    assert target_group_status(too_old, "0180", on, r).reason == "utanfor-lanet"
    assert target_group_status(too_young, UMEA, on, r).reason == "for-ung"
    assert target_group_status(too_old, UMEA, on, r).reason == "for-gammal"


def test_window_is_reported_whatever_the_reason():
    s = status(date(2015, 3, 15), date(2025, 1, 1), "0180")
    assert (s.window_start, s.window_end) == (date(2018, 1, 1), date(2038, 12, 31))
