"""Text folding for search: case and diacritics do not matter (Östlund = ostlund)."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", plain).strip()


# Swedish alphabetical order puts å, ä, ö after z; "{|}" follow "z" in code point order.
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "æ": "|", "ø": "}"})


def sort_name(first_name: str, last_name: str) -> str:
    """The key the register is ordered by: "last first" in Swedish alphabetical order."""
    return fold(f"{last_name} {first_name}".casefold().translate(_SWEDISH_ORDER))


WORD_START = "^"


def search_words(text: str) -> list[str]:
    """Folded words of a name or a typed fragment; hyphens separate words (Lind-Berg)."""
    return [w for w in re.split(r"[\s\-^\"]+", fold(text)) if w]


def search_name(first_name: str, last_name: str) -> str:
    """What name searches match: "^last ^first", folded (ostlund finds Östlund).

    The mark before each word lets a two-letter fragment match word starts ("^ed" finds Edvin)
    through a trigram index, which cannot look up two letters on their own.
    """
    return " ".join(WORD_START + w for w in search_words(f"{last_name} {first_name}"))


def name_columns(first_name: str, last_name: str) -> dict[str, str]:
    return {"sort_name": sort_name(first_name, last_name), "search_name": search_name(first_name, last_name)}


def phone_digits(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    return digits or None
