"""The absence rules as pure functions (R-AB-2..6): what counts as an absence, the fee, the re-offer
deadline, repeated absence and the child-at-risk age. No database here: the services gather the
facts (status, kind, whether the time was agreed, whether the patient was listed that day)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple

from klinik_app.domain.dates import age_on
from klinik_app.domain.listing import ACTIVE, effective_status
from klinik_app.domain.local_time import local_day, to_local
from klinik_app.domain.messages import QT_TRANSLATE_NOOP
from klinik_app.domain.ruleset import AbsenceRules

NO_SHOW, LATE_CANCELLATION, CANCELLED, EMERGENCY = "no-show", "late-cancellation", "cancelled", "emergency"

# Why a fee is or is not charged (R-AB-3): stored with the time; marked, the window shows them translated.
FEE_CHARGED = QT_TRANSLATE_NOOP("domain", "Avgift för uteblivet besök: tiden var överenskommen med patienten eller "
                                          "vårdnadshavaren")
FEE_CHARGED_LATE = QT_TRANSLATE_NOOP("domain", "Avgift för sen avbokning: tiden var överenskommen med patienten eller "
                                               "vårdnadshavaren")
NO_FEE_UNCONFIRMED = QT_TRANSLATE_NOOP("domain", "Ingen avgift: tiden var bara föreslagen i kallelsebrevet och aldrig "
                                                 "bekräftad")
NO_FEE_LATE_NOT_COUNTED = QT_TRANSLATE_NOOP("domain", "Ingen avgift: sen avbokning räknas inte som uteblivande enligt "
                                                      "regelverket")
NO_FEE_CANCELLED = QT_TRANSLATE_NOOP("domain", "Ingen avgift: tiden avbokades i tid")


def counts_as_absence(status: str, kind: str, agreed: bool, listed: bool, rules: AbsenceRules) -> bool:
    """R-AB-6: a no-show from an agreed time of a listed patient; never an unconfirmed time or an
    emergency appointment; a late cancellation only where the rule set says so."""
    if not (agreed and listed) or kind == EMERGENCY:
        return False
    return status == NO_SHOW or (status == LATE_CANCELLATION and rules.late_cancellation_counts)


def listed_on(listings: Iterable[tuple[str, date, date | None]], day: date) -> bool:
    """A listing (status, start, end) active on `day`, as domain.listing.effective_status says."""
    return any(effective_status(status, start, end, day) == ACTIVE for status, start, end in listings)


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


# --- the monthly counts of the absence statistics (issue 5 item 6) --------------------------------

DUE_STATUSES = ("attended", NO_SHOW, LATE_CANCELLATION)  # a time with an outcome the patient decided


class Contribution(NamedTuple):
    """What one appointment adds to its group of the monthly counts: (month, kind, birth_year) and the
    four counts. Statistics subtract the old contribution and add the new one on every change."""

    month: date  # the first day of the Swedish month of the start
    kind: str
    birth_year: int
    due: int  # 1: agreed, not emergency, with an outcome (attended, no-show, late cancellation)
    late_cancellations: int
    fees: int  # 1: charged a fee
    fee_sum: int  # kronor

    @property
    def key(self) -> tuple[date, str, int]:
        return self.month, self.kind, self.birth_year

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return self.due, self.late_cancellations, self.fees, self.fee_sum


def contribution(row, birth_year: int) -> Contribution | None:
    """`row` (anything with starts_at, a stored instant, kind, status, agreed and fee_sek) in the
    monthly counts; None when it counts nowhere (e.g. a booked or cancelled time without a fee)."""
    fee = row.fee_sek or 0
    due = bool(row.agreed) and row.kind != EMERGENCY and row.status in DUE_STATUSES
    late = row.status == LATE_CANCELLATION
    if not (due or late or fee):
        return None
    month = local_day(row.starts_at).replace(day=1)
    return Contribution(month, row.kind, birth_year, int(due), int(late), int(fee > 0), fee)


def reoffered_on(missed_at: datetime, later: Iterable[tuple[datetime, str, datetime]]) -> date | None:
    """R-AB-2 for the statistics: the Swedish day the first later non-emergency time was booked, from
    the patient's times as (starts_at, kind, created_at) stored instants; None when there is none."""
    missed = to_local(missed_at)
    days = [local_day(created) for starts, kind, created in later if kind != EMERGENCY and to_local(starts) > missed]
    return min(days, default=None)
