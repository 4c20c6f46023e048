"""The Dokument menu: clinic details, R-LI-5 stop notice, R-LI-7 moving letters, R-TG-4 invoice basis."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog

from klinik_app.services.clinic import get_clinic, set_clinic_address
from klinik_app.services.listing_stop import declare_listing_stop
from klinik_app.services.settings import ORDERER_NAME, get_setting
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts


def _save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), PDF)))


PDF = "PDF-dokument (*.pdf)"


def test_clinic_details_are_saved_for_the_letterhead(qtbot, window_for, ctx):
    window = window_for(ctx)
    dialog = window.documents.edit_details()
    dialog.postal_code.clear()
    dialog.buttons.accepted.emit()
    assert "Ange gatuadress" in dialog.error.text() and dialog.isVisible()  # refused inline, input kept
    dialog.street.setText("Storgatan 12")
    dialog.postal_code.setText("903 25")
    dialog.postal_town.setText("Umeå")
    dialog.orderer_name.setText("Beställarenheten tandvård")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert get_clinic(ctx).street == "Storgatan 12"
    assert get_setting(ctx, ORDERER_NAME) == "Beställarenheten tandvård"


def test_r_li_7_moving_letters_from_the_menu(qtbot, window_for, ctx, tmp_path, monkeypatch, messages):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_patient(ctx, pnr(date(2014, 2, 2), 111), "Ella", "Lind", guardians=["Anna Lind"], listing="val",
                listed_from=date(2020, 1, 1))
    add_patient(ctx, pnr(date(2015, 3, 3), 222), "Sara", "Skyddad", protected=True, guardians=["Mor"],
                listing="val", listed_from=date(2020, 1, 1))
    window = window_for(ctx)
    _save_to(monkeypatch, tmp_path / "flytt.pdf")
    dialog = window.documents.moving_letters()
    dialog.street.setText("Nygatan 5")
    dialog.postal_code.setText("903 27")
    dialog.postal_town.setText("Umeå")
    dialog.moving_date.setDate(QDate(2027, 3, 1))
    dialog.buttons.accepted.emit()
    pages = page_texts(tmp_path / "flytt.pdf")
    assert len(pages) == 1 and "Anna Lind" in pages[0] and "Nygatan 5" in pages[0]
    assert messages.texts() and "1 flyttbrev" in messages.texts()[0] and "Sara Skyddad" in messages.texts()[0]
    messages.clear()


def test_r_li_5_the_stop_notice_needs_a_stop_and_is_written_as_pdf(qtbot, window_for, ctx, tmp_path, monkeypatch,
                                                                    messages):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", None)
    window = window_for(ctx)
    window.documents.stop_notice()
    assert "inget listningsstopp" in messages.texts()[0]
    messages.clear()
    for i in range(30):
        add_patient(ctx, pnr(date(2010, 1, 1 + i % 28), 300 + i), "P", f"N{i}", listing="val", listed_from=date(2020, 1, 1))
    declare_listing_stop(ctx, date(2026, 12, 1))
    _save_to(monkeypatch, tmp_path / "stopp.pdf")
    window.documents.stop_notice()
    assert "1 december 2026" in " ".join(page_texts(tmp_path / "stopp.pdf"))


def test_r_tg_4_invoice_basis_from_the_menu_writes_pdf_and_csv(qtbot, window_for, ctx, tmp_path, monkeypatch):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", None)
    add_patient(ctx, pnr(date(2015, 3, 3), 222), "Sara", "Skyddad", protected=True, listing="val",
                listed_from=date(2020, 1, 1))
    window = window_for(ctx)
    _save_to(monkeypatch, tmp_path / "underlag.pdf")
    dialog = window.documents.invoice_basis()
    assert dialog.month.date() == QDate(2026, 10, 1)  # the month just ended
    dialog.buttons.accepted.emit()
    assert "Sara Skyddad" in " ".join(page_texts(tmp_path / "underlag.pdf"))
    assert "Sara Skyddad" in (tmp_path / "underlag.csv").read_text(encoding="utf-8-sig")
