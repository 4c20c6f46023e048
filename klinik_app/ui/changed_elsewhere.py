"""The "changed on another workstation" dialog (issue 10): both versions side by side, and a choice.

A service refuses a save over a change this window has not seen (services.concurrency). The user
sees what they meant to save beside what is stored now, by whom and when, and chooses: keep the
saved version (their change is dropped and the view reloads) or save theirs anyway (a deliberate
overwrite with the version now stored, recorded as any change). Esc cancels: nothing is saved and
the input stays in the form. Every dialog that edits a row saves through `save_with_conflict_check`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app.domain.messages import Text
from klinik_app.services.concurrency import ChangedElsewhere, local_time
from klinik_app.ui.errors import shown_text, translated_text

TITLE = QT_TRANSLATE_NOOP("changed_elsewhere", "Ändrat på en annan arbetsstation")
KEEP_TEXT = QT_TRANSLATE_NOOP("changed_elsewhere", "&Behåll det sparade")
OVERWRITE_TEXT = QT_TRANSLATE_NOOP("changed_elsewhere", "Spara &mitt ändå")
MINE_HEAD = QT_TRANSLATE_NOOP("changed_elsewhere", "Ditt värde")
DIFFERS = QT_TRANSLATE_NOOP("changed_elsewhere", "skiljer sig")
SAVED, KEPT, CANCELLED = "saved", "kept", "cancelled"  # outcomes of save_with_conflict_check
KEPT_TEXT = QT_TRANSLATE_NOOP("changed_elsewhere",
                              "Din ändring sparades inte: det som sparats på den andra arbetsstationen gäller.")


def saved_head(conflict: ChangedElsewhere) -> str:
    """"Sparat nu", by whom and when, one per line (the column stays narrow)."""
    by = QCoreApplication.translate("changed_elsewhere", "av {by}").format(by=conflict.by) if conflict.by else ""
    who = f"\n{by}" if by else ""
    when = f"\n{local_time(conflict.at)}" if conflict.at else ""
    return QCoreApplication.translate("changed_elsewhere", "Sparat nu{who}{when}").format(who=who, when=when)


class ChangedElsewhereDialog(QDialog):
    """Both versions and the choice; `choice` is KEPT or SAVED (to overwrite) after accept."""

    def __init__(self, conflict: ChangedElsewhere, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.setWindowTitle(QCoreApplication.translate("changed_elsewhere", TITLE))
        self.setAccessibleName(QCoreApplication.translate("changed_elsewhere", TITLE))
        self.setObjectName("changed_elsewhere_dialog")
        intro = QLabel(
            self.tr("{what} har ändrats på en annan arbetsstation sedan du öppnade uppgifterna. Ingenting av din "
                    "ändring har sparats än. Jämför och välj vilken version som ska gälla.").format(
                what=shown_text(conflict.what)),
            objectName="intro_label")
        intro.setWordWrap(True)
        intro.setAccessibleName(intro.text())
        self.table = self._table(conflict)
        self.buttons = QDialogButtonBox()
        self.keep_button = self._button(QCoreApplication.translate("changed_elsewhere", KEEP_TEXT),
                                        "keep_button",
                                        self.tr("Din ändring sparas inte; det sparade visas."))
        self.overwrite_button = self._button(QCoreApplication.translate("changed_elsewhere", OVERWRITE_TEXT),
                                             "overwrite_button",
                                             self.tr("Ersätter det som sparades på den andra arbetsstationen."))
        self.overwrite_button.setEnabled(conflict.current_version is not None)  # a version to name in the retry
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt (Esc): inget sparas, det du skrev finns kvar"))
        self.keep_button.setDefault(True)  # Enter never overwrites a colleague's work by mistake
        self.keep_button.clicked.connect(lambda: self._choose(KEPT))
        self.overwrite_button.clicked.connect(lambda: self._choose(SAVED))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        from klinik_app.ui.listing_dialogs import settle  # here: listing_dialogs saves through this module

        settle(self, 72)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, object_name: str, tip: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(object_name)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        return button

    def _table(self, conflict: ChangedElsewhere) -> QTableWidget:
        # The labels and the fixed values ("(tomt)", "Ja", a status: `Text`s) in the window's language; the
        # user's data as it is.
        rows = [(field_label(label), _value(mine), _value(saved), differs)
                for label, mine, saved, differs in conflict.rows()]
        table = QTableWidget(len(rows), 2, objectName="versions_table")
        table.setAccessibleName(self.tr("Din version och den sparade"))
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("changed_elsewhere", MINE_HEAD), saved_head(conflict)])
        table.setVerticalHeaderLabels([f"{label} ({QCoreApplication.translate('changed_elsewhere', DIFFERS)})"
                                       if differs else label for label, _mine, _saved, differs in rows])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        for r, (label, mine, saved, differs) in enumerate(rows):
            for c, text in enumerate((mine, saved)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if differs:  # marked by weight and words, never a colour of our own (themes, colour blindness)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                table.setItem(r, c, cell)
            header = table.verticalHeaderItem(r)
            header.setToolTip(
                self.tr("{field}: värdena {differ}").format(
                    field=label, differ=QCoreApplication.translate("changed_elsewhere", DIFFERS)) if differs else label)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))  # every row visible, no scrolling
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows_height + 2 * table.frameWidth())
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def differing_labels(self) -> list[str]:
        """The Swedish labels of the fields whose values differ (as the service names them)."""
        return [label for label, _mine, _saved, differs in self.conflict.rows() if differs]


def field_label(label: str) -> str:
    """A field's label (marked in its service in this dialog's context, so that "Genomförd" of an action plan
    is not taken for an appointment's status elsewhere) in the window's language."""
    shown = QCoreApplication.translate("changed_elsewhere", label)
    return shown if shown != label else shown_text(label)  # a label of the domain's (Beställare)


def _value(value: str) -> str:
    """A value as the dialog shows it: a fixed value or a label (a `Text`: "(tomt)", a status, a role)
    translated, first as the domain's label (an appointment's "Genomförd"), the user's data as it is."""
    return translated_text(value.template, value.params, "domain") if isinstance(value, Text) else value


def ask(conflict: ChangedElsewhere, parent: QWidget | None) -> str:
    """Show the dialog (modal) and return KEPT, SAVED (overwrite) or CANCELLED."""
    dialog = ChangedElsewhereDialog(conflict, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.choice if accepted and dialog.choice else CANCELLED
    finally:
        dialog.deleteLater()


def save_with_conflict_check(parent: QWidget | None, attempt: Callable[[dict], Any], versions: dict) -> str:
    """Run `attempt(versions)` (versions: row key -> the row_version the window showed).

    On ChangedElsewhere the user chooses; "Spara mitt ändå" retries with the version now stored
    (again, should yet another save come first). Returns SAVED, KEPT or CANCELLED; any other
    refusal is raised for the caller to show as usual.
    """
    versions = dict(versions)
    while True:
        try:
            attempt(versions)
            return SAVED
        except ChangedElsewhere as conflict:
            choice = ask(conflict, parent)
            if choice != SAVED:
                return choice
            versions[conflict.key] = conflict.current_version
