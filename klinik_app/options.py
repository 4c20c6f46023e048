"""Global options shared by the command and the window: --db, --today, --user."""

from __future__ import annotations

import argparse
from datetime import date

from klinik_app.config import default_database


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-22.") from None


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, metavar="SÖKVÄG_ELLER_URL",
        help="databasen: en SQLite-fil eller postgresql://... (standard: KLINIK_DB eller filen i användarens datamapp)",
    )
    parser.add_argument("--today", type=parse_date, default=None, metavar="ÅÅÅÅ-MM-DD",
                        help="datumet som räknas som idag (standard: dagens datum i Sverige)")
    parser.add_argument("--user", default=None, metavar="HSA-ID",
                        help="personalen som utför kommandot (loggas; krävs för ändringar som går till regionen)")


def database_of(args: argparse.Namespace) -> str:
    return args.db or default_database()
