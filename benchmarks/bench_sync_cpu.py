"""CPU per pushed item on each side, without the network: where the push's time goes.

    .venv/bin/python benchmarks/bench_sync_cpu.py [--items 2000] [--profile client|server]

bench_sync.py measures the whole push over TLS, but on two cores shared with anything else its
figures move by a fifth from run to run. This one runs the same work in one thread and counts CPU
time (time.thread_time) per phase, which barely moves with the machine's load:
- client "prepare": the outbox item read and its bundle built and validated (sync/push.py `_prepare`);
- server "transaction": the reference service's `run_transaction` (parse, R4B validation, the
  register's rules and writes, the stored answer), on a copy of the region;
- client "record": the answer written to the clinic's database (`_record`).
The HTTP and TLS layers (about a fifth of each side's CPU) are not in these figures.
Needs the seeded region and the pulled clinic of `bench_sync.py --parts pull` in benchmarks/out/sync/.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_sync import CLINIC, OUT, TODAY, pulled_clinic, queue_listings  # noqa: E402

from klinik_app.services import sync  # noqa: E402
from klinik_app.sync import push as push_module  # noqa: E402
from regional_service.app import run_transaction  # noqa: E402
from regional_service.clock import Clock  # noqa: E402
from regional_service.register import Region  # noqa: E402


def region_copy() -> Region:
    """The seeded region as bench_sync.py left it, copied so every run starts alike."""
    source, target = OUT / "region.sqlite", OUT / "region-cpu.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    return Region.open(target, Clock(TODAY))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--profile", choices=("client", "server"),
                        help="cProfile one side (top 30 by own time), in thread CPU time like the figures (no disk waits)")
    args = parser.parse_args()
    if not (OUT / "pulled.sqlite").exists():
        raise SystemExit("run benchmarks/bench_sync.py --parts pull first (it keeps the pulled clinic)")
    ctx = pulled_clinic()
    queued = queue_listings(ctx, args.items)
    region = region_copy()
    hooks, report = sync.hooks(ctx), push_module.PushReport()
    spent = {"prepare": 0.0, "transaction": 0.0, "record": 0.0}
    profile = cProfile.Profile(time.thread_time) if args.profile else None

    def timed(phase: str, call):
        started = time.thread_time()
        if profile is not None and (phase == "transaction") == (args.profile == "server"):
            result = profile.runcall(call)
        else:
            result = call()
        spent[phase] += time.thread_time() - started
        return result

    with ctx.engine.connect() as connection:
        drain = push_module._Drain(ctx, connection)
        item_ids = [row.id for row in ctx.sessions().execute(
            push_module.select(push_module.OutboxItem.id).order_by(push_module.OutboxItem.id))]
        for item_id in item_ids:
            outbound = timed("prepare", lambda: push_module._prepare(drain, item_id, hooks, report, CLINIC))
            status, _headers, data = timed("transaction", lambda: run_transaction(
                region, CLINIC, outbound.idempotency_key, outbound.body, "return=minimal", timedelta(hours=48)))
            timed("record", lambda: push_module._record(drain, outbound, status, json.loads(data), hooks, report,
                                                        clear_next_attempt=report.sent == 0))  # as push() does
    assert report.sent == queued, (report.sent, queued, report.problems[:3])
    per_item = {phase: round(seconds * 1000 / queued, 2) for phase, seconds in spent.items()}
    print(f"{queued} items, CPU ms per item: client prepare {per_item['prepare']} + record {per_item['record']}"
          f" = {per_item['prepare'] + per_item['record']:.2f}; server transaction {per_item['transaction']}")
    if profile is not None:
        profile.dump_stats(OUT / f"cpu-{args.profile}.prof")
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    for suffix in ("", "-wal", "-shm"):
        Path(str(OUT / "region-cpu.sqlite") + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
