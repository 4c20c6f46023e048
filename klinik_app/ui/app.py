"""Start the window: `klinik` with no command (launcher.py calls `run(argv)`).

Exit codes: 0 after a normal quit (also when the first-start dialog is cancelled), 1 when the
database cannot be opened, 64 for unknown arguments (the same codes as the command line).
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from klinik_app.options import add_global_options, database_of
from klinik_app.services.backup import check_database_file, sqlite_file
from klinik_app.services.clinic import get_clinic
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import DatabaseDamaged
from klinik_app.logs import file_logging
from klinik_app.ui.backup_dialogs import automatic_backup_quietly, offer_restore_at_start
from klinik_app.ui.errors import install_excepthook, show_message, translated
from klinik_app.ui.first_start import FirstStartDialog
from klinik_app.ui.gui_gc import GuiThreadCollector
from klinik_app.ui.i18n import install_translators, remove_translators, saved_language, valid_languages
from klinik_app.ui.login import sign_in
from klinik_app.ui.main_window import MainWindow
from klinik_app.ui.single_instance import SingleInstance, bring_to_front
from klinik_app.ui.tasks import running_tasks

log = logging.getLogger(__name__)

OK, FILE_OR_DB, USAGE = 0, 1, 64
APP_NAME = "Klinik"


class _UsageError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # never exit from inside the window's start-up
        raise _UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="klinik", add_help=False, description="Klinik – fönstret.")
    add_global_options(parser)
    parser.add_argument(
        "--lang",
        choices=valid_languages(),
        default=None,
        help="fönstrets språk för den här starten (standard: det valda i inställningarna, eller KLINIK_LANG)")
    return parser


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The global options only; anything else is a usage error (a Swedish message)."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        raise _UsageError(QCoreApplication.translate("app", "okända argument: ") + " ".join(unknown))
    return args


def application(argv: list[str]) -> tuple[QApplication, list[str]]:
    """The QApplication (made once) and the arguments left after Qt took its own (-style ...)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "klinik", *argv])
        argv = app.arguments()[1:]
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    return app, argv


def open_database(database: str, today) -> ServiceContext:
    return ServiceContext.open(database, actor=Actor.os_account(), today=today)


def create_main_window(ctx: ServiceContext) -> MainWindow:
    """The main window for an opened database that has a clinic (tests use this too)."""
    clinic = get_clinic(ctx)
    if clinic is None:
        raise LookupError("the database has no clinic; run the first-start dialog first")
    return MainWindow(ctx, clinic)


def first_start(ctx: ServiceContext, database: str) -> bool:
    """Ask for the clinic; False when the user chose to quit."""
    dialog = FirstStartDialog(ctx, database=database)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def run(argv: list[str]) -> int:
    app, argv = application(list(argv))
    try:
        args = parse_arguments(argv)
    except _UsageError as exc:
        message = QCoreApplication.translate("app",
                                             "Klinik kunde inte starta: {message}. Kör 'klinik --help' för att se "
                                             "vad som går att ange.").format(message=exc.message)
        print(message, file=sys.stderr)
        show_message(None, message)
        return USAGE

    translators = install_translators(app, args.lang or saved_language())
    previous_hook = install_excepthook()
    collector = GuiThreadCollector(app, busy=lambda: running_tasks() > 0)
    try:
        with file_logging():
            return _run_window(app, args)
    finally:
        collector.stop()
        sys.excepthook = previous_hook
        remove_translators(app, translators)


def claim_database(database: str) -> tuple[SingleInstance | None, bool]:
    """(guard, go on): one window per SQLite file; a second start asks the first to come forward."""
    path = sqlite_file(database)
    if path is None:  # PostgreSQL: several workstations are the point
        return None, True
    guard = SingleInstance(path)
    if guard.acquire():
        return guard, True
    if not guard.request_focus():
        QMessageBox.information(None,
                                APP_NAME,
                                QCoreApplication.translate(
                                    "app", "Klinik har redan databasen {path} öppen. Byt till det fönstret.").format(
                                    path=path))
    return None, False


def _run_window(app: QApplication, args: argparse.Namespace) -> int:
    database = database_of(args)
    guard, go_on = claim_database(database)
    if not go_on:
        return OK
    try:
        while True:  # once more after a restore from the window: the restored file is opened anew
            ctx = _open_checked(database, args.today)
            if ctx is None:
                return FILE_OR_DB
            code, reopen = _run_main_window(app, ctx, database, guard)
            if not reopen:
                return code
    finally:
        if guard is not None:
            guard.release()


def _open_checked(database: str, today) -> ServiceContext | None:
    """Read-only, locked and damaged files are found before opening; a damaged one may be restored."""
    try:
        try:
            check_database_file(database)
        except DatabaseDamaged:
            if not offer_restore_at_start(sqlite_file(database)):
                raise
        return open_database(database, today)
    except Exception as exc:  # DatabaseError, NetworkShareRefused, DatabaseTooNew, SQLite errors ...
        log.exception("opening the database %s failed", database)
        message = translated(exc)
        show_message(None,
                     QCoreApplication.translate("app",
                                                "Databasen kunde inte öppnas.\n\n{message}\n\n({database})").format(
                         message=message, database=database))
        return None


def _run_main_window(app: QApplication, ctx: ServiceContext, database: str,
                     guard: SingleInstance | None) -> tuple[int, bool]:
    """(exit code, reopen): reopen after the user restored a backup from the window."""
    try:
        try:
            has_clinic = get_clinic(ctx) is not None
        except Exception as exc:
            log.exception("reading the clinic failed")
            show_message(None,
                         QCoreApplication.translate("app",
                                                    "Databasen kunde inte läsas.\n\n{error}\n\n({database})").format(
                             error=translated(exc), database=database))
            return FILE_OR_DB, False
        if not has_clinic and not first_start(ctx, database):
            return OK, False
        if not sign_in(ctx, get_clinic(ctx).name):  # R-SE-1: the window acts as the person logged in
            return OK, False
        automatic_backup_quietly(None, ctx, "daglig")  # only when none exists for today
        window = create_main_window(ctx)
        focus = lambda: bring_to_front(window)  # noqa: E731 - disconnected again below
        if guard is not None:
            guard.focus_requested.connect(focus)
        window.show()
        window.activateWindow()  # after the first-start dialog: typing goes to the search field
        try:
            code = app.exec()
        finally:
            if guard is not None:
                guard.focus_requested.disconnect(focus)
            window.close()
            window.deleteLater()
        if window.reopen_requested:
            return code, True
        automatic_backup_quietly(None, ctx, "avslut")
        return code, False
    finally:
        ctx.close()
