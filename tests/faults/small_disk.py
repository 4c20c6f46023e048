"""A small tmpfs file system to fill up, and a file that takes all the space left on it.

Needs root (as here and in CI); otherwise tests/faults/conftest.py runs the test again inside
`unshare --user --map-root-user --mount`, where mounting is allowed. Always unmounted.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

IN_NAMESPACE = "KLINIK_FAULTS_IN_NAMESPACE"
FILLER = "fyllnad.bin"


def can_mount() -> bool:
    return os.geteuid() == 0


@contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        raise AssertionError(f"cannot mount a tmpfs on {folder}: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)  # lazy: even with a file left open


def fill(folder: Path) -> Path:
    """Write a file until the file system is full; remove it to free the space again."""
    path = folder / FILLER
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return path
