"""Region-scale timings for the follow-up indicators (issue 9): a year's report and the dashboard.

    .venv/bin/python benchmarks/bench_indicators.py     # needs the files of bench_recall.py,
                                                        # bench_appointments.py and bench_deviations.py

The other benchmarks' files are read as they are (not migrated, nothing written), except recall's:
completed month ends' revision figures are stored (services.revision_month), so its indicators run on
benchmarks/out/indicators.sqlite, a migrated copy made once (--fresh: again). Each indicator group is
timed on the file that has its data:
- indicators.sqlite (recall.sqlite's 400,000 patients, 1.2 million examinations): listed per month,
  the revision figures and the dental health data. First, as a one-off (what a clinic's first run
  after the upgrade costs), the stored month ends are cleared and taken again: the revision figures
  and the dental-health sums of the last 24 completed month ends, then the listing snapshots (every
  month since 2006);
- benchmarks/out/appointments.sqlite: 300,000 patients, 3 million times: the absence figures;
- benchmarks/out/deviations.sqlite: the deviation register: deviations and days to answer.
Measured, medians of --repeats runs:
- the report: indicator_values for a whole year (--year, measured on its last day: the month end's
  stored figures) and for the running year (measured today: the stored due dates);
- the dashboard: dashboard_data(last month) for the indicators the dashboard shows (--dashboard,
  default all: the window reads every indicator), i.e. the year so far and 24 months of each.
Targets: a year's report under 10 s (the groups summed), the dashboard under 1 s.
"""

from __future__ import annotations

import argparse
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

from sqlalchemy import delete  # noqa: E402

from klinik_app.db.engine import make_engine  # noqa: E402
from klinik_app.db.migrate import migrate  # noqa: E402
from klinik_app.db.models import AppSetting, DentalHealthMonth, MonthSnapshot, RevisionMonth  # noqa: E402
from klinik_app.domain.capitation import month_ends  # noqa: E402
from klinik_app.domain.dates import add_months  # noqa: E402
from klinik_app.services import dental_health_month, indicators, revision_month, snapshots  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
TODAY = date(2026, 11, 22)
COPY = "indicators.sqlite"  # the migrated copy of recall.sqlite
GROUPS = {
    COPY: indicators.LISTED + indicators.REVISION + tuple(i for i in indicators.DEFINITIONS
                                                                      if i.startswith(("deft", "dft", "caries"))),
    "appointments.sqlite": indicators.ABSENCE,
    "deviations.sqlite": indicators.DEVIATIONS + ("listing_stop_days",),
}


def timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3), result


def prepare_copy(fresh: bool) -> dict:
    source, copy = OUT / "recall.sqlite", OUT / COPY
    if copy.exists() and not fresh:
        return {"database": "reused"}
    if not source.exists():
        return {"database": "missing recall.sqlite: run bench_recall.py first"}
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    for suffix in ("", "-wal"):
        if Path(str(source) + suffix).exists():
            shutil.copyfile(str(source) + suffix, str(copy) + suffix)
    engine = make_engine(str(copy))
    with tempfile.TemporaryDirectory() as backups:  # the copy is its own backup
        migrate(engine, backup_dir=Path(backups))
    engine.dispose()
    return {"database": "copied and migrated", "prepare_s": round(time.perf_counter() - start, 1)}


def take_month_ends(ctx: ServiceContext) -> dict:
    """The one-off: nothing taken, then the revision month ends and the listing snapshots taken."""
    with ctx.begin() as s:
        s.execute(delete(RevisionMonth))
        s.execute(delete(DentalHealthMonth))
        s.execute(delete(MonthSnapshot))
        s.execute(delete(AppSetting).where(AppSetting.key == snapshots.TAKEN_THROUGH))
    last = snapshots.last_completed_month_end(ctx.today)
    ends = month_ends(add_months(last.replace(day=1), 1 - revision_month.AHEAD_MONTHS), last)
    start = time.perf_counter()
    revision_months = revision_month.take(ctx, ends)
    middle = time.perf_counter()
    health_months = dental_health_month.take(ctx, ends)
    later = time.perf_counter()
    listing_months = snapshots.take_month_snapshots(ctx)  # the revision and health months are taken already
    end = time.perf_counter()
    return {"revision_months": revision_months, "revision_months_s": round(middle - start, 3),
            "dental_health_months": health_months, "dental_health_months_s": round(later - middle, 3),
            "listing_months": listing_months, "listing_snapshots_s": round(end - later, 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="copy and migrate recall.sqlite again")
    parser.add_argument("--dashboard", default="all",
                        help="the indicators the dashboard reads (comma separated; all: every one, as the window)")
    args = parser.parse_args()
    actor = Actor(user_id="SE2321000222-P0001", roles=frozenset({"verksamhetschef"}))
    report: dict = {"today": TODAY.isoformat(), "copy": prepare_copy(args.fresh)}
    charted = list(indicators.DEFINITIONS) if args.dashboard == "all" else args.dashboard.split(",")
    for name, ids in GROUPS.items():
        path = OUT / name
        if not path.exists():
            report[name] = "missing: run its benchmark first"
            continue
        ctx = ServiceContext(make_engine(str(path)), actor=actor, today=TODAY)
        row: dict = take_month_ends(ctx) if name == COPY else {}
        for label, first, last in (("past_year", date(args.year, 1, 1), date(args.year, 12, 31)),
                                   ("running_year", date(TODAY.year, 1, 1), date(TODAY.year, 12, 31))):
            row[label + "_s"], values = timed(lambda: indicators.indicator_values(ctx, first, last, ids), args.repeats)
            row[label] = {v.id: None if v.value is None else round(v.value, 3) for v in values}
        shown = [i for i in charted if i in ids]
        if shown:
            row["dashboard_ids"] = shown
            row["dashboard_s"], _ = timed(lambda: indicators.dashboard_data(ctx, TODAY, shown), args.repeats)
        report[name] = row
        ctx.engine.dispose()
    for label in ("past_year", "running_year", "dashboard"):
        report[f"total_{label}_s"] = round(sum(r.get(f"{label}_s", 0) for r in report.values()
                                               if isinstance(r, dict)), 3)
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
