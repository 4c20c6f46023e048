"""Arkiv → Beställare och mål (R-RP-2) and Dokument → Uppföljningsrapport, by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from klinik_app.domain.permissions import DENTIST
from klinik_app.services import orderers
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.settings import ORDERER_NAME, get_setting
from klinik_app.ui.orderers_dialog import MISSING_TITLE, NONE_MISSING, OrderersDialog, ReportDialog


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


def test_an_action_plan_chosen_in_its_table_is_changed_and_then_removed_with_delete(qtbot, ctx):
    plan = orderers.save_action_plan(ctx, 0, 2026, "absence_rate", "Sms dagen före", "Eva Ek", date(2026, 12, 31))
    dialog = _dialog(qtbot, ctx)
    dialog.plans.setFocus()
    qtbot.keyClick(dialog.plans, Qt.Key.Key_Down)  # the first plan opened for change
    assert dialog.editing_plan.id == plan.id and dialog.measure.text() == "Sms dagen före"
    dialog.measure.setText("Sms två dagar före")
    dialog.done_on.setDate(QDate(2026, 11, 20))
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    [changed] = orderers.action_plans(ctx, 0, 2026)
    assert (changed.id, changed.measure, changed.done_on) == (plan.id, "Sms två dagar före", date(2026, 11, 20))
    assert dialog.plans.item(0, 4).text() == "2026-11-20" and dialog.editing_plan is None  # fields emptied
    dialog.plans.setFocus()
    qtbot.keyClick(dialog.plans, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.plans, Qt.Key.Key_Delete)
    assert orderers.action_plans(ctx, 0, 2026) == [] and dialog.plans.rowCount() == 0
    assert "borttagen" in dialog.message.text()


def test_a_target_is_removed_with_delete_in_the_targets_table(qtbot, ctx):
    orderers.save_target(ctx, 0, 2026, "absence_rate", 0.05, 0.01)
    orderers.save_target(ctx, 0, 2026, "overdue_revisions", 10)
    dialog = _dialog(qtbot, ctx)
    dialog.targets.setFocus()
    qtbot.keyClick(dialog.targets, Qt.Key.Key_Down)
    removed = dialog.shown_targets[dialog.targets.currentRow()]
    qtbot.keyClick(dialog.targets, Qt.Key.Key_Delete)
    assert set(orderers.targets(ctx, 0, 2026)) == {"overdue_revisions", "absence_rate"} - {removed}
    assert dialog.targets.rowCount() == 1 and "borttaget" in dialog.message.text()


def test_a_missed_target_without_a_plan_is_listed_and_enter_starts_its_plan(qtbot, ctx):
    orderers.save_target(ctx, 0, 2026, "listed_choice", 100)  # nobody listed January-October: missed
    dialog = _dialog(qtbot, ctx)
    assert dialog.missing_title.text() == MISSING_TITLE and dialog.missing.count() == 1
    assert dialog.missing.item(0).text().startswith("Listade patienter, val: målet nåddes inte 2026-01-01–2026-10-31")
    dialog.missing.setFocus()
    qtbot.keyClick(dialog.missing, Qt.Key.Key_Return)
    assert dialog.plan_indicator.currentData() == "listed_choice" and dialog.focusWidget() is dialog.measure
    qtbot.keyClicks(dialog.measure, "Informera i skolorna")
    dialog.owner.setText("Eva Ek")
    qtbot.keyClick(dialog.owner, Qt.Key.Key_Return)
    assert [p.indicator_id for p in orderers.action_plans(ctx, 0, 2026)] == ["listed_choice"]
    assert dialog.missing.count() == 0 and dialog.missing_title.text() == NONE_MISSING


def test_renaming_the_first_orderer_in_the_dialog_renames_the_letters_addressee(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    dialog.name.setText("Region Norr, Beställarenheten")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.message.text() == "Beställaren är sparad."
    assert get_setting(ctx, ORDERER_NAME) == "Region Norr, Beställarenheten"
