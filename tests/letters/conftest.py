"""Plain data for the letter tests: a clinic, the orderer, guardians and patients."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.letters import Letterhead, Recipient

WRITTEN_ON = date(2026, 11, 22)
MOVING_DATE = date(2027, 3, 1)


@pytest.fixture
def letterhead() -> Letterhead:
    return Letterhead(
        name="Tandkliniken Testbyn",
        address_lines=("Storgatan 12", "903 25 Umeå"),
        phone="090-12 34 56",
        hsa_id="SE2321000222-E12345",
        email="reception@tandkliniken-testbyn.se",
    )


@pytest.fixture
def orderer() -> Recipient:
    return Recipient(
        name_lines=("Region Västerbotten", "Beställarenheten Hälsoval tandvård"),
        address_lines=("901 89 Umeå",),
    )


@pytest.fixture
def recipients() -> list[Recipient]:
    return [
        Recipient(("Anna Lind", "Per Lind"), ("Björkvägen 3", "903 31 Umeå"), concerning="Ella Lind"),
        Recipient(("Omar Haddad",), ("Rönnvägen 14 lgh 1201", "931 33 Skellefteå")),
        Recipient(("Maja Öberg",), ("Skolgatan 2", "921 31 Lycksele"), concerning="Vilgot Öberg"),
    ]
