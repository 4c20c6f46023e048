"""Proposed revision times at clinic scale (issue 12 part 3): a month of proposals for 20 caregivers.

    .venv/bin/python benchmarks/bench_proposals.py            # build benchmarks/out/planning.sqlite (bench_planning)
    .venv/bin/python benchmarks/bench_proposals.py --reuse    # use it again

The clinic of bench_planning.py (30,000 listed patients, 20 dentists and hygienists with working
weeks, leave and an extra day). Medians of --repeats runs of services.proposals.propose for the month
after today (December 2026) with every caregiver: the worklist read (and access-logged), the book of
the month, the chairs built and every patient due or overdue placed. Then once, on a copy of the
database: booking them all (services.proposals.accept, one transaction). Target: proposals for a month
in under 5 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from bench_planning import ACTOR, OUT, TODAY, build, median_time  # noqa: E402

from klinik_app.services import proposals  # noqa: E402
from klinik_app.services.context import ServiceContext  # noqa: E402

FIRST, LAST = date(2026, 12, 1), date(2026, 12, 31)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(OUT / "planning.sqlite"))
    parser.add_argument("--patients", type=int, default=30_000)
    parser.add_argument("--caregivers", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    path = Path(args.db)
    OUT.mkdir(parents=True, exist_ok=True)
    figures = {} if args.reuse and path.exists() else build(path, args.patients, args.caregivers)
    ctx = ServiceContext.open(str(path), actor=ACTOR, today=TODAY)
    proposals.propose(ctx, FIRST, LAST)  # once first: the stored due dates made current if need be
    propose_s, result = median_time(lambda: proposals.propose(ctx, FIRST, LAST), args.repeats)
    ctx.close()
    copy = path.with_name("proposals-accept.sqlite")
    shutil.copyfile(path, copy)
    ctx = ServiceContext.open(str(copy), actor=ACTOR, today=TODAY)
    start = time.perf_counter()
    accepted = proposals.accept(ctx, result.rows)
    accept_s = time.perf_counter() - start
    ctx.close()
    copy.unlink()
    figures |= {
        "proposed": len(result.rows), "overdue_first": sum(1 for r in result.rows if r.proposal.overdue),
        "siblings_together": sum(1 for r in result.rows if r.proposal.household),
        "unplaced": len(result.unplaced), "caregivers": len(result.caregivers), "propose_s": round(propose_s, 2),
        "accepted": len(accepted.booked), "refused": len(accepted.refused), "accept_s": round(accept_s, 2),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
