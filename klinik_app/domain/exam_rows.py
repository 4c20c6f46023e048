"""One row of an exams CSV file (interchange.md "exams"): checked and normalised, no I/O.

A row is refused only for values that cannot be stored (a date that does not exist, a role or risk
outside the format, a missing risk or interval on a revision). Rule breaks that old records hold
are not refusals: an interval above the age cap (R-RV-2), a missing bite check (R-RV-6) or tobacco
habit (R-RV-7) come back as the row's flags, the rule ids that domain.examination.check_exam finds,
and the row is stored with them. A `tandskoterska` row is a tandhälsokontroll: no risks or interval
are needed, and it is never a revision (R-RV-5).

The age rules are judged on the birth date the personnummer carries (the patient's stored birth
date is made from the same number).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from klinik_app.domain.csv_cells import MAX_STORED_INTEGER, CellReader, ErrorCode, Rejection
from klinik_app.domain.csv_cells import check_header as check_cells_header
from klinik_app.domain.examination import (
    MAX_INTERVAL_MONTHS,
    MIN_INTERVAL_MONTHS,
    REVISION_ROLES,
    ROLES,
    TOBACCO_VALUES,
    ExamInput,
    Risks,
    check_exam,
)
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.ruleset import RuleSet

RISK_COLUMNS = {"risk_karies": "caries", "risk_parodontit": "periodontal", "risk_allman": "general",
                "risk_teknisk": "technical"}  # fmt: skip
COLUMNS: tuple[str, ...] = (
    "personnummer", "datum", "undersokare_roll", "undersokare_hsa_id", *RISK_COLUMNS,
    "revisionsintervall_manader", "bettutvecklingskontroll", "tobak", "deft", "DFT",
)  # fmt: skip
# The columns every file has. The risks and the interval are required on every revision row
# (not on a tandskoterska row), so a file of tandhälsokontroller alone may leave them out; a
# revision row without them is refused with `saknas` in that column.
REQUIRED_COLUMNS: tuple[str, ...] = ("personnummer", "datum", "undersokare_roll")

# ExamInput attribute (as check_exam names it) -> CSV column.
FIELD_COLUMNS = {
    "examined_on": "datum", "role": "undersokare_roll", "examiner_hsa_id": "undersokare_hsa_id",
    **{f"risk_{name}": column for column, name in RISK_COLUMNS.items()},
    "planned_interval_months": "revisionsintervall_manader", "bite_check": "bettutvecklingskontroll",
    "tobacco": "tobak", "deft": "deft", "dft": "DFT",
}  # fmt: skip

ROLE_HINT = "Skriv tandlakare, tandhygienist eller tandskoterska."
TOBACCO_HINT = "Skriv ingen, rokning, snus eller rokning-och-snus, eller lämna cellen tom."


@dataclass(frozen=True, slots=True)
class ExamRow:
    """A valid row, normalised: what the import writes."""

    line: int
    personnummer: str  # 12 digits
    exam: ExamInput
    flags: str | None  # the rule ids broken, space separated ("R-RV-2 R-RV-7"), or None

    @property
    def key(self) -> tuple[str, date, str]:
        """What makes an examination the same one: patient, date and role (interchange.md)."""
        return (self.personnummer, self.exam.examined_on, self.exam.role)


def check_header(columns: list[str]) -> list[Rejection]:
    """Header errors (all on line 1): unknown or repeated columns, missing required ones."""
    return check_cells_header(columns, COLUMNS, REQUIRED_COLUMNS, "undersökningar")


def validate_row(cells: Mapping[str, str], line: int, today: date, rules: RuleSet, *,
                 as_new: bool = False) -> ExamRow | list[Rejection]:
    """Check one row. `cells` maps column -> cell text in the file's column order (the header's).

    With `as_new` the examiner's HSA-ID is required (the region is told who examined).
    Returns the normalised row, or its rejections in the header's column order (first error first).
    """
    return _RowCheck(cells, line, today, rules, as_new).run()


def duplicate_key(cells: Mapping[str, str], today: date) -> tuple[str, date, str] | None:
    """The key of a row whose personnummer, date and role can be read (for `dubblett`), else None."""
    reader = CellReader(cells, 0, today)
    identity = reader.identity("personnummer")
    examined_on = reader.date("datum")
    role = reader.choice("undersokare_roll", ROLES, ROLE_HINT)
    if identity is None or examined_on is None or role is None:
        return None
    return (identity.digits, examined_on, role)


class _RowCheck(CellReader):
    columns = COLUMNS

    def __init__(self, cells: Mapping[str, str], line: int, today: date, rules: RuleSet, as_new: bool) -> None:
        super().__init__(cells, line, today)
        self.rules, self.as_new = rules, as_new

    def run(self) -> ExamRow | list[Rejection]:
        identity = self.identity("personnummer")
        if self.raw("personnummer") is None:
            self.fail("personnummer", ErrorCode.MISSING.value,
                      "Kolumnen personnummer är tom. Skriv patientens personnummer eller samordningsnummer "
                      "(ÅÅÅÅMMDD-NNNN).")
        examined_on = self.date("datum")
        if self.raw("datum") is None:
            self.fail("datum", ErrorCode.MISSING.value, "Kolumnen datum är tom. Skriv undersökningens datum "
                      "(ÅÅÅÅ-MM-DD).")
        role = self.choice("undersokare_roll", ROLES, ROLE_HINT)
        if self.raw("undersokare_roll") is None:
            self.fail("undersokare_roll", ErrorCode.MISSING.value, f"Kolumnen undersokare_roll är tom. {ROLE_HINT}")
        examiner = self.examiner()
        revision = role in REVISION_ROLES
        risks = {name: self.risk(column, revision) for column, name in RISK_COLUMNS.items()}
        interval = self.interval(revision)
        bite_check = self.boolean("bettutvecklingskontroll")
        tobacco = self.choice("tobak", TOBACCO_VALUES, TOBACCO_HINT)
        deft = self.count("deft", "karierade, extraherade och fyllda mjölktänder")
        dft = self.count("DFT", "karierade och fyllda permanenta tänder")
        if self.errors or identity is None or examined_on is None or role is None:
            return self.ordered_errors()
        exam = ExamInput(examined_on=examined_on, role=role, examiner_hsa_id=examiner, risks=Risks(**risks),
                         planned_interval_months=interval, deft=deft, dft=dft, tobacco=tobacco,
                         bite_check=bite_check)  # fmt: skip
        check = check_exam(identity.birth_date, exam, self.rules)
        for issue in check.errors:  # what the cells alone cannot show, e.g. a date before the birth
            column = FIELD_COLUMNS.get(issue.field, "personnummer")
            self.fail(column, issue.code, f"Kolumnen {column}: {issue.message}")
        if self.errors:
            return self.ordered_errors()
        return ExamRow(self.line, identity.digits, exam, check.flag_rules)

    def examiner(self) -> str | None:
        value = self.text("undersokare_hsa_id")
        if value is None:
            if self.as_new:
                self.fail("undersokare_hsa_id", ErrorCode.MISSING.value,
                          "Kolumnen undersokare_hsa_id är tom. Med --as-new rapporteras undersökningen till "
                          "regionen och undersökarens HSA-ID krävs, t.ex. SE2321000222-T0001.")
            return None
        try:
            return parse_hsa_id(value)
        except InvalidHsaId as exc:
            self.fail("undersokare_hsa_id", ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen undersokare_hsa_id: {exc.message}")
            return None

    def risk(self, column: str, revision: bool) -> int | None:
        value = self.text(column)
        if value is None:
            if revision:
                self.fail(column, ErrorCode.MISSING.value,
                          f"Kolumnen {column} är tom. En revisionsundersökning av tandläkare eller tandhygienist "
                          "bedömer risken: skriv 0, 1 eller 2 (R-RV-10). Bara tandskoterska-rader får vara utan.")
            return None
        if value not in ("0", "1", "2"):
            self.fail(column, ErrorCode.INVALID_VALUE.value,
                      f"Kolumnen {column} har '{value}'. Skriv 0, 1 eller 2 (R-RV-10).")
            return None
        return int(value)

    def interval(self, revision: bool) -> int | None:
        column = "revisionsintervall_manader"
        if self.text(column) is None:
            if revision:
                self.fail(column, ErrorCode.MISSING.value,
                          f"Kolumnen {column} är tom. Skriv det planerade revisionsintervallet i hela månader, "
                          f"{MIN_INTERVAL_MONTHS}–{MAX_INTERVAL_MONTHS} (R-RV-1). Bara tandskoterska-rader får "
                          "vara utan.")
            return None
        return self.integer(column, MIN_INTERVAL_MONTHS, MAX_INTERVAL_MONTHS,
                            f"Skriv ett heltal {MIN_INTERVAL_MONTHS}–{MAX_INTERVAL_MONTHS} (antal månader). Ett "
                            "intervall längre än åldersgränsen (R-RV-2) importeras och flaggas.")

    def count(self, column: str, what: str) -> int | None:
        return self.integer(column, 0, MAX_STORED_INTEGER,
                            f"Skriv antalet {what} som ett heltal, 0 eller större, eller lämna cellen tom.")
