"""The planning board at clinic scale (issue 12): the 24-month revision forecast and the capacity.

    .venv/bin/python benchmarks/bench_planning.py            # build benchmarks/out/planning.sqlite
    .venv/bin/python benchmarks/bench_planning.py --reuse    # use it again

Builds a clinic with --patients listed patients (default 30,000) and their examination history and
appointment book (`klinik demo`, timed), tops its staff up to --caregivers dentists and hygienists
(default 20, three in five dentists) and gives each a working week (Monday to Friday 08:00-16:30,
40-100 % revisions) with a week of leave and an extra day. Then, medians of --repeats runs:
- forecast_s: services.revision_forecast.forecast, 104 weeks (the due rows read, recurrences computed);
- plan_s: services.capacity.plan, the forecast with the capacity of every week and month;
- lines_s: the table's sums for one filter (what a change of filter on the page costs).
Targets: the forecast (and with the capacity) under 1 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from klinik_app.db.models import Listing, StaffMember, StaffRole, WorkingHours  # noqa: E402
from klinik_app.domain.capacity import ABSENCE, EXTRA, CapacityException, WorkPeriod  # noqa: E402
from klinik_app.domain.revision_forecast import WEEK  # noqa: E402
from klinik_app.services import capacity, revision_forecast  # noqa: E402
from klinik_app.services.clinic import init_clinic  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402
from klinik_app.services.demo import create_demo_data  # noqa: E402

TODAY = date(2026, 11, 22)
OUT = ROOT / "benchmarks" / "out"
ACTOR = Actor(user_id="SE2321000222-P0001", roles=frozenset({"verksamhetschef", "tandlakare"}))


def build(path: Path, patients: int, caregivers: int) -> dict:
    path.unlink(missing_ok=True)
    ctx = ServiceContext.open(str(path), actor=ACTOR, today=TODAY)
    init_clinic(ctx, "SE2321000222-E12345", "Tandkliniken Planering")
    start = time.perf_counter()
    create_demo_data(ctx, patients, seed=1)
    demo_s = time.perf_counter() - start
    now = ctx.now()
    stamp = dict(created_at=now, created_by="bench", modified_at=now, modified_by="bench")
    with ctx.begin() as s:
        have = s.execute(select(StaffMember.hsa_id, StaffMember.role)
                         .where(StaffMember.role.in_(("tandlakare", "tandhygienist")))).all()
        dentists = sum(1 for _h, role in have if role == "tandlakare")
        for n in range(len(have), caregivers):
            role = "tandlakare" if dentists < caregivers * 3 // 5 else "tandhygienist"
            dentists += role == "tandlakare"
            member = StaffMember(hsa_id=f"SE2321000222-Q{n:04d}", name=f"Behandlare {n}", role=role, active=True,
                                 failed_logins=0, roles=[StaffRole(role=role)], **stamp)
            s.add(member)
    for n, person in enumerate(capacity.caregivers(ctx)[:caregivers]):
        share = 40 + 15 * (n % 5)
        week = [WorkPeriod(day, 8 * 60, 16 * 60 + 30, share) for day in range(5)]
        leave = CapacityException(ABSENCE, date(2027, 7, 5 + n % 3 * 7), date(2027, 7, 9 + n % 3 * 7))
        extra = CapacityException(EXTRA, date(2027, 3, 6), date(2027, 3, 6), 9 * 60, 13 * 60, 100)
        capacity.save_hours(ctx, person.hsa_id, week, [leave, extra],
                            expected_version=capacity.hours_version(ctx, person.hsa_id))
    ctx.close()
    return {"demo_s": round(demo_s, 1)}


def median_time(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(OUT / "planning.sqlite"))
    parser.add_argument("--patients", type=int, default=30_000)
    parser.add_argument("--caregivers", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    path = Path(args.db)
    OUT.mkdir(parents=True, exist_ok=True)
    figures = {} if args.reuse and path.exists() else build(path, args.patients, args.caregivers)
    ctx = ServiceContext.open(str(path), actor=ACTOR, today=TODAY)
    revision_forecast.forecast(ctx)  # once first: the stored due dates made current if need be
    forecast_s, forecast = median_time(lambda: revision_forecast.forecast(ctx), args.repeats)
    plan_s, plan = median_time(lambda: capacity.plan(ctx), args.repeats)
    first_dentist = forecast.dentists()[0]
    lines_s, _ = median_time(lambda: (forecast.lines(WEEK, first_dentist, "val"), plan.balance(WEEK, first_dentist)),
                             args.repeats)
    with ctx.sessions() as s:
        listed = s.scalar(select(func.count()).select_from(Listing).where(Listing.status == "active"))
        people = s.scalar(select(func.count(func.distinct(WorkingHours.caregiver_hsa_id))))
    weeks = plan.balance(WEEK)
    figures |= {
        "listed": listed, "caregivers": people, "forecast_s": round(forecast_s, 3), "plan_s": round(plan_s, 3),
        "lines_s": round(lines_s, 4), "due_in_window": sum(x.due for x in forecast.lines(WEEK)),
        "backlog": forecast.backlog_line().due, "shortfall_weeks": sum(1 for b in weeks if b.shortfall),
    }
    print(json.dumps(figures))
    ctx.close()


if __name__ == "__main__":
    main()
