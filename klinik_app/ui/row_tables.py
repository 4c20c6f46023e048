"""The look and keyboard behaviour shared by the row tables (register, listings, recalls)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def set_up_row_table(table: QTableView, *, multi_select: bool = False) -> None:
    """Whole rows, read-only, in the model's order, one line per row of one fixed height."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(False)  # the service's order
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as a receptionist expects
    table.verticalHeader().hide()
    # Uniform row heights: the view never asks the model for sizes of rows it does not show.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setAccessibleName(QCoreApplication.translate("row_tables", "Kolumnrubriker"))
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class RowTable(QTableView):
    """Typing in the table does nothing: Qt's type-ahead would read row after row of a region's data
    (or search a date column), which no receptionist wants."""

    def keyboardSearch(self, search: str) -> None:
        return


def current_row(table: QTableView) -> int:
    index = table.currentIndex()
    return index.row() if index.isValid() else -1


def select_row(table: QTableView, row: int) -> None:
    """Make `row` the current, only selected row, scrolled into view (nothing when out of range)."""
    model = table.model()
    if row < 0 or model is None or row >= model.rowCount():
        return
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
