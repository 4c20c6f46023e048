"""Arkiv → Synkinställningar: stored through services, refused when they cannot work, and "Testa
anslutningen" against the real reference service (HTTPS with mutual TLS on 127.0.0.1)."""

from __future__ import annotations

import http.server
import socket
import threading

import pytest

from klinik_app.services import sync
from klinik_app.services.settings import SYNC_SERVER_URL, get_setting
from klinik_app.ui.sync_settings import SyncSettingsDialog
from tests.conftest import CLINIC_HSA_ID
# The reference region and server of tests/sync, with the certificates it trusts.
from tests.sync.conftest import UNKNOWN, app, base, certs, region, region_db, server, settings  # noqa: F401


def fill(dialog: SyncSettingsDialog, chosen: sync.SyncSettings, interval: int | None = None) -> None:
    dialog.server_edit.setText(chosen.server)
    dialog.cert_edit.setText(chosen.client_cert or "")
    dialog.key_edit.setText(chosen.client_key or "")
    dialog.ca_edit.setText(chosen.ca or "")
    if interval is not None:
        dialog.interval_spin.setValue(interval)


def test_saved_settings_are_the_ones_the_sync_uses(ctx, settings, window_for):
    window = window_for(ctx)
    window.sync_settings_action.trigger()
    dialog = window.findChild(SyncSettingsDialog)
    assert dialog.isVisible() and dialog.server_edit.text() == ""
    assert dialog.interval_spin.value() == 5 and dialog.interval_spin.specialValueText() == "Av"
    fill(dialog, settings, 15)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    assert sync.sync_settings(ctx) == settings
    assert sync.sync_interval(ctx) == 15
    assert "15 minuters mellanrum" in window.statusBar().currentMessage()
    assert window.sync_status_label.text() == "Regionen: aldrig synkad · 0 väntar"  # configured now

    again = SyncSettingsDialog(ctx, window)  # shows what is stored
    assert (again.server_edit.text(), again.cert_edit.text(), again.interval_spin.value()) == \
        (settings.server, settings.client_cert, 15)
    again.reject()


@pytest.mark.parametrize("address, cert, key, said", [
    ("http://listning.region.example/fhir", None, None, "ska börja med https://"),
    ("https://listning.region.example/fhir", "/tmp/c.pem", None, "både klientcertifikat och nyckel"),
])
def test_settings_that_cannot_work_are_refused_in_the_dialog_and_nothing_is_saved(ctx, qtbot, address, cert, key,
                                                                                  said):
    dialog = SyncSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog, sync.SyncSettings(address, cert, key, None))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and said in dialog.result_label.text()
    assert get_setting(ctx, SYNC_SERVER_URL) == ""
    dialog.reject()


def said_by_test(ctx, qtbot, chosen: sync.SyncSettings) -> str:
    dialog = SyncSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    fill(dialog, chosen)
    dialog.test_button.click()  # KLINIK_SERIAL_TASKS: the background task runs inline
    assert dialog.test_button.isEnabled() and not dialog.testing
    text = dialog.result_label.text()
    assert text == dialog.result_label.accessibleName()
    assert get_setting(ctx, SYNC_SERVER_URL) == ""  # testing saves nothing
    dialog.reject()
    return text


def test_the_connection_test_says_the_region_answered_and_whose_certificate_it_is(ctx, qtbot, settings):
    assert said_by_test(ctx, qtbot, settings) == \
        f"Regionen svarade (FHIR 4.0.1). Certifikatet hör till kliniken {CLINIC_HSA_ID}."


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
    assert text.startswith("Regionens listningstjänst gick inte att nå.")


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
