"""Summons letters for a selection of recalls: households, recipients, protected identity, recording."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from klinik_app.db.models import AccessLogEntry, Guardian, PatientGuardian
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.letters import Cancelled
from klinik_app.services import examinations, recall, summons
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.errors import ServiceError
from klinik_app.services.settings import set_setting
from tests.conftest import make_ctx
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST = "SE2321000222-T0001"


def _exam(ctx, pid: int, on: date, interval: int = 12) -> None:
    examinations.record_examination(ctx, pid, ExamInput(on, "tandlakare", DENTIST, Risks(1, 0, 0, 0), interval,
                                                        tobacco="ingen", bite_check=True))


@pytest.fixture
def clinic(ctx):
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    p = {}
    # Siblings at one address with the same guardians: one letter to the household.
    p["ella"] = add_patient(ctx, pnr(date(2015, 3, 10)), "Ella", "Lind", listing="val",
                            guardians=["Anna Lind", "Per Lind"], street="Björkvägen 3")
    p["vilgot"] = add_patient(ctx, pnr(date(2018, 6, 1)), "Vilgot", "Lind", listing="val", street="Björkvägen 3")
    with ctx.begin() as s:  # Vilgot shares Ella's guardians
        for link in s.scalars(select(PatientGuardian).where(PatientGuardian.patient_id == p["ella"])).all():
            s.add(PatientGuardian(patient_id=p["vilgot"], position=link.position, guardian_id=link.guardian_id))
    # Guardians who live apart: one letter each.
    p["maja"] = add_patient(ctx, pnr(date(2016, 2, 2)), "Maja", "Öberg", listing="val",
                            guardians=["Lena Öberg", "Jonas Ek"], street="Skolgatan 2")
    with ctx.begin() as s:
        s.execute(update(Guardian).where(Guardian.name == "Jonas Ek").values(street="Ekvägen 9", postal_code="931 33",
                                                                             postal_town="Skellefteå"))
    # An adult writes for herself; a protected child gets no printed letter.
    p["nora"] = add_patient(ctx, pnr(date(2005, 4, 4)), "Nora", "Berg", listing="val", street="Tallgatan 4")
    p["sam"] = add_patient(ctx, pnr(date(2014, 5, 5)), "Sam", "Dold", listing="val", protected=True,
                           guardians=["Okänd Dold"])
    for name, pid in p.items():
        _exam(ctx, pid, date(2025, 12, 10) if name != "vilgot" else date(2025, 11, 2))
    return p


def test_one_letter_per_household_to_the_guardians_of_minors_and_to_adults_themselves(ctx, clinic, tmp_path):
    path = tmp_path / "kallelser.pdf"
    result = summons.summons_batch(ctx, clinic.values(), path)

    assert result.rendered.letters == 4  # the Linds, Maja's two homes, Nora
    texts = page_texts(path)
    lind = next(t for t in texts if "Björkvägen 3" in t)
    assert "Anna Lind" in lind and "Per Lind" in lind and "Angående Ella Lind och Vilgot Lind" in lind
    assert "senast i december 2026" in lind and "Vilgot Lind ska undersökas senast i november 2026" in lind
    maja = [t for t in texts if "Maja Öberg" in t]
    assert len(maja) == 2 and any("Lena Öberg" in t and "Skolgatan 2" in t for t in maja)
    assert any("Jonas Ek" in t and "Ekvägen 9" in t for t in maja)
    nora = next(t for t in texts if "Tallgatan 4" in t)
    assert "Du ska undersökas senast i december 2026" in nora and "Angående" not in nora
    assert not any("Dold" in t for t in texts)  # R-TG-4
    assert [(m.name, "R-TG-4" in m.why) for m in result.manual] == [("Sam Dold", True)]


def test_sending_is_recorded_on_each_recall_and_the_next_batch_is_a_reminder(ctx, clinic, tmp_path, db_path):
    summons.summons_batch(ctx, [clinic["nora"], clinic["sam"]], tmp_path / "a.pdf")
    with ctx.sessions() as s:
        nora, sam = recall.state_of(s, ctx, clinic["nora"]), recall.state_of(s, ctx, clinic["sam"])
        logged = s.scalars(select(AccessLogEntry.patient_id).where(AccessLogEntry.action == "letter")).all()
    assert (nora.status, nora.summons_count, nora.last_summons_on) == (recall.SUMMONED, 1, date(2026, 11, 22))
    assert nora.contacts[0].kind == "summons"
    assert (sam.status, sam.summons_count) == (recall.NOT_CONTACTED, 0)  # handled by hand, not recorded
    assert logged == [clinic["nora"]]

    later = make_ctx(db_path, today=date(2026, 12, 28))
    try:
        summons.summons_batch(later, [clinic["nora"]], tmp_path / "b.pdf")
        with later.sessions() as s:
            assert recall.state_of(s, later, clinic["nora"]).summons_count == 2
    finally:
        later.close()
    (text,) = page_texts(tmp_path / "b.pdf")
    assert "Påminnelse: dags för undersökning" in text and "Vi har tidigare skickat en kallelse" in text


def test_booked_declined_paused_and_exhausted_recalls_get_no_letter(ctx, clinic, tmp_path):
    set_setting(ctx, recall.MAX_REMINDERS, "0")
    recall.set_status(ctx, [clinic["ella"]], recall.BOOKED)
    recall.set_status(ctx, [clinic["vilgot"]], recall.DECLINED)
    recall.disable(ctx, [clinic["maja"]], date(2027, 2, 1), "bor utomlands till februari")
    summons.summons_batch(ctx, [clinic["nora"]], tmp_path / "first.pdf")

    result = summons.summons_batch(ctx, [clinic["ella"], clinic["vilgot"], clinic["maja"], clinic["nora"]],
                                   tmp_path / "none.pdf")
    assert result.rendered is None and not (tmp_path / "none.pdf").exists()
    assert sorted(m.why for m in result.skipped) == [
        "alla påminnelser skickade: ring eller markera som ej nåbar", "avböjt", "bokad", "pausad till 2027-02-01"]
    assert "4 hoppades över" in result.summary()


def test_a_cancelled_batch_writes_no_file_and_records_nothing(ctx, clinic, tmp_path):
    path = tmp_path / "k.pdf"
    with pytest.raises(Cancelled):
        summons.summons_batch(ctx, clinic.values(), path, cancelled=lambda: True)
    assert not path.exists()
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["nora"]).summons_count == 0


def test_without_the_clinics_address_no_letter_is_written(ctx, tmp_path):
    pid = add_patient(ctx, pnr(date(2005, 4, 4)), "Nora", "Berg", listing="val")
    with pytest.raises(ServiceError, match="Klinikens adress saknas"):
        summons.summons_batch(ctx, [pid], tmp_path / "k.pdf")
    with pytest.raises(ServiceError, match="Markera minst en patient"):
        summons.summons_batch(ctx, [], tmp_path / "k.pdf")
