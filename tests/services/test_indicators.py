"""R-RP-1: each indicator against a small data set whose expected numbers are worked out by hand
(the arithmetic is in the comments). Today is 2026-11-22 (tests/conftest.py TODAY)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import delete, select, update

from klinik_app.db.models import AccessLogEntry, DentalHealthMonth, Listing, RevisionDue, RevisionMonth
from klinik_app.domain.capitation import month_end
from klinik_app.domain.deviations import INCOMING, OWN, SERIOUS_HARM, Report
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import (
    appointments,
    deviations,
    examinations,
    indicators,
    listing_stop,
    revision_month,
    snapshots,
)
from klinik_app.services.errors import UsageError
from tests.conftest import make_ctx
from tests.factories import add_appointment, add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
Y2026 = (date(2026, 1, 1), date(2026, 12, 31))


def _exam(ctx, pid: int, on: date, *, role: str = "tandlakare", interval: int = 12, deft=None, dft=None):
    examinations.record_examination(ctx, pid, ExamInput(on, role, "SE2321000222-T0001", Risks(1, 0, 0, 0), interval, deft=deft,
                                                        dft=dft, tobacco="ingen", bite_check=True))


def _values(ctx, period, *ids) -> dict:
    return {v.id: v for v in indicators.indicator_values(ctx, *period, ids or None)}


@pytest.fixture
def clinic(ctx):
    """Listed patients (val unless said) and their examinations; see each test for what counts."""
    p = {}

    def patient(key, birth, serial=123, **kw):
        p[key] = add_patient(ctx, pnr(birth, serial), key, "Test", **({"listing": "val"} | kw))

    patient("Alva", date(2015, 3, 10))
    _exam(ctx, p["Alva"], date(2024, 6, 1))  # due 2025-06-01
    _exam(ctx, p["Alva"], date(2026, 3, 1))  # due 2027-03-01
    patient("Bo", date(2012, 5, 5), listing="icke-val")
    _exam(ctx, p["Bo"], date(2025, 1, 10), interval=24)  # due 2027-01-10
    patient("Cleo", date(2013, 1, 1))
    _exam(ctx, p["Cleo"], date(2024, 10, 2))  # due 2025-10-02: 90 days before 2025-12-31
    patient("Dan", date(2013, 2, 2))
    _exam(ctx, p["Dan"], date(2024, 10, 1))  # due 2025-10-01: 91 days before 2025-12-31
    patient("Jon", date(2013, 3, 3))
    _exam(ctx, p["Jon"], date(2025, 8, 24))  # due 2026-08-24: 90 days before 2026-11-22
    patient("Pia", date(2014, 1, 1), protected=True)
    _exam(ctx, p["Pia"], date(2025, 3, 1))  # due 2026-03-01
    patient("Ines", date(2022, 6, 6))  # turns 3 in 2025, never examined: first examination due 2025-12-31
    patient("Frej", date(2023, 4, 4))  # turns 3 in 2026
    _exam(ctx, p["Frej"], date(2026, 5, 5), deft=0)  # a dentist: R-RV-4 done; due 2027-05-05
    patient("Greta", date(2023, 12, 31))  # turns 3 in 2026
    _exam(ctx, p["Greta"], date(2026, 6, 1), role="tandhygienist", deft=2)  # not a dentist: due 2026-12-31
    patient("Hugo", date(2023, 1, 15))  # turns 3 in 2026, never examined: due 2026-12-31, not yet
    patient("Olle", date(2015, 1, 1), listing=None)  # not listed: never in the revision figures
    _exam(ctx, p["Olle"], date(2023, 1, 1))
    patient("Nils", date(2014, 4, 4))  # listing ended mid-2025: not listed on any measuring day
    _exam(ctx, p["Nils"], date(2023, 1, 1))
    with ctx.begin() as s:
        s.execute(update(Listing).where(Listing.patient_id == p["Nils"]).values(end_date=date(2025, 6, 30),
                                                                               status="finished"))
    # Dental health data of patients not listed here (counted all the same).
    patient("Klara", date(2020, 2, 29), listing=None)  # leap-day birth: 6 in the year 2026
    _exam(ctx, p["Klara"], date(2026, 1, 10), deft=5)
    _exam(ctx, p["Klara"], date(2026, 2, 28), deft=3)  # the latest in the period counts
    patient("Lars", date(2014, 7, 7), listing=None)
    _exam(ctx, p["Lars"], date(2026, 4, 4), role="tandhygienist", dft=1)  # 12 in 2026
    patient("Maja", date(2007, 1, 1), listing=None)
    _exam(ctx, p["Maja"], date(2026, 9, 9), dft=0)  # 19 in 2026
    return ctx, p


def test_r_rp_1_revision_indicators_of_a_past_year_measured_on_its_last_day(clinic):
    ctx, _p = clinic
    v = _values(ctx, Y2025)
    # Listed on 2025-12-31 with an interval to keep: Alva, Bo, Cleo, Dan, Jon, Pia = 6 (Ines's first
    # examination is due that very day, Frej/Greta/Hugo have none due yet: left out).
    # Within: Bo (2027-01-10), Jon (2026-08-24), Pia (2026-03-01) = 3 -> 3/6.
    assert (v["examined_within_interval"].numerator, v["examined_within_interval"].denominator) == (3, 6)
    assert v["examined_within_interval"].value == 0.5
    # Overdue: Alva (213 days), Cleo (90), Dan (91) = 3; more than 90 days: Alva, Dan = 2.
    assert v["overdue_revisions"].value == 3 and v["overdue_over_90_days"].value == 2
    # Turning 3 in 2025 and listed: Ines, without a dentist examination -> 0/1.
    assert (v["first_exam_year_of_3"].numerator, v["first_exam_year_of_3"].denominator) == (0, 1)


def test_r_rp_1_revision_indicators_of_the_running_year_measured_today(clinic):
    ctx, _p = clinic
    v = _values(ctx, Y2026)
    # On 2026-11-22 with an interval: the 6 above + Ines (first examination overdue) + Frej + Greta = 9
    # (Hugo's first examination is due 2026-12-31: left out). Within: Alva (2027-03-01), Bo, Frej
    # (2027-05-05), Greta (2026-12-31, the dentist's R-RV-4 date) = 4 -> 4/9.
    assert (v["examined_within_interval"].numerator, v["examined_within_interval"].denominator) == (4, 9)
    # Overdue: Cleo, Dan, Jon (exactly 90 days), Pia, Ines = 5; more than 90 days: all but Jon = 4.
    assert v["overdue_revisions"].value == 5 and v["overdue_over_90_days"].value == 4
    assert dict(v["overdue_revisions"].parts) == {"Första undersökningen (R-RV-4)": 1, "Planerat intervall (R-RV-1)": 4}
    # Turning 3 in 2026: Frej, Greta, Hugo; examined by a dentist: Frej (Greta's was a hygienist) -> 1/3.
    assert (v["first_exam_year_of_3"].numerator, v["first_exam_year_of_3"].denominator) == (1, 3)


def test_the_stored_due_dates_and_the_live_computation_give_the_same_figures(clinic):
    ctx, _p = clinic
    cached = indicators.indicator_values(ctx, *Y2026, indicators.REVISION)
    with ctx.begin() as s:
        s.execute(delete(RevisionDue))  # rows missing: the service computes the due dates itself
    assert indicators.indicator_values(ctx, *Y2026, indicators.REVISION) == cached


def test_r_rv_8_dental_health_data_by_age_from_each_patients_latest_examination(clinic):
    ctx, _p = clinic
    v = _values(ctx, Y2026)
    # 3 in 2026: Frej deft 0, Greta deft 2 -> mean (0 + 2) / 2 = 1.0; caries-free 1/2.
    assert (v["deft_3"].numerator, v["deft_3"].denominator, v["deft_3"].value) == (2, 2, 1.0)
    assert v["caries_free_3"].value == 0.5
    # 6 in 2026: Klara (born on a leap day), her latest examination's deft 3 (not 5) -> 3.0; caries-free 0/1.
    assert (v["deft_6"].value, v["caries_free_6"].numerator, v["caries_free_6"].denominator) == (3.0, 0, 1)
    # 12: Lars DFT 1 (a hygienist's examination counts) -> 1.0, caries-free 0/1; 19: Maja DFT 0 -> 0.0, 1/1.
    assert (v["dft_12"].value, v["caries_free_12"].value, v["dft_19"].value, v["caries_free_19"].value) == (
        1.0, 0.0, 0.0, 1.0)
    # Nothing recorded in 2025 for those ages: nothing to measure, not 0.
    assert _values(ctx, Y2025, "deft_6")["deft_6"].value is None


def test_patients_behind_name_those_to_act_on_and_are_access_logged(clinic):
    ctx, p = clinic
    behind = indicators.patients_behind(ctx, "overdue_over_90_days", *Y2026)
    assert [r.patient_id for r in behind] == [p["Cleo"], p["Dan"], p["Ines"], p["Pia"]]  # by name; Pia protected
    assert behind[0].detail.startswith("Förföll 2025-10-02 (416 dagar sedan)")  # Oct 2 2025 -> Nov 22 2026
    missing = indicators.patients_behind(ctx, "first_exam_year_of_3", *Y2026)
    assert [r.patient_id for r in missing] == [p["Greta"], p["Hugo"]]
    assert [r.patient_id for r in indicators.patients_behind(ctx, "caries_free_3", *Y2026)] == [p["Greta"]]
    assert indicators.patients_behind(ctx, "deviations", *Y2026) == []
    with ctx.sessions() as s:
        details = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.action == "list")).all()
    assert any(d.startswith("indikator overdue_over_90_days") and "4 patienter" in d for d in details)


def test_r_li_8_listed_per_month_taken_months_as_taken_later_ones_live(ctx):
    alva = add_patient(ctx, pnr(date(2015, 3, 10)), "Alva", "Test", listing="val", listed_from=date(2026, 9, 1))
    add_patient(ctx, pnr(date(2016, 3, 10)), "Bo", "Test", listing="icke-val", listed_from=date(2026, 10, 15))
    assert snapshots.take_month_snapshots(ctx) == 2  # September and October 2026 taken (today 2026-11-22)
    with ctx.begin() as s:  # a correction after the months were taken: Alva was never listed
        s.execute(update(Listing).where(Listing.patient_id == alva).values(status="entered-in-error"))
    v = _values(ctx, (date(2026, 9, 1), date(2026, 12, 31)), *indicators.LISTED)
    # Month ends in the period up to this month: Sep, Oct (taken), Nov (live; December not yet) = 3.
    # val: Sep 1 + Oct 1 (as taken) + Nov 0 (live, corrected) = 2 -> 2/3.
    assert dict(v["listed_choice"].parts) == {"2026-09": 1, "2026-10": 1, "2026-11": 0}
    assert (v["listed_choice"].numerator, v["listed_choice"].denominator) == (2, 3)
    # icke-val: Sep 0, Oct 1, Nov 1 = 2 -> 2/3.
    assert dict(v["listed_assigned"].parts) == {"2026-09": 0, "2026-10": 1, "2026-11": 1}
    # A period without a month end in it has nothing to measure.
    assert _values(ctx, (date(2026, 9, 2), date(2026, 9, 29)), "listed_choice")["listed_choice"].value is None


def _time(ctx, patient_id: int, starts: datetime, status: str) -> None:
    aid = add_appointment(ctx, patient_id, starts)
    appointments.set_outcome(ctx, aid, status, expected_version=appointments.get(ctx, aid).row_version)


def test_r_ab_absence_rate_fees_and_reoffers_come_from_the_absence_statistics(ctx):
    ella = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val")
    _time(ctx, ella, datetime(2026, 3, 2, 9, 0), "attended")
    _time(ctx, ella, datetime(2026, 3, 10, 9, 0), "no-show")  # deadline 30 days later has passed: not re-offered
    _time(ctx, ella, datetime(2026, 4, 1, 9, 0), "attended")
    _time(ctx, ella, datetime(2026, 4, 7, 9, 0), "no-show")
    v = _values(ctx, (date(2026, 3, 1), date(2026, 4, 30)), *indicators.ABSENCE)
    # Due: 4 agreed times with an outcome; absences: 2 -> 2/4. Fees: 2 x 400 kr.
    assert (v["absence_rate"].numerator, v["absence_rate"].denominator, v["absence_rate"].value) == (2, 4, 0.5)
    assert v["absence_fees"].value == 2 and dict(v["absence_fees"].parts) == {"Summa kronor": 800}
    # Re-offers: no later time was booked for either absence and both deadlines (+30 days) have passed: 0/2.
    assert (v["reoffers_on_time"].numerator, v["reoffers_on_time"].denominator) == (0, 2)
    # March alone: 1 of 2.
    assert _values(ctx, (date(2026, 3, 1), date(2026, 3, 31)), "absence_rate")["absence_rate"].value == 0.5


def _deviation(db_path, on: date, category: str, harm: str = "ingen-skada") -> int:
    other = make_ctx(db_path, today=on)
    try:
        return deviations.report_deviation(other, Report("Något hände", on, "Rum 1", category, harm=harm,
                                                         other_party="Kliniken i Byn")).id
    finally:
        other.close()


def test_r_dv_deviations_by_category_and_harm_and_days_to_answer_incoming_ones(ctx, db_path):
    first = _deviation(db_path, date(2026, 2, 1), INCOMING)
    second = _deviation(db_path, date(2026, 3, 1), INCOMING)
    _deviation(db_path, date(2026, 3, 5), OWN, SERIOUS_HARM)
    _deviation(db_path, date(2025, 12, 31), OWN)  # the year before
    deviations.record_answer(ctx, first, "Svar", date(2026, 2, 11))  # 10 days
    deviations.record_answer(ctx, second, "Svar", date(2026, 3, 21))  # 20 days
    v = _values(ctx, Y2026, *indicators.DEVIATIONS)
    assert v["deviations"].value == 3
    parts = dict(v["deviations"].parts)
    assert parts["Mottagen från annan vårdgivare"] == 2 and parts["Egen verksamhet"] == 1
    assert parts["Allvarlig vårdskada"] == 1 and parts["Ingen skada / risk för skada"] == 2
    # (10 + 20) / 2 = 15 days.
    assert (v["deviation_answer_days"].numerator, v["deviation_answer_days"].denominator) == (30, 2)
    assert v["deviation_answer_days"].value == 15


def test_r_li_5_listing_stop_days_up_to_today(ctx):
    for n in range(30):  # a stop needs 30 choice listings (R-LI-5)
        add_patient(ctx, pnr(date(2015, 1, 1), 200 + n), f"P{n}", "Test", listing="val")
    stop = listing_stop.declare_listing_stop(ctx, date(2026, 11, 22))
    # An open stop from today: 1 day in 2026 (22 Nov, today); none counted after today.
    assert _values(ctx, Y2026, "listing_stop_days")["listing_stop_days"].value == 1
    assert stop is not None


def test_unknown_indicator_or_reversed_period_is_refused_in_swedish(ctx):
    with pytest.raises(UsageError, match="Okänd indikator: nope"):
        indicators.indicator_values(ctx, *Y2026, ["nope"])
    with pytest.raises(UsageError, match="ligger före"):
        indicators.indicator_values(ctx, date(2026, 2, 1), date(2026, 1, 1))


def test_monthly_series_one_value_per_month_ending_with_the_given_month(clinic):
    ctx, _p = clinic
    series = indicators.monthly_series(ctx, "overdue_revisions", date(2026, 11, 5), 3)
    assert [(v.first, v.last) for v in series] == [(date(2026, 9, 1), date(2026, 9, 30)),
                                                  (date(2026, 10, 1), date(2026, 10, 31)),
                                                  (date(2026, 11, 1), date(2026, 11, 30))]
    # On 2026-09-30: Cleo, Dan, Jon (due 2026-08-24), Pia, Ines = 5; the same on 31 October and today.
    assert [v.value for v in series] == [5, 5, 5]


def test_monthly_series_and_the_dashboard_equal_each_months_own_indicator_values(clinic, db_path):
    ctx, p = clinic
    _deviation(db_path, date(2026, 2, 1), INCOMING)
    _deviation(db_path, date(2025, 12, 31), OWN, SERIOUS_HARM)
    _time(ctx, p["Alva"], datetime(2026, 3, 10, 9, 0), "no-show")
    _time(ctx, p["Bo"], datetime(2026, 4, 1, 9, 0), "attended")
    snapshots.take_month_snapshots(ctx)  # listed months as taken, revision months taken ahead
    year, series = indicators.dashboard_data(ctx, date(2026, 11, 22), months=24)
    months = [(v.first, v.last) for v in series["overdue_revisions"]]
    assert months[0] == (date(2024, 12, 1), date(2024, 12, 31)) and months[-1] == (date(2026, 11, 1), date(2026, 11, 30))
    per_month = [_values(ctx, month) for month in months]  # the whole period computation, month by month
    for id in indicators.DEFINITIONS:
        assert series[id] == [values[id] for values in per_month], id
    assert indicators.monthly_series(ctx, "deft_3", date(2026, 11, 22)) == series["deft_3"]
    assert year == indicators.indicator_values(ctx, date(2026, 1, 1), date(2026, 11, 30))


def test_r_rp_1_a_taken_month_equals_the_live_figures_on_its_last_day(clinic, db_path):
    ctx, _p = clinic
    # 22 completed months taken in one pass (due dates computed once per stretch without examinations).
    indicators.monthly_series(ctx, "overdue_revisions", date(2026, 10, 31), 22)
    taken = {(v.first, v.last): v for v in indicators.monthly_series(ctx, "examined_within_interval", date(2026, 10, 31), 22)}
    for first, last in taken:
        on_the_day = make_ctx(db_path, today=last)  # the month not over yet: measured live on its last day
        try:
            live = indicators.indicator_values(on_the_day, first, last, indicators.REVISION)
        finally:
            on_the_day.close()
        assert indicators.indicator_values(ctx, first, last, indicators.REVISION) == live, last


def test_r_rp_1_an_examination_recorded_after_the_month_end_does_not_change_the_taken_month(clinic):
    ctx, p = clinic
    before = _values(ctx, Y2025)  # 2025-12-31 taken: Ines, turning 3, not examined by a dentist -> 0/1
    assert (before["first_exam_year_of_3"].numerator, before["first_exam_year_of_3"].denominator) == (0, 1)
    _exam(ctx, p["Ines"], date(2025, 11, 1))  # recorded today, dated before the month end
    after = _values(ctx, Y2025)
    assert after == before  # kept as taken (R-LI-8 alike)
    # A day that is no month end is measured live from the examinations as they are now: 1/1.
    live = _values(ctx, (date(2025, 1, 1), date(2025, 12, 30)), "first_exam_year_of_3")["first_exam_year_of_3"]
    assert (live.numerator, live.denominator) == (1, 1)


def test_taking_a_month_twice_stores_it_once(clinic):
    ctx, _p = clinic
    # Only a completed month end is taken (not a mid-month day, not this month).
    assert revision_month.take(ctx, [date(2025, 12, 31), date(2025, 12, 30), date(2026, 11, 30)]) == 1
    assert revision_month.take(ctx, [date(2025, 12, 31)]) == 0
    _values(ctx, Y2025)
    with ctx.sessions() as s:
        rows = s.execute(select(RevisionMonth.month_end, RevisionMonth.reason)).all()
    assert sorted(rows) == sorted((date(2025, 12, 31), r) for r in revision_month.REASONS)  # every reason, once


def test_r_li_8_the_month_end_snapshot_run_takes_the_revision_figures_of_the_same_months(ctx):
    add_patient(ctx, pnr(date(2015, 3, 10)), "Alva", "Test", listing="val", listed_from=date(2026, 9, 1))
    assert snapshots.take_month_snapshots(ctx) == 2  # September and October 2026
    with ctx.sessions() as s:
        taken = s.scalars(select(RevisionMonth.month_end).distinct()).all()
        within = dict(s.execute(select(RevisionMonth.reason, RevisionMonth.within_interval)
                                .where(RevisionMonth.month_end == date(2026, 10, 31))).all())
    assert sorted(taken) == [date(2026, 9, 30), date(2026, 10, 31)]
    assert set(within) == set(revision_month.REASONS)  # every reason has its row, zeros included
    assert sum(within.values()) == 0  # Alva, never examined, has no interval to keep yet


def test_r_rp_1_a_taken_dental_health_month_equals_the_live_figures_on_its_last_day(clinic, db_path):
    ctx, _p = clinic
    months = [(date(2026, m, 1), month_end(date(2026, m, 1))) for m in range(1, 11)]
    for first, last in months:
        on_the_day = make_ctx(db_path, today=last)  # the month not over yet: measured live on its last day
        try:
            live = indicators.indicator_values(on_the_day, first, last, indicators.HEALTH)
        finally:
            on_the_day.close()
        assert indicators.indicator_values(ctx, first, last, indicators.HEALTH) == live, last
    with ctx.sessions() as s:
        taken = s.scalars(select(DentalHealthMonth.month_end).distinct()).all()
    assert sorted(taken) == [last for _first, last in months]  # each completed month taken once
    # February 2026: Klara (6 that year) deft 3 -> 3/1; the month's own latest examination counts.
    feb = _values(ctx, months[1], "deft_6")["deft_6"]
    assert (feb.numerator, feb.denominator) == (3, 1)


def test_r_rp_1_an_examination_recorded_later_does_not_change_a_taken_dental_health_month(clinic):
    ctx, p = clinic
    may = (date(2026, 5, 1), date(2026, 5, 31))
    before = _values(ctx, may, *indicators.HEALTH)  # May taken: Frej, 3, deft 0 -> 0/1
    assert (before["deft_3"].numerator, before["deft_3"].denominator) == (0, 1)
    _exam(ctx, p["Hugo"], date(2026, 5, 20), deft=4)  # recorded today, dated in the taken month
    assert _values(ctx, may, *indicators.HEALTH) == before  # kept as taken
    # The year so far is measured live: Frej 0, Greta 2, Hugo 4 -> 6/3.
    live = _values(ctx, (date(2026, 1, 1), date(2026, 11, 22)), "deft_3")["deft_3"]
    assert (live.numerator, live.denominator) == (6, 3)


def test_r_li_8_the_month_end_snapshot_run_takes_the_dental_health_months_too(ctx):
    add_patient(ctx, pnr(date(2015, 3, 10)), "Alva", "Test", listing="val", listed_from=date(2026, 9, 1))
    assert snapshots.take_month_snapshots(ctx) == 2  # September and October 2026
    with ctx.sessions() as s:
        rows = s.execute(select(DentalHealthMonth.month_end, DentalHealthMonth.age, DentalHealthMonth.measure,
                                DentalHealthMonth.examined)).all()
    # Every age and measure of both months has its row, zeros included.
    assert len(rows) == 2 * 4 * 2 and {r.month_end for r in rows} == {date(2026, 9, 30), date(2026, 10, 31)}
    assert all(r.examined == 0 for r in rows)


def test_r_li_8_the_current_month_listed_count_equals_the_snapshot_services_live_count(ctx):
    add_patient(ctx, pnr(date(2015, 3, 10)), "Alva", "Test", listing="val", listed_from=date(2026, 9, 1))
    add_patient(ctx, pnr(date(2016, 3, 10)), "Bo", "Test", listing="icke-val", listed_from=date(2026, 11, 1))
    add_patient(ctx, pnr(date(2016, 4, 10)), "Cilla", "Test", listing="val", listed_from=date(2026, 11, 1),
                protected=True)
    cleo = add_patient(ctx, pnr(date(2016, 5, 10)), "Cleo", "Test", listing="val", listed_from=date(2026, 10, 1))
    with ctx.begin() as s:  # Cleo's listing ends before the month end: she does not count on it
        s.execute(update(Listing).where(Listing.patient_id == cleo).values(end_date=date(2026, 11, 15)))
    november = (date(2026, 11, 1), date(2026, 11, 30))
    live = snapshots.month_counts(ctx, *november, by="all")
    v = _values(ctx, november, *indicators.LISTED)
    for id, kind in (("listed_choice", "val"), ("listed_assigned", "icke-val")):
        assert v[id].value == sum(c.count for c in live if c.listing_type == kind)
    assert (v["listed_choice"].value, v["listed_assigned"].value) == (2, 1)  # Alva and Cilla; Bo


def test_patients_behind_the_listed_counts_are_those_listed_with_the_type_on_the_measuring_day(ctx):
    alva = add_patient(ctx, pnr(date(2015, 3, 10)), "Alva", "Test", listing="val", listed_from=date(2026, 9, 1))
    bo = add_patient(ctx, pnr(date(2016, 3, 10)), "Bo", "Test", listing="icke-val", listed_from=date(2026, 10, 15))
    add_patient(ctx, pnr(date(2016, 4, 10)), "Cleo", "Test", listing="val", listed_from=date(2026, 11, 20))
    # Measured on 2026-10-31: Cleo not listed yet.
    choice = indicators.patients_behind(ctx, "listed_choice", date(2026, 10, 1), date(2026, 10, 31))
    assert [r.patient_id for r in choice] == [alva] and "sedan 2026-09-01" in choice[0].detail
    assert [r.patient_id for r in indicators.patients_behind(ctx, "listed_assigned", *Y2026)] == [bo]


def test_patients_behind_the_absence_indicators_name_the_times_and_are_access_logged(ctx):
    ella = add_patient(ctx, pnr(date(2014, 5, 5)), "Ella", "Lind", listing="val")
    finn = add_patient(ctx, pnr(date(2014, 6, 6)), "Finn", "Lind", listing="val")
    _time(ctx, ella, datetime(2026, 3, 10, 9, 0), "no-show")  # deadline passed, never re-offered
    _time(ctx, finn, datetime(2026, 3, 11, 9, 0), "attended")
    rate = indicators.patients_behind(ctx, "absence_rate", *Y2026)
    assert [r.patient_id for r in rate] == [ella] and rate[0].detail == "Uteblev 2026-03-10"
    fees = indicators.patients_behind(ctx, "absence_fees", *Y2026)
    assert [r.patient_id for r in fees] == [ella] and fees[0].detail.endswith("kr")
    late = indicators.patients_behind(ctx, "reoffers_on_time", *Y2026)
    assert [r.patient_id for r in late] == [ella] and "ny tid senast" in late[0].detail
    assert indicators.patients_behind(ctx, "absence_rate", date(2026, 4, 1), date(2026, 4, 30)) == []
    with ctx.sessions() as s:
        details = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.action == "list")).all()
    assert any(d.startswith("indikator reoffers_on_time") and "1 patienter" in d for d in details)


def test_patients_behind_listing_stop_days_are_those_listed_by_choice_when_the_stop_began(ctx):
    listed = [add_patient(ctx, pnr(date(2015, 1, 1), 200 + n), f"P{n:02}", "Test", listing="val") for n in range(30)]
    add_patient(ctx, pnr(date(2015, 2, 2)), "Ivar", "Test", listing="icke-val")
    listing_stop.declare_listing_stop(ctx, date(2026, 11, 22))
    behind = indicators.patients_behind(ctx, "listing_stop_days", *Y2026)
    assert sorted(r.patient_id for r in behind) == sorted(listed)
    assert behind[0].detail == "Listad (val) när listningsstoppet infördes 2026-11-22"
    assert indicators.patients_behind(ctx, "listing_stop_days", *Y2025) == []
