"""Timings for the access log (R-SE-2): verify, the patient's extract and the cost of logging a read.

    .venv/bin/python benchmarks/bench_audit.py                 # build benchmarks/out/audit.sqlite (~3 min)
    .venv/bin/python benchmarks/bench_audit.py --reuse         # use it again
    .venv/bin/python benchmarks/bench_audit.py --entries 1000000 --db benchmarks/out/audit-1m.sqlite

Builds a demo clinic (`klinik demo --no-exams`, 50,000 patients) and appends --entries access-log
entries (default 10 million) spread over ten years, straight into the file in large batches: the
same chain and seal as access_log.record computes, with the patient index built once at the end.
Then, on that file and in the same run:
- audit.verify over the whole log (the file is in the page cache after the build: a warm run);
- the patient's extract (audit.patient_extract_pdf) for three patients, all of the log and one year,
  medians of --repeats runs; each run is a disclosure and is logged, as in real use;
- the cost of logging a read: access_log.record alone, inside the transaction that read the
  patient (so the connection and BEGIN are already paid for), and the patient card
  (patients.get_patient_card) with and without its log entry (commit included);
- the review services: one month's sample, one user's month and one patient's entries.
Targets: verify under 60 s, the extract under 0.5 s, record() under 1 ms per read.
The database is large (about 3 GB for 10 million entries); delete it when done.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from klinik_app.db.models import Patient  # noqa: E402
from klinik_app.services import access_log, audit, patients  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

TODAY = "2026-11-22"
OUT = ROOT / "benchmarks" / "out"
START = datetime(2016, 11, 22, 6, 0)  # naive UTC, as SQLite keeps the column
YEARS = 10
# (action, share, with a patient, detail)
ACTIONS = [
    ("read", 0.55, True, "patientkort"),
    ("write", 0.15, True, "revision registrerad"),
    ("letter", 0.05, True, "kallelse till revision"),
    ("search", 0.10, False, "sökning, 3 träffar"),
    ("list", 0.10, False, "registret, rad 1-200"),
    ("report", 0.05, False, "månadsögonblicksbild 2026-10"),
]
INDEX_SQL = "CREATE INDEX ix_access_log_patient_at ON access_log (patient_id, at)"


def build(db: Path, entries: int, patients_: int, reuse: bool) -> dict:
    if reuse and db.exists():
        return {"database": "reused"}
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "klinik_app", "--db", str(db), "--today", TODAY, "demo",
                    "--patients", str(patients_), "--seed", "1", "--no-exams"], check=True, cwd=ROOT)
    demo_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    appended = append_entries(db, entries)
    return {"database": "built", "demo_seconds": round(demo_seconds, 1), "appended": appended,
            "append_seconds": round(time.perf_counter() - t0, 1)}


def append_entries(db: Path, total: int) -> int:
    """Append entries until the log holds `total`, chaining and sealing as access_log.record does."""
    con = sqlite3.connect(db, isolation_level=None)
    # A scratch build: no rollback journal (a WAL would hold the whole build once more), WAL again at the end.
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-1000000")
    count, prev = con.execute("SELECT entry_count, last_hash FROM access_log_seal WHERE id = 1").fetchone()
    staff = [r for r in con.execute("SELECT hsa_id, role FROM staff_member ORDER BY id")]
    care_unit = con.execute("SELECT hsa_id FROM clinic").fetchone()[0]
    max_patient = con.execute("SELECT max(id) FROM patient").fetchone()[0]
    need = total - count
    if need <= 0:
        return 0
    rnd = random.Random(2026)
    weights = [a[1] for a in ACTIONS]
    step = timedelta(seconds=YEARS * 365.25 * 86400 / need)
    sha = hashlib.sha256
    con.execute("BEGIN")
    con.execute("DROP INDEX ix_access_log_patient_at")  # built once at the end: much faster than row by row
    next_id = con.execute("SELECT coalesce(max(id), 0) + 1 FROM access_log").fetchone()[0]
    rows = []
    at_value = None
    for n in range(need):
        at = START + step * n
        at_value = at.isoformat(" ", "microseconds")
        action, _, with_patient, detail = rnd.choices(ACTIONS, weights)[0]
        user, role = staff[n % 7 if rnd.random() < 0.8 else rnd.randrange(len(staff))]
        workstation = f"BEH-{n % 5}"
        pid = rnd.randrange(1, max_patient + 1) if with_patient else None
        text = (f"{prev}|{at_value[:10]}T{at_value[11:]}|{user}|staff|{role}|{workstation}|{care_unit}|{action}|"
                f"{'' if pid is None else pid}|{detail}")
        h = sha(text.encode()).hexdigest()
        rows.append((next_id + n, at_value, user, "staff", role, workstation, care_unit, action, pid, detail, prev, h))
        prev = h
        if len(rows) == 100_000:
            con.executemany("INSERT INTO access_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
            rows = []
    if rows:
        con.executemany("INSERT INTO access_log VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute(INDEX_SQL)
    con.execute("UPDATE access_log_seal SET entry_count = ?, last_id = ?, last_at = ?, last_hash = ? WHERE id = 1",
                (count + need, next_id + need - 1, at_value, prev))
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    return need


def sizes(db: Path) -> dict:
    return {"file_mb": round(db.stat().st_size / 2**20, 1)}


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def time_verify(ctx: ServiceContext) -> dict:
    t0 = time.perf_counter()
    result = audit.verify(ctx)
    seconds = time.perf_counter() - t0
    return {"entries": result.entries, "ok": result.ok, "seconds": round(seconds, 2),
            "microseconds_per_entry": round(seconds / max(result.entries, 1) * 1e6, 2)}


def time_extracts(ctx: ServiceContext, db: Path, repeats: int) -> dict:
    con = sqlite3.connect(db)
    max_patient = con.execute("SELECT max(id) FROM patient").fetchone()[0]
    chosen = [1, max_patient // 2, max_patient]
    out = {}
    for pid in chosen:
        count = con.execute("SELECT count(*) FROM access_log WHERE patient_id = ?", (pid,)).fetchone()[0]
        for label, first, last in (("all", None, None), ("one_year", date(2025, 11, 22), date(2026, 11, 21))):
            runs, result = [], None
            for r in range(repeats):
                path = OUT / f"audit-extract-{pid}-{label}.pdf"
                t0 = time.perf_counter()
                result = audit.patient_extract_pdf(ctx, pid, path, first, last)
                runs.append(time.perf_counter() - t0)
            out[f"patient_{pid}_{label}"] = {"patient_entries": count, "rows": result.entries,
                                             "pages": result.rendered.pages, "seconds": _median(runs),
                                             "runs": [round(x, 3) for x in runs]}
    con.close()
    return out


def time_record(ctx: ServiceContext, n: int) -> dict:
    pids = list(range(1, n + 1))
    inside = []
    for pid in pids:
        with ctx.begin() as s:
            s.execute(select(Patient.first_name).where(Patient.id == pid)).all()  # the read being logged
            t0 = time.perf_counter()
            access_log.record(s, ctx, "read", [pid], detail="patientkort")
            inside.append(time.perf_counter() - t0)
    with_log, without_log = [], []
    real = access_log.record
    for pid in pids:
        t0 = time.perf_counter()
        patients.get_patient_card(ctx, pid)
        with_log.append(time.perf_counter() - t0)
    access_log.record = lambda *a, **k: None  # the same card without its entry (and so without a write)
    try:
        for pid in pids:
            t0 = time.perf_counter()
            patients.get_patient_card(ctx, pid)
            without_log.append(time.perf_counter() - t0)
    finally:
        access_log.record = real
    ms = 1000
    return {
        "calls": n,
        "record_in_transaction_ms": {"median": round(statistics.median(inside) * ms, 3),
                                     "p95": round(sorted(inside)[int(0.95 * n)] * ms, 3)},
        "patient_card_with_log_ms": round(statistics.median(with_log) * ms, 3),
        "patient_card_without_log_ms": round(statistics.median(without_log) * ms, 3),
        "logging_overhead_per_read_ms": round((statistics.median(with_log) - statistics.median(without_log)) * ms, 3),
    }


def time_review(ctx: ServiceContext) -> dict:
    out = {}
    t0 = time.perf_counter()
    sample = audit.monthly_sample(ctx, date(2026, 10, 1), 50, seed=1)
    out["monthly_sample_seconds"] = round(time.perf_counter() - t0, 2)
    out["month_population"] = sample.population
    user = sample.entries[0].user_id
    t0 = time.perf_counter()
    rows = audit.entries_for_user(ctx, user, date(2026, 10, 1), date(2026, 10, 31))
    out["entries_for_user_month_seconds"] = round(time.perf_counter() - t0, 2)
    out["entries_for_user_month_rows"] = len(rows)
    t0 = time.perf_counter()
    rows = audit.entries_for_patient(ctx, 2)
    out["entries_for_patient_all_seconds"] = round(time.perf_counter() - t0, 3)
    out["entries_for_patient_rows"] = len(rows)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=10_000_000)
    parser.add_argument("--patients", type=int, default=50_000)
    parser.add_argument("--db", type=Path, default=OUT / "audit.sqlite")
    parser.add_argument("--reuse", action="store_true", help="reuse --db instead of building it")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--record-calls", type=int, default=2000)
    parser.add_argument("--skip-verify", action="store_true")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    report: dict = {"cpu_count": os.cpu_count(), **build(args.db, args.entries, args.patients, args.reuse)}
    report["size"] = sizes(args.db)
    ctx = ServiceContext.open(str(args.db), actor=Actor("SE2321000222-V0001", roles=frozenset({"verksamhetschef"})),
                              today=date.fromisoformat(TODAY))
    try:
        if not args.skip_verify:
            report["verify"] = time_verify(ctx)
        report["extract"] = time_extracts(ctx, args.db, args.repeats)
        report["record"] = time_record(ctx, args.record_calls)
        report["review"] = time_review(ctx)
        if not args.skip_verify:
            report["verify_after"] = time_verify(ctx)  # everything the runs above appended still chains
    finally:
        ctx.close()
    report["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    extracts = [e["seconds"] for e in report["extract"].values()]
    report["targets_met"] = {
        **({"verify under 60 s": report["verify"]["seconds"] < 60 and report["verify"]["ok"]}
           if "verify" in report else {}),
        "extract under 0.5 s": max(extracts) < 0.5,
        "record under 1 ms": report["record"]["record_in_transaction_ms"]["median"] < 1.0,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
