"""SIGKILL at a random moment of a stream of saves, of imports, or of a migration: nothing committed
is lost, nothing is corrupt, an import is all or nothing, the outbox matches the data, the access log
verifies, and a migration is all or nothing and resumes at the next start."""

from __future__ import annotations

import pytest

from tests.faults import figures
import random

from tests.faults.killing import killed_migration, killed_stream, run_seeds, runs_per_fault

# SQLite only: SIGKILL of a writer on a database file and what the file holds afterwards; a PostgreSQL
# server recovers from its own write-ahead log.


def _assert_all_whole(tally, failures) -> None:
    print("\n".join(figures.table_lines()))
    assert not failures, f"{len(failures)} of {tally.runs} runs failed (KLINIK_FAULT_SEED reproduces):\n" + \
        "\n".join(failures[:10])
    # Where a kill lands depends on the machine's speed; a suite whose kills all came too late proves nothing.
    assert tally.killed >= max(1, tally.runs // 10), "too few kills landed inside the stream"


@pytest.mark.slow
@pytest.mark.parametrize("scenario", ["saves", "import"])
def test_a_killed_stream_loses_no_committed_change_and_leaves_a_whole_database(scenario, fork_server, request,
                                                                              tmp_path):
    template = request.getfixturevalue(f"{scenario}_template")
    tally = figures.figures_for(f"SIGKILL during {scenario}")
    failures = []
    for seed in run_seeds(scenario, runs_per_fault()):
        run = killed_stream(fork_server, scenario, template, tmp_path, seed)
        tally.add(run.killed, run.verdict)
        if not run.verdict.ok:
            failures.append(f"seed {seed}: {run.verdict.problems()} ({run.db})")
    _assert_all_whole(tally, failures)


@pytest.mark.slow
def test_a_killed_migration_from_any_earlier_revision_loses_no_row_and_resumes(fork_server, old_databases,
                                                                              tmp_path):
    tally = figures.figures_for("SIGKILL during migrations")
    failures = []
    for seed in run_seeds("migrate", runs_per_fault()):
        old = random.Random(seed).choice(old_databases)
        run = killed_migration(fork_server, old, tmp_path, seed)
        tally.add(run.killed, run.verdict)
        if not run.verdict.ok:
            failures.append(f"seed {seed}, from {old.revision}: {run.verdict.problems()} ({run.db})")
    _assert_all_whole(tally, failures)


def test_the_checks_notice_a_lost_committed_change(fork_server, saves_template, tmp_path):
    """The checks themselves can fail: a journalled examination removed afterwards is reported."""
    import sqlite3

    from tests.faults import checks

    run = killed_stream(fork_server, "saves", saves_template, tmp_path, seed=run_seeds("saves", 1)[0])
    exam = next(entry["exam"] for entry in run.journal if "exam" in entry)
    con = sqlite3.connect(run.db)
    con.execute("DELETE FROM examination WHERE id = ?", (exam,))
    con.commit()
    con.close()
    verdict = checks.Verdict()
    checks.check_run("saves", run.db, run.journal, verdict)
    assert verdict.lost == [f"examination {exam}"]
