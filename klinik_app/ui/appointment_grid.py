"""The appointment book's grid: a table model of time slots x columns and the delegate that paints
each appointment as one block over its slots.

Rows are time slots (15 minutes by default), columns are (day, caregiver) or (day, room). An
appointment is one cell spanning its slots (QTableView spans), so the arrow keys step over it as one
item and a screen reader reads it once. Cancelled times are not drawn (the slot is free again);
they stay in the patient's journal of times (R-AB-1). Status is colour and words, never colour
alone; the tints are mixed from the palette's own base colour, so light and dark themes both read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from klinik_app.services.appointments import KINDS, STATUSES
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text

_Index = QModelIndex | QPersistentModelIndex
AppointmentRole = Qt.ItemDataRole.UserRole + 1  # the AppointmentRow a cell shows (or covers), else None
SlotRole = Qt.ItemDataRole.UserRole + 2  # the cell's (local start datetime, column)

HIDDEN_STATUSES = frozenset({"cancelled", "late-cancellation"})  # the slot is free again
PROPOSED_TEXT = QT_TRANSLATE_NOOP("appointment_grid", "Endast föreslagen")
AGREED_TEXT = QT_TRANSLATE_NOOP("appointment_grid", "Överenskommen")
WEEKDAYS = (QT_TRANSLATE_NOOP("appointment_grid", "mån"), QT_TRANSLATE_NOOP("appointment_grid", "tis"),
            QT_TRANSLATE_NOOP("appointment_grid", "ons"), QT_TRANSLATE_NOOP("appointment_grid", "tor"),
            QT_TRANSLATE_NOOP("appointment_grid", "fre"), QT_TRANSLATE_NOOP("appointment_grid", "lör"),
            QT_TRANSLATE_NOOP("appointment_grid", "sön"))
# Hue per status (HSV degrees); the fill is a faint tint of it over the palette's base colour.
STATUS_HUES = {"booked": 210, "attended": 130, "no-show": 0, "late-cancellation": 30, "cancelled": -1}


@dataclass(frozen=True, slots=True)
class BookColumn:
    day: date
    key: str | int | None  # caregiver HSA-ID or room id; None: not assigned (e.g. imported times)
    title: str


def time_range(row) -> str:
    return f"{row.starts:%H:%M}–{row.ends:%H:%M}"


def status_text(row, *, short: bool = False) -> str:
    text = domain_text(STATUSES.get(row.status, row.status))
    if row.status != "booked" or row.agreed:
        return text
    return (QCoreApplication.translate("appointment_grid", "{status} (föreslagen)").format(status=text) if short
            else f"{text}, {QCoreApplication.translate('appointment_grid', PROPOSED_TEXT).lower()}")


def appointment_text(row) -> str:
    """One line for the accessible name and the detail line: every fact, in words."""
    parts = [f"{row.starts:%Y-%m-%d} {time_range(row)}", row.patient_name, domain_text(KINDS.get(row.kind, row.kind)),
             status_text(row)]
    if row.agreed and row.agreed_text:
        parts.append(shown_text(row.agreed_text))
    if row.caregiver_name:
        parts.append(row.caregiver_name)
    if row.room_name:
        parts.append(row.room_name)
    if row.interpreter:
        parts.append(
            QCoreApplication.translate("appointment_grid", "Tolk: {language}").format(language=row.interpreter))
    if row.fee_reason:
        parts.append(shown_text(row.fee_reason))  # stored in Swedish: the marked text, translated
    if row.note:
        parts.append(QCoreApplication.translate("appointment_grid", "Anteckning: {note}").format(note=row.note))
    return " · ".join(parts)


def column_header(column: BookColumn, week: bool, today: date | None = None) -> str:
    if not week:
        return column.title
    weekday = QCoreApplication.translate("appointment_grid", WEEKDAYS[column.day.weekday()])
    day = f"{weekday} {column.day.day}/{column.day.month}"
    if column.day == today:  # in words as well as bold: never by the font alone
        day = QCoreApplication.translate("appointment_grid", "{day}, i dag").format(day=day)
    return f"{day}\n{column.title}"


class BookModel(QAbstractTableModel):
    """`load(columns, rows, ...)` lays the appointments out; `slot_start(row)` is a row's time of day."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[BookColumn] = []
        self.step = 15
        self.first_minute = 7 * 60
        self.slot_count = 44
        self.week = False
        self.today: date | None = None  # its columns' headers are bold in the week view
        self.anchors: dict[tuple[int, int], object] = {}  # (row, column) -> the appointment starting there
        self.spans: dict[tuple[int, int], int] = {}  # (row, column) -> rows spanned
        self.covered: dict[tuple[int, int], object] = {}  # every cell an appointment covers
        self.overlaps: dict[tuple[int, int], list] = {}  # anchor -> further times overlapping it (double booking)

    def load(self, columns: list[BookColumn], rows, *, first_hour: int = 7, last_hour: int = 18,
             step: int = 15, week: bool = False, today: date | None = None) -> None:
        self.beginResetModel()
        self.columns, self.step, self.week, self.today = columns, step, week, today
        shown = [r for r in rows if r.status not in HIDDEN_STATUSES]
        # Times outside the usual hours widen the grid rather than disappear.
        first = min([first_hour * 60] + [_minute_of(r.starts) // 60 * 60 for r in shown])
        last = max([last_hour * 60] + [math.ceil((_minute_of(r.starts) + r.minutes) / 60) * 60 for r in shown])
        self.first_minute = first
        self.slot_count = max(1, (min(last, 24 * 60) - first) // step)
        self.anchors, self.spans, self.covered, self.overlaps = {}, {}, {}, {}
        where = {(c.day, c.key): n for n, c in enumerate(columns)}
        for appointment in shown:
            column = where.get((appointment.starts.date(), _key_of(appointment, columns)))
            if column is not None:
                self._place(appointment, column)
        self.endResetModel()

    def _place(self, appointment, column: int) -> None:
        start = (_minute_of(appointment.starts) - self.first_minute) // self.step
        end = math.ceil((_minute_of(appointment.starts) + appointment.minutes - self.first_minute) / self.step)
        start, end = max(start, 0), min(max(end, start + 1), self.slot_count)
        cells = [(r, column) for r in range(start, end)]
        taken = next((self.covered[c] for c in cells if c in self.covered), None)
        if taken is not None:  # a double booking: said on the block already there, never hidden
            anchor = next(k for k, v in self.anchors.items() if v is taken)
            self.overlaps.setdefault(anchor, []).append(appointment)
            return
        self.anchors[(start, column)] = appointment
        self.spans[(start, column)] = end - start
        for cell in cells:
            self.covered[cell] = appointment

    # --- reading --------------------------------------------------------------------------------
    def slot_start(self, row: int) -> time:
        minute = self.first_minute + row * self.step
        return time(minute // 60, minute % 60)

    def slot_datetime(self, row: int, column: int) -> datetime:
        return datetime.combine(self.columns[column].day, self.slot_start(row))

    def appointment_at(self, row: int, column: int):
        return self.covered.get((row, column))

    def cell_of(self, appointment_id: int) -> tuple[int, int] | None:
        return next((cell for cell, a in self.anchors.items() if a.id == appointment_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.slot_count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.columns):
                return None
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column_header(column, self.week, self.today)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                weekday = QCoreApplication.translate("appointment_grid", WEEKDAYS[column.day.weekday()])
                text = f"{column.title}, {weekday} {column.day.isoformat()}"
                return QCoreApplication.translate("appointment_grid", "{day}, i dag").format(day=text) \
                    if column.day == self.today else text
            if role == Qt.ItemDataRole.FontRole and self.week and column.day == self.today:
                font = QFont()
                font.setBold(True)
                return font
            return None
        start = self.slot_start(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{start:%H:%M}" if start.minute in (0, 30) else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{start:%H:%M}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = (index.row(), index.column())
        appointment = self.anchors.get(cell)
        if role == AppointmentRole:
            return self.covered.get(cell)
        if role == SlotRole:
            return self.slot_datetime(*cell), self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if appointment is None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return ""
                column = self.columns[index.column()]
                return self.tr("{slot_start:%H:%M} {title}: ledig").format(slot_start=self.slot_start(index.row()),
                                                                           title=column.title)
            text = appointment_text(appointment)
            more = self.overlaps.get(cell, [])
            if more:
                text += self.tr("\nDubbelbokad med: ") + "; ".join(appointment_text(a) for a in more)
            return text if role != Qt.ItemDataRole.ToolTipRole else text.replace(" · ", "\n")
        return None


def _minute_of(at: datetime) -> int:
    return at.hour * 60 + at.minute


def _key_of(appointment, columns: list[BookColumn]):
    """Per room when the columns are rooms (their keys are ints), else per caregiver."""
    by_room = any(isinstance(c.key, int) for c in columns)
    return appointment.room_id if by_room else appointment.caregiver_hsa_id


def status_colour(palette: QPalette, status: str, *, strong: bool) -> QColor:
    """A status's colour, mixed into the palette's base (faint fill) or its text (the stripe)."""
    hue = STATUS_HUES.get(status, -1)
    base = palette.color(QPalette.ColorRole.Base)
    pure = QColor.fromHsv(hue, 170, 200) if hue >= 0 else palette.color(QPalette.ColorRole.Mid)
    share = 0.85 if strong else (0.30 if base.lightness() < 128 else 0.20)
    return QColor.fromRgbF(*(base.getRgbF()[i] * (1 - share) + pure.getRgbF()[i] * share for i in range(3)))


class BookDelegate(QStyledItemDelegate):
    """Paints an appointment as a block: time and name, then kind and status, then room and note."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model: BookModel = index.model()
        appointment = model.anchors.get((index.row(), index.column()))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if appointment is None:
            if selected:
                painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
            painter.restore()
            return
        block = QRectF(option.rect).adjusted(2, 1, -2, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_colour(palette, appointment.status, strong=False))
        painter.drawRoundedRect(block, 4, 4)
        painter.setBrush(status_colour(palette, appointment.status, strong=True))
        painter.drawRoundedRect(QRectF(block.left(), block.top(), 5, block.height()), 2, 2)
        # Proposed only (R-AB-3): a dashed frame as well as the words.
        frame = QPen(palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid))
        frame.setWidthF(2.5 if selected else 1.0)
        if appointment.status == "booked" and not appointment.agreed:
            frame.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(block, 4, 4)
        self._paint_text(painter, option, block.adjusted(10, 2, -4, -2).toRect(), appointment,
                         model.overlaps.get((index.row(), index.column()), []))
        painter.restore()

    @staticmethod
    def _paint_text(painter: QPainter, option: QStyleOptionViewItem, rect, appointment, overlaps) -> None:
        bold = QFont(option.font)
        bold.setBold(True)
        metrics_height = option.fontMetrics.height()
        lines_fit = max(1, rect.height() // metrics_height)
        kind = domain_text(KINDS.get(appointment.kind, appointment.kind))
        kind_status = f"{kind} · {status_text(appointment, short=True)}"
        if appointment.interpreter:
            kind_status += " · " + QCoreApplication.translate("BookDelegate", "Tolk: {language}").format(
                language=appointment.interpreter)
        first = f"{appointment.starts:%H:%M}  {appointment.patient_name}"
        lines = [first, kind_status]
        extra = [t for t in (appointment.room_name, appointment.note) if t]
        if overlaps:
            extra.insert(0,
                         QCoreApplication.translate("BookDelegate", "+ {count} till (dubbelbokad)").format(
                             count=len(overlaps)))
        lines += extra
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        if lines_fit == 1:  # a short time: the status stays readable at the right, the name gives way
            tag = status_text(appointment, short=True) + (f" +{len(overlaps)}" if overlaps else "")
            painter.setFont(option.font)
            tag_width = min(painter.fontMetrics().horizontalAdvance(tag) + 6, rect.width() // 2)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             painter.fontMetrics().elidedText(tag, Qt.TextElideMode.ElideRight, tag_width))
            rect = rect.adjusted(0, 0, -tag_width, 0)
            lines = [first]
        y = rect.top()
        for n, line in enumerate(lines[:lines_fit]):
            painter.setFont(bold if n == 0 else option.font)
            metrics = painter.fontMetrics()
            painter.drawText(rect.left(), y, rect.width(), metrics_height,
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()))
            y += metrics_height


class BookTable(QTableView):
    """The grid. Typing does nothing here (letters are the page's shortcuts, never a type-ahead)."""

    def keyboardSearch(self, search: str) -> None:
        return

    def apply_spans(self, model: BookModel) -> None:
        self.clearSpans()
        for (row, column), span in model.spans.items():
            if span > 1:
                self.setSpan(row, column, span, 1)


def week_days(day: date, busy: set[date]) -> list[date]:
    """Monday to Friday of the day's week, and a weekend day when it has times or is the day chosen."""
    monday = day - timedelta(days=day.weekday())
    days = [monday + timedelta(days=n) for n in range(7)]
    return [d for d in days if d.weekday() < 5 or d in busy or d == day]
