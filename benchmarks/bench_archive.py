"""Region-scale timings for the clinic archive (issue 13): export (with FHIR) and import of 400,000 patients.

    .venv/bin/python benchmarks/bench_archive.py [--fresh] [--phases export,import] [--fhir-sample N]

The data set is not generated (the demo generator is far too slow at this size): it is a copy,
benchmarks/out/archive400k.sqlite, of the region-scale benchmarks/out/indicators.sqlite (400,000
patients, their guardians, listings, consents, 1.2 million examinations and the demo's appointment
book) with the 3 million appointments of benchmarks/out/appointments.sqlite merged in (for its
300,000 patients, whose ids are the first 300,000 here), upgraded to the head schema. Built once (--fresh: again); the two
sources are only read.

Each phase runs in its own process, so the peak memory printed (ru_maxrss) is that phase's alone
(and worker_peak_mb the largest of its worker processes):
- export: `export_archive` with FHIR, run as the archive dialog runs it (a BackgroundTask, offscreen
  Qt, the GUI-thread garbage collector as the application has it, the worker processes it chooses)
  while a 10 ms QTimer records the longest gap of the event loop (the window's stall) and when
  each gap over 100 ms happened;
- import: `import_archive` of that folder into a new SQLite file, checksums checked first;
- fhir (--fhir-sample N only): the FHIR part alone on the first N patients.
Targets: export and import each under 10 minutes; the window never still for over 100 ms.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "benchmarks" / "out"
SOURCE = OUT / "archive400k.sqlite"
PATIENTS = OUT / "indicators.sqlite"
APPOINTMENTS = OUT / "appointments.sqlite"
TODAY = date(2026, 11, 22)
HEAD = ("SE2321000222-V0001", frozenset({"verksamhetschef", "administrator"}))
STAFF_COLUMNS = ("hsa_id, name, role, password_hash, active, row_version, created_at, created_by, modified_at, "
                 "modified_by, failed_logins, locked_until")


def _ctx(db: Path):
    from klinik_app.services.context import Actor, ServiceContext

    return ServiceContext.open(str(db), actor=Actor(HEAD[0], roles=HEAD[1]), today=TODAY)


def build() -> None:
    """The copy, the appointments (and the staff they name) merged in, then the schema at head."""
    from klinik_app.db.engine import make_engine
    from klinik_app.db.migrate import migrate

    SOURCE.unlink(missing_ok=True)
    with sqlite3.connect(PATIENTS) as src, sqlite3.connect(SOURCE) as dst:
        src.backup(dst)
    with sqlite3.connect(SOURCE) as db:
        db.execute("ATTACH DATABASE ? AS a", (f"file:{APPOINTMENTS}?mode=ro",))
        db.execute(f"INSERT INTO staff_member ({STAFF_COLUMNS}) SELECT {STAFF_COLUMNS} FROM a.staff_member "
                   "WHERE hsa_id NOT IN (SELECT hsa_id FROM main.staff_member)")
        # Same columns, same patient ids; numbered after the demo's own book (bench_recall's demo has one).
        offset = db.execute("SELECT coalesce(max(id), 0) FROM appointment").fetchone()[0]
        columns = [row[1] for row in db.execute("PRAGMA table_info(appointment)")]
        moved = [f"{c} + {offset}" if c in ("id", "reoffer_of_id") else c for c in columns]
        db.execute(f"INSERT INTO appointment ({', '.join(columns)}) SELECT {', '.join(moved)} FROM a.appointment")
    engine = make_engine(str(SOURCE))
    migrate(engine)
    engine.dispose()


def export_in_window(folder: Path) -> dict:
    """The archive dialog's way: a BackgroundTask with progress, the event loop timed by a 10 ms QTimer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from klinik_app.services import archive_export
    from klinik_app.ui.gui_gc import GuiThreadCollector
    from klinik_app.ui.tasks import BackgroundTask, running_tasks

    app = QApplication.instance() or QApplication([])
    ctx = _ctx(SOURCE)
    gaps: list[float] = []
    late: list[str] = []  # when the loop stalled, to find the cause
    reports: list[tuple[int, int]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if gaps[-1] > 0.1:
            late.append(f"{gaps[-1] * 1000:.0f} ms at {now - started:.1f} s")
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    outcome: list = []
    task = BackgroundTask(None, lambda progress, cancelled: archive_export.export_archive(
        ctx, folder, lambda done, total: (reports.append((done, total)), progress(done, total))),
        lambda result: (outcome.append(result), loop.quit()), lambda exc: (outcome.append(exc), loop.quit()))
    gc.collect()
    collector = GuiThreadCollector(app, busy=lambda: running_tasks() > 0)  # as the application has it
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    task.run()
    loop.exec()
    timer.stop()
    collector.stop()
    seconds = time.perf_counter() - started
    app.processEvents()
    ctx.close()
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    fhir: dict[str, int] = {}
    for path in sorted((folder / "fhir").glob("*/*.ndjson")):
        fhir[path.parent.name] = fhir.get(path.parent.name, 0) + sum(1 for _ in open(path, "rb"))
    return {"seconds": round(seconds, 1), "rows": result.rows, "fhir_resources": sum(fhir.values()), "fhir": fhir,
            "progress_reports": len(reports), "max_gap_ms": round(max(gaps) * 1000, 1),
            "gaps_over_100ms": sum(g > 0.1 for g in gaps), "stalls": late, "size_mb": round(
                sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20)}


def phase(name: str, folder: Path, sample: int) -> dict:
    from klinik_app.services import archive_import

    started = time.perf_counter()
    if name == "export":
        figures = export_in_window(folder)
    elif name == "import":
        figures = {"rows": archive_import.import_archive(str(folder.with_suffix(".sqlite")), folder).rows}
    else:
        from klinik_app.services.archive_fhir import write_fhir

        folder.mkdir(parents=True)
        ctx = _ctx(SOURCE)
        with ctx.sessions() as s:
            figures = {"rows": sample, "validated": write_fhir(s, ctx, folder, lambda n: None, limit=sample)}
        ctx.close()
    return {"phase": name, "seconds": round(time.perf_counter() - started, 1), **figures,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            # the largest worker process's (archive_workers), when the export started any
            "worker_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phases", default="export,import")
    parser.add_argument("--fhir-sample", type=int, default=0, help="only the FHIR part, on the first N patients")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--keep", type=Path, help="write the archive here and keep it")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, args.folder, args.fhir_sample)))
        return
    if args.fresh or not SOURCE.exists():
        started = time.perf_counter()
        build()
        print(f"built {SOURCE} in {time.perf_counter() - started:.0f} s", flush=True)
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-archive-", dir=OUT))
    phases = [("fhir", work / "fhir")] if args.fhir_sample else [(n, work / "arkiv") for n in args.phases.split(",")]
    try:
        for name, folder in phases:
            done = subprocess.run([sys.executable, __file__, "--phase", name, "--folder", str(folder),
                                   "--fhir-sample", str(args.fhir_sample)], check=True, capture_output=True, text=True)
            print(done.stdout.strip().splitlines()[-1], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
