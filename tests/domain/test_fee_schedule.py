"""Fee schedules: parsing (TOML and the region's CSV) and the price valid on a treatment date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from klinik_app.domain.fee_schedule import (
    FeeItem,
    FeeSchedule,
    FeeScheduleError,
    format_price,
    parse_csv,
    parse_price,
    parse_toml,
    price_on,
    valid_tooth,
)
from klinik_app.resources import resources_dir


def schedule(version: str, start: date, end: date | None, price: int) -> FeeSchedule:
    return FeeSchedule("regional", version, f"Taxa {version}", start, end, {"401": FeeItem("401", "Tandextraktion", price)})


TOML = """kind = "regional"
version = "2027"
name = "Tandvårdstaxa 2027"
valid_from = 2027-01-01

[[item]]
code = "101"
name = "Basundersökning"
price = 1040

[[item]]
code = "701"
name = "Fyllning, en yta"
price = "850,50"
"""


def test_toml_schedule_is_read_with_prices_in_ore():
    s = parse_toml(TOML)
    assert (s.kind, s.version, s.valid_from, s.valid_to) == ("regional", "2027", date(2027, 1, 1), None)
    assert s.items["101"] == FeeItem("101", "Basundersökning", 104000)
    assert s.items["701"].price_ore == 85050


def test_a_float_price_is_refused_naming_the_line():
    with pytest.raises(FeeScheduleError, match=r"Rad 11: .*inte som decimaltal"):
        parse_toml(TOML.replace('price = "850,50"', "price = 850.5"))


def test_a_duplicate_code_is_refused_naming_the_line():
    with pytest.raises(FeeScheduleError, match=r"Rad 11: åtgärdskod 101 finns redan"):
        parse_toml(TOML.replace('code = "701"', 'code = "101"'))


def test_region_csv_with_header_lines():
    text = ("# typ: regional\n# version: 2027\n# namn: Tandvårdstaxa 2027\n# giltig_fran: 2027-01-01\n"
            "# giltig_till: 2027-12-31\nkod;benamning;pris\n101;Basundersökning;1 040,00\n401;Tandextraktion, enkel;1040\n")
    s = parse_csv(text)
    assert s.valid_to == date(2027, 12, 31)
    assert s.items["101"].price_ore == 104000 and s.items["401"].name == "Tandextraktion, enkel"


def test_csv_bad_price_names_the_line():
    text = "# typ: regional\n# version: 1\n# namn: T\n# giltig_fran: 2027-01-01\nkod;benamning;pris\n101;Bas;tusen\n"
    with pytest.raises(FeeScheduleError, match=r"Rad 6: priset 'tusen'"):
        parse_csv(text)


@pytest.mark.parametrize("text", ["-5", "1.234", "12,3,4", ""])
def test_not_a_price(text):
    with pytest.raises(FeeScheduleError):
        parse_price(text, "Rad 1")


def test_price_formats():
    assert parse_price("1 040,5", "x") == 104050
    assert format_price(104050) == "1\u00a0040,50"


def test_prices_come_from_the_fee_schedule_valid_on_the_treatment_date():
    old = schedule("2025", date(2025, 1, 1), None, 100000)  # open-ended: the later version takes over
    new = schedule("2026", date(2026, 1, 1), None, 104000)
    both = [new, old]
    assert price_on(both, "401", date(2025, 12, 31)).item.price_ore == 100000  # the day before, year end
    assert price_on(both, "401", date(2026, 1, 1)).item.price_ore == 104000  # the first day of the new one
    assert price_on(both, "401", date(2026, 1, 2)).schedule.version == "2026"  # the day after
    with pytest.raises(FeeScheduleError, match="Ingen prislista gäller 2024-12-31"):
        price_on(both, "401", date(2024, 12, 31))


def test_an_ended_schedule_prices_nothing_after_its_end():
    ended = schedule("2025", date(2025, 1, 1), date(2025, 12, 31), 100000)
    assert price_on([ended], "401", date(2025, 12, 31)).item.price_ore == 100000
    with pytest.raises(FeeScheduleError, match="Ingen prislista gäller 2026-01-01"):
        price_on([ended], "401", date(2025, 12, 31) + timedelta(days=1))


def test_an_unknown_code_is_refused_with_the_schedule_named():
    with pytest.raises(FeeScheduleError, match="Åtgärdskod 999 finns inte i Taxa 2026"):
        price_on([schedule("2026", date(2026, 1, 1), None, 1)], "999", date(2026, 5, 1))


@pytest.mark.parametrize("tooth", [11, 18, 48, 51, 55, 85])
def test_fdi_teeth_accepted(tooth):
    assert valid_tooth(tooth) == tooth


@pytest.mark.parametrize("tooth", [10, 19, 49, 50, 56, 86, 91, 9])
def test_not_fdi_teeth_refused(tooth):
    with pytest.raises(FeeScheduleError, match="FDI"):
        valid_tooth(tooth)


def test_the_shipped_samples_parse_and_differ_in_price():
    folder = resources_dir() / "fee_schedules"
    parsed = {p.name: parse_toml(p.read_text(encoding="utf-8")) for p in folder.glob("*.toml")}
    assert len(parsed) == 3 and all(len(s.items) >= 24 for s in parsed.values())
    regional = [s for s in parsed.values() if s.kind == "regional"]
    assert {s.version for s in regional} == {"2025", "2026"}
    assert regional[0].items["401"].price_ore != regional[1].items["401"].price_ore
