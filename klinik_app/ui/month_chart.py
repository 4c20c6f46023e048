"""Listed patients per month end as stacked bars (R-LI-8), drawn with QPainter.

QtCharts is not in PySide6-Essentials, and a bar chart is a few rectangles. Every colour comes from
the widget's palette, so the chart follows the light or dark theme. The month that is not taken
yet (the current one) is drawn hatched: its figures can still change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from klinik_app.domain.capitation import month_ends
from klinik_app.domain.listing import ASSIGNED, CHOICE, LISTING_TYPE_LABELS
from klinik_app.services.snapshots import PROTECTED_LABEL, MonthCount
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.i18n import ui_locale

EMPTY_TEXT = QT_TRANSLATE_NOOP("month_chart", "Inga listade patienter ännu")
PRELIMINARY_TEXT = QT_TRANSLATE_NOOP("month_chart", "Preliminär (månaden pågår)")
SERIES = (("val", LISTING_TYPE_LABELS[CHOICE]),
          ("icke-val", LISTING_TYPE_LABELS[ASSIGNED]),
          ("skyddad", PROTECTED_LABEL))  # domain_text
SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
PAD = 8


@dataclass
class _Month:
    month_end: date
    preliminary: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def grouped(n: int) -> str:
    return SWEDISH.toString(n)  # "12 345": Swedish thousands with a non-breaking space


def short_month(d: date) -> str:
    """"jan 2026": Qt's short month names without the abbreviation dot."""
    return f"{ui_locale().standaloneMonthName(d.month, QLocale.FormatType.ShortFormat).rstrip('.')} {d.year}"


def long_month(d: date) -> str:
    return f"{ui_locale().standaloneMonthName(d.month, QLocale.FormatType.LongFormat)} {d.year}"


def nice_step(maximum: int, ticks: int = 4) -> int:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` grid lines."""
    raw = max(maximum / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        step = m * magnitude
        if step >= raw and step == int(step):  # whole patients: no 2.5 below 25
            return int(step)
    return int(10 * magnitude)


def scale(top_value: float) -> tuple[int, int]:
    """(step, top of the axis): a round step and the first multiple of it at or above top_value."""
    step = nice_step(max(math.ceil(top_value), 1))
    return step, step * max(math.ceil(top_value / step), 1)


class Chart(QWidget):
    """What the charts share: the palette's background (light or dark theme alike), reachable by Tab
    so a screen reader reads the summary (the accessible description), a dashed frame when focused,
    and the drawing of axes and legend labels. A chart draws itself in paint()."""

    def __init__(self, name: str, accessible_name: str, minimum: QSize, hint: QSize,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._hint = hint

    def sizeHint(self) -> QSize:
        return self._hint

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            if self.hasFocus():
                p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine))
                p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
            p.setPen(self.text_colour())
            self.paint(p)
        finally:
            p.end()  # not left to the garbage collector: a second painter on the widget would warn

    def paint(self, p: QPainter) -> None:
        """Draw the chart; the pen is the text colour."""
        raise NotImplementedError

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def paint_grid(self, p: QPainter, plot: QRectF, ticks: Iterable[tuple[float, str]], label_width: float) -> None:
        """A dotted line across the plot at each tick's y, its label right-aligned left of the plot."""
        line = self.fontMetrics().height()
        grid = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        for y, text in ticks:
            p.setPen(grid)
            p.drawLine(QLineF(plot.left(), y, plot.right(), y))
            p.setPen(self.text_colour())
            p.drawText(QRectF(PAD, y - line / 2, label_width, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def paint_scale(self, p: QPainter, plot: QRectF, y_max: int, step: int, label_width: float,
                    text: Callable[[int], str] = grouped) -> None:
        """The grid of an axis from 0 to y_max in steps."""
        self.paint_grid(p, plot, [(plot.bottom() - value / y_max * plot.height(), text(value))
                                  for value in range(0, y_max + 1, step)], label_width)

    def paint_x_labels(self, p: QPainter, plot: QRectF, labels: list[str], slot: float, *,
                       latest_labelled: bool = False) -> None:
        """A label under each slot, thinned to fit: counted from the first, or so that the latest has one."""
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(text) for text in labels) + 12
        every = max(1, math.ceil(widest / slot))
        p.setPen(self.text_colour())
        last = len(labels) - 1
        for index, text in enumerate(labels):
            if (last - index if latest_labelled else index) % every:
                continue
            rect = QRectF(plot.left() + (index + 0.5) * slot - widest / 2, plot.bottom() + 4, widest, fm.height())
            rect.moveLeft(min(max(rect.left(), 0), self.width() - widest))  # keep the outermost inside
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def paint_legend_label(self, p: QPainter, x: float, y: float, box: float, label: str) -> float:
        """The label right of a legend swatch at x; returns where the next swatch goes."""
        fm = self.fontMetrics()
        p.setPen(self.text_colour())
        p.drawText(QRectF(x + box + 4, y, fm.horizontalAdvance(label) + 2, fm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        return x + box + 4 + fm.horizontalAdvance(label) + 16


class MonthChart(Chart):
    """`set_counts(month_counts(ctx, first, last, by="type"))` shows them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "month_chart", self.tr("Listade patienter per månad"), QSize(320, 200), QSize(720, 320), parent)
        self.months: list[_Month] = []
        self.set_counts([])

    def set_counts(self, counts: list[MonthCount]) -> None:
        months: dict[date, _Month] = {}
        keys = {key for key, _label in SERIES}
        for c in counts:  # counts grouped by "type"; other groupings carry no type and are left out
            month = months.setdefault(c.month_end, _Month(c.month_end))
            series = "skyddad" if c.protected else c.listing_type
            if series in keys:
                month.counts[series] = month.counts.get(series, 0) + c.count
            month.preliminary = month.preliminary or c.preliminary
        # Every month from the first to the last gets a slot: a month with nobody listed shows as a gap.
        self.months = [months.get(m) or _Month(m) for m in month_ends(min(months), max(months))] if months else []
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words for a screen reader: the period and the latest month's figures."""
        if not self.months or not any(m.total for m in self.months):
            return QCoreApplication.translate("month_chart", EMPTY_TEXT)
        last = self.months[-1]
        parts = [f"{domain_text(label)} {grouped(last.counts[key])}" for key, label in SERIES if last.counts.get(key)]
        text = self.tr("Listade patienter per månad, {first} till {last}. Senaste månaden, {month}: "
                       "{count} listade").format(first=short_month(self.months[0].month_end),
                                                 last=short_month(last.month_end),
                                                 month=long_month(last.month_end),
                                                 count=grouped(last.total))
        text += f" ({', '.join(parts)})." if parts else "."
        return text + (self.tr(" Preliminär: månaden pågår.") if last.preliminary else "")

    # --- colours --------------------------------------------------------------------------------
    def series_colour(self, key: str) -> QColor:
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        light_theme = pal.color(QPalette.ColorRole.Base).lightness() > 127
        if key == "val":
            return highlight
        if key == "skyddad":
            return highlight.darker(160) if light_theme else highlight.lighter(160)
        base = pal.color(QPalette.ColorRole.Base).lightness()
        for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Light):
            colour = pal.color(role)
            if abs(colour.lightness() - base) >= 60:  # visible against the background in either theme
                return colour
        return pal.color(QPalette.ColorRole.Text)

    # --- painting -------------------------------------------------------------------------------
    def paint(self, p: QPainter) -> None:
        if not self.months or not any(m.total for m in self.months):
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("month_chart", EMPTY_TEXT))
            return
        fm = self.fontMetrics()
        line = fm.height()
        legend_bottom = self._paint_legend(p, line)
        step, y_max = scale(max(m.total for m in self.months))
        label_width = max(fm.horizontalAdvance(grouped(v)) for v in range(0, y_max + 1, step))
        left, top = PAD + label_width + 6, legend_bottom + PAD + line / 2
        bottom = self.height() - PAD - line - 4  # room for the month labels
        plot = QRectF(left, top, self.width() - PAD - left, bottom - top)
        if plot.width() < 10 or plot.height() < 10:
            return
        self.paint_scale(p, plot, y_max, step, label_width)
        self._paint_bars(p, plot, y_max)
        # The latest month always has a label.
        self.paint_x_labels(p, plot, [short_month(m.month_end) for m in self.months], plot.width() / len(self.months),
                            latest_labelled=True)

    def _paint_legend(self, p: QPainter, line: int) -> float:
        fm = self.fontMetrics()
        present = [(k, domain_text(label)) for k, label in SERIES if any(m.counts.get(k) for m in self.months)]
        x, y, box = PAD, PAD, line * 0.8
        for key, label in present + ([("preliminary", QCoreApplication.translate("month_chart", PRELIMINARY_TEXT))]
                                     if self.months[-1].preliminary else []):
            if x > PAD and x + box + 4 + fm.horizontalAdvance(label) > self.width() - PAD:
                x, y = PAD, y + line + 2  # wrap rather than cut a label off in a narrow window
            swatch = QRectF(x, y + (line - box) / 2, box, box)
            if key == "preliminary":
                self._hatched(p, swatch, self.series_colour("val"))
            else:
                p.fillRect(swatch, self.series_colour(key))
            x = self.paint_legend_label(p, x, y, box, label)
        return y + line

    def _paint_bars(self, p: QPainter, plot: QRectF, y_max: int) -> None:
        slot = plot.width() / len(self.months)
        width = max(1.0, slot * 0.7)
        for index, month in enumerate(self.months):
            x = plot.left() + index * slot + (slot - width) / 2
            bottom = plot.bottom()
            for key, _label in SERIES:
                height = month.counts.get(key, 0) / y_max * plot.height()
                if height <= 0:
                    continue
                bar = QRectF(x, bottom - height, width, height)
                if month.preliminary:
                    self._hatched(p, bar, self.series_colour(key))
                else:
                    p.fillRect(bar, self.series_colour(key))
                bottom -= height

    def _hatched(self, p: QPainter, rect: QRectF, colour: QColor) -> None:
        p.fillRect(rect, self.palette().base())
        p.fillRect(rect, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(colour, 1))
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
