"""Listing documents read back from the PDFs: R-LI-5 notice, R-LI-7 moving letters, R-TG-4 invoice basis."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry, Guardian
from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.errors import ServiceError
from klinik_app.services.listing_documents import clinic_moving, listing_stop_notice_pdf, protected_invoice_basis
from klinik_app.services.listing_stop import declare_listing_stop, lift_listing_stop
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts

pytestmark = pytest.mark.backends("sqlite", "postgresql")


@pytest.fixture
def clinic(ctx):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    return ctx


def _listed(ctx, n=30):
    for i in range(n):
        add_patient(ctx, pnr(date(2010, 1, 1 + i % 28), 100 + i), "P", f"Nr{i}", listing="val", listed_from=date(2020, 1, 1))


def test_r_li_5_the_notice_to_the_orderer_names_the_start_and_the_count(clinic, tmp_path):
    _listed(clinic)
    stop = declare_listing_stop(clinic, date(2026, 12, 1))
    listing_stop_notice_pdf(clinic, stop.id, tmp_path / "stopp.pdf", signer="Vera Verksamhetschef")
    text = " ".join(page_texts(tmp_path / "stopp.pdf"))
    assert "Beställarenheten" in text and "1 december 2026" in text and "30" in text
    lift_listing_stop(clinic, stop.id, date(2027, 3, 1))
    listing_stop_notice_pdf(clinic, stop.id, tmp_path / "upphor.pdf", signer="Vera Verksamhetschef")
    assert "1 mars 2027" in " ".join(page_texts(tmp_path / "upphor.pdf"))


def test_r_li_7_moving_letters_go_one_per_household_with_the_new_address(clinic, tmp_path):
    a = add_patient(clinic, pnr(date(2014, 2, 2), 111), "Ella", "Lind", guardians=["Anna Lind", "Per Lind"],
                    listing="val", listed_from=date(2020, 1, 1))
    add_patient(clinic, pnr(date(2002, 3, 3), 222), "Olle", "Vuxen", street="Björkvägen 3", listing="icke-val",
                listed_from=date(2005, 1, 1))
    add_patient(clinic, pnr(date(2015, 4, 4), 333), "Sara", "Skyddad", protected=True, guardians=["Mor Skyddad"],
                listing="val", listed_from=date(2020, 1, 1))
    add_patient(clinic, pnr(date(2013, 5, 5), 444), "Ej", "Listad", guardians=["X"])
    with clinic.begin() as s:  # Per lives apart from the child: he gets his own letter
        per = s.scalars(select(Guardian).where(Guardian.name == "Per Lind")).one()
        per.street, per.postal_code, per.postal_town = "Lillgatan 9", "931 30", "Skellefteå"
    result = clinic_moving(clinic, street="Nygatan 5", postal_code="903 27", postal_town="Umeå", phone=None,
                           moving_date=date(2027, 3, 1), path=tmp_path / "flytt.pdf")
    pages = page_texts(tmp_path / "flytt.pdf")
    assert result.rendered.letters == 3 == len(pages)
    assert result.manual == ["Sara Skyddad"]
    assert sum("Anna Lind" in p and "Angående Ella Lind" in p for p in pages) == 1
    assert sum("Per Lind" in p and "Lillgatan 9" in p and "Skellefteå" in p for p in pages) == 1
    assert sum("Olle Vuxen" in p and "Björkvägen 3" in p for p in pages) == 1
    assert all("Nygatan 5" in p and "1 mars 2027" in p for p in pages)
    assert not any("Skyddad" in p or "Ej Listad" in p for p in pages)
    assert get_clinic(clinic).street == "Nygatan 5"
    with clinic.sessions() as s:
        logged = s.scalars(select(AccessLogEntry.patient_id).where(AccessLogEntry.action == "letter")).all()
    assert a in logged


def test_r_tg_4_invoice_basis_lists_protected_patients_of_the_month_only(clinic, tmp_path):
    add_patient(clinic, pnr(date(2015, 4, 4), 333), "Sara", "Skyddad", protected=True, listing="val",
                listed_from=date(2026, 10, 15))
    add_patient(clinic, pnr(date(2014, 2, 2), 111), "Ella", "Öppen", listing="val", listed_from=date(2020, 1, 1))
    assert protected_invoice_basis(clinic, date(2026, 10, 1), tmp_path / "f.pdf", tmp_path / "f.csv") == 1
    text = " ".join(page_texts(tmp_path / "f.pdf"))
    assert "Sara Skyddad" in text and "Ella" not in text and "får inte registreras i listningssystemet" in text
    csv = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert "Sara Skyddad" in csv and "2026-10-15" in csv and "2026-10-31" in csv
    with pytest.raises(ServiceError, match="2026-09"):
        protected_invoice_basis(clinic, date(2026, 9, 1), tmp_path / "g.pdf")


def test_letters_need_the_clinic_address_first(ctx, tmp_path):
    _listed(ctx)
    stop = declare_listing_stop(ctx, date(2026, 12, 1))
    with pytest.raises(ServiceError, match="Klinikens adress saknas"):
        listing_stop_notice_pdf(ctx, stop.id, tmp_path / "x.pdf", signer="V")
    assert not (tmp_path / "x.pdf").exists()
