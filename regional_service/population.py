"""A seeded population for the reference region, and a simulator of the population register.

`seed_population` fills the register with clinics and people aged 0-25 (guardians for minors, a few
outside the county, with samordningsnummer or protected identity), assigns the target group to
the area clinics (R-LI-2) and lets a share of them choose a clinic (R-LI-1, R-LI-3).

`Simulator` moves the region's date forward one day at a time and produces what Skatteverket's
daily notices produce (R-LI-4): births, moves within, out of and into the county, deaths,
re-choices, protected identity set, and the region's own daily processing (new 3-year-olds on
1 January, the age limit on 31 December, planned listings becoming active).

Both are reproducible: the same seed on the same start gives the same people, the same server ids
and the same events (each day draws from its own generator, seeded by the seed and the date).
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from klinik_app.domain.dates import add_years, age_on
from klinik_app.domain.identity import luhn_check_digit
from klinik_app.domain.target_group import membership_window
from regional_service.db import Clinic, Listing, Person
from regional_service.register import CURRENT, Region, Tx

GIVEN_F = ("Alva", "Elsa", "Maja", "Astrid", "Wilma", "Freja", "Saga", "Ella", "Signe", "Alice", "Vera", "Stina",
           "Ebba", "Selma", "Linnea", "Tyra", "Ingrid", "Klara", "Elin", "Sara")
GIVEN_M = ("William", "Hugo", "Liam", "Noah", "Oscar", "Elias", "Nils", "Olle", "Axel", "Vincent", "Alfred", "Sixten",
           "Erik", "Anton", "Isak", "Ludvig", "Gustav", "Albin", "Viktor", "Johan")
FAMILY = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
          "Lindström", "Lundberg", "Holmgren", "Forsberg", "Burman", "Öberg", "Sandström", "Lindqvist", "Nordin",
          "Hedlund", "Åström")
STREETS = ("Storgatan", "Kungsgatan", "Skolgatan", "Västra Esplanaden", "Ålidhemsvägen", "Björkvägen", "Tallvägen",
           "Älvvägen", "Norrlandsgatan", "Backenvägen", "Sjögatan", "Myrvägen")
# kommunkod -> (postcode prefix, post town); three outside the county.
PLACES: dict[str, tuple[str, str]] = {
    "2401": ("914", "Nordmaling"), "2403": ("916", "Bjurholm"), "2404": ("922", "Vindeln"),
    "2409": ("915", "Robertsfors"), "2417": ("935", "Norsjö"), "2418": ("930", "Malå"),
    "2421": ("923", "Storuman"), "2422": ("924", "Sorsele"), "2425": ("917", "Dorotea"),
    "2460": ("911", "Vännäs"), "2462": ("912", "Vilhelmina"), "2463": ("919", "Åsele"),
    "2480": ("903", "Umeå"), "2481": ("921", "Lycksele"), "2482": ("931", "Skellefteå"),
    "0180": ("113", "Stockholm"), "2581": ("973", "Luleå"), "2281": ("852", "Sundsvall"),
}
OUTSIDE = {"0180": "Stockholm", "2581": "Luleå", "2281": "Sundsvall"}
# Bigger municipalities get more people.
WEIGHT = {"2480": 40, "2482": 25, "2481": 6, "2460": 4, "2462": 3, "2409": 3, "2401": 3}

DEFAULT_CLINICS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SE2321000222-E12345", "Folktandvården Umeå", ("2480", "2460", "2403", "2404", "2409", "2401")),
    ("SE2321000222-E23456", "Folktandvården Skellefteå", ("2482", "2417", "2418")),
    ("SE2321000222-E34567", "Folktandvården Lycksele", ("2481", "2421", "2422", "2425", "2462", "2463")),
    ("SE2321000222-E45678", "Tandläkarna på Storgatan", ()),
)


def make_identity(rng: random.Random, birth: date, used: set[str], *, coordination: bool = False) -> str:
    """A valid 12-digit personnummer (or samordningsnummer: day + 60) not used before."""
    day = birth.day + (60 if coordination else 0)
    head = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}"
    while True:
        serial = f"{rng.randint(1, 999):03d}"
        if serial == "000":
            continue
        digits = f"{birth.year // 100:02d}{head}{serial}{luhn_check_digit(head + serial)}"
        if digits not in used:
            used.add(digits)
            return digits


def seeded_ids(rng: random.Random) -> Any:
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass
class Draw:
    rng: random.Random
    used: set[str]

    def municipality(self, county: list[str], outside_share: float = 0.04) -> str:
        if self.rng.random() < outside_share:
            return self.rng.choice(sorted(OUTSIDE))
        return self.rng.choices(county, weights=[WEIGHT.get(c, 1) for c in county])[0]

    def address(self, kommun: str) -> dict[str, str]:
        prefix, city = PLACES.get(kommun, ("999", "Okänd ort"))
        return {"street": f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}",
                "postal_code": f"{prefix} {self.rng.randint(10, 99)}", "city": city}

    def phone(self) -> str:
        return f"070-{self.rng.randint(1000000, 9999999)}"

    def guardian(self, child_birth: date, family: str, address: dict[str, str], female: bool) -> dict[str, Any]:
        birth = add_years(child_birth, -self.rng.randint(22, 42)) - timedelta(days=self.rng.randint(0, 364))
        return {"identity": make_identity(self.rng, birth, self.used),
                "given_name": self.rng.choice(GIVEN_F if female else GIVEN_M), "family_name": family,
                "phone": self.phone(), **address}

    def person(self, region: Region, tx: Tx, birth: date, kommun: str | None, *, coordination: bool = False,
               protected: bool = False) -> Person:
        female = self.rng.random() < 0.5
        family = self.rng.choice(FAMILY)
        address = self.address(kommun) if kommun else {"street": None, "postal_code": None, "city": None}
        guardians = []
        if age_on(birth, tx.today) < 18 and not coordination:
            guardians = [self.guardian(birth, family, address, True)]
            if self.rng.random() < 0.8:
                guardians.append(self.guardian(birth, family, address, False))
        return region.add_person(
            tx, identity=make_identity(self.rng, birth, self.used, coordination=coordination), birth_date=birth,
            given_name=self.rng.choice(GIVEN_F if female else GIVEN_M), family_name=family,
            gender="female" if female else "male", municipality_code=kommun,
            phone=self.phone() if self.rng.random() < 0.6 else None, guardians=guardians, protected=protected,
            **address,
        )


def ensure_clinics(region: Region, clinics: list[tuple[str, str, tuple[str, ...]]] | None = None) -> None:
    for hsa_id, name, areas in clinics or DEFAULT_CLINICS:
        region.add_clinic(hsa_id, name, areas)


def seed_population(region: Region, *, persons: int, seed: int, today: date, choice_share: float = 0.3,
                    clinics: list[tuple[str, str, tuple[str, ...]]] | None = None) -> dict[str, int]:
    """Fill an empty register; returns counts. The region's date becomes `today`."""
    ensure_clinics(region, clinics)
    rng = random.Random(f"seed-{seed}")
    counts = {"personer": 0, "icke-val": 0, "val": 0}
    with region.exclusive(seeded_ids(rng)):
        with region.write(today=today) as tx:
            draw = Draw(rng, set(tx.s.scalars(select(Person.identity))))
            county = [c for c, _ in tx.rules.target_group.municipalities]
            clinic_ids = sorted(tx.clinics())
            people = []
            for _ in range(persons):
                birth = today - timedelta(days=rng.randint(0, 26 * 365))
                roll = rng.random()
                if roll < 0.01:
                    person = draw.person(region, tx, birth, None, coordination=True)
                else:
                    person = draw.person(region, tx, birth, draw.municipality(county), protected=roll > 0.995)
                people.append(person)
            counts["personer"] = len(people)
            for person in people:
                if not region.assignable(tx, person, today):
                    continue
                area = region.area_clinic(tx, person.municipality_code)
                if area is not None:
                    first, _ = _window(tx, person)
                    start = max(first, today - timedelta(days=rng.randint(0, 3650)))
                    region.assign(tx, person, area.hsa_id, start)
                    counts["icke-val"] += 1
                if rng.random() < choice_share and clinic_ids:
                    first, _ = _window(tx, person)
                    consent = max(first, today - timedelta(days=rng.randint(0, 1095)))
                    start = tx.rules.listing.care_starts_on(consent)
                    if region.in_age_group(tx, person, start):
                        region.register_choice(tx, person, rng.choice(clinic_ids), start, None)
                        counts["val"] += 1
            region.set_state(tx.s, "today", today.isoformat())
            region.set_state(tx.s, "processed_through", today.isoformat())
    if not region.clock.fixed or region.clock.today() != today:
        region.clock.set_today(today)
    return counts


def _window(tx: Tx, person: Person) -> tuple[date, date]:
    return membership_window(person.birth_date, tx.rules.target_group)


class Simulator:
    """The population register's daily notices on the region's clock (R-LI-4)."""

    # Yearly rates per person of the register.
    RATES = {"fodd": 0.011, "flytt-inom": 0.05, "utflytt": 0.01, "inflytt": 0.01, "avliden": 0.0003,
             "omval": 0.03, "skyddad": 0.0005}

    def __init__(self, region: Region, seed: int) -> None:
        self.region, self.seed = region, seed

    def run(self, days: int) -> list[str]:
        """Advance `days` days from the region's date; returns the event log (one line per event)."""
        log: list[str] = []
        with self.region.read() as s:
            stored = self.region.get_state(s, "today")
        day = date.fromisoformat(stored) if stored else self.region.clock.today()
        for _ in range(days):
            day += timedelta(days=1)
            log.extend(self.run_day(day))
        return log

    def run_day(self, day: date) -> list[str]:
        region = self.region
        rng = random.Random(f"sim-{self.seed}-{day.isoformat()}")
        log: list[str] = []
        with region.exclusive(seeded_ids(rng)):
            with region.write(today=day) as tx:
                counts = region.daily(tx, day)
                log.extend(f"{day} {name} {n}" for name, n in counts.items() if n)
                draw = Draw(rng, set())
                ids = list(tx.s.scalars(select(Person.id).where(Person.protected.is_(False), Person.deceased_on.is_(None))
                                        .order_by(Person.identity)))
                county = [c for c, _ in tx.rules.target_group.municipalities]
                for event, rate in self.RATES.items():
                    expected = len(ids) * rate / 365
                    n = int(expected) + (rng.random() < expected - int(expected))
                    for _ in range(n):
                        line = self._event(tx, draw, event, rng.choice(ids) if ids else None, day, county)
                        if line:
                            log.append(f"{day} {line}")
                region.set_state(tx.s, "today", day.isoformat())
                region.set_state(tx.s, "processed_through", day.isoformat())
            region.clock.set_today(day)
        return log

    def _event(self, tx: Tx, draw: Draw, event: str, person_id: str | None, day: date, county: list[str]) -> str | None:
        region, rng = self.region, draw.rng
        draw.used = set()  # identities are checked against the register below
        if event == "fodd":
            kommun = draw.municipality(county, outside_share=0)
            draw.used = set(tx.s.scalars(select(Person.identity).where(Person.birth_date == day)))
            person = draw.person(region, tx, day, kommun)
            return f"fodd {person.identity} {kommun}"
        if event == "inflytt":
            birth = day - timedelta(days=rng.randint(3 * 365, 23 * 365))
            draw.used = set(tx.s.scalars(select(Person.identity).where(Person.birth_date == birth)))
            kommun = draw.municipality(county, outside_share=0)
            person = draw.person(region, tx, birth, rng.choice(sorted(OUTSIDE)))
            region.move(tx, person, day, municipality_code=kommun, **draw.address(kommun))
            return f"inflytt {person.identity} {kommun}"
        person = tx.s.get(Person, person_id) if person_id else None
        if person is None or person.protected or person.deceased_on is not None:
            return None
        if event == "flytt-inom":
            if not region.in_county(tx, person):
                return None
            kommun = draw.municipality(county, outside_share=0)
            region.move(tx, person, day, municipality_code=kommun, **draw.address(kommun))
            return f"flytt-inom {person.identity} {kommun}"
        if event == "utflytt":
            if not region.in_county(tx, person):
                return None
            kommun = rng.choice(sorted(OUTSIDE))
            region.move(tx, person, day, municipality_code=kommun, municipality_name=OUTSIDE[kommun],
                        **draw.address(kommun))
            return f"utflytt {person.identity} {kommun}"
        if event == "avliden":
            region.death(tx, person, day)
            return f"avliden {person.identity}"
        if event == "skyddad":
            region.set_protected(tx, person, day)
            return f"skyddad-identitet {person.id}"
        if event == "omval":
            current = region.current_listings(tx, person.id)
            start = tx.rules.listing.care_starts_on(day)
            if not current or not region.in_age_group(tx, person, start) or not region.in_county(tx, person):
                return None
            here = {listing.clinic_hsa for listing in current}
            choices = [c for c in sorted(tx.clinics()) if c not in here]
            if not choices:
                return None
            clinic = rng.choice(choices)
            region.register_choice(tx, person, clinic, start, None)
            return f"omval {person.identity} {clinic}"
        return None


def listing_counts(region: Region) -> dict[str, int]:
    """Current listings per clinic and type (for the command line's summary)."""
    with region.read() as s:
        counts: dict[str, int] = {}
        for clinic, kind in s.execute(select(Listing.clinic_hsa, Listing.listing_type).where(Listing.status.in_(CURRENT))):
            counts[f"{clinic} {kind}"] = counts.get(f"{clinic} {kind}", 0) + 1
        return dict(sorted(counts.items()))


__all__ = ["Clinic", "DEFAULT_CLINICS", "Simulator", "ensure_clinics", "listing_counts", "seed_population"]
