"""R-SE-4: the consented copy of a patient's record (PDF and FHIR collection Bundle), the disclosure on
record, protected identity (R-TG-4) and the re-choice task (issue 13 part 2)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from klinik_app.db.models import (
    AccessLogEntry,
    Consent,
    EmergencyVisit,
    Listing,
    Patient,
    RecordDisclosure,
    Task,
)
from klinik_app.domain.examination import DENTIST, ExamInput, Risks
from klinik_app.domain.record_copy import PATIENT, PROVIDER, TASK_KIND, Consent as CopyConsent, CopyRequest
from klinik_app.services import appointments, examinations, record_copy, recall, treatments
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.permissions import NotPermitted
from klinik_app.services.record_bundle import validate
from klinik_app.services.record_sections import LEFT_OUT
from tests.factories import add_appointment, add_patient, add_staff, pnr

pytestmark = pytest.mark.backends("sqlite", "postgresql")

DENTIST_HSA = "SE2321000222-T0001"
NEW_CLINIC = "SE2321000222-E9999"
CONSENT = CopyConsent("patient", None, date(2026, 11, 20), "telefon")
TO_NEW_CLINIC = CopyRequest(PROVIDER, "Tandkliniken Norr", NEW_CLINIC, CONSENT)
CHILD_PNR = pnr(date(2014, 5, 6), 234)
OTHER_PNR = pnr(date(2013, 2, 3), 456)


def _stamp(ctx):
    return dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")


def _full_patient(ctx, *, protected: bool = False) -> int:
    """A patient with one of every kind of record, and another patient who must never appear."""
    set_clinic_address(ctx, "Kliniksgatan 2", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, DENTIST_HSA, "Tove Tandläkare", "tandlakare")
    pid = add_patient(ctx, CHILD_PNR, "Ella", "Lind", phone="070-123 45 67", guardians=["Anna Lind"],
                      protected=protected, street="Hemliga vägen 7")
    add_patient(ctx, OTHER_PNR, "Olle", "Ek", listing="val")
    with ctx.begin() as s:
        s.get(Patient, pid).language, s.get(Patient, pid).interpreter_needed = "arabiska", True
        consent = Consent(uuid=str(uuid.uuid4()), patient_id=pid, giver="patient", given_on=date(2025, 3, 1),
                          method="pa-plats", recorded_by=DENTIST_HSA, **_stamp(ctx))
        s.add(consent)
        s.flush()
        s.add(Listing(uuid=str(uuid.uuid4()), patient_id=pid, listing_type="val", status="active",
                      start_date=date(2025, 4, 1), consent_id=consent.id, origin="local", **_stamp(ctx)))
        s.add(EmergencyVisit(patient_id=pid, visited_on=date(2026, 9, 1), summary="Tandvärk, akut pulpit",
                             payer_kind="unknown", report_letter_on=date(2026, 9, 2), **_stamp(ctx)))
    examinations.record_examination(ctx, pid, ExamInput(examined_on=date(2026, 10, 1), role=DENTIST,
                                                        examiner_hsa_id=DENTIST_HSA, risks=Risks(1, 0, 0, 0),
                                                        planned_interval_months=12, deft=0, dft=2, tobacco="ingen",
                                                        bite_check=True))
    missed = add_appointment(ctx, pid, datetime(2026, 10, 20, 9))
    appointments.set_outcome(ctx, missed, "no-show", expected_version=1)
    visit = add_appointment(ctx, pid, datetime(2026, 11, 2, 9), kind="treatment", status="attended")
    treatments.record_treatment(ctx, appointment_id=visit, code="101", caregiver_hsa_id=DENTIST_HSA)
    with ctx.begin() as s:
        recall.record_letters(s, ctx, [pid])
        record_copy.open_task(s, ctx, pid)
    return pid


def _request(**changes) -> CopyRequest:
    from dataclasses import replace

    return replace(TO_NEW_CLINIC, **changes)


def test_r_se_4_copy_to_another_provider_requires_consent(ctx, tmp_path):
    pid = _full_patient(ctx)
    with pytest.raises(UsageError, match="samtycke"):
        record_copy.make_copy(ctx, pid, _request(consent=None), tmp_path / "k.pdf", tmp_path / "k.json")
    with pytest.raises(UsageError, match="vårdnadshavaren"):
        record_copy.make_copy(ctx, pid, _request(consent=CopyConsent("vardnadshavare", "", date(2026, 11, 20), "brev")),
                              tmp_path / "k.pdf", None)
    assert not (tmp_path / "k.pdf").exists() and not (tmp_path / "k.json").exists()
    with ctx.sessions() as s:
        assert s.scalar(select(RecordDisclosure.id)) is None


def test_r_se_4_bundle_validates_and_holds_every_record_kind(ctx, tmp_path):
    pid = _full_patient(ctx)
    out = tmp_path / "kopia.json"
    record_copy.make_copy(ctx, pid, TO_NEW_CLINIC, None, out)
    bundle = json.loads(out.read_text(encoding="utf-8"))
    validate(bundle)
    assert bundle["type"] == "collection"
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds >= {"Patient", "EpisodeOfCare", "Consent", "Encounter", "Observation", "CarePlan", "Appointment",
                     "ChargeItem", "Procedure", "Communication", "Task", "Provenance"}
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    assert patient["contact"][0]["name"]["text"] == "Anna Lind"
    assert patient["communication"][0]["language"]["text"] == "arabiska"
    assert patient["extension"][0]["valueBoolean"] is True  # patient-interpreterRequired
    assert {a["resource"]["status"] for a in bundle["entry"] if a["resource"]["resourceType"] == "Appointment"} \
        == {"noshow", "fulfilled"}
    assert any(e["resource"].get("class", {}).get("code") == "EMER" for e in bundle["entry"])
    assert OTHER_PNR not in out.read_text(encoding="utf-8")


def test_r_se_4_pdf_holds_each_section_and_no_other_patient(ctx, tmp_path):
    pid = _full_patient(ctx)
    out = tmp_path / "kopia.pdf"
    result = record_copy.make_copy(ctx, pid, TO_NEW_CLINIC, out, None)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for title in ("Personuppgifter", "Vårdnadshavare", "Listningar och samtycken", "Undersökningar och tandhälsodata",
                  "Tider och uteblivanden", "Behandlingar", "Akutbesök", "Skickade brev", "Uppgifter och beslut",
                  "Tidigare utlämnade kopior"):
        assert title in text
    assert "kostnadsfritt" in text and "Tandkliniken Norr" in text and "Uteblev" in text
    assert "arabiska, tolk behövs" in text
    assert f"{CHILD_PNR[:8]}-{CHILD_PNR[8:]}" in text
    assert OTHER_PNR[:8] not in text.replace("-", "")
    assert result.pages == len(PdfReader(out).pages)


def test_r_se_4_disclosure_and_access_log_name_the_recipient(ctx, tmp_path):
    pid = _full_patient(ctx)
    record_copy.make_copy(ctx, pid, TO_NEW_CLINIC, tmp_path / "k.pdf", tmp_path / "k.json")
    with ctx.sessions() as s:
        d = s.scalar(select(RecordDisclosure))
        log = s.scalars(select(AccessLogEntry).where(AccessLogEntry.action == "disclose")).all()
    assert (d.patient_id, d.recipient_name, d.recipient_hsa_id, d.consent_by, d.consent_how, d.consent_on,
            d.consent_obtained_by, d.formats) == (pid, "Tandkliniken Norr", NEW_CLINIC, "patient", "telefon",
                                                  date(2026, 11, 20), ctx.actor.user_id, "pdf+fhir")
    assert [(e.patient_id, "Tandkliniken Norr" in e.detail, NEW_CLINIC in e.detail) for e in log] == [(pid, True, True)]
    assert CHILD_PNR not in log[0].detail


def test_r_se_4_own_request_needs_no_consent_and_is_recorded(ctx, tmp_path):
    pid = _full_patient(ctx)
    record_copy.make_copy(ctx, pid, CopyRequest(PATIENT, "patienten själv"), tmp_path / "k.pdf", None)
    with ctx.sessions() as s:
        d = s.scalar(select(RecordDisclosure))
        task = s.scalar(select(Task).where(Task.kind == TASK_KIND))
    assert (d.recipient_kind, d.consent_by, d.formats) == ("patient", None, "pdf")
    assert task.state == "open"  # an own copy is no copy to the new clinic


def test_r_tg_4_protected_identity_leaves_out_address_and_needs_reason(ctx, tmp_path):
    pid = _full_patient(ctx, protected=True)
    reception = ServiceContext(ctx.engine, actor=Actor("SE2321000222-R0001", roles=frozenset({"reception"})),
                               today=ctx.today)
    with pytest.raises(NotPermitted):
        record_copy.make_copy(reception, pid, _request(reason="Patienten har bytt klinik"), tmp_path / "k.pdf", None)
    with pytest.raises(UsageError, match="skyddad identitet"):
        record_copy.make_copy(ctx, pid, TO_NEW_CLINIC, tmp_path / "k.pdf", None)
    record_copy.make_copy(ctx, pid, _request(reason="Patienten har bytt klinik"), tmp_path / "k.pdf", tmp_path / "k.json")
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "k.pdf").pages)
    bundle = (tmp_path / "k.json").read_text(encoding="utf-8")
    for secret in ("Hemliga vägen", "070-123 45 67", "070-111 22 33", "903 26"):
        assert secret not in text and secret not in bundle
    assert LEFT_OUT in text
    patient = next(e["resource"] for e in json.loads(bundle)["entry"] if e["resource"]["resourceType"] == "Patient")
    assert "address" not in patient and "telecom" not in patient


def test_re_choice_task_closes_by_consented_copy(ctx, tmp_path):
    pid = _full_patient(ctx)
    result = record_copy.make_copy(ctx, pid, TO_NEW_CLINIC, None, tmp_path / "k.json")
    with ctx.sessions() as s:
        task = s.scalar(select(Task).where(Task.kind == TASK_KIND))
    assert result.task_closed and (task.state, task.decision, task.decision_on) == ("closed", "copied", ctx.today)


def test_re_choice_task_closes_by_declined_consent(ctx):
    pid = _full_patient(ctx)
    record_copy.decline_offer(ctx, pid, date(2026, 11, 21))
    with ctx.sessions() as s:
        task = s.scalar(select(Task).where(Task.kind == TASK_KIND))
    assert (task.state, task.decision, task.decision_on) == ("closed", "declined", date(2026, 11, 21))
    with pytest.raises(UsageError, match="ingen öppen uppgift"):
        record_copy.decline_offer(ctx, pid, date(2026, 11, 21))


def test_record_contents_counts_each_section(ctx):
    pid = _full_patient(ctx)
    counts = dict(record_copy.record_contents(ctx, pid).counts())
    assert counts["Undersökningar och tandhälsodata"] == 1 and counts["Tider och uteblivanden"] == 2
    assert counts["Behandlingar"] == 1 and counts["Akutbesök"] == 1 and counts["Uppgifter och beslut"] == 1
    assert counts["Skickade brev"] == 2  # the summons and the emergency report letter
