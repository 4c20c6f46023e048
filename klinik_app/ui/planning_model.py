"""The planning board's table (issue 12): one row per week or month of the forecast against the
capacity, the overdue backlog first. Minutes are shown as hours, which is how a clinic plans chairs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from klinik_app.domain.capacity import Balance
from klinik_app.domain.revision_forecast import WEEK, PeriodLine
from klinik_app.ui.month_chart import grouped, short_month

COLUMNS = (QT_TRANSLATE_NOOP("planning_model", "Period"), QT_TRANSLATE_NOOP("planning_model", "Faller ut"),
           QT_TRANSLATE_NOOP("planning_model", "Försenade"), QT_TRANSLATE_NOOP("planning_model", "Tandläkare krävs"),
           QT_TRANSLATE_NOOP("planning_model", "Tandhygienist möjlig"), QT_TRANSLATE_NOOP("planning_model", "Bokade"),
           QT_TRANSLATE_NOOP("planning_model", "Behov (tim)"), QT_TRANSLATE_NOOP("planning_model", "Kapacitet (tim)"),
           QT_TRANSLATE_NOOP("planning_model", "Brist (tim)"))
(COL_PERIOD, COL_DUE, COL_BACKLOG, COL_DENTIST, COL_HYGIENIST, COL_PLANNED, COL_NEEDED, COL_CAPACITY,
 COL_SHORTFALL) = range(len(COLUMNS))
BACKLOG_LABEL = QT_TRANSLATE_NOOP("planning_model", "Försenade (före idag)")
TOOLTIPS = {
    COL_DUE: QT_TRANSLATE_NOOP("planning_model", "Revisioner som faller ut under perioden och inte är bokade."),
    COL_BACKLOG: QT_TRANSLATE_NOOP("planning_model", "Revisioner vars datum redan har passerat och som inte är "
                                   "bokade."),
    COL_DENTIST: QT_TRANSLATE_NOOP("planning_model", "Kräver tandläkare: första undersökningen (R-RV-4), "
                                   "högst 4 eller 6 år mellan tandläkarundersökningar (R-RV-3) eller "
                                   "bettutvecklingskontroll 6–13 år (R-RV-6)."),
    COL_HYGIENIST: QT_TRANSLATE_NOOP("planning_model", "Kan göras av tandhygienist eller tandläkare."),
    COL_PLANNED: QT_TRANSLATE_NOOP("planning_model", "Revisioner som redan är bokade i tidboken (räknas inte som "
                                   "behov)."),
    COL_NEEDED: QT_TRANSLATE_NOOP("planning_model", "Revisionstid som behövs: antal gånger längden för åldern och "
                                  "riskgruppen."),
    COL_CAPACITY: QT_TRANSLATE_NOOP("planning_model", "Revisionstid hos klinikens tandläkare och tandhygienister, "
                                    "efter helgdagar, ledighet och redan bokade revisioner."),
    COL_SHORTFALL: QT_TRANSLATE_NOOP("planning_model", "Tid som inte räcker: tandläkarrevisioner bara på "
                                     "tandläkare, övriga på den som har tid över."),
}


def hours(minutes: int) -> str:
    """Hours to a tenth, Swedish: "2 366,2"; whole hours without the decimal."""
    whole, tenth = divmod(round(minutes / 6), 10)
    return grouped(whole) + (f",{tenth}" if tenth else "")


def week_label(start: date) -> str:
    year, week, _day = start.isocalendar()
    return QCoreApplication.translate("planning_model", "v. {week} {year} ({day}/{month})").format(
        week=week, year=year, day=start.day, month=start.month)


def period_label(kind: str, start: date) -> str:
    return week_label(start) if kind == WEEK else short_month(start)


def short_period_label(kind: str, start: date) -> str:
    """The chart's x-axis label: "v. 12" for a week, "mar 2027" for a month."""
    if kind != WEEK:
        return short_month(start)
    return QCoreApplication.translate("planning_model", "v. {week}").format(week=start.isocalendar()[1])


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
        self.rows = [Row(QCoreApplication.translate("planning_model", BACKLOG_LABEL), backlog, None, backlog=True)]
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
            return QCoreApplication.translate("planning_model", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in TOOLTIPS:
            return QCoreApplication.translate("planning_model", TOOLTIPS[section])
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
            return self.tr("{period}, brist").format(period=row.label)
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
