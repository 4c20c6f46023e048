"""Who gets a letter about a patient: one letter per household.

A patient of 18 or more gets their own letter. For a minor the letter goes to the guardians; the
guardians at one address share one letter, and children at that address are named together in it
(siblings get one letter, R-LI-7 and the summons letters of issue 4). Guardians who live apart get
one letter each. A patient with protected identity gets no printed address: such letters are
handled by hand (R-TG-4) and are returned apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from klinik_app.domain.dates import age_on
from klinik_app.domain.listing import ADULT_AGE
from klinik_app.domain.text import fold


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None
    postal_code: str | None
    postal_town: str | None

    def lines(self) -> tuple[str, ...]:
        town = " ".join(x for x in (self.postal_code, self.postal_town) if x)
        return tuple(x for x in (self.street, town) if x)

    def key(self) -> str:
        return fold(" ".join(self.lines()))

    def is_complete(self) -> bool:
        return bool(self.street and self.postal_code and self.postal_town)


@dataclass(frozen=True, slots=True)
class GuardianContact:
    name: str
    address: Address | None  # None: lives with the child


@dataclass(frozen=True, slots=True)
class PatientContact:
    patient_id: int
    name: str
    birth_date: date
    protected: bool
    address: Address
    guardians: tuple[GuardianContact, ...] = ()


@dataclass(slots=True)
class Mailing:
    name_lines: list[str]
    address_lines: tuple[str, ...]
    concerning: list[str] = field(default_factory=list)  # the children, for letters to guardians
    patient_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class MailingPlan:
    letters: list[Mailing]
    manual: list[PatientContact]  # protected identity, or no usable address: handled by hand


def plan_mailing(patients: list[PatientContact], on: date) -> MailingPlan:
    letters: dict[str, Mailing] = {}
    manual: list[PatientContact] = []
    for p in sorted(patients, key=lambda x: (x.birth_date, x.patient_id)):  # eldest child named first
        if p.protected:
            manual.append(p)
            continue
        if age_on(p.birth_date, on) >= ADULT_AGE or not p.guardians:
            if not p.address.is_complete():
                manual.append(p)
                continue
            letters[f"patient:{p.patient_id}"] = Mailing([p.name], p.address.lines(), [], [p.patient_id])
            continue
        addressed = 0
        for g in p.guardians:
            address = g.address if g.address and g.address.is_complete() else p.address
            if not address.is_complete():
                continue
            addressed += 1
            mailing = letters.setdefault(f"household:{address.key()}", Mailing([], address.lines()))
            if g.name not in mailing.name_lines:
                mailing.name_lines.append(g.name)
            if p.patient_id not in mailing.patient_ids:
                mailing.patient_ids.append(p.patient_id)
                mailing.concerning.append(p.name)
        if not addressed:
            manual.append(p)
    return MailingPlan(letters=list(letters.values()), manual=manual)
