"""Region-scale timing for a summons batch (issue 4: 1,000 summons letters under 15 s).

    .venv/bin/python benchmarks/bench_summons.py             # needs benchmarks/out/recall.sqlite
                                                             # (made by bench_recall.py)

Works on a copy of the recall benchmark's 400,000-patient database (the batch records each letter on
the patients' recalls). Takes the first 1,000 patients of a month's recall list (the worklist, as
the window does), then times `summons_batch` end to end: gathering patients and guardians, planning
households, rendering the PDF, recording the recalls and the access log. Median of --repeats runs,
each on patients not yet summoned. The last run goes as the window runs it (ui.tasks.BackgroundTask
on an offscreen Qt event loop) while a 10 ms timer measures the longest stall of the event loop.
Prints JSON.
"""

from __future__ import annotations

import argparse
import os
import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from klinik_app.services import recall, summons  # noqa: E402
from klinik_app.services.clinic import set_clinic_address  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

SOURCE = ROOT / "benchmarks" / "out" / "recall.sqlite"
TODAY = date(2026, 11, 22)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: run benchmarks/bench_recall.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "summons.sqlite"
        shutil.copyfile(SOURCE, db)
        ctx = ServiceContext.open(str(db), actor=Actor(user_id="SE2321000222-P0001", roles=frozenset({"reception"})), today=TODAY)
        set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
        started = time.perf_counter()
        work = recall.worklist(ctx, recall.WorklistFilter(date(2027, 1, 1), date(2027, 3, 31), include_overdue=False))
        worklist_s = time.perf_counter() - started
        ids = [i.patient_id for i in work.items]
        runs, results = [], []
        for n in range(args.repeats):
            batch = ids[n * args.patients:(n + 1) * args.patients]
            started = time.perf_counter()
            result = summons.summons_batch(ctx, batch, Path(tmp) / f"k{n}.pdf")
            runs.append(time.perf_counter() - started)
            results.append(result)
        batch = ids[args.repeats * args.patients:(args.repeats + 1) * args.patients]
        window_s, stall_ms = _in_window(ctx, batch, Path(tmp) / "window.pdf")
        ctx.close()
    last = results[-1]
    print(json.dumps({
        "worklist_items": len(work.items), "worklist_s": round(worklist_s, 3),
        "patients": args.patients, "letters": last.rendered.letters, "pages": last.rendered.pages,
        "manual": len(last.manual), "skipped": len(last.skipped),
        "batch_s": [round(r, 2) for r in runs], "batch_median_s": round(statistics.median(runs), 2),
        "target_s": 15, "in_window_s": round(window_s, 2), "event_loop_max_stall_ms": round(stall_ms, 1),
    }, indent=2))
    return 0


def _in_window(ctx, batch: list[int], path: Path) -> tuple[float, float]:
    """The batch as a BackgroundTask on a Qt event loop; the longest gap between 10 ms timer ticks."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.pop("KLINIK_SERIAL_TASKS", None)
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from klinik_app.ui.tasks import BackgroundTask

    app = QApplication.instance() or QApplication([])
    loop, clock, last, worst = QEventLoop(), QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 10)
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    started = time.perf_counter()
    task = BackgroundTask(None, lambda progress, cancelled: summons.summons_batch(
        ctx, batch, path, progress=progress, cancelled=cancelled), lambda _r: loop.quit(), lambda _e: loop.quit())
    last[0] = clock.elapsed()
    timer.start()
    task.run()
    loop.exec()
    timer.stop()
    app.processEvents()
    return time.perf_counter() - started, float(worst[0])


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # no Qt teardown at interpreter exit (PySide6 may crash there)
