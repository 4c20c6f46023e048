"""`python -m regional_service ...`: serve, make-certs, add-clinic, seed, simulate.

    python -m regional_service make-certs --out certs --clinic SE2321000222-E12345
    python -m regional_service seed --db region.sqlite --persons 2000 --seed 1 --today 2026-11-22
    python -m regional_service serve --db region.sqlite --host 127.0.0.1 --port 8443 \\
        --cert certs/server.pem --key certs/server.key --ca certs/ca.pem
    python -m regional_service simulate --db region.sqlite --days 30 --seed 1
"""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from datetime import date
from pathlib import Path

from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id


def _hsa(text: str) -> str:
    try:
        return parse_hsa_id(text)
    except InvalidHsaId as e:
        raise argparse.ArgumentTypeError(e.message) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget datum (ÅÅÅÅ-MM-DD).") from None


def _clinic_spec(text: str) -> tuple[str, str, tuple[str, ...]]:
    """HSA-ID[=Name][@2480,2482]: a clinic, its name and its area municipalities."""
    head, _, areas = text.partition("@")
    hsa, _, name = head.partition("=")
    return _hsa(hsa), name or hsa, tuple(a for a in areas.split(",") if a)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m regional_service",
                                     description="Reference regional listing service (regional-listing-api.md).")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the HTTPS server with mutual TLS")
    p.add_argument("--db", required=True, help="SQLite file or SQLAlchemy URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--cert", required=True, help="server certificate (PEM)")
    p.add_argument("--key", required=True, help="server private key (PEM)")
    p.add_argument("--ca", required=True, help="CA that issues the clinics' client certificates (PEM)")
    p.add_argument("--today", type=_day, help="fix the region's date (default: the simulator's or the real date)")
    p.add_argument("--base-path", default="/fhir")
    p.add_argument("--clinic", action="append", type=_clinic_spec, default=[],
                   help="add or update a clinic: HSA-ID[=Name][@kommunkod,...] (repeatable)")
    p.add_argument("--tick", type=float, help="advance the population simulator one day every TICK seconds")
    p.add_argument("--seed", type=int, default=1, help="simulator seed for --tick")
    p.add_argument("--log-level", default="info")

    p = sub.add_parser("make-certs", help="make a test CA, a server certificate and clinic client certificates")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--clinic", action="append", type=_hsa, required=True, help="clinic HSA-ID = certificate CN")
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--host", action="append", help="server names (default 127.0.0.1 and localhost)")

    p = sub.add_parser("add-clinic", help="add or update a clinic that may connect")
    p.add_argument("--db", required=True)
    p.add_argument("--clinic", required=True, type=_clinic_spec, help="HSA-ID[=Name][@kommunkod,...]")

    p = sub.add_parser("seed", help="fill a new register with clinics and a seeded population")
    p.add_argument("--db", required=True)
    p.add_argument("--persons", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--today", type=_day, default=None, help="the register's date (default: today)")
    p.add_argument("--choice-share", type=float, default=0.3)
    p.add_argument("--clinic", action="append", type=_clinic_spec, default=[],
                   help="clinics instead of the default four: HSA-ID[=Name][@kommunkod,...]")

    p = sub.add_parser("simulate", help="advance the population register day by day (seeded)")
    p.add_argument("--db", required=True)
    p.add_argument("--days", type=int, default=1)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--quiet", action="store_true")

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    if args.command == "make-certs":
        from regional_service.certs import make_certs

        hosts = tuple(args.host or ("127.0.0.1", "localhost"))
        issued = make_certs(args.out, args.clinic, days=args.days, hosts=hosts)
        for name, files in issued.items():
            print(f"{name}: {files.cert} {files.key}")
        return 0

    from regional_service.clock import Clock
    from regional_service.register import Region

    if args.command == "serve":
        from regional_service.app import create_app
        from regional_service.population import Simulator
        from regional_service.tls import serve

        for path in (args.cert, args.key, args.ca):
            if not Path(path).is_file():
                parser.error(f"{path} finns inte (make-certs gör testcertifikat)")
        region = Region.open(args.db, Clock(args.today))
        for hsa_id, name, areas in args.clinic:
            region.add_clinic(hsa_id, name, areas)
        days = region.catch_up()
        logging.getLogger("regional_service").info("date %s (%d day(s) of daily processing caught up)",
                                                   region.clock.today(), days)
        if args.tick:
            simulator = Simulator(region, args.seed)

            def ticker() -> None:
                while True:
                    time.sleep(args.tick)
                    for line in simulator.run(1):
                        logging.getLogger("regional_service.simulator").info(line)

            threading.Thread(target=ticker, daemon=True, name="simulator").start()
        elif not region.clock.fixed:

            def midnight() -> None:  # the daily processing also runs when the real date changes
                while True:
                    time.sleep(60)
                    region.catch_up()

            threading.Thread(target=midnight, daemon=True, name="daily").start()
        app = create_app(region=region, base_path=args.base_path)
        print(f"Regional listing service: https://{args.host}:{args.port}{args.base_path}", flush=True)
        serve(app, host=args.host, port=args.port, cert=args.cert, key=args.key, ca=args.ca, log_level=args.log_level)
        return 0

    if args.command == "add-clinic":
        hsa_id, name, areas = args.clinic
        Region.open(args.db).add_clinic(hsa_id, name, areas)
        print(f"{hsa_id} {name} {','.join(areas)}")
        return 0

    if args.command == "seed":
        from regional_service.population import listing_counts, seed_population

        today = args.today or Clock().today()
        region = Region.open(args.db, Clock(today))
        counts = seed_population(region, persons=args.persons, seed=args.seed, today=today,
                                 choice_share=args.choice_share, clinics=args.clinic or None)
        print(" ".join(f"{k}={v}" for k, v in counts.items()))
        for key, n in listing_counts(region).items():
            print(f"{key}: {n}")
        return 0

    if args.command == "simulate":
        from regional_service.population import Simulator

        region = Region.open(args.db)
        lines = Simulator(region, args.seed).run(args.days)
        if not args.quiet:
            for line in lines:
                print(line)
        print(f"date {region.clock.today()}: {len(lines)} event line(s)")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
