"""BackgroundTask: the one way slow work runs, in serial (tests) and threaded (the app) mode."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from shiboken6 import isValid

from klinik_app.db.errors import DatabaseError
from klinik_app.ui import tasks
from klinik_app.ui.tasks import BackgroundTask


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setenv("KLINIK_SERIAL_TASKS", "0")


def counting_op(progress, cancelled):
    for done in range(0, 101, 25):
        progress(done, 100)
    return "klart"


def test_serial_mode_runs_inline_and_reports_progress(parent):
    results = []
    task = BackgroundTask(parent, counting_op, results.append).with_progress("Räknar …")
    task.run()
    assert results == ["klart"]  # before run() returned
    assert task.last_progress == (100, 100)
    assert tasks.running_tasks() == 0


def test_a_failure_goes_to_on_failure(parent):
    failures = []

    def broken(progress, cancelled):
        raise DatabaseError("Databasfilen kunde inte öppnas.")

    BackgroundTask(parent, broken, lambda r: pytest.fail("no success"), failures.append).run()
    assert len(failures) == 1 and isinstance(failures[0], DatabaseError)


def test_without_on_failure_the_user_gets_a_swedish_message_not_a_crash(parent, messages):
    def broken(progress, cancelled):
        raise DatabaseError("Disken är full, så ändringen kunde inte sparas.")

    BackgroundTask(parent, broken, lambda r: pytest.fail("no success")).run()
    assert messages.texts() == ["Disken är full, så ändringen kunde inte sparas."]
    messages.clear()


def test_threaded_mode_works_off_the_gui_thread_and_answers_on_it(qtbot, parent, threaded):
    gui = threading.get_ident()
    seen = {}

    def op(progress, cancelled):
        seen["op_thread"] = threading.get_ident()
        progress(1, 2)
        return 42

    def done(result):
        seen["result"] = result
        seen["success_thread"] = threading.get_ident()

    task = BackgroundTask(parent, op, done).with_progress("Arbetar …")
    task.run()
    dialogs = [w for w in parent.findChildren(QProgressDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].labelText() == "Arbetar …"
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["op_thread"] != gui
    assert seen["success_thread"] == gui
    assert tasks.running_tasks() == 0
    qtbot.waitUntil(lambda: not [w for w in parent.findChildren(QProgressDialog) if w.isVisible()], timeout=2000)


def test_threaded_failure_is_delivered_on_the_gui_thread(qtbot, parent, threaded):
    failures = []

    def broken(progress, cancelled):
        raise ValueError("boom")

    BackgroundTask(parent, broken, lambda r: None, lambda e: failures.append((e, threading.get_ident()))).run()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0][0], ValueError)
    assert failures[0][1] == threading.get_ident()


def test_avbryt_in_the_progress_dialog_stops_the_work(qtbot, parent, threaded):
    started = threading.Event()
    results = []

    def endless(progress, cancelled):
        started.set()
        while not cancelled():
            progress(1, 10)
            threading.Event().wait(0.005)
        return None  # the op's own "cancelled" answer

    task = BackgroundTask(parent, endless, results.append).with_progress("Skapar …", cancellable=True)
    task.run()
    assert started.wait(5)
    dialog = next(w for w in parent.findChildren(QProgressDialog) if w.isVisible())
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Avbryt")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results == [None], timeout=5000)
    assert task.is_cancelled()
    qtbot.waitUntil(lambda: not dialog.isVisible() if isValid(dialog) else True, timeout=2000)


def test_a_result_for_a_closed_window_is_dropped_quietly(qtbot, threaded):
    gone = QWidget()
    release = threading.Event()
    results = []

    def slow(progress, cancelled):
        release.wait(5)
        return "sent"

    BackgroundTask(gone, slow, results.append).with_progress("Arbetar …").run()
    gone.deleteLater()
    qtbot.waitUntil(lambda: not isValid(gone), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=5000)  # it has answered ...
    assert results == []  # ... to nobody


def test_progress_from_the_worker_is_throttled_but_the_last_report_always_arrives():
    """A flood of queued reports starved the window's timers for a second during a letter batch."""
    sent: list[tuple[int, int]] = []
    report = tasks._throttled(lambda done, total: sent.append((done, total)))
    for done in range(1, 2001):
        report(done, 2000)
    assert sent[0] == (1, 2000) and sent[-1] == (2000, 2000)
    assert len(sent) < 20  # 2,000 reports within well under a second


def test_what_an_op_holds_is_let_go_on_the_gui_thread(qtbot, threaded):
    """A window's objects dropped on a worker thread were destroyed there; a timer of theirs then
    fired into freed memory and the process crashed (seen once in the accessibility walk)."""
    released_on: list[threading.Thread] = []

    class Held:
        def __del__(self) -> None:
            released_on.append(threading.current_thread())

    for _ in range(20):  # a race between the threads would show in some of them
        held = Held()
        BackgroundTask(None, lambda progress, cancelled, held=held: "klart", lambda result: None).run()
        del held
    qtbot.waitUntil(lambda: tasks.running_tasks() == 0, timeout=5000)
    qtbot.waitUntil(lambda: len(released_on) == 20, timeout=5000)
    assert set(released_on) == {threading.main_thread()}
