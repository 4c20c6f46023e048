"""Region-scale timings for the month-end snapshots (R-LI-8): taking them and reading them back.

    .venv/bin/python benchmarks/bench_listing.py --reuse

Builds a 400,000-patient demo database (or, with --reuse, uses benchmarks/out/listing.sqlite, or
copies benchmarks/out/region.sqlite there; the source is only read). Times take_month_snapshots
for the last 5 years of months and for the whole history since the first listing (the snapshot
rows and the taken-through mark are reset before every repeat), split into the grouped SELECT,
the difference-array computation and the whole call; then month_counts for 24 months (23 taken
and the current one computed live). Medians of --repeats runs. Target: the 5-year take under 2 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete, func, select  # noqa: E402

from klinik_app.db.models import AppSetting, Listing, MonthSnapshot  # noqa: E402
from klinik_app.domain.capitation import listed_per_month, month_end, month_ends  # noqa: E402
from klinik_app.domain.dates import add_months  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402
from klinik_app.services.snapshots import (  # noqa: E402
    TAKEN_THROUGH,
    last_completed_month_end,
    month_counts,
    read_listing_spans,
    take_month_snapshots,
)

TODAY = "2026-11-22"
OUT = ROOT / "benchmarks" / "out"


def prepare(db: Path, source: Path, patients: int, reuse: bool) -> dict:
    if reuse and db.exists():
        return {"database": "reused"}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if reuse and source.exists():
        for suffix in ("", "-wal"):  # a copy: the other benchmark's database is never opened here
            if Path(str(source) + suffix).exists():
                shutil.copyfile(str(source) + suffix, str(db) + suffix)
        return {"database": f"copied from {source.name}"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db), "--today", TODAY, "demo",
                    "--patients", str(patients), "--seed", "1"], check=True, cwd=ROOT)
    return {"database": "built", "demo_seconds": round(time.perf_counter() - start, 2)}


def reset(ctx: ServiceContext, taken_through: date | None) -> None:
    """No snapshot rows; with a mark, every month up to it counts as taken (an empty, older history)."""
    with ctx.begin() as s:
        s.execute(delete(MonthSnapshot))
        s.execute(delete(AppSetting).where(AppSetting.key == TAKEN_THROUGH))
        if taken_through is not None:
            now = ctx.now()
            s.add(AppSetting(key=TAKEN_THROUGH, value=taken_through.isoformat(), created_at=now,
                             created_by="bench", modified_at=now, modified_by="bench"))


def time_take(ctx: ServiceContext, first: date, last: date, taken_through: date | None, repeats: int) -> dict:
    ends = month_ends(first, last)
    select_s, compute_s, call_s, months = [], [], [], 0
    for _ in range(repeats):
        reset(ctx, taken_through)
        with ctx.sessions() as s:  # the two parts of the computation on their own
            t0 = time.perf_counter()
            spans = read_listing_spans(s, ends[0], ends[-1])
            t1 = time.perf_counter()
            counts = listed_per_month(spans, ends)
            t2 = time.perf_counter()
        select_s.append(t1 - t0)
        compute_s.append(t2 - t1)
        reset(ctx, taken_through)
        t0 = time.perf_counter()
        months = take_month_snapshots(ctx)
        call_s.append(time.perf_counter() - t0)
    with ctx.sessions() as s:
        rows = s.scalar(select(func.count()).select_from(MonthSnapshot))
    return {
        "months": months, "rows_stored": rows, "spans_read": len(spans), "groups": len({k for _m, k in counts}),
        "select_seconds": _median(select_s), "difference_arrays_seconds": _median(compute_s),
        "select_and_compute_seconds": _median([a + b for a, b in zip(select_s, compute_s)]),
        "whole_call_seconds": _median(call_s), "whole_call_runs": [round(x, 3) for x in call_s],
    }


def time_counts(ctx: ServiceContext, by: str, repeats: int) -> dict:
    first = add_months(ctx.today.replace(day=1), -23)
    runs, result = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = month_counts(ctx, first, ctx.today, by=by)
        runs.append(time.perf_counter() - t0)
    return {"months": len({c.month_end for c in result}), "rows": len(result),
            "preliminary_months": len({c.month_end for c in result if c.preliminary}), "seconds": _median(runs)}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=400_000)
    parser.add_argument("--db", type=Path, default=OUT / "listing.sqlite")
    parser.add_argument("--source", type=Path, default=OUT / "region.sqlite",
                        help="with --reuse: a demo database to copy when --db does not exist")
    parser.add_argument("--reuse", action="store_true", help="reuse --db, or copy --source, instead of building")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"cpu_count": os.cpu_count(), **prepare(args.db, args.source, args.patients, args.reuse)}

    head = Actor("SE2321000222-V0001", roles=frozenset({"verksamhetschef"}))  # reads patients and reports
    ctx = ServiceContext.open(str(args.db), actor=head, today=date.fromisoformat(TODAY))
    try:
        with ctx.sessions() as s:
            report["listings"] = s.scalar(select(func.count()).select_from(Listing))
            earliest = s.scalar(select(func.min(Listing.start_date)))
        last = last_completed_month_end(ctx.today)
        five_years_back = month_end(add_months(last, -60))
        report["take_5_years"] = time_take(ctx, add_months(five_years_back, 1), last, five_years_back, args.repeats)
        report["take_all_history"] = time_take(ctx, earliest, last, None, args.repeats)
        report["month_counts_24_months"] = {by: time_counts(ctx, by, args.repeats)
                                            for by in ("type", "municipality", "all")}
    finally:
        ctx.close()
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["targets_met"] = {"5-year snapshot under 2 s": report["take_5_years"]["whole_call_seconds"] < 2}
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
