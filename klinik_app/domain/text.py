"""Text folding for search: case and diacritics do not matter (Östlund = ostlund)."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip()


def sort_name(first_name: str, last_name: str) -> str:
    """The key the register is ordered by and searched in: "last first", folded."""
    return fold(f"{last_name} {first_name}")


def phone_digits(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    return digits or None
