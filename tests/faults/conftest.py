"""Fixtures of the fault suite: the fork server, the template databases, the figures at the end."""

from __future__ import annotations

import pytest

from tests.faults import figures, scenarios
from tests.faults.killing import ForkServer


@pytest.fixture(scope="session")
def fork_server(tmp_path_factory):
    server = ForkServer(tmp_path_factory.mktemp("worker-logs"))
    yield server
    server.close()


@pytest.fixture(scope="session")
def saves_template(tmp_path_factory):
    return scenarios.saves_template(tmp_path_factory.mktemp("saves-template"))


@pytest.fixture(scope="session")
def import_template(tmp_path_factory):
    return scenarios.import_template(tmp_path_factory.mktemp("import-template"))


def pytest_terminal_summary(terminalreporter):
    if figures.TABLE:
        terminalreporter.section("fault figures (tests/faults)")
        for line in figures.table_lines():
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def old_databases(tmp_path_factory):
    """One database at every earlier revision, rows in every table (tests/faults/schema_rows.py)."""
    from tests.faults.killing import old_database
    from tests.faults.schema_rows import earlier_revisions

    folder = tmp_path_factory.mktemp("old-revisions")
    return [old_database(folder, revision) for revision in earlier_revisions()]


def pytest_pyfunc_call(pyfuncitem):
    """Not root: run a `small_disk` test again in a user and mount namespace (it must not be skipped)."""
    import os
    import subprocess
    import sys

    from tests.faults.small_disk import IN_NAMESPACE, can_mount

    if pyfuncitem.get_closest_marker("small_disk") is None or can_mount() or os.environ.get(IN_NAMESPACE):
        return None
    command = ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-m", "pytest", "-q",
               "-p", "no:cacheprovider", pyfuncitem.nodeid]
    try:
        done = subprocess.run(command, cwd=pyfuncitem.config.rootpath, env={**os.environ, IN_NAMESPACE: "1"},
                              capture_output=True, text=True, timeout=600)
    except FileNotFoundError:
        pytest.fail("a disk-full test needs root or `unshare` (util-linux) to mount a small tmpfs; neither is here")
    if done.returncode != 0:
        pytest.fail(f"in a user namespace (not root): {' '.join(command)} exited {done.returncode}:\n"
                    f"{done.stdout[-3000:]}\n{done.stderr[-2000:]}")
    return True
