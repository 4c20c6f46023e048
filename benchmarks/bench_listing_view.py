"""Region-scale timings for the Listning page: opening it, and every filter change.

    .venv/bin/python benchmarks/bench_listing_view.py [--reuse] [--proposed-index]

Works on a copy of benchmarks/out/region.sqlite (400,000 demo patients, ~98 % listed; made by
bench_register.py) at benchmarks/out/listing_view.sqlite. The demo has only current listings; a
clinic's table also holds history, so the copy gets some: 8 % of the listings ended (half of them
last year, half on a future date) and 0.2 % entered in error. `--proposed-index` adds the
covering index suggested in services/listing_view.py's report (not in the schema) to the copy.

Targets: the page open (filter choices, count, first page painted) under 1 s; a filter change
(count + first page painted) under 200 ms. The probe runs in its own process, like the real window.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
TODAY = "2026-11-22"
PROPOSED_INDEX = ("CREATE INDEX IF NOT EXISTS ix_listing_patient_start "
                  "ON listing (patient_id, start_date, listing_type, status, end_date)")


def prepare(source: Path, db: Path, reuse: bool, proposed_index: bool) -> dict:
    if not (reuse and db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(db) as dst:
            src.backup(dst)  # consistent even if another benchmark has the source open
        subprocess.run([sys.executable, "-c", MIGRATE, str(db), TODAY], check=True, cwd=ROOT)
        with sqlite3.connect(db) as c:
            c.execute("UPDATE listing SET status = 'finished', end_date = '2025-06-30', end_reason = 'utflyttad-lan' "
                      "WHERE id % 25 = 3")
            c.execute("UPDATE listing SET end_date = '2027-03-31', end_reason = 'aldersgrans' WHERE id % 25 = 7")
            c.execute("UPDATE listing SET status = 'entered-in-error', end_reason = 'felregistrering' "
                      "WHERE id % 500 = 11")
    with sqlite3.connect(db) as c:
        if proposed_index:
            c.execute(PROPOSED_INDEX)
        else:
            c.execute("DROP INDEX IF EXISTS ix_listing_patient_start")
        listings = c.execute("SELECT count(*) FROM listing").fetchone()[0]
        patients = c.execute("SELECT count(*) FROM patient").fetchone()[0]
    return {"patients": patients, "listings": listings, "proposed_index": proposed_index}


MIGRATE = r"""
import sys
from datetime import date
from klinik_app.services.context import Actor, ServiceContext
ServiceContext.open(sys.argv[1], actor=Actor.os_account(), today=date.fromisoformat(sys.argv[2])).close()
"""

PROBE = r"""
import json, os, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KLINIK_SERIAL_TASKS", None)  # the chart is read in the background, as in use
from datetime import date
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.app import create_main_window
from klinik_app.ui.tasks import running_tasks

app = QApplication([])
ctx = ServiceContext.open(sys.argv[1], actor=Actor.os_account(), today=date.fromisoformat(sys.argv[2]))
window = create_main_window(ctx)
window.resize(1280, 800)
window.show()
for _ in range(10):
    app.processEvents()
view = window.listing_view
pages = []
real_page = view.model._services.listing_page
def timed_page(*args, **kwargs):
    t = time.perf_counter()
    rows = real_page(*args, **kwargs)
    pages.append((time.perf_counter() - t) * 1000)
    return rows
view.model._services = type("S", (), {"count_listings": staticmethod(view.model._services.count_listings),
                                      "listing_page": staticmethod(timed_page)})

def ms(start):
    return round((time.perf_counter() - start) * 1000, 1)

# Open: Ctrl+2 -> filter choices, count, first page, painted (the chart starts in the background).
start = time.perf_counter()
window.show_listing_page()
app.processEvents()
view.table.viewport().grab()  # a real paint of the visible rows
opened_ms = ms(start)
first_row = view.model.listing_row(0)
chart_start = time.perf_counter()
while running_tasks():
    app.processEvents()
    time.sleep(0.005)
app.processEvents()
chart_ms = ms(chart_start)
total = view.model.total

def set_filter(**choice):
    boxes = {"type": view.type_box, "status": view.status_box, "dentist": view.dentist_box,
             "municipality": view.municipality_box, "month": view.month_box}
    for box in boxes.values():
        box.blockSignals(True)
        box.setCurrentIndex(0)
    for name, data in choice.items():
        box = boxes[name]
        index = box.findData(data) if not isinstance(data, int) else data
        box.setCurrentIndex(index)
    for box in boxes.values():
        box.blockSignals(False)
    start = time.perf_counter()
    view.apply_filter()  # what a changed combo box runs
    app.processEvents()
    view.table.viewport().grab()
    return ms(start), view.model.total

dentists = [view.dentist_box.itemData(i) for i in range(1, view.dentist_box.count())]
municipalities = [view.municipality_box.itemData(i) for i in range(1, view.municipality_box.count())]
months = [view.month_box.itemData(i) for i in range(1, view.month_box.count())]
changes = [
    ("type val", {"type": "val"}), ("type icke-val", {"type": "icke-val"}),
    ("status active", {"status": "active"}), ("status planned", {"status": "planned"}),
    ("status finished", {"status": "finished"}), ("status error", {"status": "entered-in-error"}),
    ("month latest", {"month": months[0]}), ("month 12 ago", {"month": months[12]}),
    ("month 2008", {"month": next(m for m in months if m.startswith("2008-06"))}),
    ("dentist", {"dentist": dentists[2]}), ("no dentist", {"dentist": ""}),
    ("municipality large", {"municipality": "2480"}), ("municipality small", {"municipality": "2403"}),
    ("val+active+dentist", {"type": "val", "status": "active", "dentist": dentists[0]}),
    ("val+month+municipality", {"type": "val", "month": months[6], "municipality": "2482"}),
    ("icke-val+finished+dentist", {"type": "icke-val", "status": "finished", "dentist": dentists[1]}),
    ("all", {}),
]
filter_ms = {}
for label, choice in changes:
    took, count = set_filter(**choice)
    filter_ms[label] = {"ms": took, "listings": count}
times = [v["ms"] for v in filter_ms.values()]

# Scrolling: the next page (by key) and jumps (by offset, from the nearer end).
set_filter()
view.model.listing_row(0)
pages.clear()
t = time.perf_counter(); view.model.listing_row(200); next_page_ms = ms(t)
jumps = {}
for where in (0.1, 0.25, 0.5, 0.75, 0.999):
    row = int(view.model.total * where)
    t = time.perf_counter(); view.model.listing_row(row); jumps[f"{where:.0%}"] = ms(t)

print(json.dumps({
    "open_listning_page_ms": opened_ms, "listings_shown": total, "first_row": bool(first_row),
    "chart_background_ms": chart_ms,
    "filter_change_median_ms": round(statistics.median(times), 1), "filter_change_max_ms": max(times),
    "filter_changes": filter_ms, "next_page_by_key_ms": next_page_ms, "jump_ms": jumps,
}), flush=True)
window.close()
ctx.close()
os._exit(0)  # the numbers are out; skip interpreter teardown (PySide6 may crash there)
"""


def run_probe(db: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PROBE, str(db), TODAY], cwd=ROOT, capture_output=True, text=True,
                         env=env)
    if out.returncode:
        raise SystemExit(f"probe failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", type=Path, default=OUT / "region.sqlite")
    parser.add_argument("--db", type=Path, default=OUT / "listing_view.sqlite")
    parser.add_argument("--reuse", action="store_true", help="keep an existing copy (with its history)")
    parser.add_argument("--proposed-index", action="store_true", help="add the suggested covering index")
    parser.add_argument("--runs", type=int, default=3, help="probe processes; the median run is reported")
    args = parser.parse_args()
    if not args.source.exists() and not (args.reuse and args.db.exists()):
        raise SystemExit(f"{args.source} is missing: run benchmarks/bench_register.py first")
    report: dict = {"cpu_count": os.cpu_count(), **prepare(args.source, args.db, args.reuse, args.proposed_index)}
    runs = sorted((run_probe(args.db) for _ in range(args.runs)), key=lambda r: r["filter_change_median_ms"])
    report.update(runs[len(runs) // 2])
    report["runs"] = [{k: r[k] for k in ("open_listning_page_ms", "filter_change_median_ms", "filter_change_max_ms")}
                      for r in runs]
    report["targets_met"] = {
        "page open under 1 s": all(r["open_listning_page_ms"] < 1000 for r in runs),
        "filter change under 200 ms (max)": all(r["filter_change_max_ms"] < 200 for r in runs),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
