"""`klinik record-copy` (R-SE-4): the copy with consent, the patient's own copy, the refusals and exit codes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from klinik_app.cli import OK, USAGE, main
from klinik_app.services.clinic import set_clinic_address
from tests.factories import add_patient, add_staff, pnr
from tests.letters.pdf import page_texts
from tests.sql import run_sql

pytestmark = pytest.mark.backends("sqlite", "postgresql")

ELLA_PNR = pnr(date(2015, 3, 10), 234)
RECEPTION = "SE2321000222-R0007"


@pytest.fixture
def clinic(ctx):
    set_clinic_address(ctx, "Kliniksgatan 2", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, RECEPTION, "Rita Reception", "reception")
    return add_patient(ctx, ELLA_PNR, "Ella", "Lind", guardians=["Anna Lind"], listing="val")


def run(db_path, *args, capsys, user=RECEPTION):
    code = main(["--db", str(db_path), "--today", "2026-11-22", *(["--user", user] if user else []), "record-copy",
                 "--patient", ELLA_PNR, *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err.strip()


def test_r_se_4_cli_copy_to_another_provider_with_consent(db_path, clinic, tmp_path, capsys):
    pdf, bundle = tmp_path / "ella.pdf", tmp_path / "ella.json"
    code, err = run(db_path, "--to", "Tandkliniken Norr", "--to-hsa-id", "SE2321000222-E9999", "--consent-by",
                    "Anna Lind", "--consent-how", "telefon", "--out-pdf", str(pdf), "--out-json", str(bundle),
                    capsys=capsys)
    assert code == OK and err.count("\n") == 0
    assert err.startswith("Journalkopia för Ella Lind till Tandkliniken Norr: 10 avsnitt,")
    assert "Vårdnadshavare Anna Lind, per telefon 2026-11-22, inhämtat av Rita Reception" in " ".join(page_texts(pdf))
    assert json.loads(bundle.read_text(encoding="utf-8"))["type"] == "collection"
    [row] = run_sql(db_path, "SELECT recipient_name, consent_by, consent_guardian, consent_obtained_by FROM record_disclosure")
    assert row == ("Tandkliniken Norr", "vardnadshavare", "Anna Lind", RECEPTION)


def test_r_se_4_cli_refuses_a_provider_copy_without_consent(db_path, clinic, tmp_path, capsys):
    code, err = run(db_path, "--to", "Tandkliniken Norr", "--out-pdf", str(tmp_path / "x.pdf"), capsys=capsys)
    assert code == USAGE and "kräver patientens samtycke" in err
    assert not (tmp_path / "x.pdf").exists()
    code, err = run(db_path, "--out-pdf", str(tmp_path / "x.pdf"), capsys=capsys)
    assert code == USAGE and "--own-request" in err
    code, err = run(db_path, "--own-request", "--out-pdf", str(tmp_path / "x.pdf"), capsys=capsys, user=None)
    assert code == USAGE and "behörighet" in err  # the OS account may not hand out records


def test_r_se_4_cli_own_request_needs_no_consent(db_path, clinic, tmp_path, capsys):
    code, err = run(db_path, "--own-request", "--out-json", str(tmp_path / "egen.json"), capsys=capsys)
    assert code == OK and "till patienten själv" in err
    assert run_sql(db_path, "SELECT recipient_kind, consent_by, formats FROM record_disclosure") == [("patient", None, "fhir")]
