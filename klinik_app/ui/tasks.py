"""The one helper for slow work: run it off the GUI thread, with progress, results back on it.

After Anki's `QueryOp`:

    BackgroundTask(parent, op, on_success, on_failure=None).with_progress("Skapar demodata …").run()

`op(progress, cancelled)` runs in Qt's global thread pool. It may call `progress(done, total)` as
often as it likes and should stop early (returning whatever means "cancelled" to its caller) when
`cancelled()` is true. `on_success(result)` or `on_failure(exc)` is then called on the GUI thread.
Without `on_failure` the failure is shown as a Swedish message (services.errors.user_message);
the application never crashes on it.

With the environment variable KLINIK_SERIAL_TASKS=1 (set by the tests) the op runs inline,
synchronously, before `run()` returns: deterministic tests, like GitFourchette's serial mode.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from klinik_app.ui.errors import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Op = Callable[[Progress, Cancelled], Any]
PROGRESS_INTERVAL = 0.05  # seconds between progress reports from the worker

# Tasks still running, by id, are kept alive here (nothing else may hold a reference to them).
# The worker thread never holds a task, only its id: if a worker dropped the last reference of a
# QObject living on the GUI thread, Python would destroy it (and what its op closes over) on the
# wrong thread, and a timer firing for it later crashed the process.
_running: dict[int, BackgroundTask] = {}
_outcomes: dict[int, tuple[bool, Any]] = {}  # id -> (succeeded, result or exception), handed over
_next_id = itertools.count(1)


def serial_tasks() -> bool:
    """Read at every run(), so a test can switch between the modes."""
    return os.environ.get("KLINIK_SERIAL_TASKS", "") not in ("", "0")


class _Relay(QObject):
    """One for the whole process, made on the GUI thread and never deleted: workers emit here."""

    progressed = Signal(int, int, int)  # task id, done, total
    finished = Signal(int)  # task id; the outcome waits in _outcomes

    @Slot(int, int, int)
    def _progressed(self, task_id: int, done: int, total: int) -> None:
        task = _running.get(task_id)
        if task is not None:
            task._show_progress(done, total)

    @Slot(int)
    def _finished(self, task_id: int) -> None:
        task = _running.pop(task_id, None)
        succeeded, value = _outcomes.pop(task_id)
        if task is not None:
            task._deliver(succeeded, value)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        # Queued: the worker emits, the GUI thread (where the relay lives) receives.
        _relay.progressed.connect(_relay._progressed, Qt.ConnectionType.QueuedConnection)
        _relay.finished.connect(_relay._finished, Qt.ConnectionType.QueuedConnection)
    return _relay


class _Runnable(QRunnable):
    """Holds the op and the task's id, never the task. Runs on a worker thread: touches no widget."""

    def __init__(self, task_id: int, op: Op, cancelled: Cancelled, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.task_id, self.op, self.cancelled, self.relay = task_id, op, cancelled, relay

    def run(self) -> None:
        task_id, relay = self.task_id, self.relay
        try:
            _outcomes[task_id] = (True, self.op(_throttled(partial(relay.progressed.emit, task_id)), self.cancelled))
        except Exception as exc:
            log.exception("background task failed")
            _outcomes[task_id] = (False, exc)
        # Let go of everything the op may close over before the GUI thread can finish the task.
        self.op = self.cancelled = None
        relay.finished.emit(task_id)


def _throttled(emit: Progress) -> Progress:
    """At most one report per PROGRESS_INTERVAL (and always the last): every queued report needs
    the GIL on the GUI thread, and Qt handles posted events before timers, so a flood of them
    stalled the window for over a second during a letter batch."""
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL or done >= total:
            last[0] = now
            emit(done, total)

    return report


class BackgroundTask(QObject):
    """One slow operation. Build it, optionally add `with_progress`, then `run()` it once."""

    def __init__(
        self,
        parent: QWidget | None,
        op: Op,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__()  # no Qt parent: the task must outlive nothing but itself
        self._parent = parent
        self._op = op
        self._on_success = on_success
        self._on_failure = on_failure
        self._label: str | None = None
        self._cancellable = True
        self._title = self.tr("Klinik")
        self._cancel = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._serial = False
        self.last_progress: tuple[int, int] | None = None  # for tests and callers that want to know

    # --- building -------------------------------------------------------------------------------
    def with_progress(self, label: str, *, cancellable: bool = True, title: str = "Klinik") -> BackgroundTask:
        """Show a progress dialog (window-modal over `parent`) while the op runs."""
        self._label, self._cancellable, self._title = label, cancellable, title
        return self

    # --- running --------------------------------------------------------------------------------
    def run(self) -> None:
        self._serial = serial_tasks()
        if self._serial:
            # Inline and synchronous; no dialog (there is no event loop to show or cancel it).
            try:
                result = self._op(self._progress_inline, self.is_cancelled)
            except Exception as exc:  # a failure is reported, never raised into the caller's slot
                log.exception("background task failed (serial mode)")
                self._report_failure(exc)
            else:
                self._on_success(result)
            return
        relay = _the_relay()
        task_id = next(_next_id)
        _running[task_id] = self
        if self._label is not None:
            self._dialog = self._make_dialog()
            self._dialog.show()
        QThreadPool.globalInstance().start(_Runnable(task_id, self._op, self._cancel.is_set, relay))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress_inline(self, done: int, total: int) -> None:
        self.last_progress = (done, total)

    # --- GUI side -------------------------------------------------------------------------------
    def _make_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setLabelText(self._label or "")
        dialog.setAccessibleName(self._label or self.tr("Pågår"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setRange(0, 0)  # busy until the first progress report
        if self._cancellable:
            dialog.setCancelButtonText(self.tr("&Avbryt"))
            dialog.canceled.connect(self._cancel_requested)
        else:
            dialog.setCancelButton(None)
        return dialog

    @Slot()
    def _cancel_requested(self) -> None:
        self.cancel()
        if self._dialog is not None and isValid(self._dialog):
            # Keep it up until the op has actually stopped (it may be rolling back).
            self._dialog.setLabelText(self.tr("Avbryter …"))
            self._dialog.show()

    def _show_progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        dialog = self._dialog
        if dialog is None or not isValid(dialog) or self.is_cancelled():
            return
        if total > 0:
            if dialog.maximum() != total:
                dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def _deliver(self, succeeded: bool, value: Any) -> None:
        self._close_dialog()
        if self._parent_gone():
            log.info("background task ended after its window closed; %s dropped", "result" if succeeded else "failure")
        elif succeeded:
            self._on_success(value)
        else:
            self._report_failure(value)

    def _parent_gone(self) -> bool:
        """The widget that asked for the work was deleted meanwhile: nobody is left to answer."""
        return self._parent is not None and not isValid(self._parent)

    def _report_failure(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(None if self._parent_gone() else self._parent, exc)

    def _close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None and isValid(dialog):
            try:
                dialog.canceled.disconnect(self._cancel_requested)
            except (RuntimeError, TypeError):
                pass
            dialog.close()
            dialog.deleteLater()


def running_tasks() -> int:
    """How many threaded tasks have not reported back yet (tests wait for 0)."""
    return len(_running)
