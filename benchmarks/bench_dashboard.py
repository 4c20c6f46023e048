"""The "Uppföljning" page (issue 9 item 4) at region scale: does the window stay responsive, and how
long until the values and the trend lines are on screen?

    .venv/bin/python benchmarks/bench_dashboard.py [--db benchmarks/out/indicators.sqlite]

Opens the page offscreen on a benchmark file with the real background threads. The page reads every
indicator, so the file needs the whole schema: indicators.sqlite, the migrated copy of recall.sqlite
that bench_indicators.py makes (400,000 patients, 1.2 million examinations; its absence and deviation
tables are empty), serves. Measured from the page being shown:
- open_s: until the page has painted (the window never waits for the services);
- values_s: until the period's values are in the table;
- series_s: until every indicator's 24-month line is drawn (months_read: how many months by then);
- longest_stall_s: the longest gap between two ticks of a 10 ms timer on the GUI thread meanwhile.
Target: the page opens in under 1 s and the window never freezes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["KLINIK_SERIAL_TASKS"] = "0"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from klinik_app.db.engine import make_engine  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402
from klinik_app.ui import dashboard_view  # noqa: E402
from klinik_app.ui.tasks import running_tasks  # noqa: E402

TODAY = date(2026, 11, 22)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "indicators.sqlite"))
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    actor = Actor(user_id="SE2321000222-P0001", roles=frozenset({"verksamhetschef"}))
    ctx = ServiceContext(make_engine(args.db), actor=actor, today=TODAY)
    view = dashboard_view.DashboardView(ctx)
    view.resize(1200, 720)
    ticks: list[float] = []
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def check() -> None:  # on the GUI thread, every 10 ms: the ticks show how responsive it stays
        now = time.perf_counter()
        ticks.append(now)
        if "values_s" not in marks and view.loaded:
            marks["values_s"] = now - start
            print(f"values after {marks['values_s']:.2f} s", file=sys.stderr)
        done = "values_s" in marks and running_tasks() == 0 and all(line.series_read for line in view.model.lines)
        if done or now - start > args.timeout:
            marks["series_s"] = now - start
            app.quit()

    # No processEvents() loop: with PySide6 6.12 on Python 3.11 each call drops a reference to None.
    timer = QTimer()
    timer.timeout.connect(check)
    view.show()
    view.page_shown()
    QTimer.singleShot(0, lambda: marks.setdefault("open_s", time.perf_counter() - start))
    timer.start(10)
    app.exec()
    opened, values, series = marks.get("open_s"), marks.get("values_s"), marks.get("series_s")
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print(json.dumps({"db": args.db, "open_s": opened and round(opened, 3), "values_s": values and round(values, 3),
                      "series_s": series and round(series, 3), "longest_stall_s": round(max(gaps, default=0), 3),
                      "months_read": len(view.model.lines[0].series) if view.model.lines else 0,
                      "values": {line.definition.id: view.model.cell(line, 1) for line in view.model.lines}},
                     indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
