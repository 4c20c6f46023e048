"""A deterministic demo population: staff and households of patients aged 3-23.

Pure: no database and no Qt. The demo service inserts these objects. The same seed, `today` and
staff always give the same population (one `random.Random(seed)`, no other source of order).

What the population holds (shares are of households or patients, approximate):
- households of 1-4 patients (siblings share address, guardians and mostly the surname); a
  household with a minor has 1 guardian (25 %) or 2 (in 10 % of those at separate addresses);
  0.5 % of such households have no guardian on record;
- patients born from 1 January of today.year - 23 to 31 December of today.year - 3 (R-TG-1),
  fewer in the youngest years, more in spring and summer; leap days occur;
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
from random import Random

from klinik_app.demo.tables import T, Tables, WeightedChoice, tables
from klinik_app.domain.dates import add_years, age_on, first_of_next_month
from klinik_app.domain.identity import luhn_check_digit

HSA_PREFIX = "SE2321000222-D"
STAFF_ROLES = (("tandlakare", 6, 0.6), ("tandhygienist", 4, 0.95), ("tandskoterska", 4, 0.9), ("reception", 3, 0.8))
# (role, count, share of women)

CHILDREN_PER_HOUSEHOLD = WeightedChoice.of([(1, 38), (2, 40), (3, 16), (4, 6)])
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
_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", " ": "."})


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
    rng = Random(seed)
    t = tables()
    staff: list[DemoStaff] = []
    names: set[str] = set()
    for role, count, female in STAFF_ROLES:
        for _ in range(count):
            name = ""
            while not name or name in names:
                name = f"{(t.women if rng.random() < female else t.men).pick(rng)} {t.surnames.pick(rng)}"
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


class _Builder:
    def __init__(self, rng: Random, today: date, staff: Sequence[DemoStaff]) -> None:
        self.rng = rng
        self.today = today
        self.t: Tables = tables()
        self.random = rng.random  # every draw goes through random(): one fast C call each
        self.used: set[str] = set()  # the first 11 digits of every identity number handed out
        self.ages: dict[date, int] = {}  # age on today, by birth date
        self.next_key = 1
        self.first_birth = date(today.year - 23, 1, 1).toordinal()
        self.last_birth = date(today.year - 3, 12, 31).toordinal()
        self.birth_dates = WeightedChoice.of(
            (o, MONTH_WEIGHTS[d.month - 1] * (YOUNGEST_YEARS_WEIGHT if d.year > today.year - 6 else 1.0))
            for o in range(self.first_birth, self.last_birth + 1)
            for d in (date.fromordinal(o),)
        )
        dentists = [s.hsa_id for s in staff if s.role == "tandlakare"]
        # Uneven patient lists: the first dentist has the most patients, the last the fewest.
        self.dentists = WeightedChoice.of(zip(dentists, range(len(dentists), 0, -1))) if dentists else None

    def household(self, max_children: int) -> DemoHousehold:
        rng, t = self.rng, self.t
        protected = rng.random() < PROTECTED
        in_county = rng.random() >= OUT_OF_COUNTY
        code = t.county_municipalities.pick(rng) if in_county else self.choice(t.other_municipalities)
        address = self.address(code)
        births = self.sibling_births(min(CHILDREN_PER_HOUSEHOLD.pick(rng), max_children))
        surname = t.surnames.pick(rng)
        has_minor = any(self.age(b) < 18 for b in births)
        guardians = self.guardians(births, address, surname) if has_minor else ()
        other_surnames = [g.last_name for g in guardians if g.last_name != surname]
        children = tuple(
            self.patient(
                b,
                address,
                other_surnames[0] if other_surnames and rng.random() < 0.1 else surname,
                guardians,
                protected,
                in_county,
            )
            for b in births
        )
        return DemoHousehold(address, guardians, children)

    def sibling_births(self, count: int) -> list[date]:
        """Birth dates 1-5 years apart around one drawn from the county's spread; twins now and then."""
        rng = self.rng
        anchor = self.birth_dates.pick(rng)
        low = high = anchor
        births = [anchor]
        for _ in range(count - 1):
            gap = self.integer(365, 5 * 365)
            if rng.random() < TWINS:
                births.append(births[-1])
            elif rng.random() < 0.5 and high + gap <= self.last_birth:
                high += gap
                births.append(high)
            elif low - gap >= self.first_birth:
                low -= gap
                births.append(low)
            elif high + gap <= self.last_birth:
                high += gap
                births.append(high)
            else:
                births.append(self.birth_dates.pick(rng))
        return [date.fromordinal(o) for o in sorted(births)]

    def guardians(self, births: list[date], address: DemoAddress, surname: str) -> tuple[DemoGuardian, ...]:
        rng, t = self.rng, self.t
        if rng.random() < NO_GUARDIAN:
            return ()
        if rng.random() < SINGLE_GUARDIAN:
            sexes: tuple[str, ...] = ("F",) if rng.random() < SINGLE_GUARDIAN_FEMALE else ("M",)
        elif rng.random() < SAME_SEX_GUARDIANS:
            sexes = ("F", "F") if rng.random() < 0.5 else ("M", "M")
        else:
            sexes = ("F", "M") if rng.random() < 0.6 else ("M", "F")
        separated = len(sexes) == 2 and rng.random() < SEPARATED
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
                same = rng.random() < SEPARATED_SAME_MUNICIPALITY
                home = self.address(address.municipality_code if same else t.county_municipalities.pick(rng))
            birth = date.fromordinal(round(rng.triangular(first, last, mode)))
            male = sex == "M"
            result.append(
                DemoGuardian(
                    key=self.next_key,
                    personnummer=self.identity(birth, male),
                    first_name=(t.men if male else t.women).pick(rng),
                    last_name=surname if rng.random() < keep_surname else t.surnames.pick(rng),
                    phone=self.phone(),
                    address=home,
                )
            )
            self.next_key += 1
        return tuple(result)

    def patient(
        self,
        birth: date,
        address: DemoAddress,
        last_name: str,
        guardians: tuple[DemoGuardian, ...],
        protected: bool,
        in_county: bool,
    ) -> DemoPatient:
        rng, t = self.rng, self.t
        male = rng.random() < MALE
        first_name = (t.boys if male else t.girls).pick(rng)
        personnummer = self.identity(birth, male)
        age = self.age(birth)
        adult = age >= 18
        keys = () if adult else tuple(g.key for g in guardians)
        has_phone = adult or (age >= MINOR_PHONE_FROM_AGE and rng.random() < MINOR_PHONE)
        has_email = adult and rng.random() < EMAIL
        listing = self.listing(birth, adult, len(keys), protected) if in_county else _UNLISTED
        dentist = self.dentists.pick(rng) if self.dentists and rng.random() >= NO_DENTIST else None
        return DemoPatient(
            personnummer,
            first_name,
            last_name,
            birth,
            "M" if male else "F",
            address,
            self.phone() if has_phone else None,
            self.email(first_name, last_name) if has_email else None,
            protected,
            keys,
            *listing,
            dentist,
        )

    def listing(self, birth: date, adult: bool, guardian_count: int, protected: bool) -> tuple:
        """(listing_type, listed_from, consent_date, consent_giver, consent_method)."""
        rng = self.rng
        r = rng.random()
        kind = "val" if r < CHOICE_LISTING else "icke-val" if r < CHOICE_LISTING + ASSIGNED_LISTING else None
        if kind == "icke-val" and protected:
            kind = "val"  # R-TG-4: never in the listing system, so never assigned by the region
        if kind == "val":
            consent = self.consent_date(birth, adult)
            if consent is not None and (adult or guardian_count):
                giver = (
                    "patient"  # R-LI-1: from 18 the patient consents
                    if adult
                    else "vardnadshavare1"
                    if guardian_count == 1 or rng.random() < CONSENT_BY_FIRST_GUARDIAN
                    else "vardnadshavare2"
                )
                # R-LI-3: care responsibility from the first day of the month after the consent.
                return ("val", first_of_next_month(consent), consent, giver, CONSENT_METHODS.pick(rng))
            kind = None if protected else "icke-val"
        if kind == "icke-val":
            # R-LI-2 / R-TG-1: assigned from 1 January of the year of the 3rd birthday, or on moving in.
            start = date(birth.year + 3, 1, 1)
            if rng.random() < MOVED_IN:
                start = date.fromordinal(self.integer(start.toordinal(), self.today.toordinal()))
            return ("icke-val", start, None, None, None)
        return _UNLISTED

    def consent_date(self, birth: date, adult: bool) -> date | None:
        """A day before today that starts a listing inside the target group (R-TG-1, R-LI-3).

        A patient who is 18 or older today consented as an adult: the guardians of their
        childhood are not in the data.
        """
        low = date(birth.year + 2, 12, 1)
        if adult:
            low = max(low, add_years(birth, 18))
        high = min(self.today - timedelta(days=1), date(birth.year + 23, 11, 30))
        if low > high:
            return None
        return date.fromordinal(self.integer(low.toordinal(), high.toordinal()))

    def identity(self, birth: date, male: bool) -> str:
        """A unique personnummer: YYYYMMDD, a serial whose last digit is odd for men, and the check digit."""
        random, used = self.random, self.used
        ymd = f"{birth.year:04d}{birth.month:02d}{birth.day:02d}"
        for _ in range(20):
            prefix = f"{ymd}{int(random() * 500) * 2 + 1 if male else int(random() * 499) * 2 + 2:03d}"
            if prefix not in used:
                break
        else:
            free = (f"{ymd}{s:03d}" for s in range(1 if male else 2, 1000, 2))
            prefix = next((p for p in free if p not in used), "")
            if not prefix:
                raise ValueError(f"every serial number for {birth} is taken; ask for fewer patients")
        used.add(prefix)
        return f"{prefix}{luhn_check_digit(prefix[2:])}"

    def address(self, code: str) -> DemoAddress:
        area = self.t.postal_areas[code].pick(self.rng)
        postcode = self.integer(area.first, area.last)
        number = f"{self.integer(1, 60)}{self.choice('AB') if self.random() < 0.08 else ''}"
        return DemoAddress(
            f"{self.choice(self.t.streets)} {number}", f"{postcode // 100:03d} {postcode % 100:02d}", area.town, code
        )

    def phone(self) -> str:
        n = int(self.random() * 10_000_000)
        return f"{self.choice(PHONE_PREFIXES)}-{n // 10_000:03d} {n // 100 % 100:02d} {n % 100:02d}"

    def email(self, first_name: str, last_name: str) -> str:
        suffix = str(self.integer(1, 99)) if self.random() < 0.4 else ""
        return f"{first_name}.{last_name}{suffix}@{EMAIL_DOMAIN}".lower().translate(_ASCII)

    def age(self, birth: date) -> int:
        age = self.ages.get(birth)
        if age is None:
            age = self.ages[birth] = age_on(birth, self.today)
        return age

    def integer(self, low: int, high: int) -> int:
        """Like randint, from one random() (randint costs several Python calls)."""
        return low + int(self.random() * (high - low + 1))

    def choice(self, values: Sequence[T]) -> T:
        return values[int(self.random() * len(values))]
