"""Listing rules end to end through the services: R-LI-1..6, R-TG-1, R-TG-4."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from klinik_app.db.models import Consent, Listing, OutboxItem, Patient, StaffMember
from klinik_app.domain.listing import ListingRefused, effective_status
from klinik_app.services.clinic import init_clinic
from klinik_app.services.errors import ServiceError
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.listing import (
    correct_listing,
    end_listing,
    list_patient,
    set_protected_identity,
)
from klinik_app.services.listing_stop import current_listing_stop, declare_listing_stop, lift_listing_stop
from klinik_app.services.outbox import ProtectedPatientNotQueued, enqueue
from tests.conftest import CLINIC_HSA_ID, make_ctx
from tests.factories import add_patient, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-D0001"


@pytest.fixture
def at(db_path):
    """A clinic context on a chosen day: at(date(2026, 1, 31))."""
    opened = []

    def make(today: date):
        c = make_ctx(db_path, today=today)
        if not opened:
            init_clinic(c, CLINIC_HSA_ID, "Tandkliniken Testbyn")
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


def _child(ctx, birth=date(2015, 6, 1), serial=101, **kw):
    return add_patient(ctx, pnr(birth, serial), "Ella", "Lind", guardians=["Anna Lind", "Per Lind"], **kw)


def _outbox(ctx):
    with ctx.sessions() as s:
        return s.scalars(select(OutboxItem).order_by(OutboxItem.id)).all()


@pytest.mark.parametrize(
    ("consent", "start"),
    [(date(2026, 1, 31), date(2026, 2, 1)), (date(2025, 12, 15), date(2026, 1, 1)),
     (date(2024, 2, 29), date(2024, 3, 1)), (date(2026, 3, 1), date(2026, 4, 1))],
)
def test_r_li_3_care_starts_on_the_first_day_of_the_next_month(at, consent, start):
    ctx = at(consent)
    pid = _child(ctx)
    result = list_patient(ctx, pid, giver="vardnadshavare1", consent_date=consent, method="pa-plats")
    assert result.start_date == start
    with ctx.sessions() as s:
        assert s.get(Listing, result.listing_id).status == "planned"  # care responsibility has not begun


def test_r_li_1_consent_is_recorded_with_giver_method_and_recorder(ctx):
    pid = _child(ctx)
    result = list_patient(ctx, pid, giver="vardnadshavare2", consent_date=ctx.today, method="telefon")
    with ctx.sessions() as s:
        listing = s.get(Listing, result.listing_id)
        consent = s.get(Consent, listing.consent_id)
    assert listing.listing_type == "val" and listing.origin == "local"
    assert (consent.giver, consent.method, consent.given_on) == ("vardnadshavare", "telefon", ctx.today)
    assert consent.recorded_by == ctx.actor.user_id and consent.guardian_id is not None


def test_r_li_1_a_minor_needs_a_guardian_and_from_18_the_patient_consents(at):
    ctx = at(date(2026, 11, 22))
    seventeen = add_patient(ctx, pnr(date(2008, 11, 23), 202), "Sam", "Berg", guardians=["Eva Berg"])
    eighteen = add_patient(ctx, pnr(date(2008, 11, 22), 303), "Tove", "Berg", guardians=["Eva Berg"])
    with pytest.raises(ListingRefused, match="Under 18 år"):
        list_patient(ctx, seventeen, giver="patient", consent_date=ctx.today, method="pa-plats")
    with pytest.raises(ListingRefused, match="samtycker själv"):
        list_patient(ctx, eighteen, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert list_patient(ctx, seventeen, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert list_patient(ctx, eighteen, giver="patient", consent_date=ctx.today, method="pa-plats")


def test_r_li_1_a_guardian_not_on_record_cannot_consent(ctx):
    pid = add_patient(ctx, pnr(date(2016, 2, 2), 404), "Lo", "Ek", guardians=["Mia Ek"])
    with pytest.raises(ListingRefused, match="Vårdnadshavare 2 finns inte"):
        list_patient(ctx, pid, giver="vardnadshavare2", consent_date=ctx.today, method="papper")


def test_r_li_1_consent_cannot_be_dated_in_the_future(ctx):
    with pytest.raises(ListingRefused, match="efter dagens datum"):
        list_patient(ctx, _child(ctx), giver="vardnadshavare1", consent_date=date(2026, 11, 23), method="papper")


def test_r_tg_1_outside_the_target_group_is_refused_in_swedish(ctx):
    coordination = add_patient(ctx, pnr(date(2014, 4, 4), 505, coordination=True), "Ali", "Noor", guardians=["F"])
    out_of_county = add_patient(ctx, pnr(date(2014, 4, 5), 606), "Kim", "Ny", guardians=["G"], municipality="2580")
    with pytest.raises(ListingRefused) as err:
        list_patient(ctx, coordination, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert err.value.code == "utanfor-malgrupp" and "R-TG-1" in err.value.message
    with pytest.raises(ListingRefused, match="R-TG-2"):
        list_patient(ctx, out_of_county, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")


def test_r_tg_1_a_choice_in_december_of_the_23rd_year_would_start_care_too_late(at):
    november, december = at(date(2026, 11, 22)), at(date(2026, 12, 15))
    turns_23 = add_patient(november, pnr(date(2003, 5, 5), 707), "Ida", "Sund")
    with pytest.raises(ListingRefused, match="Vårdansvaret skulle börja 2027-01-01"):
        list_patient(december, turns_23, giver="patient", consent_date=december.today, method="pa-plats")
    assert list_patient(november, turns_23, giver="patient", consent_date=november.today,
                        method="pa-plats").start_date == date(2026, 12, 1)


def test_r_li_2_an_assigned_listing_ends_with_eget_val_when_the_patient_chooses_the_clinic(ctx):
    pid = _child(ctx, listing="icke-val", listed_from=date(2018, 1, 1))
    result = list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="e-tjanst")
    assert result.ended_assigned
    with ctx.sessions() as s:
        assigned = s.scalars(select(Listing).where(Listing.listing_type == "icke-val")).one()
    assert (assigned.end_date, assigned.end_reason) == (date(2026, 11, 30), "eget-val")


def test_r_li_1_a_patient_already_listed_by_choice_is_not_listed_twice(ctx):
    pid = _child(ctx)
    list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    with pytest.raises(ListingRefused, match="redan listad"):
        list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")


def test_r_li_6_the_responsible_dentist_is_set_and_must_be_a_dentist(ctx):
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=DENTIST, name="Tina Tand", role="tandlakare", active=True, created_at=ctx.now(),
                          created_by="t", modified_at=ctx.now(), modified_by="t"))
        s.add(StaffMember(hsa_id="SE2321000222-R0001", name="Rut Reception", role="reception", active=True,
                          created_at=ctx.now(), created_by="t", modified_at=ctx.now(), modified_by="t"))
    pid = _child(ctx)
    with pytest.raises(ServiceError, match="ingen aktiv tandläkare"):
        list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats",
                     responsible_dentist="SE2321000222-R0001")
    list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats", responsible_dentist=DENTIST)
    with ctx.sessions() as s:
        assert s.get(Patient, pid).responsible_dentist_hsa_id == DENTIST


def test_listing_changes_write_their_outbox_items_in_the_same_transaction(ctx):
    pid = _child(ctx)
    result = list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert correct_listing(ctx, result.listing_id)
    kinds = [(i.kind, i.patient_id, i.staff_hsa_id) for i in _outbox(ctx)]
    assert kinds == [("listing", pid, ctx.actor.user_id), ("listing-correction", pid, ctx.actor.user_id)]


def test_ending_a_listing_records_the_reason_and_a_stale_version_is_refused(ctx):
    pid = _child(ctx, listing="icke-val", listed_from=date(2018, 1, 1))
    with ctx.sessions() as s:
        listing = s.scalars(select(Listing)).one()
    with pytest.raises(ChangedElsewhere):
        end_listing(ctx, listing.id, reason="utflyttad-lan", end_date=ctx.today, expected_version=listing.row_version + 1)
    end_listing(ctx, listing.id, reason="utflyttad-lan", end_date=ctx.today, expected_version=listing.row_version)
    with ctx.sessions() as s:
        ended = s.get(Listing, listing.id)
    assert (ended.end_reason, ended.end_date) == ("utflyttad-lan", ctx.today)
    assert effective_status(ended.status, ended.start_date, ended.end_date, ctx.today) == "active"  # its last day
    assert _outbox(ctx) == []  # the region learns this from the population register
    assert pid


def _list_many(ctx, n: int, *, protected_every: int = 0) -> None:
    for i in range(n):
        protected = bool(protected_every) and i % protected_every == 0
        add_patient(ctx, pnr(date(2010, 1, 1 + i % 28), 100 + i), "P", f"Nr{i}", protected=protected,
                    listing="val", listed_from=date(2020, 1, 1))


def test_r_li_5_a_listing_stop_needs_thirty_choice_listings(ctx):
    _list_many(ctx, 29)
    with pytest.raises(ListingRefused, match="minst 30"):
        declare_listing_stop(ctx, ctx.today)
    add_patient(ctx, pnr(date(2011, 3, 3), 900), "Sista", "Tretti", listing="val", listed_from=date(2020, 1, 1))
    stop = declare_listing_stop(ctx, ctx.today, note="Personalbrist")
    assert stop.listed_count == 30 and current_listing_stop(ctx).id == stop.id
    assert [i.kind for i in _outbox(ctx)] == ["listing-stop"]


def test_r_li_5_protected_and_assigned_listings_do_not_count_towards_thirty(ctx):
    _list_many(ctx, 31, protected_every=15)  # 3 protected: 28 count
    with pytest.raises(ListingRefused, match="Nu är 28 listade"):
        declare_listing_stop(ctx, ctx.today)


def test_r_li_5_choices_are_refused_during_a_stop_and_accepted_after_it_is_lifted(at):
    ctx = at(date(2026, 11, 22))
    _list_many(ctx, 30)
    stop = declare_listing_stop(ctx, ctx.today)
    pid = _child(ctx, serial=999)
    with pytest.raises(ListingRefused) as err:
        list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert err.value.code == "listningsstopp" and "R-LI-5" in err.value.message
    lift_listing_stop(ctx, stop.id, date(2026, 11, 30))
    later = at(date(2026, 12, 1))
    assert list_patient(later, pid, giver="vardnadshavare1", consent_date=later.today, method="pa-plats")
    assert [i.kind for i in _outbox(later)][-2:] == ["listing-stop-lift", "listing"]


def test_r_tg_4_a_protected_patient_is_listed_locally_and_never_queued(ctx):
    pid = _child(ctx, protected=True)
    result = list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert not result.queued_for_region and not correct_listing(ctx, result.listing_id)
    assert _outbox(ctx) == []
    with ctx.begin() as s, pytest.raises(ProtectedPatientNotQueued):
        enqueue(s, ctx, "listing", {}, pid)


def test_r_tg_4_becoming_protected_withdraws_what_waits_for_the_region(ctx):
    pid = _child(ctx)
    list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
    assert len(_outbox(ctx)) == 1
    assert set_protected_identity(ctx, pid) == 1
    assert _outbox(ctx) == []


OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["add", "add-protected", "list", "protect", "correct"]), st.integers(0, 7)),
    min_size=1, max_size=25,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_r_tg_4_no_outbox_item_ever_names_a_protected_patient(ctx, operations):
    """Property: whatever happens in whatever order, the outbox holds nothing of a protected patient."""
    with ctx.begin() as s:  # hypothesis reuses the fixture: start each example from an empty register
        for table in ("outbox_item", "listing", "consent", "patient_guardian", "patient"):
            s.execute(text(f"DELETE FROM {table}"))
    patients: list[int] = []
    for op, k in operations:
        if op.startswith("add"):
            patients.append(_child(ctx, birth=date(2012, 1, 1 + len(patients)), serial=100 + len(patients),
                                   protected=op == "add-protected"))
            continue
        if not patients:
            continue
        pid = patients[k % len(patients)]
        try:
            if op == "list":
                list_patient(ctx, pid, giver="vardnadshavare1", consent_date=ctx.today, method="pa-plats")
            elif op == "protect":
                set_protected_identity(ctx, pid)
            else:
                with ctx.sessions() as s:
                    lid = s.scalar(select(Listing.id).where(Listing.patient_id == pid, Listing.status != "entered-in-error"))
                if lid:
                    correct_listing(ctx, lid)
        except (ListingRefused, ServiceError):
            pass
        with ctx.sessions() as s:
            leaked = s.scalar(
                select(func.count()).select_from(OutboxItem).join(Patient, Patient.id == OutboxItem.patient_id)
                .where(Patient.protected_identity.is_(True))
            )
            protected_numbers = s.scalars(select(Patient.personnummer).where(Patient.protected_identity)).all()
            payloads = " ".join(str(p) for p in s.scalars(select(OutboxItem.payload)))
        assert leaked == 0
        assert not any(n in payloads or n[2:] in payloads for n in protected_numbers)


@pytest.mark.parametrize("reason", ["utflyttad-lan", "avliden", "aldersgrans", "omflyttad-icke-val", "omval"])
def test_r_li_4_a_listing_ends_on_its_date_for_moves_death_and_the_age_limit(at, reason):
    december = at(date(2026, 12, 31))
    pid = add_patient(december, pnr(date(2003, 6, 6), 321), "Ung", "Vuxen", listing="val", listed_from=date(2020, 1, 1))
    with december.sessions() as s:
        listing = s.scalars(select(Listing).where(Listing.patient_id == pid)).one()
    # The age limit: care ends on 31 December of the year the patient turns 23 (R-TG-1, R-RV-9).
    end_listing(december, listing.id, reason=reason, end_date=date(2026, 12, 31))
    with december.sessions() as s:
        ended = s.get(Listing, listing.id)
    assert ended.end_reason == reason
    assert effective_status(ended.status, ended.start_date, ended.end_date, date(2026, 12, 31)) == "active"
    assert effective_status(ended.status, ended.start_date, ended.end_date, date(2027, 1, 1)) == "finished"
    with pytest.raises(ServiceError, match="redan avslutad"):
        end_listing(at(date(2027, 1, 1)), listing.id, reason=reason, end_date=date(2027, 1, 1))
