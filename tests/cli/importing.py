"""What the import tests share: writing CSV files, running `klinik import` in-process, reading reports."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from klinik_app.cli import main


def write_csv(path: Path, rows: list[dict], *, sep: str = ";", bom: bool = False, columns: list[str] | None = None) -> Path:
    columns = columns or list(rows[0])
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        w = csv.writer(f, delimiter=sep, lineterminator="\r\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([r.get(c, "") for c in columns])
    return path


@dataclass
class Outcome:
    code: int
    report: dict | None
    stderr: str


def import_runner(kind: str, db_path: Path, tmp_path: Path, capsys):
    """`run(file, *flags, user=, today=)`: `klinik import KIND` with a report; one Swedish line, no traceback."""

    def run(file: Path, *flags: str, user: str | None = None, today: str = "2026-11-22") -> Outcome:
        report = tmp_path / "rapport.json"
        report.unlink(missing_ok=True)
        argv = ["--db", str(db_path), "--today", today, *(["--user", user] if user else [])]
        code = main([*argv, "import", kind, str(file), "--report", str(report), *flags])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert err.strip() and "\n" not in err.strip(), f"not one line: {err!r}"
        return Outcome(code, json.loads(report.read_text(encoding="utf-8")) if report.exists() else None, err.strip())

    return run


def only_error(outcome: Outcome) -> dict:
    assert len(outcome.report["rejected"]) == 1, outcome.report
    return outcome.report["rejected"][0]
