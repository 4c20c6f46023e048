"""The cyclic garbage collector runs on the GUI thread only (klinik_app.ui.gui_gc)."""

from __future__ import annotations

import gc
import threading


def test_automatic_collection_is_off_while_the_window_runs(gui_thread_collector):
    assert not gc.isenabled()


def test_a_cycle_is_collected_on_the_gui_thread_even_when_another_thread_allocates(qtbot, gui_thread_collector):
    released_on: list[threading.Thread] = []

    class Cyclic:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            released_on.append(threading.current_thread())

    Cyclic()
    # Enough new containers to pass the youngest generation's threshold many times over: with
    # automatic collection on, the cycle would be collected here, on this worker thread.
    kept: list[list] = []
    worker = threading.Thread(target=lambda: kept.append([[] for _ in range(50_000)]))
    worker.start()
    worker.join()
    assert released_on == []
    qtbot.waitUntil(lambda: bool(released_on), timeout=3000)  # the collector's timer
    assert released_on == [threading.main_thread()]



def test_the_window_started_inside_a_running_collector_leaves_collection_off(qapp, gui_thread_collector):
    """app.run makes its own collector; a test that runs the app must not switch Python's back on."""
    from klinik_app.ui.gui_gc import GuiThreadCollector

    inner = GuiThreadCollector(qapp)
    inner.stop()
    inner.deleteLater()
    assert not gc.isenabled()


def test_the_oldest_generation_waits_until_a_quarter_of_it_is_new(qapp, monkeypatch):
    """Python's own guard: without it a big heap (a region's patients) was walked every few seconds."""
    from klinik_app.ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    try:
        collected: list[int] = []
        monkeypatch.setattr(gc, "get_count", lambda: (0, 0, collector.thresholds[2] + 1))
        real_collect = gc.collect
        monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
        collector.long_lived_total, collector.long_lived_pending = 1000, 100
        collector.collect()
        assert collected == []  # 100 new of 1,000: not yet
        collector.long_lived_pending = 300
        collector.collect()
        assert collected == [2] and collector.long_lived_pending == 0
        monkeypatch.setattr(gc, "collect", real_collect)
    finally:
        collector.stop()
        collector.deleteLater()


def test_what_exists_when_the_window_starts_is_frozen_and_thawed_when_it_closes(qapp, gui_thread_collector):
    """The start-up heap is never walked again (a full collection on this thread is a stall)."""
    assert gc.get_freeze_count() > 0
    from klinik_app.ui.gui_gc import GuiThreadCollector

    inner = GuiThreadCollector(qapp)  # under a running collector: it neither freezes again nor thaws
    frozen = gc.get_freeze_count()
    inner.stop()
    inner.deleteLater()
    assert gc.get_freeze_count() == frozen


def test_the_oldest_generation_waits_while_a_background_task_runs(qapp, monkeypatch):
    from klinik_app.ui.gui_gc import GuiThreadCollector

    busy = [True]
    collector = GuiThreadCollector(qapp, busy=lambda: busy[0])
    try:
        collected: list[int] = []
        monkeypatch.setattr(gc, "get_count", lambda: (0, 0, collector.thresholds[2] + 1))
        monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
        collector.long_lived_total, collector.long_lived_pending = 1000, 900
        collector.collect()
        assert collected == []  # due, but a task runs
        monkeypatch.setattr(gc, "get_count", lambda: (collector.thresholds[0] + 1, 0, collector.thresholds[2] + 1))
        collector.collect()
        assert collected == [1]  # the young generations together, not the oldest
        busy[0] = False
        collector.collect()
        assert collected == [1, 2]
    finally:
        monkeypatch.undo()
        collector.stop()
        collector.deleteLater()


def test_a_sync_under_the_window_collector_leaves_its_freeze_alone(qapp, gui_thread_collector):
    """push and pull freeze the heap only where Python collects by itself (the command line): thawing
    at their end would undo the window's freeze of its start-up heap."""
    from klinik_app.sync.pull import _quiet_collector
    from klinik_app.sync.push import _older_objects_frozen

    frozen = gc.get_freeze_count()
    with _older_objects_frozen():
        pass
    with _quiet_collector() as entries_read:
        entries_read()
    assert gc.get_freeze_count() == frozen and not gc.isenabled()
