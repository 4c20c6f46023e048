"""The window's crash guard: an unexpected exception in a slot leaves the window, and what the user
typed, as it was; the user is told in Swedish and a redacted crash report is kept locally."""

from __future__ import annotations

import sys
from datetime import date, datetime

import pytest

from klinik_app import crash_reports
from klinik_app.config import log_dir
from klinik_app.ui.errors import install_excepthook
from klinik_app.ui.examination_form import ExaminationDialog
from klinik_app.ui.register_view import RegisterView
from tests.factories import add_patient, pnr
from tests.ui.test_examination_form import _open, _staff

# pytest-qt's own capture would turn the slot's exception into a test failure: the guard is under test.
pytestmark = pytest.mark.qt_no_exception_capture

TYPED = pnr(date(2014, 6, 2), 482)  # a personnummer typed by the user, and echoed by the faulty slot


@pytest.fixture
def guard():
    previous = install_excepthook()
    yield
    sys.excepthook = previous


def _reports() -> list:
    return sorted((log_dir() / crash_reports.FOLDER).glob("*.txt"))


def _assert_told_and_reported(messages, window_class: str) -> str:
    assert len(messages) == 1
    kind, _title, text = messages[0]
    messages.clear()
    assert kind == "critical"
    assert text.startswith("Något oväntat hände i Klinik. Det du skrivit finns kvar")
    assert f"En felrapport har sparats lokalt i {log_dir() / 'crash'}; den lämnar aldrig datorn." in text
    (report,) = _reports()
    content = report.read_text(encoding="utf-8")
    assert "RuntimeError" in content and f"window: {window_class}" in content and "klinik: " in content
    assert TYPED not in content and TYPED[2:] not in content and "[personnummer]" in content
    return content


def test_an_exception_in_a_slot_keeps_the_typed_search_and_leaves_a_redacted_report(
        guard, window_for, ctx, qtbot, messages, monkeypatch):
    def faulty(self):
        raise RuntimeError(f"could not search for {self.search_field.text()}")

    monkeypatch.setattr(RegisterView, "flush_search", faulty)  # before the window connects its timer
    window = window_for(ctx)
    field = window.register.search_field
    field.setFocus()
    qtbot.keyClicks(field, TYPED)

    qtbot.waitUntil(lambda: len(messages) == 1, timeout=3000)
    _assert_told_and_reported(messages, type(window).__name__)
    assert window.isVisible() and field.text() == TYPED  # the event loop went on; nothing typed is lost


def test_an_exception_while_saving_an_examination_keeps_the_form_open_with_its_values(
        guard, window_for, ctx, qtbot, messages, monkeypatch):
    def faulty(self):
        raise RuntimeError(f"save failed for patient {TYPED}")

    monkeypatch.setattr(ExaminationDialog, "save", faulty)
    _staff(ctx)
    pid = add_patient(ctx, TYPED, "Ella", "Lind", listing="val")
    dialog = _open(qtbot, window_for(ctx), pid)
    dialog.deft_spin.setValue(3)

    dialog.buttons.accepted.emit()

    qtbot.waitUntil(lambda: len(messages) == 1, timeout=3000)
    _assert_told_and_reported(messages, "ExaminationDialog")
    assert dialog.isVisible() and dialog.deft_spin.value() == 3
    dialog.reject()


def test_only_the_last_reports_are_kept(monkeypatch):
    for second in range(crash_reports.KEEP + 5):
        try:
            raise RuntimeError(f"failure {second}")
        except RuntimeError as exc:
            crash_reports.write_crash_report(exc, now=datetime(2026, 11, 22, 10, 0, second))
    kept = _reports()
    assert len(kept) == crash_reports.KEEP
    assert "failure 5" in kept[0].read_text(encoding="utf-8")  # the five oldest went
