"""The patient register as a table model (no window needed to test it).

Register mode (no search text): one row per patient in name order. The row count comes from
`count_patients` (once per refresh) and the rows are fetched lazily, a page of 200 at a time, as
the view asks for them; at most `max_pages` pages are kept (least recently used dropped), so a
region-size register opens at once and stays small in memory.

Search mode: the rows of `search_patients` (at most 200; `more` says there were more hits).

The model calls services only: no SQL here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from klinik_app.services import patients as patient_service
from klinik_app.services.context import ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.page_cache import PageCache
from klinik_app.services.patients import PatientRow, SearchResult

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 50

COLUMNS = (QT_TRANSLATE_NOOP("patient_table_model", "Personnummer"),
           QT_TRANSLATE_NOOP("patient_table_model", "Efternamn"),
           QT_TRANSLATE_NOOP("patient_table_model", "Förnamn"),
           QT_TRANSLATE_NOOP("patient_table_model", "Ålder"),
           QT_TRANSLATE_NOOP("patient_table_model", "Kommun"),
           QT_TRANSLATE_NOOP("patient_table_model", "Telefon"),
           QT_TRANSLATE_NOOP("patient_table_model", "Listning"))
(COL_PNR, COL_LAST, COL_FIRST, COL_AGE, COL_MUNICIPALITY, COL_PHONE, COL_LISTING) = range(len(COLUMNS))

PROTECTED_MARK = QT_TRANSLATE_NOOP("patient_table_model", "Skyddad")
PROTECTED_TOOLTIP = (
    QT_TRANSLATE_NOOP("patient_table_model", "Skyddade personuppgifter (R-TG-4): adress och telefon visas inte, "
    "och inga uppgifter om patienten skickas till regionen.")
)
UNAVAILABLE = QT_TRANSLATE_NOOP("patient_table_model", "(kunde inte hämtas)")
NOT_LISTED = QT_TRANSLATE_NOOP("patient_table_model", "Ej listad")

_Index = QModelIndex | QPersistentModelIndex


class PatientTableModel(QAbstractTableModel):
    """Register or search hits; `patient_id(row)` gives the patient behind a row."""

    load_failed = Signal(object)  # an exception from a service while fetching rows (shown by the view)

    def __init__(
        self,
        ctx: ServiceContext,
        parent=None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        services=patient_service,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._services = services  # the module (or a test's wrapper) with count/page/search
        self._page_size = page_size
        self._search_text = ""
        self._search: SearchResult | None = None  # None: register mode
        self._count = 0
        self._pages: PageCache[PatientRow] = PageCache(page_size, max_pages)
        self._italic = QFont()
        self._italic.setItalic(True)
        self.refresh()

    # --- modes ----------------------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._search_text

    @property
    def in_search_mode(self) -> bool:
        return self._search is not None

    @property
    def more(self) -> bool:
        """The search had more hits than are shown."""
        return bool(self._search and self._search.more)

    @property
    def total_patients(self) -> int:
        """The register's patient count as of the last refresh in register mode."""
        return self._count

    def set_search(self, text: str) -> None:
        """Search (blank text: back to the whole register). Service errors are raised to the caller."""
        if not text.strip():
            if self._search is not None or self._search_text:
                self._search_text = ""
                self.refresh()
            return
        result = self._services.search_patients(self._ctx, text)
        self.beginResetModel()
        self._search_text = text
        self._search = result
        self.endResetModel()

    def refresh(self) -> None:
        """Register mode from scratch: count again and forget the cached pages."""
        count = self._services.count_patients(self._ctx)
        self.beginResetModel()
        self._search = None
        self._count = count
        self._pages.clear()
        self.endResetModel()

    # --- rows -----------------------------------------------------------------------------------
    def patient_row(self, row: int) -> PatientRow | None:
        if row < 0 or row >= self.rowCount():
            return None
        if self._search is not None:
            return self._search.rows[row]
        return self._pages.row(row, self._fetch, self._fetch_failed)

    def patient_id(self, row: int) -> int | None:
        patient = self.patient_row(row)
        return patient.id if patient else None

    def cached_pages(self) -> list[int]:
        """The page numbers held now, least recently used first."""
        return self._pages.numbers()

    def _fetch(self, number: int) -> list[PatientRow]:
        return self._services.patient_page(self._ctx, number * self._page_size, self._page_size)

    def _fetch_failed(self, number: int, exc: Exception) -> None:
        log.error("fetching page %s of the register failed", number, exc_info=exc)
        # Queued: the view shows a dialog, which must not happen inside a paint event.
        QTimer.singleShot(0, self, lambda e=exc: self.load_failed.emit(e))

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._search.rows) if self._search is not None else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("patient_table_model", COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        patient = self.patient_row(index.row())
        column = index.column()
        if patient is None:
            return (QCoreApplication.translate("patient_table_model", UNAVAILABLE)
                    if role == Qt.ItemDataRole.DisplayRole and column == COL_LAST else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _CELL[column](patient)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("patient_table_model", PROTECTED_TOOLTIP) if patient.protected else None
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if patient.protected and column in (COL_MUNICIPALITY, COL_PHONE) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return patient.id
        return None


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.UserRole,
}

_CELL: dict[int, Callable[[PatientRow], str]] = {
    COL_PNR: lambda p: p.personnummer,
    COL_LAST: lambda p: p.last_name,
    COL_FIRST: lambda p: p.first_name,
    COL_AGE: lambda p: str(p.age),
    # The service leaves a protected patient's municipality empty; say why instead.
    COL_MUNICIPALITY: lambda p: (QCoreApplication.translate("patient_table_model", PROTECTED_MARK) if p.protected
                                 else p.municipality),
    COL_PHONE: lambda p: p.phone,
    COL_LISTING: lambda p: (domain_text(p.listing) if p.listing
                            else QCoreApplication.translate("patient_table_model", NOT_LISTED)),
}
