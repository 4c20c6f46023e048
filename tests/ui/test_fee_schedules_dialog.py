"""Arkiv → Taxor och prislistor: the loaded versions, and the region's own file loaded from the window
(issue 5); a broken file says which line and stores nothing; only those who may load can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from klinik_app.domain.permissions import RECEPTION
from klinik_app.services import treatments
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.fee_schedules_dialog import FeeSchedulesDialog
from tests.cli.test_fee_schedule import REGION_2027


def _dialog(qtbot, ctx) -> FeeSchedulesDialog:
    dialog = FeeSchedulesDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_the_region_s_file_is_loaded_from_the_window(qtbot, ctx, tmp_path):
    path = tmp_path / "taxa-2027.csv"
    path.write_text(REGION_2027, encoding="utf-8")
    dialog = _dialog(qtbot, ctx)
    shown = dialog.table.rowCount()
    assert shown == len(treatments.list_schedules(ctx)) > 0  # the samples loaded with the clinic
    dialog.choose_file = lambda: path
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == shown + 1, timeout=2000)
    assert dialog.message.text() == "Regionens tandvårdstaxa 2027 är inläst: 2 koder, gäller från 2027-01-01."
    versions = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "2027" in versions


def test_a_broken_file_names_its_line_and_nothing_is_stored(qtbot, ctx, tmp_path):
    path = tmp_path / "taxa-2027.csv"
    path.write_text(REGION_2027.replace("1080\n", "12.345\n"), encoding="utf-8")
    dialog = _dialog(qtbot, ctx)
    shown = dialog.table.rowCount()
    dialog.load(path)
    assert "Rad 7" in dialog.message.text() and dialog.table.rowCount() == shown


def test_reception_sees_the_versions_but_cannot_load(qtbot, ctx):
    reception = ServiceContext(ctx.engine, actor=Actor("SE2321000222-R0001", roles=frozenset({RECEPTION})),
                               today=ctx.today)
    dialog = _dialog(qtbot, reception)
    assert dialog.table.rowCount() > 0 and not dialog.load_button.isEnabled()
    assert "Verksamhetschefen" in dialog.load_button.toolTip()


def test_the_arkiv_menu_opens_the_dialog(qtbot, window_for, ctx):
    window = window_for(ctx)
    window.fee_schedules_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), FeeSchedulesDialog), timeout=2000)
    window.fee_schedules_dialog.reject()
