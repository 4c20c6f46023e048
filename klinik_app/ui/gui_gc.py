"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
passed: a background task, the sync worker's HTTP client. If the garbage it finds holds a closed
dialog (a wrapper in a reference cycle), the QObject is destroyed on that thread; Qt cannot stop its
timers there, and one firing later crashes the process. So automatic collection is switched off
and a timer on the GUI thread collects with the same generation thresholds (the pattern Anki and
many PyQt programs use). Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()  # False under another collector (a test running the app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as Python would."""
        generation = -1
        for level, (count, threshold) in enumerate(zip(gc.get_count(), self.thresholds)):
            if count > threshold:
                generation = level
        return gc.collect(generation) if generation >= 0 else 0

    def stop(self) -> None:
        """Hand collection back as it was found (when the window closes, or a test ends)."""
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
