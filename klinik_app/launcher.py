"""`klinik`: with a command it is the command line; alone (or with only global options) the window.

`klinik --smoke-test` (alone) checks that the installation starts: see klinik_app/ui/smoke.py.
"""

from __future__ import annotations

import sys

from klinik_app import cli

SMOKE_TEST = "--smoke-test"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if SMOKE_TEST in args:
        return _smoke_test(args)
    if cli.wants_window(args):
        from klinik_app.ui.app import run  # Qt is loaded only when the window is wanted

        return run(args)
    return cli.main(args)


def _smoke_test(args: list[str]) -> int:
    # Alone only: with --db or a command it would look as if it checked (or opened) a real database.
    if args != [SMOKE_TEST]:
        print(f"klinik: fel: {SMOKE_TEST} anges ensamt, utan andra argument.", file=sys.stderr)
        return cli.USAGE
    from klinik_app.ui.smoke import run_smoke_test

    return run_smoke_test()
