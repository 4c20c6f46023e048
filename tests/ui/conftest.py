"""UI fixtures: no test may block on a modal message box or leave a window open."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from klinik_app.ui.gui_gc import GuiThreadCollector  # noqa: E402
from klinik_app.ui.tasks import running_tasks  # noqa: E402


class Messages(list):
    """Message boxes the code tried to show: (kind, title, text). Read them, then `clear()`."""

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self]


@pytest.fixture(autouse=True)
def messages(monkeypatch) -> Messages:
    """Every static QMessageBox call is captured instead of blocking; unread ones fail the test."""
    shown = Messages()

    def capture(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(capture(kind)))
    yield shown
    assert not shown, f"unexpected message box(es): {list(shown)}"


@pytest.fixture(scope="session")
def gui_thread_collector(qapp):
    """As in the application: the reference region's server thread must never collect a dialog."""
    collector = GuiThreadCollector(qapp, busy=lambda: running_tasks() > 0)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp, gui_thread_collector):
    """GitFourchette's rule: a test that leaves a visible window behind fails."""
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leaked:
        widget.close()
    gui_thread_collector.collect()  # also between tests, on this (the GUI) thread
    assert not leaked, f"windows left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in leaked]}"


@pytest.fixture
def window_for(qtbot):
    """Make the main window for a context, shown and active; closed by qtbot at the end."""

    def make(ctx):
        from klinik_app.ui.app import create_main_window

        window = create_main_window(ctx)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(window_for, demo_ctx):
    """The main window on the 300-patient demo clinic."""
    return window_for(demo_ctx)


@pytest.fixture
def protected_patient(demo_ctx):
    """A protected-identity patient (PatientRow) of the demo clinic (the population has about 1 %)."""
    from sqlalchemy import update

    from klinik_app.db.models import Patient
    from klinik_app.services.patients import patient_page

    rows = patient_page(demo_ctx, 0, 1000)
    found = next((r for r in rows if r.protected), None)
    if found is None:  # should the demo population change: make one, keeping the stored address
        with demo_ctx.begin() as s:
            s.execute(update(Patient).where(Patient.id == rows[0].id).values(protected_identity=True))
        found = next(r for r in patient_page(demo_ctx, 0, 1000) if r.protected)
    return found


ADMIN, ADMIN_PASSWORD = "SE2321000222-A0001", "rätt häst batteri"


def log_in_with(hsa_id: str, password: str):
    """Stands in for LoginDialog.exec: types the HSA-ID and password and presses Logga in."""

    def exec_(dialog):
        dialog.hsa_field.setText(hsa_id)
        dialog.password_field.setText(password)
        dialog.ok_button.click()
        return dialog.result()

    return exec_


def add_administrator(ctx, profession: str | None = "tandlakare") -> str:
    from klinik_app.services.accounts import create_administrator

    create_administrator(ctx, ADMIN, "Ada Admin", ADMIN_PASSWORD, profession)
    return ADMIN


@pytest.fixture
def auto_login(monkeypatch):
    """The window's login (klinik_app.ui.app.run) logs in as the administrator of add_administrator."""
    from klinik_app.ui.login import LoginDialog

    monkeypatch.setattr(LoginDialog, "exec", log_in_with(ADMIN, ADMIN_PASSWORD))


@pytest.fixture(autouse=True)
def no_unexpected_conflict_dialog(monkeypatch):
    """A changed-elsewhere dialog (modal) that a test did not ask for fails it instead of waiting
    for a click; tests that drive the dialog ask for `conflict_dialog_expected`."""
    from klinik_app.ui.changed_elsewhere import ChangedElsewhereDialog

    def refuse(dialog):
        raise AssertionError(f"unexpected dialog: {dialog.windowTitle()}")

    monkeypatch.setattr(ChangedElsewhereDialog, "exec", refuse)


@pytest.fixture
def conflict_dialog_expected(monkeypatch):
    from PySide6.QtWidgets import QDialog

    from klinik_app.ui.changed_elsewhere import ChangedElsewhereDialog

    monkeypatch.setattr(ChangedElsewhereDialog, "exec", QDialog.exec)
