"""Region-scale timings for the recall list (`klinik recall-list`) and its stored due dates.

    .venv/bin/python benchmarks/bench_recall.py            # build benchmarks/out/recall.sqlite (~1 min)
    .venv/bin/python benchmarks/bench_recall.py --reuse    # use it again

Builds a fresh 400,000-patient demo database with its five-year examination history (`klinik demo`,
timed: the whole command) and reports its size. Then, on that file and in the same run:
- the recall list for one month and for one year, JSON built (recall_list + as_json), medians of
  --repeats runs, against a hand-written SQL query for the same list (the rows, fetched), in two
  forms: as one would write it (the planner reads the due index) and in patient order (the form the
  service uses); the ratio is to the faster of the two, and the lists are checked to be equal;
- ensure_current: the cheap check when the rows are current, and the full bulk recomputation
  (every patient, as after a change of rule set);
- once, the list computed live (a --today before the latest examination).
Targets: month under 0.3 s, year under 1 s, ratio at most 1.5, the demo under 60 s.

--pragma "PRAGMA threads=2" (repeatable) runs extra pragmas on every connection, the service's and the
hand-written SQL's alike: to weigh a change to klinik_app/db/engine.py before making it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, select, update  # noqa: E402

from klinik_app.db.models import Examination, Patient, RevisionDue  # noqa: E402
from klinik_app.services import recall_list, revision_due  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

TODAY = "2026-11-22"
OUT = ROOT / "benchmarks" / "out"
RANGES = {"month": ("2026-12-01", "2026-12-31"), "year": ("2026-12-01", "2027-11-30")}

# The same list as hand-written SQL: listed today (start on or before, no end before, not entered
# in error), due in the range, care-ends (NULL) left out, ordered by due date and personnummer.
HAND_SQL = """
SELECT p.personnummer, p.first_name || ' ' || p.last_name, d.due, d.reason, d.requires_dentist,
       MAX(0, CAST(julianday(:today) - julianday(d.due) AS INTEGER)), l.listing_type, d.care_ends,
       d.last_exam, d.last_dentist_exam, r.override_due, r.disabled_until
FROM revision_due d {hint}
JOIN patient p ON p.id = d.patient_id
JOIN listing l ON l.patient_id = d.patient_id AND l.status <> 'entered-in-error' AND l.start_date <= :today
     AND (l.end_date IS NULL OR l.end_date >= :today)
LEFT JOIN recall r ON r.patient_id = d.patient_id
WHERE d.due BETWEEN :lo AND :hi
ORDER BY d.due, p.personnummer
"""
HAND_FORMS = {"as_written": "", "patient_order": "NOT INDEXED"}


def prepare(db: Path, patients: int, reuse: bool) -> dict:
    if reuse and db.exists():
        return {"database": "reused"}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db), "--today", TODAY, "demo",
                    "--patients", str(patients), "--seed", "1"], check=True, cwd=ROOT)
    return {"database": "built", "demo_seconds": round(time.perf_counter() - start, 2)}


def sizes(db: Path) -> dict:
    return {"file_mb": round(db.stat().st_size / 2**20, 1),
            "wal_mb": round(Path(f"{db}-wal").stat().st_size / 2**20, 1) if Path(f"{db}-wal").exists() else 0.0}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def time_service(ctx: ServiceContext, lo: str, hi: str, repeats: int) -> tuple[dict, list]:
    runs, lists, jsons = [], [], []
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = recall_list.recall_list(ctx, date.fromisoformat(lo), date.fromisoformat(hi))
        t1 = time.perf_counter()
        text = result.as_json()
        t2 = time.perf_counter()
        runs.append(t2 - t0)
        lists.append(t1 - t0)
        jsons.append(t2 - t1)
    return {"items": len(result.items), "source": result.source, "seconds": _median(runs),
            "list_seconds": _median(lists), "json_seconds": _median(jsons), "json_mb": round(len(text) / 2**20, 1),
            "runs": [round(x, 3) for x in runs]}, result.items


def time_hand_sql(db: Path, lo: str, hi: str, repeats: int, pragmas: list[str]) -> dict:
    con = sqlite3.connect(db)
    for pragma in pragmas:
        con.execute(pragma)
    out = {}
    try:
        params = {"today": TODAY, "lo": lo, "hi": hi}
        for form, hint in HAND_FORMS.items():
            sql = HAND_SQL.format(hint=hint)
            runs, rows = [], []
            for _ in range(repeats):
                t0 = time.perf_counter()
                rows = con.execute(sql, params).fetchall()
                runs.append(time.perf_counter() - t0)
            out[form] = {"seconds": _median(runs), "rows": rows}
    finally:
        con.close()
    return out


def time_ensure_current(ctx: ServiceContext) -> dict:
    t0 = time.perf_counter()
    revision_due.ensure_current(ctx)
    check = time.perf_counter() - t0
    with ctx.begin() as s:  # as if another rule set had computed one row: everyone is recomputed
        s.execute(update(RevisionDue).where(RevisionDue.patient_id == 1).values(rule_set="benchmark 0"))
    t0 = time.perf_counter()
    written = revision_due.ensure_current(ctx)
    full = time.perf_counter() - t0
    return {"check_seconds": round(check, 4), "full_recompute_seconds": round(full, 2), "rows_written": written}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--patients", type=int, default=400_000)
    parser.add_argument("--db", type=Path, default=OUT / "recall.sqlite")
    parser.add_argument("--reuse", action="store_true", help="reuse --db instead of building it")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-live", action="store_true", help="leave out the live computation (about 10 s)")
    parser.add_argument("--pragma", action="append", default=[], help="an extra pragma on every connection")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"cpu_count": os.cpu_count(), **prepare(args.db, args.patients, args.reuse)}
    report["size"] = sizes(args.db)
    if args.pragma:
        report["extra_pragmas"] = args.pragma

    head = Actor("SE2321000222-V0001", roles=frozenset({"verksamhetschef"}))  # reads patients and reports
    ctx = ServiceContext.open(str(args.db), actor=head, today=date.fromisoformat(TODAY))
    if args.pragma:
        def extra_pragmas(dbapi_connection, _record) -> None:
            for pragma in args.pragma:
                dbapi_connection.execute(pragma)

        event.listen(ctx.engine, "connect", extra_pragmas)
        ctx.engine.dispose()  # the connections opened so far lack them
    try:
        with ctx.sessions() as s:
            report["patients"] = s.scalar(select(func.count()).select_from(Patient))
            report["examinations"] = s.scalar(select(func.count()).select_from(Examination))
        report["ensure_current"] = time_ensure_current(ctx)
        for name, (lo, hi) in RANGES.items():
            service, items = time_service(ctx, lo, hi, args.repeats)
            hand = time_hand_sql(args.db, lo, hi, args.repeats, args.pragma)
            fastest = min(hand.values(), key=lambda h: h["seconds"])
            same = all(h["rows"] == [tuple(i) for i in items] for h in hand.values())
            report[name] = {
                "from": lo, "to": hi, "service_json": service,
                "hand_sql": {form: h["seconds"] for form, h in hand.items()},
                "ratio": round(service["seconds"] / fastest["seconds"], 2),
                "ratio_to_hand_sql_as_written": round(service["seconds"] / hand["as_written"]["seconds"], 2),
                "same_items_as_hand_sql": same,
            }
        if not args.skip_live:
            past = ServiceContext(ctx.engine, actor=ctx.actor, today=date(2026, 6, 1))
            t0 = time.perf_counter()
            result = recall_list.recall_list(past, date(2026, 7, 1), date(2026, 7, 31))
            text = result.as_json()
            report["live_month_past_today"] = {"today": "2026-06-01", "items": len(result.items),
                                               "source": result.source, "seconds": round(time.perf_counter() - t0, 2),
                                               "json_mb": round(len(text) / 2**20, 1)}
    finally:
        ctx.close()
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    report["targets_met"] = {
        "month under 0.3 s": report["month"]["service_json"]["seconds"] < 0.3,
        "year under 1 s": report["year"]["service_json"]["seconds"] < 1.0,
        "ratio at most 1.5": max(report["month"]["ratio"], report["year"]["ratio"]) <= 1.5,
        **({"demo under 60 s": report["demo_seconds"] < 60} if "demo_seconds" in report else {}),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
