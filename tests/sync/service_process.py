"""The reference service in a process of its own (`python -m regional_service serve`), so a test can
kill it with SIGKILL in the middle of a batch and start it again on the same region database."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.regional.conftest import TODAY, Certs

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServiceProcess:
    def __init__(self, db: str, certs: Certs) -> None:
        self.db, self.certs = db, certs
        self.proc: subprocess.Popen | None = None
        self.kills = 0

    def start(self, timeout: float = 30.0) -> tuple[str, int]:
        """Start (again) on a new port; returns (host, port) once it accepts connections."""
        port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "regional_service", "serve", "--db", self.db, "--port", str(port),
             "--cert", str(self.certs.server.cert), "--key", str(self.certs.server.key),
             "--ca", str(self.certs.ca.cert), "--today", TODAY.isoformat(), "--log-level", "warning"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the regional service exited with {self.proc.returncode}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return "127.0.0.1", port
            time.sleep(0.05)
        raise RuntimeError("the regional service did not start")

    def kill(self) -> None:
        """SIGKILL: no shutdown, a request under way is cut wherever it is."""
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)
            self.kills += 1

    def __enter__(self) -> ServiceProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.kill()
