"""The listings of the Listning page as a table model (no window needed to test it).

As the register's model: the row count comes from `count_listings` (once per filter or refresh),
rows are fetched lazily, a page of 200 at a time, as the view asks for them, and at most
`max_pages` pages are kept (least recently used dropped). The sort key of the last row of every
page read is remembered (a few bytes a page, kept after the page itself is dropped), so the page
after it is read by key: scrolling down a region-size list stays as quick at the end as at the top.

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

from klinik_app.services import listing_view as listing_service
from klinik_app.services.context import ServiceContext
from klinik_app.ui.domain_texts import domain_text
from klinik_app.ui.page_cache import PageCache
from klinik_app.services.listing_view import ListingFilter, ListingRow, SortKey

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 50

COLUMNS = (QT_TRANSLATE_NOOP("listing_model", "Personnummer"),
           QT_TRANSLATE_NOOP("listing_model", "Namn"),
           QT_TRANSLATE_NOOP("listing_model", "Typ"),
           QT_TRANSLATE_NOOP("listing_model", "Status"),
           QT_TRANSLATE_NOOP("listing_model", "Från"),
           QT_TRANSLATE_NOOP("listing_model", "Till"),
           QT_TRANSLATE_NOOP("listing_model", "Avslutsorsak"),
           QT_TRANSLATE_NOOP("listing_model", "Ansvarig tandläkare"),
           QT_TRANSLATE_NOOP("listing_model", "Kommun"))
(COL_PNR, COL_NAME, COL_TYPE, COL_STATUS, COL_START, COL_END, COL_REASON, COL_DENTIST,
 COL_MUNICIPALITY) = range(len(COLUMNS))

PROTECTED_MARK = QT_TRANSLATE_NOOP("listing_model", "Skyddad")
PROTECTED_TOOLTIP = (
    QT_TRANSLATE_NOOP("listing_model", "Skyddade personuppgifter (R-TG-4): kommunen visas inte, "
    "och inga uppgifter om patienten skickas till regionen.")
)
UNAVAILABLE = QT_TRANSLATE_NOOP("listing_model", "(kunde inte hämtas)")
NO_DENTIST_TEXT = QT_TRANSLATE_NOOP("listing_model", "Saknas (R-LI-6)")

_Index = QModelIndex | QPersistentModelIndex


class ListingTableModel(QAbstractTableModel):
    """Listings matching a ListingFilter; `listing_row(row)` gives the listing behind a row."""

    load_failed = Signal(object)  # an exception from a service while fetching rows (shown by the view)

    def __init__(
        self,
        ctx: ServiceContext,
        parent=None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
        services=listing_service,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._services = services  # the module (or a test's wrapper) with count_listings/listing_page
        self._page_size = page_size
        self._filter = ListingFilter()
        self._count = 0
        self._pages: PageCache[ListingRow] = PageCache(page_size, max_pages)
        self._last_keys: dict[int, SortKey] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        if load:
            self.refresh()

    # --- filter ---------------------------------------------------------------------------------
    @property
    def listing_filter(self) -> ListingFilter:
        return self._filter

    @property
    def total(self) -> int:
        """The filter's count as of the last refresh."""
        return self._count

    def set_filter(self, f: ListingFilter) -> None:
        """Show the listings of `f`. Service errors are raised to the caller (the filter stays)."""
        count = self._services.count_listings(self._ctx, f)
        self._reset(f, count)

    def refresh(self) -> None:
        """Count again and forget the cached pages (after a change, or to see others' changes)."""
        self.set_filter(self._filter)

    def _reset(self, f: ListingFilter, count: int) -> None:
        self.beginResetModel()
        self._filter = f
        self._count = count
        self._pages.clear()
        self._last_keys.clear()
        self.endResetModel()

    # --- rows -----------------------------------------------------------------------------------
    def listing_row(self, row: int) -> ListingRow | None:
        if row < 0 or row >= self._count:
            return None
        return self._pages.row(row, self._fetch, self._fetch_failed)

    def row_of_listing(self, listing_id: int) -> int:
        """The row of a listing among the pages held now, or -1."""
        for number, page in self._pages.items():
            for offset, r in enumerate(page):
                if r.listing_id == listing_id:
                    return number * self._page_size + offset
        return -1

    def cached_pages(self) -> list[int]:
        """The page numbers held now, least recently used first."""
        return self._pages.numbers()

    def _fetch(self, number: int) -> list[ListingRow]:
        page = self._services.listing_page(
            self._ctx, self._filter, number * self._page_size, self._page_size,
            count=self._count, after=self._last_keys.get(number - 1),
        )
        if page:  # the next page is read from this key: as quick at the end as at the top
            self._last_keys[number] = page[-1].sort_key
        return page

    def _fetch_failed(self, number: int, exc: Exception) -> None:
        log.error("fetching page %s of the listings failed", number, exc_info=exc)
        # Queued: the view shows a dialog, which must not happen inside a paint event.
        QTimer.singleShot(0, self, lambda e=exc: self.load_failed.emit(e))

    # --- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("listing_model", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in _ROLES:
            return None
        listing = self.listing_row(index.row())
        column = index.column()
        if listing is None:
            return (QCoreApplication.translate("listing_model", UNAVAILABLE) if role == Qt.ItemDataRole.DisplayRole
                    and column == COL_NAME else None)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _CELL[column](listing)
        if role == Qt.ItemDataRole.ToolTipRole:
            if listing.protected and column == COL_MUNICIPALITY:
                return QCoreApplication.translate("listing_model", PROTECTED_TOOLTIP)
            if column == COL_REASON and listing.end_reason_label:
                return listing.end_reason_label
            return None
        if role == Qt.ItemDataRole.FontRole:
            if listing.protected and column == COL_MUNICIPALITY:
                return self._italic
            if column == COL_DENTIST and not listing.responsible_dentist and listing.is_current:
                return self._italic
            return None
        if role == Qt.ItemDataRole.UserRole:
            return listing.listing_id
        return None


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.UserRole,
}


def _dentist(li: ListingRow) -> str:
    if li.responsible_dentist:
        return li.responsible_dentist
    return QCoreApplication.translate("listing_model", NO_DENTIST_TEXT) if li.is_current else ""


_CELL: dict[int, Callable[[ListingRow], str]] = {
    COL_PNR: lambda li: li.personnummer,
    COL_NAME: lambda li: f"{li.last_name}, {li.first_name}",
    COL_TYPE: lambda li: domain_text(li.listing_type_label),
    COL_STATUS: lambda li: domain_text(li.status_label),
    COL_START: lambda li: li.start_date.isoformat(),
    COL_END: lambda li: li.end_date.isoformat() if li.end_date else "",
    COL_REASON: lambda li: li.end_reason_label,
    COL_DENTIST: _dentist,
    # The service leaves a protected patient's municipality empty; say why instead.
    COL_MUNICIPALITY: lambda li: (QCoreApplication.translate("listing_model", PROTECTED_MARK) if li.protected
                                  else li.municipality),
}
