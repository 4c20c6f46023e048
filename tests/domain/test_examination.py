"""Examination validation: R-RV-1, 2, 5, 6, 7, 10 (errors refuse the row, flags mark it)."""

from dataclasses import replace
from datetime import date

import pytest

from klinik_app.domain.examination import (
    DENTIST,
    HYGIENIST,
    NURSE,
    ExamInput,
    Risks,
    capped_interval,
    check_exam,
    overall_risk,
    suggested_interval,
)
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")
BIRTH = date(2010, 6, 15)  # 13 on 2023-06-15, 14 on 2024-06-15, 16 on 2026-06-15
LOW = Risks(0, 0, 0, 0)


def revision(on: date, role: str = DENTIST, **changes) -> ExamInput:
    values = dict(risks=LOW, planned_interval_months=24, tobacco="ingen", bite_check=True, deft=0, dft=0)
    return ExamInput(on, role, **{**values, **changes})


def check(exam: ExamInput, birth: date = BIRTH):
    return check_exam(birth, exam, RULES)


def codes(issues) -> list[tuple[str, str]]:
    return [(i.field, i.code) for i in issues]


def flag_rules(exam: ExamInput, birth: date = BIRTH) -> str | None:
    result = check(exam, birth)
    assert result.ok, result.errors
    return result.flag_rules


def test_a_complete_revision_has_no_errors_and_no_flags():
    result = check(revision(date(2020, 3, 1), HYGIENIST, bite_check=None), birth=date(2000, 1, 1))
    assert (result.ok, result.errors, result.flags, result.flag_rules) == (True, (), (), None)


# --- R-RV-1: an individual interval at every revision ----------------------------------------------------


@pytest.mark.parametrize("role", [DENTIST, HYGIENIST])
def test_r_rv_1_revision_without_interval_cannot_be_stored(role):
    result = check(revision(date(2025, 3, 1), role, planned_interval_months=None))
    assert codes(result.errors) == [("planned_interval_months", "saknas")]
    assert "R-RV-1" in result.errors[0].message


@pytest.mark.parametrize("months, ok", [(0, False), (1, True), (72, True), (73, False), (-6, False)])
def test_r_rv_1_interval_is_1_to_72_months(months, ok):
    result = check(revision(date(2027, 3, 1), planned_interval_months=months))
    assert result.ok is ok
    if not ok:
        assert codes(result.errors) == [("planned_interval_months", "ogiltigt-varde")]


# --- R-RV-2: an interval above the age cap is stored and flagged ---------------------------------------


def test_r_rv_2_interval_above_24_months_flagged_the_day_before_the_16th_birthday():
    result = check(revision(date(2026, 6, 14), planned_interval_months=30))
    assert result.ok
    assert codes(result.flags) == [("planned_interval_months", "R-RV-2")]
    assert "högst 24 månader" in result.flags[0].message


def test_r_rv_2_thirty_months_on_the_16th_birthday_is_within_the_cap():
    assert flag_rules(revision(date(2026, 6, 15), planned_interval_months=30)) is None
    assert flag_rules(revision(date(2026, 6, 15), planned_interval_months=36)) is None
    assert flag_rules(revision(date(2026, 6, 15), planned_interval_months=37)) == "R-RV-2"


def test_r_rv_2_capped_interval_is_what_is_reported():
    assert capped_interval(30, 15, RULES) == 24
    assert capped_interval(30, 16, RULES) == 30
    assert capped_interval(48, 23, RULES) == 36
    assert capped_interval(6, 4, RULES) == 6


def test_r_rv_2_born_29_february_is_15_on_28_february_2027():
    birth = date(2012, 2, 29)
    assert flag_rules(revision(date(2027, 2, 28), planned_interval_months=30), birth) == "R-RV-2"


# --- R-RV-5: a tandhälsokontroll is no revision -----------------------------------------------------------


def test_r_rv_5_nurse_check_needs_no_risks_or_interval():
    exam = ExamInput(date(2016, 3, 1), NURSE)
    assert not exam.is_revision
    result = check(exam)
    assert (result.ok, result.flags) == (True, ())


def test_r_rv_5_nurse_check_values_must_still_be_storable():
    result = check(ExamInput(date(2016, 3, 1), NURSE, risks=Risks(caries=3), planned_interval_months=99))
    assert codes(result.errors) == [("risk_caries", "ogiltigt-varde"), ("planned_interval_months", "ogiltigt-varde")]


def test_r_rv_5_dentist_and_hygienist_examinations_are_revisions():
    assert revision(date(2020, 1, 1), DENTIST).is_revision
    assert revision(date(2020, 1, 1), HYGIENIST).is_revision


# --- R-RV-6: the bite check at 6-13 -------------------------------------------------------------------------


@pytest.mark.parametrize("on", [date(2016, 6, 15), date(2020, 1, 1), date(2024, 6, 14)])  # 6, 9, 13
def test_r_rv_6_hygienist_revision_of_a_6_to_13_year_old_is_flagged(on):
    result = check(revision(on, HYGIENIST, bite_check=None))
    assert result.ok
    assert codes(result.flags) == [("role", "R-RV-6")]


@pytest.mark.parametrize("on", [date(2016, 6, 14), date(2024, 6, 15)])  # 5, 14
def test_r_rv_6_hygienist_revision_outside_6_to_13_is_not_flagged(on):
    assert flag_rules(revision(on, HYGIENIST, bite_check=None)) is None


@pytest.mark.parametrize("bite_check", [None, False])
def test_r_rv_6_dentist_revision_without_bite_check_is_flagged(bite_check):
    result = check(revision(date(2018, 9, 1), bite_check=bite_check))
    assert codes(result.flags) == [("bite_check", "R-RV-6")]


def test_r_rv_6_dentist_revision_with_bite_check_is_not_flagged():
    assert flag_rules(revision(date(2018, 9, 1), bite_check=True)) is None


def test_r_rv_6_nurse_check_of_an_8_year_old_is_not_flagged():
    assert flag_rules(ExamInput(date(2018, 9, 1), NURSE)) is None


# --- R-RV-7: tobacco habits from 13 ------------------------------------------------------------------------


def test_r_rv_7_missing_tobacco_is_flagged_from_the_13th_birthday():
    assert flag_rules(revision(date(2023, 6, 14), tobacco=None)) is None
    result = check(revision(date(2023, 6, 15), tobacco=None))
    assert codes(result.flags) == [("tobacco", "R-RV-7")]
    assert "R-RV-7" in result.flags[0].message


def test_r_rv_7_applies_to_a_nurse_check_too():
    # [tolkning] "at every examination" (rules.md R-RV-7) includes the tandhälsokontroll.
    assert flag_rules(ExamInput(date(2025, 1, 1), NURSE)) == "R-RV-7"
    assert flag_rules(ExamInput(date(2025, 1, 1), NURSE, tobacco="snus")) is None


def test_r_rv_7_unknown_tobacco_value_cannot_be_stored():
    assert codes(check(revision(date(2025, 1, 1), tobacco="pipa")).errors) == [("tobacco", "ogiltigt-varde")]


def test_flags_combine_in_rule_order():
    exam = revision(date(2023, 6, 15), planned_interval_months=30, tobacco=None, bite_check=None)
    assert flag_rules(exam) == "R-RV-2 R-RV-6 R-RV-7"


# --- R-RV-10: risks --------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [DENTIST, HYGIENIST])
def test_r_rv_10_revision_needs_all_four_risks(role):
    result = check(revision(date(2025, 3, 1), role, risks=Risks(caries=1, general=0)))
    assert codes(result.errors) == [("risk_periodontal", "saknas"), ("risk_technical", "saknas")]
    assert all("R-RV-10" in e.message for e in result.errors)


@pytest.mark.parametrize("value", [-1, 3, True])
def test_r_rv_10_risk_outside_0_to_2_cannot_be_stored(value):
    result = check(revision(date(2025, 3, 1), risks=Risks(0, 0, value, 0)))
    assert codes(result.errors) == [("risk_general", "ogiltigt-varde")]


def test_r_rv_10_overall_risk_is_the_highest_domain():
    assert overall_risk(Risks(0, 0, 0, 0)) == 0
    assert overall_risk(Risks(0, 2, 1, 0)) == 2
    assert overall_risk(Risks(1, 0, 0, 1)) == 1
    assert overall_risk(Risks(2, 0, None, 0)) is None  # not yet graded in every domain


def test_r_rv_10_suggested_interval_from_the_rule_set():
    assert suggested_interval(0, 10, RULES) == 24
    assert suggested_interval(0, 15, RULES) == 24
    assert suggested_interval(0, 16, RULES) == 36
    assert suggested_interval(1, 10, RULES) == 12
    assert suggested_interval(2, 20, RULES) == 6


def test_r_rv_10_suggested_interval_never_above_the_age_cap():
    generous = replace(RULES, revision=replace(RULES.revision, risk_interval_months=((0, 30), (1, 12), (2, 6))))
    assert suggested_interval(0, 15, generous) == 24
    assert suggested_interval(0, 16, generous) == 30


# --- values that cannot be stored ---------------------------------------------------------------------------


def test_negative_deft_and_dft_cannot_be_stored():
    result = check(revision(date(2025, 3, 1), deft=-1, dft=-2))
    assert codes(result.errors) == [("deft", "ogiltigt-varde"), ("dft", "ogiltigt-varde")]
    assert "DFT" in result.errors[1].message


def test_unknown_role_cannot_be_stored():
    assert codes(check(revision(date(2025, 3, 1), "tandtekniker")).errors) == [("role", "ogiltigt-varde")]


def test_examination_before_birth_cannot_be_stored():
    assert codes(check(revision(date(2010, 6, 14))).errors) == [("examined_on", "ogiltigt-datum")]


def test_invalid_examiner_hsa_id_cannot_be_stored():
    assert codes(check(revision(date(2025, 3, 1), examiner_hsa_id="T0001")).errors) == [
        ("examiner_hsa_id", "ogiltigt-varde")
    ]
    assert check(revision(date(2025, 3, 1), examiner_hsa_id="SE2321000222-T0001")).ok


def test_a_row_with_errors_is_not_judged_for_flags():
    result = check(revision(date(2023, 6, 15), planned_interval_months=None, tobacco=None))
    assert not result.ok
    assert result.flags == ()
