"""A month's summons run as one PDF: 1,000 kallelser (R-RV) drawn with reportlab.

    .venv/bin/python benchmarks/bench_letters.py [--letters 1000] [--repeats 3] [--profile]

Builds --letters summonses from a fixed seed (guardians of 1-3 siblings, young adults written to
directly, now and then a reminder; Swedish names and street addresses), then times
summons_letters writing them into a temporary PDF: the whole call, from plain data to the file on
disk. Prints the median of --repeats runs, the pages and the file size as JSON. With --profile,
one more run under cProfile prints the 25 most expensive functions. Target: 1,000 letters under 15 s.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from klinik_app.letters import (  # noqa: E402
    Letterhead,
    Recipient,
    SummonedPatient,
    Summons,
    summons_letters,
)

WRITTEN_ON = date(2026, 11, 22)
TARGET_SECONDS = 15.0

FIRST = ["Ella", "Vilgot", "Alice", "Noah", "Maja", "William", "Elsa", "Hugo", "Astrid", "Liam",
         "Saga", "Oscar", "Wilma", "Lucas", "Ebba", "Adam", "Alva", "Elias", "Stina", "Omar",
         "Leila", "Nils", "Märta", "Åke", "Ingrid", "Sixten", "Agnes", "Ali", "Freja", "Melvin"]
LAST = ["Lind", "Öberg", "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Haddad", "Lundström", "Westerberg-Öhrström", "Sjöberg", "Åström", "Nyström", "Marklund",
        "Lindgren", "Holmström", "Burman", "Forsberg", "Ahmadi", "Grahn", "Renström", "Sandberg"]
STREETS = ["Björkvägen", "Rönnvägen", "Skolgatan", "Storgatan", "Kungsgatan", "Östra Kyrkogatan",
           "Västra Esplanaden", "Tvärgatan", "Sjögatan", "Ålidhemsvägen", "Mariehemsvägen", "Nygatan"]
TOWNS = ["903 31 Umeå", "931 33 Skellefteå", "921 31 Lycksele", "911 31 Vännäs", "922 31 Vindeln",
         "913 31 Holmsund", "934 31 Kåge", "905 80 Umeå"]


def letterhead() -> Letterhead:
    return Letterhead(
        name="Tandkliniken Testbyn",
        address_lines=("Storgatan 12", "903 25 Umeå"),
        phone="090-12 34 56",
        hsa_id="SE2321000222-E12345",
        email="reception@tandkliniken-testbyn.se",
    )


def summonses(count: int, seed: int = 1) -> list[Summons]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        last = rng.choice(LAST)
        street = f"{rng.choice(STREETS)} {rng.randint(1, 140)}"
        if rng.random() < 0.2:
            street += f" lgh {rng.randint(1001, 1604)}"
        address = (street, rng.choice(TOWNS))
        due = WRITTEN_ON + timedelta(days=rng.randint(-60, 120))
        reminder = 0 if rng.random() < 0.8 else rng.randint(1, 2)
        if rng.random() < 0.8:  # a minor's guardians, about 1-3 siblings
            guardians = tuple(f"{rng.choice(FIRST)} {last}" for _ in range(rng.choice((1, 2))))
            children = rng.choices((1, 2, 3), weights=(6, 3, 1))[0]
            patients = tuple(
                SummonedPatient(f"{rng.choice(FIRST)} {last}", due + timedelta(days=31 * n),
                                requires_dentist=rng.random() < 0.4)
                for n in range(children)
            )
            out.append(Summons(Recipient(guardians, address), patients, True, reminder))
        else:  # a young adult, written to directly
            name = f"{rng.choice(FIRST)} {last}"
            patient = SummonedPatient(name, due, rng.random() < 0.3)
            out.append(Summons(Recipient((name,), address), (patient,), False, reminder))
    return out


def run(path: Path, batch: list[Summons]) -> tuple[float, int]:
    start = time.perf_counter()
    rendered = summons_letters(path, letterhead(), batch, WRITTEN_ON)
    return time.perf_counter() - start, rendered.pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    batch = summonses(args.letters)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kallelser.pdf"
        times, pages = [], 0
        for _ in range(args.repeats):
            seconds, pages = run(path, batch)
            times.append(seconds)
        size = path.stat().st_size
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(run, path, batch)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    median = statistics.median(times)
    print(json.dumps({
        "letters": args.letters,
        "pages": pages,
        "pdf_mb": round(size / 1e6, 2),
        "seconds_median": round(median, 2),
        "seconds_runs": [round(t, 2) for t in times],
        "letters_per_second": round(args.letters / median, 1),
        "target_seconds": TARGET_SECONDS,
        "within_target": median < TARGET_SECONDS,
    }, indent=2))


if __name__ == "__main__":
    main()
