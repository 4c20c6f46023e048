"""Arkiv → Exportera klinikarkiv…, Importera klinikarkiv… and Gallring av journaler… (issue 13).

Export and import run as background tasks with a progress dialog (ui/tasks.py), so the window
stays responsive. An archive is only ever loaded into a new database file: the import asks for the
archive's folder and a new file, never touches the open database, and says how to open the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from klinik_app.domain.permissions import ARCHIVE_EXPORT, ARCHIVE_IMPORT, RETENTION_REVIEW
from klinik_app.services import archive_export, archive_import, retention
from klinik_app.services.permissions import may
from klinik_app.ui.errors import show_error
from klinik_app.ui.tasks import BackgroundTask

TITLE = "Klinikarkiv"


def export_archive(window) -> BackgroundTask | None:
    parent = QFileDialog.getExistingDirectory(window, "Välj var klinikarkivet ska sparas", str(Path.home()))
    if not parent:
        return None
    folder = Path(parent) / f"klinikarkiv-{window.ctx.today:%Y-%m-%d}"
    ctx = window.ctx

    def done(result) -> None:
        QMessageBox.information(window, TITLE, result.summary() + " Förvara arkivet lika säkert som journalerna.")

    task = BackgroundTask(window, lambda progress, cancelled: archive_export.export_archive(ctx, folder, progress),
                          done, lambda exc: show_error(window, exc, title=TITLE))
    task.with_progress("Exporterar klinikarkivet …", cancellable=False).run()
    return task


def import_archive(window) -> BackgroundTask | None:
    folder = QFileDialog.getExistingDirectory(window, "Välj klinikarkivets mapp (den med manifest.json)",
                                              str(Path.home()))
    if not folder:
        return None
    target, _ = QFileDialog.getSaveFileName(
        window, "Ny databasfil för klinikarkivet", str(Path.home() / "klinik-fran-arkiv.sqlite"),
        "Klinikdatabas (*.sqlite)")
    if not target:
        return None
    if Path(target).exists():
        QMessageBox.warning(window, TITLE, f"{target} finns redan. Ett klinikarkiv läses bara in i en ny databasfil; "
                                           "välj ett namn som inte används.")
        return None
    ctx = window.ctx

    def done(result) -> None:
        QMessageBox.information(window, TITLE, f"{result.summary()} Den nya databasen är {target}. Öppna den genom "
                                               f"att starta Klinik med: klinik --db \"{target}\"")

    task = BackgroundTask(window, lambda progress, cancelled: archive_import.import_archive(
        ctx, folder, progress, into=target), done, lambda exc: show_error(window, exc, title=TITLE))
    task.with_progress("Läser in klinikarkivet …", cancellable=False).run()
    return task


def add_archive_actions(window) -> None:
    """The main window's hook: the three entries in Arkiv, above Avsluta, for those allowed."""
    from klinik_app.ui.retention_dialog import open_retention_review

    arkiv = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Arkiv")
    entries = (("&Exportera klinikarkiv…", "Hela databasen i öppna format (tabeller, CSV, FHIR) med kontrollsummor",
                ARCHIVE_EXPORT, export_archive, "archive_export_action"),
               ("&Importera klinikarkiv…", "Läs in ett klinikarkiv i en ny, tom databasfil",
                ARCHIVE_IMPORT, import_archive, "archive_import_action"),
               ("&Gallring av journaler…", "Journaler som passerat lagringstiden: granska och bekräfta (R-SE-3)",
                RETENTION_REVIEW, open_retention_review, "retention_action"))
    for text, tip, action_id, run, name in entries:
        action = QAction(text, window)
        action.setStatusTip(tip)
        action.setVisible(may(window.ctx, action_id))
        action.triggered.connect(lambda _=False, run=run: run(window))
        arkiv.insertAction(window.quit_action, action)
        setattr(window, name, action)
    due = retention.review_reminder(window.ctx)  # R-SE-3: in January, until the year's review is confirmed
    if due is not None:
        window.retention_action.setText(f"&Gallring av journaler… (granskningen för {due} ska göras)")
