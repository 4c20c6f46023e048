"""Timings for the deviation register and the annual patient safety report (issue 6).

    .venv/bin/python benchmarks/bench_deviations.py            # build benchmarks/out/deviations.sqlite
    .venv/bin/python benchmarks/bench_deviations.py --reuse    # use it again

Builds a clinic with --deviations deviations (default 50,000) reported over the last three years,
bulk inserted: every category, harm and state, one or two actions for those past investigation,
a lesson for a fifth of the closed ones and a Lex Maria report for the serious ones. Then measures
(medians of --repeats runs) what the Avvikelser page calls: services.deviations.deviation_register
for the newest page of lines (deviations.PAGE), unfiltered (opening the page) and with each filter,
and, for comparison, every line at once; and services.patient_safety_report for a year,
the figures alone and the PDF. Targets: the register under 300 ms, the annual report under 5 s.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from klinik_app.db.models import Deviation, DeviationAction, DeviationLexMaria  # noqa: E402
from klinik_app.domain import deviations as dv  # noqa: E402
from klinik_app.domain.permissions import STAFF_ROLES  # noqa: E402
from klinik_app.services import deviations, patient_safety_report  # noqa: E402
from klinik_app.services.clinic import init_clinic, set_clinic_address  # noqa: E402
from klinik_app.services.context import Actor, ServiceContext  # noqa: E402

TODAY = date(2026, 11, 22)
OUT = ROOT / "benchmarks" / "out"
USER = "SE2321000222-B0001"
WHAT = ("Kallelse skickades till fel adress efter flytt; familjen missade tiden och fick en ny.",
        "Fel tand markerades i journalen, upptäcktes vid nästa besök.",
        "Personalbrist på eftermiddagen, två patienter fick vänta över en timme.",
        "Remissvar från specialisttandvården kom inte fram.")


def context(db: Path) -> ServiceContext:
    return ServiceContext.open(str(db), actor=Actor(USER, roles=frozenset(STAFF_ROLES)), today=TODAY)


def build(db: Path, count: int) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    ctx = context(db)
    init_clinic(ctx, "SE2321000222-E00001", "Tandkliniken Bänk")
    set_clinic_address(ctx, "Storgatan 1", "903 25", "Umeå", "090-12 34 56")
    rng = random.Random(6)
    now = datetime.now(timezone.utc)
    stamp = dict(row_version=1, created_at=now, created_by=USER, modified_at=now, modified_by=USER)
    cases, actions, lex = [], [], []
    for i in range(1, count + 1):
        reported = TODAY - timedelta(days=rng.randrange(3 * 365))
        category = rng.choice(list(dv.CATEGORY_LABELS))
        harm = rng.choices(list(dv.HARM_LABELS), weights=(80, 18, 2))[0]
        state = rng.choices(dv.STATES, weights=(5, 5, 10, 10, 70))[0]
        step = dv.STATES.index(state)
        decided = reported + timedelta(days=3) if step >= 2 else None
        closed = state == dv.CLOSED
        cases.append(dict(
            id=i, category=category, harm=harm, state=state, what=rng.choice(WHAT), occurred_on=reported,
            place="Behandlingsrum 2", immediate_action="Ringde patienten",
            other_party="Folktandvården Umeå" if category in dv.WITH_OTHER_PARTY else None,
            reported_at=now, reported_on=reported, reporter=USER, investigator="Vera" if step >= 1 else None,
            decided_on=decided, answer_text="Svar lämnat" if closed else None,
            answer_on=reported + timedelta(days=5) if closed else None, feedback="Återkopplat" if closed else None,
            closed_on=reported + timedelta(days=20) if closed else None,
            lesson="Dubbelkolla adressen vid flytt." if closed and i % 5 == 0 else None,
            lesson_on=reported + timedelta(days=20) if closed and i % 5 == 0 else None, **stamp))
        for n in range(rng.choice((1, 2)) if decided else 0):
            actions.append(dict(deviation_id=i, description="Ny rutin", owner="Vera", due_on=decided + timedelta(days=30),
                                outcome="Klar" if step >= 3 else None,
                                followed_up_on=decided + timedelta(days=25) if step >= 3 else None, **stamp))
        if harm == dv.SERIOUS_HARM:
            lex.append(dict(deviation_id=i, reporter="Vera", sent_on=reported + timedelta(days=7), channel="e-tjanst",
                            investigation_attached=True, **stamp))
    with ctx.begin() as s:
        s.execute(insert(Deviation), cases)
        s.execute(insert(DeviationAction), actions)
        s.execute(insert(DeviationLexMaria), lex)
    ctx.close()
    return {"deviations": count, "actions": len(actions), "lex_maria": len(lex),
            "build_seconds": round(time.perf_counter() - t0, 1)}


def median_ms(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        run()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def measure(db: Path, repeats: int) -> dict:
    ctx = context(db)
    def register(ctx, **filters):  # as the Avvikelser page asks: the newest page of lines
        return deviations.deviation_register(ctx, limit=deviations.PAGE, **filters)

    out = {
        "register_open_ms": median_ms(lambda: register(ctx), repeats),
        "register_rows_shown": len(register(ctx)),
        "register_all_50000_ms": median_ms(lambda: deviations.deviation_register(ctx), repeats),
        "filter_category_ms": median_ms(lambda: register(ctx, category=dv.INCOMING), repeats),
        "filter_state_ms": median_ms(lambda: register(ctx, state=dv.INVESTIGATING), repeats),
        "filter_overdue_ms": median_ms(lambda: register(ctx, overdue_only=True), repeats),
        "filter_search_ms": median_ms(lambda: register(ctx, search="remissvar"), repeats),
        "filter_lessons_ms": median_ms(lambda: register(ctx, lessons_only=True), repeats),
        "year_report_figures_ms": median_ms(lambda: patient_safety_report.year_report(ctx, 2025), repeats),
        "year_report_pdf_ms": median_ms(
            lambda: patient_safety_report.year_report_pdf(ctx, 2025, OUT / "patientsakerhetsberattelse.pdf"), repeats),
        "month_summary_pdf_ms": median_ms(
            lambda: patient_safety_report.month_summary_pdf_for(ctx, 2026, 10, OUT / "manad.pdf"), repeats),
    }
    ctx.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=OUT / "deviations.sqlite")
    parser.add_argument("--deviations", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    result = {"database": "reused"} if args.reuse and args.db.exists() else build(args.db, args.deviations)
    result.update(measure(args.db, args.repeats))
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
