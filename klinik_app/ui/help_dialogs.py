"""Help menu dialogs: the shortcut sheet (F1) and "Om Klinik". Both open without blocking."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
import sqlalchemy
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klinik_app import __version__
from klinik_app.config import log_dir
from klinik_app.services.backup import sqlite_file
from klinik_app.services.context import ServiceContext

SHORTCUTS: list[tuple[str, str]] = [
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+F"),
     QT_TRANSLATE_NOOP("help_dialogs", "Gå till sökfältet (sök på personnummer, namn eller telefon)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Pil ned"),
     QT_TRANSLATE_NOOP("help_dialogs", "Från sökfältet till patientlistan")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Pil upp"),
     QT_TRANSLATE_NOOP("help_dialogs", "Från listans första rad tillbaka till sökfältet")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Enter eller dubbelklick"),
     QT_TRANSLATE_NOOP("help_dialogs", "Öppna den valda patientens patientkort")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Esc"),
     QT_TRANSLATE_NOOP("help_dialogs", "Från patientkortet tillbaka till listan (sökningen finns kvar)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Esc i sökfältet"),
     QT_TRANSLATE_NOOP("help_dialogs", "Töm sökfältet och visa hela registret")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Tab / Skift+Tab"),
     QT_TRANSLATE_NOOP("help_dialogs", "Nästa / föregående fält")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Alt + understruken bokstav"),
     QT_TRANSLATE_NOOP("help_dialogs", "Menyer, knappar och fält med understruken bokstav")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4"),
     QT_TRANSLATE_NOOP("help_dialogs", "Patientregistret / Listning / Kallelser / Avvikelser")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8"),
     QT_TRANSLATE_NOOP("help_dialogs", "Tidbok / Att göra / Akut / Uppföljning")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+9 / Ctrl+0"), QT_TRANSLATE_NOOP("help_dialogs", "Planering / Remisser")),
    (QT_TRANSLATE_NOOP("help_dialogs", "I tidboken"),
     QT_TRANSLATE_NOOP("help_dialogs",
                       "Insert eller Ctrl+N ny tid · Enter öppna · G genomförd · U uteblev · B bekräfta · T "
                       "behandlingar · Delete avboka · PgUp/PgDn dag · Ctrl+T i dag")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+N i Avvikelser"),
     QT_TRANSLATE_NOOP("help_dialogs", "Rapportera en avvikelse (Enter skickar; du får ett kvitto med numret)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+A i Kallelser"),
     QT_TRANSLATE_NOOP("help_dialogs", "Markera alla patienter i kallelselistan")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+P i Kallelser"),
     QT_TRANSLATE_NOOP("help_dialogs",
                       "Skriv kallelser för de markerade patienterna (en PDF, ett brev per hushåll)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+N i Kallelser"),
     QT_TRANSLATE_NOOP("help_dialogs", "Boka tid för den markerade patienten (kallelsen blir bokad)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Skift+F10 i Kallelser"),
     QT_TRANSLATE_NOOP("help_dialogs",
                       "Åtgärder för de markerade: bokad, avböjt, ej nåbar, pausa, eget datum …")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+L"),
     QT_TRANSLATE_NOOP("help_dialogs", "Lista den öppna patienten (samtycke, R-LI-1)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+E"),
     QT_TRANSLATE_NOOP("help_dialogs",
                       "Registrera undersökning för den öppna patienten (Enter sparar, Esc avbryter)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+J"),
     QT_TRANSLATE_NOOP("help_dialogs", "Journalkopia för den öppna patienten, med samtycke (R-SE-4)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "F5"),
     QT_TRANSLATE_NOOP("help_dialogs",
                       "Synka med regionen nu (väntande ändringar skickas, regionens ändringar hämtas)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+Skift+L"),
     QT_TRANSLATE_NOOP("help_dialogs", "Loggkontroll: åtkomstloggen per patient, användare och period")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+Alt+L"),
     QT_TRANSLATE_NOOP("help_dialogs", "Lås skärmen (lås upp med ditt lösenord)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "F1"), QT_TRANSLATE_NOOP("help_dialogs", "Visa de här kortkommandona")),
    (QT_TRANSLATE_NOOP("help_dialogs", "?"),
     QT_TRANSLATE_NOOP("help_dialogs", "Visa de här kortkommandona (utom när du skriver i ett textfält)")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+,"),
     QT_TRANSLATE_NOOP("help_dialogs", "Inställningar: hur Klinik är inställt för kliniken")),
    (QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+Q"), QT_TRANSLATE_NOOP("help_dialogs", "Avsluta Klinik")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kortkommandon"))
        self.setAccessibleName(self.tr("Kortkommandon"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(self.tr("Allt i Klinik går att göra med tangentbordet:"))
        shortcuts = [(QCoreApplication.translate("help_dialogs", keys),
                      QCoreApplication.translate("help_dialogs", action)) for keys, action in SHORTCUTS]
        table = QTableWidget(len(shortcuts), 2, self, objectName="shortcut_table")
        table.setAccessibleName(self.tr("Kortkommandon"))
        table.setHorizontalHeaderLabels([self.tr("Tangent"), self.tr("Gör")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.horizontalHeader().setAccessibleName(self.tr("Kolumnrubriker"))
        row_height = self.fontMetrics().height() + 10
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
        # Every shortcut visible at once: no scrolling in a cheat sheet.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * table.frameWidth()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + row_height * len(shortcuts) + frame)
        keys_width = max(self.fontMetrics().horizontalAdvance(k) for k, _ in shortcuts)
        action_width = max(self.fontMetrics().horizontalAdvance(a) for _, a in shortcuts)
        table.setMinimumWidth(keys_width + action_width + 8 * self.fontMetrics().horizontalAdvance("M") + frame)
        self.table = table

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table)
        layout.addWidget(buttons)
        # Settle the size hints before the native window exists: some platform plugins (the
        # offscreen one used by the tests) warn when they change on a window already shown.
        self.layout().activate()


def versions(rule_set: str) -> list[tuple[str, str]]:
    """What a support call asks for after Klinik's own version: the components and the rule set in use."""
    return [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", sqlalchemy.__version__),
        (QCoreApplication.translate("help_dialogs", "Regelverk"), rule_set),
    ]


def about_text(database: str, rule_set: str, logs: Path) -> str:
    lines = "\n".join(f"{name}: {version}" for name, version in versions(rule_set))
    return (QCoreApplication.translate("help_dialogs",
                                       "Klinik {version}\n\nPatientregister, listning och revisioner för tandkliniker "
                                       "i Hälsoval tandvård (barn och unga vuxna 3–23 år).\n\n{lines}\n\nDatabas: "
                                       "{database}\nLoggar och felrapporter: {logs}\n\nInga uppgifter lämnar datorn "
                                       "utom det som skickas till regionens listningssystem.").format(
                version=__version__, lines=lines, database=database, logs=logs))


def database_location(ctx: ServiceContext) -> str:
    """The SQLite file as a plain path; a server's address without its password."""
    url = ctx.engine.url.render_as_string(hide_password=True)
    path = sqlite_file(url)
    return str(path) if path is not None else url


class AboutDialog(QDialog):
    """"Om Klinik": versions, purpose, the database and the log folder (selectable, for support calls)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Om Klinik"))
        self.setAccessibleName(self.tr("Om Klinik"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = about_text(database_location(ctx), ctx.rules.label, log_dir())
        self.text_label = QLabel(text, objectName="about_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text_label.setAccessibleName(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAccessibleName(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.layout().activate()
