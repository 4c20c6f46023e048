"""R-RP-2: orderers, their yearly agreements and targets, statuses against a target, and action plans."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.domain.indicators import Value
from klinik_app.domain.permissions import DENTIST, HEAD_OF_CLINIC
from klinik_app.letters import Recipient
from klinik_app.services import listing_documents, orderers
from klinik_app.services.concurrency import ChangedElsewhere
from klinik_app.services.errors import ServiceError
from klinik_app.services.permissions import NotPermitted
from klinik_app.services.settings import DEFAULTS, ORDERER_ADDRESS, ORDERER_NAME, get_setting
from tests.conftest import make_ctx

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _value(id: str, value: float | None, first=date(2026, 1, 1), last=date(2026, 6, 30)) -> Value:
    return Value(id, first, last, None, None, value)


def test_the_settings_orderer_is_the_first_until_one_is_stored_and_is_stored_on_the_first_save(ctx):
    [first] = orderers.orderers(ctx)
    assert (first.id, first.name) == (orderers.SETTINGS_ORDERER, DEFAULTS[ORDERER_NAME])

    orderers.save_target(ctx, orderers.SETTINGS_ORDERER, 2026, "absence_rate", 0.05, 0.01)

    [stored] = orderers.orderers(ctx)
    assert stored.id != orderers.SETTINGS_ORDERER and stored.name == DEFAULTS[ORDERER_NAME]
    assert orderers.targets(ctx, stored.id, 2026)["absence_rate"].value == 0.05


def test_a_second_orderer_keeps_the_settings_orderer_first_and_has_targets_of_its_own(ctx):
    other = orderers.save_orderer(ctx, None, "Region Norr, Hälsovalsenheten", "SE2321000222-B0001", "Box 1\n901 00 Umeå")
    names = [o.name for o in orderers.orderers(ctx)]
    assert names == [DEFAULTS[ORDERER_NAME], "Region Norr, Hälsovalsenheten"]
    orderers.save_target(ctx, other.id, 2026, "examined_within_interval", 0.9, 0.05)
    assert orderers.targets(ctx, other.id, 2026).keys() == {"examined_within_interval"}
    assert orderers.targets(ctx, orderers.orderers(ctx)[0].id, 2026) == {}
    with pytest.raises(ServiceError, match="finns redan"):
        orderers.save_orderer(ctx, None, "Region Norr, Hälsovalsenheten", None, "")


def test_targets_belong_to_a_year_and_copy_to_the_next_without_replacing_its_own(ctx):
    orderers.save_target(ctx, 0, 2026, "absence_rate", 0.05, 0.01)
    orderers.save_target(ctx, 0, 2026, "overdue_revisions", 20, 5)
    orderers.save_target(ctx, 0, 2027, "absence_rate", 0.04, 0.01)

    assert orderers.copy_targets(ctx, 0, 2026) == 1

    next_year = orderers.targets(ctx, 0, 2027)
    assert (next_year["absence_rate"].value, next_year["overdue_revisions"].value) == (0.04, 20)
    assert orderers.targets(ctx, 0, 2025) == {}


def test_status_against_target_is_met_close_or_missed_with_the_close_margin(ctx):
    orderers.save_target(ctx, 0, 2026, "examined_within_interval", 0.90, 0.05)  # higher is better
    orderers.save_target(ctx, 0, 2026, "overdue_revisions", 20, 5)  # lower is better
    values = [_value("examined_within_interval", 0.86), _value("overdue_revisions", 26),
              _value("absence_rate", 0.2)]  # no target: left out

    statuses = orderers.target_statuses(ctx, 0, 2026, values)

    assert statuses == {"examined_within_interval": ("close", "mål minst 90,0 %"),
                        "overdue_revisions": ("missed", "mål högst 20")}
    assert orderers.target_statuses(ctx, 0, 2026, [_value("overdue_revisions", 20)])["overdue_revisions"][0] == "met"


def test_an_indicator_without_a_direction_takes_no_target(ctx):
    with pytest.raises(ServiceError, match="inget mål"):
        orderers.save_target(ctx, 0, 2026, "deviations", 3)
    with pytest.raises(ServiceError, match="känner inte till"):
        orderers.save_target(ctx, 0, 2026, "no_such_indicator", 3)


def test_a_missed_target_of_an_ended_period_asks_for_an_action_plan_until_one_answers_it(ctx):
    orderers.save_target(ctx, 0, 2026, "overdue_revisions", 20, 0)
    ended = _value("overdue_revisions", 30, last=date(2026, 10, 31))
    running = _value("overdue_revisions", 30, first=date(2026, 11, 1), last=date(2026, 11, 30))  # today is 22 Nov

    [missing] = orderers.missing_action_plans(ctx, 0, 2026, [ended, running])
    assert missing.indicator_id == "overdue_revisions" and "Lägg in en handlingsplan" in missing.prompt()

    plan = orderers.save_action_plan(ctx, 0, 2026, "overdue_revisions", "Ring alla försenade", "Eva", date(2026, 12, 15))
    assert orderers.missing_action_plans(ctx, 0, 2026, [ended]) == []

    # Done before the period ended: it answered an earlier miss, not this one.
    orderers.save_action_plan(ctx, 0, 2026, "overdue_revisions", "Ring alla försenade", "Eva", date(2026, 12, 15),
                              date(2026, 9, 30), "Listan är genomgången", plan_id=plan.id,
                              expected_version=plan.row_version)
    assert [m.indicator_id for m in orderers.missing_action_plans(ctx, 0, 2026, [ended])] == ["overdue_revisions"]
    [row] = orderers.action_plans(ctx, 0, 2026)
    assert (row.done_on, row.follow_up) == (date(2026, 9, 30), "Listan är genomgången")


def test_an_action_plan_needs_a_measure_an_owner_and_a_due_date(ctx):
    with pytest.raises(ServiceError, match="vem som ansvarar"):
        orderers.save_action_plan(ctx, 0, 2026, "absence_rate", "Sms-påminnelser", "", date(2026, 12, 1))


def test_a_target_saved_elsewhere_since_it_was_shown_is_refused_with_both_versions(ctx):
    shown = orderers.save_target(ctx, 0, 2026, "absence_rate", 0.05, 0.01)
    orderers.save_target(ctx, 0, 2026, "absence_rate", 0.06, 0.01, expected_version=shown.row_version)

    with pytest.raises(ChangedElsewhere) as refused:
        orderers.save_target(ctx, 0, 2026, "absence_rate", 0.04, 0.01, expected_version=shown.row_version)

    assert refused.value.saved["Målvärde"] == "0.06" and refused.value.mine["Målvärde"] == "0.04"
    assert orderers.targets(ctx, 0, 2026)["absence_rate"].value == 0.06


def test_an_orderer_edited_elsewhere_is_refused_and_the_first_save_of_the_settings_orderer_is_not(ctx):
    first = orderers.save_orderer(ctx, orderers.SETTINGS_ORDERER, "Region Västerbotten", None, "901 89 Umeå",
                                  expected_version=0)
    orderers.save_orderer(ctx, first.id, "Region Västerbotten, HSN", None, "901 89 Umeå",
                          expected_version=first.row_version)
    with pytest.raises(ChangedElsewhere):
        orderers.save_orderer(ctx, first.id, "Region V", None, "", expected_version=first.row_version)


def test_agreement_note_is_kept_per_year(ctx):
    saved = orderers.save_agreement(ctx, 0, 2027, "Avtal dnr 2026/123", expected_version=0)
    assert orderers.agreement(ctx, 0, 2027).note == "Avtal dnr 2026/123"
    assert orderers.agreement(ctx, 0, 2026) is None
    with pytest.raises(ChangedElsewhere):
        orderers.save_agreement(ctx, 0, 2027, "Annat", expected_version=saved.row_version - 1)


def test_only_the_head_of_clinic_changes_targets_and_all_staff_read_them(db_path, ctx):
    dentist = make_ctx(db_path, roles={DENTIST})
    head = make_ctx(db_path, roles={HEAD_OF_CLINIC})
    try:
        with pytest.raises(NotPermitted):
            orderers.save_target(dentist, 0, 2026, "absence_rate", 0.05)
        orderers.save_target(head, 0, 2026, "absence_rate", 0.05)
        assert orderers.targets(dentist, 0, 2026)["absence_rate"].value == 0.05
    finally:
        dentist.close()
        head.close()


def test_editing_the_first_orderer_changes_the_settings_the_listing_stop_notices_use(ctx):
    first = orderers.save_orderer(ctx, orderers.SETTINGS_ORDERER, "Region Norr, Beställarenheten", None,
                                  "Box 7\n901 00 Umeå", expected_version=0)
    assert (get_setting(ctx, ORDERER_NAME), get_setting(ctx, ORDERER_ADDRESS)) == (
        "Region Norr, Beställarenheten", "Box 7\n901 00 Umeå")
    assert listing_documents.orderer(ctx) == Recipient(("Region Norr, Beställarenheten",), ("Box 7", "901 00 Umeå"))
    # A second orderer leaves the settings alone.
    orderers.save_orderer(ctx, None, "Region Syd", None, "Box 9")
    assert get_setting(ctx, ORDERER_NAME) == "Region Norr, Beställarenheten"
    # A refused edit of the first changes neither (one transaction).
    with pytest.raises(ChangedElsewhere):
        orderers.save_orderer(ctx, first.id, "Fel namn", None, "", expected_version=first.row_version + 5)
    assert get_setting(ctx, ORDERER_NAME) == "Region Norr, Beställarenheten"


def test_a_target_is_removed_unless_it_was_changed_elsewhere_since_it_was_shown(ctx):
    shown = orderers.save_target(ctx, 0, 2026, "absence_rate", 0.05, 0.01)
    orderers.save_target(ctx, 0, 2026, "absence_rate", 0.06, 0.01, expected_version=shown.row_version)
    with pytest.raises(ChangedElsewhere):
        orderers.remove_target(ctx, 0, 2026, "absence_rate", expected_version=shown.row_version)
    now = orderers.targets(ctx, 0, 2026)["absence_rate"]
    orderers.remove_target(ctx, 0, 2026, "absence_rate", expected_version=now.row_version)
    assert orderers.targets(ctx, 0, 2026) == {}
    with pytest.raises(ServiceError, match="finns inte längre"):
        orderers.remove_target(ctx, 0, 2026, "absence_rate", expected_version=now.row_version)


def test_an_action_plan_is_changed_and_removed_naming_the_version_shown(ctx):
    plan = orderers.save_action_plan(ctx, 0, 2026, "absence_rate", "Sms dagen före", "Eva Ek", date(2026, 12, 31))
    changed = orderers.save_action_plan(ctx, 0, 2026, "absence_rate", "Sms två dagar före", "Eva Ek",
                                        date(2026, 12, 31), plan_id=plan.id, expected_version=plan.row_version)
    with pytest.raises(ChangedElsewhere):
        orderers.remove_action_plan(ctx, plan.id, expected_version=plan.row_version)
    orderers.remove_action_plan(ctx, plan.id, expected_version=changed.row_version)
    assert orderers.action_plans(ctx, 0, 2026) == []
    with pytest.raises(ServiceError, match="redan tagits bort"):
        orderers.remove_action_plan(ctx, plan.id, expected_version=changed.row_version)


def test_removing_targets_and_plans_needs_follow_up_manage(db_path, ctx):
    plan = orderers.save_action_plan(ctx, 0, 2026, "absence_rate", "Sms", "Eva Ek", date(2026, 12, 31))
    dentist = make_ctx(db_path, roles={DENTIST})
    try:
        with pytest.raises(NotPermitted):
            orderers.remove_action_plan(dentist, plan.id, expected_version=plan.row_version)
        with pytest.raises(NotPermitted):
            orderers.remove_target(dentist, 0, 2026, "absence_rate")
    finally:
        dentist.close()
