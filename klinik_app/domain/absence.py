"""The absence rules as pure functions (R-AB-2..6): what counts as an absence, the fee, the re-offer
deadline, repeated absence and the child-at-risk age. No database here: the services gather the
facts (status, kind, whether the time was agreed, whether the patient was listed that day)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from klinik_app.domain.dates import age_on
from klinik_app.domain.ruleset import AbsenceRules

NO_SHOW, LATE_CANCELLATION, CANCELLED, EMERGENCY = "no-show", "late-cancellation", "cancelled", "emergency"

FEE_CHARGED = "Avgift för uteblivet besök: tiden var överenskommen med patienten eller vårdnadshavaren"
FEE_CHARGED_LATE = "Avgift för sen avbokning: tiden var överenskommen med patienten eller vårdnadshavaren"
NO_FEE_UNCONFIRMED = "Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig bekräftad"
NO_FEE_LATE_NOT_COUNTED = "Ingen avgift: sen avbokning räknas inte som uteblivande enligt regelverket"
NO_FEE_CANCELLED = "Ingen avgift: tiden avbokades i tid"


def counts_as_absence(status: str, kind: str, agreed: bool, listed: bool, rules: AbsenceRules) -> bool:
    """R-AB-6: a no-show from an agreed time of a listed patient; never an unconfirmed time or an
    emergency appointment; a late cancellation only where the rule set says so."""
    if not (agreed and listed) or kind == EMERGENCY:
        return False
    return status == NO_SHOW or (status == LATE_CANCELLATION and rules.late_cancellation_counts)


def fee_decision(status: str, agreed: bool, late: bool, rules: AbsenceRules) -> tuple[int | None, str]:
    """R-AB-3: (the fee in kronor or None, the Swedish reason shown either way).

    A no-show is charged, a late cancellation (`late`, or its status) only where the rule set
    counts it; either way only when the time was agreed by both sides.
    """
    late = late or status == LATE_CANCELLATION
    if status == CANCELLED and not late:
        return None, NO_FEE_CANCELLED
    if status != NO_SHOW and not late:
        return None, ""  # attended (or booked again): nothing to explain
    if status != NO_SHOW and not rules.late_cancellation_counts:
        return None, NO_FEE_LATE_NOT_COUNTED
    if not agreed:
        return None, NO_FEE_UNCONFIRMED
    return rules.fee_sek, FEE_CHARGED if status == NO_SHOW else FEE_CHARGED_LATE


def reoffer_deadline(first_agreed_start_day: date, rules: AbsenceRules) -> date:
    """R-AB-2: a new time must be offered by this day, counted from the FIRST agreed time (a moved
    appointment keeps its first agreed start)."""
    return rules.reoffer_deadline(first_agreed_start_day)


def repeated(absence_days: Iterable[date], latest: date, rules: AbsenceRules) -> bool:
    """R-AB-4/6: at least repeated_count absences within repeated_window_months counted back from the
    latest absence, both days included (later days than `latest` are not counted)."""
    start = rules.repeated_window_start(latest)
    return sum(1 for day in absence_days if start <= day <= latest) >= rules.repeated_count


def child_at_risk(birth_date: date, latest_absence_day: date, rules: AbsenceRules) -> bool:
    """R-AB-5: under child_at_risk_under_age ON the day of the latest absence (an 18th birthday that
    day is 18, not under)."""
    return age_on(birth_date, latest_absence_day) < rules.child_at_risk_under_age
