"""The crash and fault suite as a long soak, and the figures table for the issue note.

    .venv/bin/python benchmarks/soak_faults.py                  # 1000 SIGKILL runs per fault
    .venv/bin/python benchmarks/soak_faults.py --runs 300 --seed 7

Runs tests/faults (SIGKILL during saves, imports and migrations; a full disk during a save, an
import and a backup; the upgrade from every earlier revision) with KLINIK_SOAK=RUNS and
KLINIK_FAULT_SEED=SEED. pytest prints the table (runs per fault, committed changes checked, lost
changes, corrupt databases, half-done imports, other findings) at the end; a failing run is named by
its seed, which reproduces it. Exit status: pytest's.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000, help="SIGKILL runs per fault (default 1000)")
    parser.add_argument("--seed", type=int, default=20261122, help="the random seed of the kill moments")
    args = parser.parse_args()
    env = {**os.environ, "KLINIK_SOAK": str(args.runs), "KLINIK_FAULT_SEED": str(args.seed)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "tests/faults"],
                          cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
