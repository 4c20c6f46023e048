"""The demo examination history: pure, deterministic, and true to the rules it exercises."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from klinik_app.demo import generate_households, generate_staff
from klinik_app.demo.exams import FIELDS, ExamGenerator
from klinik_app.domain.dates import add_months, add_years, age_on
from klinik_app.domain.examination import ExamInput, Risks, check_exam
from klinik_app.domain.revision import ExamRecord, compute_due
from klinik_app.domain.ruleset import default_rules_dir, load_rule_set

TODAY = date(2026, 11, 22)
SAMPLE = 20_000
RULES = load_rule_set(default_rules_dir() / "vasterbotten.toml")
F = {name: i for i, name in enumerate(FIELDS)}


@pytest.fixture(scope="module")
def staff():
    return generate_staff(7)


@pytest.fixture(scope="module")
def patients(staff):
    return [p for h in generate_households(SAMPLE, 7, TODAY, staff) for p in h.children]


@pytest.fixture(scope="module")
def history(staff, patients) -> dict[int, tuple]:
    """patient id -> (birth date, rows)."""
    generator = ExamGenerator(7, TODAY, staff, RULES)
    return {i: (p.birth_date, generator.rows(i, p.birth_date, p.responsible_dentist_hsa_id))
            for i, p in enumerate(patients, start=1)}


def rows_of(history):
    return [(birth, row) for birth, rows in history.values() for row in rows]


def test_the_same_seed_gives_the_same_rows_and_another_seed_others(staff, patients):
    def run(seed):
        g = ExamGenerator(seed, TODAY, staff, RULES)
        return [g.rows(i, p.birth_date, p.responsible_dentist_hsa_id) for i, p in enumerate(patients[:500])]

    assert run(7) == run(7)
    assert run(7) != run(8)


def test_about_three_examinations_per_patient_over_five_years(history):
    n = sum(len(rows) for _, rows in history.values())
    assert 2.6 <= n / len(history) <= 3.4  # 1.2 million for 400,000 patients


def test_every_examination_is_a_weekday_within_the_five_years_and_unique_per_role(history, staff):
    first = add_years(TODAY, -5)
    hsa = {s.hsa_id: s.role for s in staff}
    for pid, (birth, rows) in history.items():
        keys = [(row[F["examined_on"]], row[F["examiner_role"]]) for row in rows]
        assert len(keys) == len(set(keys))
        assert [k[0] for k in keys] == sorted(k[0] for k in keys)  # ordered by date
        for row in rows:
            day = date.fromisoformat(row[F["examined_on"]])
            assert first <= day <= TODAY and day.weekday() < 5 and row[F["patient_id"]] == pid
            assert hsa[row[F["examiner_hsa_id"]]] == row[F["examiner_role"]]  # the demo staff in that role


def test_flags_are_exactly_what_check_exam_finds(history):
    for birth, row in rows_of(history):
        risks = Risks(*(row[F[f"risk_{d}"]] for d in ("caries", "periodontal", "general", "technical")))
        bite = row[F["bite_check"]]
        exam = ExamInput(date.fromisoformat(row[F["examined_on"]]), row[F["examiner_role"]], row[F["examiner_hsa_id"]],
                         risks, row[F["planned_interval_months"]], row[F["deft"]], row[F["dft"]], row[F["tobacco"]],
                         None if bite is None else bool(bite))
        check = check_exam(birth, exam, RULES)
        assert check.ok, check.errors
        assert row[F["flags"]] == check.flag_rules


def test_flags_are_the_exception(history):
    rows = [row for _, row in rows_of(history)]
    flagged = Counter(rule for row in rows if row[F["flags"]] for rule in row[F["flags"]].split())
    assert 0.005 < flagged["R-RV-2"] / len(rows) < 0.02
    assert 0 < flagged["R-RV-6"] / len(rows) < 0.04
    assert 0 < flagged["R-RV-7"] / len(rows) < 0.01


def test_r_rv_10_most_patients_are_risk_0_and_the_interval_follows_the_risk(history):
    revisions = [(birth, row) for birth, row in rows_of(history) if row[F["examiner_role"]] != "tandskoterska"]
    groups = Counter(max(row[F["risk_caries"]:F["risk_technical"] + 1]) for _, row in revisions)
    # About 75 % of patients are risk 0; those at risk come more often, so their share of revisions is lower.
    assert groups[0] / len(revisions) > 0.5 and groups[1] > groups[2] > 0
    for birth, row in revisions:
        group = max(row[F["risk_caries"]:F["risk_technical"] + 1])
        age = age_on(birth, date.fromisoformat(row[F["examined_on"]]))
        cap = RULES.revision.general_cap_months(age)
        planned = row[F["planned_interval_months"]]
        if "R-RV-2" in (row[F["flags"]] or ""):
            assert planned > cap
        elif group == 0:
            assert planned in (cap, cap - 6)
        else:
            assert planned == (12 if group == 1 else 6)


def test_r_rv_5_health_checks_by_nurses_have_no_risks_and_no_interval(history):
    checks = [row for _, row in rows_of(history) if row[F["examiner_role"]] == "tandskoterska"]
    assert 0.01 < len(checks) / len(rows_of(history)) < 0.1
    for row in checks:
        assert row[F["risk_caries"]:F["planned_interval_months"] + 1] == (None,) * 5


def test_r_rv_4_the_first_examination_is_a_dentists_in_the_year_of_the_3rd_birthday(history):
    first_day = add_years(TODAY, -5)
    young = [(birth, rows) for birth, rows in history.values() if date(birth.year + 3, 1, 1) >= first_day]
    assert young
    examined = 0
    for birth, rows in young:
        if rows:
            examined += 1
            assert rows[0][F["examiner_role"]] == "tandlakare"
            assert date.fromisoformat(rows[0][F["examined_on"]]).year == birth.year + 3
    assert examined / len(young) > 0.85  # the youngest come during this year; 2 % have not come


def test_r_rv_6_revisions_at_6_to_13_are_a_dentists_with_the_bite_check(history):
    at_6_13 = [row for birth, row in rows_of(history) if row[F["examiner_role"]] != "tandskoterska"
               and 6 <= age_on(birth, date.fromisoformat(row[F["examined_on"]])) <= 13]
    by_dentist_with_check = [row for row in at_6_13 if row[F["examiner_role"]] == "tandlakare" and row[F["bite_check"]]]
    assert len(by_dentist_with_check) / len(at_6_13) > 0.93


def test_r_rv_3_no_dentist_gap_longer_than_the_cap_within_the_history(history):
    late = 0
    for birth, rows in history.values():
        dentist_days = [date.fromisoformat(r[F["examined_on"]]) for r in rows if r[F["examiner_role"]] == "tandlakare"]
        for a, b in zip(dentist_days, dentist_days[1:]):
            if b > add_years(a, RULES.revision.dentist_cap_years(age_on(birth, a))):
                late += 1
    assert late / len(history) < 0.01


def test_r_rv_7_tobacco_from_13_and_never_before(history):
    for birth, row in rows_of(history):
        age = age_on(birth, date.fromisoformat(row[F["examined_on"]]))
        if age < 13:
            assert row[F["tobacco"]] is None
        elif "R-RV-7" not in (row[F["flags"]] or ""):
            assert row[F["tobacco"]] in ("ingen", "rokning", "snus", "rokning-och-snus")


def test_deft_to_12_and_dft_from_6(history):
    for birth, row in rows_of(history):
        if row[F["examiner_role"]] == "tandskoterska":
            continue
        age = age_on(birth, date.fromisoformat(row[F["examined_on"]]))
        assert (row[F["deft"]] is not None) == (age <= 12)
        assert (row[F["dft"]] is not None) == (age >= 6)


def test_some_patients_are_overdue_and_most_are_not(history):
    overdue = 0
    for birth, rows in history.values():
        records = [ExamRecord(date.fromisoformat(r[F["examined_on"]]), r[F["examiner_role"]],
                              r[F["planned_interval_months"]]) for r in rows]
        d = compute_due(birth, records, TODAY, RULES)
        if d.due is not None and d.due < add_months(TODAY, -1):
            overdue += 1
    assert 0.06 < overdue / len(history) < 0.15
