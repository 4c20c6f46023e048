"""`klinik`: with a command it is the command line; alone (or with only global options) the window."""

from __future__ import annotations

import sys

from klinik_app import cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if cli.wants_window(args):
        from klinik_app.ui.app import run  # Qt is loaded only when the window is wanted

        return run(args)
    return cli.main(args)
