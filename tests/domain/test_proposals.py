"""Proposed revision times (issue 12 part 3): domain.proposals, pure.

The period in most tests: Monday 2027-01-04 to Friday 2027-01-29 (trettondagen, Wednesday 6 January,
is a public holiday)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from klinik_app.domain.capacity import ABSENCE, EXTRA, Caregiver, CapacityException, WorkPeriod
from klinik_app.domain.examination import DENTIST, HYGIENIST
from klinik_app.domain.proposals import Candidate, Options, chairs, propose

FIRST, LAST = date(2027, 1, 4), date(2027, 1, 29)
HOLIDAYS = {date(2027, 1, 6)}
OPTIONS = Options(FIRST, LAST)
TINA, TOM, HUGO = "SE-T1", "SE-T2", "SE-H1"
CHILD = date(2019, 5, 5)  # 7 on every day of the period
ADULT = date(2006, 5, 5)  # 20


def _worker(hsa: str, role: str, percent: int = 100, start: int = 8 * 60, end: int = 16 * 60,
            exceptions=()) -> Caregiver:
    return Caregiver(hsa, role, tuple(WorkPeriod(d, start, end, percent) for d in range(5)), tuple(exceptions))


def _plan(candidates, workers, options=OPTIONS, busy=None, booked=None, interpreters=None):
    made = chairs(workers, options.first, options.last, HOLIDAYS, busy or {}, booked or {})
    return propose(candidates, made, options, interpreters)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_overdue_backlog_gets_the_earliest_free_times_and_the_rest_a_time_close_before_their_due_date():
    overdue = Candidate(1, ADULT, date(2026, 11, 1), False, 30)
    later_overdue = Candidate(2, ADULT, date(2026, 12, 20), False, 30)
    due = Candidate(3, ADULT, date(2027, 1, 20), False, 30)
    placed, unplaced = _plan([due, later_overdue, overdue], [_worker(HUGO, HYGIENIST)])
    starts = {p.patient_id: p.starts for p in placed}
    assert unplaced == []
    assert starts == {1: _at(FIRST, 8), 2: _at(FIRST, 8, 30), 3: _at(date(2027, 1, 20), 8)}
    assert [p.overdue for p in placed] == [True, True, False]


def test_a_proposal_is_never_after_the_due_date_and_none_is_made_when_the_chairs_are_full_before_it():
    # One hour of revisions a day; three patients due on Tuesday 5 January: two fit on the 4th and 5th.
    worker = _worker(HUGO, HYGIENIST, start=8 * 60, end=9 * 60)
    patients = [Candidate(n, ADULT, date(2027, 1, 5), False, 60) for n in (1, 2, 3)]
    placed, unplaced = _plan(patients, [worker])
    assert sorted(p.starts.date() for p in placed) == [date(2027, 1, 4), date(2027, 1, 5)]
    assert [u.patient_id for u in unplaced] == [3]
    assert unplaced[0].reason == "Ingen ledig tid före revisionsdatumet hos tandläkare eller tandhygienist under perioden."


def test_r_rv_3_a_patient_who_requires_a_dentist_is_never_proposed_to_a_hygienist():
    needs_dentist = Candidate(1, ADULT, date(2027, 1, 15), True, 45)
    placed, unplaced = _plan([needs_dentist], [_worker(HUGO, HYGIENIST)])
    assert placed == [] and unplaced[0].reason == "Ingen ledig tid före revisionsdatumet hos tandläkare under perioden."
    placed, _ = _plan([needs_dentist], [_worker(HUGO, HYGIENIST), _worker(TINA, DENTIST)])
    assert [(p.caregiver_hsa_id, p.role, p.dentist_required) for p in placed] == [(TINA, DENTIST, True)]


def test_r_rv_3_the_responsible_dentist_is_tried_before_the_other_dentists():
    patient = Candidate(1, ADULT, date(2027, 1, 15), True, 45, dentist=TOM)
    placed, _ = _plan([patient], [_worker(TINA, DENTIST), _worker(TOM, DENTIST)])
    assert placed[0].caregiver_hsa_id == TOM


def test_a_hygienist_takes_a_revision_that_needs_no_dentist_and_a_dentist_only_when_no_hygienist_has_time():
    patient = Candidate(1, ADULT, date(2027, 1, 15), False, 30)
    placed, _ = _plan([patient], [_worker(TINA, DENTIST), _worker(HUGO, HYGIENIST)])
    assert placed[0].caregiver_hsa_id == HUGO and not placed[0].dentist_required
    on_leave = _worker(HUGO, HYGIENIST, exceptions=[CapacityException(ABSENCE, FIRST, LAST)])
    placed, _ = _plan([patient], [_worker(TINA, DENTIST), on_leave])
    assert placed[0].caregiver_hsa_id == TINA and placed[0].starts == _at(date(2027, 1, 15), 8)


def test_r_rv_6_a_patient_of_bite_check_age_on_the_day_of_the_time_gets_a_dentist():
    # 14 on the due date (no dentist required then) but 13 until 25 January: both caregivers are on
    # leave from the 25th, so the time falls on the 22nd, when the bite check is still owed.
    leave = [CapacityException(ABSENCE, date(2027, 1, 25), LAST)]
    patient = Candidate(1, date(2013, 1, 25), date(2027, 1, 28), False, 30)
    placed, _ = _plan([patient], [_worker(TINA, DENTIST, exceptions=leave), _worker(HUGO, HYGIENIST, exceptions=leave)])
    assert placed[0].starts.date() == date(2027, 1, 22)
    assert (placed[0].caregiver_hsa_id, placed[0].dentist_required) == (TINA, True)


def test_siblings_at_one_address_are_proposed_back_to_back_with_one_caregiver_before_both_due_dates():
    ella = Candidate(1, date(2016, 3, 3), date(2027, 1, 27), True, 45, household="storgatan 1|90325")
    vilgot = Candidate(2, date(2020, 8, 8), date(2027, 1, 14), False, 30, household="storgatan 1|90325")
    neighbour = Candidate(3, date(2020, 8, 9), date(2027, 1, 14), False, 30, household="storgatan 3|90325")
    placed, unplaced = _plan([ella, vilgot, neighbour], [_worker(TINA, DENTIST), _worker(HUGO, HYGIENIST)])
    by_id = {p.patient_id: p for p in placed}
    assert unplaced == []
    assert by_id[2].starts == _at(date(2027, 1, 14), 8) and by_id[1].starts == _at(date(2027, 1, 14), 8, 30)
    assert by_id[1].caregiver_hsa_id == by_id[2].caregiver_hsa_id == TINA  # Ella needs the dentist (7 years old)
    assert by_id[1].household == by_id[2].household == "storgatan 1|90325"
    assert by_id[3].household == ""  # alone at the address: not grouped


def test_siblings_without_a_common_block_are_placed_one_by_one():
    # Fifty free minutes a day: never room for 45 + 30 back to back.
    ella = Candidate(1, ADULT, date(2027, 1, 12), False, 45, household="x")
    vilgot = Candidate(2, ADULT, date(2027, 1, 12), False, 30, household="x")
    placed, unplaced = _plan([ella, vilgot], [_worker(HUGO, HYGIENIST, start=8 * 60, end=8 * 60 + 50)])
    assert unplaced == [] and {p.starts.date() for p in placed} == {date(2027, 1, 12), date(2027, 1, 11)}
    assert all(p.household == "" for p in placed)


def test_holidays_and_leave_are_never_proposed():
    leave = CapacityException(ABSENCE, date(2027, 1, 5), date(2027, 1, 5))
    one_hour = dict(start=8 * 60, end=9 * 60)
    patients = [Candidate(n, ADULT, date(2026, 12, 1), False, 60) for n in (1, 2, 3)]
    placed, _ = _plan(patients, [_worker(HUGO, HYGIENIST, exceptions=[leave], **one_hour)])
    assert [p.starts.date() for p in placed] == [date(2027, 1, 4), date(2027, 1, 7), date(2027, 1, 8)]


def test_an_extra_working_day_is_proposed_even_on_a_holiday():
    extra = CapacityException(EXTRA, date(2027, 1, 6), date(2027, 1, 6), 9 * 60, 12 * 60, 100)
    patient = Candidate(1, ADULT, date(2027, 1, 6), False, 30)
    placed, _ = _plan([patient], [_worker(HUGO, HYGIENIST, exceptions=[extra])])
    assert placed[0].starts == _at(date(2027, 1, 6), 9)


def test_booked_times_and_the_days_revision_share_are_respected():
    busy = {(HUGO, date(2027, 1, 15)): [(8 * 60, 9 * 60)]}
    booked = {(HUGO, date(2027, 1, 15)): 60}  # the busy hour was a revision: half the day's 2 h share is used
    worker = _worker(HUGO, HYGIENIST, percent=25)  # 8 h at 25 %: two hours of revisions a day
    patients = [Candidate(n, ADULT, date(2027, 1, 15), False, 30) for n in (1, 2, 3)]
    placed, _ = _plan(patients, [worker], busy=busy, booked=booked)
    on_the_15th = sorted(p.starts for p in placed if p.starts.date() == date(2027, 1, 15))
    assert on_the_15th == [_at(date(2027, 1, 15), 9), _at(date(2027, 1, 15), 9, 30)]
    assert [p.starts.date() for p in placed if p.starts.date() != date(2027, 1, 15)] == [date(2027, 1, 14)]


def test_school_hours_are_avoided_on_weekdays_for_school_age_patients_only():
    options = Options(FIRST, LAST, school_hours=(8 * 60, 15 * 60))
    pupil = Candidate(1, date(2015, 1, 1), date(2027, 1, 15), False, 30)
    toddler = Candidate(2, date(2023, 1, 1), date(2027, 1, 15), True, 30)
    placed, _ = _plan([pupil, toddler], [_worker(TINA, DENTIST), _worker(HUGO, HYGIENIST)], options)
    starts = {p.patient_id: p.starts for p in placed}
    assert starts[1] == _at(date(2027, 1, 15), 15) and starts[2] == _at(date(2027, 1, 15), 8)


def test_no_two_interpreted_times_in_one_language_overlap_and_a_booked_interpreter_is_kept():
    first = Candidate(1, ADULT, date(2027, 1, 15), False, 45, interpreter="arabiska")
    second = Candidate(2, ADULT, date(2027, 1, 15), True, 45, interpreter="arabiska")
    other = Candidate(3, ADULT, date(2027, 1, 15), True, 45, interpreter="somaliska")
    booked = {("arabiska", date(2027, 1, 15)): [(8 * 60, 9 * 60)]}
    placed, _ = _plan([first, second, other], [_worker(TINA, DENTIST), _worker(TOM, DENTIST), _worker(HUGO, HYGIENIST)],
                      interpreters=booked)
    starts = {p.patient_id: p.starts for p in placed}
    assert starts[1] == _at(date(2027, 1, 15), 9) and starts[2] == _at(date(2027, 1, 15), 9, 45)
    assert starts[3] == _at(date(2027, 1, 15), 8)  # another language: its own interpreter
    assert {p.interpreter for p in placed} == {"arabiska", "somaliska"}


def test_a_leap_day_and_the_year_end_are_ordinary_days():
    options = Options(date(2028, 2, 28), date(2028, 3, 1))
    patient = Candidate(1, date(2012, 2, 29), date(2028, 2, 29), False, 30)  # 16 on 28 February 2028
    made = chairs([_worker(HUGO, HYGIENIST)], options.first, options.last, set(), {}, {})
    placed, _ = propose([patient], made, options)
    assert placed[0].starts == _at(date(2028, 2, 29), 8)
    options = Options(date(2027, 12, 27), date(2028, 1, 7))
    patient = Candidate(2, ADULT, date(2027, 12, 31), False, 30)
    holidays = {date(2027, 12, 31), date(2028, 1, 1), date(2028, 1, 6)}  # nyårsafton, nyårsdagen, trettondagen
    made = chairs([_worker(HUGO, HYGIENIST)], options.first, options.last, holidays, {}, {})
    placed, _ = propose([patient], made, options)
    assert placed[0].starts == _at(date(2027, 12, 30), 8)


# --- properties over random clinics -----------------------------------------------------------------

@st.composite
def _clinic(draw):
    workers = []
    for n in range(draw(st.integers(1, 4))):
        role = draw(st.sampled_from([DENTIST, HYGIENIST]))
        start = draw(st.sampled_from([7 * 60, 8 * 60, 12 * 60]))
        leave = []
        if draw(st.booleans()):
            a = FIRST + timedelta(days=draw(st.integers(0, 25)))
            leave.append(CapacityException(ABSENCE, a, a + timedelta(days=draw(st.integers(0, 5)))))
        workers.append(_worker(f"W{n}", role, draw(st.sampled_from([25, 50, 100])), start, start + 4 * 60, leave))
    patients = []
    for n in range(draw(st.integers(0, 60))):
        due = FIRST + timedelta(days=draw(st.integers(-60, 25)))
        patients.append(Candidate(
            n, date(draw(st.integers(2004, 2023)), draw(st.integers(1, 12)), draw(st.integers(1, 28))), due,
            draw(st.booleans()), draw(st.sampled_from([30, 45, 60])),
            household=draw(st.sampled_from(["", "", "a", "b"])),
            interpreter=draw(st.sampled_from([None, None, "arabiska"]))))
    school = draw(st.sampled_from([None, (8 * 60, 15 * 60)]))
    return workers, patients, Options(FIRST, LAST, school_hours=school)


@settings(max_examples=60, deadline=None)
@given(_clinic())
def test_every_proposal_keeps_every_rule(clinic):
    workers, patients, options = clinic
    placed, unplaced = _plan(patients, workers, options)
    by_id = {c.patient_id: c for c in patients}
    workers_by_id = {w.hsa_id: w for w in workers}
    assert sorted([p.patient_id for p in placed] + [u.patient_id for u in unplaced]) == sorted(by_id)
    for p in placed:
        c, w, day = by_id[p.patient_id], workers_by_id[p.caregiver_hsa_id], p.starts.date()
        start = p.starts.hour * 60 + p.starts.minute
        assert FIRST <= day <= LAST and day not in HOLIDAYS
        assert c.due < FIRST or day <= c.due  # never after the due date
        assert not (c.requires_dentist or 6 <= _age(c.birth_date, day) <= 13) or w.role == DENTIST
        assert not any(e.covers(day) for e in w.exceptions)  # leave
        assert any(wp.weekday == day.weekday() and wp.start_minute <= start and start + p.minutes <= wp.end_minute
                   for wp in w.periods)
        if options.school_hours and day.weekday() < 5 and 6 <= _age(c.birth_date, day) <= 18:
            assert start + p.minutes <= options.school_hours[0] or start >= options.school_hours[1]
    for who in workers_by_id:  # no overlaps; the day's revision share is kept
        mine = sorted((p.starts, p.minutes) for p in placed if p.caregiver_hsa_id == who)
        for (a, minutes), (b, _) in zip(mine, mine[1:]):
            assert a + timedelta(minutes=minutes) <= b
        for day in {a.date() for a, _ in mine}:
            share = sum(wp.revision_minutes for wp in workers_by_id[who].periods if wp.weekday == day.weekday())
            assert sum(m for a, m in mine if a.date() == day) <= share
    interpreted = sorted((p.starts, p.minutes) for p in placed if p.interpreter)
    for (a, minutes), (b, _) in zip(interpreted, interpreted[1:]):
        assert a + timedelta(minutes=minutes) <= b  # one interpreter per language at a time


def _age(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
