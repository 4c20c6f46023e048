"""Listing rules (R-LI): who may be listed by choice, with whose consent, from when, and status.

Pure: the service layer brings the facts (patient, guardians, target group, listing stops).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from klinik_app.domain.dates import age_on
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal
from klinik_app.domain.ruleset import RuleSet
from klinik_app.domain.target_group import TargetGroupStatus

CHOICE, ASSIGNED = "val", "icke-val"
LISTING_TYPE_LABELS = {CHOICE: "Eget val", ASSIGNED: "Icke-val"}

PLANNED, ACTIVE, FINISHED, ERROR = "planned", "active", "finished", "entered-in-error"
STATUS_LABELS = {PLANNED: "Planerad", ACTIVE: "Aktiv", FINISHED: "Avslutad", ERROR: "Felregistrerad"}

# regional-listing-api.md, code system `avslutsorsak`.
END_REASONS = {
    "omval": "Omval till annan klinik",
    "eget-val": "Eget val av samma klinik",
    "utflyttad-lan": "Utflyttad från länet",
    "avliden": "Avliden",
    "aldersgrans": "Åldersgräns (året patienten fyller 23 har passerat)",
    "omflyttad-icke-val": "Omflyttad inom länet (icke-val)",
    "skyddad-identitet": "Skyddad identitet",
    "felregistrering": "Felregistrering",
}

CONSENT_METHODS = {"pa-plats": "På plats", "telefon": "Telefon", "papper": "Papper", "e-tjanst": "E-tjänst"}
CONSENT_GIVERS = ("patient", "vardnadshavare1", "vardnadshavare2")

# From 18 a person consents for themselves; before that a guardian does (R-LI-1; the age of
# majority, not a regional choice, so not in the rule set).
ADULT_AGE = 18


class ListingRefused(Refusal, ValueError):
    """A listing that the rules do not allow; `message` is Swedish and names the rule (a marked
    template and its values)."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.code = code


def effective_status(status: str, start: date, end: date | None, today: date) -> str:
    """Planned until care responsibility starts, active until the end date has passed (dates rule)."""
    if status == ERROR:
        return ERROR
    if (end is not None and end < today) or (status == FINISHED and end is None):
        return FINISHED
    return PLANNED if start > today else ACTIVE


def is_current(status: str, start: date, end: date | None, today: date) -> bool:
    """Active or planned: the listing holds now or will."""
    return effective_status(status, start, end, today) in (PLANNED, ACTIVE)


def care_start(consent_date: date, rules: RuleSet) -> date:
    """R-LI-3: care responsibility starts on the first day of the month after the choice."""
    return rules.listing.care_starts_on(consent_date)


def check_consent_giver(giver: str, birth_date: date, consent_date: date, guardian_positions: set[int]) -> None:
    """R-LI-1: the patient from 18, a guardian on record before that."""
    if giver not in CONSENT_GIVERS:
        raise ListingRefused("samtycke-saknas", QT_TRANSLATE_NOOP("domain", "Ange vem som lämnade samtycket (R-LI-1)."))
    age = age_on(birth_date, consent_date)
    if age >= ADULT_AGE:
        if giver != "patient":
            raise ListingRefused(
                "samtycke-saknas",
                QT_TRANSLATE_NOOP("domain", "Patienten var {age} år när samtycket lämnades och samtycker själv "
                                            "(R-LI-1), inte vårdnadshavaren."),
                age=age,
            )
        return
    if giver == "patient":
        raise ListingRefused(
            "samtycke-saknas",
            QT_TRANSLATE_NOOP("domain", "Patienten var {age} år när samtycket lämnades. Under 18 år lämnar en "
                                        "vårdnadshavare samtycket (R-LI-1)."),
            age=age,
        )
    position = 2 if giver == "vardnadshavare2" else 1
    if position not in guardian_positions:
        raise ListingRefused(
            "samtycke-saknas",
            QT_TRANSLATE_NOOP("domain", "Vårdnadshavare {position} finns inte registrerad för patienten. Registrera "
                                        "vårdnadshavaren först (R-LI-1)."),
            position=position,
        )


def check_consent_date(consent_date: date, birth_date: date, today: date) -> None:
    if consent_date > today:
        raise ListingRefused("ogiltigt-datum", QT_TRANSLATE_NOOP("domain", "Samtycket kan inte vara lämnat efter dagens datum."))
    if consent_date < birth_date:
        raise ListingRefused("ogiltigt-datum", QT_TRANSLATE_NOOP("domain", "Samtycket kan inte vara lämnat före patientens födelse."))


def check_eligible(on_consent: TargetGroupStatus, on_start: TargetGroupStatus, start: date) -> None:
    """In the target group both when choosing and when care responsibility starts.

    Choosing in December of the year a patient turns 23 starts care on 1 January, when the
    patient is no longer in the target group: refused (R-TG-1, R-LI-3).
    """
    if not on_consent.in_group:
        raise ListingRefused("utanfor-malgrupp", on_consent.message)
    if not on_start.in_group:
        raise ListingRefused(
            "utanfor-malgrupp",
            QT_TRANSLATE_NOOP("domain", "Vårdansvaret skulle börja {start} (R-LI-3), men då ingår patienten inte i "
                                        "målgruppen: {reason}"),
            start=start.isoformat(), reason=on_start.message,
        )


@dataclass(frozen=True, slots=True)
class StopPeriod:
    start: date
    end: date | None

    def covers(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)


def check_no_listing_stop(stops: list[StopPeriod], consent_date: date) -> None:
    """R-LI-5: no new choice listings while a listing stop is in force."""
    for stop in stops:
        if stop.covers(consent_date):
            if stop.end:
                raise ListingRefused(
                    "listningsstopp",
                    QT_TRANSLATE_NOOP("domain", "Kliniken har listningsstopp från {start} till och med {end} (R-LI-5). "
                                                "Nya val kan inte tas emot; patienten kan välja en annan klinik."),
                    start=stop.start.isoformat(), end=stop.end.isoformat(),
                )
            raise ListingRefused(
                "listningsstopp",
                QT_TRANSLATE_NOOP("domain", "Kliniken har listningsstopp från {start} (R-LI-5). Nya val kan inte tas "
                                            "emot; patienten kan välja en annan klinik."),
                start=stop.start.isoformat(),
            )


def check_can_declare_stop(listed_choice_count: int, rules: RuleSet) -> None:
    """R-LI-5 [tolkning]: a stop needs at least the minimum number of choice listings."""
    minimum = rules.listing.minimum_capacity
    if listed_choice_count < minimum:
        raise ListingRefused(
            "listningsstopp",
            QT_TRANSLATE_NOOP("domain", "Listningsstopp kräver att minst {minimum} patienter är listade genom eget "
                                        "val (R-LI-5). Nu är {listed} listade."),
            minimum=minimum, listed=listed_choice_count,
        )


def assigned_end_for_choice(choice_start: date) -> date:
    """An assigned listing replaced by the patient's own choice ends the day before (eget-val)."""
    return choice_start - timedelta(days=1)
