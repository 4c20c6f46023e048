"""The Listning page's read side: filters by type, effective status, dentist, municipality and month
end (R-LI-8), name order, paging by offset and by key, the access log (R-SE-2), R-TG-4 masking."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from klinik_app.db.models import AccessLogEntry, Listing, StaffMember
from klinik_app.services import listing_view as lv
from klinik_app.services.listing import list_patient
from klinik_app.services.listing_stop import declare_listing_stop
from klinik_app.services.listing_view import (
    ListingFilter,
    ListingFilterError,
    consent_givers,
    count_listings,
    filter_options,
    listing_form,
    listing_page,
    stop_overview,
)
from tests.conftest import TODAY
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

D1, D2, D3 = "SE2321000222-D0001", "SE2321000222-D0002", "SE2321000222-D0003"


def _staff(ctx, hsa_id, name, role="tandlakare", active=True):
    stamp = dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=hsa_id, name=name, role=role, active=active, **stamp))


def _set(ctx, patient_id, **values):
    """Change the patient's (only) listing."""
    with ctx.begin() as s:
        s.execute(update(Listing).where(Listing.patient_id == patient_id).values(**values))


def _ids(rows):
    return [r.patient_id for r in rows]


def _all(ctx, f=ListingFilter()):
    return listing_page(ctx, f, 0, 1000)


@pytest.fixture
def clinic(ctx):
    """Six patients with one listing each, in every state (today is 2026-11-22)."""
    _staff(ctx, D1, "Anna Berg")
    _staff(ctx, D2, "Örjan Ek")
    _staff(ctx, D3, "Bo Ahl", active=False)
    _staff(ctx, "SE2321000222-H0001", "Hanna Hygienist", role="tandhygienist")
    p = {}
    p["active_val"] = add_patient(ctx, pnr(date(2015, 3, 1), 101), "Ella", "Lind", listing="val",
                                  listed_from=date(2024, 2, 1), dentist=D1, municipality="2480")
    p["active_assigned"] = add_patient(ctx, pnr(date(2012, 5, 9), 102), "Olle", "Åkesson", listing="icke-val",
                                       listed_from=date(2012, 5, 9), dentist=D2, municipality="2482")
    p["planned"] = add_patient(ctx, pnr(date(2018, 1, 2), 103), "Saga", "Berg", listing="val",
                               listed_from=date(2026, 12, 1), dentist=D1, municipality="2403")
    p["finished"] = add_patient(ctx, pnr(date(2010, 7, 7), 104), "Nils", "Zetterberg", listing="icke-val",
                                listed_from=date(2010, 7, 7), municipality="2480")
    p["error"] = add_patient(ctx, pnr(date(2016, 9, 9), 105), "Alva", "Andersson", listing="val",
                             listed_from=date(2025, 1, 1), dentist=D2, municipality="2480")
    p["protected"] = add_patient(ctx, pnr(date(2014, 4, 4), 106), "Vera", "Holm", listing="val",
                                 listed_from=date(2023, 6, 1), dentist=D1, municipality="2418", protected=True)
    _set(ctx, p["planned"], status="planned")
    _set(ctx, p["finished"], status="finished", end_date=date(2025, 10, 31), end_reason="utflyttad-lan")
    _set(ctx, p["error"], status="entered-in-error", end_reason="felregistrering")
    return p


def test_no_filter_shows_every_listing_in_swedish_name_order(ctx, clinic):
    rows = _all(ctx)
    assert count_listings(ctx) == 6
    # sort name: last name, first name; Å after Z
    assert [r.last_name for r in rows] == ["Andersson", "Berg", "Holm", "Lind", "Zetterberg", "Åkesson"]


def test_a_row_carries_labels_names_and_the_version(ctx, clinic):
    row = next(r for r in _all(ctx) if r.patient_id == clinic["finished"])
    assert row.personnummer == f"{pnr(date(2010, 7, 7), 104)[:8]}-{pnr(date(2010, 7, 7), 104)[8:]}"
    assert (row.listing_type_label, row.status_label) == ("Icke-val", "Avslutad")
    assert (row.end_date, row.end_reason, row.end_reason_label) == (date(2025, 10, 31), "utflyttad-lan",
                                                                    "Utflyttad från länet")
    assert row.responsible_dentist == "" and row.municipality == "Umeå" and row.row_version == 1
    lind = next(r for r in _all(ctx) if r.patient_id == clinic["active_val"])
    assert lind.responsible_dentist == "Anna Berg" and lind.name == "Ella Lind"


def test_filter_by_listing_type(ctx, clinic):
    f = ListingFilter(listing_type="icke-val")
    assert set(_ids(_all(ctx, f))) == {clinic["active_assigned"], clinic["finished"]}
    assert count_listings(ctx, f) == 2
    assert count_listings(ctx, ListingFilter(listing_type="val")) == 4


@pytest.mark.parametrize(("status", "expected"), [
    ("active", {"active_val", "active_assigned", "protected"}),
    ("planned", {"planned"}),
    ("finished", {"finished"}),
    ("entered-in-error", {"error"}),
])
def test_filter_by_status(ctx, clinic, status, expected):
    f = ListingFilter(status=status)
    assert set(_ids(_all(ctx, f))) == {clinic[k] for k in expected}
    assert count_listings(ctx, f) == len(expected)


def test_status_is_the_effective_status_by_date(ctx, clinic):
    """As domain.listing.effective_status: the stored status may lag behind the dates."""
    _set(ctx, clinic["planned"], start_date=TODAY)  # stored 'planned', care began today: active
    _set(ctx, clinic["active_val"], end_date=date(2026, 11, 21))  # stored 'active', ended yesterday
    _set(ctx, clinic["active_assigned"], start_date=date(2026, 11, 23))  # stored 'active', starts tomorrow
    active = set(_ids(_all(ctx, ListingFilter(status="active"))))
    assert clinic["planned"] in active and clinic["active_val"] not in active
    assert clinic["active_val"] in _ids(_all(ctx, ListingFilter(status="finished")))
    assert _ids(_all(ctx, ListingFilter(status="planned"))) == [clinic["active_assigned"]]
    labels = {r.patient_id: r.status_label for r in _all(ctx)}
    assert labels[clinic["planned"]] == "Aktiv" and labels[clinic["active_val"]] == "Avslutad"
    _set(ctx, clinic["active_val"], end_date=TODAY)  # the end date is the last day: still active today
    assert clinic["active_val"] in _ids(_all(ctx, ListingFilter(status="active")))


def test_filter_by_responsible_dentist_and_by_none(ctx, clinic):
    assert set(_ids(_all(ctx, ListingFilter(responsible_dentist=D1)))) == {
        clinic["active_val"], clinic["planned"], clinic["protected"]}
    assert _ids(_all(ctx, ListingFilter(responsible_dentist=""))) == [clinic["finished"]]
    assert count_listings(ctx, ListingFilter(responsible_dentist=D3)) == 0


def test_filter_by_municipality(ctx, clinic):
    assert set(_ids(_all(ctx, ListingFilter(municipality_code="2480")))) == {
        clinic["active_val"], clinic["finished"], clinic["error"]}
    assert count_listings(ctx, ListingFilter(municipality_code="2480")) == 3


def test_r_tg_4_protected_rows_show_no_municipality_and_no_filter_reveals_it(ctx, clinic):
    row = next(r for r in _all(ctx) if r.patient_id == clinic["protected"])
    assert row.protected and row.municipality == ""
    # Vera lives in Malå (2418), but filtering on Malå must not single her out.
    assert count_listings(ctx, ListingFilter(municipality_code="2418")) == 0
    assert _all(ctx, ListingFilter(municipality_code="2418")) == []
    assert "2418" not in [code for code, _ in filter_options(ctx).municipalities]


def test_r_li_8_month_end_is_listed_on_the_last_day_of_the_month(ctx, clinic):
    m = date(2025, 10, 31)
    listed = set(_ids(_all(ctx, ListingFilter(month_end=m))))
    # the finished listing ended on 31 October: still listed that day; the error never counts
    assert listed == {clinic["active_val"], clinic["active_assigned"], clinic["finished"], clinic["protected"]}
    assert clinic["finished"] not in _ids(_all(ctx, ListingFilter(month_end=date(2025, 11, 30))))
    assert clinic["error"] not in _ids(_all(ctx, ListingFilter(month_end=date(2025, 1, 31))))


def test_r_li_8_month_end_edges_start_and_end_on_the_last_day(ctx, clinic):
    pid = clinic["active_val"]
    _set(ctx, pid, start_date=date(2026, 2, 28), end_date=None)  # starts on the last day: counts
    assert pid in _ids(_all(ctx, ListingFilter(month_end=date(2026, 2, 28))))
    _set(ctx, pid, start_date=date(2026, 3, 1))  # starts the day after: not listed in February
    assert pid not in _ids(_all(ctx, ListingFilter(month_end=date(2026, 2, 28))))
    _set(ctx, pid, start_date=date(2025, 1, 1), end_date=date(2026, 2, 27))  # ended the day before
    assert pid not in _ids(_all(ctx, ListingFilter(month_end=date(2026, 2, 28))))
    _set(ctx, pid, end_date=date(2026, 2, 28))
    assert pid in _ids(_all(ctx, ListingFilter(month_end=date(2026, 2, 28))))


def test_a_month_end_filter_means_the_months_last_day_whatever_day_is_given(ctx, clinic):
    assert ListingFilter(month_end=date(2024, 2, 3)).month_end == date(2024, 2, 29)
    assert count_listings(ctx, ListingFilter(month_end=date(2026, 2, 1))) == count_listings(
        ctx, ListingFilter(month_end=date(2026, 2, 28)))


def test_filters_combine(ctx, clinic):
    f = ListingFilter(listing_type="val", status="active", responsible_dentist=D1, month_end=date(2026, 10, 31))
    assert set(_ids(_all(ctx, f))) == {clinic["active_val"], clinic["protected"]}


def test_unknown_filter_values_are_refused():
    with pytest.raises(ListingFilterError):
        ListingFilter(listing_type="eget")
    with pytest.raises(ListingFilterError):
        ListingFilter(status="aktiv")


def test_r_se_2_each_page_is_one_access_log_entry_without_patient(ctx, clinic):
    def entries():
        with ctx.sessions() as s:
            return s.execute(select(AccessLogEntry.action, AccessLogEntry.patient_id, AccessLogEntry.detail)
                             .order_by(AccessLogEntry.id)).all()

    before = len(entries())
    listing_page(ctx, ListingFilter(), 0, 4)
    listing_page(ctx, ListingFilter(), 4, 4)
    count_listings(ctx)  # a count shows no patient data
    new = entries()[before:]
    assert [tuple(e) for e in new] == [("list", None, "listningar, rad 1-4"), ("list", None, "listningar, rad 5-6")]
    listing_page(ctx, ListingFilter(status="entered-in-error", listing_type="icke-val"), 0, 4)  # nothing shown
    assert len(entries()) == before + 2


def test_plan_choice_walks_the_patients_unless_few_listings_match():
    assert lv._should_walk(0, 200, 390_000, 390_000)  # the first page of everything
    assert lv._should_walk(190_000, 200, 390_000, 390_000)  # deep: a walk beats sorting 390,000
    assert not lv._should_walk(0, 200, 500, 390_000)  # 500 matches: scan the listings, sort 500
    assert lv._should_walk(0, 200, 20_000, 390_000)  # the first page visits about 4,000 patients


def test_pages_by_offset_by_key_and_from_the_end_agree(ctx, monkeypatch):
    """Every way of reading a page gives the same rows as one read of everything."""
    _staff(ctx, D1, "Anna Berg")
    names = ["Lind", "Berg", "Åberg", "Öst", "Ek", "Ahl", "Zorn", "Holm", "Nord", "Sund", "Berg", "Lind"]
    for i, last in enumerate(names):
        pid = add_patient(ctx, pnr(date(2010 + i % 10, 1 + i % 12, 3), 200 + i), f"Barn{i}", last,
                          listing="icke-val", listed_from=date(2011, 1, 1), dentist=D1)
        if i % 3 == 0:  # a second listing: the assigned one ended, then the patient chose
            _set(ctx, pid, status="finished", end_date=date(2019, 12, 31), end_reason="eget-val")
            with ctx.begin() as s:
                s.add(Listing(uuid=f"00000000-0000-4000-9000-{pid:012d}", patient_id=pid, listing_type="val",
                              status="active", start_date=date(2020, 1, 1), origin="local", created_at=ctx.now(),
                              created_by="t", modified_at=ctx.now(), modified_by="t"))
    f = ListingFilter()
    everything = [r.listing_id for r in listing_page(ctx, f, 0, 100)]
    total = len(everything)
    assert total == 16 == count_listings(ctx, f)
    keys = [r.sort_key for r in listing_page(ctx, f, 0, 100)]
    assert keys == sorted(keys)

    def paged(size, **kw):
        got, after = [], None
        for offset in range(0, total, size):
            page = listing_page(ctx, f, offset, size, after=after if kw.get("by_key") else None, count=total)
            got += [r.listing_id for r in page]
            after = page[-1].sort_key
        return got

    for walk in (True, False):  # both plans: walk the patients in name order, or let the planner choose
        monkeypatch.setattr(lv, "_should_walk", lambda *_args, walk=walk: walk)
        for narrow_from in (0, 2_000):  # skipping on ids only, or on whole rows
            monkeypatch.setattr(lv, "_NARROW_FROM", narrow_from)
            for size in (1, 3, 5, 7):
                assert paged(size) == everything, (walk, narrow_from, size)
                assert paged(size, by_key=True) == everything, (walk, narrow_from, size)
    assert listing_page(ctx, f, total, 5) == [] and listing_page(ctx, f, 14, 5, count=total)[-1].listing_id == everything[-1]


def test_filter_options_list_dentists_municipalities_and_month_ends(ctx, clinic):
    options = filter_options(ctx)
    assert options.dentists == [(D1, "Anna Berg"), (D2, "Örjan Ek"), (D3, "Bo Ahl (slutat)")]
    assert [name for _code, name in options.municipalities] == ["Bjurholm", "Skellefteå", "Umeå"]
    assert options.month_ends[0] == date(2026, 11, 30) and options.month_ends[-1] == date(2010, 7, 31)
    assert len(options.month_ends) == (2026 - 2010) * 12 + (11 - 7) + 1
    assert options.has_no_dentist


def test_filter_options_of_a_clinic_without_listings(ctx):
    options = filter_options(ctx)
    assert options.municipalities == [] and options.month_ends == [date(2026, 11, 30)]
    assert not options.has_no_dentist


def test_listing_form_knows_guardians_choice_listing_and_logs_the_read(ctx, clinic):
    pid = add_patient(ctx, pnr(date(2015, 6, 1), 301), "Ella", "Lind", guardians=["Anna Lind", "Per Lind"],
                      dentist=D2, listing="icke-val")
    form = listing_form(ctx, pid)
    assert form.guardians == {1: "Anna Lind", 2: "Per Lind"} and form.current_dentist == D2
    assert not form.listed_by_choice and form.stop is None
    assert form.dentists == [(D1, "Anna Berg"), (D2, "Örjan Ek")]  # active dentists only
    assert consent_givers(form, TODAY) == [("vardnadshavare1", "Anna Lind"), ("vardnadshavare2", "Per Lind")]
    with ctx.sessions() as s:
        last = s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id.desc())).first()
    assert (last.action, last.patient_id) == ("read", pid)
    list_patient(ctx, pid, giver="vardnadshavare1", consent_date=TODAY, method="telefon")
    assert listing_form(ctx, pid).listed_by_choice


def test_r_li_1_from_18_the_patient_consents(ctx):
    pid = add_patient(ctx, pnr(date(2008, 11, 22), 302), "Tove", "Ek", guardians=["Karin Ek"])
    form = listing_form(ctx, pid)
    assert consent_givers(form, TODAY) == [("patient", "Patienten själv (Tove Ek)")]
    assert consent_givers(form, date(2026, 11, 21)) == [("vardnadshavare1", "Karin Ek")]


def test_r_li_3_care_start_and_r_li_5_stop_overview(ctx):
    assert lv.care_starts_on(ctx, date(2026, 11, 22)) == date(2026, 12, 1)
    assert lv.care_starts_on(ctx, date(2026, 12, 31)) == date(2027, 1, 1)
    for i in range(30):
        add_patient(ctx, pnr(date(2012, 1, 1 + i % 28), 400 + i), f"Barn{i}", "Val", listing="val")
    add_patient(ctx, pnr(date(2012, 3, 3), 450), "Sara", "Skydd", listing="val", protected=True)
    overview = stop_overview(ctx)
    assert (overview.stop, overview.choice_count, overview.minimum) == (None, 30, 30)  # protected not counted
    declare_listing_stop(ctx, date(2027, 1, 1))
    assert stop_overview(ctx).stop.start_date == date(2027, 1, 1)
