"""Referrals (remisser) to specialist care and their deadline (R-RV-9, issue 12).

Free care lasts up to and including 31 December of the year the patient turns 23 (R-TG-1, L175);
a referral must be sent early enough that the specialist can finish before the year the patient
turns 24 (L693-695). The latest send date is that last day of free care minus the specialist's lead
time (days, per specialty, from the clinic's settings). The warning starts on 1 January of the year
the patient turns 23 (R-RV-9), or WARN_AHEAD_DAYS before the latest send date when that is earlier
(a long lead time, e.g. orthodontics, puts the latest send date in the year before).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text

# Specialties named in the rulebook (L106-120: ortodonti, pedodonti, käkskador, bettfysiologi,
# protetik) and the issue (orofacial medicine), plus the other Swedish specialist fields.
SPECIALTIES: dict[str, str] = {
    "ortodonti": "Ortodonti (tandreglering)",
    "pedodonti": "Pedodonti (barn- och ungdomstandvård)",
    "kakkirurgi": "Käkkirurgi",
    "orofacial-medicin": "Orofacial medicin",
    "bettfysiologi": "Bettfysiologi",
    "protetik": "Protetik",
    "parodontologi": "Parodontologi",
    "endodonti": "Endodonti",
    "annan": "Annan specialitet",
}
# Lead time in days when the clinic has set none: an orthodontic treatment takes one to two years
# (365 leaves the specialist at least a year); other specialist care is usually done within months.
DEFAULT_LEAD_DAYS: dict[str, int] = {code: 365 if code == "ortodonti" else 120 for code in SPECIALTIES}
MAX_LEAD_DAYS = 3 * 365
WARN_AHEAD_DAYS = 90  # how long before the latest send date a long lead time starts the warning

DRAFT, SENT, ANSWERED, CLOSED, WITHDRAWN = "draft", "sent", "answered", "closed", "withdrawn"
STATES: dict[str, str] = {DRAFT: "Ej skickad", SENT: "Skickad", ANSWERED: "Besvarad", CLOSED: "Avslutad",
                          WITHDRAWN: "Återkallad"}
OUTCOMES: dict[str, str] = {"accepted": "Antagen", "treated": "Behandlad", "declined": "Avböjd",
                            "other": "Annat"}

# Which states each step starts from: an answer needs a sent referral, a closed or withdrawn one is done.
SEND, ANSWER, CLOSE, WITHDRAW = "send", "answer", "close", "withdraw"
STEPS: dict[str, tuple[frozenset[str], str]] = {
    SEND: (frozenset({DRAFT}), SENT),
    ANSWER: (frozenset({SENT}), ANSWERED),
    CLOSE: (frozenset({ANSWERED}), CLOSED),
    WITHDRAW: (frozenset({DRAFT, SENT}), WITHDRAWN),
}
_REFUSALS = {
    SEND: QT_TRANSLATE_NOOP("domain", "Bara en remiss som inte är skickad kan skickas."),
    ANSWER: QT_TRANSLATE_NOOP("domain", "Svar kan bara registreras på en skickad remiss som inte redan är besvarad."),
    CLOSE: QT_TRANSLATE_NOOP("domain", "Bara en besvarad remiss kan avslutas; registrera svaret först."),
    WITHDRAW: QT_TRANSLATE_NOOP("domain", "Bara en remiss som inte har besvarats kan återkallas."),
}

ON_TIME, SEND_SOON, TOO_LATE = "on-time", "send-soon", "too-late"


def step_problem(state: str, step: str) -> Text | None:
    """Why `step` cannot be taken from `state` (Swedish; a `Text` the window translates), or None when it can."""
    sources, _target = STEPS[step]
    if state in sources:
        return None
    return Text(QT_TRANSLATE_NOOP("domain", "Remissen är {state}. {refusal}"), state=STATES.get(state, state).lower(),
                refusal=Text(_REFUSALS[step]))


def next_state(step: str) -> str:
    return STEPS[step][1]


@dataclass(frozen=True, slots=True)
class Deadline:
    care_ends: date  # the last day of free care (31 December of the year the patient turns 23)
    latest_send: date  # send by this day so the specialist can finish in time
    warn_from: date

    def state(self, on: date) -> str:
        if on > self.latest_send:
            return TOO_LATE
        return SEND_SOON if on >= self.warn_from else ON_TIME

    def warning(self, on: date) -> Text | None:
        """What an unsent referral says on `on` (Swedish; a `Text` the window translates), or None before the
        warning starts."""
        state = self.state(on)
        if state == TOO_LATE:
            return Text(QT_TRANSLATE_NOOP("domain", "För sent för avgiftsfri vård: skulle ha skickats senast "
                                                    "{latest_send} (den avgiftsfria vården upphör {care_ends})."),
                        latest_send=self.latest_send.isoformat(), care_ends=self.care_ends.isoformat())
        if state == SEND_SOON:
            return Text(QT_TRANSLATE_NOOP("domain", "Skicka senast {latest_send}."),
                        latest_send=self.latest_send.isoformat())
        return None


def deadline(care_ends: date, lead_days: int) -> Deadline:
    """R-RV-9: the latest send date and when to start warning, from the last day of free care."""
    latest = care_ends - timedelta(days=lead_days)
    return Deadline(care_ends, latest, min(date(care_ends.year, 1, 1), latest - timedelta(days=WARN_AHEAD_DAYS)))


def lead_days_problem(value: int) -> Text | None:
    if 0 <= value <= MAX_LEAD_DAYS:
        return None
    return Text(QT_TRANSLATE_NOOP("domain", "Ledtiden ska vara mellan 0 och {max_days} dagar."), max_days=MAX_LEAD_DAYS)
