"""Arkiv → Exportera klinikarkiv…, Importera klinikarkiv… and Gallring av journaler… (issue 13).

Export and import run as background tasks with a progress dialog (ui/tasks.py), so the window
stays responsive. An archive is only ever loaded into a new database file: the import asks for the
archive's folder and a new file, never touches the open database, and says how to open the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from klinik_app.domain.permissions import ARCHIVE_EXPORT, ARCHIVE_IMPORT, RETENTION_REVIEW
from klinik_app.services import archive_export, archive_import, retention
from klinik_app.services.permissions import may
from klinik_app.ui.errors import show_error, shown_text
from klinik_app.ui.tasks import BackgroundTask

TITLE = QT_TRANSLATE_NOOP("archive_dialogs", "Klinikarkiv")


def export_archive(window) -> BackgroundTask | None:
    parent = QFileDialog.getExistingDirectory(
        window, QCoreApplication.translate("archive_dialogs", "Välj var klinikarkivet ska sparas"), str(Path.home()))
    if not parent:
        return None
    folder = Path(parent) / f"klinikarkiv-{window.ctx.today:%Y-%m-%d}"
    ctx = window.ctx

    def done(result) -> None:
        QMessageBox.information(window,
                                QCoreApplication.translate("archive_dialogs", TITLE),
                                shown_text(result.summary())
                                + QCoreApplication.translate("archive_dialogs",
                                                             " Förvara arkivet lika säkert som journalerna."))

    task = BackgroundTask(window,
                          lambda progress, cancelled: archive_export.export_archive(ctx, folder, progress),
                          done,
                          lambda exc: show_error(
                              window, exc, title=QCoreApplication.translate("archive_dialogs", TITLE)))
    task.with_progress(QCoreApplication.translate("archive_dialogs", "Exporterar klinikarkivet …"),
                       cancellable=False).run()
    return task


def import_archive(window) -> BackgroundTask | None:
    folder = QFileDialog.getExistingDirectory(
        window,
        QCoreApplication.translate("archive_dialogs", "Välj klinikarkivets mapp (den med manifest.json)"),
        str(Path.home()))
    if not folder:
        return None
    target, _ = QFileDialog.getSaveFileName(window,
                                            QCoreApplication.translate("archive_dialogs",
                                                                       "Ny databasfil för klinikarkivet"),
                                            str(Path.home() / "klinik-fran-arkiv.sqlite"),
                                            QCoreApplication.translate("archive_dialogs", "Klinikdatabas (*.sqlite)"))
    if not target:
        return None
    if Path(target).exists():
        QMessageBox.warning(window,
                            QCoreApplication.translate("archive_dialogs", TITLE),
                            QCoreApplication.translate("archive_dialogs",
                                                       "{target} finns redan. Ett klinikarkiv läses bara in i en ny "
                                                       "databasfil; välj ett namn som inte används.").format(
                                target=target))
        return None
    ctx = window.ctx

    def done(result) -> None:
        QMessageBox.information(window,
                                QCoreApplication.translate("archive_dialogs", TITLE),
                                QCoreApplication.translate("archive_dialogs",
                                                           '{result} Den nya databasen är {target}. Öppna den genom '
                                                           'att starta Klinik med: klinik --db "{target}"').format(
                                    result=shown_text(result.summary()), target=target))

    task = BackgroundTask(window,
                          lambda progress, cancelled: archive_import.import_archive(ctx, folder, progress, into=target),
                          done,
                          lambda exc: show_error(
                              window, exc, title=QCoreApplication.translate("archive_dialogs", TITLE)))
    task.with_progress(QCoreApplication.translate("archive_dialogs", "Läser in klinikarkivet …"),
                       cancellable=False).run()
    return task


def add_archive_actions(window) -> None:
    """The main window's hook: the three entries in Arkiv, above Avsluta, for those allowed."""
    from klinik_app.ui.retention_dialog import open_retention_review

    arkiv = window.archive_menu
    entries = ((QCoreApplication.translate("archive_dialogs", "&Exportera klinikarkiv…"),
                QCoreApplication.translate("archive_dialogs",
                                           "Hela databasen i öppna format (tabeller, CSV, FHIR) med kontrollsummor"),
                ARCHIVE_EXPORT,
                export_archive,
                "archive_export_action"),
               (QCoreApplication.translate("archive_dialogs", "&Importera klinikarkiv…"),
                QCoreApplication.translate("archive_dialogs", "Läs in ett klinikarkiv i en ny, tom databasfil"),
                ARCHIVE_IMPORT,
                import_archive,
                "archive_import_action"),
               (QCoreApplication.translate("archive_dialogs", "&Gallring av journaler…"),
                QCoreApplication.translate("archive_dialogs",
                                           "Journaler som passerat lagringstiden: granska och bekräfta (R-SE-3)"),
                RETENTION_REVIEW,
                open_retention_review,
                "retention_action"))
    for text, tip, action_id, run, name in entries:
        action = QAction(text, window)
        action.setStatusTip(tip)
        action.setVisible(may(window.ctx, action_id))
        action.triggered.connect(lambda _=False, run=run: run(window))
        arkiv.insertAction(window.quit_action, action)
        setattr(window, name, action)
    due = retention.review_reminder(window.ctx)  # R-SE-3: in January, until the year's review is confirmed
    if due is not None:
        text = QCoreApplication.translate("archive_dialogs",
                                          "&Gallring av journaler… (granskningen för {due} ska göras)")
        window.retention_action.setText(text.format(due=due))
