"""One window per SQLite database file: the second start hands focus to the first and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from klinik_app.ui.app import claim_database
from klinik_app.ui.single_instance import SingleInstance, bring_to_front

# SQLite only: one window per database file; a PostgreSQL database is shared by several workstations on
# purpose, and claim_database lets every start go on.


def test_two_guards_on_the_same_file_cannot_both_be_first(tmp_path, qtbot):
    db = tmp_path / "klinik.sqlite"
    first, second = SingleInstance(db), SingleInstance(db)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.focus_requested, timeout=5000):
            assert second.request_focus()
    finally:
        first.release()


def test_another_database_file_has_its_own_guard(tmp_path):
    a, b = SingleInstance(tmp_path / "a.sqlite"), SingleInstance(tmp_path / "b.sqlite")
    try:
        assert a.acquire() and b.acquire()
        assert a.name != b.name
    finally:
        a.release()
        b.release()


def test_the_guard_is_free_again_after_release(tmp_path):
    db = tmp_path / "klinik.sqlite"
    first = SingleInstance(db)
    assert first.acquire()
    first.release()
    again = SingleInstance(db)
    assert again.acquire()
    again.release()


def test_a_lock_left_by_a_crashed_instance_is_taken_over(tmp_path):
    db = tmp_path / "klinik.sqlite"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    # QLockFile's own format: pid, application name, host name.
    (tmp_path / "klinik.sqlite.lock").write_text(f"{gone.stdout.strip()}\nklinik\n{os.uname().nodename}\n")
    guard = SingleInstance(db)
    assert guard.acquire()
    guard.release()


def test_postgresql_is_never_guarded():
    assert claim_database("postgresql://klinik@server/klinik") == (None, True)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no window stacking
def test_a_second_start_exits_0_and_the_first_window_comes_forward(tmp_path, qtbot):
    from PySide6.QtWidgets import QMainWindow

    db = tmp_path / "klinik.sqlite"
    guard, go_on = claim_database(str(db))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    guard.focus_requested.connect(lambda: bring_to_front(window))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KLINIK_DATA_DIR": str(tmp_path / "data"),
           "KLINIK_LOG_DIR": str(tmp_path / "logs")}
    try:
        assert go_on
        with qtbot.waitSignal(guard.focus_requested, timeout=60000):
            second = subprocess.Popen([sys.executable, "-m", "klinik_app", "--db", str(db)], env=env,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert second.wait(timeout=60) == 0
        assert not window.isMinimized() and window.isVisible()
        assert not db.exists()  # the second start never opened the database
    finally:
        guard.release()
        window.close()
