"""`klinik recall-list`: the JSON of interchange.md against hand-computed due dates (rules.md "The due date").

Today is 2026-11-22 and the list is December 2026 unless a test says otherwise. Each patient below
is one edge case; the expected items are worked out by hand from the rules, not by the code.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date

import pytest

from klinik_app.cli import main
from tests.conftest import make_ctx
from tests.factories import add_patient, pnr
from tests.sql import run_sql

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "SE2321000222-E12345"
DENTIST = "SE2321000222-T0001"
HYGIENIST = "SE2321000222-H0001"
DECEMBER = ("--from", "2026-12-01", "--to", "2026-12-31")


@dataclass(frozen=True)
class P:
    number: str
    first: str
    birth: date


def person(birth: date, first: str, serial: int = 123) -> P:
    return P(pnr(birth, serial), first, birth)


FIRST = person(date(2023, 4, 2), "Frida")  # no examination: first-exam (R-RV-4)
SECRET = person(date(2023, 2, 2), "Sara")  # protected identity, listed: on the list (R-TG-4)
ENDS_TODAY = person(date(2023, 5, 5), "Elin")  # listing ends today: still active
ENDED = person(date(2023, 6, 6), "Eva")  # listing ended yesterday
PLANNED = person(date(2023, 7, 7), "Pia")  # listing starts tomorrow
ERROR = person(date(2023, 8, 8), "Erik")  # listing entered in error
UNLISTED = person(date(2023, 9, 9), "Ulf")  # no listing
CAP = person(date(2010, 6, 15), "Cecilia")  # 14 at an exam planned at 36 months: interval-cap (R-RV-2)
DCAP = person(date(2010, 2, 1), "Dan")  # last dentist at 12, hygienist since: dentist-cap (R-RV-3)
BITE = person(date(2016, 8, 20), "Bo")  # 10 on the due date: a dentist (R-RV-6)
PLAIN = person(date(2005, 3, 1), "Per")  # planned interval, no dentist needed
TIE_HIGH = person(date(2004, 1, 5), "Tor", 501)  # the same due date as TIE_LOW: ordered by personnummer
TIE_LOW = person(date(2003, 9, 9), "Tea", 202)
CARE_ENDS = person(date(2003, 6, 1), "Carl")  # next revision after free care ends (R-RV-9)
OVERDUE = person(date(2008, 10, 1), "Olle")  # due 2026-10-01
OVERRIDE_IN = person(date(2006, 1, 10), "Ida")  # due 2027-02-10, moved by staff to 2026-12-28
OVERRIDE_OUT = person(date(2006, 2, 10), "Otto")  # due 2026-12-07, moved by staff to 2027-03-01
DISABLED = person(date(2006, 3, 10), "Dora")  # due 2026-12-10, recall disabled until 2027-01-15
DISABLED_TODAY = person(date(2006, 4, 10), "Disa")  # due 2026-12-11, disabled until today only

EXAM_COLUMNS = ["personnummer", "datum", "undersokare_roll", "undersokare_hsa_id", "risk_karies", "risk_parodontit",
                "risk_allman", "risk_teknisk", "revisionsintervall_manader", "bettutvecklingskontroll", "tobak"]


def exam(p: P, day: str, months: int, role: str = "tandlakare", bite: str = "", tobacco: str = "ingen") -> list[str]:
    return [p.number, day, role, DENTIST if role == "tandlakare" else HYGIENIST, "0", "0", "0", "0", str(months), bite,
            tobacco]


EXAMS = [
    exam(CAP, "2024-12-09", 36),
    exam(DCAP, "2022-12-15", 24, bite="ja", tobacco=""),  # 12: 4 years to the next dentist -> 2026-12-15
    exam(DCAP, "2025-12-10", 24, role="tandhygienist"),  # 15: due_general 2027-12-10
    exam(BITE, "2025-12-05", 12, bite="ja", tobacco=""),
    exam(PLAIN, "2024-12-20", 24),
    exam(TIE_HIGH, "2025-12-14", 12),
    exam(TIE_LOW, "2025-12-14", 12),
    exam(CARE_ENDS, "2025-06-02", 24),  # 22: due 2027-06-02, after 2026-12-31
    exam(OVERDUE, "2025-10-01", 12),
    exam(OVERRIDE_IN, "2026-02-10", 12),
    exam(OVERRIDE_OUT, "2025-12-07", 12),
    exam(DISABLED, "2025-12-10", 12),
    exam(DISABLED_TODAY, "2025-12-11", 12),
]


def item(p: P, due: str, reason: str, dentist: bool, *, last: str | None = None, last_dentist: str | None = None,
         overdue: int = 0, kind: str = "val", override: str | None = None, disabled: str | None = None) -> dict:
    return {"personnummer": p.number, "namn": f"{p.first} Lind", "due": due, "reason": reason,
            "requires_dentist": dentist, "overdue_days": overdue, "listningstyp": kind,
            "care_ends": f"{p.birth.year + 23}-12-31", "last_exam": last, "last_dentist_exam": last_dentist,
            "override_due": override, "disabled_until": disabled}  # fmt: skip


# Hand-computed (rules.md "The due date"), the December list without flags, in order.
EXPECTED = {
    "BITE": item(BITE, "2026-12-05", "planned-interval", True, last="2025-12-05",
                 last_dentist="2025-12-05"),
    "OVERRIDE_OUT": item(OVERRIDE_OUT, "2026-12-07", "planned-interval", False, last="2025-12-07",
                         last_dentist="2025-12-07", override="2027-03-01"),
    "CAP": item(CAP, "2026-12-09", "interval-cap", False, last="2024-12-09", last_dentist="2024-12-09"),
    "DISABLED": item(DISABLED, "2026-12-10", "planned-interval", False, last="2025-12-10", last_dentist="2025-12-10",
                     disabled="2027-01-15"),
    "DISABLED_TODAY": item(DISABLED_TODAY, "2026-12-11", "planned-interval", False, last="2025-12-11",
                           last_dentist="2025-12-11", disabled="2026-11-22"),
    "TIE_LOW": item(TIE_LOW, "2026-12-14", "planned-interval", False, last="2025-12-14", last_dentist="2025-12-14"),
    "TIE_HIGH": item(TIE_HIGH, "2026-12-14", "planned-interval", False, last="2025-12-14", last_dentist="2025-12-14"),
    "DCAP": item(DCAP, "2026-12-15", "dentist-cap", True, last="2025-12-10", last_dentist="2022-12-15"),
    "PLAIN": item(PLAIN, "2026-12-20", "planned-interval", False, last="2024-12-20", last_dentist="2024-12-20"),
    "SECRET": item(SECRET, "2026-12-31", "first-exam", True),
    "FIRST": item(FIRST, "2026-12-31", "first-exam", True, kind="icke-val"),
    "ENDS_TODAY": item(ENDS_TODAY, "2026-12-31", "first-exam", True),
}
OVERDUE_ITEM = item(OVERDUE, "2026-10-01", "planned-interval", False, last="2025-10-01", last_dentist="2025-10-01",
                    overdue=52)  # 2026-11-22 - 2026-10-01
OVERRIDE_IN_ITEM = item(OVERRIDE_IN, "2027-02-10", "planned-interval", False, last="2026-02-10",
                        last_dentist="2026-02-10", override="2026-12-28")


@pytest.fixture
def klinik(db_path, tmp_path, capsys):
    """A clinic with the patients above; run `klinik recall-list` and get (exit code, stdout, stderr)."""
    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC, "--clinic-name", "Test"]) == 0
    ctx = make_ctx(db_path)
    ids = {}
    for name, p in globals().items():
        if isinstance(p, P):
            kind = None if p is UNLISTED else "icke-val" if p is FIRST else "val"
            start = date(2023, 1, 1) if p.birth.year < 2023 else date(p.birth.year + 3, 1, 1)
            ids[name] = add_patient(ctx, p.number, p.first, "Lind", protected=p is SECRET, listing=kind,
                                    listed_from=start)
    ctx.close()
    run_sql(db_path, "UPDATE listing SET end_date = '2026-11-22', status = 'active' WHERE patient_id = :p",
            p=ids["ENDS_TODAY"])
    run_sql(db_path, "UPDATE listing SET end_date = '2026-11-21', status = 'finished', end_reason = 'omval' "
                     "WHERE patient_id = :p", p=ids["ENDED"])
    run_sql(db_path, "UPDATE listing SET start_date = '2026-11-23', status = 'planned' WHERE patient_id = :p",
            p=ids["PLANNED"])
    run_sql(db_path, "UPDATE listing SET status = 'entered-in-error' WHERE patient_id = :p", p=ids["ERROR"])
    for name, override, disabled in (("OVERRIDE_IN", "2026-12-28", None), ("OVERRIDE_OUT", "2027-03-01", None),
                                     ("DISABLED", None, "2027-01-15"), ("DISABLED_TODAY", None, "2026-11-22")):
        run_sql(db_path, "INSERT INTO recall (patient_id, override_due, disabled_until, status, summons_count, "
                         "row_version, created_at, created_by, modified_at, modified_by) "
                         "VALUES (:p, :override, :disabled, 'not-contacted', 0, 1, :at, 'test', :at, 'test')",
                p=ids[name], override=override, disabled=disabled, at="2026-11-01 10:00:00.000000")
    path = tmp_path / "us.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([EXAM_COLUMNS, *EXAMS])
    assert main(["--db", str(db_path), "--today", "2026-11-22", "import", "exams", str(path)]) == 0
    capsys.readouterr()

    def run(*args: str, today: str = "2026-11-22", fmt: str = "json") -> tuple[int, str, str]:
        code = main(["--db", str(db_path), "--today", today, "recall-list", *args, "--format", fmt])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        assert captured.err.strip() and "\n" not in captured.err.strip(), f"not one line: {captured.err!r}"
        return code, captured.out, captured.err.strip()

    run.db_path = db_path
    run.ids = ids
    return run


def items_of(out: str) -> list[dict]:
    return json.loads(out)["items"]


# --- the list and its fields ----------------------------------------------------------------------


def test_december_list_equals_the_hand_computed_items_in_order(klinik):
    code, out, err = klinik(*DECEMBER)
    assert code == 0
    assert items_of(out) == list(EXPECTED.values())
    assert err == "Kallelselista 2026-12-01–2026-12-31: 12 patienter ska kallas till revision."


def test_json_has_the_documented_keys_in_their_order(klinik):
    _, out, _ = klinik(*DECEMBER)
    doc = json.loads(out, object_pairs_hook=lambda pairs: pairs)
    assert [k for k, _ in doc] == ["today", "from", "to", "rule_set", "items"]
    assert [(k, v) for k, v in doc[:4]] == [("today", "2026-11-22"), ("from", "2026-12-01"), ("to", "2026-12-31"),
                                             ("rule_set", "vasterbotten")]
    first_item = doc[4][1][0]
    assert [k for k, _ in first_item] == ["personnummer", "namn", "due", "reason", "requires_dentist", "overdue_days",
                                          "listningstyp", "care_ends", "last_exam", "last_dentist_exam",
                                          "override_due", "disabled_until"]


def test_r_rv_4_first_exam_without_any_examination(klinik):
    _, out, _ = klinik(*DECEMBER)
    assert next(i for i in items_of(out) if i["personnummer"] == FIRST.number) == EXPECTED["FIRST"]


def test_r_rv_2_interval_above_the_age_cap_is_cut_to_the_cap(klinik):
    _, out, _ = klinik(*DECEMBER)
    # 14 at 2024-12-09 with 36 months planned: the cap of 24 months sets the date.
    assert next(i for i in items_of(out) if i["personnummer"] == CAP.number) == EXPECTED["CAP"]


def test_r_rv_3_dentist_cap_binds_after_a_hygienist(klinik):
    _, out, _ = klinik(*DECEMBER)
    # The dentist at 12 (2022-12-15) is owed again 4 years later, before the hygienist's 24 months.
    assert next(i for i in items_of(out) if i["personnummer"] == DCAP.number) == EXPECTED["DCAP"]


def test_r_rv_6_a_revision_falling_due_at_6_to_13_requires_a_dentist(klinik):
    _, out, _ = klinik(*DECEMBER)
    assert next(i for i in items_of(out) if i["personnummer"] == BITE.number)["requires_dentist"] is True


def test_ties_on_the_due_date_are_ordered_by_personnummer(klinik):
    _, out, _ = klinik(*DECEMBER)
    numbers = [i["personnummer"] for i in items_of(out) if i["due"] == "2026-12-14"]
    assert numbers == [TIE_LOW.number, TIE_HIGH.number] and klinik.ids["TIE_HIGH"] < klinik.ids["TIE_LOW"]
    last_day = [i["personnummer"] for i in items_of(out) if i["due"] == "2026-12-31"]
    assert last_day == sorted(last_day) == [SECRET.number, FIRST.number, ENDS_TODAY.number]


def test_r_rv_9_a_patient_whose_next_revision_falls_after_care_ends_is_left_out(klinik):
    _, out, _ = klinik("--from", "2026-12-01", "--to", "2027-12-31", "--include-overdue")
    assert CARE_ENDS.number not in {i["personnummer"] for i in items_of(out)}


def test_overdue_only_with_include_overdue(klinik):
    _, out, _ = klinik(*DECEMBER)
    assert OVERDUE.number not in {i["personnummer"] for i in items_of(out)}
    code, out, err = klinik(*DECEMBER, "--include-overdue")
    assert code == 0
    assert items_of(out) == [OVERDUE_ITEM, *EXPECTED.values()]
    assert "varav 1 försenade" in err


def test_overdue_days_are_counted_when_the_due_date_is_in_the_range_before_today(klinik):
    _, out, _ = klinik("--from", "2026-09-01", "--to", "2026-11-30")
    assert items_of(out) == [OVERDUE_ITEM]


def test_r_li_a_listing_that_ended_yesterday_or_starts_tomorrow_or_was_an_error_is_not_active(klinik):
    _, out, _ = klinik(*DECEMBER)
    numbers = {i["personnummer"] for i in items_of(out)}
    assert ENDS_TODAY.number in numbers
    assert not numbers & {ENDED.number, PLANNED.number, ERROR.number, UNLISTED.number}
    # The day the planned listing starts, it is on the list.
    _, out, _ = klinik(*DECEMBER, today="2026-11-23")
    numbers = {i["personnummer"] for i in items_of(out)}
    assert PLANNED.number in numbers and ENDS_TODAY.number not in numbers


def test_r_tg_4_protected_identity_is_on_the_clinics_list(klinik):
    _, out, _ = klinik(*DECEMBER)
    assert next(i for i in items_of(out) if i["personnummer"] == SECRET.number) == EXPECTED["SECRET"]


# --- staff overrides ------------------------------------------------------------------------------


def test_overrides_are_shown_but_do_not_select_without_apply_overrides(klinik):
    _, out, _ = klinik(*DECEMBER)
    numbers = [i["personnummer"] for i in items_of(out)]
    assert OVERRIDE_IN.number not in numbers
    assert {OVERRIDE_OUT.number, DISABLED.number, DISABLED_TODAY.number} <= set(numbers)


def test_apply_overrides_selects_on_the_override_and_leaves_out_recalls_disabled_beyond_today(klinik):
    code, out, err = klinik(*DECEMBER, "--apply-overrides")
    assert code == 0
    expected = [v for k, v in EXPECTED.items() if k not in ("OVERRIDE_OUT", "DISABLED")] + [OVERRIDE_IN_ITEM]
    assert items_of(out) == expected  # sorted by the computed due date, which stays as computed
    assert "ändrade datum och pauser tillämpade" in err


def test_apply_overrides_with_include_overdue_takes_an_override_before_from(klinik):
    _, out, _ = klinik("--from", "2027-01-01", "--to", "2027-01-31", "--apply-overrides", "--include-overdue")
    numbers = [i["personnummer"] for i in items_of(out)]
    assert OVERRIDE_IN.number in numbers and OVERRIDE_OUT.number not in numbers
    assert OVERDUE.number in numbers and DISABLED.number not in numbers


# --- the cache and a past --today -----------------------------------------------------------------


def test_an_examination_after_today_does_not_count_yet(klinik, tmp_path, capsys):
    path = tmp_path / "later.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([EXAM_COLUMNS, exam(BITE, "2026-12-01", 12, bite="ja", tobacco="")])
    assert main(["--db", str(klinik.db_path), "--today", "2026-11-22", "import", "exams", str(path)]) == 0
    capsys.readouterr()
    _, out, _ = klinik(*DECEMBER)
    assert items_of(out) == list(EXPECTED.values())  # computed live: Bo's revision on 2026-12-01 is not done yet
    _, out, _ = klinik("--from", "2027-12-01", "--to", "2027-12-01", today="2026-12-02")
    assert [i["personnummer"] for i in items_of(out)] == [BITE.number]  # done: due 12 months later


def test_the_list_equals_after_the_stored_due_dates_are_rebuilt(klinik):
    _, before, _ = klinik(*DECEMBER, "--include-overdue")
    run_sql(klinik.db_path, "DELETE FROM revision_due")
    _, after, _ = klinik(*DECEMBER, "--include-overdue")
    assert after == before


# --- formats, streams, the access log -------------------------------------------------------------


def test_csv_has_the_json_keys_as_header_and_ja_nej(klinik):
    code, out, _ = klinik(*DECEMBER, fmt="csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0] == list(EXPECTED["BITE"])
    assert rows[1] == [BITE.number, "Bo Lind", "2026-12-05", "planned-interval", "ja", "0", "val", "2039-12-31",
                       "2025-12-05", "2025-12-05", "", ""]
    assert len(rows) == 1 + len(EXPECTED)


def test_table_has_swedish_columns(klinik):
    code, out, _ = klinik(*DECEMBER, fmt="table")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["Personnummer", "Namn", "Revision"]
    assert f"{BITE.number[:8]}-{BITE.number[8:]}" in lines[2] and "Eget val" in lines[2]
    assert len(lines) == 2 + len(EXPECTED)


def test_r_se_2_one_list_entry_per_run_without_patients_or_numbers(klinik):
    before = run_sql(klinik.db_path, "SELECT max(id) FROM access_log")[0][0]
    klinik(*DECEMBER)
    entries = run_sql(klinik.db_path, "SELECT action, patient_id, detail FROM access_log WHERE id > :before",
                      before=before)
    assert len(entries) == 1
    action, patient, detail = entries[0]
    assert (action, patient) == ("list", None) and not re.search(r"[0-9]{6,}", detail)


def test_to_before_from_is_wrong_use(klinik):
    code, out, err = klinik("--from", "2026-12-31", "--to", "2026-12-01")
    assert (code, out) == (64, "") and "--from" in err


def test_a_date_that_does_not_exist_is_wrong_use(klinik, capsys):
    assert main(["--db", str(klinik.db_path), "recall-list", "--from", "2026-02-30", "--to", "2026-03-01"]) == 64
    assert "ÅÅÅÅ-MM-DD" in capsys.readouterr().err


def test_a_patient_with_two_active_listings_is_listed_once_with_the_later_one(klinik):
    run_sql(klinik.db_path, "INSERT INTO listing (uuid, patient_id, listing_type, status, start_date, origin, "
                            "row_version, created_at, created_by, modified_at, modified_by) VALUES "
                            "('00000000-0000-4000-8000-0000000000aa', :p, 'icke-val', 'active', '2026-02-01', 'region', "
                            "1, '2026-02-01 10:00:00.000000', 't', '2026-02-01 10:00:00.000000', 't')",
            p=klinik.ids["TIE_LOW"])
    _, out, _ = klinik(*DECEMBER)
    assert items_of(out) == [EXPECTED[k] | ({"listningstyp": "icke-val"} if k == "TIE_LOW" else {}) for k in EXPECTED]
