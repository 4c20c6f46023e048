"""`klinik audit verify|extract|retention` (R-SE-2): exit 0 for a clean log, 7 for an altered one."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from klinik_app.cli import AUDIT_ALTERED, main
from klinik_app.services import access_log
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from tests.cli.test_command import klinik
from tests.conftest import CLINIC_HSA_ID, make_ctx
from tests.factories import add_patient, add_staff, pnr
from tests.letters.pdf import page_texts
from tests.sql import run_sql

pytestmark = pytest.mark.backends("sqlite", "postgresql")

ELLA_PNR = pnr(date(2015, 3, 10), 234)
OMAR_PNR = pnr(date(2010, 6, 1), 345)
DENTIST = "SE2321000222-T0001"
HEAD = "SE2321000222-V0001"


@pytest.fixture
def logged(db_path):
    """A clinic, two patients and a log of ten entries, one a day from 1 October 2026."""
    assert main(["--db", str(db_path), "init", "--clinic-hsa-id", CLINIC_HSA_ID, "--clinic-name", "Tandkliniken Testbyn"]) == 0
    ctx = make_ctx(db_path)
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    add_staff(ctx, DENTIST, "Sara Berg", "tandlakare")
    add_staff(ctx, HEAD, "Vera Chef", "verksamhetschef", profession="tandlakare")
    ids = {"ella": add_patient(ctx, ELLA_PNR, "Ella", "Lind"), "omar": add_patient(ctx, OMAR_PNR, "Omar", "Haddad")}
    for n in range(10):
        acting = ServiceContext(ctx.engine, actor=Actor(DENTIST, roles=frozenset({"tandlakare"}), workstation="BEH-1"), today=ctx.today)
        acting.now = lambda n=n: datetime(2026, 10, 1 + n, 8, 0, tzinfo=timezone.utc)
        with acting.begin() as s:
            access_log.record(s, acting, "read", [ids["ella"] if n % 2 == 0 else ids["omar"]], "patientkort")
    ctx.close()
    return ids


def run(db_path, *args, capsys, user: str | None = None) -> tuple[int, str, str]:
    """`klinik audit ...` as the operating-system account, or as `user`."""
    code = main(["--db", str(db_path), "--today", "2026-11-22", *(["--user", user] if user else []), "audit", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def seal_of(db_path) -> str:
    return run_sql(db_path, "SELECT last_hash FROM access_log_seal")[0][0]


def test_r_se_2_a_clean_log_verifies_with_exit_0_and_prints_its_seal(db_path, logged, capsys):
    code, out, err = run(db_path, "verify", capsys=capsys)
    assert code == 0 and out == ""
    assert err.strip() == f"Åtkomstloggen är oförändrad: 10 poster, sigill {seal_of(db_path)}."
    assert len(err.strip().splitlines()) == 1


TAMPERING = {
    "edit": (["UPDATE access_log SET detail = 'ingenting' WHERE id = 4"],
             "Post id 4 (2026-10-04 10:00:00) har ändrats"),
    "delete": (["DELETE FROM access_log WHERE id = 6"],
               "Poster har tagits bort mellan post id 5 (2026-10-05 10:00:00) och post id 7 (2026-10-07 10:00:00): id 6 saknas."),
    "insert": (["UPDATE access_log SET id = id + 100 WHERE id > 3", "UPDATE access_log SET id = id - 99 WHERE id > 100",
                "INSERT INTO access_log SELECT 4, at, user_id, user_kind, role, workstation, care_unit, action, patient_id, "
                "'inlagd', hash, 'f' || substr(hash, 2) FROM access_log WHERE id = 3"],
               "Post id 4 (2026-10-03 10:00:00) har lagts in i efterhand"),
    "reorder": (["UPDATE access_log SET id = -1 WHERE id = 2", "UPDATE access_log SET id = 2 WHERE id = 3",
                 "UPDATE access_log SET id = 3 WHERE id = -1"],
                "Post id 2 (2026-10-03 10:00:00) ligger i fel ordning i kedjan: den hör hemma efter post id 3."),
    "truncate": (["DELETE FROM access_log WHERE id > 7"],
                 "Poster har tagits bort i slutet av loggen: den slutar vid post id 7 (2026-10-07 10:00:00), men "
                 "sigillet anger 10 poster och sista post id 10 (2026-10-10 10:00:00); 3 poster saknas."),
}


@pytest.mark.parametrize("how", TAMPERING)
def test_r_se_2_tampering_in_the_file_is_found_with_exit_7_naming_the_entry(db_path, logged, capsys, how):
    statements, expected = TAMPERING[how]
    for statement in statements:
        run_sql(db_path, statement)

    code, out, err = run(db_path, "verify", capsys=capsys)
    assert code == AUDIT_ALTERED == 7
    assert expected in out
    assert err.startswith("Åtkomstloggen har ändrats: ") and len(err.strip().splitlines()) == 1
    assert ELLA_PNR not in out + err and OMAR_PNR not in out + err


def test_r_se_2_verify_as_a_real_command_exits_7_without_a_traceback(db_path, logged, tmp_path):
    run_sql(db_path, "UPDATE access_log SET user_id = 'SE2321000222-X0001' WHERE id = 2")
    result = klinik("--db", str(db_path), "audit", "verify", env_dir=tmp_path)
    assert result.returncode == 7
    assert "Post id 2 (2026-10-02 10:00:00) har ändrats" in result.stdout
    assert "Åtkomstloggen har ändrats" in result.stderr and "Traceback" not in result.stderr


def test_r_se_2_verify_with_a_noted_seal(db_path, logged, capsys):
    noted = seal_of(db_path)
    run(db_path, "retention", "--years", "12", capsys=capsys)  # the log grows after the seal was noted
    code, _, err = run(db_path, "verify", "--expect", noted[:20], capsys=capsys)
    assert code == 0 and "Det noterade sigillet finns kvar i kedjan (post id 10)." in err

    # Rewrite the end of the log and the seal together: only the noted seal shows it.
    hash9 = run_sql(db_path, "SELECT hash FROM access_log WHERE id = 9")[0][0]
    run_sql(db_path, "DELETE FROM access_log WHERE id >= 10")
    run_sql(db_path, "UPDATE access_log_seal SET entry_count = 9, last_id = 9, last_hash = :h", h=hash9)
    assert run(db_path, "verify", capsys=capsys)[0] == 0
    code, out, err = run(db_path, "verify", "--expect", noted, capsys=capsys)
    assert code == 7 and f"Det noterade sigillet {noted[:16]}… finns inte i loggen" in out

    code, _, err = run(db_path, "verify", "--expect", "inget-sigill", capsys=capsys)
    assert code == 64 and "är inget sigill" in err


def test_r_se_2_verify_help_is_swedish(capsys):
    assert main(["audit", "verify", "--help"]) == 0
    out = capsys.readouterr().out
    assert "användning: klinik audit verify" in out and "sigill" in out and "kod 7" in out


def test_r_se_2_retention_shows_the_setting_and_refuses_under_five_years(db_path, logged, capsys):
    code, _, err = run(db_path, "retention", capsys=capsys)
    assert code == 0 and "sparas i minst 10 år (10 poster; den äldsta posten är från 2026-10-01)" in err
    code, _, err = run(db_path, "retention", "--years", "3", capsys=capsys, user=HEAD)
    assert code == 64 and "minst 5 år (HSLF-FS 2016:40)" in err
    code, _, err = run(db_path, "retention", "--years", "7", capsys=capsys, user=HEAD)
    assert code == 0 and "sparas nu i minst 7 år" in err


def test_r_se_2_only_the_head_of_clinic_and_administrators_change_retention_or_read_the_log(db_path, logged, tmp_path,
                                                                                           capsys):
    code, _, err = run(db_path, "retention", "--years", "7", capsys=capsys)
    assert code == 64 and "Du har inte behörighet att ändra åtkomstloggens lagringstid" in err
    code, _, err = run(db_path, "extract", "--patient", ELLA_PNR, "--out", str(tmp_path / "x.pdf"), capsys=capsys,
                       user=DENTIST)
    assert code == 64 and "Du har inte behörighet att läsa åtkomstloggen. Det får verksamhetschef, administratör." in err
    assert not (tmp_path / "x.pdf").exists()


def test_r_se_2_extract_writes_the_patients_pdf_and_logs_the_disclosure(db_path, logged, tmp_path, capsys):
    out = tmp_path / "ella.pdf"
    code, _, err = _extract(db_path, out, "--from", "2026-10-01", "--to", "2026-10-06", capsys=capsys)
    assert code == 0
    assert err.strip() == (f"Loggutdrag för Ella Lind (1 oktober 2026 – 6 oktober 2026): 3 åtkomster, skrivet till "
                           f"{out}. Utlämnandet är loggat.")
    text = " ".join(page_texts(out))
    assert text.count("Läste uppgifter: patientkort") == 3 and "2026-10-05 10:00" in text
    assert "Omar" not in text and OMAR_PNR[:8] not in text
    [last] = run_sql(db_path, "SELECT action, patient_id, user_id, detail FROM access_log ORDER BY id DESC LIMIT 1")
    assert last == ("disclose", logged["ella"], HEAD, "loggutdrag 2026-10-01–2026-10-06, 3 poster")
    assert run(db_path, "verify", capsys=capsys)[0] == 0


def _extract(db_path, out, *args, capsys):
    code = main(["--db", str(db_path), "--today", "2026-11-22", "--user", HEAD, "audit", "extract",
                 "--patient", f"{ELLA_PNR[2:8]}-{ELLA_PNR[8:]}", "--out", str(out), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_r_se_2_extract_refuses_a_wrong_number_an_unknown_patient_and_a_backwards_period(db_path, logged, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code, _, err = run(db_path, "extract", "--patient", "12345", "--out", str(out), capsys=capsys, user=HEAD)
    assert code == 64 and "siffror" in err
    code, _, err = run(db_path, "extract", "--patient", pnr(date(2001, 1, 1), 111), "--out", str(out), capsys=capsys, user=HEAD)
    assert code == 1 and "ingen patient med det personnumret" in err
    code, _, err = run(db_path, "extract", "--patient", ELLA_PNR, "--out", str(out), "--from", "2026-10-05",
                       "--to", "2026-10-01", capsys=capsys, user=HEAD)
    assert code == 64 and "Perioden börjar 2026-10-05" in err
    code, _, err = run(db_path, "extract", "--patient", ELLA_PNR, capsys=capsys)
    assert code == 64 and "--out" in err
    assert not out.exists()
