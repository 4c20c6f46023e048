"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
passed: a background task, the sync worker's HTTP client. If the garbage it finds holds a closed
dialog (a wrapper in a reference cycle), the QObject is destroyed on that thread; Qt cannot stop its
timers there, and one firing later crashes the process. So automatic collection is switched off
and a timer on the GUI thread collects with the same generation thresholds (the pattern Anki and
many PyQt programs use). Reference counting still frees everything that is not in a cycle at once.

A full collection walks every tracked object and holds the GIL while it does; on this thread it is a
stall of the window. Two things keep it short. What exists when the window starts (modules, classes,
the FHIR models: some 180,000 objects, 50-100 ms to walk) is frozen, as the gc docs advise after
start-up, and so never walked again. And while a background task runs (a sync, an export: the heap
is at its largest then) the oldest generation is not collected; the young ones are, together at
every look, and the oldest waits until the task is done.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250  # short: a young generation grown for a whole second took tens of ms to walk


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, busy: Callable[[], bool] = lambda: False) -> None:
        """`busy`: whether a background task runs now (no full collection then)."""
        super().__init__(parent)
        self.busy = busy
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()  # False under another collector (a test running the app)
        gc.disable()
        self.froze = gc.get_freeze_count() == 0  # not again under another collector
        if self.froze:
            gc.collect()
            gc.freeze()
        # Python's guard against quadratic full collections: the oldest generation is collected only
        # once the objects moved into it since the last full collection are a quarter of those there.
        self.long_lived_total = len(gc.get_objects(2))
        self.long_lived_pending = 0
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as Python would."""
        counts = gc.get_count()
        if self.busy():
            # A task allocates fast: both young generations are walked at every look, so that neither
            # holds more than a quarter second of survivors (a pull's gen 1 grown over ten looks took
            # 87 ms to walk); the survivors wait in the oldest generation until the task is done.
            return self._collect(1) if counts[0] > self.thresholds[0] else 0
        for generation in (2, 1, 0):
            if counts[generation] <= self.thresholds[generation]:
                continue
            if generation == 2 and (self.long_lived_pending < self.long_lived_total / 4 or self.busy()):
                continue
            return self._collect(generation)
        return 0

    def _collect(self, generation: int) -> int:
        if generation == 2:
            found = gc.collect(2)
            self.long_lived_total, self.long_lived_pending = len(gc.get_objects(2)), 0
            return found
        young = len(gc.get_objects(0)) + (len(gc.get_objects(1)) if generation == 1 else 0)
        found = gc.collect(generation)
        if generation == 1:  # the survivors of both young generations now live in the oldest
            self.long_lived_pending += max(young - found, 0)
        return found

    def stop(self) -> None:
        """Hand collection back as it was found (when the window closes, or a test ends)."""
        self.timer.stop()
        if self.froze:
            gc.unfreeze()
        if self.was_enabled:
            gc.enable()
