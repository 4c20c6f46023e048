"""The register: search as you type, the patient card, and the access log behind both."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry
from klinik_app.services.access_log import GENESIS, canonical_time, entry_hash
from klinik_app.services.patients import (
    MASKED,
    PatientNotFound,
    count_patients,
    get_patient_card,
    patient_page,
    search_patients,
    search_terms,
)
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

ELLA = pnr(date(2012, 3, 15), 424)


@pytest.fixture
def register(ctx):
    ids = {
        "ella": add_patient(ctx, ELLA, "Ella", "Lind", phone="070-123 45 67", listing="val", dentist="SE2321000222-D0001"),
        "olle": add_patient(ctx, pnr(date(2010, 7, 1), 111), "Olle", "Östlund", phone="090-77 88 99"),
        "li": add_patient(ctx, pnr(date(2015, 1, 9), 222), "Li", "Ekström"),
        "sara": add_patient(ctx, pnr(date(2008, 2, 29), 333), "Sara", "Lindqvist", protected=True, phone="070-999 99 99",
                            guardians=["Maria Lindqvist"]),
    }
    return ids


def _names(result):
    return [f"{r.first_name} {r.last_name}" for r in result.rows]


@pytest.mark.parametrize("typed", [ELLA, f"{ELLA[:8]}-{ELLA[8:]}", f"{ELLA[2:8]}-{ELLA[8:]}", ELLA[2:], ELLA[4:9], "0315-42"])
def test_search_finds_a_personnummer_in_any_written_form_or_fragment(ctx, register, typed):
    assert _names(search_patients(ctx, typed)) == ["Ella Lind"]


def test_search_by_name_fragment_ignores_case_and_diacritics(ctx, register):
    assert _names(search_patients(ctx, "ostl")) == ["Olle Östlund"]
    assert _names(search_patients(ctx, "LIND")) == ["Ella Lind", "Sara Lindqvist"]
    assert _names(search_patients(ctx, "ella lin")) == ["Ella Lind"]


def test_search_by_a_short_fragment_matches_the_start_of_a_name(ctx, register):
    assert _names(search_patients(ctx, "li")) == ["Li Ekström", "Ella Lind", "Sara Lindqvist"]


def test_search_by_phone_in_any_written_form(ctx, register):
    assert _names(search_patients(ctx, "070-123 45")) == ["Ella Lind"]
    assert _names(search_patients(ctx, "0907788")) == ["Olle Östlund"]


def test_search_with_no_match_and_empty_text(ctx, register):
    assert search_patients(ctx, "zzzz").rows == []
    assert search_patients(ctx, "   ").rows == []


def test_search_reports_more_hits_than_shown(ctx, register):
    result = search_patients(ctx, "lind", limit=1)
    assert len(result.rows) == 1 and result.more


def test_search_text_with_quotes_and_wildcards_is_plain_text(ctx, register):
    assert search_patients(ctx, '"lind%').rows == []
    assert search_terms("Ella 0315") == [("name", "ella"), ("digits", "0315")]


def test_register_pages_are_in_name_order(ctx, register):
    assert count_patients(ctx) == 4
    page = patient_page(ctx, 1, 2)
    assert [r.last_name for r in page] == ["Lind", "Lindqvist"]
    assert page[0].listing == "Eget val"


def test_r_tg_4_protected_identity_is_masked_in_the_list_and_the_card(ctx, register):
    row = next(r for r in search_patients(ctx, "sara").rows)
    assert row.protected and row.phone == MASKED and row.municipality == ""
    card = get_patient_card(ctx, register["sara"])
    assert card.address == [MASKED] and card.phone == MASKED
    assert all(g.phone == MASKED for g in card.guardians)
    assert "Storgatan" not in repr(card)


def test_r_tg_1_card_shows_age_and_target_group(ctx, register):
    card = get_patient_card(ctx, register["ella"])
    assert card.age == 14 and card.in_target_group
    assert card.personnummer == f"{ELLA[:8]}-{ELLA[8:]}"
    assert card.address == ["Storgatan 1", "903 26 Umeå"]


def test_r_li_6_card_flags_a_listed_patient_without_responsible_dentist(ctx):
    pid = add_patient(ctx, pnr(date(2016, 5, 5), 12), "Nils", "Berg", listing="icke-val")
    assert any(f.startswith("R-LI-6") for f in get_patient_card(ctx, pid).flags)


def test_card_of_a_removed_patient_says_so(ctx):
    with pytest.raises(PatientNotFound):
        get_patient_card(ctx, 999)


def test_r_se_2_register_list_search_and_card_are_logged_without_identity_numbers(ctx, register):
    patient_page(ctx, 0, 200)
    search_patients(ctx, ELLA)
    get_patient_card(ctx, register["ella"])
    with ctx.sessions() as s:
        entries = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).all()
    assert [(e.action, e.patient_id) for e in entries] == [("list", None), ("search", None), ("read", register["ella"])]
    assert entries[0].detail == "registret, rad 1-4"
    assert entries[2].user_id == ctx.actor.user_id and entries[2].care_unit == "SE2321000222-E12345"
    for e in entries:
        assert ELLA not in (e.detail or "") and ELLA[2:] not in (e.detail or "")
    # The chain: each entry's hash covers the previous one.
    prev = GENESIS
    for e in entries:
        fields = {k: getattr(e, k) for k in ("user_id", "user_kind", "role", "workstation", "care_unit", "action",
                                              "patient_id", "detail")}
        assert e.prev_hash == prev
        assert e.hash == entry_hash(prev, {**fields, "at": canonical_time(e.at)})
        prev = e.hash


def test_register_follows_swedish_alphabetical_order(ctx):
    for i, last in enumerate(["Östlund", "Åberg", "Ärlig", "Zetterberg", "Aaltonen"]):
        add_patient(ctx, pnr(date(2012, 1, 10 + i), 500 + i), "Test", last)
    assert [r.last_name for r in patient_page(ctx, 0, 10)] == ["Aaltonen", "Zetterberg", "Åberg", "Ärlig", "Östlund"]


def test_demo_data_is_searchable_and_index_triggers_survive(demo_ctx):
    """The bulk load rebuilds the search index once; later changes are indexed by the triggers again."""
    first = patient_page(demo_ctx, 0, 1)[0]
    assert first.id in [r.id for r in search_patients(demo_ctx, first.personnummer).rows]
    new_id = add_patient(demo_ctx, pnr(date(2013, 4, 4), 777), "Quintus", "Zzyzx")
    assert [r.id for r in search_patients(demo_ctx, "zzyz").rows] == [new_id]
