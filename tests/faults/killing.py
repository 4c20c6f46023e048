"""The parent side of the SIGKILL tests: start a stream in a forked worker, kill it at a seeded random
moment, check the database, count what was found (tests/faults/figures.py prints the table)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from klinik_app.db.engine import make_engine
from tests.faults import checks, scenarios, schema_rows
from tests.faults.checks import Verdict

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RUNS = 100
SEED = int(os.environ.get("KLINIK_FAULT_SEED", "20261122"))


def runs_per_fault() -> int:
    """100 in the normal run; `KLINIK_SOAK=N` for a long soak."""
    return int(os.environ.get("KLINIK_SOAK") or DEFAULT_RUNS)


class ForkServer:
    """tests/faults/worker.py --serve: one Python start-up for all the runs of a session."""

    def __init__(self, log_dir: Path) -> None:
        env = {**os.environ, "KLINIK_LOG_DIR": str(log_dir), "KLINIK_DATA_DIR": str(log_dir)}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.faults.worker", "--serve"], cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)

    def _ask(self, line: str) -> str:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        if not answer:
            raise RuntimeError(f"the fork server stopped (exit {self.proc.poll()})")
        return answer.split()[1]

    def start(self, scenario: str, db: Path, journal: Path, seed: int) -> int:
        return int(self._ask(f"run {scenario} {db} {journal} {seed}"))

    def reap(self, pid: int) -> int:
        return int(self._ask(f"reap {pid}"))

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@dataclass
class Run:
    seed: int
    db: Path
    journal: list[dict]
    killed: bool  # False: the stream had finished before the kill
    verdict: Verdict


def _journal_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _finished(path: Path) -> bool:
    try:
        return b'"done"' in path.read_bytes()
    except FileNotFoundError:
        return False


def kill_run(server: ForkServer, scenario: str, db: Path, seed: int, *, after_changes: int,
             within_seconds: float) -> tuple[list[dict], bool]:
    """Start the stream; once `after_changes` are journalled, wait a random part of `within_seconds`, SIGKILL."""
    rng = random.Random(seed)
    journal = db.with_suffix(".journal")
    target, pause = rng.randint(0, after_changes), rng.uniform(0, within_seconds)
    pid = server.start(scenario, db, journal, seed)
    error = Path(f"{journal}.err")
    deadline = time.monotonic() + 60
    while (_journal_lines(journal) < target and not _finished(journal) and not error.exists()
           and time.monotonic() < deadline):
        time.sleep(0.001)
    time.sleep(pause)
    finished = _finished(journal)
    os.kill(pid, signal.SIGKILL)  # our own forked child
    status = server.reap(pid)
    if error.exists():
        raise AssertionError(f"the {scenario} worker failed before the kill (seed {seed}):\n{error.read_text()}")
    killed = os.WIFSIGNALED(status) and not finished
    return checks.read_journal(journal), killed


# How far into each stream a kill lands: after 0..N journalled changes, plus up to one change's time.
STREAMS = {"saves": (40, 0.03), "import": (2 * scenarios.IMPORT_PAIRS - 1, 0.25)}


def killed_stream(server: ForkServer, scenario: str, template: Path, work: Path, seed: int) -> Run:
    db = scenarios.copy_for_run(template, work / f"{scenario}-{seed}")
    after, within = STREAMS[scenario]
    journal, killed = kill_run(server, scenario, db, seed, after_changes=after, within_seconds=within)
    verdict = Verdict()
    checks.check_run(scenario, db, journal, verdict)
    return Run(seed, db, journal, killed, verdict)


def run_seeds(scenario: str, runs: int) -> list[int]:
    return [SEED * 1000 + hash_scenario(scenario) + i for i in range(runs)]


def hash_scenario(name: str) -> int:
    return sum(name.encode()) * 10_000  # stable across processes, unlike hash()


@dataclass(frozen=True)
class OldDatabase:
    """A template at an earlier revision with rows in every table, and how long its migration takes."""

    revision: str
    path: Path
    inserted: dict
    seconds: float


def old_database(folder: Path, revision: str) -> OldDatabase:
    import shutil

    from klinik_app.db.migrate import migrate

    engine = schema_rows.database_at(folder / f"at-{revision}.sqlite", revision)
    inserted = schema_rows.fill_every_table(engine)
    engine.dispose()
    path = scenarios.finish(folder / f"at-{revision}.sqlite")
    trial = folder / f"trial-{revision}.sqlite"
    shutil.copyfile(path, trial)
    engine = make_engine(str(trial))
    started = time.perf_counter()
    migrate(engine, backup_dir=folder / "trial-backups")
    seconds = time.perf_counter() - started  # only where to place the kills, never asserted
    engine.dispose()
    return OldDatabase(revision, path, inserted, seconds)


def killed_migration(server: ForkServer, old: OldDatabase, work: Path, seed: int) -> Run:
    from klinik_app.db.migrate import current_revision, head_revision, migrate

    db = scenarios.copy_for_run(old.path, work / f"migrate-{old.revision}-{seed}")
    journal, killed = kill_run(server, "migrate", db, seed, after_changes=0, within_seconds=old.seconds * 1.5)
    verdict = Verdict(journalled=sum(1 for e in journal if "migrated" in e))
    if checks.integrity(db) != "ok":
        verdict.corrupt = True
        return Run(seed, db, journal, killed, verdict)
    engine = make_engine(str(db))
    try:
        revision = current_revision(engine)
        if revision not in (old.revision, head_revision()):
            verdict.violations.append(f"stopped half-way at revision {revision}")
        if verdict.journalled and revision != head_revision():
            verdict.lost.append(f"the committed migration to {head_revision()}")
        verdict.lost += schema_rows.missing_rows(engine, old.inserted)
        migrate(engine)  # the next start resumes
        verdict.lost += [f"after resuming: {m}" for m in schema_rows.missing_rows(engine, old.inserted)]
        if schema_rows.foreign_key_problems(engine):
            verdict.violations.append("foreign_key_check found rows after resuming")
    finally:
        engine.dispose()
    for backup in (db.parent / "backups").glob("*.sqlite"):  # a final name only ever on a whole copy
        if checks.integrity(backup) != "ok":
            verdict.violations.append(f"backup {backup.name} is not whole")
    return Run(seed, db, journal, killed, verdict)
