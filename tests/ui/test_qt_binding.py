"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every signal emit, and the
running window (every background task emits) ended in "Fatal Python error: bool_dealloc". The
version is pinned in pyproject.toml; this test keeps a bad version from coming back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    sent = Signal(object)


def test_emitting_a_signal_keeps_every_reference_it_borrows(qapp):
    sender, seen = _Sender(), []
    sender.sent.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):  # far below the count that crashes, far above a stray difference
        sender.sent.emit(n)
        qapp.processEvents()
    assert len(seen) == 200
    # A lost reference is the bug (a crash later); a few new ones are objects Qt keeps.
    assert sys.getrefcount(True) >= before[0] and sys.getrefcount(None) >= before[1]
