"""Rules of the appointment book (tidbok), free of storage: statuses, lengths, overlaps,
late cancellations and the R-AB-3 agreement text."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text, joined
from klinik_app.domain.ruleset import AbsenceRules

BOOKED, ATTENDED, CANCELLED, LATE_CANCELLATION, NO_SHOW = (
    "booked", "attended", "cancelled", "late-cancellation", "no-show")
STATUSES = (BOOKED, ATTENDED, CANCELLED, LATE_CANCELLATION, NO_SHOW)
OUTCOMES = (ATTENDED, CANCELLED, LATE_CANCELLATION, NO_SHOW)
REVISION, TREATMENT, EMERGENCY, OTHER = "revision", "treatment", "emergency", "other"
KINDS = (REVISION, TREATMENT, EMERGENCY, OTHER)
AGREED_HOW = ("pa-plats", "telefon", "brev", "e-tjanst", "sms", "import")
PATIENT = "patient"  # agreed_with when the patient agreed; otherwise the guardian's name

# Times that occupy the caregiver and the room: a cancelled or missed time leaves the chair free.
BLOCKING = (BOOKED, ATTENDED)

MIN_MINUTES, MAX_MINUTES = 5, 480

# The words of the agreement text (marked: the window translates them).
PROPOSED_ONLY = QT_TRANSLATE_NOOP("domain", "Endast föreslagen, inte bekräftad")
_HOW = {"pa-plats": QT_TRANSLATE_NOOP("domain", "på plats"), "telefon": QT_TRANSLATE_NOOP("domain", "per telefon"),
        "brev": QT_TRANSLATE_NOOP("domain", "per brev"), "e-tjanst": QT_TRANSLATE_NOOP("domain", "via e-tjänst"),
        "sms": QT_TRANSLATE_NOOP("domain", "per sms")}
# Made once: a list of times shows an agreement text on every row.
_PROPOSED_TEXT = Text(PROPOSED_ONLY)
_IMPORTED_TEXT = Text(QT_TRANSLATE_NOOP("domain", "Överenskommen enligt tidigare system"))
_AGREED_TEXT = Text(QT_TRANSLATE_NOOP("domain", "Överenskommen"))
_WITH_PATIENT_TEXT = Text(QT_TRANSLATE_NOOP("domain", "med patienten"))
_HOW_TEXTS = {how: Text(words) for how, words in _HOW.items()}


def length_problem(minutes: int) -> str | None:
    """Why a length cannot be booked, in Swedish, or None."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        return Text(QT_TRANSLATE_NOOP("domain", "Tidens längd måste vara mellan {shortest} och {longest} minuter "
                                                "(nu {minutes})."), shortest=MIN_MINUTES, longest=MAX_MINUTES,
                    minutes=minutes)
    return None


def transition_problem(current: str, new: str) -> str | None:
    """Why an appointment cannot go from `current` to `new`, or None.

    A booked time gets an outcome; an outcome set by mistake may be corrected by staff (to another
    outcome or back to booked), and the correction is recorded like any change."""
    if new not in STATUSES:
        return Text(QT_TRANSLATE_NOOP("domain", "Okänd status '{status}'."), status=new)
    if new == current:
        return Text(QT_TRANSLATE_NOOP("domain", "Tiden har redan den statusen."))
    return None


def is_correction(current: str) -> bool:
    return current != BOOKED


def overlaps(start_a: datetime, minutes_a: int, start_b: datetime, minutes_b: int) -> bool:
    """Half-open intervals: a time ending 10:00 and one starting 10:00 do not overlap."""
    return start_a < start_b + timedelta(minutes=minutes_b) and start_b < start_a + timedelta(minutes=minutes_a)


def cancellation_status(rules: AbsenceRules, cancelled_at: datetime, starts_at: datetime, *, by_patient: bool) -> str:
    """R-AB-3: a patient's cancellation fewer than the rule set's hours before the time is late; the
    clinic cancelling is never the patient's late cancellation."""
    if by_patient and rules.is_late_cancellation(cancelled_at, starts_at):
        return LATE_CANCELLATION
    return CANCELLED


def agreement_text(agreed: bool, agreed_with: str | None, agreed_how: str | None, agreed_on: date | None,
                   agreed_by_name: str | None) -> Text:
    """R-AB-3 in words, e.g. "Överenskommen med vårdnadshavare Anna Lind per telefon 2026-11-20 av Eva
    Tandsköterska" (a `Text` of marked parts: the window translates it)."""
    if not agreed:
        return _PROPOSED_TEXT
    if agreed_how == "import":
        return _IMPORTED_TEXT
    parts = [_AGREED_TEXT]
    if agreed_with:
        parts.append(_WITH_PATIENT_TEXT if agreed_with == PATIENT
                     else Text(QT_TRANSLATE_NOOP("domain", "med vårdnadshavare {name}"), name=agreed_with))
    if agreed_how:
        parts.append(_HOW_TEXTS.get(agreed_how) or agreed_how)
    if agreed_on:
        parts.append(agreed_on.isoformat())
    if agreed_by_name:
        parts.append(Text(QT_TRANSLATE_NOOP("domain", "av {name}"), name=agreed_by_name))
    return joined(parts, " ")


def agreement_problem(agreed_with: str | None, agreed_how: str | None) -> str | None:
    """R-AB-3: an agreement names who agreed and how; neither = only proposed."""
    if (agreed_with is None) != (agreed_how is None):
        return Text(QT_TRANSLATE_NOOP("domain", "Ange både vem som godkände tiden och hur, eller inget av dem om tiden "
                                                "bara är föreslagen."))
    if agreed_how is not None and agreed_how not in AGREED_HOW:
        return Text(QT_TRANSLATE_NOOP("domain", "Okänt sätt att komma överens: '{how}'."), how=agreed_how)
    if agreed_with is not None and not agreed_with.strip():
        return Text(QT_TRANSLATE_NOOP("domain", "Skriv vem som godkände tiden: patienten eller vårdnadshavarens namn."))
    return None
