"""The register table model, without a window: counts, lazy pages, search mode, protected rows."""

from __future__ import annotations

import pytest

from types import SimpleNamespace

from PySide6.QtCore import Qt

from klinik_app.db.errors import DatabaseError
from klinik_app.services import patients
from klinik_app.ui.patient_table_model import (
    COL_LAST,
    COL_MUNICIPALITY,
    COL_PNR,
    COLUMNS,
    PROTECTED_MARK,
    PatientTableModel,
)

pytestmark = pytest.mark.backends("sqlite", "postgresql")


class CountingServices(SimpleNamespace):
    """The patient services, with every call recorded."""

    def __init__(self, fail_pages: bool = False) -> None:
        super().__init__(counts=0, pages=[], searches=[])
        self.fail_pages = fail_pages

    def count_patients(self, ctx):
        self.counts += 1
        return patients.count_patients(ctx)

    def patient_page(self, ctx, offset, limit):
        self.pages.append((offset, limit))
        if self.fail_pages:
            raise DatabaseError("Databasen används just nu av ett annat program.")
        return patients.patient_page(ctx, offset, limit)

    def search_patients(self, ctx, text, limit=200):
        self.searches.append(text)
        return patients.search_patients(ctx, text, limit)


def text(model, row, column):
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_register_has_one_row_per_patient_and_swedish_headers(qapp, demo_ctx):
    model = PatientTableModel(demo_ctx)
    assert model.rowCount() == patients.count_patients(demo_ctx) == 300
    assert model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Personnummer", "Efternamn", "Förnamn", "Ålder", "Kommun", "Telefon", "Listning"]
    assert headers == list(COLUMNS)


def test_opening_the_register_fetches_no_rows_until_they_are_shown(qapp, demo_ctx):
    services = CountingServices()
    model = PatientTableModel(demo_ctx, services=services)
    assert model.rowCount() == 300
    assert services.counts == 1
    assert services.pages == []


def test_row_250_comes_from_the_second_page_only(qapp, demo_ctx):
    services = CountingServices()
    model = PatientTableModel(demo_ctx, services=services)
    expected = patients.patient_page(demo_ctx, 250, 1)[0]

    assert text(model, 250, COL_PNR) == expected.personnummer
    assert text(model, 250, COL_LAST) == expected.last_name
    assert model.patient_id(250) == expected.id
    assert services.pages == [(200, 200)]  # page 1 only, fetched once
    assert text(model, 299, COL_PNR) == patients.patient_page(demo_ctx, 299, 1)[0].personnummer
    assert services.pages == [(200, 200)]  # the cached page answered
    assert model.cached_pages() == [1]


def test_page_cache_keeps_only_the_most_recent_pages(qapp, demo_ctx):
    services = CountingServices()
    model = PatientTableModel(demo_ctx, services=services, page_size=20, max_pages=3)
    for row in range(0, 300, 20):
        assert model.patient_id(row) is not None
    assert len(services.pages) == 15
    assert model.cached_pages() == [12, 13, 14]
    model.patient_id(0)  # dropped earlier: fetched again
    assert services.pages[-1] == (0, 20)
    assert model.cached_pages() == [13, 14, 0]


def test_rows_outside_the_register_have_no_patient(qapp, demo_ctx):
    model = PatientTableModel(demo_ctx)
    assert model.patient_id(-1) is None
    assert model.patient_id(300) is None


def test_search_mode_shows_the_hits_and_blank_text_returns_to_the_register(qapp, demo_ctx):
    services = CountingServices()
    model = PatientTableModel(demo_ctx, services=services)
    some = patients.patient_page(demo_ctx, 42, 1)[0]

    model.set_search(some.personnummer)
    assert model.in_search_mode
    assert model.rowCount() == 1
    assert model.patient_id(0) == some.id
    assert text(model, 0, COL_LAST) == some.last_name
    assert not model.more

    model.set_search("   ")
    assert not model.in_search_mode
    assert model.rowCount() == 300
    assert services.searches == [some.personnummer]


def test_search_with_more_than_200_hits_says_so(qapp, demo_ctx):
    model = PatientTableModel(demo_ctx)
    model.set_search("20")  # in almost every personnummer
    assert model.rowCount() == 200
    assert model.more


def test_r_tg_4_protected_rows_are_marked_without_colour(qapp, demo_ctx, protected_patient):
    model = PatientTableModel(demo_ctx)
    model.set_search(protected_patient.personnummer)
    assert model.rowCount() == 1
    index = model.index(0, COL_MUNICIPALITY)
    assert model.data(index) == PROTECTED_MARK
    assert "R-TG-4" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "R-TG-4" in model.data(model.index(0, COL_PNR), Qt.ItemDataRole.ToolTipRole)
    for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
        assert model.data(index, role) is None


def test_ordinary_rows_have_no_protected_mark(qapp, demo_ctx):
    model = PatientTableModel(demo_ctx)
    row = next(r for r in range(300) if not model.patient_row(r).protected)
    assert model.data(model.index(row, COL_MUNICIPALITY)) != PROTECTED_MARK
    assert model.data(model.index(row, COL_PNR), Qt.ItemDataRole.ToolTipRole) is None


def test_a_page_that_cannot_be_read_is_reported_once_and_never_raised(qapp, qtbot, demo_ctx):
    services = CountingServices(fail_pages=True)
    model = PatientTableModel(demo_ctx, services=services)
    with qtbot.waitSignal(model.load_failed, timeout=2000) as blocker:
        assert model.patient_id(5) is None
        assert text(model, 5, COL_LAST) == "(kunde inte hämtas)"
    assert isinstance(blocker.args[0], DatabaseError)
    assert services.pages == [(0, 200)]  # not retried on every paint


def test_a_patient_without_a_listing_says_ej_listad(qapp, demo_ctx):
    from klinik_app.ui.patient_table_model import COL_LISTING

    model = PatientTableModel(demo_ctx)
    unlisted = [r for r in range(300) if model.patient_row(r).listing == ""]
    listed = [r for r in range(300) if model.patient_row(r).listing]
    assert unlisted and listed
    assert text(model, unlisted[0], COL_LISTING) == "Ej listad"
    assert text(model, listed[0], COL_LISTING) in ("Eget val", "Icke-val")
