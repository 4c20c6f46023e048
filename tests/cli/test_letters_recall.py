"""`klinik letters recall --from D --to D --out FILE.pdf`: summons letters for the recall list."""

from __future__ import annotations

import re
from datetime import date

import pytest

from klinik_app.cli import main
from klinik_app.domain.examination import ExamInput, Risks
from klinik_app.services import examinations, recall
from klinik_app.services.clinic import set_clinic_address
from tests.conftest import make_ctx
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts

pytestmark = pytest.mark.backends("sqlite", "postgresql")

CLINIC = "SE2321000222-E12345"
DECEMBER = ("--from", "2026-12-01", "--to", "2026-12-31")


@pytest.fixture
def clinic(db_path):
    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC, "--clinic-name", "Tandkliniken Testbyn"]) == 0
    ctx = make_ctx(db_path)
    ids = {}
    for name, birth, on, protected in (("Ella", date(2015, 3, 10), date(2025, 12, 14), False),
                                       ("Nora", date(2005, 4, 4), date(2025, 12, 3), False),
                                       ("Sam", date(2014, 5, 5), date(2025, 12, 20), True),
                                       ("Lisa", date(2009, 10, 10), date(2026, 10, 10), False)):
        ids[name] = add_patient(ctx, pnr(birth), name, "Lind", listing="val", protected=protected,
                                guardians=["Anna Lind"], street=f"{name}vägen 1")
        examinations.record_examination(ctx, ids[name], ExamInput(on, "tandlakare", "SE2321000222-T0001",
                                                                  Risks(0, 0, 0, 0), 12, tobacco="ingen",
                                                                  bite_check=True))
    ctx.close()
    return ids


def _run(db_path, *args, capsys):
    code = main(["--db", str(db_path), "--today", "2026-11-22", "letters", "recall", *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_letters_for_the_months_recall_list_recorded_on_each_recall(db_path, clinic, tmp_path, capsys):
    ctx = make_ctx(db_path)
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    ctx.close()
    out = tmp_path / "kallelser.pdf"
    code, err = _run(db_path, *DECEMBER, "--out", str(out), capsys=capsys)

    assert code == 0
    lines = err.strip().splitlines()
    assert lines[0] == f"Kallelser: 2 brev till 2 patienter; 1 att kalla manuellt (skyddad identitet eller adress " \
                       f"saknas). Skrivna till {out}."
    assert lines[1:] == ["  Kalla manuellt: Sam Lind (skyddad identitet: kallas utan tryckt adress (R-TG-4))"]
    assert not re.search(r"\d{6}", err.replace(str(out), ""))  # no identity numbers
    texts = page_texts(out)
    assert len(texts) == 2
    assert "Angående Ella Lind" in texts[0] or "Angående Ella Lind" in texts[1]
    assert any("Du ska undersökas senast i december 2026" in t for t in texts)
    ctx = make_ctx(db_path)
    with ctx.sessions() as s:
        assert recall.state_of(s, ctx, clinic["Nora"]).status == recall.SUMMONED
        assert recall.state_of(s, ctx, clinic["Lisa"]).status == recall.NOT_CONTACTED  # not due in December
    ctx.close()


def test_an_empty_period_writes_no_file_and_exits_0(db_path, clinic, tmp_path, capsys):
    out = tmp_path / "k.pdf"
    code, err = _run(db_path, "--from", "2030-01-01", "--to", "2030-01-31", "--out", str(out), capsys=capsys)
    assert code == 0 and not out.exists()
    assert err.strip() == "Kallelser: inga patienter valda. Ingen fil skrevs."


def test_without_the_clinics_address_exit_1_with_what_to_do(db_path, clinic, tmp_path, capsys):
    code, err = _run(db_path, *DECEMBER, "--out", str(tmp_path / "k.pdf"), capsys=capsys)
    assert code == 1 and "Klinikens adress saknas" in err


def test_wrong_use_exits_64(db_path, clinic, capsys):
    code, err = _run(db_path, *DECEMBER, capsys=capsys)
    assert code == 64 and "--out" in err
