"""The recall worklist ("Kallelser") as a table model (no window needed to test it).

A clinic's worklist for a period is a few hundred rows at most, read whole by the view through
`services.recall.worklist` and handed to `set_worklist`; the service has already sorted it by the
date the recall falls due, then personnummer. The model only formats: no service calls here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from klinik_app.domain.listing import LISTING_TYPE_LABELS
from klinik_app.services.recall import PAUSED_LABEL, STATUS_LABELS, SUMMONED, Worklist, WorkItem
from klinik_app.services.recall_list import REASON_LABELS
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.errors import shown_text

COLUMNS = (QT_TRANSLATE_NOOP("recall_model", "Revision senast"), QT_TRANSLATE_NOOP("recall_model", "Dagar sen"),
           QT_TRANSLATE_NOOP("recall_model", "Namn"), QT_TRANSLATE_NOOP("recall_model", "Personnummer"),
           QT_TRANSLATE_NOOP("recall_model", "Tandläkare"), QT_TRANSLATE_NOOP("recall_model", "Regel"),
           QT_TRANSLATE_NOOP("recall_model", "Status"), QT_TRANSLATE_NOOP("recall_model", "Ansvarig tandläkare"),
           QT_TRANSLATE_NOOP("recall_model", "Listning"), QT_TRANSLATE_NOOP("recall_model", "Kommun"))
(COL_DUE, COL_OVERDUE, COL_NAME, COL_PNR, COL_DENTIST_NEEDED, COL_RULE, COL_STATUS, COL_DENTIST, COL_LISTING,
 COL_MUNICIPALITY) = range(len(COLUMNS))

HEADER_TOOLTIPS = {
    COL_DUE: QT_TRANSLATE_NOOP("recall_model", "Datum då revisionen senast ska göras. Har personalen satt ett eget "
                               "datum står det beräknade inom parentes."),
    COL_OVERDUE: QT_TRANSLATE_NOOP("recall_model", "Dagar sedan det beräknade datumet passerades. Försenade "
                                   "revisioner kan kosta kliniken ersättning."),
    COL_DENTIST_NEEDED: QT_TRANSLATE_NOOP("recall_model", "Ja när undersökningen måste göras av tandläkare "
                                          "(R-RV-3, R-RV-4, R-RV-6)."),
    COL_RULE: QT_TRANSLATE_NOOP("recall_model", "Regeln som bestämmer datumet. Hela förklaringen står under "
                                "tabellen."),
}

PROTECTED_MARK = QT_TRANSLATE_NOOP("recall_model", "Skyddad")
PROTECTED_TOOLTIP = QT_TRANSLATE_NOOP("recall_model", "Skyddade personuppgifter (R-TG-4): kommunen visas inte, och "
                                      "kallelsen skrivs inte ut med adress utan hanteras manuellt.")
NO_DENTIST_TEXT = QT_TRANSLATE_NOOP("recall_model", "Saknas (R-LI-6)")
REMINDER_DUE_TEXT = QT_TRANSLATE_NOOP("recall_model", "Påminnelse ska skickas.")
REMINDERS_EXHAUSTED_TEXT = QT_TRANSLATE_NOOP("recall_model", "Alla påminnelser skickade: ring eller markera "
                                             "Ej nåbar.")

_Index = QModelIndex | QPersistentModelIndex


def due_text(item: WorkItem) -> str:
    """The effective date; staff's own date shows the computed one beside it."""
    if item.override_due is not None and item.override_due != item.due:
        return QCoreApplication.translate("recall_model", "{date} (beräknat {computed})").format(
            date=item.effective_due.isoformat(), computed=item.due.isoformat())
    return item.effective_due.isoformat()


def status_text(item: WorkItem, today: date) -> str:
    """The contact status in the window's language: what services.recall's RecallState.label says in Swedish."""
    if item.paused(today):
        return QCoreApplication.translate("recall_model", "{paused} till {date}").format(
            paused=domain_text(PAUSED_LABEL), date=item.disabled_until.isoformat())
    text = domain_text(STATUS_LABELS.get(item.status, item.status))
    if item.status != SUMMONED or not item.summons_count:
        return text
    if item.summons_count == 1:
        text = QCoreApplication.translate("recall_model", "{status} 1 gång").format(status=text)
    else:
        text = QCoreApplication.translate("recall_model", "{status} {count} gånger").format(
            status=text, count=item.summons_count)
    if item.last_summons_on:
        text = QCoreApplication.translate("recall_model", "{status}, senast {date}").format(
            status=text, date=item.last_summons_on.isoformat())
    return text


def reminder_hint(item: WorkItem) -> str:
    if item.reminders_exhausted:
        return QCoreApplication.translate("recall_model", REMINDERS_EXHAUSTED_TEXT)
    if item.reminder_due:
        return QCoreApplication.translate("recall_model", REMINDER_DUE_TEXT)
    return ""


def details(item: WorkItem, today: date) -> str:
    """The row in words: the binding rule, then what staff decided and what to do next."""
    parts = [shown_text(item.explanation)]
    if item.override_due is not None:
        text = (QCoreApplication.translate("recall_model", "Eget datum {date} (beräknat {computed}): {note}.")
                if item.note
                else QCoreApplication.translate("recall_model", "Eget datum {date} (beräknat {computed})."))
        parts.append(text.format(date=item.override_due.isoformat(), computed=item.due.isoformat(), note=item.note))
    if item.paused(today):
        text = (QCoreApplication.translate("recall_model", "Pausad till {date}: {note}.")
                if item.note and item.override_due is None
                else QCoreApplication.translate("recall_model", "Pausad till {date}."))
        parts.append(text.format(date=item.disabled_until.isoformat(), note=item.note))
    hint = reminder_hint(item)
    if hint:
        parts.append(hint)
    if item.protected:
        parts.append(QCoreApplication.translate("recall_model", "Skyddad identitet: kallas manuellt, utan tryckt "
                                                "adress (R-TG-4)."))
    return " ".join(parts)


def _dentist(item: WorkItem) -> str:
    return item.dentist_name or item.dentist_hsa_id or QCoreApplication.translate("recall_model", NO_DENTIST_TEXT)


class RecallTableModel(QAbstractTableModel):
    """The rows of a Worklist; `item(row)` gives the WorkItem behind a row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._worklist: Worklist | None = None
        self._items: list[WorkItem] = []
        self._today: date | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._warning = None  # the style's warning icon, made when first painted

    # --- data -----------------------------------------------------------------------------------
    @property
    def worklist(self) -> Worklist | None:
        return self._worklist

    @property
    def items(self) -> list[WorkItem]:
        return self._items

    @property
    def overdue(self) -> int:
        return self._worklist.overdue if self._worklist is not None else 0

    def set_worklist(self, worklist: Worklist | None) -> None:
        self.beginResetModel()
        self._worklist = worklist
        self._items = list(worklist.items) if worklist is not None else []
        self._today = worklist.today if worklist is not None else None
        self.endResetModel()

    def item(self, row: int) -> WorkItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, patient_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.patient_id == patient_id), -1)

    def text(self, row: int, column: int) -> str:
        item = self.item(row)
        return _cell(item, column, self._today) if item is not None else ""

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("recall_model", COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in HEADER_TOOLTIPS:
            return QCoreApplication.translate("recall_model", HEADER_TOOLTIPS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(item, column, self._today)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = _cell(item, column, self._today)
            if column == COL_DUE and item.overdue_days:
                text += self.tr(", försenad")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.protected and column == COL_MUNICIPALITY:
                return QCoreApplication.translate("recall_model", PROTECTED_TOOLTIP)
            return details(item, self._today)
        if role == Qt.ItemDataRole.FontRole:
            if item.overdue_days and column in (COL_DUE, COL_OVERDUE):
                return self._bold  # overdue: bold and the warning icon, never a colour of our own
            if column == COL_MUNICIPALITY and item.protected:
                return self._italic
            if column == COL_DENTIST and not item.dentist_hsa_id:
                return self._italic
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == COL_DUE and item.overdue_days:
                return self._warning_icon()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_OVERDUE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.UserRole:
            return item.patient_id
        return None

    def _warning_icon(self):
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning


def _cell(item: WorkItem, column: int, today: date | None) -> str:
    if column == COL_DUE:
        return due_text(item)
    if column == COL_OVERDUE:
        return str(item.overdue_days) if item.overdue_days else ""
    if column == COL_NAME:
        return item.name
    if column == COL_PNR:
        return item.personnummer
    if column == COL_DENTIST_NEEDED:
        return QCoreApplication.translate("recall_model", "ja") if item.requires_dentist else "–"
    if column == COL_RULE:
        return domain_text(REASON_LABELS.get(item.reason, item.reason))
    if column == COL_STATUS:
        return status_text(item, today) if today is not None else item.status
    if column == COL_DENTIST:
        return _dentist(item)
    if column == COL_LISTING:
        return domain_text(LISTING_TYPE_LABELS.get(item.listing_type, item.listing_type))
    if column == COL_MUNICIPALITY:
        return QCoreApplication.translate("recall_model", PROTECTED_MARK) if item.protected else item.municipality
    return ""
