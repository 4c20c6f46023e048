"""Chair time for revisions (issue 12 part 2): the day's minutes and where the need may go."""

from datetime import date

from klinik_app.domain.capacity import ABSENCE, EXTRA, Balance, Caregiver, CapacityException, WorkPeriod

MIDSOMMARAFTON = date(2027, 6, 25)  # a Friday
WEEK = tuple(WorkPeriod(day, 8 * 60, 16 * 60, 50) for day in range(5))


def test_a_day_by_the_pattern_less_holidays_and_leave_and_an_extra_day_even_on_a_holiday():
    leave = CapacityException(ABSENCE, date(2027, 6, 21), date(2027, 6, 22))
    extra = CapacityException(EXTRA, MIDSOMMARAFTON, MIDSOMMARAFTON, 9 * 60, 11 * 60, 100)
    plain = Caregiver("T1", "tandlakare", WEEK)
    assert plain.revision_minutes_on(date(2027, 6, 24), {MIDSOMMARAFTON}) == 240
    assert plain.revision_minutes_on(MIDSOMMARAFTON, {MIDSOMMARAFTON}) == 0
    assert plain.revision_minutes_on(date(2027, 6, 26), set()) == 0  # Saturday: no pattern
    away = Caregiver("T1", "tandlakare", WEEK, (leave, extra))
    assert away.revision_minutes_on(date(2027, 6, 22), set()) == 0
    assert away.revision_minutes_on(MIDSOMMARAFTON, {MIDSOMMARAFTON}) == 120


def test_dentist_required_need_only_on_dentists_and_hygienist_possible_on_anyone_left():
    assert Balance(date(2027, 1, 4), 100, 0, 60, 500).shortfall == 40
    assert Balance(date(2027, 1, 4), 60, 300, 100, 260).shortfall == 0  # the dentists' 40 spare take the rest
    assert Balance(date(2027, 1, 4), 60, 300, 100, 200).shortfall == 60
