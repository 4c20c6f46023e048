"""What every `klinik import` shares (interchange.md "CSV files", "Import rules").

Reading the file (UTF-8 with or without BOM, `,` or `;` detected from the header, quoted cells that
span lines), the header check, the row loop with `dubblett`, the report and the exit codes, the
Swedish one-line summary. Each import (patient_import, exam_import) brings its own row checker,
its duplicate key and its writer.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from klinik_app.domain.csv_cells import ErrorCode, Rejection, in_column_order
from klinik_app.domain.identity import InvalidIdentityNumber, parse_identity_number

EXIT_OK, EXIT_FILE, EXIT_INVALID, EXIT_PARTIAL = 0, 1, 2, 3
CHUNK = 500  # values per IN (...) query: well below every database's parameter limit


@dataclass
class ImportResult:
    """The outcome of one import: the report, the exit code and the summary's common parts.

    Each import subclasses it for its counts (`done`) and its word for an empty file (`nothing`).
    """

    file_name: str
    exit_code: int = EXIT_OK
    imported: int = 0  # rows committed
    rejected: list[Rejection] = field(default_factory=list)
    rejected_rows: int = 0
    failure: str | None = None  # the file could not be read (exit 1)

    def report(self) -> dict:
        return {"imported": self.imported, "rejected": [r.as_report() for r in self.rejected]}

    def done(self) -> str:
        """What was imported, e.g. "2 rader importerade från f.csv (...)"."""
        return f"{rows_text(self.imported, 'importerad', 'importerade')} från {self.file_name}"

    def nothing(self) -> str:
        return f"{self.file_name} innehåller inga rader; ingenting importerades."

    def summary(self) -> str:
        if self.failure:
            return self.failure
        if self.exit_code == EXIT_INVALID:
            if self.rejected and self.rejected[0].line == 1:
                return (f"Ingenting importerades: rubrikraden i {self.file_name} är felaktig "
                        f"({first_error(self.rejected)}). Rätta rubrikraden; se rapporten (--report) för alla fel.")
            bad = rows_text(self.rejected_rows, "felaktig", "felaktiga")
            return (f"Ingenting importerades: {self.file_name} har {bad} (första: {first_error(self.rejected)}). "
                    "Rätta raderna eller importera de giltiga med --partial; se rapporten (--report) för alla fel.")
        if self.exit_code == EXIT_PARTIAL:
            return (f"Delvis importerad: {self.done()}; {rows_text(self.rejected_rows, 'avvisad', 'avvisade')} "
                    f"(första: {first_error(self.rejected)}). Se rapporten (--report) för alla fel.")
        if self.imported == 0:
            return self.nothing()
        return f"Import klar: {self.done()}."


def rows_text(n: int, singular: str, plural: str) -> str:
    return f"1 rad {singular}" if n == 1 else f"{n} rader {plural}"


def first_error(rejected: list[Rejection]) -> str:
    r = rejected[0]
    return f"rad {r.line}, kolumn {r.column}: {r.error}"


def safe_name(path: Path) -> str:
    # The access log never holds an identity number, not even in a file name.
    return re.sub(r"[0-9]{6,}", "…", path.name)[:200]


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def identity_digits(text: str | None, today: date) -> str | None:
    """The 12 digits of a written identity number, or None when it is empty or invalid."""
    if not text or not text.strip():
        return None
    try:
        return parse_identity_number(text, today).digits
    except InvalidIdentityNumber:
        return None


# --- reading -------------------------------------------------------------------------------------


class Unreadable(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


Rows = Iterator[tuple[int, list[str] | None]]


def open_csv(path: Path, result: ImportResult, required: Sequence[str],
             check_header: Callable[[list[str]], list[Rejection]]) -> tuple[list[str], Rows] | None:
    """The header and the data rows, or None when the file cannot be imported at all.

    Then `result` says why: a file that cannot be read (exit 1) or a header error (exit 2; a wrong
    header rejects the whole file in every mode).
    """
    try:
        header, rows = parse(read_text(path))
    except Unreadable as exc:
        result.exit_code, result.failure = EXIT_FILE, exc.message
        return None
    header_errors = check_header(header) if header is not None else [
        Rejection(1, name, None, ErrorCode.MISSING.value, f"Filen är tom. Rubrikraden ska ha kolumnen {name} (och "
                  "de andra kolumnerna i formatet).")
        for name in required
    ]
    if header_errors:
        result.exit_code, result.rejected = EXIT_INVALID, header_errors
        return None
    return header, rows


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise Unreadable(f"Filen {path} finns inte. Kontrollera sökvägen.") from None
    except IsADirectoryError:
        raise Unreadable(f"{path} är en mapp, inte en fil. Ange CSV-filen.") from None
    except OSError as exc:
        raise Unreadable(f"Filen {path} kunde inte läsas: {exc.strerror or exc}.") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(
            f"Filen {path.name} är inte sparad som UTF-8 (fel tecken vid byte {exc.start}). Spara den som "
            "'CSV UTF-8 (kommaavgränsad)' i Excel och importera igen."
        ) from None


def parse(text: str) -> tuple[list[str] | None, Rows]:
    """The header (None for an empty file) and the data rows as (line where the row starts, cells)."""
    first_line = text.split("\n", 1)[0]
    # Swedish Excel writes ";"; the header's names never contain either separator.
    separator = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header = next(reader, None)
    if header is None or not any(cell.strip() for cell in header):
        return None, iter(())
    return [cell.strip() for cell in header], _records(reader)


def _records(reader) -> Rows:
    """(line where the row starts, cells); cells is None for a row the csv module cannot read."""
    previous_end = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:  # e.g. an unterminated quote at the end of the file
            yield previous_end + 1, None
            previous_end = reader.line_num
            continue
        start, previous_end = previous_end + 1, reader.line_num  # a quoted cell may span lines
        if any(cell.strip() for cell in cells):  # blank lines (Excel leaves ";;;" rows) are not rows
            yield start, cells


# --- checking ------------------------------------------------------------------------------------


@dataclass
class CheckedRow:
    line: int
    cells: dict[str, str] | None  # None for a row that could not be split into the header's columns
    record: Any | None  # the row checker's normalised row when it had no problem of its own
    problems: list[Rejection]


def check_rows(
    header: list[str],
    rows: Rows,
    validate: Callable[[dict[str, str], int], Any],
    duplicate_key: Callable[[dict[str, str], Any | None], Hashable | None],
    duplicate_message: Callable[[int], str],
) -> list[CheckedRow]:
    """Check every row with `validate` (a record, or its rejections) and mark `dubblett`.

    `duplicate_key(cells, record_or_None)` says what makes two rows the same (None when the row
    does not say, e.g. an invalid personnummer). A later row with a key already seen is rejected
    with `dubblett` in column personnummer; the first stands (interchange.md).
    """
    checked: list[CheckedRow] = []
    first_line_of: dict[Hashable, int] = {}
    for line, cells in rows:
        if cells is None or len(cells) != len(header):
            checked.append(CheckedRow(line, None, None, [broken_row(header, line, cells)]))
            continue
        row = dict(zip(header, cells, strict=True))
        result = validate(row, line)
        problems = list(result) if isinstance(result, list) else []
        record = None if problems else result
        key = duplicate_key(row, record)
        if key is not None:
            if key in first_line_of:
                problems.insert(0, Rejection(line, "personnummer", row.get("personnummer") or None,
                                             ErrorCode.DUPLICATE.value, duplicate_message(first_line_of[key])))
                problems = in_column_order(problems, header, ())  # stable: dubblett first in its column
                record = None
            else:
                first_line_of[key] = line
        checked.append(CheckedRow(line, row, record, problems))
    return checked


def rejections_of(checked: list[CheckedRow]) -> list[Rejection]:
    return [p for row in checked for p in row.problems]


def broken_row(header: list[str], line: int, cells: list[str] | None) -> Rejection:
    if cells is None:
        return Rejection(line, "personnummer", None, ErrorCode.INVALID_VALUE.value,
                         "Raden kan inte läsas som CSV (troligen ett citattecken som inte avslutas). "
                         "Kontrollera citattecknen på raden.")
    if len(cells) < len(header):
        column, value = header[len(cells)], None
    else:
        column, value = "personnummer", cells[len(header)] or None
    return Rejection(line, column, value, ErrorCode.INVALID_VALUE.value,
                     f"Raden har {len(cells)} värden men rubrikraden har {len(header)} kolumner. Kontrollera "
                     "avgränsarna och citattecknen på raden (en cell med avgränsaren i ska stå inom \"\").")


def finish(result: ImportResult, checked: list[CheckedRow], partial: bool) -> list:
    """Fill the result's rejections; return the records to write ([] when nothing may be written)."""
    result.rejected = rejections_of(checked)
    result.rejected_rows = sum(1 for row in checked if row.problems)
    if result.rejected and not partial:
        result.exit_code = EXIT_INVALID
        return []
    result.exit_code = EXIT_PARTIAL if result.rejected else EXIT_OK
    return [row.record for row in checked if not row.problems]
