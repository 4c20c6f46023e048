"""Identity numbers: every written form accepted and normalised, every malformed one refused.

Validity is cross-checked against the independent `personnummer` package.
"""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from personnummer import personnummer as reference

from klinik_app.domain.dates import add_years
from klinik_app.domain.identity import (
    IdKind,
    InvalidIdentityNumber,
    is_identity_number,
    parse_identity_number,
    search_digits,
)

TODAY = date(2025, 6, 15)


def luhn(digits: str) -> int:
    """Check digit written independently of the module under test (sum of digit sums)."""
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return -total % 10


def number(birth: date, serial: int, *, coordination: bool = False) -> str:
    """The 12 digits of a valid identity number for this birth date and serial."""
    day = birth.day + (60 if coordination else 0)
    body = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{body[2:]}{luhn(body)}"


def raw_number(yyyymmdd: str, serial: str = "424") -> str:
    """12 digits with a correct check digit for any (possibly impossible) date digits."""
    return yyyymmdd + serial + str(luhn(yyyymmdd[2:] + serial))


def refused(text: str, today: date = TODAY) -> str:
    with pytest.raises(InvalidIdentityNumber) as info:
        parse_identity_number(text, today)
    assert info.value.message  # a Swedish message for the user
    return info.value.reason


def test_known_valid_number_in_every_written_form():
    # 19121212-1212 is Skatteverket's well-known test number (Tolvan Tolvansson).
    forms = ["191212121212", "19121212-1212", "121212+1212", "19121212 - 1212", " 121212 +1212 "]
    for form in forms:
        parsed = parse_identity_number(form, TODAY)
        assert parsed.digits == "191212121212"
        assert parsed.birth_date == date(1912, 12, 12)
        assert parsed.kind is IdKind.PERSONNUMMER
        assert parsed.formatted() == "19121212-1212"
        assert parsed.masked() == "19121212-****"


@pytest.mark.parametrize("sep", ["-", "", " - ", " "])
def test_ten_digit_forms_without_plus_are_under_100(sep):
    twelve = number(date(2012, 3, 15), 424)
    parsed = parse_identity_number(twelve[2:8] + sep + twelve[8:], TODAY)
    assert parsed.digits == twelve
    assert parsed.birth_date == date(2012, 3, 15)


def test_ten_digit_form_with_plus_is_100_or_older():
    twelve = number(date(1912, 3, 15), 424)
    assert parse_identity_number(twelve[2:8] + "+" + twelve[8:], TODAY).digits == twelve


def test_twelve_digit_form_with_dash_and_without_separator_give_the_same_digits():
    twelve = number(date(2008, 10, 1), 123)
    assert parse_identity_number(twelve, TODAY).digits == twelve
    assert parse_identity_number(twelve[:8] + "-" + twelve[8:], TODAY).digits == twelve


def test_century_comes_from_the_today_date():
    twelve = number(date(2012, 3, 15), 424)
    ten = twelve[2:8] + "-" + twelve[8:]
    assert parse_identity_number(ten, date(2025, 1, 1)).birth_date == date(2012, 3, 15)
    # Before 2012-03-15 a person under 100 with these digits was born in 1912.
    assert parse_identity_number(ten, date(2012, 3, 14)).birth_date == date(1912, 3, 15)
    assert parse_identity_number(ten, date(2012, 3, 15)).birth_date == date(2012, 3, 15)


def test_hundredth_birthday_switches_dash_to_plus():
    twelve = number(date(1925, 6, 15), 424)
    dash, plus = twelve[2:8] + "-" + twelve[8:], twelve[2:8] + "+" + twelve[8:]
    assert parse_identity_number(dash, date(2025, 6, 14)).birth_date == date(1925, 6, 15)  # 99
    assert parse_identity_number(plus, date(2025, 6, 15)).birth_date == date(1925, 6, 15)  # 100
    assert parse_identity_number(dash, date(2025, 6, 15)).birth_date == date(2025, 6, 15)  # born today


def test_leap_day_birth_in_ten_and_twelve_digit_forms():
    twelve = number(date(2020, 2, 29), 424)
    assert parse_identity_number(twelve, TODAY).birth_date == date(2020, 2, 29)
    assert parse_identity_number(twelve[2:8] + "-" + twelve[8:], TODAY).birth_date == date(2020, 2, 29)


def test_samordningsnummer_keeps_day_plus_60_and_gives_the_real_birth_date():
    twelve = number(date(2010, 4, 30), 123, coordination=True)
    assert twelve[6:8] == "90"
    parsed = parse_identity_number(twelve[2:8] + "-" + twelve[8:], TODAY)
    assert parsed.kind is IdKind.SAMORDNINGSNUMMER
    assert parsed.digits == twelve
    assert parsed.birth_date == date(2010, 4, 30)


def test_wrong_check_digit_is_refused():
    twelve = number(date(2012, 3, 15), 424)
    wrong = twelve[:-1] + str((int(twelve[-1]) + 1) % 10)
    assert refused(wrong) == "fel-kontrollsiffra"
    assert refused(wrong[2:8] + "-" + wrong[8:]) == "fel-kontrollsiffra"


@pytest.mark.parametrize(
    "yyyymmdd",
    [
        "20120230",  # 30 February
        "20230229",  # 29 February in a common year
        "20120431",  # 31 April
        "20121300",  # month 13 (and day 00)
        "20121301",  # month 13
        "20120001",  # month 00
        "20120100",  # day 00
        "20120132",  # day 32
        "20120160",  # day 60: neither a day nor a samordningsnummer day (61-91)
        "20120290",  # samordningsnummer for 30 February
    ],
)
def test_impossible_dates_are_refused_even_with_a_correct_check_digit(yyyymmdd):
    twelve = raw_number(yyyymmdd)
    assert refused(twelve) == "ogiltigt-datum"
    assert refused(twelve[2:8] + "-" + twelve[8:]) == "ogiltigt-datum"


def test_february_29_in_a_common_year_is_refused_in_ten_digit_form():
    assert refused(raw_number("20230229")[2:]) == "ogiltigt-datum"
    # 1900 was not a leap year: 000229+NNNC (100 or older in 2025) has no valid birth date ...
    twelve = raw_number("19000229")
    assert refused(twelve) == "ogiltigt-datum"
    assert refused(twelve[2:8] + "+" + twelve[8:]) == "ogiltigt-datum"
    # ... while 000229-NNNC is someone born on 2000-02-29.
    assert parse_identity_number(twelve[2:8] + "-" + twelve[8:], TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("day", ["92", "99"])
def test_bad_samordningsnummer_day_is_refused(day):
    twelve = raw_number("201201" + day)
    assert refused(twelve) == "ogiltig-samordningsdag"


def test_month_20_or_more_is_refused_as_a_reservnummer():
    assert refused(raw_number("20122015")) == "reservnummer"


@pytest.mark.parametrize("text", ["20120315-42AB", "120315-R123", "XX120315-4248", "åäö"])
def test_letters_are_refused_as_reservnummer(text):
    assert refused(text) == "reservnummer"


@pytest.mark.parametrize("text", ["12031542", "120315424", "12031542481", "2012031542481", "20120315-42481", "1"])
def test_wrong_length_is_refused(text):
    assert refused(text) == "fel-langd"


@pytest.mark.parametrize("text", ["2012/03/15-4248", "120315_4248", "１２０３１５-４２４８"])
def test_other_characters_are_refused(text):
    # Full-width digits are refused rather than stored as non-ASCII "digits".
    assert refused(text) == "ogiltiga-tecken"


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_is_refused(text):
    assert refused(text) == "tomt"


def test_birth_date_after_today_is_refused():
    assert refused(number(date(2025, 6, 16), 424)) == "framtida-datum"
    assert parse_identity_number(number(date(2025, 6, 15), 424), TODAY).birth_date == TODAY


def test_is_identity_number_and_search_digits():
    assert is_identity_number("19121212-1212", TODAY)
    assert not is_identity_number("19121212-1213", TODAY)
    assert search_digits("120315-42") == "12031542"
    assert search_digits(" 20120315 + 4248") == "201203154248"


# --- properties, cross-checked against the personnummer package ------------------------------------

births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
serials = st.integers(min_value=1, max_value=999)  # the reference refuses serial 000


def written_forms(twelve: str, birth: date) -> list[str]:
    short_sep = "+" if add_years(birth, 100) <= TODAY else "-"
    forms = [twelve, f"{twelve[:8]}-{twelve[8:]}", f"{twelve[2:8]}{short_sep}{twelve[8:]}", f" {twelve[:8]} - {twelve[8:]} "]
    if short_sep == "-":
        forms.append(twelve[2:])  # no separator means under 100
    return forms


@given(birth=births, serial=serials, coordination=st.booleans())
def test_every_written_form_of_a_valid_number_parses_to_the_same_12_digits(birth, serial, coordination):
    twelve = number(birth, serial, coordination=coordination)
    assert reference.valid(twelve)
    ref = reference.Personnummer(twelve)
    for form in written_forms(twelve, birth):
        parsed = parse_identity_number(form, TODAY)
        assert parsed.digits == twelve == ref.format(long_format=True)
        assert parsed.birth_date == birth == ref.get_date()
        assert (parsed.kind is IdKind.SAMORDNINGSNUMMER) == coordination == ref.is_coordination_number()


@given(
    year=st.integers(min_value=1900, max_value=TODAY.year),
    month=st.integers(min_value=0, max_value=19),
    day=st.one_of(st.integers(min_value=0, max_value=33), st.integers(min_value=58, max_value=93)),
    serial=serials,
    check=st.one_of(st.none(), st.integers(min_value=0, max_value=9)),
)
def test_validity_agrees_with_the_personnummer_package(year, month, day, serial, check):
    body = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    twelve = f"{year:04d}{body[2:]}{luhn(body) if check is None else check}"
    try:
        ours = parse_identity_number(twelve, TODAY)
    except InvalidIdentityNumber as e:
        assume(e.reason != "framtida-datum")  # the reference does not know today
        assert not reference.valid(twelve), (twelve, e.reason)
    else:
        assert reference.valid(twelve), twelve
        assert ours.digits == twelve


def test_birth_number_000_is_never_issued_and_is_refused():
    assert refused(raw_number("20120315", serial="000")) == "ogiltigt-fodelsenummer"
