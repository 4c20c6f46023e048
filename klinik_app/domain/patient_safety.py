"""Patient safety work (R-DV-5, R-DV-6): the lesson of a closed case, and when the annual patient
safety report (patientsäkerhetsberättelse) for the previous year is due."""

from __future__ import annotations

from datetime import date

from klinik_app.domain.deviations import CLOSED, DeviationRefused
from klinik_app.domain.messages import QT_TRANSLATE_NOOP

DUE_MONTH, DUE_DAY = 3, 1  # R-DV-6: by 1 March


def check_lesson(state: str, text: str) -> str:
    """R-DV-5: cases are used for learning; a lesson is written once the case is closed."""
    if state != CLOSED:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv lärdomen när avvikelsen är avslutad."))
    text = (text or "").strip()
    if not text:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv vad kliniken har lärt sig av avvikelsen."))
    return text


def report_due_on(year: int) -> date:
    """The report for `year` is due on 1 March of the next year."""
    return date(year + 1, DUE_MONTH, DUE_DAY)


def reminder_year(today: date, done_years: set[int]) -> int | None:
    """The year whose report the page reminds of: from 1 January until it is marked done or
    1 March has passed (R-DV-6); None when there is nothing to remind of."""
    year = today.year - 1
    if year in done_years or today > report_due_on(year):
        return None
    return year


def check_year(year: int, today: date) -> int:
    if not 2000 <= year <= today.year:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Välj ett år mellan 2000 och {last_year}."),
                               last_year=today.year)
    return year


def check_month(year: int, month: int, today: date) -> tuple[int, int]:
    check_year(year, today)
    if not 1 <= month <= 12 or date(year, month, 1) > today:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Välj en månad som har börjat."))
    return year, month
