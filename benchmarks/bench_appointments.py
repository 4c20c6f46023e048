"""Region-scale timings for the appointment book (issue 5): the day view and a year of absence statistics.

    .venv/bin/python benchmarks/bench_appointments.py            # build benchmarks/out/appointments.sqlite
    .venv/bin/python benchmarks/bench_appointments.py --reuse    # use it again

Builds a region's register (`klinik demo --no-exams`, 300,000 patients, timed) and appends
--appointments times (default 3 million) spread over the three years before --today and the eight
weeks after it, straight into the file in large batches: 250 caregivers, weekdays from 08:00 in
30-minute slots (15 of 16 slots filled), about 6 % no-shows, 3 % late and 6 % timely cancellations,
80 % agreed; the table's indexes are built once at the end. Then, on that file and in the same run:
- the day view (appointments.book_view) of 20 caregivers for one day, on five days (past, today,
  future), medians of --repeats runs, access-log entries for the patients shown included;
- the same day view as a hand-written SQL query (the rows, fetched), for comparison;
- a year of absence statistics (absence_stats.year_statistics) for two years, and one month.
The build fills what the statistics read as every writer does (services.appointment_counts): R-AB-6
decided per missed time with the listing that day, the monthly counts summed in memory and written
once, then the re-offer days of the patients with counted absences.
Targets: the day view under 200 ms, a year of statistics under 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session  # noqa: E402

from klinik_app.db.engine import make_engine  # noqa: E402
from klinik_app.domain.absence import contribution  # noqa: E402
from klinik_app.domain.dates import add_years  # noqa: E402
from klinik_app.domain.local_time import day_bounds, to_utc  # noqa: E402
from klinik_app.domain.ruleset import default_rules_dir, load_rule_sets, rule_set_for  # noqa: E402
from klinik_app.services import absence_stats, appointment_counts, appointments  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

TODAY = "2026-11-22"
OUT = ROOT / "benchmarks" / "out"
CAREGIVERS, SLOTS = 250, 16
HSA = "SE2321000222-B{:04d}"
BATCH = 200_000
COLUMNS = ("id", "uuid", "patient_id", "caregiver_hsa_id", "starts_at", "minutes", "kind", "status", "status_set_at",
           "status_set_by", "cancelled_at", "agreed", "agreed_at", "agreed_by", "agreed_with", "agreed_how",
           "first_agreed_start", "fee_sek", "absence_counted", "origin", "row_version", "created_at", "created_by",
           "modified_at", "modified_by")
HAND_SQL = """
SELECT a.id, a.starts_at, a.minutes, a.kind, a.status, p.first_name, p.last_name, p.personnummer, s.name
FROM appointment a JOIN patient p ON p.id = a.patient_id LEFT JOIN staff_member s ON s.hsa_id = a.caregiver_hsa_id
WHERE a.starts_at >= ? AND a.starts_at < ? AND a.caregiver_hsa_id IN ({marks})
ORDER BY a.starts_at, a.id
"""


def _text(at: datetime) -> str:
    return at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ")


def build(db: Path, patients: int, target: int, reuse: bool) -> dict:
    if reuse and db.exists():
        return {"database": "reused"}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db), "--today", TODAY, "demo",
                    "--patients", str(patients), "--seed", "1", "--no-exams"], check=True, cwd=ROOT)
    demo_seconds = time.perf_counter() - start
    start = time.perf_counter()
    made = _append(db, target)
    return {"database": "built", "demo_seconds": round(demo_seconds, 1), "appointments": made,
            "append_seconds": round(time.perf_counter() - start, 1)}


def _append(db: Path, target: int) -> int:
    """`target` times over three years and eight weeks, in SQLite's text forms, indexes built after."""
    rng = random.Random(1)
    today = date.fromisoformat(TODAY)
    first, last = add_years(today, -3), today + timedelta(days=56)
    days = [d for d in (first + timedelta(days=n) for n in range((last - first).days + 1)) if d.weekday() < 5]
    per_day = -(-target // len(days))
    con = sqlite3.connect(db)
    n_patients = con.execute("SELECT max(id) FROM patient").fetchone()[0]
    rule_set = con.execute("SELECT rule_set_id FROM clinic").fetchone()[0]
    rules = rule_set_for(rule_set, today, load_rule_sets(default_rules_dir())).absence
    births = {pid: int(born[:4]) for pid, born in con.execute("SELECT id, birth_date FROM patient")}
    listings: dict[int, list] = {}
    for pid, status, start, end in con.execute("SELECT patient_id, status, start_date, end_date FROM listing"):
        listings.setdefault(pid, []).append((status, date.fromisoformat(start), end and date.fromisoformat(end)))
    tally, counted_patients = appointment_counts.Tally(), set()
    stamp = _text(datetime.now(timezone.utc).replace(microsecond=0))
    con.executemany("INSERT INTO staff_member (hsa_id, name, role, active, failed_logins, row_version, created_at, "
                    "created_by, modified_at, modified_by) VALUES (?, ?, ?, 1, 0, 1, ?, 'bench', ?, 'bench')",
                    [(HSA.format(i), f"Vårdgivare {i}", ("tandlakare", "tandhygienist")[i % 2], stamp, stamp)
                     for i in range(CAREGIVERS)])
    indexes = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                          "AND tbl_name = 'appointment'").fetchall()
    for name, _ in indexes:
        con.execute(f'DROP INDEX "{name}"')
    prefix = str(uuid.UUID(int=rng.getrandbits(128), version=4))[:24]
    slots = [(cg, slot) for cg in range(CAREGIVERS) for slot in range(SLOTS)]
    rows, made = [], 0
    for day in days:
        if made >= target:
            break
        local_eight = datetime(day.year, day.month, day.day, 8, 0)
        for cg, slot in rng.sample(slots, min(per_day, target - made, len(slots))):
            starts = to_utc(local_eight + timedelta(minutes=30 * slot))
            draw = rng.random()
            status = ("booked" if day > today else "no-show" if draw < 0.06 else "late-cancellation" if draw < 0.09
                      else "cancelled" if draw < 0.15 else "attended")
            agreed = rng.random() < 0.8
            cancelled = (starts - timedelta(hours=5) if status == "late-cancellation"
                         else starts - timedelta(days=3) if status == "cancelled" else None)
            s = _text(starts)
            made += 1
            patient, kind = rng.randint(1, n_patients), "revision" if rng.random() < 0.7 else "treatment"
            fee = rules.fee_sek if status == "no-show" and agreed else None  # R-AB-3, as an outcome decides it
            facts = appointment_counts.Facts(starts, kind, status, agreed, fee)
            tally.add(contribution(facts, births[patient]))
            counted = appointment_counts.decide(facts, listings.get(patient, ()), rules)
            if counted:
                counted_patients.add(patient)
            rows.append((made, f"{prefix}{made:012x}", patient, HSA.format(cg), s, 30, kind, status,
                         None if status == "booked" else s, None if status == "booked" else HSA.format(cg),
                         _text(cancelled) if cancelled else None, int(agreed),
                         _text(starts - timedelta(days=20)) if agreed else None, HSA.format(0) if agreed else None,
                         "patient" if agreed else None, "telefon" if agreed else None, s if agreed else None,
                         fee, int(counted), "demo", 1, stamp, "bench", stamp, "bench"))
            if len(rows) >= BATCH:
                _insert(con, rows)
                rows = []
    _insert(con, rows)
    for _, sql in indexes:
        con.execute(sql)
    con.commit()
    con.close()
    engine = make_engine(str(db))
    with Session(engine) as session, session.begin():
        tally.write(session)
        appointment_counts.refresh_reoffers(session, counted_patients)
    engine.dispose()
    con = sqlite3.connect(db)
    con.execute("ANALYZE")
    con.close()
    return made


def _insert(con: sqlite3.Connection, rows: list[tuple]) -> None:
    con.executemany(f"INSERT INTO appointment ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})", rows)


def _timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def time_day_views(ctx: ServiceContext, db: Path, repeats: int) -> dict:
    today = date.fromisoformat(TODAY)
    caregivers = [HSA.format(i) for i in range(0, 40, 2)]  # 20 caregivers
    con = sqlite3.connect(db)
    out = {}
    for label, day in (("a_year_ago", today - timedelta(days=363)), ("last_week", today - timedelta(days=5)),
                       ("monday", today + timedelta(days=1)), ("in_a_month", today + timedelta(days=31)),
                       ("monday_after_the_october_change", date(2026, 10, 26))):
        seconds, rows = _timed(lambda d=day: appointments.book_view(ctx, d, 1, caregivers=caregivers), repeats)
        lo, hi = (_text(x) for x in day_bounds(day))
        sql = HAND_SQL.format(marks=", ".join("?" * len(caregivers)))
        hand, hand_rows = _timed(lambda lo=lo, hi=hi, sql=sql: con.execute(sql, (lo, hi, *caregivers)).fetchall(),
                                 repeats)
        assert len(rows) == len(hand_rows), (len(rows), len(hand_rows))
        out[label] = {"day": day.isoformat(), "rows": len(rows), "book_view_ms": round(seconds * 1000, 1),
                      "hand_sql_ms": round(hand * 1000, 1)}
    con.close()
    return out


def time_statistics(ctx: ServiceContext, repeats: int) -> dict:
    out = {}
    for year in (2025, 2026):
        seconds, stats = _timed(lambda y=year: absence_stats.year_statistics(ctx, y), repeats)
        out[str(year)] = {"seconds": round(seconds, 3), "due": stats.total.due, "absences": stats.total.absences}
    seconds, stats = _timed(lambda: absence_stats.month_statistics(ctx, 2026, 10), repeats)
    out["2026-10 (month)"] = {"seconds": round(seconds, 3), "due": stats.total.due, "absences": stats.total.absences}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--appointments", type=int, default=3_000_000)
    parser.add_argument("--patients", type=int, default=300_000)
    parser.add_argument("--db", type=Path, default=OUT / "appointments.sqlite")
    parser.add_argument("--reuse", action="store_true", help="reuse --db instead of building it")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"cpu_count": os.cpu_count(), **build(args.db, args.patients, args.appointments, args.reuse)}
    report["file_mb"] = round(args.db.stat().st_size / 2**20, 1)
    ctx = ServiceContext.open(str(args.db), actor=Actor("SE2321000222-B0000", roles=frozenset({"reception"})),
                              today=date.fromisoformat(TODAY))
    try:
        report["day_view"] = time_day_views(ctx, args.db, args.repeats)
        report["year_statistics"] = time_statistics(ctx, args.repeats)
    finally:
        ctx.close()
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    views = [v["book_view_ms"] for v in report["day_view"].values()]
    report["targets_met"] = {"day view under 200 ms": max(views) < 200}
    report["targets_met"]["year of statistics under 1 s"] = max(
        v["seconds"] for v in report["year_statistics"].values()) < 1
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
