"""What must hold in a database after its writer was killed at any moment."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from klinik_app.domain.examination import REVISION_ROLES
from tests.faults import scenarios


@dataclass
class Verdict:
    journalled: int = 0  # committed changes the worker had journalled (each checked)
    corrupt: bool = False
    lost: list[str] = field(default_factory=list)  # journalled changes missing from the database
    half_done: list[str] = field(default_factory=list)  # imports with some but not all rows
    violations: list[str] = field(default_factory=list)  # outbox, access log, schema

    @property
    def ok(self) -> bool:
        return not (self.corrupt or self.lost or self.half_done or self.violations)

    def problems(self) -> str:
        return "; ".join([*(["integrity_check failed"] if self.corrupt else []), *(f"lost {x}" for x in self.lost),
                          *(f"half-done {x}" for x in self.half_done), *self.violations])


def read_journal(path: Path) -> list[dict]:
    if not path.exists():
        return []
    # A kill can only cut the line being written after the last fsync: it was never a committed change.
    return [json.loads(line) for line in path.read_text().splitlines() if line.endswith("}")]


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return "; ".join(row[0] for row in con.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def check_run(scenario: str, db: Path, journal: list[dict], verdict: Verdict) -> None:
    """Fill `verdict` for a killed `saves` or `import` stream."""
    if integrity(db) != "ok":
        verdict.corrupt = True
        return
    con = sqlite3.connect(db)
    try:
        if scenario == "saves":
            _saves_kept(con, journal, verdict)
        else:
            _imports_whole(con, journal, verdict)
        _outbox_matches_the_data(con, verdict)
        if con.execute("PRAGMA foreign_key_check").fetchall():
            verdict.violations.append("foreign_key_check found rows")
    finally:
        con.close()
    _access_log_verifies(db, verdict)


def _saves_kept(con: sqlite3.Connection, journal: list[dict], verdict: Verdict) -> None:
    for entry in journal:
        if "exam" in entry:
            verdict.journalled += 1
            if not con.execute("SELECT 1 FROM examination WHERE id = ?", (entry["exam"],)).fetchone():
                verdict.lost.append(f"examination {entry['exam']}")
        elif "note" in entry:
            verdict.journalled += 1
            if not con.execute("SELECT 1 FROM recall_contact WHERE note = ?", (entry["note"],)).fetchone():
                verdict.lost.append(f"recall status {entry['note']}")


def _imports_whole(con: sqlite3.Connection, journal: list[dict], verdict: Verdict) -> None:
    done = {entry["file"] for entry in journal if "file" in entry}
    verdict.journalled += len(done)
    for k in range(scenarios.IMPORT_PAIRS):
        numbers = scenarios.import_numbers(k)
        marks = ",".join("?" * len(numbers))
        counts = {
            f"patients-{k}.csv": con.execute(f"SELECT count(*) FROM patient WHERE personnummer IN ({marks})",
                                             numbers).fetchone()[0],
            f"exams-{k}.csv": con.execute(
                f"SELECT count(*) FROM examination e JOIN patient p ON p.id = e.patient_id "
                f"WHERE p.personnummer IN ({marks})", numbers).fetchone()[0],
        }
        for name, count in counts.items():
            if count not in (0, len(numbers)):
                verdict.half_done.append(f"{name} ({count} of {len(numbers)} rows)")
            elif name in done and count == 0:
                verdict.lost.append(name)


def _outbox_matches_the_data(con: sqlite3.Connection, verdict: Verdict) -> None:
    """One revision report per saved revision of a patient without protected identity, none otherwise."""
    roles = ",".join("?" * len(REVISION_ROLES))
    expected = sorted(row[0] for row in con.execute(
        f"SELECT e.uuid FROM examination e JOIN patient p ON p.id = e.patient_id "
        f"WHERE e.examiner_role IN ({roles}) AND NOT p.protected_identity", REVISION_ROLES))
    queued = sorted(json.loads(row[0])["examination_uuid"] for row in con.execute(
        "SELECT payload FROM outbox_item WHERE kind = 'revision-report'"))
    if queued != expected:
        verdict.violations.append(f"outbox has {len(queued)} revision reports for {len(expected)} reportable "
                                  f"revisions ({len(set(queued) - set(expected))} without one)")
    protected = con.execute("SELECT count(*) FROM outbox_item o JOIN patient p ON p.id = o.patient_id "
                            "WHERE p.protected_identity").fetchone()[0]
    if protected:
        verdict.violations.append(f"{protected} outbox items for protected identities")


def _access_log_verifies(db: Path, verdict: Verdict) -> None:
    from klinik_app.services.audit import verify

    ctx = scenarios.context(db)
    try:
        result = verify(ctx)
    finally:
        ctx.close()
    if not result.ok:
        verdict.violations.append(f"access log: {result.summary()}")
