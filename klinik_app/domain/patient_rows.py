"""One row of a patients CSV file (interchange.md "patients"): checked and normalised, no I/O.

`check_header` judges the header row, `validate_row` one data row. Errors come back as Rejection
values with the report's codes and a Swedish message that names the column and says what to write
(the cell reading and the codes are shared with the other imports: domain.csv_cells).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from klinik_app.domain.csv_cells import CellReader, ErrorCode, Rejection
from klinik_app.domain.csv_cells import check_header as check_cells_header
from klinik_app.domain.dates import age_on
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.identity import IdentityNumber
from klinik_app.domain.ruleset import RuleSet
from klinik_app.domain.target_group import target_group_status

COLUMNS: tuple[str, ...] = (
    "personnummer", "fornamn", "efternamn", "adress", "postnummer", "postort", "kommunkod",
    "skyddad_identitet", "telefon", "epost",
    "vardnadshavare1_personnummer", "vardnadshavare1_namn", "vardnadshavare1_telefon",
    "vardnadshavare2_personnummer", "vardnadshavare2_namn", "vardnadshavare2_telefon",
    "listningstyp", "listad_fran", "samtycke_datum", "samtycke_givare", "samtycke_metod",
    "ansvarig_tandlakare",
)  # fmt: skip
REQUIRED_COLUMNS: tuple[str, ...] = ("personnummer", "fornamn", "efternamn", "kommunkod")
CONSENT_COLUMNS = ("samtycke_datum", "samtycke_givare", "samtycke_metod")

LISTING_TYPES = ("val", "icke-val")
CONSENT_GIVERS = ("patient", "vardnadshavare1", "vardnadshavare2")
CONSENT_METHODS = ("pa-plats", "telefon", "papper", "e-tjanst")
ADULT_AGE = 18  # legal majority (föräldrabalken), not a regional rule: a patient consents from 18

# The longest text each column may hold (the database's column sizes).
MAX_LENGTH = {"fornamn": 100, "efternamn": 100, "adress": 200, "postort": 100, "telefon": 40, "epost": 200,
              "vardnadshavare1_namn": 200, "vardnadshavare2_namn": 200,
              "vardnadshavare1_telefon": 40, "vardnadshavare2_telefon": 40}  # fmt: skip

_POSTCODE = re.compile(r"^([0-9]{3})[ -]?([0-9]{2})$")
_MUNICIPALITY = re.compile(r"^[0-9]{4}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()/-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class GuardianRecord:
    position: int  # 1 or 2, as in the column names
    personnummer: str | None  # 12 digits
    name: str | None  # None when only the personnummer is given
    phone: str | None


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """R-LI-1: who consented to the choice listing, when and how."""

    given_on: date
    giver: str  # "patient" | "vardnadshavare"
    guardian_position: int | None  # with giver "vardnadshavare"
    method: str


@dataclass(frozen=True, slots=True)
class ListingRecord:
    listing_type: str  # val | icke-val
    start_date: date
    consent: ConsentRecord | None  # always set for val


@dataclass(frozen=True, slots=True)
class PatientRecord:
    """A valid row, normalised: what the import writes."""

    line: int
    personnummer: str  # 12 digits
    id_kind: str
    birth_date: date
    first_name: str
    last_name: str
    street: str | None
    postal_code: str | None  # "NNN NN"
    postal_town: str | None
    municipality_code: str
    protected: bool
    phone: str | None
    email: str | None
    guardians: tuple[GuardianRecord, ...]  # only the positions the row names
    listing: ListingRecord | None
    responsible_dentist_hsa_id: str | None  # None is stored; the card flags R-LI-6


def check_header(columns: list[str]) -> list[Rejection]:
    """Header errors (all on line 1): unknown or repeated columns, missing required ones."""
    return check_cells_header(columns, COLUMNS, REQUIRED_COLUMNS, "patienter")


def validate_row(cells: Mapping[str, str], line: int, today: date, rules: RuleSet) -> PatientRecord | list[Rejection]:
    """Check one row. `cells` maps column -> cell text in the file's column order (the header's).

    Returns the normalised row, or its rejections in the header's column order (first error first).
    """
    return _RowCheck(cells, line, today, rules).run()


class _RowCheck(CellReader):
    columns = COLUMNS
    max_length = MAX_LENGTH

    def __init__(self, cells: Mapping[str, str], line: int, today: date, rules: RuleSet) -> None:
        super().__init__(cells, line, today)
        self.rules = rules

    def phone(self, column: str) -> str | None:
        value = self.bounded(column)
        if value is not None and not _PHONE.match(value):
            self.fail(column, ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen {column} har '{value}'. Skriv ett telefonnummer med siffror, t.ex. 090-123 45 67.")
            return None
        return value

    # --- the row ---------------------------------------------------------------------------------

    def run(self) -> PatientRecord | list[Rejection]:
        identity = self.identity("personnummer")
        if identity is None and self.raw("personnummer") is None:
            self.fail("personnummer", ErrorCode.MISSING.value,
                      "Kolumnen personnummer är tom. Skriv patientens personnummer eller samordningsnummer "
                      "(ÅÅÅÅMMDD-NNNN).")
        first_name = self.required("fornamn", "patientens förnamn")
        last_name = self.required("efternamn", "patientens efternamn")
        street, postal_town = self.bounded("adress"), self.bounded("postort")
        postal_code = self.postal_code()
        municipality = self.municipality()
        protected = self.choice("skyddad_identitet", ("ja", "nej"), "Skriv ja eller nej (tom cell betyder nej).")
        phone = self.phone("telefon")
        email = self.email()
        guardians = tuple(g for g in (self.guardian(1, identity), self.guardian(2, identity)) if g)
        if len(guardians) == 2 and guardians[0].personnummer and guardians[0].personnummer == guardians[1].personnummer:
            # One person cannot be both guardians; the second position is the one to fix.
            self.fail("vardnadshavare2_personnummer", ErrorCode.INVALID_VALUE.value,
                      "Vårdnadshavare 2 har samma personnummer som vårdnadshavare 1. Ange två olika personer "
                      "eller töm kolumnerna för vårdnadshavare 2.")
        listing_type, listed_from = self.listing_type_and_start()
        listing = self.listing(listing_type, listed_from, identity, {g.position for g in guardians})
        dentist = self.dentist()
        if identity is not None and municipality is not None and listing_type is not None and listed_from is not None:
            self.target_group(identity, municipality, listed_from)
        if self.errors:
            return self.ordered_errors()
        assert identity is not None and first_name and last_name and municipality
        return PatientRecord(
            line=self.line,
            personnummer=identity.digits,
            id_kind=identity.kind.value,
            birth_date=identity.birth_date,
            first_name=first_name,
            last_name=last_name,
            street=street,
            postal_code=postal_code,
            postal_town=postal_town,
            municipality_code=municipality,
            protected=protected == "ja",
            phone=phone,
            email=email,
            guardians=guardians,
            listing=listing,
            responsible_dentist_hsa_id=dentist,
        )

    def postal_code(self) -> str | None:
        value = self.text("postnummer")
        if value is None:
            return None
        m = _POSTCODE.match(value)
        if not m:
            self.fail("postnummer", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen postnummer har '{value}'. Skriv fem siffror, t.ex. 903 25.")
            return None
        return f"{m.group(1)} {m.group(2)}"

    def municipality(self) -> str | None:
        value = self.required("kommunkod", "kommunkoden för folkbokföringen med fyra siffror, t.ex. 2480 för Umeå")
        if value is not None and not _MUNICIPALITY.match(value):
            self.fail("kommunkod", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen kommunkod har '{value}'. Skriv kommunkoden med fyra siffror, t.ex. 2480 för Umeå.")
            return None
        return value

    def email(self) -> str | None:
        value = self.bounded("epost")
        if value is not None and not _EMAIL.match(value):
            self.fail("epost", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen epost har '{value}'. Skriv en e-postadress som namn@exempel.se, eller lämna "
                      "cellen tom.")
            return None
        return value

    def guardian(self, position: int, patient: IdentityNumber | None) -> GuardianRecord | None:
        prefix = f"vardnadshavare{position}_"
        identity = self.identity(prefix + "personnummer")
        name = self.bounded(prefix + "namn")
        phone = self.phone(prefix + "telefon")
        if identity is not None and patient is not None and identity.digits == patient.digits:
            self.fail(prefix + "personnummer", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen {prefix}personnummer har patientens eget personnummer. Skriv vårdnadshavarens.")
            return None
        named = identity is not None or name is not None
        if not named and phone is not None and self.raw(prefix + "personnummer") is None:
            self.fail(prefix + "namn", ErrorCode.MISSING.value,
                      f"Kolumnen {prefix}telefon är ifylld men inte vem vårdnadshavare {position} är. "
                      f"Skriv namnet i {prefix}namn (eller personnumret i {prefix}personnummer).")
        if not named:
            return None
        return GuardianRecord(position, identity.digits if identity else None, name, phone)

    def listing_type_and_start(self) -> tuple[str | None, date | None]:
        listing_type = self.choice("listningstyp", LISTING_TYPES,
                                   "Skriv val, icke-val eller lämna cellen tom (patienten är inte listad).")
        return listing_type, self.date("listad_fran")

    def listing(self, listing_type: str | None, start: date | None, identity: IdentityNumber | None,
                named_guardians: set[int]) -> ListingRecord | None:
        if self.text("listningstyp") is None:
            if self.raw("listad_fran") is not None:
                self.fail("listningstyp", ErrorCode.MISSING.value,
                          "Kolumnen listningstyp är tom men listad_fran är ifylld. Skriv val eller icke-val, "
                          "eller töm listad_fran om patienten inte är listad.")
            self.no_consent("listningstyp är tom")
            return None
        if self.raw("listad_fran") is None:
            self.fail("listad_fran", ErrorCode.MISSING.value,
                      "Kolumnen listad_fran är tom. Skriv datumet då vårdansvaret började (ÅÅÅÅ-MM-DD).")
        consent = None
        if listing_type == "val":
            consent = self.consent(identity, named_guardians)
        elif listing_type == "icke-val":
            self.no_consent("listningstyp är icke-val")
        if listing_type is None or start is None or (listing_type == "val" and consent is None):
            return None
        return ListingRecord(listing_type, start, consent)

    def no_consent(self, why: str) -> None:
        # Consent belongs to a choice listing (R-LI-1); on any other row it is a mistake in the file.
        for column in CONSENT_COLUMNS:
            if self.raw(column) is not None:
                self.fail(column, ErrorCode.INVALID_VALUE.value,
                          f"Kolumnen {column} är ifylld men {why}. Samtycke hör till listningstyp val: "
                          f"skriv val i listningstyp eller töm {column}.")

    def consent(self, identity: IdentityNumber | None, named_guardians: set[int]) -> ConsentRecord | None:
        """R-LI-1: a choice listing needs the consent: when, by whom, how."""
        given_on = self.date("samtycke_datum")
        if self.raw("samtycke_datum") is None:
            self.fail("samtycke_datum", ErrorCode.MISSING.value,
                      "Kolumnen samtycke_datum är tom. Listningstyp val kräver samtycke: skriv datumet då "
                      "samtycket gavs (ÅÅÅÅ-MM-DD).")
        elif given_on is not None and given_on > self.today:
            self.fail("samtycke_datum", ErrorCode.INVALID_DATE.value,
                      f"Kolumnen samtycke_datum har {given_on.isoformat()}, ett datum efter dagens datum "
                      f"({self.today.isoformat()}). Kontrollera datumet.")
            given_on = None
        elif given_on is not None and identity is not None and given_on < identity.birth_date:
            self.fail("samtycke_datum", ErrorCode.INVALID_DATE.value,
                      f"Kolumnen samtycke_datum har {given_on.isoformat()}, före patientens födelsedatum. "
                      "Kontrollera datumet.")
            given_on = None
        giver = self.consent_giver(identity, given_on, named_guardians)
        method = self.choice("samtycke_metod", CONSENT_METHODS, "Skriv pa-plats, telefon, papper eller e-tjanst.")
        if self.raw("samtycke_metod") is None:
            self.fail("samtycke_metod", ErrorCode.MISSING.value,
                      "Kolumnen samtycke_metod är tom. Listningstyp val kräver samtycke: skriv pa-plats, "
                      "telefon, papper eller e-tjanst.")
        if given_on is None or giver is None or method is None:
            return None
        if giver == "patient":
            return ConsentRecord(given_on, "patient", None, method)
        return ConsentRecord(given_on, "vardnadshavare", int(giver[-1]), method)

    def consent_giver(self, identity: IdentityNumber | None, given_on: date | None, named: set[int]) -> str | None:
        giver = self.choice("samtycke_givare", CONSENT_GIVERS, "Skriv patient, vardnadshavare1 eller vardnadshavare2.")
        if self.raw("samtycke_givare") is None:
            self.fail("samtycke_givare", ErrorCode.MISSING.value,
                      "Kolumnen samtycke_givare är tom. Listningstyp val kräver samtycke: skriv patient "
                      "(18 år eller äldre), vardnadshavare1 eller vardnadshavare2.")
        if giver == "patient" and identity is not None and given_on is not None:
            age = age_on(identity.birth_date, given_on)
            if age < ADULT_AGE:
                self.fail("samtycke_givare", ErrorCode.INVALID_VALUE.value,
                          f"Kolumnen samtycke_givare är patient, men patienten var {age} år på samtycke_datum "
                          f"({given_on.isoformat()}). Under {ADULT_AGE} år ger en vårdnadshavare samtycket: "
                          "skriv vardnadshavare1 eller vardnadshavare2.")
                return None
        if giver in ("vardnadshavare1", "vardnadshavare2") and int(giver[-1]) not in named:
            n = giver[-1]
            self.fail("samtycke_givare", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen samtycke_givare är {giver}, men raden anger ingen vårdnadshavare {n}. "
                      f"Fyll i vardnadshavare{n}_namn eller vardnadshavare{n}_personnummer, eller ange den "
                      "vårdnadshavare som gav samtycket.")
            return None
        return giver

    def dentist(self) -> str | None:
        value = self.text("ansvarig_tandlakare")
        if value is None:
            return None
        try:
            return parse_hsa_id(value)
        except InvalidHsaId as exc:
            self.fail("ansvarig_tandlakare", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen ansvarig_tandlakare: {exc.message} Lämna cellen tom om ingen tandläkare är utsedd.")
            return None

    def target_group(self, identity: IdentityNumber, municipality: str, listed_from: date) -> None:
        """R-TG-1/2: a listed person is in the target group both on listad_fran and today."""
        for on, label in ((listed_from, f"listad_fran ({listed_from.isoformat()})"),
                          (self.today, f"dagens datum ({self.today.isoformat()})")):  # fmt: skip
            status = target_group_status(identity, municipality, on, self.rules)
            if not status.in_group:
                self.fail("personnummer", ErrorCode.OUTSIDE_TARGET_GROUP.value,
                          f"Patienten kan inte listas. På {label}: {status.message} Importera raden utan "
                          "listningstyp och listad_fran om patienten ska finnas i registret utan listning.")
                return
