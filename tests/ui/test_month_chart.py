"""R-LI-8: the chart of listed patients per month, painted and described in words."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QImage, QPalette

from klinik_app.domain.capitation import month_ends
from klinik_app.services.snapshots import PROTECTED_LABEL, MonthCount
from klinik_app.ui.month_chart import EMPTY_TEXT, MonthChart, nice_step, short_month


def _count(m: date, listing_type: str, n: int, *, protected: bool = False, preliminary: bool = False) -> MonthCount:
    label = PROTECTED_LABEL if protected else {"val": "Eget val", "icke-val": "Icke-val"}[listing_type]
    return MonthCount(m, "" if protected else listing_type, "", "", protected, n, preliminary, label)


def _series(months: list[date], last_preliminary: bool) -> list[MonthCount]:
    counts = []
    for i, m in enumerate(months):
        preliminary = last_preliminary and i == len(months) - 1
        counts += [_count(m, "val", 6_000 + 40 * i, preliminary=preliminary),
                   _count(m, "icke-val", 5_000 + 10 * i, preliminary=preliminary),
                   _count(m, "", 45, protected=True, preliminary=preliminary)]
    return counts


def _colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


def _chart(qtbot, counts) -> MonthChart:
    chart = MonthChart()
    qtbot.addWidget(chart)
    chart.resize(720, 320)
    chart.set_counts(counts)
    return chart


def test_r_li_8_bars_are_painted_in_the_palettes_colours(qtbot):
    chart = _chart(qtbot, _series(month_ends(date(2024, 11, 1), date(2026, 10, 31)), last_preliminary=False))
    image = chart.grab().toImage()
    colours = _colours(image)
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    assert highlight.rgb() in colours  # the choice listings
    assert chart.series_colour("icke-val").rgb() in colours
    assert chart.series_colour("val") == highlight


def test_r_li_8_the_chart_follows_the_palette(qtbot):
    chart = _chart(qtbot, _series(month_ends(date(2026, 1, 1), date(2026, 10, 31)), last_preliminary=False))
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    dark.setColor(QPalette.ColorRole.Highlight, QColor(200, 120, 40))
    chart.setPalette(dark)
    colours = _colours(chart.grab().toImage())
    assert QColor(200, 120, 40).rgb() in colours
    assert QColor(30, 30, 30).rgb() in colours


def test_r_li_8_the_accessible_description_names_the_latest_months_counts(qtbot):
    months = month_ends(date(2025, 12, 1), date(2026, 11, 30))
    counts = _series(months, last_preliminary=True)
    counts[-3] = _count(months[-1], "val", 7_000, preliminary=True)
    counts[-2] = _count(months[-1], "icke-val", 5_300, preliminary=True)
    chart = _chart(qtbot, counts)
    assert chart.accessibleName() == "Listade patienter per månad"
    text = chart.accessibleDescription().replace("\u00a0", " ")
    assert "dec 2025 till nov 2026" in text
    assert "november 2026: 12 345 listade (Eget val 7 000, Icke-val 5 300, Skyddad identitet 45)" in text
    assert "Preliminär" in text
    chart.grab()  # the hatched preliminary month paints without a Qt warning


def test_r_li_8_an_empty_chart_says_so(qtbot):
    chart = _chart(qtbot, [])
    assert chart.accessibleDescription() == EMPTY_TEXT == "Inga listade patienter ännu"
    colours = _colours(chart.grab().toImage())
    assert chart.palette().color(QPalette.ColorRole.Highlight).rgb() not in colours


def test_x_labels_are_swedish_short_months_and_the_y_step_is_round():
    assert short_month(date(2026, 1, 31)) == "jan 2026"
    assert short_month(date(2026, 3, 31)) == "mars 2026"
    assert [nice_step(n) for n in (1, 9, 100, 12_345, 400_000)] == [1, 5, 25, 5_000, 100_000]


def test_r_li_8_a_month_with_nobody_listed_keeps_its_place_on_the_axis(qtbot):
    counts = [_count(date(2025, 1, 31), "val", 3), _count(date(2025, 4, 30), "val", 2)]
    chart = _chart(qtbot, counts)
    assert [(m.month_end, m.total) for m in chart.months] == [
        (date(2025, 1, 31), 3), (date(2025, 2, 28), 0), (date(2025, 3, 31), 0), (date(2025, 4, 30), 2),
    ]
    assert "april 2025: 2 listade (Eget val 2)." in chart.accessibleDescription()
