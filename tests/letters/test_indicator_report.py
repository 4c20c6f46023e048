"""R-RP-1/R-RP-2: the follow-up report read back with pypdf, and its CSV against the report's numbers."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from klinik_app.domain.indicators import DEFINITIONS, format_value
from klinik_app.letters.indicator_report import number_text
from klinik_app.services import indicator_report, orderers
from klinik_app.services.errors import ServiceError
from tests.letters.pdf import page_texts

FIRST, LAST = date(2026, 1, 1), date(2026, 10, 31)  # ended before today (2026-11-22)


@pytest.fixture
def followed_up(demo_ctx):
    orderers.save_target(demo_ctx, 0, 2026, "examined_within_interval", 0.99, 0.0)  # the demo misses this
    orderers.save_target(demo_ctx, 0, 2026, "overdue_revisions", 100_000, 0)  # and meets this
    orderers.save_action_plan(demo_ctx, 0, 2026, "overdue_revisions", "Ring försenade & boka", "Eva Ek",
                              date(2026, 12, 15))
    return demo_ctx


def _text(path) -> str:
    return " ".join(page_texts(path))


def test_the_pdf_has_every_indicator_with_its_definition_value_target_status_and_the_plans(followed_up, tmp_path):
    path = tmp_path / "rapport.pdf"
    written = indicator_report.write_report(followed_up, FIRST, LAST, path)
    report = indicator_report.gather(followed_up, FIRST, LAST)
    text = _text(path)

    assert "Uppföljningsrapport 2026-01-01–2026-10-31" in text
    for row in report.rows:
        d = row.definition
        assert d.name in text
        assert f"Värde: {format_value(d, row.value.value)}" in text
        # The definition's words are all there (a table cell wraps its lines).
        assert " ".join(d.exclusions.split()[:6]) in text
    assert "Mål minst 99,0 %. Status: Ej uppfyllt." in text
    assert "Mål högst 100 000. Status: Uppfyllt." in text.replace("\u00a0", " ")
    assert "Ring försenade & boka" in text and "Eva Ek" in text
    assert "Andel undersökta inom sitt intervall: målet nåddes inte" in text  # no plan answers the miss
    assert (written.met, written.missed, written.missing_plans) == (1, 1, 1)


def test_the_csv_has_one_row_per_indicator_with_the_numbers_the_report_shows(followed_up, tmp_path):
    pdf, out = tmp_path / "rapport.pdf", tmp_path / "rapport.csv"
    indicator_report.write_report(followed_up, FIRST, LAST, pdf)
    indicator_report.write_report(followed_up, FIRST, LAST, out, fmt="csv")
    text = _text(pdf).replace("\u00a0", "")

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert [r["id"] for r in rows] == list(DEFINITIONS)
    for r in rows:
        d = DEFINITIONS[r["id"]]
        shown = r["värde"] + (" %" if r["enhet"] == "%" else "") if r["värde"] else "–"
        assert f"{d.name} Värde: {shown}" in text  # the PDF's value line says the same number
        if r["nämnare"]:
            assert f"(täljare {r['täljare']}, nämnare {r['nämnare']})" in text
    by_id = {r["id"]: r for r in rows}
    assert (by_id["examined_within_interval"]["mål"], by_id["examined_within_interval"]["status"]) == ("99,0", "Ej uppfyllt")
    assert by_id["deviations"]["status"] == "Inget mål"


def test_a_value_is_written_the_same_in_csv_and_pdf_for_every_unit():
    assert number_text(DEFINITIONS["absence_rate"], 0.0257) == "2,6"
    assert number_text(DEFINITIONS["overdue_revisions"], 1234) == "1234"
    assert number_text(DEFINITIONS["deft_6"], None) == ""


def test_a_report_needs_the_orderers_address(ctx, tmp_path):
    orderers.save_orderer(ctx, 0, "Region Norr", None, "")
    with pytest.raises(ServiceError, match="Adressen till Region Norr saknas"):
        indicator_report.gather(ctx, FIRST, LAST)
