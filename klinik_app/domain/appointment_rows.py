"""One row of an appointments CSV file (interchange.md "appointments"): checked and normalised, no I/O.

Times are Swedish local time `YYYY-MM-DD HH:MM`; a wall-clock time that does not exist (the hour
skipped on the last Sunday of March) is refused. Imported rows are history: nothing here decides a
fee or opens a task.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from klinik_app.domain.appointments import MAX_MINUTES, MIN_MINUTES
from klinik_app.domain.csv_cells import CellReader, ErrorCode, Rejection
from klinik_app.domain.csv_cells import check_header as check_cells_header
from klinik_app.domain.local_time import to_local, to_utc

COLUMNS: tuple[str, ...] = ("personnummer", "start", "langd_minuter", "typ", "overenskommen", "status", "avbokad_tid")
REQUIRED_COLUMNS: tuple[str, ...] = COLUMNS[:-1]
KINDS = {"revision": "revision", "behandling": "treatment", "akut": "emergency", "ovrigt": "other"}
STATUSES = {"bokad": "booked", "genomford": "attended", "avbokad": "cancelled", "sen-avbokning": "late-cancellation",
            "uteblev": "no-show"}
CANCELLED = ("cancelled", "late-cancellation")
TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$")


@dataclass(frozen=True, slots=True)
class AppointmentImportRow:
    """A valid row, normalised: what the import writes (times in UTC)."""

    line: int
    personnummer: str  # 12 digits
    starts_at: datetime
    minutes: int
    kind: str
    agreed: bool
    status: str
    cancelled_at: datetime | None

    @property
    def key(self) -> tuple[str, datetime]:
        """What makes a time the same one: patient and start (interchange.md)."""
        return (self.personnummer, self.starts_at)


def check_header(columns: list[str]) -> list[Rejection]:
    return check_cells_header(columns, COLUMNS, REQUIRED_COLUMNS, "tider")


def validate_row(cells: Mapping[str, str], line: int, today: date) -> AppointmentImportRow | list[Rejection]:
    return _RowCheck(cells, line, today).run()


def duplicate_key(cells: Mapping[str, str], today: date) -> tuple[str, datetime] | None:
    """The key of a row whose personnummer and start can be read (for `dubblett`), else None."""
    reader = _RowCheck(cells, 0, today)
    identity, starts = reader.identity("personnummer"), reader.time("start")
    return None if identity is None or starts is None else (identity.digits, starts)


class _RowCheck(CellReader):
    columns = COLUMNS

    def run(self) -> AppointmentImportRow | list[Rejection]:
        identity = self.identity("personnummer")
        self.must("personnummer", "patientens personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)")
        starts = self.time("start")
        self.must("start", "tidens start (ÅÅÅÅ-MM-DD TT:MM, svensk tid)")
        minutes = self.integer("langd_minuter", MIN_MINUTES, MAX_MINUTES,
                               f"Skriv tidens längd i hela minuter, {MIN_MINUTES}–{MAX_MINUTES}.")
        self.must("langd_minuter", f"tidens längd i minuter ({MIN_MINUTES}–{MAX_MINUTES})")
        kind = self.choice("typ", KINDS, "Skriv revision, behandling, akut eller ovrigt.")
        self.must("typ", "revision, behandling, akut eller ovrigt")
        agreed = self.boolean("overenskommen", "Skriv ja om tiden var överenskommen med patienten eller "
                                               "vårdnadshavaren, annars nej.")
        self.must("overenskommen", "ja eller nej")
        status = self.choice("status", STATUSES, "Skriv bokad, genomford, avbokad, sen-avbokning eller uteblev.")
        self.must("status", "bokad, genomford, avbokad, sen-avbokning eller uteblev")
        cancelled_at = self.time("avbokad_tid")
        if cancelled_at is not None and status is not None and STATUSES[status] not in CANCELLED:
            self.fail("avbokad_tid", ErrorCode.INVALID_VALUE.value,
                      "Kolumnen avbokad_tid gäller bara tider med status avbokad eller sen-avbokning. Töm cellen "
                      "eller rätta statusen.")
        if self.errors or None in (identity, starts, minutes, kind, agreed, status):
            return self.ordered_errors()
        return AppointmentImportRow(self.line, identity.digits, starts, minutes, KINDS[kind], agreed, STATUSES[status],
                                    cancelled_at)

    def must(self, column: str, what: str) -> None:
        if self.raw(column) is None:
            self.fail(column, ErrorCode.MISSING.value, f"Kolumnen {column} är tom. Skriv {what}.")

    def time(self, column: str) -> datetime | None:
        """A Swedish local time as a UTC instant."""
        value = self.text(column)
        if value is None:
            return None
        hint = "Skriv tiden som ÅÅÅÅ-MM-DD TT:MM i svensk tid, t.ex. 2026-03-02 09:30."
        if not TIME.match(value):
            self.fail(column, ErrorCode.INVALID_DATE.value, f"Kolumnen {column} har '{value}'. {hint}")
            return None
        try:
            local = datetime.strptime(value, "%Y-%m-%d %H:%M")
        except ValueError:
            self.fail(column, ErrorCode.INVALID_DATE.value,
                      f"Kolumnen {column} har '{value}', en tid som inte finns i kalendern. {hint}")
            return None
        instant = to_utc(local)
        if to_local(instant).replace(tzinfo=None) != local:
            self.fail(column, ErrorCode.INVALID_DATE.value,
                      f"Kolumnen {column} har '{value}', en tid som inte finns: klockan ställdes fram en timme "
                      "den natten. Kontrollera tiden.")
            return None
        return instant
