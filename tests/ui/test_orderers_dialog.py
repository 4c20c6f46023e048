"""Arkiv → Beställare och mål (R-RP-2) and Dokument → Uppföljningsrapport, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from klinik_app.domain.permissions import DENTIST
from klinik_app.services import orderers
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.ui.orderers_dialog import OrderersDialog, ReportDialog


def _dialog(qtbot, ctx) -> OrderersDialog:
    dialog = OrderersDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_share_target_typed_in_per_cent_is_saved_as_a_fraction_with_enter(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("examined_within_interval"))
    dialog.target.setText("90")
    dialog.margin.setText("5")
    qtbot.keyClick(dialog.margin, Qt.Key.Key_Return)
    goal = orderers.targets(ctx, 0, ctx.today.year)["examined_within_interval"]
    assert (goal.value, goal.close_margin) == (0.9, 0.05)
    assert dialog.targets.rowCount() == 1 and dialog.targets.item(0, 1).text() == "90"
    dialog.target.setText("nittio")
    dialog.save_target()
    assert "inget tal" in dialog.message.text()


def test_an_action_plan_and_a_second_orderer_are_saved_from_the_dialog(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    dialog.measure.setText("Sms-påminnelse dagen före")
    dialog.owner.setText("Eva Ek")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert dialog.plans.rowCount() == 1 and dialog.plans.item(0, 1).text() == "Sms-påminnelse dagen före"
    dialog.name.setText("Region Norr")
    dialog.address.setText("Box 1, 901 00 Umeå")
    dialog.new_orderer()
    assert [o.name for o in orderers.orderers(ctx)][1] == "Region Norr"
    assert dialog.orderer_box.currentText() == "Region Norr" and dialog.plans.rowCount() == 0


def test_the_menus_show_targets_only_to_the_head_of_clinic_and_the_report_to_all(qtbot, window_for, ctx):
    dentist = ServiceContext(ctx.engine, actor=Actor("SE2321000222-T0009", roles=frozenset({DENTIST})),
                             today=ctx.today)
    window = window_for(dentist)
    assert not window.orderers_action.isVisible() and window.indicator_report_action.isVisible()


def test_the_report_dialog_writes_the_csv(qtbot, demo_ctx, tmp_path):
    dialog = ReportDialog(None, demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(1)
    dialog.ask_path = lambda suggested, fmt: tmp_path / suggested
    dialog.write()
    assert dialog.result() == ReportDialog.DialogCode.Accepted
    assert list(tmp_path.glob("uppfoljning-*.csv"))
