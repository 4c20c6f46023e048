"""Deviations (avvikelser, R-DV-1, R-DV-2, R-DV-5, R-DV-7): categories, harm classes, the states a
case goes through and what each step needs. Pure rules: the services store, this module decides.

Every refusal is a DeviationRefused with a Swedish message a receptionist understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

# R-DV-1: the clinic's own deviations and those that concern another care provider, both ways;
# R-DV-7: cooperation deviations with a municipality or another party; organisational ones.
OWN = "egen"
OUTGOING = "utgaende"  # concerns another care provider: sent to them, awaiting their answer
INCOMING = "inkommande"  # received from another care provider: must be answered (R-DV-2)
COOPERATION = "samverkan"  # samverkansavvikelse (R-DV-7)
ORGANISATIONAL = "organisatorisk"  # e.g. staff shortage
CATEGORY_LABELS = {
    OWN: "Egen verksamhet",
    OUTGOING: "Gäller annan vårdgivare (skickad)",
    INCOMING: "Mottagen från annan vårdgivare",
    COOPERATION: "Samverkansavvikelse",
    ORGANISATIONAL: "Organisatorisk (t.ex. personalbrist)",
}
# The categories that name the other party (provider, municipality or other).
WITH_OTHER_PARTY = frozenset({OUTGOING, INCOMING, COOPERATION})

# Harm classes: stored and shown now; Lex Maria (R-DV-3) builds on SERIOUS_HARM later.
NO_HARM = "ingen-skada"
HARM = "vardskada"
SERIOUS_HARM = "allvarlig-vardskada"
HARM_LABELS = {
    NO_HARM: "Ingen skada / risk för skada",
    HARM: "Vårdskada",
    SERIOUS_HARM: "Allvarlig vårdskada",
}

# R-DV-5: reported -> investigated -> actions decided -> actions followed up -> closed.
REPORTED = "rapporterad"
INVESTIGATING = "utreds"
ACTIONS_DECIDED = "atgarder-beslutade"
FOLLOWED_UP = "uppfoljd"
CLOSED = "avslutad"
STATES = (REPORTED, INVESTIGATING, ACTIONS_DECIDED, FOLLOWED_UP, CLOSED)
STATE_LABELS = {
    REPORTED: "Rapporterad",
    INVESTIGATING: "Utreds",
    ACTIONS_DECIDED: "Åtgärder beslutade",
    FOLLOWED_UP: "Åtgärder uppföljda",
    CLOSED: "Avslutad",
}
# The one allowed step from each state: a case never skips a step and never goes back.
NEXT_STATE = dict(zip(STATES, STATES[1:]))

# [tolkning] The rulebook asks for answers "promptly" (R-DV-2, R-DV-7) without a number of days, so
# the limit is a clinic setting (services.deviations.ANSWER_DAYS_SETTING) with this default.
DEFAULT_ANSWER_DAYS = 14
ANSWER_DAYS_RANGE = (1, 90)


class DeviationRefused(Refusal, ValueError):
    """A step the rules do not allow; `message` is Swedish and says what is missing (a marked template
    and its values, klinik_app/domain/messages.py)."""


@dataclass(frozen=True, slots=True)
class Report:
    """What the reporter writes in the quick form (no patient: a link is kept apart, R-DV-1)."""

    what: str
    occurred_on: date
    place: str
    category: str
    immediate_action: str = ""
    harm: str = NO_HARM
    other_party: str = ""


@dataclass(frozen=True, slots=True)
class PlannedAction:
    description: str
    owner: str
    due_on: date


def _text(value: str) -> str:
    return " ".join((value or "").split())


def check_report(report: Report, today: date) -> Report:
    """The report as stored (whitespace tidied), or a refusal naming the missing field."""
    if report.category not in CATEGORY_LABELS:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Välj en kategori för avvikelsen."))
    if report.harm not in HARM_LABELS:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Välj hur allvarlig händelsen var."))
    what = (report.what or "").strip()
    if not what:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Beskriv vad som hände."))
    if report.occurred_on > today:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Händelsen kan inte ha inträffat efter dagens datum."))
    place = _text(report.place)
    if not place:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv var det hände (t.ex. behandlingsrum 2, receptionen)."))
    other = _text(report.other_party)
    if report.category in WITH_OTHER_PARTY and not other:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv vilken vårdgivare, kommun eller annan part avvikelsen gäller."))
    return Report(what, report.occurred_on, place, report.category, (report.immediate_action or "").strip(),
                  report.harm, other if report.category in WITH_OTHER_PARTY else "")


def check_step(state: str, target: str) -> None:
    """R-DV-5: only the next state of the chain."""
    if NEXT_STATE.get(state) != target:
        if state == CLOSED:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Avvikelsen är redan avslutad."))
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Avvikelsen är i steget \"{state}\"; nästa steg är "
                                                           "\"{next_state}\"."),
                               state=STATE_LABELS[state], next_state=STATE_LABELS[NEXT_STATE[state]])


def check_investigator(name: str) -> str:
    name = _text(name)
    if not name:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv vem som utreder avvikelsen."))
    return name


def check_actions(actions: list[PlannedAction], today: date) -> list[PlannedAction]:
    """R-DV-5: at least one action, each with what, who and by when (not already passed)."""
    if not actions:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Beslut minst en åtgärd: vad som ska göras, av vem och till när."))
    checked = []
    for n, action in enumerate(actions, start=1):
        description, owner = (action.description or "").strip(), _text(action.owner)
        if not description:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: beskriv vad som ska göras."), number=n)
        if not owner:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: skriv vem som ansvarar."), number=n)
        if action.due_on < today:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Åtgärd {number}: sista dag kan inte vara före dagens "
                                                               "datum."), number=n)
        checked.append(PlannedAction(description, owner, action.due_on))
    return checked


def check_follow_up(outcomes: dict[int, str], action_ids: list[int]) -> dict[int, str]:
    """R-DV-5: every decided action gets its outcome before the case moves on."""
    tidy = {i: (outcomes.get(i) or "").strip() for i in action_ids}
    missing = [n for n, i in enumerate(action_ids, start=1) if not tidy[i]]
    if missing:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv resultatet av varje åtgärd (saknas för åtgärd "
                                                           "{numbers})."), numbers=", ".join(map(str, missing)))
    return tidy


def needs_answer(category: str) -> bool:
    """R-DV-2: a received deviation is always answered; R-DV-7 [tolkning]: so is a cooperation
    deviation, once it is analysed and has an action plan."""
    return category in (INCOMING, COOPERATION)


def check_answer(text: str, delivered_on: date | None, reported_on: date, today: date) -> str:
    text = (text or "").strip()
    if not text:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv svaret till avsändaren."))
    if delivered_on is None:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Ange datum då svaret lämnades till avsändaren."))
    if delivered_on > today:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Svaret kan inte ha lämnats efter dagens datum."))
    if delivered_on < reported_on:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Svaret kan inte ha lämnats före avvikelsen registrerades."))
    return text


def check_close(category: str, feedback: str, answer_text: str | None, answer_on: date | None) -> str:
    """R-DV-5: the reporter's feedback is recorded; R-DV-2: a received (and, R-DV-7, a cooperation)
    deviation has its answer and the date it was delivered."""
    if needs_answer(category) and (not answer_text or answer_on is None):
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Avvikelsen kan inte avslutas förrän svaret till avsändaren och datumet då det "
                                                           "lämnades är registrerade (R-DV-2)."))
    feedback = (feedback or "").strip()
    if not feedback:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv vilken återkoppling den som rapporterade har fått."))
    return feedback


def answer_due_on(category: str, state: str, reported_on: date, decided_on: date | None, answered: bool,
                  answer_days: int) -> date | None:
    """When the answer to the other party is due, or None when none is awaited.

    Incoming: within `answer_days` of receipt (R-DV-2). Cooperation: as soon as an action plan
    exists (R-DV-7), so due the day actions are decided. Outgoing: the other provider's answer is
    awaited for `answer_days`, then the handler should remind them."""
    if answered or state == CLOSED:
        return None
    if category in (INCOMING, OUTGOING):
        return reported_on + timedelta(days=answer_days)
    if category == COOPERATION and decided_on is not None:
        return decided_on
    return None


def action_overdue(due_on: date, followed_up: bool, today: date) -> bool:
    return not followed_up and due_on < today


def receipt_number(deviation_id: int) -> str:
    """The number the reporter gets back and the register shows."""
    return f"AV-{deviation_id:05d}"
