"""The planning board's table (issue 12): one row per week or month of the forecast against the
capacity, the overdue backlog first. Minutes are shown as hours, which is how a clinic plans chairs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from klinik_app.domain.capacity import Balance
from klinik_app.domain.revision_forecast import WEEK, PeriodLine
from klinik_app.ui.month_chart import grouped, short_month

COLUMNS = ("Period", "Faller ut", "Försenade", "Tandläkare krävs", "Tandhygienist möjlig", "Bokade",
           "Behov (tim)", "Kapacitet (tim)", "Brist (tim)")
(COL_PERIOD, COL_DUE, COL_BACKLOG, COL_DENTIST, COL_HYGIENIST, COL_PLANNED, COL_NEEDED, COL_CAPACITY,
 COL_SHORTFALL) = range(len(COLUMNS))
BACKLOG_LABEL = "Försenade (före idag)"
TOOLTIPS = {
    COL_DUE: "Revisioner som faller ut under perioden och inte är bokade.",
    COL_BACKLOG: "Revisioner vars datum redan har passerat och som inte är bokade.",
    COL_DENTIST: "Kräver tandläkare: första undersökningen (R-RV-4), högst 4 eller 6 år mellan "
                 "tandläkarundersökningar (R-RV-3) eller bettutvecklingskontroll 6–13 år (R-RV-6).",
    COL_HYGIENIST: "Kan göras av tandhygienist eller tandläkare.",
    COL_PLANNED: "Revisioner som redan är bokade i tidboken (räknas inte som behov).",
    COL_NEEDED: "Revisionstid som behövs: antal gånger längden för åldern och riskgruppen.",
    COL_CAPACITY: "Revisionstid hos klinikens tandläkare och tandhygienister, efter helgdagar, ledighet och "
                  "redan bokade revisioner.",
    COL_SHORTFALL: "Tid som inte räcker: tandläkarrevisioner bara på tandläkare, övriga på den som har tid över.",
}


def hours(minutes: int) -> str:
    """Hours to a tenth, Swedish: "2 366,2"; whole hours without the decimal."""
    whole, tenth = divmod(round(minutes / 6), 10)
    return grouped(whole) + (f",{tenth}" if tenth else "")


def week_label(start: date) -> str:
    year, week, _day = start.isocalendar()
    return f"v. {week} {year} ({start.day}/{start.month})"


def period_label(kind: str, start: date) -> str:
    return week_label(start) if kind == WEEK else short_month(start)


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    line: PeriodLine
    balance: Balance | None  # None: the backlog row
    backlog: bool = False


class PlanningTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, kind: str, backlog: PeriodLine, lines: list[PeriodLine], balances: list[Balance]) -> None:
        self.beginResetModel()
        self.rows = [Row(BACKLOG_LABEL, backlog, None, backlog=True)]
        self.rows += [Row(period_label(kind, line.start), line, b) for line, b in zip(lines, balances)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS.get(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_PERIOD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        short = row.balance is not None and row.balance.shortfall > 0
        if role == Qt.ItemDataRole.FontRole and (short or row.backlog):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and short and column == COL_SHORTFALL:
            return QApplication.palette().color(QPalette.ColorRole.Highlight)
        if role == Qt.ItemDataRole.AccessibleTextRole and short and column == COL_PERIOD:
            return f"{row.label}, brist"
        return None

    @staticmethod
    def text(row: Row, column: int) -> str:
        line, b = row.line, row.balance
        if column == COL_PERIOD:
            return row.label
        if row.backlog:
            values = {COL_BACKLOG: grouped(line.due), COL_DENTIST: grouped(line.dentist),
                      COL_HYGIENIST: grouped(line.hygienist),
                      COL_NEEDED: hours(line.dentist_minutes + line.hygienist_minutes)}
            return values.get(column, "")
        values = {COL_DUE: grouped(line.due), COL_BACKLOG: "", COL_DENTIST: grouped(line.dentist),
                  COL_HYGIENIST: grouped(line.hygienist), COL_PLANNED: grouped(line.planned),
                  COL_NEEDED: hours(b.needed), COL_CAPACITY: hours(b.capacity),
                  COL_SHORTFALL: hours(b.shortfall) if b.shortfall else ""}
        return values[column]
