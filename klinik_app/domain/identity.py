"""Swedish identity numbers: personnummer and samordningsnummer.

Accepted written forms (Skatteverket):
    YYMMDD-NNNC   YYMMDD+NNNC (100 years or older)   YYMMDDNNNC
    YYYYMMDD-NNNC YYYYMMDDNNNC
Spaces around the parts are tolerated. Every accepted number is normalised to 12 digits.

For the 10-digit forms the century is not written, so it is taken from the date treated as
today: with "-" or no separator the person is under 100 on that day, with "+" 100 or older.

A samordningsnummer (coordination number) has 60 added to the day of birth. Its holder is not
folkbokförd (registered resident), so it never puts anyone in the target group (R-TG-1).

Reservnummer policy: reserve numbers are made up locally by each care provider when a person's
identity is unknown; they follow no national format and no check digit, and their holder cannot be
shown to be a registered resident. The register therefore does not accept them as identity numbers:
such a visit is recorded as a visit outside Hälsoval (R-TG-3) until the person's personnummer or
samordningsnummer is known. A text that looks like one (letters among the digits, or a number
whose month is 20 or more, as some regions write them) is refused with a message that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from klinik_app.domain.dates import add_years
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal


class IdKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


class InvalidIdentityNumber(Refusal, ValueError):
    """Raised with a short reason code and a Swedish message for the user (a marked template and its
    values)."""

    def __init__(self, reason: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    digits: str  # always 12 digits, YYYYMMDDNNNC
    kind: IdKind
    birth_date: date

    def __str__(self) -> str:
        return self.formatted()

    def formatted(self) -> str:
        """The form shown on screen and in letters: YYYYMMDD-NNNC."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    def masked(self) -> str:
        """For protected identity: the birth date only."""
        return f"{self.digits[:8]}-****"


# [0-9], not \d: \d also matches non-ASCII digits (e.g. full-width), which would end up in `digits`.
_FORM = re.compile(r"^([0-9]{6}|[0-9]{8})\s*([-+]?)\s*([0-9]{4})$")


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit of YYMMDDNNN (Luhn, weights 2,1,2,...)."""
    total = 0
    for i, ch in enumerate(nine_digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def _bad(reason: str, message: str, **params: Any) -> InvalidIdentityNumber:
    return InvalidIdentityNumber(reason, message, **params)


def parse_identity_number(text: str, today: date) -> IdentityNumber:
    """Parse any written form; raise InvalidIdentityNumber with a Swedish message."""
    raw = (text or "").strip()
    if not raw:
        raise _bad("tomt", QT_TRANSLATE_NOOP("domain", "Personnummer saknas."))
    if re.search(r"[A-Za-zÅÄÖåäö]", raw):
        raise _bad(
            "reservnummer",
            QT_TRANSLATE_NOOP("domain", "'{number}' innehåller bokstäver. Reservnummer tas inte emot; ange "
                                        "personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)."),
            number=raw,
        )
    m = _FORM.match(raw)
    if not m:
        digits = re.sub(r"[^0-9]", "", raw)
        if re.search(r"[^0-9\s+-]", raw):
            raise _bad("ogiltiga-tecken", QT_TRANSLATE_NOOP("domain", "'{number}' innehåller otillåtna tecken. Skriv "
                                                                    "ÅÅÅÅMMDD-NNNN."), number=raw)
        raise _bad(
            "fel-langd",
            QT_TRANSLATE_NOOP("domain", "'{number}' har {digits} siffror. Ett personnummer har 10 eller 12 siffror "
                                        "(ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN)."),
            number=raw, digits=len(digits),
        )
    date_part, sep, tail = m.groups()
    month = int(date_part[-4:-2])
    day = int(date_part[-2:])
    if month > 12:
        raise _bad(
            "reservnummer" if month >= 20 else "ogiltigt-datum",
            QT_TRANSLATE_NOOP("domain", "'{number}' har månad {month:02d}. Reservnummer tas inte emot; kontrollera "
                                        "numret.")
            if month >= 20
            else QT_TRANSLATE_NOOP("domain", "'{number}' har månad {month:02d}, som inte finns."),
            number=raw, month=month,
        )
    kind = IdKind.PERSONNUMMER
    birth_day = day
    if day > 60:
        kind = IdKind.SAMORDNINGSNUMMER
        birth_day = day - 60
        if birth_day < 1 or birth_day > 31:
            raise _bad("ogiltig-samordningsdag", QT_TRANSLATE_NOOP(
                "domain", "'{number}': dag {day} är ingen giltig dag i ett samordningsnummer (61-91)."),
                number=raw, day=day)
    elif day == 0 or day > 31:
        raise _bad("ogiltigt-datum", QT_TRANSLATE_NOOP("domain", "'{number}': dag {day:02d} finns inte."), number=raw, day=day)

    if tail[:3] == "000":
        # Skatteverket never issues birth number 000; such a number is a typing error.
        raise _bad("ogiltigt-fodelsenummer", QT_TRANSLATE_NOOP(
            "domain", "'{number}': födelsenumret 000 förekommer inte. Kontrollera numret."), number=raw)
    check_source = date_part[-6:] + tail[:3]
    if luhn_check_digit(check_source) != int(tail[3]):
        raise _bad("fel-kontrollsiffra", QT_TRANSLATE_NOOP("domain", "'{number}' har fel kontrollsiffra. Kontrollera numret."),
                   number=raw)

    if len(date_part) == 8:
        year = int(date_part[:4])
        birth = _real_date(raw, year, month, birth_day)
        if birth > today:
            raise _bad("framtida-datum", QT_TRANSLATE_NOOP("domain", "'{number}' har ett födelsedatum efter dagens datum."),
                       number=raw)
    else:
        _real_date(raw, 2000, month, birth_day)  # 2000 is a leap year: rejects 31 April, 30 February
        birth = _century(raw, int(date_part[:2]), month, birth_day, centenarian=(sep == "+"), today=today)
    digits = f"{birth.year:04d}{date_part[-4:]}{tail}"
    return IdentityNumber(digits=digits, kind=kind, birth_date=birth)


def _real_date(raw: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise _bad("ogiltigt-datum", QT_TRANSLATE_NOOP("domain", "'{number}': {year:04d}-{month:02d}-{day:02d} finns inte i "
                                                               "kalendern."), number=raw, year=year, month=month,
                   day=day) from None


def _century(raw: str, yy: int, month: int, day: int, *, centenarian: bool, today: date) -> date:
    """The birth date for a 10-digit number: the latest year ending in yy that fits the separator.

    "-": under 100 on `today` (born after today minus 100 years and not in the future).
    "+": 100 or older on `today`.
    """
    year = today.year - (today.year - yy) % 100
    # Try the latest candidate year and step back a century until one fits.
    for candidate in (year, year - 100, year - 200):
        try:
            birth = date(candidate, month, day)
        except ValueError:
            continue  # 29 February in a common year: this century does not fit
        if birth > today:
            continue
        is_centenarian = add_years(birth, 100) <= today
        if is_centenarian == centenarian:
            return birth
        if not centenarian:
            break  # a later century was already too old; an earlier one is older still
    raise _bad("ogiltigt-datum", QT_TRANSLATE_NOOP("domain", "'{number}': födelsedatumet finns inte i kalendern eller "
                                                           "passar inte skiljetecknet."), number=raw)


def is_identity_number(text: str, today: date) -> bool:
    try:
        parse_identity_number(text, today)
    except InvalidIdentityNumber:
        return False
    return True


def search_digits(text: str) -> str:
    """The digits of a typed fragment, so '120315-42' finds 201203154248."""
    return re.sub(r"[\s+-]", "", text or "")
