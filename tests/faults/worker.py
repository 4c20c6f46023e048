"""The process the fault tests kill: it performs a stream of changes and journals each one AFTER its
commit returned, so every journalled change must survive a SIGKILL at any later moment.

    python -m tests.faults.worker SCENARIO DB JOURNAL [SEED]   one stream in this process
    python -m tests.faults.worker --serve                       a fork server (below)

Scenarios (the data they work on is prepared by tests/faults/scenarios.py):
- saves: examinations (service record_examination: exam, due date, recall, outbox, access log) and
  recall statuses (service recall.set_status) on the prepared patients, in a seeded random order;
- import: `klinik import patients FILE` then `klinik import exams FILE --as-new` for each prepared pair;
- migrate: `migrate()` of a database at an earlier schema revision.

The fork server imports everything once and forks one child per run, so a run starts in
milliseconds instead of a Python start-up: 100 kills per scenario stay within the normal test run.
Protocol on stdin/stdout, one line each: `run SCENARIO DB JOURNAL SEED` -> `pid N`;
`reap N` -> `status S` (os.waitpid's status, once the child is gone).
"""

from __future__ import annotations

import importlib
import json
import os
import random
import signal
import sys
import traceback
from datetime import timedelta
from pathlib import Path

from tests.faults import scenarios


class Journal:
    """Append-only JSON lines, each fsync'd before the next change starts."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, **entry) -> None:
        os.write(self.fd, (json.dumps(entry) + "\n").encode())
        os.fsync(self.fd)


def saves(db: str, journal: Journal, seed: int) -> None:
    from klinik_app.domain.examination import ExamInput, Risks
    from klinik_app.services import examinations, recall

    rng = random.Random(seed)
    ctx = scenarios.context(db)
    patients = scenarios.saves_patients(ctx)
    for i in range(scenarios.SAVES_PER_RUN):
        pid = rng.choice(patients)
        if rng.random() < 0.7:
            on = scenarios.TODAY - timedelta(days=i)  # one examination a day: never a duplicate
            if rng.random() < 0.8:
                exam = ExamInput(on, "tandlakare", scenarios.DENTIST, Risks(1, 0, 0, 0), 12, deft=0, dft=0,
                                 tobacco=None, bite_check=True)
            else:
                exam = ExamInput(on, "tandskoterska", None)
            done = examinations.record_examination(ctx, pid, exam)
            journal.write(exam=done.examination_id)
        else:
            note = f"fault-{seed}-{i}"
            recall.set_status(ctx, [pid], rng.choice(recall.STATUSES), note)
            journal.write(note=note)
    journal.write(done=True)


def imports(db: str, journal: Journal, seed: int) -> None:
    from klinik_app.cli import main

    folder = Path(db).parent / scenarios.IMPORT_FOLDER
    for k in range(scenarios.IMPORT_PAIRS):
        for kind, extra in (("patients", []), ("exams", ["--as-new"])):
            name = f"{kind}-{k}.csv"
            argv = ["--db", db, "--today", scenarios.TODAY.isoformat(), "--user", scenarios.STAFF]
            code = main([*argv, "import", kind, str(folder / name), *extra])
            if code != 0:
                raise RuntimeError(f"import of {name} exited {code}")
            journal.write(file=name)
    journal.write(done=True)


def migration(db: str, journal: Journal, seed: int) -> None:
    from klinik_app.db.engine import make_engine
    from klinik_app.db.migrate import head_revision, migrate

    engine = make_engine(db)
    migrate(engine)
    journal.write(migrated=head_revision())
    journal.write(done=True)


SCENARIOS = {"saves": saves, "import": imports, "migrate": migration}


def run(scenario: str, db: str, journal_path: str, seed: int) -> None:
    SCENARIOS[scenario](db, Journal(Path(journal_path)), seed)


def _child(args: list[str]) -> None:
    """In the forked child: run, report a failure to JOURNAL.err, never return into the server loop."""
    code = 0
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        out = os.open(args[2] + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(out, 1)  # the command's summaries go beside the journal, not into the test's output
        os.dup2(out, 2)
        run(args[0], args[1], args[2], int(args[3]))
    except BaseException:
        Path(args[2] + ".err").write_text(traceback.format_exc(), encoding="utf-8")
        code = 1
    finally:
        os._exit(code)


def serve() -> None:
    # Everything a child needs is imported here, once.
    for module in ("klinik_app.cli", "klinik_app.services.examinations", "klinik_app.services.recall",
                   "klinik_app.db.migrate", "klinik_app.services.audit"):
        importlib.import_module(module)

    out = sys.stdout
    for line in sys.stdin:
        command, *args = line.split()
        if command == "run":
            pid = os.fork()
            if pid == 0:
                _child(args)
            out.write(f"pid {pid}\n")
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            out.write(f"status {status}\n")
        out.flush()


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        run(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 0)
