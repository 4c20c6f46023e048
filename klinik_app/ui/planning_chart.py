"""The planning board's chart (issue 12): revision hours needed per week or month, stacked dentist
required / hygienist possible, with the clinic's revision capacity as a line. Colours come from the
palette, as MonthChart's (ui/month_chart.py, whose axis helpers it shares)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from klinik_app.domain.capacity import Balance
from klinik_app.ui.month_chart import PAD, Chart, grouped, scale
from klinik_app.ui.planning_model import hours

EMPTY_TEXT = "Ingen revision faller ut under perioden"
LEGEND = (("dentist", "Tandläkare krävs"), ("hygienist", "Tandhygienist möjlig"), ("capacity", "Kapacitet"))


class PlanningChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planning_chart", "Revisionstid per period", QSize(320, 160), QSize(720, 260), parent)
        self.balances: list[Balance] = []
        self.labels: list[str] = []

    def set_balances(self, balances: list[Balance], labels: list[str]) -> None:
        self.balances, self.labels = balances, labels
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if not any(b.needed for b in self.balances):
            return EMPTY_TEXT
        short = sum(1 for b in self.balances if b.shortfall)
        needed = sum(b.needed for b in self.balances)
        return (f"{len(self.balances)} perioder från {self.labels[0]}: {hours(needed)} timmar revisioner behövs, "
                f"brist i {short} av dem.")

    def colour(self, key: str) -> QColor:
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if key == "dentist":
            return highlight
        if key == "hygienist":
            return highlight.lighter(150) if pal.color(QPalette.ColorRole.Base).lightness() > 127 else highlight.darker(170)
        return pal.color(QPalette.ColorRole.Text)

    def paint(self, p: QPainter) -> None:
        if not any(b.needed or b.capacity for b in self.balances):
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
            return
        fm = self.fontMetrics()
        line = fm.height()
        step, y_max = scale(max(max(b.needed, b.capacity) for b in self.balances) / 60)
        label_width = fm.horizontalAdvance(grouped(y_max)) + fm.horizontalAdvance(" tim")
        left, top = PAD + label_width + 6, PAD + line + PAD
        plot = QRectF(left, top, self.width() - PAD - left, self.height() - PAD - line - 4 - top)
        if plot.width() < 10 or plot.height() < 10:
            return
        self._legend(p, line)
        self.paint_scale(p, plot, y_max, step, label_width, lambda value: f"{grouped(value)} tim")
        slot = plot.width() / len(self.balances)
        width = max(1.0, slot * 0.7)
        per_minute = plot.height() / (y_max * 60)
        points = []
        for index, b in enumerate(self.balances):
            x, bottom = plot.left() + index * slot + (slot - width) / 2, plot.bottom()
            for key, minutes in (("dentist", b.dentist_needed), ("hygienist", b.hygienist_needed)):
                if minutes > 0:
                    p.fillRect(QRectF(x, bottom - minutes * per_minute, width, minutes * per_minute), self.colour(key))
                    bottom -= minutes * per_minute
            points.append(QPointF(plot.left() + (index + 0.5) * slot, plot.bottom() - b.capacity * per_minute))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(self.colour("capacity"), 1.5))
        p.drawPolyline(QPolygonF(points))
        self.paint_x_labels(p, plot, self.labels, slot)

    def _legend(self, p: QPainter, line: int) -> None:
        x, box = PAD, line * 0.8
        for key, label in LEGEND:
            if key == "capacity":
                p.setPen(QPen(self.colour(key), 2))
                p.drawLine(QLineF(x, PAD + line / 2, x + box, PAD + line / 2))
            else:
                p.fillRect(QRectF(x, PAD + (line - box) / 2, box, box), self.colour(key))
            x = self.paint_legend_label(p, x, PAD, box, label)


def chart_labels(kind_labels: list[str]) -> list[str]:
    """Short x-axis labels: "v. 12 2027 (22/3)" -> "v. 12"."""
    return [text.split(" (")[0].rsplit(" ", 1)[0] if text.startswith("v. ") else text for text in kind_labels]

