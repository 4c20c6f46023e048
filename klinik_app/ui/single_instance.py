"""One window per SQLite database file: a second start hands "focus" to the first and quits.

A QLockFile next to the database says who is first; a QLocalServer named from a hash of the file's
absolute path carries the request. PostgreSQL has no guard: several workstations are the point.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

FOCUS = b"focus\n"
CONNECT_WAIT_MS = 2000


def server_name(database: Path) -> str:
    digest = hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"klinik-{digest}"


class SingleInstance(QObject):
    """`acquire()` True: this process is first and emits `focus_requested` when another start asks."""

    focus_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(database)
        self.lock = QLockFile(str(Path(database).resolve()) + ".lock")
        # Never stale by age (a window may stay open for weeks); a crashed holder's lock is taken
        # over because its process id is no longer running, which QLockFile checks on its own.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self.lock.tryLock(100):
            if self.lock.error() == QLockFile.LockError.LockFailedError:
                return False
            # No lock file can be made (a read-only folder): run unguarded; the start-up checks say why.
            log.warning("no single-instance lock next to the database (error %s)", self.lock.error())
            return True
        QLocalServer.removeServer(self.name)  # a socket left behind by a crashed first instance
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._connection)
        if not self.server.listen(self.name):
            log.warning("single-instance server %s could not listen: %s", self.name, self.server.errorString())
        return True

    def request_focus(self) -> bool:
        """Ask the first instance to show its window; False when it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_WAIT_MS):
            return False
        socket.write(FOCUS)
        sent = socket.waitForBytesWritten(CONNECT_WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        self.lock.unlock()

    def _connection(self) -> None:
        # Read at once: the other start writes as soon as it is connected, and no socket outlives this call
        # (a socket kept for later signals could be used after the guard is gone).
        while self.server is not None and (socket := self.server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_WAIT_MS):
                request = bytes(socket.readAll().data())
            else:
                request = b""
            socket.abort()
            socket.deleteLater()
            if request.strip() == FOCUS.strip():
                self.focus_requested.emit()


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
