"""The indicator table of the "Uppföljning" page: one row per indicator (issue 9 item 4).

Values in Swedish notation with their unit; the status against the orderer's target in words, with
the style's icon and a tint mixed from the palette's own background (never colour alone, readable
in light and dark themes); the last 24 months as a sparkline drawn by `TrendDelegate`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from klinik_app.domain.indicators import ANDEL, HEALTH, MEDEL, STATUSES, Definition, Value, format_value
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text
from klinik_app.ui.month_chart import grouped
from klinik_app.ui.trend_chart import paint_line

COLUMNS = (QT_TRANSLATE_NOOP("dashboard_model", "Indikator"),
           QT_TRANSLATE_NOOP("dashboard_model", "Värde"),
           QT_TRANSLATE_NOOP("dashboard_model", "Underlag"),
           QT_TRANSLATE_NOOP("dashboard_model", "Mål"),
           QT_TRANSLATE_NOOP("dashboard_model", "Status"),
           QT_TRANSLATE_NOOP("dashboard_model", "24 månader"))
COL_NAME, COL_VALUE, COL_BASIS, COL_TARGET, COL_STATUS, COL_TREND = range(len(COLUMNS))
NO_VALUE = "–"
NO_TARGET = QT_TRANSLATE_NOOP("dashboard_model", "Inget mål")
NOT_READ = QT_TRANSLATE_NOOP("dashboard_model", "Läses in …")
SERIES_ROLE = Qt.ItemDataRole.UserRole + 1
# Hues that people read as met / close / missed; only about a quarter of each (a third on a dark
# background) is mixed into the palette's own, so the text keeps its contrast and the word carries the meaning.
_HUES = {"met": QColor(46, 160, 67), "close": QColor(230, 160, 0), "missed": QColor(210, 45, 45)}
_ICONS = {"met": QStyle.StandardPixmap.SP_DialogApplyButton, "close": QStyle.StandardPixmap.SP_MessageBoxWarning,
          "missed": QStyle.StandardPixmap.SP_MessageBoxCritical}

_Index = QModelIndex | QPersistentModelIndex
# Means of head counts (listed patients at each month end): a whole number of patients, like a count
# (Definition.whole). The deft/DFT means and the days to an answer keep their decimal.
WHOLE_MEANS = frozenset({"listed_choice", "listed_assigned"})
# What a mean is taken over, by indicator: "n = 10" alone says nothing to a head of clinic.
MEAN_OF = {
    **{indicator_id: QT_TRANSLATE_NOOP("dashboard_model", "medel av {count} månadsskiften")
       for indicator_id in WHOLE_MEANS},
    **{indicator_id: QT_TRANSLATE_NOOP("dashboard_model", "{count} undersökta")
       for indicator_id, (_age, _column, share)
       in HEALTH.items() if not share},
    "deviation_answer_days": QT_TRANSLATE_NOOP("dashboard_model", "{count} besvarade"),
}


def value_text(definition: Definition, value: float | None) -> str:
    """The value as the report shows it (domain.indicators.format_value), "–" when nothing was measured."""
    return NO_VALUE if value is None else format_value(definition, value)


def basis_text(value: Value | None, definition: Definition) -> str:
    """What the value was computed from: "45 av 120" for a share; for a mean what it is a mean of,
    "medel av 10 månadsskiften" or "120 undersökta"."""
    if value is None or value.value is None or value.denominator is None:
        return ""
    denominator = grouped(round(value.denominator))
    if definition.unit == ANDEL and value.numerator is not None:
        return QCoreApplication.translate("dashboard_model", "{numerator} av {denominator}").format(
            numerator=grouped(round(value.numerator)), denominator=denominator)
    if definition.unit != MEDEL:
        return ""
    if definition.id in WHOLE_MEANS and round(value.denominator) == 1:
        return QCoreApplication.translate("dashboard_model", "vid ett månadsskifte")
    if definition.id in MEAN_OF:
        return QCoreApplication.translate("dashboard_model", MEAN_OF[definition.id]).format(count=denominator)
    return QCoreApplication.translate("dashboard_model", "n = {denominator}").format(denominator=denominator)


def target_cell(target_text: str) -> str:
    """"minst 90,0 %": the column is headed Mål, so the word is not repeated in it (the target's `words`,
    domain.indicator_targets.target_text, in the window's language)."""
    words = getattr(target_text, "params", {}).get("words")
    return shown_text(words) if words is not None else target_text.removeprefix("mål ")


def definition_html(d: Definition) -> str:
    """The written definition (R-RP-1): what is counted, of what, when, and what is left out."""
    rows = ((QCoreApplication.translate("dashboard_model", "Täljare"), d.numerator),
            (QCoreApplication.translate("dashboard_model", "Nämnare"), d.denominator),
            (QCoreApplication.translate("dashboard_model", "Period"), d.period),
            (QCoreApplication.translate("dashboard_model", "Undantag"), d.exclusions))
    return "<br>".join(f"<b>{label}:</b> {escape(domain_text(text))}" for label, text in rows if text)


def definition_tooltip(d: Definition) -> str:
    """Rich text, so that the tooltip wraps instead of running across the screen."""
    return f"<p><b>{escape(domain_text(d.name))}</b></p><p>{definition_html(d)}</p>"


def status_word(status: str | None, target_text: str) -> str:
    if status in STATUSES:
        return domain_text(STATUSES[status])
    return QCoreApplication.translate("dashboard_model", NO_TARGET) if not target_text else NO_VALUE


def status_tint(status: str | None, palette: QPalette) -> QColor | None:
    hue = _HUES.get(status or "")
    if hue is None:
        return None
    base = palette.color(QPalette.ColorRole.Base)
    mix = 0.22 if base.lightness() > 127 else 0.35  # a dark background needs a little more to show

    def blend(a: int, b: int) -> int:
        return round(a * (1 - mix) + b * mix)

    return QColor(blend(base.red(), hue.red()), blend(base.green(), hue.green()), blend(base.blue(), hue.blue()))


@dataclass
class IndicatorLine:
    """One indicator as the page shows it; its months' values arrive one month at a time."""

    definition: Definition
    value: Value | None
    status: str | None = None  # a key of STATUSES, None without a target or a value
    target_text: str = ""  # "mål minst 90 %", from the orderer's agreement
    target: float | None = None
    months: list[date] = field(default_factory=list)  # the trend's month ends, oldest first
    series: dict[date, Value] = field(default_factory=dict)  # month end -> that month's value, as read

    @property
    def series_values(self) -> list[float | None]:
        return [self.series[m].value if m in self.series else None for m in self.months]

    @property
    def series_months(self) -> list[date]:
        return self.months

    @property
    def series_read(self) -> bool:
        return bool(self.months) and len(self.series) == len(self.months)

    def trend_words(self) -> str:
        present = [v for v in self.series_values if v is not None]
        if not self.series:
            return QCoreApplication.translate("dashboard_model", NOT_READ)
        if not present:
            return QCoreApplication.translate("IndicatorLine", "inget att mäta under månaderna")
        d = self.definition
        return (QCoreApplication.translate("IndicatorLine",
                                           "lägst {lowest}, högst {highest}, senaste månaden {latest}").format(
                    lowest=value_text(d, min(present)),
                    highest=value_text(d, max(present)),
                    latest=value_text(d, self.series_values[-1])))


class IndicatorTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[IndicatorLine] = []

    def set_lines(self, lines: list[IndicatorLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def set_month(self, month_end: date, values: list[Value]) -> None:
        """One month of every indicator's trend line (a failed month: an empty list, drawn as a gap)."""
        by_id = {v.id: v for v in values}
        for line in self.lines:
            line.series[month_end] = by_id.get(line.definition.id) or Value(
                line.definition.id, month_end.replace(day=1), month_end, None, None, None)
        if self.lines:
            self.dataChanged.emit(self.index(0, COL_TREND), self.index(len(self.lines) - 1, COL_TREND))

    def line(self, row: int) -> IndicatorLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("dashboard_model", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(line, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == COL_TREND:
                return self.tr("Senaste 24 månaderna: {trend}").format(trend=line.trend_words())
            return self.cell(line, column) or self.tr("tomt")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NAME:
                return definition_tooltip(line.definition)
            if column == COL_BASIS and line.definition.denominator:
                return self.tr("Nämnare: {denominator}").format(denominator=domain_text(line.definition.denominator))
            if column in (COL_TARGET, COL_STATUS):
                return (shown_text(line.target_text) if line.target_text
                        else self.tr("Beställaren har inget mål för indikatorn det här året."))
            if column == COL_TREND:
                return line.trend_words()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VALUE, COL_BASIS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == COL_STATUS and role == Qt.ItemDataRole.DecorationRole and line.status in _ICONS:
            return QApplication.style().standardIcon(_ICONS[line.status])
        if column == COL_STATUS and role == Qt.ItemDataRole.BackgroundRole:
            tint = status_tint(line.status, QApplication.palette())
            return QBrush(tint) if tint is not None else None
        if column == COL_TREND and role == SERIES_ROLE:
            return line
        if column == COL_VALUE and role == Qt.ItemDataRole.UserRole:
            return line.value.value if line.value else None
        return None

    @staticmethod
    def cell(line: IndicatorLine, column: int) -> str:
        if column == COL_NAME:
            return domain_text(line.definition.name)
        if column == COL_VALUE:
            return value_text(line.definition, line.value.value if line.value else None)
        if column == COL_BASIS:
            return basis_text(line.value, line.definition)
        if column == COL_TARGET:
            return target_cell(line.target_text)
        if column == COL_STATUS:
            return status_word(line.status, line.target_text)
        if column == COL_TREND:
            return "" if line.series else QCoreApplication.translate("dashboard_model", NOT_READ)
        return ""


class TrendDelegate(QStyledItemDelegate):
    """The trend column: the row's background and selection as usual, then the sparkline."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        line: IndicatorLine | None = index.data(SERIES_ROLE)
        if line is None or not line.series:
            return
        rect = QRectF(option.rect).adjusted(8, 5, -10, -5)
        palette = QPalette(option.palette)
        if option.state & QStyle.StateFlag.State_Selected:  # the line in the selection's text colour
            palette.setColor(QPalette.ColorRole.Highlight, option.palette.color(QPalette.ColorRole.HighlightedText))
            palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        paint_line(painter, rect, line.series_values, palette, line.target)
