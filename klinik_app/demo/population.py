"""A deterministic demo population: staff and households of patients aged 3-23.

Pure: no database and no Qt. The demo service inserts these objects. The same seed, `today` and
staff always give the same population (one `random.Random(seed)`, no other source of order).

What the population holds (shares are of households or patients, approximate):
- households of 1-4 patients (siblings share address, guardians and mostly the surname); a
  household with a minor has 1 guardian (25 %) or 2, who live apart in 10 % of the pairs;
  0.5 % of such households have no guardian on record; patients of 18 and over have none;
- patients born from 1 January of today.year - 23 to 31 December of today.year - 3 (R-TG-1),
  evenly over the birth years but 10 % fewer in the three youngest, more in spring and summer;
  leap days occur;
- municipalities weighted by the target-group population (R-TG-2); 0.3 % of households live in
  another county (never listed, R-TG-3); 1 % of households have protected identity (R-TG-4);
- listings: 60 % choice (`val`) with consent, 38 % assigned (`icke-val`), 2 % none (R-LI-1..3);
  a protected-identity patient is never assigned by the region (R-TG-4), so one who is listed
  here chose the clinic;
- a responsible dentist for every patient but 0.5 % (R-LI-6 flags).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from random import Random

from klinik_app.demo.tables import T, Tables, WeightedChoice, tables
from klinik_app.domain.dates import add_years, age_on, first_of_next_month
from klinik_app.domain.identity import luhn_check_digit

HSA_PREFIX = "SE2321000222-D"
STAFF_ROLES = (("tandlakare", 6, 0.6), ("tandhygienist", 4, 0.95), ("tandskoterska", 4, 0.9), ("reception", 3, 0.8))
# (role, count, share of women)

FAMILY_SIZE = WeightedChoice.of([(1, 24), (2, 42), (3, 24), (4, 10)])  # children, patients or not
MIN_SIBLING_GAP, MAX_SIBLING_GAP = 365, 5 * 365  # days
SINGLE_GUARDIAN = 0.25
SINGLE_GUARDIAN_FEMALE = 0.75
SAME_SEX_GUARDIANS = 0.01
SEPARATED = 0.10
SEPARATED_SAME_MUNICIPALITY = 0.85
NO_GUARDIAN = 0.005
GUARDIAN_BIRTH_YEARS = (1960, 2005)
GUARDIAN_AGE_GAP = (21, 45)  # birth years between a guardian and each child
TWINS = 0.015
MALE = 0.513
MONTH_WEIGHTS = (0.96, 0.95, 1.02, 1.04, 1.05, 1.04, 1.06, 1.03, 1.0, 0.97, 0.93, 0.93)
YOUNGEST_YEARS_WEIGHT = 0.9  # the three youngest birth years
PROTECTED = 0.01
OUT_OF_COUNTY = 0.003
CHOICE_LISTING = 0.60
ASSIGNED_LISTING = 0.38
MOVED_IN = 0.15  # assigned listings that start on a move-in date instead of at age 3
CONSENT_BY_FIRST_GUARDIAN = 0.7
CONSENT_METHODS = WeightedChoice.of([("pa-plats", 40), ("e-tjanst", 30), ("telefon", 15), ("papper", 15)])
NO_DENTIST = 0.005
MINOR_PHONE_FROM_AGE = 12
MINOR_PHONE = 0.7
EMAIL = 0.30
EMAIL_DOMAIN = "exempel.se"
PHONE_PREFIXES = ("070", "072", "073", "076", "079")
_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u"})


@dataclass(frozen=True, slots=True)
class DemoAddress:
    street: str
    postal_code: str  # "903 26"
    postal_town: str
    municipality_code: str  # "2480"


@dataclass(frozen=True, slots=True)
class DemoGuardian:
    key: int  # unique within the population
    personnummer: str  # 12 digits
    first_name: str
    last_name: str
    phone: str  # "070-123 45 67"
    address: DemoAddress


@dataclass(frozen=True, slots=True)
class DemoStaff:
    hsa_id: str  # "SE2321000222-D0001"
    name: str
    role: str  # "tandlakare" | "tandhygienist" | "tandskoterska" | "reception"


@dataclass(frozen=True, slots=True)
class DemoPatient:
    personnummer: str  # 12 digits
    first_name: str
    last_name: str
    birth_date: date
    sex: str  # "F" / "M": the parity of the 9th digit (odd = M)
    address: DemoAddress
    phone: str | None
    email: str | None
    protected_identity: bool
    guardian_keys: tuple[int, ...]  # vardnadshavare1, vardnadshavare2; () from 18
    listing_type: str | None  # "val" | "icke-val" | None
    listed_from: date | None
    consent_date: date | None
    consent_giver: str | None  # "patient" | "vardnadshavare1" | "vardnadshavare2"
    consent_method: str | None  # "pa-plats" | "telefon" | "papper" | "e-tjanst"
    responsible_dentist_hsa_id: str | None


@dataclass(frozen=True, slots=True)
class DemoHousehold:
    address: DemoAddress
    guardians: tuple[DemoGuardian, ...]
    children: tuple[DemoPatient, ...]


def generate_staff(seed: int) -> list[DemoStaff]:
    """6 dentists, 4 hygienists, 4 dental nurses and 3 receptionists with distinct names."""
    random = Random(seed).random
    t = tables()
    staff: list[DemoStaff] = []
    names: set[str] = set()
    for role, count, female in STAFF_ROLES:
        for _ in range(count):
            name = ""
            while not name or name in names:
                name = f"{(t.women if random() < female else t.men).pick(random)} {t.surnames.pick(random)}"
            names.add(name)
            staff.append(DemoStaff(f"{HSA_PREFIX}{len(staff) + 1:04d}", name, role))
    return staff


def generate_households(n_patients: int, seed: int, today: date, staff: Sequence[DemoStaff]) -> Iterator[DemoHousehold]:
    """Households holding exactly `n_patients` patients in all (the last one may be cut short)."""
    if n_patients < 0:
        raise ValueError("n_patients must be 0 or more")
    return _households(_Builder(Random(seed), today, staff), n_patients)


def _households(builder: _Builder, n_patients: int) -> Iterator[DemoHousehold]:
    remaining = n_patients
    while remaining > 0:
        household = builder.household(remaining)
        remaining -= len(household.children)
        yield household


_UNLISTED = (None, None, None, None, None)
_SERIALS = tuple(f"{n:03d}" for n in range(1000))
SERIAL_COUNTS = (499, 500)  # serials of a birth date for (women, men): 000 is never issued
SERIAL_STEP = 137
# The Luhn check digit is minus a digit sum, mod 10, and zeros add nothing to the sum, so the check
# digit of YYMMDDNNN is (luhn(YYMMDD000) + luhn(000000NNN)) % 10: one part per birth date, one per
# serial, both computed once by `luhn_check_digit`.
_SERIAL_CHECKS = tuple(luhn_check_digit(f"000000{n:03d}") for n in range(1000))


@dataclass(frozen=True, slots=True)
class _Born:
    """What a patient's birth date fixes, worked out once per date."""

    age: int  # on today
    consent_days: tuple[int, int] | None  # first and last ordinal a choice consent can have
    assigned_from: date  # 1 January of the year of the 3rd birthday


class _Builder:
    def __init__(self, rng: Random, today: date, staff: Sequence[DemoStaff]) -> None:
        self.rng = rng
        self.random = rng.random  # nearly every draw is one random(): a single fast C call
        self.today = today
        self.t: Tables = tables()
        self.serials: dict[int, tuple[int, int]] = {}  # (start, how many issued) by date and sex
        self.next_key = 1
        self.first_birth = date(today.year - 23, 1, 1).toordinal()
        self.last_birth = date(today.year - 3, 12, 31).toordinal()
        # The chance to keep a birth day in the target group: its month's and year's weight.
        weights = [
            MONTH_WEIGHTS[d.month - 1] * (YOUNGEST_YEARS_WEIGHT if d.year > today.year - 6 else 1.0)
            for d in map(date.fromordinal, range(self.first_birth, self.last_birth + 1))
        ]
        top = max(weights)
        self.keep = [w / top for w in weights]
        dentists = [s.hsa_id for s in staff if s.role == "tandlakare"]
        # Uneven patient lists: the first dentist has the most patients, the last the fewest.
        self.dentists = WeightedChoice.of(zip(dentists, range(len(dentists), 0, -1))) if dentists else None
        # Worked out once per birth date: a few thousand distinct dates serve everyone.
        self.born = cache(self._born)
        self.number_parts = cache(self._number_parts)
        self.month_after = cache(first_of_next_month)

    def _born(self, birth: date) -> _Born:
        age = age_on(birth, self.today)
        # A choice consent is given before today and starts a listing inside the target group
        # (R-TG-1, R-LI-3). A patient who is 18 or older today consented as an adult: the
        # guardians of their childhood are not in the data.
        low = date(birth.year + 2, 12, 1)
        if age >= 18:
            low = max(low, add_years(birth, 18))
        high = min(self.today - timedelta(days=1), date(birth.year + 23, 11, 30))
        return _Born(
            age=age,
            consent_days=(low.toordinal(), high.toordinal()) if low <= high else None,
            assigned_from=date(birth.year + 3, 1, 1),
        )

    def household(self, max_children: int) -> DemoHousehold:
        random, t = self.random, self.t
        protected = random() < PROTECTED
        in_county = random() >= OUT_OF_COUNTY
        code = t.county_municipalities.pick(random) if in_county else self.choice(t.other_municipalities)
        address = self.address(code)
        births = self.family_births(max_children)
        surname = t.surnames.pick(random)
        has_minor = any(self.born(b).age < 18 for b in births)
        guardians = self.guardians(births, address, surname) if has_minor else ()
        keys = tuple(g.key for g in guardians)
        # Now and then a child has the surname of a guardian who has another one.
        other_surname = next((g.last_name for g in guardians if g.last_name != surname), None)
        children = []
        for birth in births:
            last_name = other_surname if other_surname and random() < 0.1 else surname
            children.append(self.patient(birth, address, last_name, keys, protected, in_county))
        return DemoHousehold(address, guardians, tuple(children))

    def family_births(self, max_children: int) -> list[date]:
        """Birth dates of a family's children who are in the target group, eldest first.

        A family of 1-4 children, 1-5 years apart (now and then twins), starts on a day drawn evenly
        from the target group's birth days widened by the family's longest possible span, so each of
        its children is equally likely on every birth day of the target group. Children born outside
        it (older siblings past 23, younger ones not yet 3) are not patients, and a child inside it
        is kept with the weight of the birth day (the spread by month and year).
        """
        random, keep = self.random, self.keep
        while True:
            size = FAMILY_SIZE.pick(random)
            widening = (size - 1) * MAX_SIBLING_GAP
            day = self.first_birth - widening + int(random() * (len(keep) + widening))
            births = []
            for index in range(size):
                if index and random() >= TWINS:
                    day += MIN_SIBLING_GAP + int(random() * (MAX_SIBLING_GAP - MIN_SIBLING_GAP + 1))
                offset = day - self.first_birth
                if 0 <= offset < len(keep) and random() < keep[offset]:
                    births.append(date.fromordinal(day))
            if births:
                return births[:max_children]

    def guardians(self, births: list[date], address: DemoAddress, surname: str) -> tuple[DemoGuardian, ...]:
        """Guardians of the household's minors, in the order vardnadshavare1, vardnadshavare2."""
        random, t = self.random, self.t
        if random() < NO_GUARDIAN:
            return ()
        if random() < SINGLE_GUARDIAN:
            sexes: tuple[str, ...] = ("F",) if random() < SINGLE_GUARDIAN_FEMALE else ("M",)
        elif random() < SAME_SEX_GUARDIANS:
            sexes = ("F", "F") if random() < 0.5 else ("M", "M")
        else:
            sexes = ("F", "M") if random() < 0.6 else ("M", "F")
        separated = len(sexes) == 2 and random() < SEPARATED
        # Birth years that keep every child 21-45 birth years younger, within 1960-2005 when possible.
        low, high = births[-1].year - GUARDIAN_AGE_GAP[1], births[0].year - GUARDIAN_AGE_GAP[0]
        if max(low, GUARDIAN_BIRTH_YEARS[0]) <= min(high, GUARDIAN_BIRTH_YEARS[1]):
            low, high = max(low, GUARDIAN_BIRTH_YEARS[0]), min(high, GUARDIAN_BIRTH_YEARS[1])
        first, last = date(low, 1, 1).toordinal(), date(high, 12, 31).toordinal()
        mode = min(max(births[0].toordinal() - 30 * 365, first), last)
        result = []
        for index, sex in enumerate(sexes):
            home = address
            keep_surname = 0.9 if sex == "M" else 0.65
            if index == 1 and separated:
                keep_surname = 0.4
                same = random() < SEPARATED_SAME_MUNICIPALITY
                home = self.address(address.municipality_code if same else t.county_municipalities.pick(random))
            birth = date.fromordinal(round(self.rng.triangular(first, last, mode)))
            male = sex == "M"
            result.append(
                DemoGuardian(
                    self.next_key,
                    self.identity(birth, male),
                    (t.men if male else t.women).pick(random),
                    surname if random() < keep_surname else t.surnames.pick(random),
                    self.phone(),
                    home,
                )
            )
            self.next_key += 1
        return tuple(result)

    def patient(
        self,
        birth: date,
        address: DemoAddress,
        last_name: str,
        guardian_keys: tuple[int, ...],
        protected: bool,
        in_county: bool,
    ) -> DemoPatient:
        random, t = self.random, self.t
        born = self.born(birth)
        male = random() < MALE
        first_name = (t.boys if male else t.girls).pick(random)
        adult = born.age >= 18
        if adult:
            guardian_keys = ()
        has_phone = adult or (born.age >= MINOR_PHONE_FROM_AGE and random() < MINOR_PHONE)
        has_email = adult and random() < EMAIL
        listing = self.listing(born, adult, len(guardian_keys), protected) if in_county else _UNLISTED
        dentist = self.dentists.pick(random) if self.dentists and random() >= NO_DENTIST else None
        return DemoPatient(
            self.identity(birth, male),
            first_name,
            last_name,
            birth,
            "M" if male else "F",
            address,
            self.phone() if has_phone else None,
            self.email(first_name, last_name) if has_email else None,
            protected,
            guardian_keys,
            *listing,
            dentist,
        )

    def listing(self, born: _Born, adult: bool, guardian_count: int, protected: bool) -> tuple:
        """(listing_type, listed_from, consent_date, consent_giver, consent_method)."""
        random = self.random
        r = random()
        kind = "val" if r < CHOICE_LISTING else "icke-val" if r < CHOICE_LISTING + ASSIGNED_LISTING else None
        if kind == "icke-val" and protected:
            kind = "val"  # R-TG-4: never in the listing system, so never assigned by the region
        if kind == "val":
            if born.consent_days is not None and (adult or guardian_count):
                consent = date.fromordinal(self.integer(*born.consent_days))
                if adult:
                    giver = "patient"  # R-LI-1: from 18 the patient consents, before that a guardian
                elif guardian_count == 1 or random() < CONSENT_BY_FIRST_GUARDIAN:
                    giver = "vardnadshavare1"
                else:
                    giver = "vardnadshavare2"
                # R-LI-3: care responsibility from the first day of the month after the consent.
                return ("val", self.month_after(consent), consent, giver, CONSENT_METHODS.pick(random))
            kind = None if protected else "icke-val"
        if kind == "icke-val":
            # R-LI-2, R-TG-1: assigned from 1 January of the year of the 3rd birthday, or on moving in.
            start = born.assigned_from
            if random() < MOVED_IN:
                start = date.fromordinal(self.integer(start.toordinal(), self.today.toordinal()))
            return ("icke-val", start, None, None, None)
        return _UNLISTED

    @staticmethod
    def _number_parts(birth: date) -> tuple[str, int, int]:
        """YYYYMMDD, twice the date's ordinal (plus 1 for a man: the key of its serials in
        `serials`), and the date's part of the check digit, luhn_check_digit("YYMMDD000")."""
        yymmdd = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}"
        return f"{birth.year // 100:02d}{yymmdd}", birth.toordinal() * 2, luhn_check_digit(f"{yymmdd}000")

    def identity(self, birth: date, male: bool) -> str:
        """A unique personnummer: YYYYMMDD, a serial NNN (odd last digit for a man), the check digit.

        Serials of one birth date and sex are handed out from a random start in steps of
        SERIAL_STEP, which is coprime with the 500 (499) serials, so none repeats.
        """
        ymd, key, date_check = self.number_parts(birth)
        key += male
        count = SERIAL_COUNTS[male]
        start, issued = self.serials.get(key) or (int(self.random() * count), 0)
        if issued == count:
            raise ValueError(f"every serial number for {birth} is taken; ask for fewer patients")
        self.serials[key] = (start, issued + 1)
        index = (start + issued * SERIAL_STEP) % count
        serial = 2 * index + 1 if male else 2 * index + 2  # men 001-999 odd, women 002-998 even
        return f"{ymd}{_SERIALS[serial]}{(date_check + _SERIAL_CHECKS[serial]) % 10}"

    def address(self, code: str) -> DemoAddress:
        random, t = self.random, self.t
        area = t.postal_areas[code].pick(random)
        postcode = area.first + int(random() * (area.last - area.first + 1))
        number = str(1 + int(random() * 60))
        if random() < 0.08:
            number += "A" if random() < 0.5 else "B"
        street = t.streets[int(random() * len(t.streets))]
        return DemoAddress(f"{street} {number}", f"{postcode // 100:03d} {postcode % 100:02d}", area.town, code)

    def phone(self) -> str:
        random = self.random
        n = int(random() * 10_000_000)
        prefix = PHONE_PREFIXES[int(random() * len(PHONE_PREFIXES))]
        return f"{prefix}-{n // 10_000:03d} {n // 100 % 100:02d} {n % 100:02d}"

    def email(self, first_name: str, last_name: str) -> str:
        suffix = str(self.integer(1, 99)) if self.random() < 0.4 else ""
        return f"{first_name}.{last_name}{suffix}@{EMAIL_DOMAIN}".lower().translate(_ASCII)

    def integer(self, low: int, high: int) -> int:
        """Like randint, from one random() (randint costs several Python calls)."""
        return low + int(self.random() * (high - low + 1))

    def choice(self, values: Sequence[T]) -> T:
        return values[int(self.random() * len(values))]
