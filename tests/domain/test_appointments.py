"""The appointment book's pure rules (domain.appointments, domain.appointment_rows)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from klinik_app.domain import appointments as ab
from klinik_app.domain.appointment_rows import AppointmentImportRow, validate_row
from klinik_app.domain.ruleset import AbsenceRules

RULES = AbsenceRules(reoffer_days=30, repeated_count=2, repeated_window_months=12, child_at_risk_under_age=18,
                     late_cancellation_counts=False, late_cancellation_hours=24, fee_sek=400)
NINE = datetime(2026, 11, 24, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("minutes", "ok"), [(4, False), (5, True), (480, True), (481, False)])
def test_a_time_is_5_to_480_minutes_long(minutes, ok):
    assert (ab.length_problem(minutes) is None) == ok


def test_a_booked_time_gets_any_outcome_and_an_outcome_may_be_corrected():
    assert all(ab.transition_problem(ab.BOOKED, s) is None for s in ab.OUTCOMES)
    assert ab.transition_problem(ab.NO_SHOW, ab.ATTENDED) is None and ab.is_correction(ab.NO_SHOW)
    assert ab.transition_problem(ab.ATTENDED, ab.BOOKED) is None
    assert ab.transition_problem(ab.BOOKED, ab.BOOKED) == "Tiden har redan den statusen."
    assert "Okänd status" in ab.transition_problem(ab.BOOKED, "deleted")
    assert not ab.is_correction(ab.BOOKED)


def test_times_that_touch_do_not_overlap():
    assert not ab.overlaps(NINE, 30, NINE + timedelta(minutes=30), 30)
    assert ab.overlaps(NINE, 30, NINE + timedelta(minutes=29), 30)
    assert ab.overlaps(NINE, 60, NINE + timedelta(minutes=10), 5)  # inside
    assert ab.overlaps(NINE + timedelta(minutes=10), 5, NINE, 60)


def test_r_ab_3_cancellation_23_hours_before_is_late():
    assert ab.cancellation_status(RULES, NINE - timedelta(hours=23), NINE, by_patient=True) == ab.LATE_CANCELLATION


def test_r_ab_3_cancellation_24_hours_before_is_in_time():
    assert ab.cancellation_status(RULES, NINE - timedelta(hours=24), NINE, by_patient=True) == ab.CANCELLED


def test_r_ab_3_the_clinic_cancelling_late_is_never_the_patients_late_cancellation():
    assert ab.cancellation_status(RULES, NINE - timedelta(hours=1), NINE, by_patient=False) == ab.CANCELLED


def test_r_ab_3_the_agreement_says_with_whom_how_when_and_who_recorded_it():
    text = ab.agreement_text(True, "Anna Lind", "telefon", date(2026, 11, 20), "Eva Tandsköterska")
    assert text == "Överenskommen med vårdnadshavare Anna Lind per telefon 2026-11-20 av Eva Tandsköterska"
    assert ab.agreement_text(True, "patient", "pa-plats", date(2026, 11, 20), "Eva") == \
        "Överenskommen med patienten på plats 2026-11-20 av Eva"
    assert ab.agreement_text(True, None, "import", None, None) == "Överenskommen enligt tidigare system"


def test_r_ab_3_a_time_only_proposed_says_so():
    assert ab.agreement_text(False, None, None, None, None) == "Endast föreslagen, inte bekräftad"


def test_r_ab_3_an_agreement_names_both_who_and_how():
    assert ab.agreement_problem(None, None) is None
    assert ab.agreement_problem("patient", "sms") is None
    assert ab.agreement_problem("patient", None).startswith("Ange både vem")
    assert ab.agreement_problem(None, "telefon").startswith("Ange både vem")
    assert "Okänt sätt" in ab.agreement_problem("patient", "brevduva")
    assert ab.agreement_problem("  ", "telefon").startswith("Skriv vem")


def _row(**cells):
    base = {"personnummer": "20150310-1238", "start": "2026-03-02 09:30", "langd_minuter": "30", "typ": "revision",
            "overenskommen": "ja", "status": "genomford", "avbokad_tid": ""}
    return validate_row(base | cells, 2, date(2026, 11, 22))


def test_an_import_row_is_read_in_swedish_local_time():
    row = _row()
    assert isinstance(row, AppointmentImportRow)
    assert row.starts_at == datetime(2026, 3, 2, 8, 30, tzinfo=timezone.utc)  # CET = UTC+1
    assert (row.minutes, row.kind, row.agreed, row.status) == (30, "revision", True, "attended")
    summer = _row(start="2026-06-02 09:30")
    assert summer.starts_at == datetime(2026, 6, 2, 7, 30, tzinfo=timezone.utc)  # CEST = UTC+2


def test_an_import_row_at_the_hour_skipped_on_the_last_sunday_of_march_is_refused():
    (problem,) = _row(start="2026-03-29 02:30")
    assert (problem.column, problem.error) == ("start", "ogiltigt-datum")
    assert "ställdes fram" in problem.message


@pytest.mark.parametrize(("cells", "column", "error"), [
    ({"start": "2026-03-02"}, "start", "ogiltigt-datum"),
    ({"start": "2026-02-30 09:00"}, "start", "ogiltigt-datum"),
    ({"langd_minuter": "481"}, "langd_minuter", "ogiltigt-varde"),
    ({"typ": "kontroll"}, "typ", "ogiltigt-varde"),
    ({"overenskommen": ""}, "overenskommen", "saknas"),
    ({"status": "struken"}, "status", "ogiltigt-varde"),
    ({"avbokad_tid": "2026-03-01 10:00"}, "avbokad_tid", "ogiltigt-varde"),
    ({"personnummer": "20150310-1239"}, "personnummer", "ogiltigt-personnummer"),
])
def test_an_import_row_with_a_value_that_cannot_be_stored_is_refused(cells, column, error):
    problems = _row(**cells)
    assert isinstance(problems, list)
    assert (problems[0].column, problems[0].error) == (column, error)


def test_an_imported_cancellation_keeps_its_time():
    row = _row(status="sen-avbokning", avbokad_tid="2026-03-01 16:00")
    assert row.status == "late-cancellation"
    assert row.cancelled_at == datetime(2026, 3, 1, 15, 0, tzinfo=timezone.utc)
