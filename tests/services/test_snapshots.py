"""R-LI-8: month-end snapshots of the listed population, counts per month and the CSV export."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import func, select, update

from klinik_app.db.models import AccessLogEntry, Listing, MonthSnapshot, Patient
from klinik_app.domain.capitation import is_listed_on, month_ends
from klinik_app.services.errors import UsageError
from klinik_app.services.snapshots import (
    CSV_HEADER,
    PROTECTED_LABEL,
    export_month_counts_csv,
    month_counts,
    take_month_snapshots,
)
from tests.conftest import TODAY, make_ctx
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-T0001"


def _set_listing(ctx, patient_id: int, **values) -> None:
    with ctx.begin() as s:
        s.execute(update(Listing).where(Listing.patient_id == patient_id).values(**values))


def _stored(ctx, m: date) -> dict:
    with ctx.sessions() as s:
        rows = s.execute(select(MonthSnapshot).where(MonthSnapshot.month_end == m)).scalars().all()
        return {(r.listing_type, r.responsible_dentist_hsa_id, r.municipality_code, r.protected_identity): r.count
                for r in rows}


def _direct_count(ctx, m: date) -> dict[str, int]:
    """Listed on m per listing type, by the rule applied to every listing one at a time."""
    result: dict[str, int] = {}
    with ctx.sessions() as s:
        for listing in s.scalars(select(Listing)):
            if is_listed_on(listing.status, listing.start_date, listing.end_date, m):
                result[listing.listing_type] = result.get(listing.listing_type, 0) + 1
    return result


def _report_entries(ctx) -> list[AccessLogEntry]:
    with ctx.sessions() as s:
        return s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "report")).all()


@pytest.fixture
def small(ctx):
    """Four listed patients, one of them with protected identity, and one unlisted."""
    ids = {
        "ella": add_patient(ctx, pnr(date(2012, 3, 15), 424), "Ella", "Lind", listing="val",
                            listed_from=date(2025, 1, 1), dentist=DENTIST),
        "olle": add_patient(ctx, pnr(date(2010, 7, 1), 111), "Olle", "Östlund", listing="icke-val",
                            listed_from=date(2025, 3, 31), municipality="2482"),
        "li": add_patient(ctx, pnr(date(2015, 1, 9), 222), "Li", "Ekström", listing="val",
                          listed_from=date(2026, 10, 1), dentist=DENTIST),
        "sara": add_patient(ctx, pnr(date(2008, 2, 29), 333), "Sara", "Lindqvist", protected=True, listing="val",
                            listed_from=date(2025, 6, 1), dentist=DENTIST, municipality="2482"),
        "unlisted": add_patient(ctx, pnr(date(2011, 5, 5), 555), "Moa", "Berg"),
    }
    return ids


def test_r_li_8_snapshots_are_taken_once_from_the_first_listing_to_the_last_completed_month(ctx, small):
    assert take_month_snapshots(ctx) == len(month_ends(date(2025, 1, 1), date(2026, 10, 31)))  # 22 months
    assert take_month_snapshots(ctx) == 0
    with ctx.sessions() as s:
        assert s.scalar(select(func.min(MonthSnapshot.month_end))) == date(2025, 1, 31)
        assert s.scalar(select(func.max(MonthSnapshot.month_end))) == date(2026, 10, 31)  # November is not over
    assert _stored(ctx, date(2026, 10, 31)) == {
        ("val", DENTIST, "2480", False): 2,
        ("icke-val", "", "2482", False): 1,
        ("val", DENTIST, "", True): 1,  # R-TG-4: never with the municipality
    }
    assert _stored(ctx, date(2025, 2, 28)) == {("val", DENTIST, "2480", False): 1}
    assert _stored(ctx, date(2025, 3, 31)) == {("val", DENTIST, "2480", False): 1, ("icke-val", "", "2482", False): 1}


def test_r_li_8_a_later_run_takes_only_the_months_completed_since(ctx, small, db_path):
    take_month_snapshots(ctx)
    later = make_ctx(db_path, today=date(2027, 1, 3))
    try:
        assert take_month_snapshots(later) == 2  # November and December 2026
        assert take_month_snapshots(later) == 0
    finally:
        later.close()


def test_r_li_8_nothing_listed_takes_nothing(ctx):
    add_patient(ctx, pnr(date(2011, 5, 5), 555), "Moa", "Berg")
    assert take_month_snapshots(ctx) == 0
    assert month_counts(ctx, date(2026, 1, 1), date(2026, 11, 30)) == []
    assert _report_entries(ctx) == []


def test_r_li_8_an_empty_month_is_taken_and_never_filled_in_later(ctx):
    moa = add_patient(ctx, pnr(date(2011, 5, 5), 555), "Moa", "Berg", listing="val", listed_from=date(2025, 1, 1))
    _set_listing(ctx, moa, end_date=date(2025, 2, 28), status="finished")
    add_patient(ctx, pnr(date(2012, 5, 5), 556), "Ali", "Berg", listing="val", listed_from=date(2025, 5, 1))
    assert take_month_snapshots(ctx) == 22
    assert _stored(ctx, date(2025, 3, 31)) == {} and _stored(ctx, date(2025, 4, 30)) == {}
    # A listing recorded afterwards that reaches back into the empty months: they stay as taken.
    add_patient(ctx, pnr(date(2013, 5, 5), 557), "Eja", "Berg", listing="val", listed_from=date(2025, 3, 1))
    assert take_month_snapshots(ctx) == 0
    assert _stored(ctx, date(2025, 3, 31)) == {}
    assert month_counts(ctx, date(2025, 3, 1), date(2025, 4, 30)) == []


def test_r_li_8_stored_counts_match_a_direct_count_on_the_demo_clinic(demo_ctx):
    # History the demo lacks: listings ended on and just before a month end, some entered in error.
    with demo_ctx.begin() as s:
        ids = s.scalars(select(Listing.id).order_by(Listing.id).limit(40)).all()
        for chunk, end in ((ids[:10], date(2024, 2, 29)), (ids[10:20], date(2024, 2, 28))):
            s.execute(update(Listing).where(Listing.id.in_(chunk)).values(end_date=end, status="finished"))
        s.execute(update(Listing).where(Listing.id.in_(ids[20:25])).values(status="entered-in-error"))
    taken = take_month_snapshots(demo_ctx)
    assert taken > 100  # the demo's listings reach back to 2006
    for m in (date(2010, 6, 30), date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31), date(2026, 10, 31)):
        direct = _direct_count(demo_ctx, m)
        stored: dict[str, int] = {}
        for (listing_type, _dentist, _municipality, _protected), n in _stored(demo_ctx, m).items():
            stored[listing_type] = stored.get(listing_type, 0) + n
        assert stored == direct, m
        shown = month_counts(demo_ctx, m, m, by="type")
        assert sum(c.count for c in shown) == sum(direct.values())
        assert not any(c.preliminary for c in shown)


def test_r_li_8_a_later_change_to_a_listing_does_not_change_a_stored_month(ctx, small):
    take_month_snapshots(ctx)
    before = _stored(ctx, date(2026, 10, 31))
    _set_listing(ctx, small["ella"], status="entered-in-error")
    _set_listing(ctx, small["olle"], end_date=date(2026, 9, 30), status="finished")
    assert _stored(ctx, date(2026, 10, 31)) == before
    october = {c.label: c.count for c in month_counts(ctx, date(2026, 10, 1), date(2026, 10, 31))}
    assert october == {"Eget val": 2, "Icke-val": 1, PROTECTED_LABEL: 1}  # as taken
    november = month_counts(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert {c.label: c.count for c in november} == {"Eget val": 1, PROTECTED_LABEL: 1}  # live: the change shows
    assert all(c.preliminary for c in november)


def test_r_li_8_the_current_month_is_preliminary_and_counted_on_its_month_end(ctx, small):
    take_month_snapshots(ctx)
    _set_listing(ctx, small["olle"], end_date=date(2026, 11, 29), status="active")  # ends before the month end
    add_patient(ctx, pnr(date(2014, 4, 4), 444), "Ida", "Ek", listing="val", listed_from=date(2026, 12, 1))
    counts = month_counts(ctx, date(2026, 9, 1), date(2027, 6, 30))  # not past the current month
    assert [(c.month_end, c.label, c.count, c.preliminary) for c in counts] == [
        (date(2026, 9, 30), "Eget val", 1, False),
        (date(2026, 9, 30), "Icke-val", 1, False),
        (date(2026, 9, 30), PROTECTED_LABEL, 1, False),
        (date(2026, 10, 31), "Eget val", 2, False),
        (date(2026, 10, 31), "Icke-val", 1, False),
        (date(2026, 10, 31), PROTECTED_LABEL, 1, False),
        (date(2026, 11, 30), "Eget val", 2, True),
        (date(2026, 11, 30), PROTECTED_LABEL, 1, True),
    ]


def test_r_li_8_months_not_taken_yet_are_computed_live_and_preliminary(ctx, small):
    counts = month_counts(ctx, date(2026, 10, 1), date(2026, 10, 31))
    assert {c.label: c.count for c in counts} == {"Eget val": 2, "Icke-val": 1, PROTECTED_LABEL: 1}
    assert all(c.preliminary for c in counts)


def test_r_tg_4_protected_patients_are_one_group_without_municipality(ctx, small):
    take_month_snapshots(ctx)
    m = date(2026, 10, 31)
    by_municipality = [(c.municipality, c.protected, c.count, c.label)
                       for c in month_counts(ctx, m, m, "municipality")]
    assert by_municipality == [
        ("2480", False, 2, "Umeå"), ("2482", False, 1, "Skellefteå"), ("", True, 1, PROTECTED_LABEL),
    ]
    by_dentist = [(c.dentist, c.protected, c.count) for c in month_counts(ctx, m, m, "dentist")]
    assert by_dentist == [(DENTIST, False, 2), ("", False, 1), ("", True, 1)]
    assert month_counts(ctx, m, m, "dentist")[1].label == "Ingen ansvarig tandläkare"
    everything = month_counts(ctx, m, m, "all")
    assert [c.municipality for c in everything if c.protected] == [""]


def test_r_li_8_csv_export_has_a_bom_semicolons_and_one_row_per_group(ctx, small, tmp_path):
    take_month_snapshots(ctx)
    path = tmp_path / "listade.csv"
    result = export_month_counts_csv(ctx, path, date(2026, 9, 1), date(2026, 11, 30))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert tuple(rows[0]) == CSV_HEADER == ("Månad", "Listningstyp", "Ansvarig tandläkare", "Kommun",
                                            "Skyddad identitet", "Antal")
    assert rows[1:] == [
        ["2026-09", "val", DENTIST, "2480", "nej", "1"],
        ["2026-09", "icke-val", "", "2482", "nej", "1"],
        ["2026-09", "val", DENTIST, "", "ja", "1"],
        ["2026-10", "val", DENTIST, "2480", "nej", "2"],
        ["2026-10", "icke-val", "", "2482", "nej", "1"],
        ["2026-10", "val", DENTIST, "", "ja", "1"],
    ]  # November is not taken yet, so it is not exported
    assert (result.rows, result.months, result.preliminary_left_out) == (6, 2, 1)
    by_type = tmp_path / "typ.csv"
    export_month_counts_csv(ctx, by_type, date(2026, 10, 1), date(2026, 10, 31), by="type")
    assert by_type.read_text(encoding="utf-8-sig").splitlines()[1:] == [
        "2026-10;val;;;nej;2", "2026-10;icke-val;;;nej;1", "2026-10;;;;ja;1",
    ]


def test_r_se_2_one_report_entry_per_snapshot_run_and_export_without_patients(ctx, small, tmp_path):
    take_month_snapshots(ctx)
    take_month_snapshots(ctx)  # nothing due: nothing read, nothing logged
    export_month_counts_csv(ctx, tmp_path / "x.csv", date(2026, 1, 1), date(2026, 10, 31))
    entries = _report_entries(ctx)
    assert [(e.patient_id, e.detail) for e in entries] == [
        (None, "månadsögonblicksbild 2025-01..2026-10"),
        (None, "månadsögonblicksbild export 2026-01..2026-10, per all"),
    ]
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 5  # nothing else was touched


def test_month_counts_refuses_an_unknown_grouping(ctx):
    with pytest.raises(UsageError, match="gruppering"):
        month_counts(ctx, date(2026, 1, 1), TODAY, by="klinik")
