"""Deviation rules (R-DV-1, R-DV-2, R-DV-5, R-DV-7) without a database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from klinik_app.domain import deviations as dv
from klinik_app.domain.deviations import DeviationRefused, PlannedAction, Report

TODAY = date(2026, 11, 22)


def _report(**changes) -> Report:
    fields = dict(what="Fel journal öppnades", occurred_on=TODAY, place="Rum 2", category=dv.OWN)
    return Report(**{**fields, **changes})


def test_r_dv_1_every_category_of_the_rulebook_is_offered():
    assert set(dv.CATEGORY_LABELS) == {dv.OWN, dv.OUTGOING, dv.INCOMING, dv.COOPERATION, dv.ORGANISATIONAL}


def test_r_dv_1_a_report_needs_what_where_and_a_date_not_in_the_future():
    assert dv.check_report(_report(place="  Rum   2 "), TODAY).place == "Rum 2"
    for bad, message in ((dict(what=" "), "vad som hände"), (dict(place=""), "var det hände"),
                         (dict(occurred_on=TODAY + timedelta(days=1)), "efter dagens datum"),
                         (dict(category="okänd"), "kategori"), (dict(harm="lite"), "allvarlig")):
        with pytest.raises(DeviationRefused, match=message):
            dv.check_report(_report(**bad), TODAY)


@pytest.mark.parametrize("category", [dv.OUTGOING, dv.INCOMING, dv.COOPERATION])
def test_r_dv_1_and_r_dv_7_a_deviation_with_another_party_names_it(category):
    with pytest.raises(DeviationRefused, match="vilken vårdgivare, kommun"):
        dv.check_report(_report(category=category), TODAY)
    assert dv.check_report(_report(category=category, other_party="Umeå kommun"), TODAY).other_party == "Umeå kommun"


def test_r_dv_1_an_own_deviation_keeps_no_other_party():
    assert dv.check_report(_report(other_party="Någon"), TODAY).other_party == ""


def test_r_dv_5_states_go_one_step_at_a_time_and_never_back():
    for state, target in zip(dv.STATES, dv.STATES[1:]):
        dv.check_step(state, target)
    with pytest.raises(DeviationRefused, match="nästa steg är \"Utreds\""):
        dv.check_step(dv.REPORTED, dv.ACTIONS_DECIDED)
    with pytest.raises(DeviationRefused, match="nästa steg"):
        dv.check_step(dv.ACTIONS_DECIDED, dv.INVESTIGATING)
    with pytest.raises(DeviationRefused, match="redan avslutad"):
        dv.check_step(dv.CLOSED, dv.CLOSED)


def test_r_dv_5_an_investigation_names_its_investigator():
    with pytest.raises(DeviationRefused, match="vem som utreder"):
        dv.check_investigator("  ")
    assert dv.check_investigator(" Vera  Utredare ") == "Vera Utredare"


def test_r_dv_5_actions_have_description_owner_and_a_due_date_not_passed():
    ok = PlannedAction("Dubbelkontroll av namn", "Vera", TODAY)
    assert dv.check_actions([ok], TODAY) == [ok]
    with pytest.raises(DeviationRefused, match="minst en åtgärd"):
        dv.check_actions([], TODAY)
    with pytest.raises(DeviationRefused, match="Åtgärd 2: skriv vem"):
        dv.check_actions([ok, PlannedAction("Rutin", " ", TODAY)], TODAY)
    with pytest.raises(DeviationRefused, match="Åtgärd 1: beskriv"):
        dv.check_actions([PlannedAction("", "Vera", TODAY)], TODAY)
    with pytest.raises(DeviationRefused, match="före dagens datum"):
        dv.check_actions([PlannedAction("Rutin", "Vera", TODAY - timedelta(days=1))], TODAY)


def test_r_dv_5_every_action_is_followed_up_with_its_outcome():
    assert dv.check_follow_up({1: " Gjort ", 2: "Klart"}, [1, 2]) == {1: "Gjort", 2: "Klart"}
    with pytest.raises(DeviationRefused, match="saknas för åtgärd 2"):
        dv.check_follow_up({1: "Gjort"}, [1, 2])


def test_r_dv_5_closing_records_the_feedback_to_the_reporter():
    with pytest.raises(DeviationRefused, match="återkoppling"):
        dv.check_close(dv.OWN, " ", None, None)
    assert dv.check_close(dv.OWN, "Berättat på APT", None, None) == "Berättat på APT"


@pytest.mark.parametrize("category", [dv.INCOMING, dv.COOPERATION])
def test_r_dv_2_and_r_dv_7_not_closed_without_the_answer_and_its_delivery_date(category):
    with pytest.raises(DeviationRefused, match="R-DV-2"):
        dv.check_close(category, "Återkopplat", None, None)
    with pytest.raises(DeviationRefused, match="R-DV-2"):
        dv.check_close(category, "Återkopplat", "Svar", None)
    assert dv.check_close(category, "Återkopplat", "Svar", TODAY) == "Återkopplat"


def test_r_dv_2_an_answer_has_text_and_a_delivery_date_between_receipt_and_today():
    received = TODAY - timedelta(days=5)
    assert dv.check_answer(" Vi har ändrat rutinen ", TODAY, received, TODAY) == "Vi har ändrat rutinen"
    for text, on, message in (("", TODAY, "Skriv svaret"), ("Svar", None, "Ange datum"),
                              ("Svar", TODAY + timedelta(days=1), "efter dagens datum"),
                              ("Svar", received - timedelta(days=1), "före avvikelsen")):
        with pytest.raises(DeviationRefused, match=message):
            dv.check_answer(text, on, received, TODAY)


def test_r_dv_2_an_incoming_deviation_is_due_for_an_answer_after_the_clinics_days():
    due = dv.answer_due_on(dv.INCOMING, dv.INVESTIGATING, TODAY, None, False, 14)
    assert due == TODAY + timedelta(days=14)
    assert dv.answer_due_on(dv.INCOMING, dv.INVESTIGATING, TODAY, None, True, 14) is None
    assert dv.answer_due_on(dv.OWN, dv.REPORTED, TODAY, None, False, 14) is None


def test_r_dv_7_a_cooperation_deviation_is_answered_as_soon_as_there_is_an_action_plan():
    assert dv.answer_due_on(dv.COOPERATION, dv.INVESTIGATING, TODAY, None, False, 14) is None
    assert dv.answer_due_on(dv.COOPERATION, dv.ACTIONS_DECIDED, TODAY, TODAY, False, 14) == TODAY


def test_r_dv_5_an_action_is_overdue_after_its_date_until_followed_up():
    assert dv.action_overdue(TODAY - timedelta(days=1), False, TODAY)
    assert not dv.action_overdue(TODAY, False, TODAY)
    assert not dv.action_overdue(TODAY - timedelta(days=1), True, TODAY)


def test_the_receipt_number_names_the_deviation():
    assert dv.receipt_number(7) == "AV-00007"
