"""What every CSV import shares (interchange.md "CSV files", "Import rules"): the report's error
codes, a rejected cell, the header check and the reading of one row's cells. Pure: no I/O.

The row checkers of each file kind (patient_rows, exam_rows) build on `CellReader`: every cell is
read the same way (an empty cell is no value, dates are YYYY-MM-DD, booleans ja/nej) and every
problem becomes a Rejection with a Swedish message that names the column and says what to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from klinik_app.domain.identity import IdentityNumber, InvalidIdentityNumber, parse_identity_number
from klinik_app.domain.text import fold

DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
INTEGER = re.compile(r"^[0-9]+$")
MAX_STORED_INTEGER = 2**31 - 1  # the largest integer every supported database column holds


class ErrorCode(StrEnum):
    """The report's error codes (interchange.md "Import rules"), shared by every import."""

    INVALID_IDENTITY = "ogiltigt-personnummer"
    MISSING = "saknas"
    INVALID_DATE = "ogiltigt-datum"
    INVALID_VALUE = "ogiltigt-varde"
    UNKNOWN_COLUMN = "okand-kolumn"
    UNKNOWN_PATIENT = "okand-patient"  # exams and appointments only: patients rows create patients
    DUPLICATE = "dubblett"
    OUTSIDE_TARGET_GROUP = "utanfor-malgrupp"


@dataclass(frozen=True, slots=True)
class Rejection:
    line: int  # 1 = the header row
    column: str
    value: str | None  # the cell as written; None for an empty cell
    error: str  # an ErrorCode value
    message: str  # Swedish, for the person fixing the file

    def as_report(self) -> dict:
        return {"line": self.line, "column": self.column, "value": self.value, "error": self.error,
                "message": self.message}  # fmt: skip


def check_header(columns: Sequence[str], known: Sequence[str], required: Sequence[str], kind: str) -> list[Rejection]:
    """Header errors (all on line 1): unknown or repeated columns, missing required ones.

    `kind` names the file kind in messages ("patienter", "undersökningar").
    """
    errors = []
    seen: set[str] = set()
    for position, name in enumerate(columns, start=1):
        if name in seen:
            errors.append(Rejection(1, name, name, ErrorCode.INVALID_VALUE.value,
                                    f"Kolumnen {name} finns två gånger i rubrikraden. Ta bort den ena."))
        elif name not in known:
            message = _unknown_column(name, position, known, kind)
            errors.append(Rejection(1, name, name or None, ErrorCode.UNKNOWN_COLUMN.value, message))
        seen.add(name)
    for name in required:
        if name not in seen:
            errors.append(Rejection(1, name, None, ErrorCode.MISSING.value,
                                    f"Rubrikraden saknar den obligatoriska kolumnen {name}. Lägg till kolumnen."))
    return errors


def _unknown_column(name: str, position: int, known: Sequence[str], kind: str) -> str:
    if not name:
        return (f"Kolumn {position} i rubrikraden saknar namn. Ta bort den tomma kolumnen eller ge den ett av "
                "formatets namn.")
    # "Förnamn", "Personnummer " or "dft" are the usual slips: suggest the documented spelling.
    folded = fold(name).replace(" ", "_")
    match = next((c for c in known if fold(c) == folded), None)
    if match:
        case = "små bokstäver" if match.islower() else "stora och små bokstäver som i formatet"
        return f"Kolumnen '{name}' finns inte i formatet. Skriv '{match}' ({case}, utan å, ä, ö)."
    return (f"Kolumnen '{name}' finns inte i formatet för {kind}. Ta bort den eller rätta namnet; "
            f"tillåtna kolumner är {', '.join(known)}.")


class CellReader:
    """Reads one row's cells; the first problem of each cell is kept as a Rejection.

    `cells` maps column -> cell text in the file's column order (the header's). Subclasses set
    `columns` (the format's columns, for ordering errors of columns missing from the header) and
    `max_length` (the longest text a column may hold).
    """

    columns: tuple[str, ...] = ()
    max_length: Mapping[str, int] = {}

    def __init__(self, cells: Mapping[str, str], line: int, today: date) -> None:
        self.cells, self.line, self.today = cells, line, today
        self.errors: dict[str, Rejection] = {}

    def raw(self, column: str) -> str | None:
        text = self.cells.get(column)
        return text if text is not None and text.strip() else None

    def text(self, column: str) -> str | None:
        raw = self.raw(column)
        return raw.strip() if raw is not None else None

    def fail(self, column: str, error: str, message: str) -> None:
        if column not in self.errors:  # the first problem of a cell is the one worth fixing
            self.errors[column] = Rejection(self.line, column, self.raw(column), error, message)

    def required(self, column: str, what: str) -> str | None:
        value = self.bounded(column)
        if self.raw(column) is None:
            self.fail(column, ErrorCode.MISSING.value, f"Kolumnen {column} är tom. Skriv {what}.")
        return value

    def bounded(self, column: str) -> str | None:
        value = self.text(column)
        limit = self.max_length.get(column)
        if value is not None and limit is not None and len(value) > limit:
            self.fail(column, ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen {column} har {len(value)} tecken; högst {limit} får plats. Korta texten.")
            return None
        return value

    def choice(self, column: str, choices: Iterable[str], hint: str) -> str | None:
        value = self.text(column)
        if value is None:
            return None
        if value.lower() not in choices:
            self.fail(column, ErrorCode.INVALID_VALUE.value, f"Kolumnen {column} har '{value}'. {hint}")
            return None
        return value.lower()

    def boolean(self, column: str, hint: str = "Skriv ja eller nej, eller lämna cellen tom.") -> bool | None:
        value = self.choice(column, ("ja", "nej"), hint)
        return None if value is None else value == "ja"

    def integer(self, column: str, low: int, high: int, hint: str) -> int | None:
        """A whole number low..high; `hint` says what to write."""
        value = self.text(column)
        if value is None:
            return None
        if not INTEGER.match(value) or not low <= int(value) <= high:
            self.fail(column, ErrorCode.INVALID_VALUE.value, f"Kolumnen {column} har '{value}'. {hint}")
            return None
        return int(value)

    def date(self, column: str) -> date | None:
        value = self.text(column)
        if value is None:
            return None
        if not DATE.match(value):
            self.fail(column, ErrorCode.INVALID_DATE.value,
                      f"Kolumnen {column} har '{value}'. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2024-03-01.")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(column, ErrorCode.INVALID_DATE.value,
                      f"Kolumnen {column} har '{value}', ett datum som inte finns i kalendern. Kontrollera datumet.")
            return None

    def identity(self, column: str) -> IdentityNumber | None:
        value = self.raw(column)
        if value is None:
            return None
        try:
            return parse_identity_number(value, self.today)
        except InvalidIdentityNumber as exc:
            self.fail(column, ErrorCode.INVALID_IDENTITY.value, f"Kolumnen {column}: {exc.message}")
            return None

    def ordered_errors(self) -> list[Rejection]:
        """The row's rejections in the header's column order (first error first)."""
        return in_column_order(self.errors.values(), self.cells, self.columns)


def in_column_order(rejections: Iterable[Rejection], header: Iterable[str], columns: Sequence[str]) -> list[Rejection]:
    """Sort by the file's column order; a column missing from the header sorts after the file's own,
    in the format's order. Stable: problems of one column keep their order."""
    order = {name: i for i, name in enumerate(header)}
    fallback = len(order)
    rank = {name: i for i, name in enumerate(columns)}
    return sorted(rejections, key=lambda r: (order.get(r.column, fallback), rank.get(r.column, len(rank))))
