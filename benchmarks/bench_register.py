"""Region-scale timings for the foundation (issue 2): demo data, opening the window, search.

    .venv/bin/python benchmarks/bench_register.py --patients 400000

Targets: demo of 400,000 under 60 s and a database under 400 MB; the window showing the register
in under 2 s with memory under 400 MB; search from keystroke to results p95 under 50 ms for
personnummer and name fragments. Each part runs in its own process so memory figures are honest.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-22"


def run_demo(db: Path, patients: int, exams: bool) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db), "--today", TODAY, "demo",
                    "--patients", str(patients), "--seed", "1", *([] if exams else ["--no-exams"])],
                   check=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    size = sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists())
    return {"demo_seconds": round(seconds, 2), "database_mb": round(size / 1e6, 1)}


WINDOW_PROBE = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import date
from PySide6.QtWidgets import QApplication
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.app import create_main_window
app = QApplication([])
ctx = ServiceContext.open(sys.argv[1], actor=Actor.os_account(), today=date.fromisoformat(sys.argv[2]))
window = create_main_window(ctx)
window.resize(1280, 800)
window.show()
model = window.register.model
for _ in range(20):
    app.processEvents()
first = model.index(0, 1).data()
shown = time.perf_counter() - t0
window.grab()  # a real paint of the visible rows
painted = time.perf_counter() - t0
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"window_shown_seconds": round(shown, 3), "window_painted_seconds": round(painted, 3),
                  "rows": model.rowCount(), "first_row": bool(first), "peak_memory_mb": round(rss_mb, 1)}), flush=True)
window.close()
ctx.close()
os._exit(0)  # the numbers are out; skip interpreter teardown
"""


def run_window(db: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", WINDOW_PROBE, str(db), TODAY], check=True, cwd=ROOT,
                         capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


SEARCH_PROBE = r"""
import json, os, random, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from datetime import date
from PySide6.QtWidgets import QApplication
from sqlalchemy import text
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.app import create_main_window

app = QApplication([])
ctx = ServiceContext.open(sys.argv[1], actor=Actor.os_account(), today=date.fromisoformat(sys.argv[2]))
rng = random.Random(42)
with ctx.engine.connect() as c:
    n = c.execute(text("SELECT max(id) FROM patient")).scalar()
    sample = [c.execute(text("SELECT personnummer, first_name, last_name FROM patient WHERE id = :i"),
                        {"i": rng.randint(1, n)}).one() for _ in range(int(sys.argv[3]))]

def pnr_fragment(p):
    ten = p[2:8] + "-" + p[8:]  # the 10-digit form with '-', as people type it
    length = rng.randint(4, 8)
    start = rng.randint(0, len(ten) - length)
    return ten[start:start + length]

def name_fragment(first, last):
    if rng.random() < 0.5:
        length = rng.randint(min(3, len(last)), min(6, len(last)))
        start = rng.randint(0, len(last) - length)
        return last[start:start + length]
    return f"{first[:rng.randint(2, len(first))]} {last[:3]}"

window = create_main_window(ctx)
window.show()
app.processEvents()
view = window.register
field = view.search_field
debounce_ms = view._timer.interval()
results = {}
for label, fragments in (("personnummer", [pnr_fragment(p) for p, _, _ in sample]),
                         ("name", [name_fragment(f, l) for _, f, l in sample])):
    times = []
    hits = 0
    for fragment in fragments:
        field.clear()
        app.processEvents()
        start = time.perf_counter()
        field.setText(fragment)   # the same signal a keystroke gives
        view.flush_search()       # run now; the typing pause the window waits for is added below
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000 + debounce_ms)
        hits += view.model.rowCount() > 0
    times.sort()
    results[label] = {"p50_ms": round(statistics.median(times), 1),
                      "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
                      "max_ms": round(times[-1], 1), "queries": len(times), "with_hits": hits}
print(json.dumps(results), flush=True)
window.close()
ctx.close()
os._exit(0)  # the numbers are out; skip interpreter teardown
"""


def run_search(db: Path, queries: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SEARCH_PROBE, str(db), TODAY, str(queries)], cwd=ROOT,
                         capture_output=True, text=True, env=env)
    if out.returncode:
        raise SystemExit(f"search probe failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=400_000)
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "out" / "region.sqlite")
    parser.add_argument("--reuse", action="store_true", help="skip building the database if it exists")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--exams", action="store_true",
                        help="build the demo with its five-year examination history (issue 4 data)")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"patients": args.patients, "exams": args.exams, "cpu_count": os.cpu_count()}
    if not (args.reuse and args.db.exists()):
        report.update(run_demo(args.db, args.patients, args.exams))
    report.update(run_window(args.db))
    report["search"] = run_search(args.db, args.queries)
    targets = {
        "demo under 60 s": report.get("demo_seconds", 0) < 60,
        "database under 400 MB": report.get("database_mb", 0) < 400,
        "window under 2 s": report["window_painted_seconds"] < 2,
        "memory under 400 MB": report["peak_memory_mb"] < 400,
        "personnummer search p95 under 50 ms": report["search"]["personnummer"]["p95_ms"] < 50,
        "name search p95 under 50 ms": report["search"]["name"]["p95_ms"] < 50,
    }
    report["targets_met"] = targets
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
