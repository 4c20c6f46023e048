"""Help menu dialogs: the shortcut sheet (F1) and "Om Klinik". Both open without blocking."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
import sqlalchemy
from PySide6.QtCore import Qt, qVersion
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
    ("Ctrl+F", "Gå till sökfältet (sök på personnummer, namn eller telefon)"),
    ("Pil ned", "Från sökfältet till patientlistan"),
    ("Pil upp", "Från listans första rad tillbaka till sökfältet"),
    ("Enter eller dubbelklick", "Öppna den valda patientens patientkort"),
    ("Esc", "Från patientkortet tillbaka till listan (sökningen finns kvar)"),
    ("Esc i sökfältet", "Töm sökfältet och visa hela registret"),
    ("Tab / Skift+Tab", "Nästa / föregående fält"),
    ("Alt + understruken bokstav", "Menyer, knappar och fält med understruken bokstav"),
    ("Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4", "Patientregistret / Listning / Kallelser / Avvikelser"),
    ("Ctrl+5 / Ctrl+6 / Ctrl+7 / Ctrl+8", "Tidbok / Att göra / Akut / Uppföljning"),
    ("Ctrl+9 / Ctrl+0", "Planering / Remisser"),
    ("I tidboken", "Insert ny tid · Enter öppna · G genomförd · U uteblev · B bekräfta · T behandlingar · "
                   "Delete avboka · PgUp/PgDn dag · Ctrl+T i dag"),
    ("Ctrl+N i Avvikelser", "Rapportera en avvikelse (Enter skickar; du får ett kvitto med numret)"),
    ("Ctrl+A i Kallelser", "Markera alla patienter i kallelselistan"),
    ("Ctrl+P i Kallelser", "Skriv kallelser för de markerade patienterna (en PDF, ett brev per hushåll)"),
    ("Skift+F10 i Kallelser", "Åtgärder för de markerade: bokad, avböjt, ej nåbar, pausa, eget datum …"),
    ("Ctrl+L", "Lista den öppna patienten (samtycke, R-LI-1)"),
    ("Ctrl+E", "Registrera undersökning för den öppna patienten (Enter sparar, Esc avbryter)"),
    ("Ctrl+J", "Journalkopia för den öppna patienten, med samtycke (R-SE-4)"),
    ("F5", "Synka med regionen nu (väntande ändringar skickas, regionens ändringar hämtas)"),
    ("Ctrl+Skift+L", "Loggkontroll: åtkomstloggen per patient, användare och period"),
    ("Ctrl+Alt+L", "Lås skärmen (lås upp med ditt lösenord)"),
    ("F1", "Visa de här kortkommandona"),
    ("Ctrl+Q", "Avsluta Klinik"),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Kortkommandon")
        self.setAccessibleName("Kortkommandon")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel("Allt i Klinik går att göra med tangentbordet:")
        table = QTableWidget(len(SHORTCUTS), 2, self, objectName="shortcut_table")
        table.setAccessibleName("Kortkommandon")
        table.setHorizontalHeaderLabels(["Tangent", "Gör"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        for row, (keys, action) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.horizontalHeader().setAccessibleName("Kolumnrubriker")
        row_height = self.fontMetrics().height() + 10
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(row_height)
        # Every shortcut visible at once: no scrolling in a cheat sheet.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * table.frameWidth()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + row_height * len(SHORTCUTS) + frame)
        keys_width = max(self.fontMetrics().horizontalAdvance(k) for k, _ in SHORTCUTS)
        action_width = max(self.fontMetrics().horizontalAdvance(a) for _, a in SHORTCUTS)
        table.setMinimumWidth(keys_width + action_width + 8 * self.fontMetrics().horizontalAdvance("M") + frame)
        self.table = table

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText("&Stäng")
        close.setAccessibleName("Stäng")
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
        ("Regelverk", rule_set),
    ]


def about_text(database: str, rule_set: str, logs: Path) -> str:
    lines = "\n".join(f"{name}: {version}" for name, version in versions(rule_set))
    return (
        f"Klinik {__version__}\n\n"
        "Patientregister, listning och revisioner för tandkliniker i Hälsoval tandvård "
        "(barn och unga vuxna 3–23 år).\n\n"
        f"{lines}\n\n"
        f"Databas: {database}\n"
        f"Loggar och felrapporter: {logs}\n\n"
        "Inga uppgifter lämnar datorn utom det som skickas till regionens listningssystem."
    )


def database_location(ctx: ServiceContext) -> str:
    """The SQLite file as a plain path; a server's address without its password."""
    url = ctx.engine.url.render_as_string(hide_password=True)
    path = sqlite_file(url)
    return str(path) if path is not None else url


class AboutDialog(QDialog):
    """"Om Klinik": versions, purpose, the database and the log folder (selectable, for support calls)."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.setWindowTitle("Om Klinik")
        self.setAccessibleName("Om Klinik")
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
        close.setText("&Stäng")
        close.setAccessibleName("Stäng")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.layout().activate()
