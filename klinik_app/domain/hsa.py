"""HSA-ID: the national identity of staff and care units (R-SE-1)."""

from __future__ import annotations

import re

# Country code, organisation number (10 digits), a dash and a unit-local part, e.g. SE2321000222-E12345.
_HSA = re.compile(r"^SE\d{10}-[A-Za-z0-9]{1,31}$")


class InvalidHsaId(ValueError):
    def __init__(self, text: str) -> None:
        self.message = f"'{text}' är inget giltigt HSA-ID. Ett HSA-ID skrivs till exempel SE2321000222-E12345."
        super().__init__(self.message)


def parse_hsa_id(text: str) -> str:
    value = (text or "").strip().upper()
    if not _HSA.match(value):
        raise InvalidHsaId(text)
    return value
