"""When a patient's next revision examination is due (R-RV-2..6, R-RV-9).

The specification is rules.md "The due date (how R-RV-2..6 combine)"; the steps below are numbered
as there. Pure: the service layer brings the examinations and stores the result (revision_due).

Legacy data [tolkning]: a revision examination without a planned interval (old systems did not
always record one; R-RV-1 requires it, so new entries cannot lack it) is read as planned at the age
cap. That is the longest interval the rules allow, so the patient is never called later than the
rules require; the reason is `interval-cap`, because the cap alone sets the date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from klinik_app.domain.dates import add_months, add_years, age_on
from klinik_app.domain.examination import DENTIST, REVISION_ROLES, ROLES
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text
from klinik_app.domain.ruleset import RuleSet
from klinik_app.domain.target_group import membership_window

FIRST_EXAM = "first-exam"
PLANNED_INTERVAL = "planned-interval"
INTERVAL_CAP = "interval-cap"
DENTIST_CAP = "dentist-cap"
CARE_ENDS = "care-ends"
REASONS = (FIRST_EXAM, PLANNED_INTERVAL, INTERVAL_CAP, DENTIST_CAP, CARE_ENDS)


@dataclass(frozen=True, slots=True)
class ExamRecord:
    """What the due date needs of one examination."""

    examined_on: date
    role: str  # tandlakare | tandhygienist | tandskoterska
    planned_interval_months: int | None = None  # as planned, before any cap

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown examiner role {self.role!r}; known: {ROLES}")


@dataclass(frozen=True, slots=True)
class DueDate:
    due: date | None  # None: no revision within Hälsoval (reason care-ends)
    reason: str  # one of REASONS
    requires_dentist: bool
    care_ends: date  # last day of free care (R-RV-9)
    last_exam: date | None  # last revision examination (dentist or hygienist) on or before today
    last_dentist_exam: date | None
    due_general: date | None  # step 2; None without a revision examination
    due_dentist: date  # step 3


def compute_due(birth_date: date, exams: Iterable[ExamRecord], today: date, rules: RuleSet) -> DueDate:
    # One pass over the examinations and no helpers defined per call: the bulk recomputation
    # (services.revision_due) runs this for every patient of a region.
    rv = rules.revision
    care_ends = membership_window(birth_date, rules.target_group)[1]
    first_exam = rv.first_exam_due(birth_date)  # R-RV-4
    # R-RV-5: only a dentist's or hygienist's examination is a revision; a later date is not yet done.
    # Step 2 needs the revisions of the latest day (same_day), step 3 the latest dentist examination.
    last_exam = last_dentist = None
    same_day: list[ExamRecord] = []
    for e in exams:
        on = e.examined_on
        if e.role not in REVISION_ROLES or on > today:
            continue
        if e.role == DENTIST and (last_dentist is None or on > last_dentist):
            last_dentist = on
        if last_exam is None or on > last_exam:
            last_exam, same_day = on, [e]
        elif on == last_exam:
            same_day.append(e)

    # Step 1: nothing on record, the first dentist examination is owed.
    if last_exam is None:
        if first_exam > care_ends:  # step 6
            return DueDate(None, CARE_ENDS, False, care_ends, None, None, None, first_exam)
        return DueDate(first_exam, FIRST_EXAM, True, care_ends, None, None, None, first_exam)

    # Step 2: the last revision E sets due_general; on a tie the dentist's examination is E.
    cap_months = rv.general_cap_months(age_on(birth_date, rv.cap_age_on(last_exam, today)))
    if len(same_day) == 1:
        due_general, general_reason = _general_due(same_day[0], cap_months)
    else:
        candidates = [e for e in same_day if e.role == DENTIST] or same_day
        # Two records of one role on one day cannot be stored; if given anyway, the earlier due date wins.
        due_general, general_reason = min(_general_due(e, cap_months) for e in candidates)

    # Step 3: R-RV-3, or R-RV-4 when no dentist has ever examined the patient.
    if last_dentist is None:
        due_dentist = first_exam
    else:
        dentist_years = rv.dentist_cap_years(age_on(birth_date, rv.cap_age_on(last_dentist, today)))
        due_dentist = add_years(last_dentist, dentist_years)

    # Steps 4 and 5: the dentist rule wins a tie (both caps binding the same day).
    if due_dentist <= due_general:
        due, reason, requires_dentist = due_dentist, DENTIST_CAP, True
    else:
        due, reason = due_general, general_reason
        requires_dentist = rv.requires_bite_check(age_on(birth_date, due))
    # Step 6: a due date after the last day of free care is no revision within Hälsoval.
    if due > care_ends:
        return DueDate(None, CARE_ENDS, False, care_ends, last_exam, last_dentist, due_general, due_dentist)
    return DueDate(due, reason, requires_dentist, care_ends, last_exam, last_dentist, due_general, due_dentist)


def _general_due(exam: ExamRecord, cap_months: int) -> tuple[date, str]:
    """R-RV-1/2: E + min(I, cap); the reason says whether the cap cut the planned interval."""
    planned = exam.planned_interval_months
    if planned is None or planned > cap_months:  # None: legacy data, read as planned at the cap
        return add_months(exam.examined_on, cap_months), INTERVAL_CAP
    return add_months(exam.examined_on, planned), PLANNED_INTERVAL


def _months_between(start: date, end: date) -> int:
    """Whole months from start to end = start + n months (add_months keeps the month index exact)."""
    return (end.year - start.year) * 12 + end.month - start.month


def explain(d: DueDate) -> Text:
    """One Swedish sentence for the worklist naming the rule that sets the due date (a `Text` of marked
    templates: the record copy prints the Swedish, the window shows it translated)."""
    if d.due is None:
        return Text(QT_TRANSLATE_NOOP("domain", "Ingen revision inom Hälsoval: nästa revision infaller efter att den "
                                                "fria tandvården upphör {care_ends} (R-RV-9)."),
                    care_ends=d.care_ends.isoformat())
    head = Text(QT_TRANSLATE_NOOP("domain", "Tandläkarundersökning senast {due}") if d.requires_dentist
                else QT_TRANSLATE_NOOP("domain", "Revision senast {due}"), due=d.due.isoformat())
    if d.reason == FIRST_EXAM:
        return Text(QT_TRANSLATE_NOOP("domain", "{head}: den första undersökningen görs av tandläkare under året "
                                                "patienten fyller 3 år (R-RV-4)."), head=head)
    if d.reason == DENTIST_CAP:
        if d.last_dentist_exam is None:
            return Text(QT_TRANSLATE_NOOP("domain", "{head}: ingen tandläkarundersökning finns registrerad, och den "
                                                    "första ska göras under året patienten fyller 3 år (R-RV-3, "
                                                    "R-RV-4)."), head=head)
        years = _months_between(d.last_dentist_exam, d.due) // 12
        return Text(QT_TRANSLATE_NOOP("domain", "{head}: högst {years} år sedan förra tandläkarundersökningen "
                                                "(R-RV-3)."), head=head, years=years)
    months = _months_between(d.last_exam, d.due) if d.last_exam else 0
    if d.reason == INTERVAL_CAP:
        rule = Text(QT_TRANSLATE_NOOP("domain", "{head}: högst {months} månader mellan revisionsundersökningar "
                                                "(R-RV-2)"), head=head, months=months)
    else:
        rule = Text(QT_TRANSLATE_NOOP("domain", "{head}: planerat revisionsintervall {months} månader från "
                                                "undersökningen {last_exam} (R-RV-1)"),
                    head=head, months=months, last_exam=str(d.last_exam))
    if d.requires_dentist:  # not the dentist cap, so the bite check (R-RV-6)
        return Text(QT_TRANSLATE_NOOP("domain", "{rule}; bettutvecklingskontroll av tandläkare krävs (R-RV-6)."),
                    rule=rule)
    return Text(QT_TRANSLATE_NOOP("domain", "{rule}."), rule=rule)


def care_end_warning(birth_date: date, today: date, rules: RuleSet) -> str | None:
    """R-RV-9: from 1 January of the year the patient turns 23, warn that free care ends."""
    if today < rules.revision.care_end_warning_from(birth_date):
        return None
    care_ends = membership_window(birth_date, rules.target_group)[1]
    if today > care_ends:
        return Text(QT_TRANSLATE_NOOP("domain", "Fri tandvård inom Hälsoval upphörde {care_ends} (R-RV-9)."),
                    care_ends=care_ends.isoformat())
    return Text(QT_TRANSLATE_NOOP("domain", "Fri tandvård upphör {care_ends}; remisser måste skickas i tid så att "
                                            "vården hinner ges före årsskiftet (R-RV-9)."),
                care_ends=care_ends.isoformat())
