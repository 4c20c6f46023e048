"""The region in the window: the indicator, "Synka nu" (F5) and the attention list, against the real
reference service of tests/sync (HTTPS with mutual TLS on 127.0.0.1; KLINIK_SERIAL_TASKS=1 makes a
cycle synchronous)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from klinik_app.db.models import AccessLogEntry
from klinik_app.services import sync
from klinik_app.services.listing import list_patient
from klinik_app.services.settings import SYNC_CA, SYNC_CLIENT_CERT, SYNC_CLIENT_KEY, SYNC_SERVER_URL, set_setting
from klinik_app.sync import codes as C
from klinik_app.sync import state
from klinik_app.sync.state import ATTENTION, SENT, WAITING, WITHDRAWN, Status
from klinik_app.ui.help_dialogs import SHORTCUTS
from klinik_app.ui.sync_panel import NOT_CONFIGURED, status_text
from klinik_app.ui.tasks import running_tasks
from tests.conftest import TODAY
from tests.sync.conftest import items
# The reference region and server of tests/sync, and its fixtures for people and maintenance.
from tests.sync.conftest import app, base, certs, region, region_db, server, settings, twin, unavailable  # noqa: F401


@pytest.fixture
def answer(monkeypatch, messages):
    """answer(button): QMessageBox.question is recorded in `messages` (read and clear it) and answers `button`."""

    def set_(button):
        def question(parent, title, text, *args, **kwargs):
            messages.append(("question", title, text))
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    return set_


def configure(ctx, settings: sync.SyncSettings) -> None:
    for key, value in ((SYNC_SERVER_URL, settings.server), (SYNC_CLIENT_CERT, settings.client_cert),
                       (SYNC_CLIENT_KEY, settings.client_key), (SYNC_CA, settings.ca)):
        set_setting(ctx, key, value)


def listed(ctx, twin, **kwargs) -> int:
    patient_id, _ = twin(**kwargs)
    list_patient(ctx, patient_id, giver="vardnadshavare1", consent_date=TODAY, method="pa-plats")
    return patient_id


def test_the_indicator_text():
    today = datetime(2026, 11, 22).date()
    assert status_text(None) == NOT_CONFIGURED
    synced = Status("2026-11-22T13:03:00Z", 3, 1, 0, None)  # 14:03 in Stockholm (CET)
    assert status_text(synced, today=today) == "Regionen: senast synkad 14:03 · 3 väntar · 1 behöver åtgärd"
    away = Status("2026-11-22T13:03:00Z", 2, 0, 2, "2026-11-22T13:20:00Z")
    assert status_text(away, today=today) == "Regionen: nås inte (försöker igen 14:20) · 2 väntar · 2 konflikter"
    assert status_text(Status("2026-11-21T13:03:00Z", 0, 0, 0, None), today=today) == \
        "Regionen: senast synkad 2026-11-21 14:03 · 0 väntar"
    assert status_text(Status(None, 1, 0, 0, None), today=today) == "Regionen: aldrig synkad · 1 väntar"


def test_sync_now_pushes_the_waiting_items_and_the_indicator_follows(ctx, twin, settings, window_for):
    window = window_for(ctx)
    label = window.sync_status_label
    assert label.text() == NOT_CONFIGURED == label.accessibleName()
    window.sync_action.trigger()  # not configured: said in the status bar, nothing sent
    assert "inte inställd" in window.statusBar().currentMessage()

    configure(ctx, settings)
    listed(ctx, twin)
    listed(ctx, twin)
    window.sync_panel.refresh()
    assert label.text() == "Regionen: aldrig synkad · 2 väntar"

    window.sync_action.trigger()
    assert [i.status for i in items(ctx)] == [SENT, SENT]
    assert label.text().startswith("Regionen: senast synkad ") and label.text().endswith(" · 0 väntar")
    assert label.accessibleName() == label.text()
    assert window.statusBar().currentMessage().startswith("Synkroniserat med regionen: 2 ändringar skickade")
    assert window.sync_action.isEnabled()
    assert window.sync_action.shortcut().toString() == "F5"
    assert any(keys == "F5" and "Synka" in text for keys, text in SHORTCUTS)


def test_a_refused_item_is_listed_with_its_meaning_and_withdrawn_only_after_confirmation(ctx, twin, settings, window_for,
                                                                                          qtbot, messages, answer):
    configure(ctx, settings)
    listed(ctx, twin, in_region=False)  # the region has never heard of this person
    window = window_for(ctx)
    window.sync_action.trigger()
    assert window.sync_status_label.text().endswith(" · 0 väntar · 1 behöver åtgärd")
    assert "1 behöver åtgärd" in window.statusBar().currentMessage()

    qtbot.mouseClick(window.sync_status_label, Qt.MouseButton.LeftButton)
    dialog = window.sync_panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row[:3] == ["Behöver åtgärd", "listning", "Alva Berg"]
    assert row[3].startswith(C.FELKOD["okand-patient"])
    assert window.show_sync_problems() is dialog  # one list at a time

    answer(QMessageBox.StandardButton.No)  # withdrawing asks first, naming the patient by name only
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    (kind, title, text), = messages
    messages.clear()
    assert kind == "question" and text.startswith("Dra tillbaka ändringen? Den skickas då aldrig till regionen")
    assert "Listning för Alva Berg" in text and not any(ch.isdigit() for ch in text)
    assert items(ctx)[0].status == ATTENTION

    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    messages.clear()
    item, = items(ctx)
    assert item.status == WITHDRAWN
    assert dialog.table.rowCount() == 0 and not dialog.withdraw_button.isEnabled()
    assert "tillbakadragen" in dialog.notice.text()
    assert window.sync_status_label.text().endswith(" · 0 väntar")
    with ctx.sessions() as s:
        logged = s.scalars(select(AccessLogEntry.detail).where(AccessLogEntry.patient_id == item.patient_id)).all()
    assert any("dras tillbaka" in (d or "") for d in logged)
    dialog.reject()
    assert window.sync_panel.dialog is None


def test_resend_puts_an_item_back_in_the_queue_and_a_sent_item_is_refused(ctx, twin, settings, messages):
    configure(ctx, settings)
    listed(ctx, twin, in_region=False)
    listed(ctx, twin)
    sync.run_cycle(ctx)
    refused, sent = items(ctx)
    assert (refused.status, sent.status) == (ATTENTION, SENT)
    sync.resend(ctx, refused.id)
    again = items(ctx)[0]
    assert (again.status, again.error_code, again.last_error, again.attempts) == (WAITING, None, None, 0)
    assert again.idempotency_key != refused.idempotency_key  # the region replays its refusal for a known key
    for action in (sync.resend, sync.withdraw):
        with pytest.raises(sync.ItemNotChangeable, match="redan skickad"):
            action(ctx, sent.id)
    with pytest.raises(sync.ItemNotChangeable, match="redan i kön"):
        sync.resend(ctx, again.id)
    assert items(ctx)[1].status == SENT


def test_an_unreachable_region_is_said_and_nothing_is_lost(ctx, twin, settings, window_for, unavailable):
    configure(ctx, settings)
    listed(ctx, twin)
    window = window_for(ctx)
    unavailable((503, 1))
    before = datetime.now(timezone.utc)
    window.sync_action.trigger()
    text = window.sync_status_label.text()
    assert text.startswith("Regionen: nås inte (försöker igen ") and text.endswith(") · 1 väntar"), text
    assert "Inget har gått förlorat" in window.statusBar().currentMessage()
    item, = items(ctx)
    assert (item.status, item.attempts) == (WAITING, 0)
    assert sync.sync_status(ctx).next_attempt >= before.strftime("%Y-%m-%dT%H:%M:%S")

    unavailable(None)
    window.sync_action.trigger()
    assert window.sync_status_label.text().startswith("Regionen: senast synkad ")
    assert items(ctx)[0].status == SENT


def test_the_window_starts_the_automatic_schedule(ctx, window_for):
    assert window_for(ctx).sync_panel.timer.isActive()


def test_an_automatic_cycle_starts_only_when_the_interval_has_passed(ctx, twin, settings, window_for):
    window = window_for(ctx)
    panel = window.sync_panel
    assert not panel.tick()  # not configured: nothing to do
    configure(ctx, settings)
    listed(ctx, twin)
    assert sync.sync_interval(ctx) == sync.DEFAULT_INTERVAL == 5
    assert panel.tick()  # never synced: due at once
    assert items(ctx)[0].status == SENT
    assert window.sync_status_label.text().startswith("Regionen: senast synkad ")
    assert not panel.tick()  # just synced: the next is 5 minutes after this attempt
    with ctx.sessions() as s:
        last = state.parse_instant(state.get(s, state.LAST_ATTEMPT))
    assert sync.next_cycle_at(ctx) == last + timedelta(minutes=5)
    assert not sync.cycle_due(ctx, now=last + timedelta(minutes=4))
    assert sync.cycle_due(ctx, now=last + timedelta(minutes=6))
    sync.save_settings(ctx, settings, 0)  # 0: automatic sync off
    assert sync.next_cycle_at(ctx) is None and not sync.cycle_due(ctx, now=last + timedelta(days=1))


def test_after_a_failure_the_schedule_waits_for_the_retry_time(ctx, twin, settings, window_for, unavailable):
    configure(ctx, settings)
    listed(ctx, twin)
    panel = window_for(ctx).sync_panel
    unavailable((503, 120))
    assert panel.tick()
    retry = state.parse_instant(sync.sync_status(ctx).next_attempt)
    with ctx.begin() as s:  # as if the interval had long passed since that attempt
        state.put(s, state.LAST_ATTEMPT, "2026-01-01T00:00:00Z", now=ctx.now(), who="test")
    assert not sync.cycle_due(ctx, now=retry - timedelta(seconds=1))
    assert sync.cycle_due(ctx, now=retry)
    assert not panel.tick()  # the region asked for two minutes
    assert items(ctx)[0].status == WAITING


def test_an_automatic_cycle_runs_off_the_gui_thread_and_f5_meanwhile_starts_no_second(
        ctx, twin, settings, window_for, qtbot, monkeypatch):
    configure(ctx, settings)
    listed(ctx, twin)
    window = window_for(ctx)
    panel = window.sync_panel
    monkeypatch.setenv("KLINIK_SERIAL_TASKS", "0")
    assert panel.tick()
    # The cycle's result is handed to the GUI thread only through its event loop: until it spins,
    # the cycle is running (in the thread pool), and neither the timer nor F5 starts another.
    assert panel.running and running_tasks() == 1
    assert not panel.tick()
    window.sync_action.trigger()
    assert window.statusBar().currentMessage() == "Synkroniseringen pågår redan."
    assert window.sync_action.isEnabled() and running_tasks() == 1
    qtbot.waitUntil(lambda: not panel.running, timeout=30000)
    assert running_tasks() == 0 and items(ctx)[0].status == SENT


def test_f5_while_another_workstation_syncs_says_so_and_changes_nothing(ctx, twin, settings, window_for):
    configure(ctx, settings)
    listed(ctx, twin)
    window = window_for(ctx)
    with state.cycle_lock(ctx.engine, holder="other-workstation", who="test", now=ctx.now()):
        window.sync_action.trigger()
    assert window.statusBar().currentMessage() == sync.BUSY_TEXT
    assert window.sync_panel.last_result.busy and window.sync_panel.last_result.exit_code == 5
    assert items(ctx)[0].status == WAITING and sync.sync_status(ctx).next_attempt is None
    assert window.sync_status_label.text() == "Regionen: aldrig synkad · 1 väntar"
    window.sync_action.trigger()  # the other one is done: this one runs
    assert items(ctx)[0].status == SENT
