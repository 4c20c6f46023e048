"""The planning board's chart (issue 12): revision hours needed per week or month, stacked dentist
required / hygienist possible, with the clinic's revision capacity as a line. Colours come from the
palette, as MonthChart's (ui/month_chart.py, whose axis helpers it shares)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from klinik_app.domain.capacity import Balance
from klinik_app.ui.month_chart import PAD, Chart, grouped, scale
from klinik_app.ui.planning_model import hours

EMPTY_TEXT = QT_TRANSLATE_NOOP("planning_chart", "Ingen revision faller ut under perioden")
LEGEND = (("dentist", QT_TRANSLATE_NOOP("planning_chart", "Tandläkare krävs")),
          ("hygienist", QT_TRANSLATE_NOOP("planning_chart", "Tandhygienist möjlig")),
          ("capacity", QT_TRANSLATE_NOOP("planning_chart", "Kapacitet")))


class PlanningChart(Chart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planning_chart", self.tr("Revisionstid per period"), QSize(320, 160), QSize(720, 260), parent)
        self.balances: list[Balance] = []
        self.labels: list[str] = []

    def set_balances(self, balances: list[Balance], labels: list[str]) -> None:
        self.balances, self.labels = balances, labels
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        if not any(b.needed for b in self.balances):
            return QCoreApplication.translate("planning_chart", EMPTY_TEXT)
        short = sum(1 for b in self.balances if b.shortfall)
        needed = sum(b.needed for b in self.balances)
        return self.tr("{count} perioder från {first}: {hours} timmar revisioner behövs, "
                       "brist i {shortfalls} av dem.").format(count=len(self.balances), first=self.labels[0],
                                                              hours=hours(needed), shortfalls=short)

    def colour(self, key: str) -> QColor:
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        if key == "dentist":
            return highlight
        if key == "hygienist":
            light = pal.color(QPalette.ColorRole.Base).lightness() > 127
            return highlight.lighter(150) if light else highlight.darker(170)
        return pal.color(QPalette.ColorRole.Text)

    def paint(self, p: QPainter) -> None:
        if not any(b.needed or b.capacity for b in self.balances):
            empty = QCoreApplication.translate("planning_chart", EMPTY_TEXT)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
            return
        fm = self.fontMetrics()
        line = fm.height()
        step, y_max = scale(max(max(b.needed, b.capacity) for b in self.balances) / 60)
        label_width = fm.horizontalAdvance(self.axis_text(y_max))
        left, top = PAD + label_width + 6, PAD + line + PAD
        plot = QRectF(left, top, self.width() - PAD - left, self.height() - PAD - line - 4 - top)
        if plot.width() < 10 or plot.height() < 10:
            return
        self._legend(p, line)
        self.paint_scale(p, plot, y_max, step, label_width, self.axis_text)
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

    def axis_text(self, value: int) -> str:
        return self.tr("{hours} tim").format(hours=grouped(value))

    def _legend(self, p: QPainter, line: int) -> None:
        x, box = PAD, line * 0.8
        for key, label in LEGEND:
            if key == "capacity":
                p.setPen(QPen(self.colour(key), 2))
                p.drawLine(QLineF(x, PAD + line / 2, x + box, PAD + line / 2))
            else:
                p.fillRect(QRectF(x, PAD + (line - box) / 2, box, box), self.colour(key))
            x = self.paint_legend_label(p, x, PAD, box, QCoreApplication.translate("planning_chart", label))

