"""`klinik --smoke-test`: does this installation (a bundle, typically) start at all?

It builds a new throwaway database in a temporary folder (migrated from empty, a demo clinic with a
few demo patients), loads the letter fonts and Qt's Swedish texts, opens the main window, waits
until the window is shown and quits: exit 0, or 1 with the reason on stderr.

It never opens the clinic's database, so it needs no login: the window shows only made-up demo
data, and the folder is deleted at the end. The launcher accepts the option only on its own.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from klinik_app.db.migrate import head_revision
from klinik_app.letters.fonts import register_fonts
from klinik_app.logs import file_logging, redact
from klinik_app.services import demo
from klinik_app.services.clinic import init_clinic
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.app import application, create_main_window
from klinik_app.ui.i18n import install_translators, remove_translators, saved_language

log = logging.getLogger(__name__)

OK, FAILED = 0, 1
DEMO_PATIENTS = 20
POLL_MS = 50
GIVE_UP_MS = 60_000  # only against a hang: a window that never shows fails instead of blocking CI


class SmokeTestFailed(Exception):
    pass


def run_smoke_test() -> int:
    app, _ = application([])
    with file_logging():
        try:
            summary = _run(app)
        except Exception as exc:  # whatever broke: the reason, never a traceback into the void
            log.exception("smoke test failed")
            text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            print(redact(f"Röktestet misslyckades: {exc}\n\n{text}"), file=sys.stderr)
            return FAILED
    print(summary)
    return OK


def _run(app: QApplication) -> str:
    translators = install_translators(app, saved_language())
    if not QTranslator().load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        remove_translators(app, translators)
        raise SmokeTestFailed("Qt:s svenska texter (qtbase_sv.qm) saknas i installationen.")
    try:
        register_fonts()  # the letters' fonts: a missing file fails here rather than at the first letter
        with tempfile.TemporaryDirectory(prefix="klinik-smoke-") as folder:
            ctx = ServiceContext.open(str(Path(folder) / "klinik.sqlite"), actor=Actor.os_account())
            try:
                init_clinic(ctx, demo.DEMO_CLINIC_HSA_ID, demo.DEMO_CLINIC_NAME)
                patients = demo.create_demo_data(ctx, DEMO_PATIENTS).patients
                _show_main_window(app, ctx)
            finally:
                ctx.close()
    finally:
        remove_translators(app, translators)
    return (f"Röktestet gick bra: en ny databas skapades (schemaversion {head_revision()}) med {patients} "
            f"demopatienter och huvudfönstret visades.")


def _show_main_window(app: QApplication, ctx: ServiceContext) -> None:
    window = create_main_window(ctx)
    timer = QTimer(interval=POLL_MS)
    waited, shown = [0], [False]

    def check() -> None:
        handle = window.windowHandle()
        shown[0] = handle is not None and handle.isExposed()
        waited[0] += POLL_MS
        if shown[0] or waited[0] >= GIVE_UP_MS:
            timer.stop()
            app.quit()

    timer.timeout.connect(check)
    try:
        window.show()
        timer.start()
        app.exec()
        if not shown[0]:
            raise SmokeTestFailed("Huvudfönstret visades inte.")
    finally:
        timer.stop()
        window.close()
        window.deleteLater()
