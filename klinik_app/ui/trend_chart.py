"""An indicator's months as a line (issue 9 item 4): a sparkline for a table cell and a labelled chart.

MonthChart (ui/month_chart.py) stacks listing counts per type; an indicator is one number per month
in its own unit (a share, days, a mean), so it gets a line. Colours come from the palette (light and
dark themes alike); a month with nothing to measure leaves a gap instead of a made-up zero. The
target, when the orderer has one, is a dashed line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from klinik_app.ui.month_chart import PAD, Chart, long_month, short_month

NOTHING_TEXT = QT_TRANSLATE_NOOP("trend_chart", "Inget att visa för perioden")


def value_range(values: Sequence[float | None], target: float | None = None) -> tuple[float, float] | None:
    """The lowest and highest value to draw (the target included), a little apart when all are equal."""
    present = [v for v in values if v is not None] + ([target] if target is not None else [])
    if not present:
        return None
    low, high = min(present), max(present)
    if high - low < 1e-9:
        spread = abs(high) * 0.1 or 1.0
        return low - spread, high + spread
    return low, high


def _y(value: float, plot: QRectF, low: float, high: float) -> float:
    return plot.bottom() - (value - low) / (high - low) * plot.height()


def paint_line(p: QPainter, plot: QRectF, values: Sequence[float | None], palette: QPalette,
               target: float | None = None, *, width: float = 1.5, dots: bool = False) -> None:
    """The values left to right across `plot`, gaps where a month has none, the last one marked."""
    span = value_range(values, target)
    if span is None or len(values) == 0:
        return
    low, high = span
    step = plot.width() / max(len(values) - 1, 1)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if target is not None:
        p.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
        y = _y(target, plot, low, high)
        p.drawLine(QLineF(plot.left(), y, plot.right(), y))
    colour = palette.color(QPalette.ColorRole.Highlight)
    path, drawing = QPainterPath(), False
    points: list[QPointF] = []
    for index, value in enumerate(values):
        if value is None:
            drawing = False
            continue
        point = QPointF(plot.left() + index * step, _y(value, plot, low, high))
        points.append(point)
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    radius = width * 1.6
    for point in points if dots else []:
        p.drawEllipse(point, radius * 0.7, radius * 0.7)
    if values[-1] is not None:  # the latest month: where the line ends now
        p.drawEllipse(points[-1], radius, radius)
    p.restore()


class TrendChart(Chart):
    """`set_series(months, values, text, target)`: the months' values, labelled with `text(value)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("trend_chart", self.tr("Utveckling per månad"), QSize(240, 140), QSize(420, 220), parent)
        self.months: list[date] = []
        self.values: list[float | None] = []
        self.target: float | None = None
        self.text: Callable[[float], str] = str
        self.empty_text = QCoreApplication.translate("trend_chart", NOTHING_TEXT)

    def set_series(self,
                   months: Sequence[date],
                   values: Sequence[float | None],
                   text: Callable[[float], str] = str,
                   target: float | None = None,
                   *,
                   empty_text: str | None = None) -> None:
        self.months, self.values, self.text, self.target = list(months), list(values), text, target
        self.empty_text = empty_text or QCoreApplication.translate("trend_chart", NOTHING_TEXT)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words for a screen reader: the period, the latest value and the range."""
        present = [v for v in self.values if v is not None]
        if not self.months or not present:
            return self.empty_text
        last = self.values[-1]
        latest = (f"{long_month(self.months[-1])}: {self.text(last)}" if last is not None
                  else self.tr("{month}: inget att mäta").format(month=long_month(self.months[-1])))
        text = (self.tr("{first} till {last}. {latest}. Lägst {lowest}, högst {highest}.").format(
                    first=short_month(self.months[0]),
                    last=short_month(self.months[-1]),
                    latest=latest,
                    lowest=self.text(min(present)),
                    highest=self.text(max(present))))
        return (text
                + (self.tr(" Mål {target}.").format(target=self.text(self.target)) if self.target is not None else ""))

    def paint(self, p: QPainter) -> None:
        pal = self.palette()
        span = value_range(self.values, self.target)
        if span is None or not self.months:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        fm, line = self.fontMetrics(), self.fontMetrics().height()
        low, high = span
        labels = [self.text(high), self.text(low)]
        label_width = max(fm.horizontalAdvance(t) for t in labels)
        plot = QRectF(PAD + label_width + 8, PAD + line / 2, 0, 0)
        plot.setRight(self.width() - PAD - 6)
        plot.setBottom(self.height() - PAD - line - 4)
        if plot.width() < 20 or plot.height() < 20:
            return
        self.paint_grid(p, plot, [(_y(high, plot, low, high), labels[0]), (_y(low, plot, low, high), labels[1])],
                        label_width)
        paint_line(p, plot, self.values, pal, self.target, width=2.0, dots=True)
        if self.target is not None:
            y = _y(self.target, plot, low, high)
            above = y - plot.top() > line * 1.5  # near the top the label goes under the line instead
            p.setPen(pal.color(QPalette.ColorRole.Text))
            p.drawText(QRectF(plot.left() + 4, y - line - 1 if above else y + 1, plot.width() - 8, line),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       self.tr("Mål {target}").format(target=self.text(self.target)))
        p.setPen(pal.color(QPalette.ColorRole.Text))
        for month, align in ((self.months[0], Qt.AlignmentFlag.AlignLeft),
                             (self.months[-1], Qt.AlignmentFlag.AlignRight)):
            p.drawText(QRectF(plot.left() - 20, plot.bottom() + 4, plot.width() + 26, line),
                       align | Qt.AlignmentFlag.AlignVCenter, short_month(month))
