"""Who pays for an emergency visit (R-EM-1, R-EM-3).

R-EM-1: the clinic where the patient is listed pays (the regional look-up names it); a patient
listed nowhere is charged to the area-responsibility clinic for their address (a setting maps
municipality, and optionally a postcode prefix, to a clinic; the most specific match wins); with
no answer from the region (offline) or no mapping, the payer is unknown and the visit waits.

R-EM-3: a patient living in another county (annat-lan), or registered here but staying
temporarily outside the county (tillfalligt-utanfor-lanet), is listed in a system the region's
look-up does not cover and area responsibility does not apply; the listing clinic staff name pays,
otherwise the payer is unknown until they do.

A patient listed at this clinic is no emergency visit to invoice (refused). A patient with
protected identity is never looked up (R-TG-4): the area clinic pays, marked as such.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

LISTING_CLINIC, AREA_CLINIC, UNKNOWN = "listing-clinic", "area-clinic", "unknown"
PAYER_KINDS = {LISTING_CLINIC: "Listningsklinik", AREA_CLINIC: "Områdesansvarig klinik", UNKNOWN: "Betalare okänd"}
RESIDENCES = {"lan": "Bor i länet", "tillfalligt-utanfor-lanet": "Folkbokförd i länet, vistas tillfälligt utanför",
              "annat-lan": "Bor i ett annat län, vistas här"}


class ListedHere(Refusal, ValueError):
    """The patient is listed at this clinic: an ordinary visit, not an emergency visit to invoice."""

    message = QT_TRANSLATE_NOOP("domain", "Patienten är listad här hos oss. Akutbesöket faktureras inte någon "
                                          "annan klinik; registrera behandlingarna som ett vanligt besök.")


@dataclass(frozen=True, slots=True)
class Clinic:
    hsa_id: str
    name: str


@dataclass(frozen=True, slots=True)
class AreaRule:
    municipality_code: str
    postcode_prefix: str | None  # digits; None covers the whole municipality
    clinic: Clinic


@dataclass(frozen=True, slots=True)
class Payer:
    kind: str
    clinic: Clinic | None
    reason: str  # Swedish: why this payer, shown and printed


def postcode_digits(postal_code: str | None) -> str:
    return "".join(ch for ch in postal_code or "" if ch.isdigit())


def area_clinic_for(rules: Iterable[AreaRule], municipality_code: str | None, postal_code: str | None) -> AreaRule | None:
    """The area rule for an address: the longest matching postcode prefix in the municipality, else
    the municipality's own rule."""
    digits = postcode_digits(postal_code)
    best: AreaRule | None = None
    for rule in rules:
        if rule.municipality_code != municipality_code:
            continue
        prefix = rule.postcode_prefix or ""
        if digits.startswith(prefix) and (best is None or len(prefix) > len(best.postcode_prefix or "")):
            best = rule
    return best


def decide_payer(*, own_hsa_id: str, listed_at: Sequence[Clinic] | None, area_rules: Iterable[AreaRule],
                 municipality_code: str | None, postal_code: str | None, residence: str = "lan",
                 protected: bool = False, named_clinic: Clinic | None = None) -> Payer:
    """`listed_at`: the clinics the regional look-up named (empty: listed nowhere; None: not asked
    or no usable answer). `named_clinic`: the listing clinic staff entered (R-EM-3)."""
    if residence not in RESIDENCES:
        raise ValueError(f"unknown residence {residence!r}")
    if listed_at and any(c.hsa_id == own_hsa_id for c in listed_at):
        raise ListedHere(ListedHere.message)
    if listed_at:
        clinic = listed_at[-1]  # the latest listing that holds today
        return Payer(LISTING_CLINIC, clinic, f"Listad hos {clinic.name} enligt regionens uppgifter (R-EM-1).")
    if residence != "lan":
        if named_clinic is not None:
            return Payer(LISTING_CLINIC, named_clinic, f"Listningskliniken {named_clinic.name} enligt uppgift "
                         f"(R-EM-3: {RESIDENCES[residence].lower()}).")
        return Payer(UNKNOWN, None, f"{RESIDENCES[residence]}: ange patientens listningsklinik (R-EM-3).")
    if listed_at is None and not protected:
        return Payer(UNKNOWN, None, "Regionen har inte kunnat svara på var patienten är listad. Försöks igen.")
    rule = area_clinic_for(area_rules, municipality_code, postal_code)
    why = ("Skyddad identitet: regionen tillfrågas aldrig (R-TG-4), områdesansvarig klinik"
           if protected else "Inte listad någonstans enligt regionen, områdesansvarig klinik")
    if rule is None:
        return Payer(UNKNOWN, None, f"{why} saknas för adressen. Lägg till områdesansvaret under Arkiv → Områdesansvar.")
    return Payer(AREA_CLINIC, rule.clinic, f"{why} för adressen (R-EM-1).")
