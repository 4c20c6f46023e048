"""R-DV-6: the annual patient safety report and its January reminder; R-DV-5: lessons are kept,
searchable, and summarised each month for the clinic meeting."""

from __future__ import annotations

from datetime import date

import pytest

from klinik_app.domain import deviations as dv
from klinik_app.domain import permissions as perm
from klinik_app.domain.deviations import DeviationRefused, PlannedAction, Report
from klinik_app.domain.lex_maria import LexMaria
from klinik_app.services import deviations as svc
from klinik_app.services import lex_maria
from klinik_app.services import patient_safety_report as psr
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.permissions import NotPermitted
from tests.letters.pdf import page_texts

pytestmark = pytest.mark.backends("sqlite", "postgresql")


def _on(ctx, day: date, roles=None) -> ServiceContext:
    return ServiceContext(ctx.engine, actor=Actor(ctx.actor.user_id, roles=roles or ctx.actor.roles), today=day)


def _closed(ctx, what: str, category=dv.OWN, harm=dv.NO_HARM, lesson: str | None = None) -> int:
    other = "Kommunen" if category in dv.WITH_OTHER_PARTY else ""
    deviation = svc.report_deviation(ctx, Report(what, ctx.today, "Kliniken", category, harm=harm,
                                                 other_party=other)).id
    svc.start_investigation(ctx, deviation, "Vera")
    case = svc.decide_actions(ctx, deviation, [PlannedAction("Ny rutin", "Vera", ctx.today)])
    svc.follow_up_actions(ctx, deviation, {a.id: "Klar" for a in case.actions})
    if dv.needs_answer(category):
        svc.record_answer(ctx, deviation, "Svar lämnat", ctx.today)
    svc.close_deviation(ctx, deviation, "Återkopplat")
    if lesson:
        svc.record_lesson(ctx, deviation, lesson)
    return deviation


@pytest.fixture
def two_years(ctx):
    """2025: one own deviation; 2026: two own, one cooperation (serious harm, Lex Maria), lessons."""
    last_year, this_year = _on(ctx, date(2025, 6, 10)), _on(ctx, date(2026, 3, 5))
    _closed(last_year, "Journal öppnades på fel patient")
    _closed(this_year, "Fel tand borrades", harm=dv.HARM, lesson="Tandnummer läses upp högt före borrning.")
    _closed(this_year, "Kallelse till fel adress", lesson="Karin Lindström på receptionen dubbelkollar adressen.")
    serious = _closed(this_year, "Remiss till kommunen försvann", dv.COOPERATION, dv.SERIOUS_HARM)
    lex_maria.record_lex_maria(this_year, serious, LexMaria("Vera", this_year.today, "e-tjanst", this_year.today))
    set_clinic_address(ctx, "Sjögatan 4", "901 10", "Umeå", "090-77 88 99")
    return _on(ctx, date(2027, 1, 10))


def test_r_dv_6_the_year_report_counts_by_category_and_harm_against_the_year_before(two_years):
    report = psr.year_report(two_years, 2026)
    own = next(r for r in report.by_category if r.label == dv.CATEGORY_LABELS[dv.OWN])
    assert (own.count, own.previous) == (2, 1)
    serious = next(r for r in report.by_harm if r.label == dv.HARM_LABELS[dv.SERIOUS_HARM])
    assert (serious.count, serious.previous) == (1, 0)
    assert report.closed == 3 and [r.number for r in report.lex_maria] == ["AV-00004"]
    assert (report.actions.decided, report.actions.followed_up, report.actions.overdue) == (3, 3, 0)
    assert report.lessons_total == 2


def test_r_dv_6_the_year_report_pdf_reads_back_with_de_identified_lessons(two_years, tmp_path):
    path = tmp_path / "psb.pdf"
    psr.year_report_pdf(two_years, 2026, path)
    text = " ".join(page_texts(path))
    assert "Patientsäkerhetsberättelse 2026" in text
    assert "Egen verksamhet 2 1 +1" in text and "Allvarlig vårdskada 1 0 +1" in text
    assert "AV-00004" in text and "Tandnummer läses upp högt före borrning." in text
    assert "[namn] på receptionen dubbelkollar adressen." in text and "Lindström" not in text


def test_r_dv_6_reminder_runs_from_new_year_until_done_or_1_march(two_years):
    assert psr.report_reminder(two_years) == 2026
    assert psr.report_reminder(_on(two_years, date(2027, 3, 1))) == 2026
    assert psr.report_reminder(_on(two_years, date(2027, 3, 2))) is None
    nurse = _on(two_years, date(2027, 1, 10), roles=frozenset({perm.NURSE}))
    assert psr.report_reminder(nurse) is None
    head = _on(two_years, date(2027, 1, 10), roles=frozenset({perm.HEAD_OF_CLINIC}))
    assert psr.report_reminder(head) == 2026
    psr.mark_report_done(head, 2026)
    assert psr.report_reminder(two_years) is None
    with pytest.raises(NotPermitted):
        psr.mark_report_done(nurse, 2026)


def test_r_dv_6_a_year_not_begun_is_refused(two_years):
    with pytest.raises(DeviationRefused, match="Välj ett år"):
        psr.year_report(two_years, 2028)


def test_r_dv_5_lessons_are_searchable_in_the_register(two_years):
    lessons = svc.deviation_register(two_years, lessons_only=True)
    assert len(lessons) == 2
    found = svc.deviation_register(two_years, search="högt borrning")
    assert [r.summary for r in found] == ["Fel tand borrades"]
    assert svc.deviation_register(two_years, search="receptionen", category=dv.COOPERATION) == []


def test_r_dv_5_a_lesson_is_written_once_the_case_is_closed(ctx):
    deviation = svc.report_deviation(ctx, Report("Väntetid", ctx.today, "Väntrum", dv.OWN)).id
    with pytest.raises(DeviationRefused, match="avslutad"):
        svc.record_lesson(ctx, deviation, "Boka glesare")


def test_r_dv_5_the_month_summary_pdf_lists_the_months_deviations(two_years, tmp_path):
    path = tmp_path / "manad.pdf"
    psr.month_summary_pdf_for(two_years, 2026, 3, path)
    text = " ".join(page_texts(path))
    assert "Avvikelser mars 2026" in text
    assert "AV-00002 Egen verksamhet: Fel tand borrades" in text
    assert "Samverkansavvikelse 1 0 +1" in text
