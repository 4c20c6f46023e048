"""`klinik report indicators` (interchange.md): the follow-up report as PDF or CSV, exit codes."""

from __future__ import annotations

import csv

from klinik_app.cli import USAGE, main
from klinik_app.domain.indicators import DEFINITIONS
from klinik_app.services import orderers


def _run(db_path, *args) -> int:
    return main(["--db", str(db_path), "--today", "2026-11-22", "report", "indicators", *args])


def test_a_year_as_csv_has_every_indicator_and_a_swedish_summary(demo_ctx, db_path, tmp_path, capsys):
    orderers.save_target(demo_ctx, 0, 2026, "examined_within_interval", 0.5, 0.0)
    out = tmp_path / "uppfoljning.csv"

    assert _run(db_path, "--year", "2026", "--format", "csv", "--out", str(out)) == 0

    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [r["id"] for r in rows] == list(DEFINITIONS)
    assert "1 mål uppfyllda" in capsys.readouterr().err


def test_a_period_as_pdf_for_a_named_orderer(demo_ctx, db_path, tmp_path, capsys):
    other = orderers.save_orderer(demo_ctx, None, "Region Norr", None, "Box 1\n901 00 Umeå")
    out = tmp_path / "uppfoljning.pdf"

    assert _run(db_path, "--from", "2026-01-01", "--to", "2026-06-30", "--orderer", str(other.id),
                "--out", str(out)) == 0

    assert out.read_bytes().startswith(b"%PDF")
    assert "Uppföljningsrapporten är skriven" in capsys.readouterr().err


def test_wrong_use_exits_64_with_a_swedish_reason(ctx, db_path, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    assert _run(db_path, "--from", "2026-01-01", "--out", out) == USAGE
    assert "--from kräver --to" in capsys.readouterr().err
    assert _run(db_path, "--year", "2026", "--from", "2026-01-01", "--out", out) == USAGE
    assert _run(db_path, "--from", "2026-06-01", "--to", "2026-01-01", "--out", out) == USAGE
    assert "Byt plats på datumen" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_orderer_is_refused_and_no_file_written(ctx, db_path, tmp_path, capsys):
    out = tmp_path / "x.csv"
    assert _run(db_path, "--year", "2026", "--orderer", "42", "--format", "csv", "--out", str(out)) == 1
    assert "Beställare 42 finns inte" in capsys.readouterr().err
    assert not out.exists()
