"""HSA-ID: the national identity of staff and care units (R-SE-1)."""

from __future__ import annotations

import re

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal

# Country code, organisation number (10 digits), a dash and a unit-local part, e.g. SE2321000222-E12345.
_HSA = re.compile(r"^SE\d{10}-[A-Za-z0-9]{1,31}$")


class InvalidHsaId(Refusal, ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("domain", "'{text}' är inget giltigt HSA-ID. Ett HSA-ID skrivs till "
                                                     "exempel SE2321000222-E12345."), text=text)


def parse_hsa_id(text: str) -> str:
    value = (text or "").strip().upper()
    if not _HSA.match(value):
        raise InvalidHsaId(text)
    return value
