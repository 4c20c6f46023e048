"""Sync at region scale against the reference service (HTTPS with mutual TLS on 127.0.0.1).

    .venv/bin/python benchmarks/bench_sync.py [--persons 33000] [--push-items 10000] [--reuse] [--profile]
                                              [--parts window,pull,push,window-push]

Seeds a region whose one clinic has area responsibility for the whole county (so a first sync
brings most of the register), serves it with `python -m regional_service serve` in a process of
its own, and times on fresh clinic databases:
- pull: a first sync's `_history` read and applied (target: 50,000 events under 30 s);
- push: --push-items own-choice listings drained from the outbox (target: 10,000 under 60 s);
- the window: a whole cycle (a first sync) run through klinik_app/ui/tasks.BackgroundTask while a
  10 ms QTimer measures the largest gap in the Qt event loop (target: never over 100 ms), with the
  garbage collector on the GUI thread as the application has it (ui/gui_gc.py);
- window-push (not in the default parts): the same while the cycle pushes --push-items listings
  (the clinic of the last pull), then pulls what they changed: the stall target holds for both.
--reuse keeps the seeded region in benchmarks/out/sync/ (the certificates too).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select  # noqa: E402

from klinik_app.db.models import Patient  # noqa: E402
from klinik_app.domain.dates import age_on  # noqa: E402
from klinik_app.domain.permissions import STAFF_ROLES  # noqa: E402
from klinik_app.services import sync  # noqa: E402
from klinik_app.services.clinic import init_clinic  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402
from klinik_app.services.listing import ListingRefused, list_patient  # noqa: E402
from klinik_app.sync.client import RegionClient  # noqa: E402
from klinik_app.sync.push import push  # noqa: E402
from regional_service.certs import client_stem, make_certs  # noqa: E402
from regional_service.population import PLACES, OUTSIDE  # noqa: E402

TODAY = date(2026, 11, 22)
CLINIC = "SE2321000222-E12345"
OUT = ROOT / "benchmarks" / "out" / "sync"


def prepare_region(persons: int, reuse: bool) -> Path:
    db = OUT / "region.sqlite"
    if reuse and db.exists():
        return db
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    make_certs(OUT / "certs", [CLINIC])
    county = ",".join(code for code in PLACES if code not in OUTSIDE)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "regional_service", "seed", "--db", str(db), "--persons", str(persons),
                    "--seed", "1", "--today", TODAY.isoformat(), "--choice-share", "0",
                    "--clinic", f"{CLINIC}=Folktandvården Västerbotten@{county}"], check=True, cwd=ROOT)
    print(f"region seeded with {persons} persons in {time.perf_counter() - started:.1f} s")
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The transactions run in worker threads, which cProfile of the main thread does not see: each one is
# profiled on its own (serialised, as the write lock mostly does anyway) and added to the main profile.
PROFILED_SERVER = """
import cProfile, runpy, sys, threading
from regional_service import app
out, whole, lock = sys.argv[1], cProfile.Profile(), threading.Lock()
inner = app.run_transaction
def run_transaction(*args):
    with lock:
        part = cProfile.Profile()
        try:
            return part.runcall(inner, *args)
        finally:
            whole_stats.add(part)
app.run_transaction = run_transaction
import pstats
whole.enable(); whole.disable(); whole_stats = pstats.Stats(whole)
sys.argv = ["regional_service", *sys.argv[4:]]  # after: out, "-m", "regional_service"
try:
    whole.runcall(runpy.run_module, "regional_service", run_name="__main__")
except (KeyboardInterrupt, SystemExit):
    pass
finally:
    whole_stats.add(whole)
    whole_stats.dump_stats(out)
"""


def serve(db: Path, profile: bool = False) -> tuple[subprocess.Popen, str]:
    port = free_port()
    certs = OUT / "certs"
    # --profile: the server runs under cProfile too; its stats land in out/sync/server.prof on exit
    runner = ["-c", PROFILED_SERVER, str(OUT / "server.prof")] if profile else []
    proc = subprocess.Popen([sys.executable, *runner, "-m", "regional_service", "serve", "--db", str(db), "--port", str(port),
                             "--cert", str(certs / "server.pem"), "--key", str(certs / "server.key"),
                             "--ca", str(certs / "ca.pem"), "--today", TODAY.isoformat(), "--log-level", "warning"],
                            cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, f"https://127.0.0.1:{port}/fhir"
        time.sleep(0.1)
    proc.kill()
    raise SystemExit("the regional service did not start")


def settings(base: str) -> sync.SyncSettings:
    certs = OUT / "certs"
    stem = client_stem(CLINIC)
    return sync.SyncSettings(base, str(certs / f"{stem}.pem"), str(certs / f"{stem}.key"), str(certs / "ca.pem"))


def fresh_clinic(name: str) -> ServiceContext:
    db = OUT / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    ctx = ServiceContext.open(str(db), actor=Actor(user_id="SE2321000222-P0001", roles=STAFF_ROLES), today=TODAY)
    init_clinic(ctx, CLINIC, "Folktandvården Västerbotten")
    return ctx


def profiled(enabled: bool, label: str, call):
    if not enabled:
        return call()
    profile = cProfile.Profile()
    result = profile.runcall(call)
    print(f"--- profile: {label} (top 25 by cumulative time; all in out/sync/{label}.prof)")
    profile.dump_stats(OUT / f"{label}.prof")
    pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    return result


def bench_pull(base: str, profile: bool) -> tuple[ServiceContext, dict]:
    ctx = fresh_clinic("pull")
    started = time.perf_counter()
    result = profiled(profile, "pull", lambda: sync.run_cycle(ctx, settings(base)))
    seconds = time.perf_counter() - started
    assert result.exit_code in (0, 4), result.summary
    return ctx, {"events": result.pull.received, "applied": result.pull.applied, "seconds": round(seconds, 2),
                 "per_second": round(result.pull.received / seconds), "target_s": 30}


PULLED = OUT / "pulled.sqlite"  # the clinic right after a first sync: --reuse --parts push starts from a copy


def keep_pulled(ctx: ServiceContext) -> None:
    PULLED.unlink(missing_ok=True)
    with sqlite3.connect(ctx.engine.url.database) as source, sqlite3.connect(PULLED) as target:
        source.backup(target)


def pulled_clinic() -> ServiceContext:
    db = OUT / "push.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(PULLED) as source, sqlite3.connect(db) as target:
        source.backup(target)
    return ServiceContext.open(str(db), actor=Actor(user_id="SE2321000222-P0001", roles=STAFF_ROLES), today=TODAY)


def queue_listings(ctx: ServiceContext, count: int) -> int:
    """Own-choice listings of assigned patients (untimed): each is one outbox item."""
    with ctx.sessions() as s:
        patients = s.execute(select(Patient.id, Patient.birth_date).where(
            Patient.protected_identity.is_(False), Patient.deceased_on.is_(None)).order_by(Patient.id)).all()
    queued = 0
    for patient_id, birth in patients:
        if queued == count:
            break
        giver = "patient" if age_on(birth, TODAY) >= 18 else "vardnadshavare1"
        try:
            queued += list_patient(ctx, patient_id, giver=giver, consent_date=TODAY, method="pa-plats").queued_for_region
        except (ListingRefused, StopIteration):
            continue  # not eligible (age, residence) or no guardian on record
    return queued


def bench_push(ctx: ServiceContext, base: str, items: int, profile: bool, server_pid: int) -> dict:
    started = time.perf_counter()
    queued = queue_listings(ctx, items)
    print(f"queued {queued} listings in {time.perf_counter() - started:.1f} s")
    chosen = settings(base)
    with RegionClient(chosen.server, client_cert=chosen.client_cert, client_key=chosen.client_key,
                      ca=chosen.ca) as client:
        client.metadata()
        started, cpu = time.perf_counter(), cpu_seconds(server_pid)
        report = profiled(profile, "push", lambda: push(ctx, client, sync.hooks(ctx), clinic_hsa=CLINIC))
        seconds = time.perf_counter() - started
        client_cpu, server_cpu = (after - before for after, before in zip(cpu_seconds(server_pid), cpu))
    return {"items": queued, "sent": report.sent, "problems": len(report.problems), "seconds": round(seconds, 2),
            "per_second": round(report.sent / seconds), "target_s": 60,
            "client_cpu_ms_per_item": round(client_cpu * 1000 / max(report.sent, 1), 1),
            "server_cpu_ms_per_item": round(server_cpu * 1000 / max(report.sent, 1), 1)}


def cpu_seconds(server_pid: int) -> tuple[float, float]:
    """CPU time used so far by this process and by the server (where the bottleneck is)."""
    with open(f"/proc/{server_pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return time.process_time(), (int(fields[11]) + int(fields[12])) / ticks


def bench_window(base: str, ctx: ServiceContext | None = None) -> dict:
    """The largest gap of a 10 ms QTimer while a BackgroundTask runs a cycle: a first sync, or on `ctx`
    (its outbox filled) a push and the pull after it."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from klinik_app.ui.gui_gc import GuiThreadCollector
    from klinik_app.ui.tasks import BackgroundTask, running_tasks

    app = QApplication.instance() or QApplication([])
    ctx = ctx or fresh_clinic("window")
    gaps: list[float] = []
    late: list[str] = []  # when the loop stalled, to find the cause
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if gaps[-1] > 0.1:
            late.append(f"{gaps[-1] * 1000:.0f} ms at {now - started:.1f} s")
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    full_collections: list[float] = []  # seconds each full garbage collection held the GIL (a stall's usual cause)
    collection_started = [0.0]

    def collection(phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                collection_started[0] = time.perf_counter()
            else:
                full_collections.append(time.perf_counter() - collection_started[0])

    loop = QEventLoop()
    outcome: list = []
    task = BackgroundTask(None, lambda progress, cancelled: sync.run_cycle(ctx, settings(base)),
                          lambda result: (outcome.append(result), loop.quit()),
                          lambda exc: (outcome.append(exc), loop.quit()))
    # The set-up's garbage (window-push: 10,000 listings just queued) is collected here, not by the
    # first full collection in the task's thread, which held the GIL for 100-140 ms at the cycle's start.
    gc.collect()
    collector = GuiThreadCollector(app, busy=lambda: running_tasks() > 0)  # as the application has it
    started = time.perf_counter()
    timer.start()
    gc.callbacks.append(collection)
    last[0] = time.perf_counter()
    task.run()
    loop.exec()
    timer.stop()
    collector.stop()
    gc.callbacks.remove(collection)
    seconds = time.perf_counter() - started
    app.processEvents()
    result = outcome[0]
    assert not isinstance(result, BaseException), result
    return {"cycle_seconds": round(seconds, 2), "sent": result.push.sent if result.push else 0,
            "events": result.pull.received if result.pull else 0, "ticks": len(gaps),
            "max_gap_ms": round(max(gaps) * 1000, 1), "gaps_over_100ms": sum(g > 0.1 for g in gaps),
            "target_ms": 100, "stalls": "; ".join(late) or "none", "full_gcs": len(full_collections),
            "longest_full_gc_ms": round(max(full_collections, default=0) * 1000, 1)}


def table(rows: list[tuple[str, dict]]) -> None:
    for name, values in rows:
        print(f"{name:<8} " + "  ".join(f"{k}={v}" for k, v in values.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=33_000, help="people in the seeded register (about "
                        "1.5 first-sync events each)")
    parser.add_argument("--push-items", type=int, default=10_000)
    parser.add_argument("--reuse", action="store_true", help="reuse the seeded region in benchmarks/out/sync")
    parser.add_argument("--parts", default="window,pull,push", help="which measurements (push needs a pull: "
                        "with --reuse, the clinic of the last one)")
    parser.add_argument("--profile", action="store_true", help="cProfile the pull and the push")
    args = parser.parse_args()

    region_db = prepare_region(args.persons, args.reuse)
    work = OUT / "serving.sqlite"  # the pushes change the region: serve a copy, keep the seed
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
        if suffix != "-shm" and Path(str(region_db) + suffix).exists():
            shutil.copyfile(str(region_db) + suffix, str(work) + suffix)
    server, base = serve(work, args.profile)
    try:
        rows = []
        parts = args.parts.split(",")
        if "window" in parts:
            rows.append(("window", bench_window(base)))
        if "pull" in parts or (not args.reuse or not PULLED.exists()) and "push" in parts:
            ctx, pulled = bench_pull(base, args.profile)
            rows.append(("pull", pulled))
            keep_pulled(ctx)
        elif "push" in parts:
            ctx = pulled_clinic()
        if "push" in parts:
            rows.append(("push", bench_push(ctx, base, args.push_items, args.profile, server.pid)))
        if "window-push" in parts:
            if not PULLED.exists():
                raise SystemExit("window-push starts from the clinic of a pull: add pull to --parts (or run it once)")
            ctx = pulled_clinic()
            print(f"queued {queue_listings(ctx, args.push_items)} listings for window-push")
            rows.append(("win-push", bench_window(base, ctx)))
        table(rows)
    finally:
        # uvicorn re-raises the signal once shut down: SIGINT lets cProfile write its stats
        server.send_signal(signal.SIGINT) if args.profile else server.terminate()
        server.wait(30)
        if args.profile and (OUT / "server.prof").exists():
            print("--- profile: the regional service (top 30 by internal time)")
            pstats.Stats(str(OUT / "server.prof")).sort_stats("tottime").print_stats(30)
    sys.stdout.flush()
    os._exit(0)  # the numbers are out; skip interpreter teardown (PySide6 may crash there)


if __name__ == "__main__":
    main()
