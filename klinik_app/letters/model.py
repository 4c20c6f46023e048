"""Plain data the letters take: who writes (Letterhead) and who receives (Recipient).

The letters package sits beside the domain: services hand it plain values, never ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass


def _clean(lines) -> tuple[str, ...]:
    return tuple(line.strip() for line in lines if line and line.strip())


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The clinic as it presents itself on its letters."""

    name: str
    address_lines: tuple[str, ...]  # postal address, e.g. ("Storgatan 1", "903 25 Umeå")
    phone: str
    hsa_id: str
    email: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "address_lines", _clean(self.address_lines))
        missing = "namn" if not self.name.strip() else "adress" if not self.address_lines else None
        if missing:
            raise ValueError(
                f"Klinikens {missing} saknas i brevhuvudet. Fyll i klinikens uppgifter och försök igen."
            )


@dataclass(frozen=True, slots=True)
class Recipient:
    """A letter's addressee. `concerning` names the child when the letter goes to a guardian."""

    name_lines: tuple[str, ...]
    address_lines: tuple[str, ...]
    concerning: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name_lines", _clean(self.name_lines))
        object.__setattr__(self, "address_lines", _clean(self.address_lines))
        concerning = (self.concerning or "").strip() or None
        object.__setattr__(self, "concerning", concerning)
        if not self.name_lines:
            raise ValueError("En mottagare saknar namn. Komplettera mottagarens uppgifter och försök igen.")
        if not self.address_lines:
            raise ValueError(
                f"{self.display_name} saknar postadress, så brevet kan inte skickas. "
                "Komplettera adressen och försök igen."
            )

    @property
    def display_name(self) -> str:
        return ", ".join(self.name_lines)


@dataclass(frozen=True, slots=True)
class Rendered:
    """What a document function wrote: letters (one per recipient) and PDF pages in all."""

    letters: int
    pages: int
