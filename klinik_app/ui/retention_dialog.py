"""Arkiv → Gallring av journaler… (R-SE-3): the head of clinic's yearly retention review.

The list of records past retention, each to tick; a note on the review; the word GALLRA typed as
confirmation; then a receipt. Nothing is removed unless all three are given.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from klinik_app.services import retention
from klinik_app.ui.errors import show_error
from klinik_app.ui.i18n import translated

CONFIRM_WORD = QT_TRANSLATE_NOOP("retention_dialog", "GALLRA")  # typed to confirm, in the window's language
COLUMNS = (QT_TRANSLATE_NOOP("retention_dialog", "Gallra"),
           QT_TRANSLATE_NOOP("retention_dialog", "Namn"),
           QT_TRANSLATE_NOOP("retention_dialog", "Personnummer"),
           QT_TRANSLATE_NOOP("retention_dialog", "Senaste anteckning"))


class RetentionDialog(QDialog):
    def __init__(self, parent, ctx) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gallring av journaler"))
        self.found = retention.records_past_retention(ctx)
        years = retention.record_years(ctx)
        intro = QLabel(
            self.tr("Journaler vars senaste anteckning är mer än {years} år gammal och som inte är listade. Bocka "
                    "i de journaler som ska tas bort. Åtkomstloggen sparas ändå.").format(years=years))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.found), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(translated("retention_dialog", COLUMNS))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, p in enumerate(self.found):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, tick)
            for col, text in enumerate(
                (p.name, f"{p.personnummer[:8]}-{p.personnummer[8:]}", f"{p.newest_entry:%Y-%m-%d}"), 1):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("t.ex. Årlig granskning, inga pågående ärenden"))
        self.confirm_word = QCoreApplication.translate("retention_dialog", CONFIRM_WORD)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.tr("Skriv {word}").format(word=self.confirm_word))
        form = QFormLayout()
        form.addRow(self.tr("&Kommentar:"), self.note)
        form.addRow(self.tr("Skriv {word} för att &bekräfta:").format(word=self.confirm_word), self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton(self.tr("&Gallra markerade"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table if self.found else QLabel(self.tr("Inga journaler har passerat lagringstiden.")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.note.textChanged, self.confirm.textChanged, self.table.itemChanged):
            signal.connect(self._update)
        self._update()
        self.resize(640, 420)
        self.layout().activate()  # size hints settled before the native window exists (see help_dialogs)

    def ticked(self) -> list[int]:
        return [p.patient_id for row, p in enumerate(self.found)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def _update(self, *_) -> None:
        self.remove_button.setEnabled(bool(self.ticked()) and bool(self.note.text().strip())
                                      and self.confirm.text().strip() == self.confirm_word)

    def remove(self) -> None:
        ids = self.ticked()
        try:
            removed = retention.confirm_removal(self.ctx, ids, self.note.text())
        except Exception as exc:
            show_error(self, exc, title=self.tr("Gallring av journaler"))
            return
        QMessageBox.information(self,
                                self.tr("Kvitto på gallring"),
                                self.tr("{removed} journaler har tagits bort {today:%Y-%m-%d}. Gallringen är "
                                        "registrerad med ditt namn och din kommentar, och varje borttagen journal "
                                        "finns kvar i åtkomstloggen.").format(removed=removed, today=self.ctx.today))
        self.accept()


def open_retention_review(window) -> RetentionDialog | None:
    try:
        dialog = RetentionDialog(window, window.ctx)
    except Exception as exc:
        show_error(window, exc, title=QCoreApplication.translate("retention_dialog", "Gallring av journaler"))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.retention_dialog = dialog
    return dialog
