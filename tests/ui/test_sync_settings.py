"""Arkiv → Synkinställningar… opens Arkiv → Inställningar at its page of the regional service: the
settings are stored through services, refused when they cannot work, and "Testa anslutningen" asks the
real reference service (HTTPS with mutual TLS on 127.0.0.1), in the window's language."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from klinik_app.services import sync
from klinik_app.services.settings import SYNC_SERVER_URL, get_setting
from klinik_app.ui.settings_dialog import SettingsDialog
from klinik_app.ui.settings_pages.sync import SyncPage
from tests.conftest import CLINIC_HSA_ID
# The reference region and server of tests/sync, with the certificates it trusts.
from tests.sync.conftest import UNKNOWN, app, base, certs, region, region_db, server, settings  # noqa: F401
# The .qm files built from the committed .ts files, and a translator installed for a test.
from tests.ui.test_translations import SWEDISH_LETTERS, built_translations, language  # noqa: F401


def fill(page: SyncPage, chosen: sync.SyncSettings, interval: int | None = None) -> None:
    page.server.setText(chosen.server)
    page.cert.setText(chosen.client_cert or "")
    page.key.setText(chosen.client_key or "")
    page.ca.setText(chosen.ca or "")
    if interval is not None:
        page.interval.setValue(interval)


def close_unsaved(dialog: SettingsDialog) -> None:
    """Close without the question about unsaved changes (the tests below leave some on purpose)."""
    QDialog.reject(dialog)


def sync_page(qtbot, ctx) -> tuple[SettingsDialog, SyncPage]:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog, dialog.open_at(SyncPage)


def test_the_menu_opens_the_settings_at_the_sync_page_and_saved_settings_are_the_ones_the_sync_uses(
        ctx, settings, window_for, qtbot):
    window = window_for(ctx)
    assert window.sync_settings_action.text() == "S&ynkinställningar…"
    window.sync_settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    page = dialog.stack.currentWidget()
    assert isinstance(page, SyncPage) and dialog.page_list.currentItem().text() == page.title
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.server)  # ready to type the address
    assert page.server.text() == ""
    assert page.interval.value() == 5 and page.interval.specialValueText() == "Av"
    fill(page, settings, 15)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert sync.sync_settings(ctx) == settings
    assert sync.sync_interval(ctx) == 15
    assert window.statusBar().currentMessage() == (
        "Inställningarna är sparade: Regionens listningstjänst. Synkroniserar automatiskt med 15 minuters "
        "mellanrum.")
    assert window.sync_status_label.text() == "Regionen: aldrig synkad · 0 väntar"  # configured now

    again = window.show_sync_settings()  # shows what is stored
    page = again.page(SyncPage)
    assert (page.server.text(), page.cert.text(), page.interval.value()) == (settings.server, settings.client_cert, 15)
    again.reject()
    assert not again.isVisible()


def test_the_automatic_sync_turned_off_is_said(ctx, qtbot):
    dialog, page = sync_page(qtbot, ctx)
    said: list[str] = []
    dialog.saved.connect(said.append)
    page.interval.setValue(0)
    assert page.interval.text() == "Av"
    dialog.ok_button.click()
    assert said == ["Inställningarna är sparade: Regionens listningstjänst. Automatisk synkronisering är av."]
    assert sync.sync_interval(ctx) == 0


@pytest.mark.parametrize("address, cert, key, said", [
    ("http://listning.region.example/fhir", None, None, "ska börja med https://"),
    ("https://listning.region.example/fhir", "/tmp/c.pem", None, "både klientcertifikat och nyckel"),
])
def test_settings_that_cannot_work_are_refused_on_the_page_and_nothing_is_saved(ctx, qtbot, address, cert, key,
                                                                               said):
    dialog, page = sync_page(qtbot, ctx)
    dialog.show()
    fill(page, sync.SyncSettings(address, cert, key, None))
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.stack.currentWidget() is page
    assert said in dialog.message.text() and dialog.message.text().startswith(page.title + ": ")
    assert get_setting(ctx, SYNC_SERVER_URL) == ""
    close_unsaved(dialog)


def said_by_test(ctx, qtbot, chosen: sync.SyncSettings) -> str:
    dialog, page = sync_page(qtbot, ctx)
    fill(page, chosen)
    page.test_button.click()  # KLINIK_SERIAL_TASKS: the background task runs inline
    assert page.test_button.isEnabled() and not page.testing
    text = page.result.text()
    assert text == page.result.accessibleName()
    assert get_setting(ctx, SYNC_SERVER_URL) == ""  # testing saves nothing
    close_unsaved(dialog)
    return text


def test_the_connection_test_says_the_region_answered_and_whose_certificate_it_is(ctx, qtbot, settings):
    assert said_by_test(ctx, qtbot, settings) == \
        f"Regionen svarade (FHIR 4.0.1). Certifikatet hör till kliniken {CLINIC_HSA_ID}."


def test_the_connection_test_says_it_in_english_in_the_english_window(ctx, qtbot, settings, language):
    language("en")
    assert said_by_test(ctx, qtbot, settings) == \
        f"The region answered (FHIR 4.0.1). The certificate belongs to the clinic {CLINIC_HSA_ID}."
    text = said_by_test(ctx, qtbot, sync.SyncSettings(settings.server.replace("https://", "http://"), None, None,
                                                      None))
    assert text.startswith("The address of the region's listing service must ") and "https://" in text
    assert not SWEDISH_LETTERS.search(text)


def test_the_connection_test_says_the_certificate_is_unknown(ctx, qtbot, settings, certs):
    cert, key = certs.client(UNKNOWN)
    text = said_by_test(ctx, qtbot, sync.SyncSettings(settings.server, str(cert), str(key), settings.ca))
    assert f"Certifikatet för {UNKNOWN} hör inte till någon känd klinik" in text


def test_the_connection_test_says_the_region_cannot_be_reached(ctx, qtbot, settings):
    with socket.socket() as s:  # a port on this machine where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    text = said_by_test(ctx, qtbot, sync.SyncSettings(f"https://127.0.0.1:{port}/fhir", settings.client_cert,
                                                settings.client_key, settings.ca))
    assert text == ("Regionens listningstjänst gick inte att nå. Kontrollera adressen och nätverket, eller försök "
                    "igen senare.")


def test_the_connection_test_says_a_server_without_tls_is_not_one(ctx, qtbot, settings):
    plain = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=plain.serve_forever, daemon=True)
    thread.start()
    try:
        text = said_by_test(ctx, qtbot, sync.SyncSettings(f"https://127.0.0.1:{plain.server_port}/fhir",
                                                    settings.client_cert, settings.client_key, settings.ca))
    finally:
        plain.shutdown()
        plain.server_close()
    assert "svarar inte med krypterad anslutning (TLS)" in text


def test_the_connection_test_refuses_plain_http(ctx, qtbot, settings):
    text = said_by_test(ctx, qtbot, sync.SyncSettings(settings.server.replace("https://", "http://"), None, None, None))
    assert "ska börja med https://" in text
