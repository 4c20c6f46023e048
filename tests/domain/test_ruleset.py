"""Rule sets: the shipped Västerbotten file, choosing a version by date, refusing bad files."""

import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from klinik_app.domain.ruleset import (
    RuleSet,
    RuleSetError,
    default_rules_dir,
    load_rule_set,
    load_rule_sets,
    rule_set_for,
)

SHIPPED = default_rules_dir() / "vasterbotten.toml"
SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")


def variant(tmp_path: Path, *replacements: tuple[str, str], name: str = "variant.toml") -> Path:
    """A copy of the shipped file with some text replaced (each replacement must apply)."""
    text = SHIPPED_TEXT
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path) -> RuleSetError:
    with pytest.raises(RuleSetError) as info:
        load_rule_set(path)
    assert str(path) in info.value.message  # names the file
    return info.value


@pytest.fixture(scope="module")
def shipped() -> RuleSet:
    return load_rule_set(SHIPPED)


# --- the shipped rule set ------------------------------------------------------------------------


def test_default_rules_dir_is_resources_rules_of_the_repository():
    assert default_rules_dir() == Path(__file__).resolve().parents[2] / "resources" / "rules"
    assert SHIPPED.is_file()


def test_default_rules_dir_inside_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert default_rules_dir() == tmp_path / "resources" / "rules"


def test_shipped_rule_set_header(shipped):
    assert shipped.id == "vasterbotten"
    assert shipped.version == "2022.1"
    assert shipped.valid_from == date(2022, 1, 1)
    assert shipped.valid_to is None
    assert shipped.region_name == "Region Västerbotten"
    assert "uppdrag och regler" in shipped.source
    assert hash(shipped) == hash(load_rule_set(SHIPPED))  # hashable, comparable by content


def test_r_tg_1_shipped_ages_and_window_rules(shipped):
    tg = shipped.target_group
    assert (tg.min_age, tg.max_age, tg.start, tg.end) == (3, 23, "year-of-birthday", "year-end")


def test_r_tg_2_shipped_county_has_the_15_vasterbotten_municipalities(shipped):
    tg = shipped.target_group
    assert tg.county_code == "24"
    assert dict(tg.municipalities) == {
        "2401": "Nordmaling", "2403": "Bjurholm", "2404": "Vindeln", "2409": "Robertsfors",
        "2417": "Norsjö", "2418": "Malå", "2421": "Storuman", "2422": "Sorsele", "2425": "Dorotea",
        "2460": "Vännäs", "2462": "Vilhelmina", "2463": "Åsele", "2480": "Umeå", "2481": "Lycksele",
        "2482": "Skellefteå",
    }  # fmt: skip
    assert tg.is_county_municipality("2480")
    assert tg.is_county_municipality(" 2482 ")
    assert tg.municipality_name("2463") == "Åsele"
    assert not tg.is_county_municipality("0180")  # Stockholm
    assert not tg.is_county_municipality("2402")
    assert not tg.is_county_municipality(None)
    assert not tg.is_county_municipality("")


def test_r_li_3_and_r_li_5_shipped_listing_rules(shipped):
    listing = shipped.listing
    assert listing.minimum_capacity == 30
    assert listing.capitation_snapshot == "month-end"
    assert listing.care_starts_on(date(2024, 1, 31)) == date(2024, 2, 1)
    assert listing.care_starts_on(date(2024, 12, 1)) == date(2025, 1, 1)


def test_r_rv_2_general_cap_is_24_months_to_15_and_36_from_16(shipped):
    rv = shipped.revision
    assert [rv.general_cap_months(age) for age in (0, 3, 15, 16, 23)] == [24, 24, 24, 36, 36]
    assert rv.general_cap_months(30) == 36  # past the last bracket: the last bracket holds


def test_r_rv_3_dentist_cap_is_4_years_to_15_and_6_from_16(shipped):
    rv = shipped.revision
    assert [rv.dentist_cap_years(age) for age in (3, 15, 16, 23)] == [4, 4, 6, 6]


def test_r_rv_2_cap_age_is_the_age_at_the_examination(shipped):
    assert shipped.revision.cap_age_basis == "age-at-examination"
    assert shipped.revision.cap_age_on(date(2020, 5, 1), date(2025, 1, 1)) == date(2020, 5, 1)


def test_r_rv_4_first_exam_due_by_december_31_of_year_of_3rd_birthday(shipped):
    assert shipped.revision.first_exam_due(date(2022, 11, 30)) == date(2025, 12, 31)
    assert shipped.revision.first_exam_due(date(2020, 2, 29)) == date(2023, 12, 31)


def test_r_rv_6_r_rv_7_r_rv_9_ages(shipped):
    rv = shipped.revision
    assert [rv.requires_bite_check(a) for a in (5, 6, 13, 14)] == [False, True, True, False]
    assert [rv.requires_tobacco_habits(a) for a in (12, 13, 23)] == [False, True, True]
    assert rv.care_end_warning_from(date(2003, 7, 1)) == date(2026, 1, 1)


def test_r_rv_10_risk_group_default_intervals(shipped):
    rv = shipped.revision
    assert rv.risk_groups == (0, 1, 2)
    assert rv.risk_domains == ("caries", "periodontal", "general", "technical")
    assert [rv.default_interval_months(0, a) for a in (10, 20)] == [24, 36]  # the age cap
    assert [rv.default_interval_months(1, a) for a in (10, 20)] == [12, 12]
    assert [rv.default_interval_months(2, a) for a in (10, 20)] == [6, 6]
    with pytest.raises(ValueError):
        rv.default_interval_months(3, 10)


def test_r_rv_10_a_default_interval_never_exceeds_the_age_cap(tmp_path):
    rs = load_rule_set(variant(tmp_path, ('"1" = 12', '"1" = 30')))
    assert rs.revision.default_interval_months(1, 10) == 24
    assert rs.revision.default_interval_months(1, 20) == 30


def test_r_ab_shipped_absence_rules(shipped):
    ab = shipped.absence
    assert (ab.reoffer_days, ab.repeated_count, ab.repeated_window_months) == (30, 2, 12)
    assert ab.child_at_risk_under_age == 18
    assert ab.late_cancellation_counts is False
    assert ab.late_cancellation_hours == 24
    assert ab.fee_sek == 400


def test_r_ab_2_reoffer_deadline_is_30_days_after_the_missed_time(shipped):
    assert shipped.absence.reoffer_deadline(date(2025, 1, 15)) == date(2025, 2, 14)


def test_r_ab_6_repeated_window_counts_back_12_months_both_days_included(shipped):
    assert shipped.absence.repeated_window_start(date(2025, 3, 10)) == date(2024, 3, 10)
    assert shipped.absence.repeated_window_start(date(2025, 2, 28)) == date(2024, 2, 28)


def test_r_ab_3_late_cancellation_is_fewer_than_24_hours_before(shipped):
    at = datetime(2025, 3, 10, 9, 0)
    assert not shipped.absence.is_late_cancellation(datetime(2025, 3, 9, 9, 0), at)
    assert shipped.absence.is_late_cancellation(datetime(2025, 3, 9, 9, 1), at)


# --- choosing a version by date --------------------------------------------------------------------


def test_rule_set_for_chooses_the_version_valid_on_the_day(shipped):
    assert rule_set_for("vasterbotten", date(2022, 1, 1), [shipped]) is shipped
    assert rule_set_for("vasterbotten", date(2040, 6, 1), [shipped]) is shipped
    with pytest.raises(RuleSetError, match="2021-12-31"):
        rule_set_for("vasterbotten", date(2021, 12, 31), [shipped])


def test_rule_set_for_unknown_region_is_a_clear_error(shipped):
    with pytest.raises(RuleSetError, match="norrbotten"):
        rule_set_for("norrbotten", date(2025, 1, 1), [shipped])


def test_load_rule_sets_reads_the_shipped_folder():
    rule_sets = load_rule_sets(default_rules_dir())
    assert "vasterbotten" in {rs.id for rs in rule_sets}
    assert rule_set_for("vasterbotten", date(2025, 1, 1), rule_sets).valid_from <= date(2025, 1, 1)


def test_second_version_takes_over_from_its_valid_from(tmp_path):
    variant(tmp_path, name="vasterbotten.toml")
    variant(
        tmp_path,
        ('version = "2022.1"', 'version = "2026.1"'),
        ("valid_from = 2022-01-01", "valid_from = 2026-01-01"),
        ("up_to_age = 23\nmonths = 36", "up_to_age = 23\nmonths = 48"),
        name="vasterbotten-2026.toml",
    )
    rule_sets = load_rule_sets(tmp_path)
    old = rule_set_for("vasterbotten", date(2025, 12, 31), rule_sets)
    new = rule_set_for("vasterbotten", date(2026, 1, 1), rule_sets)
    assert (old.version, old.revision.general_cap_months(20)) == ("2022.1", 36)
    assert (new.version, new.revision.general_cap_months(20)) == ("2026.1", 48)
    assert new.path == tmp_path / "vasterbotten-2026.toml"


def test_valid_to_is_inclusive_and_a_gap_has_no_rule_set(tmp_path):
    variant(tmp_path, ("valid_from = 2022-01-01", "valid_from = 2022-01-01\nvalid_to = 2024-12-31"), name="a.toml")
    variant(
        tmp_path,
        ('version = "2022.1"', 'version = "2025.2"'),
        ("valid_from = 2022-01-01", "valid_from = 2025-02-01"),
        name="b.toml",
    )
    rule_sets = load_rule_sets(tmp_path)
    assert rule_set_for("vasterbotten", date(2024, 12, 31), rule_sets).version == "2022.1"
    assert rule_set_for("vasterbotten", date(2025, 2, 1), rule_sets).version == "2025.2"
    with pytest.raises(RuleSetError, match="2025-01-15"):
        rule_set_for("vasterbotten", date(2025, 1, 15), rule_sets)


def test_two_versions_starting_the_same_day_are_refused(tmp_path):
    variant(tmp_path, name="a.toml")
    variant(tmp_path, ('version = "2022.1"', 'version = "2022.2"'), name="b.toml")
    with pytest.raises(RuleSetError, match="valid_from"):
        load_rule_sets(tmp_path)


def test_two_files_with_the_same_version_are_refused(tmp_path):
    variant(tmp_path, name="a.toml")
    variant(tmp_path, ("valid_from = 2022-01-01", "valid_from = 2023-01-01"), name="b.toml")
    with pytest.raises(RuleSetError, match="version"):
        load_rule_sets(tmp_path)


def test_missing_or_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(RuleSetError, match="finns inte"):
        load_rule_sets(tmp_path / "nowhere")
    with pytest.raises(RuleSetError, match="inga regeluppsättningar"):
        load_rule_sets(tmp_path)


# --- bad files ---------------------------------------------------------------------------------------


def test_missing_file_is_a_clear_error(tmp_path):
    assert "finns inte" in refused(tmp_path / "missing.toml").message


def test_invalid_toml_is_a_clear_error(tmp_path):
    error = refused(variant(tmp_path, ("min_age = 3", "min_age = = 3")))
    assert "inte giltig TOML" in error.message


@pytest.mark.parametrize(
    ("replacement", "key", "words"),
    [
        (("fee_sek = 400\n", ""), "absence.fee_sek", "saknas"),
        (("min_age = 3", 'min_age = "3"'), "target_group.min_age", "heltal"),
        (("reoffer_days = 30", "reoffer_days = 0"), "absence.reoffer_days", "minst 1"),
        (("late_cancellation_counts = false", "late_cancellation_counts = 0"), "absence.late_cancellation_counts", "true eller false"),
        (('start = "year-of-birthday"', 'start = "january"'), "target_group.start", "tillåtna värden"),
        (("valid_from = 2022-01-01", 'valid_from = "2022-01-01"'), "valid_from", "TOML-datum"),
        (("valid_from = 2022-01-01", "valid_from = 2022-01-01T00:00:00"), "valid_from", "TOML-datum"),
        (("valid_from = 2022-01-01", "valid_from = 2022-01-01\nvalid_to = 2021-12-31"), "valid_to", "före valid_from"),
        (('id = "vasterbotten"', 'id = "Västerbotten"'), "id", "ogiltiga"),
        (("reoffer_days = 30", "reofer_days = 30"), "absence.reoffer_days", "saknas"),
        (("fee_sek = 400", "fee_sek = 400\nfee = 300"), "absence.fee", "okänd"),
        (('"2401" = "Nordmaling"', '"0180" = "Stockholm"'), "target_group.municipalities.0180", "länskoden 24"),
        (("up_to_age = 23\nmonths = 36", "up_to_age = 10\nmonths = 36"), "revision.general_cap", "stigande"),
        (("up_to_age = 23\nyears = 6", "up_to_age = 20\nyears = 6"), "revision.dentist_cap", "max_age"),
        (("up_to_age = 23\nmonths = 36", "up_to_age = 23\nmonths = 0"), "revision.general_cap[1].months", "minst 1"),
        (('"2" = 6', '"2" = "six"'), "revision.risk_interval_months.2", "månader"),
        (('"2" = 6', '"high" = 6'), "revision.risk_interval_months.high", "riskgrupp"),
        (("bite_check_max_age = 13", "bite_check_max_age = 5"), "revision.bite_check_max_age", "bite_check_min_age"),
        (("max_age = 23", "max_age = 2"), "target_group.max_age", "min_age"),
        (('county_code = "24"', "county_code = 24"), "target_group.county_code", "text"),
    ],
)
def test_bad_file_names_the_file_and_the_key(tmp_path, replacement, key, words):
    error = refused(variant(tmp_path, replacement))
    assert error.key == key
    assert f"'{key}'" in error.message
    assert words in error.message
