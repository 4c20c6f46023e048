"""R-SE-2 (HSLF-FS 2016:40): the access log's integrity, retention, review and the patient's extract."""

from __future__ import annotations

import re
import threading
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from klinik_app.db.models import AccessLogEntry, AccessLogReview, AccessLogSeal, StaffMember
from klinik_app.services import access_log, audit
from klinik_app.services.access_log import GENESIS, canonical_text, canonical_time, entry_hash
from klinik_app.services.clinic import set_clinic_address
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from tests.factories import add_patient, pnr
from tests.letters.pdf import page_texts
from tests.sql import run_sql

pytestmark = pytest.mark.backends("sqlite", "postgresql")

ROOT = Path(__file__).resolve().parents[2]
DENTIST = "SE2321000222-T0001"
NURSE = "SE2321000222-S0002"
HEAD = "SE2321000222-V0001"
ELLA_PNR = pnr(date(2015, 3, 10), 234)
OMAR_PNR = pnr(date(2010, 6, 1), 345)
SAM_PNR = pnr(date(2012, 2, 2), 456)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def append(ctx, at: datetime, action: str, patient_ids, detail: str | None = None, actor: Actor | None = None) -> None:
    """One call of access_log.record at a chosen time, as `actor`."""
    acting = ServiceContext(ctx.engine, actor=actor or ctx.actor, today=ctx.today)
    acting.now = lambda: at
    with acting.begin() as s:
        access_log.record(s, acting, action, patient_ids, detail)


def entries(ctx) -> list[AccessLogEntry]:
    with ctx.sessions() as s:
        return s.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id)).all()


def sql(db_path: Path | str, *statements: str) -> None:
    """Tamper with the database directly, as someone with access to the disk or the server would."""
    for statement in statements:
        run_sql(db_path, statement)


@pytest.fixture
def clinic(ctx):
    """A clinic with an address, two staff members, three patients and a small log (ids 1-12)."""
    set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
    stamp = dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=DENTIST, name="Sara Berg", role="tandlakare", **stamp))
        s.add(StaffMember(hsa_id=NURSE, name="Nils Åberg", role="tandskoterska", **stamp))
        s.add(StaffMember(hsa_id=HEAD, name="Vera Chef", role="verksamhetschef", **stamp))
    ids = {
        "ella": add_patient(ctx, ELLA_PNR, "Ella", "Lind", street="Björkvägen 3"),
        "omar": add_patient(ctx, OMAR_PNR, "Omar", "Haddad", street="Rönnvägen 14"),
        "sam": add_patient(ctx, SAM_PNR, "Sam", "Dold", protected=True),
    }
    dentist = Actor(DENTIST, roles=frozenset({"tandlakare"}), workstation="BEH-1")
    nurse = Actor(NURSE, roles=frozenset({"tandskoterska"}), workstation="BEH-2")
    append(ctx, utc(2026, 9, 30, 22, 30), "read", [ids["ella"]], "patientkort", dentist)  # 1 October in Sweden
    append(ctx, utc(2026, 10, 1, 8, 0), "read", [ids["ella"]], "patientkort", dentist)
    append(ctx, utc(2026, 10, 2, 9, 30), "write", [ids["ella"]], "revision registrerad", dentist)
    append(ctx, utc(2026, 10, 3, 10, 0), "read", [ids["omar"]], "patientkort", nurse)
    append(ctx, utc(2026, 10, 4, 11, 0), "search", [None], "sökning, 2 träffar", nurse)
    append(ctx, utc(2026, 10, 5, 12, 0), "letter", [ids["ella"], ids["omar"], ids["sam"]], "kallelse till revision", nurse)
    append(ctx, utc(2026, 10, 20, 13, 0), "read", [ids["sam"]], "patientkort", dentist)
    append(ctx, utc(2026, 10, 31, 23, 30), "read", [ids["omar"]], "kallelsehistorik", dentist)  # 1 November in Sweden
    append(ctx, utc(2026, 11, 2, 8, 15), "read", [ids["ella"]], "revisionshistorik", nurse)
    append(ctx, utc(2026, 11, 3, 8, 15), "list", [None], "registret, rad 1-3", nurse)
    assert len(entries(ctx)) == 12
    return ids


def findings(ctx, **kw) -> audit.VerifyResult:
    return audit.verify(ctx, **kw)


# --- The chain and the seal ---------------------------------------------------------------------


def test_r_se_2_a_clean_log_verifies_and_reports_its_seal(ctx, clinic):
    result = audit.verify(ctx)
    last = entries(ctx)[-1]
    assert result.ok and result.findings == []
    assert result.entries == 12
    assert result.seal.entry_count == 12 and result.seal.last_hash == last.hash and result.seal.last_id == last.id
    assert result.summary() == f"Åtkomstloggen är oförändrad: 12 poster, sigill {last.hash}."


def test_r_se_2_an_empty_log_verifies(ctx):
    result = audit.verify(ctx)
    assert result.ok and result.entries == 0 and result.seal.last_hash == GENESIS


def test_r_se_2_the_database_builds_the_same_text_the_hash_covers(ctx):
    """verify lets the database build each entry's canonical text: it must be the very text
    access_log hashes, for empty fields, zero, separators in the text and non-ASCII letters."""
    odd = Actor("os:åsa", kind="os-account", workstation="DATOR|1")
    append(ctx, utc(2026, 1, 1, 0, 0, 0, 0), "read", [0], "a|b ÅÄÖ ✓", odd)
    append(ctx, utc(2026, 7, 1, 23, 59, 59, 999999), "search", [None], None, odd)
    append(ctx, datetime(2026, 3, 29, 3, 30, 0, 1234).astimezone(), "write", [123456789], "", ctx.actor)
    with ctx.engine.connect() as conn:
        texts = conn.exec_driver_sql(f"SELECT {audit._CANONICAL_SQL[ctx.engine.dialect.name]} FROM access_log ORDER BY id").scalars().all()
    for e, db_text in zip(entries(ctx), texts, strict=True):
        fields = {k: getattr(e, k) for k in access_log.FIELDS} | {"at": canonical_time(e.at)}
        assert db_text == canonical_text(e.prev_hash, fields)
        assert e.hash == entry_hash(e.prev_hash, fields)
    assert audit.verify(ctx).ok


def test_r_se_2_record_stores_utc_whatever_zone_the_clock_gives(ctx):
    stockholm = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc).astimezone(audit.STOCKHOLM)
    append(ctx, stockholm, "read", [None])
    assert entries(ctx)[0].at.replace(tzinfo=None) == datetime(2026, 6, 1, 12, 0)
    assert audit.verify(ctx).ok


def test_r_se_2_every_append_rewrites_the_seal_in_the_same_transaction(ctx, clinic):
    with ctx.sessions() as s:
        seal = s.execute(select(AccessLogSeal)).scalar_one()
        assert (seal.entry_count, seal.last_hash, seal.last_id) == (12, entries(ctx)[-1].hash, entries(ctx)[-1].id)
    # Two appends in one transaction chain onto each other (no stale copy of the seal).
    with ctx.begin() as s:
        access_log.record(s, ctx, "read", [clinic["ella"]], "a")
        access_log.record(s, ctx, "read", [clinic["omar"]], "b")
    # A transaction that fails leaves neither an entry nor a changed seal.
    with pytest.raises(RuntimeError), ctx.begin() as s:
        access_log.record(s, ctx, "read", [clinic["sam"]], "c")
        raise RuntimeError("the use case failed")
    log = entries(ctx)
    assert len(log) == 14 and log[-1].prev_hash == log[-2].hash
    assert audit.verify(ctx).ok


def test_r_se_2_on_postgresql_the_seal_row_is_locked_for_update():
    """Two workstations on PostgreSQL queue on the seal row instead of chaining onto the same hash."""
    compiled = str(access_log._LOCK_SEAL.compile(dialect=postgresql.dialect()))
    assert compiled.rstrip().endswith("FOR UPDATE OF access_log_seal")
    assert "FOR UPDATE" not in str(access_log._LOCK_SEAL.compile(dialect=sqlite.dialect()))  # SQLite: one writer anyway


def test_r_se_2_two_writers_never_fork_the_chain(db_path, ctx, clinic):
    """Two workstations (own engines) append at once; SQLite serialises them: a writer may be told
    to try again, but the chain never forks."""
    errors: list[BaseException] = []

    def writer(user: str) -> None:
        other = ServiceContext.open(str(db_path), actor=Actor(user, roles=frozenset({"tandlakare", "verksamhetschef"})), today=ctx.today)
        try:
            done = 0
            while done < 40:
                try:
                    audit.entries_for_patient(other, clinic["ella"], date(2026, 10, 1), date(2026, 10, 2))
                    done += 1
                except Exception as exc:  # "database is locked": the second writer tries again
                    if "locked" not in str(exc):
                        errors.append(exc)
                        return
        finally:
            other.close()

    threads = [threading.Thread(target=writer, args=(u,)) for u in (DENTIST, NURSE)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    log = entries(ctx)
    assert len(log) == 12 + 80
    assert len({e.prev_hash for e in log}) == len(log)  # no two entries chain onto the same one
    assert audit.verify(ctx).ok


# --- Tampering, directly in the file -----------------------------------------------------------


def kinds(result: audit.VerifyResult) -> list[tuple[str, int | None]]:
    return [(f.kind, f.entry_id) for f in result.findings]


def test_r_se_2_an_edited_entry_is_found(db_path, ctx, clinic):
    sql(db_path, "UPDATE access_log SET user_id = 'SE2321000222-X0001' WHERE id = 4")
    result = audit.verify(ctx)
    assert kinds(result) == [("andrad", 4)]
    assert result.findings[0].message.startswith("Post id 4 (2026-10-03 12:00:00) har ändrats")


def test_r_se_2_an_edited_entry_given_a_new_hash_breaks_the_link_after_it(db_path, ctx, clinic):
    e = entries(ctx)[4]
    fields = {k: getattr(e, k) for k in access_log.FIELDS} | {"at": canonical_time(e.at), "user_id": "SE2321000222-X1"}
    sql(db_path, f"UPDATE access_log SET user_id = 'SE2321000222-X1', hash = '{entry_hash(e.prev_hash, fields)}' WHERE id = 5")
    result = audit.verify(ctx)
    assert kinds(result) == [("borttagen", 6)]
    assert "post id 5 har ändrats och fått en ny kontrollsumma" in result.findings[0].message


def test_r_se_2_an_edited_hash_or_link_is_found_as_an_edit(db_path, ctx, clinic):
    sql(db_path, "UPDATE access_log SET hash = 'abc' WHERE id = 3", f"UPDATE access_log SET prev_hash = '{'1' * 64}' WHERE id = 8")
    assert kinds(audit.verify(ctx)) == [("andrad", 3), ("andrad", 8)]


def test_r_se_2_deleted_entries_are_found_with_the_missing_ids(db_path, ctx, clinic):
    sql(db_path, "DELETE FROM access_log WHERE id IN (6, 7, 8)")
    result = audit.verify(ctx)
    assert kinds(result) == [("borttagen", 9)]
    assert "mellan post id 5 (2026-10-04 13:00:00) och post id 9" in result.findings[0].message
    assert "id 6–8 saknas" in result.findings[0].message


def test_r_se_2_entries_deleted_at_the_start_are_found(db_path, ctx, clinic):
    sql(db_path, "DELETE FROM access_log WHERE id <= 3")
    assert kinds(audit.verify(ctx)) == [("borttagen", 4)]


def test_r_se_2_an_inserted_entry_is_found_even_with_a_correct_hash(db_path, ctx, clinic):
    """A forger who chains the new entry onto its predecessor still breaks the link after it."""
    before = entries(ctx)[6]  # id 7
    fields = {k: getattr(before, k) for k in access_log.FIELDS} | {"at": canonical_time(before.at), "detail": "forged"}
    forged = entry_hash(before.hash, fields)
    sql(db_path, "UPDATE access_log SET id = id + 1000 WHERE id > 7", "UPDATE access_log SET id = id - 999 WHERE id > 1000",
        "INSERT INTO access_log (id, at, user_id, user_kind, role, workstation, care_unit, action, patient_id, detail, "
        f"prev_hash, hash) SELECT 8, at, user_id, user_kind, role, workstation, care_unit, action, patient_id, 'forged', "
        f"hash, '{forged}' FROM access_log WHERE id = 7")
    result = audit.verify(ctx)
    assert kinds(result) == [("inlagd", 8)]
    assert result.findings[0].message.startswith("Post id 8 (") and "lagts in i efterhand" in result.findings[0].message


def test_r_se_2_entries_added_behind_the_seals_back_are_found(db_path, ctx, clinic):
    last = entries(ctx)[-1]
    fields = {k: getattr(last, k) for k in access_log.FIELDS} | {"at": canonical_time(last.at)}
    sql(db_path, "INSERT INTO access_log (id, at, user_id, user_kind, role, workstation, care_unit, action, patient_id, "
        f"detail, prev_hash, hash) SELECT 13, at, user_id, user_kind, role, workstation, care_unit, action, patient_id, "
        f"detail, hash, '{entry_hash(last.hash, fields)}' FROM access_log WHERE id = 12")
    result = audit.verify(ctx)
    assert kinds(result) == [("tillagd", 13)]
    assert "efter post id 12" in result.findings[0].message


def test_r_se_2_reordered_entries_are_found(db_path, ctx, clinic):
    sql(db_path, "UPDATE access_log SET id = -1 WHERE id = 4", "UPDATE access_log SET id = 4 WHERE id = 5",
        "UPDATE access_log SET id = 5 WHERE id = -1")
    result = audit.verify(ctx)
    assert sorted(kinds(result)) == [("ordning", 4), ("ordning", 5)]
    assert "hör hemma efter post id 5" in result.findings[0].message


def test_r_se_2_a_truncated_log_is_found_by_the_seal(db_path, ctx, clinic):
    sql(db_path, "DELETE FROM access_log WHERE id > 9")
    result = audit.verify(ctx)
    assert kinds(result) == [("trunkerad", 9)]
    message = result.findings[0].message
    assert "slutar vid post id 9" in message and "sigillet anger 12 poster och sista post id 12" in message
    assert "3 poster saknas" in message


def test_r_se_2_a_truncated_log_stays_found_after_new_entries(db_path, ctx, clinic):
    sql(db_path, "DELETE FROM access_log WHERE id > 9")
    append(ctx, utc(2026, 11, 22, 9, 0), "read", [clinic["ella"]])  # the next entry chains onto the sealed hash
    # Found at the new entry: id 10 on SQLite, which reuses freed ids; 13 on PostgreSQL, whose sequence does not.
    assert kinds(audit.verify(ctx)) == [("borttagen", entries(ctx)[-1].id)]


def test_r_se_2_a_removed_seal_is_reported_and_rebuilt_marked(db_path, ctx, clinic):
    sql(db_path, "DELETE FROM access_log_seal")
    assert kinds(audit.verify(ctx)) == [("sigill", None)]
    append(ctx, utc(2026, 11, 22, 9, 0), "read", [clinic["ella"]])
    result = audit.verify(ctx)
    assert kinds(result) == [("sigill", None)] and "gjorts om" in result.findings[0].message
    assert result.seal.rebuilt_at is not None and result.seal.entry_count == 13


def test_r_se_2_findings_never_carry_identity_numbers(db_path, ctx, clinic):
    sql(db_path, "UPDATE access_log SET detail = 'x' WHERE id = 3", "DELETE FROM access_log WHERE id = 7")
    text = " ".join(f.message for f in audit.verify(ctx).findings)
    for number in (ELLA_PNR, OMAR_PNR, SAM_PNR):
        assert number not in text and number[2:] not in text
    assert re.search(r"post id 3 \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)", text, re.IGNORECASE)


# --- A noted seal -------------------------------------------------------------------------------


def rewrite_from(db_path: Path, ctx, first_id: int) -> None:
    """The attack the chain alone cannot show: drop entries from `first_id` on and reseal."""
    kept = [e for e in entries(ctx) if e.id < first_id]
    sql(db_path, f"DELETE FROM access_log WHERE id >= {first_id}",
        f"UPDATE access_log_seal SET entry_count = {len(kept)}, last_id = {kept[-1].id}, last_hash = '{kept[-1].hash}'")


def test_r_se_2_a_noted_seal_is_found_in_the_chain(ctx, clinic):
    noted = audit.verify(ctx).seal.last_hash
    append(ctx, utc(2026, 11, 22, 9, 0), "read", [clinic["ella"]])
    for expect in (noted, noted[:16].upper()):
        result = audit.verify(ctx, expect=expect)
        assert result.ok and result.expect_found_at == 12
        assert "Det noterade sigillet finns kvar i kedjan (post id 12)" in result.summary()


def test_r_se_2_a_log_rewritten_with_its_seal_is_caught_only_by_a_noted_seal(db_path, ctx, clinic):
    noted = audit.verify(ctx).seal.last_hash
    rewrite_from(db_path, ctx, 10)
    assert audit.verify(ctx).ok  # the database alone cannot tell
    result = audit.verify(ctx, expect=noted)
    assert kinds(result) == [("noterat-sigill", None)]
    assert f"Det noterade sigillet {noted[:16]}… finns inte i loggen" in result.findings[0].message


def test_r_se_2_a_noted_seal_must_look_like_one(ctx):
    for bad in ("abc", "x" * 64, "0" * 65):
        with pytest.raises(UsageError, match="är inget sigill"):
            audit.verify(ctx, expect=bad)


# --- Retention ----------------------------------------------------------------------------------


def test_r_se_2_retention_is_ten_years_by_default_and_never_under_five(ctx):
    assert audit.retention_years(ctx) == 10
    for years in (4, 0, -1):
        with pytest.raises(UsageError, match="minst 5 år"):
            audit.set_retention_years(ctx, years)
    assert audit.retention_years(ctx) == 10
    assert audit.set_retention_years(ctx, 5) == 5 and audit.retention_years(ctx) == 5
    assert entries(ctx)[-1].detail == "åtkomstloggens lagringstid 5 år"


SCANNED = ("klinik_app", "benchmarks", "scripts", "regional_service")
FORBIDDEN = [
    re.compile(r"delete\s+from\s+[\"'`]?access_log", re.IGNORECASE),
    re.compile(r"truncate\s+(table\s+)?[\"'`]?access_log", re.IGNORECASE),
    re.compile(r"drop\s+table\s+(if\s+exists\s+)?[\"'`]?access_log", re.IGNORECASE),
    re.compile(r"update\s+[\"'`]?access_log[\"'`]?\s+set", re.IGNORECASE),  # the seal (access_log_seal) is rewritten
    re.compile(r"drop_table\(\s*[\"']access_log"),
    re.compile(r"delete\(\s*AccessLog\w*\s*\)"),
    re.compile(r"update\(\s*AccessLog(Entry|Review)\s*\)"),
    re.compile(r"(query|select)\(\s*AccessLog\w*[^\n]*\.delete\("),
]


def forbidden_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if any(p.search(line) for p in FORBIDDEN)]


def test_r_se_2_no_code_deletes_or_rewrites_access_log_entries():
    """Retention: nothing but a migration's downgrade may delete the log or rewrite an entry."""
    samples = ['con.execute("DELETE FROM access_log WHERE id < 5")', "s.execute(delete(AccessLogEntry))",
               "TRUNCATE TABLE access_log", "session.query(AccessLogEntry).filter(x).delete()",
               "UPDATE access_log SET detail = ''", "op.drop_table('access_log')"]
    assert all(forbidden_lines(sample) for sample in samples)  # the patterns would catch it
    assert not forbidden_lines("UPDATE access_log_seal SET entry_count = 1")
    offenders = []
    for folder in SCANNED:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            offenders += [f"{path.relative_to(ROOT)}: {line}" for line in forbidden_lines(path.read_text(encoding="utf-8"))]
    assert offenders == []


# --- Review -------------------------------------------------------------------------------------


def audit_entries(ctx) -> list[AccessLogEntry]:
    return [e for e in entries(ctx) if e.action == "audit"]


def test_r_se_2_entries_for_a_patient_in_swedish_days_and_the_read_is_logged(ctx, clinic):
    views = audit.entries_for_patient(ctx, clinic["ella"], date(2026, 10, 1), date(2026, 10, 31))
    # 30 September 22:30 UTC is 1 October 00:30 in Sweden: inside October.
    assert [(v.at.strftime("%Y-%m-%d %H:%M"), v.action) for v in views] == [
        ("2026-10-01 00:30", "read"), ("2026-10-01 10:00", "read"), ("2026-10-02 11:30", "write"),
        ("2026-10-05 14:00", "letter")]
    first = views[0]
    assert (first.who, first.role_label, first.workstation, first.what) == ("Sara Berg", "Tandläkare", "BEH-1",
                                                                            "Läste uppgifter: patientkort")
    logged = audit_entries(ctx)
    assert [(e.patient_id, e.detail) for e in logged] == [(clinic["ella"], "loggkontroll: patientens logg 2026-10-01–2026-10-31")]
    again = audit.entries_for_patient(ctx, clinic["ella"], date(2026, 10, 1))[-1]
    assert again.what == "Loggkontroll: patientens logg 2026-10-01–2026-10-31"  # the action's name not said twice


def test_r_se_2_entries_for_a_user_and_a_period_log_each_patient_shown(ctx, clinic):
    views = audit.entries_for_user(ctx, NURSE, date(2026, 10, 1), date(2026, 10, 31))
    assert [v.id for v in views] == [4, 5, 6, 7, 8]
    assert {e.patient_id for e in audit_entries(ctx)} == {clinic["ella"], clinic["omar"], clinic["sam"]}
    period = audit.entries_in_period(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert [v.id for v in period if v.action != "audit"] == [10, 11, 12]  # id 10: 1 November 00:30


def test_r_se_2_entries_name_their_patient_and_mark_protected_identity(ctx, clinic):
    views = audit.entries_for_user(ctx, NURSE, date(2026, 10, 5), date(2026, 10, 5))
    assert [v.patient for v in views] == [f"Ella Lind, {ELLA_PNR[:8]}-{ELLA_PNR[8:]}",
                                          f"Omar Haddad, {OMAR_PNR[:8]}-{OMAR_PNR[8:]}",
                                          f"Sam Dold, {SAM_PNR[:8]}-{SAM_PNR[8:]} – skyddad identitet"]
    assert [v.patient for v in audit.entries_in_period(ctx, date(2026, 10, 4), date(2026, 10, 4))] == [None]


def test_r_se_2_log_users_lists_everyone_in_the_log_by_name_without_logging(ctx, clinic):
    before = len(entries(ctx))
    users = audit.log_users(ctx)
    assert [(u.label, u.entries) for u in users] == [  # by name
        (f"Nils Åberg ({NURSE}), Tandsköterska", 7), (f"Sara Berg ({DENTIST}), Tandläkare", 5)]
    append(ctx, utc(2026, 11, 4, 8, 0), "read", [None], actor=Actor.os_account())
    os_user = Actor.os_account().user_id
    assert {u.user_id: u.label for u in audit.log_users(ctx)}[os_user] == f"{os_user}, Datorkonto"
    assert len(entries(ctx)) == before + 1  # no patient data read: nothing logged


def test_r_se_2_monthly_sample_is_reproducible(ctx, clinic):
    for n in range(40):
        append(ctx, utc(2026, 10, 10, 8, n), "read", [clinic["omar"]], f"läsning {n}")
    first = audit.monthly_sample(ctx, date(2026, 10, 15), 5, seed=2026)
    again = audit.monthly_sample(ctx, date(2026, 10, 1), 5, seed=2026)
    other = audit.monthly_sample(ctx, date(2026, 10, 1), 5, seed=7)
    assert first.month == date(2026, 10, 1) and first.population == 48  # October's entries about a patient
    assert [v.id for v in first.entries] == [v.id for v in again.entries] and first.digest == again.digest
    assert [v.id for v in first.entries] != [v.id for v in other.entries]
    assert len(first.entries) == 5 and all(v.patient_id is not None for v in first.entries)
    assert all(date(2026, 10, 1) <= v.at.date() <= date(2026, 10, 31) for v in first.entries)
    everything = audit.monthly_sample(ctx, date(2026, 10, 1), 1000, seed=1)
    assert len(everything.entries) == 48


def test_r_se_2_a_month_is_sampled_only_once_it_is_over(ctx, clinic):
    with pytest.raises(ServiceError, match="2026-11 är inte slut än"):
        audit.monthly_sample(ctx, date(2026, 11, 1), 5, seed=1)


def test_r_se_2_sign_off_once_per_month_unless_it_replaces(ctx, clinic):
    sample = audit.monthly_sample(ctx, date(2026, 10, 1), 3, seed=11)
    signed = audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "Inga avvikelser.", sample=sample)
    assert (signed.reviewer, signed.reviewer_name, signed.findings) == (HEAD, "Vera Chef", "Inga avvikelser.")
    assert signed.sample_ids == tuple(v.id for v in sample.entries) and signed.seed == 11
    assert signed.seal_hash == entries(ctx)[-2].hash  # the seal as it stood when signing (before its own entry)
    with pytest.raises(ServiceError, match="kvitterades redan .* av Vera Chef"):
        audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "Igen.", sample=sample)
    second = audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "En åtkomst utreds.", sample=sample, replaces=True)
    assert second.replaces_id == signed.id
    assert audit.review_for_month(ctx, date(2026, 10, 20)).id == second.id
    assert audit.review_for_month(ctx, date(2026, 9, 1)) is None
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AccessLogReview)) == 2  # both kept
    with pytest.raises(ServiceError, match="ingen kvittering för 2026-09 att ersätta"):
        audit.sign_off_review(ctx, date(2026, 9, 1), HEAD, "x", sample=audit.monthly_sample(ctx, date(2026, 9, 1), 3, 1),
                              replaces=True)


def test_r_se_2_sign_off_refuses_a_stale_sample_or_no_findings(db_path, ctx, clinic):
    sample = audit.monthly_sample(ctx, date(2026, 10, 1), 3, seed=11)
    with pytest.raises(UsageError, match="Skriv vad granskningen kom fram till"):
        audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "  ", sample=sample)
    append(ctx, utc(2026, 10, 15, 9, 0), "read", [clinic["ella"]])  # e.g. a workstation with a wrong clock
    with pytest.raises(ServiceError, match="Stickprovet stämmer inte längre"):
        audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "Inga avvikelser.", sample=sample)


def test_r_se_2_a_review_seal_is_checked_by_every_verify(db_path, ctx, clinic):
    sample = audit.monthly_sample(ctx, date(2026, 10, 1), 3, seed=11)
    audit.sign_off_review(ctx, date(2026, 10, 1), HEAD, "Inga avvikelser.", sample=sample)
    assert audit.verify(ctx).ok
    rewrite_from(db_path, ctx, 10)
    result = audit.verify(ctx)
    assert kinds(result) == [("sigill", None)]
    assert "loggkontrollen av 2026-10" in result.findings[0].message


# --- The patient's extract ----------------------------------------------------------------------


def test_r_se_2_patient_extract_lists_the_patients_own_entries_and_is_logged(ctx, clinic, tmp_path):
    out = tmp_path / "utdrag.pdf"
    result = audit.patient_extract_pdf(ctx, clinic["ella"], out, date(2026, 10, 1), date(2026, 11, 30))
    assert result.entries == 5 and result.patient_name == "Ella Lind"
    text = " ".join(page_texts(out))
    assert "Utdrag ur åtkomstloggen" in text and f"Ella Lind, {ELLA_PNR[:8]}-{ELLA_PNR[8:]}" in text
    assert "Björkvägen 3" in text
    assert "2026-10-01 00:30 Sara Berg Tandläkare BEH-1 Tandkliniken Testbyn Läste uppgifter: patientkort" in text
    assert "Ändrade uppgifter: revision registrerad" in text and "Skrev ut brev: kallelse till revision" in text
    assert "Nils Åberg Tandsköterska" in text and "Antal registrerade åtkomster: 5" in text
    for other in (OMAR_PNR, SAM_PNR, "Omar", "Sam", "Haddad"):
        assert other not in text and other[:8] not in text
    last = entries(ctx)[-1]
    assert (last.action, last.patient_id) == ("disclose", clinic["ella"])
    assert last.detail == "loggutdrag 2026-10-01–2026-11-30, 5 poster"
    assert audit.verify(ctx).ok


def test_r_se_2_extract_for_protected_identity_prints_no_address(ctx, clinic, tmp_path):
    out = tmp_path / "sam.pdf"
    audit.patient_extract_pdf(ctx, clinic["sam"], out)
    text = " ".join(page_texts(out))
    assert "Sam Dold Lämnas ut på kliniken" in text and "903 26" not in text
    assert "Antal registrerade åtkomster: 2" in text and "Period: hela den tid loggen omfattar" in text


def test_r_se_2_extract_without_entries_says_so(ctx, clinic, tmp_path):
    out = tmp_path / "tom.pdf"
    assert audit.patient_extract_pdf(ctx, clinic["omar"], out, date(2025, 1, 1), date(2025, 12, 31)).entries == 0
    assert "Inga åtkomster till dina uppgifter är registrerade under perioden." in " ".join(page_texts(out))


def test_r_se_2_find_patient_by_any_written_form(ctx, clinic):
    assert audit.find_patient(ctx, f"{ELLA_PNR[2:8]}-{ELLA_PNR[8:]}") == clinic["ella"]
    with pytest.raises(UsageError, match="fel kontrollsiffra"):
        audit.find_patient(ctx, ELLA_PNR[:-1] + str((int(ELLA_PNR[-1]) + 1) % 10))
    with pytest.raises(ServiceError, match="ingen patient med det personnumret"):
        audit.find_patient(ctx, pnr(date(2001, 1, 1), 111))


def test_migration_0005_seals_an_existing_log(tmp_path):
    """A database with a log from before the seal existed is sealed as it stands."""
    from alembic import command

    from klinik_app.db.engine import make_engine
    from klinik_app.db.migrate import alembic_config, migrate

    engine = make_engine(str(tmp_path / "old.sqlite"))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    prev = GENESIS
    with engine.begin() as conn:
        for n in range(3):
            at = datetime(2026, 1, 1, 8, n)
            fields = dict(at=canonical_time(at), user_id=DENTIST, user_kind="staff", role=None, workstation="W",
                          care_unit=None, action="read", patient_id=n, detail=None)
            h = entry_hash(prev, fields)
            conn.execute(AccessLogEntry.__table__.insert().values(**fields | {"at": at}, prev_hash=prev, hash=h))
            prev = h
    migrate(engine, backup_dir=tmp_path / "backups")
    with engine.connect() as conn:
        seal = conn.execute(select(AccessLogSeal.entry_count, AccessLogSeal.last_id, AccessLogSeal.last_hash)).one()
    engine.dispose()
    assert tuple(seal) == (3, 3, prev)
    ctx = ServiceContext.open(str(tmp_path / "old.sqlite"), actor=Actor(DENTIST, roles=frozenset({"verksamhetschef"})))
    try:
        assert audit.verify(ctx).ok
    finally:
        ctx.close()


# --- PostgreSQL (several workstations) ----------------------------------------------------------


def test_r_se_2_postgresql_workstations_never_fork_the_chain_and_verify_finds_tampering(tmp_path, postgres_url):
    """On a real server: migrate, two workstations appending at once (the seal's row lock queues
    them), verify with PostgreSQL's own canonical text, tampering found, the extract written."""
    from sqlalchemy import text

    from klinik_app.db.engine import make_engine
    from klinik_app.services.clinic import init_clinic

    wipe = make_engine(postgres_url)
    with wipe.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    wipe.dispose()
    ctx = ServiceContext.open(postgres_url, actor=Actor(DENTIST, roles=frozenset({"tandlakare", "verksamhetschef"})), today=date(2026, 11, 22))
    try:
        init_clinic(ctx, "SE2321000222-E12345", "Tandkliniken Testbyn")
        set_clinic_address(ctx, "Storgatan 12", "903 25", "Umeå", "090-12 34 56")
        ella = add_patient(ctx, ELLA_PNR, "Ella", "Lind")
        append(ctx, utc(2026, 10, 1, 8, 0, 0, 123), "read", [ella, None, 0], "a|b ÅÄÖ")
        with ctx.engine.connect() as conn:
            db_texts = conn.exec_driver_sql(f"SELECT {audit._CANONICAL_SQL['postgresql']} FROM access_log ORDER BY id").scalars().all()
        for e, db_text in zip(entries(ctx), db_texts, strict=True):
            assert db_text == canonical_text(e.prev_hash, {k: getattr(e, k) for k in access_log.FIELDS} | {"at": canonical_time(e.at)})
        errors: list[BaseException] = []

        def workstation(user: str) -> None:
            other = ServiceContext.open(postgres_url, actor=Actor(user, roles=frozenset({"tandlakare", "verksamhetschef"})), today=ctx.today)
            try:
                for _ in range(60):
                    patients_card(other, ella)
            except BaseException as exc:  # no retries needed: the lock queues the second writer
                errors.append(exc)
            finally:
                other.close()

        threads = [threading.Thread(target=workstation, args=(u,)) for u in (DENTIST, NURSE, HEAD)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        log = entries(ctx)
        assert len(log) == 3 + 180 and len({e.prev_hash for e in log}) == len(log)
        result = audit.verify(ctx, batch=50)
        assert result.ok and result.entries == 183, result.findings
        out = tmp_path / "ella.pdf"
        assert audit.patient_extract_pdf(ctx, ella, out).entries == 181
        with ctx.engine.begin() as conn:
            conn.execute(text("UPDATE access_log SET detail = 'x' WHERE id = 10"))
            conn.execute(text("DELETE FROM access_log WHERE id = 20"))
        assert [f.kind for f in audit.verify(ctx).findings] == ["andrad", "borttagen"]
    finally:
        ctx.close()


def patients_card(ctx, patient_id: int) -> None:
    from klinik_app.services.patients import get_patient_card

    get_patient_card(ctx, patient_id)
