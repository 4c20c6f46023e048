"""R-SE-4: who may receive a copy of a patient's record, and on whose consent.

A copy to another care provider needs the patient's consent (or a guardian's, for a child), and the
consent is documented so that whoever obtained it can be identified: who gave it, when, how, and
the staff member who obtained it. A patient's own request for access (GDPR art. 15), or a
guardian's on a child's behalf, needs no consent but is recorded the same way. Free of charge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

PROVIDER, PATIENT, GUARDIAN = "provider", "patient", "guardian"
RECIPIENT_KINDS = {PROVIDER: "Annan vårdgivare", PATIENT: "Patienten själv", GUARDIAN: "Vårdnadshavare"}
CONSENT_PATIENT, CONSENT_GUARDIAN = "patient", "vardnadshavare"  # as the contract's samtyckesgivare
CONSENT_HOW = {"pa-plats": "På plats", "telefon": "Per telefon", "brev": "Per brev", "e-tjanst": "Via e-tjänst"}
# The contract's samtyckesmetod calls a letter "papper".
FHIR_METHOD = {"pa-plats": "pa-plats", "telefon": "telefon", "brev": "papper", "e-tjanst": "e-tjanst"}
FREE_OF_CHARGE = "Kopian lämnas ut kostnadsfritt."
OWN_COPY = "patienten själv"

# The re-choice task (issue 13 part 2): offered to the new clinic, closed by a consented copy or a refusal.
TASK_KIND = "record-copy"
TASK_LABEL = "Erbjud journalkopia till nya kliniken"
TASK_DAYS = 14
COPIED, DECLINED = "copied", "declined"
DECISIONS = {COPIED: "Kopia lämnad med samtycke", DECLINED: "Samtycke gavs inte"}


class CopyRefused(Refusal, ValueError):
    """The request breaks a rule of R-SE-4; the message is Swedish, for the receptionist (a marked
    template and its values)."""


@dataclass(frozen=True, slots=True)
class Consent:
    given_by: str  # CONSENT_PATIENT | CONSENT_GUARDIAN
    guardian_name: str | None
    given_on: date
    how: str  # a key of CONSENT_HOW


@dataclass(frozen=True, slots=True)
class CopyRequest:
    """Who receives the copy and on what grounds; `consent` is None for the patient's own request."""

    recipient_kind: str  # a key of RECIPIENT_KINDS
    recipient_name: str
    recipient_hsa_id: str | None = None
    consent: Consent | None = None
    reason: str | None = None  # protected identity: why the copy is made (R-TG-4)

    @property
    def to_provider(self) -> bool:
        return self.recipient_kind == PROVIDER


def check_request(request: CopyRequest, today: date) -> None:
    """Raise CopyRefused when the request cannot be carried out as it stands."""
    if request.recipient_kind not in RECIPIENT_KINDS:
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Okänd mottagare: {recipient}."), recipient=request.recipient_kind)
    if not request.recipient_name.strip():
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Skriv vem som ska få kopian."))
    if request.recipient_hsa_id:
        try:
            parse_hsa_id(request.recipient_hsa_id)
        except InvalidHsaId:
            raise CopyRefused(QT_TRANSLATE_NOOP("domain", "HSA-id:t {hsa_id} har inte rätt form (t.ex. "
                                                         "SE2321000222-E12345)."),
                              hsa_id=request.recipient_hsa_id) from None
    if not request.to_provider:
        return  # the patient's or guardian's own request: no consent needed
    c = request.consent
    if c is None:
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "En kopia till en annan vårdgivare kräver patientens samtycke (eller vårdnadshavarens). "
                                                      "Fyll i vem som gav samtycket, när och hur."))
    if c.given_by not in (CONSENT_PATIENT, CONSENT_GUARDIAN):
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Ange om samtycket gavs av patienten eller av en vårdnadshavare."))
    if c.given_by == CONSENT_GUARDIAN and not (c.guardian_name or "").strip():
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Skriv namnet på vårdnadshavaren som gav samtycket."))
    if c.how not in CONSENT_HOW:
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Ange hur samtycket gavs: på plats, per telefon, per brev eller via e-tjänst."))
    if c.given_on > today:
        raise CopyRefused(QT_TRANSLATE_NOOP("domain", "Samtycket kan inte vara givet efter dagens datum."))


def consent_text(c: Consent | None, obtained_by: str) -> str:
    """'Patienten, per telefon 2026-11-20, inhämtat av Anna Berg' (or the own-request line)."""
    if c is None:
        return "Patientens egen begäran om utdrag; samtycke behövs inte."
    who = "Patienten" if c.given_by == CONSENT_PATIENT else f"Vårdnadshavare {c.guardian_name}"
    return f"{who}, {CONSENT_HOW[c.how].lower()} {c.given_on.isoformat()}, inhämtat av {obtained_by}"
