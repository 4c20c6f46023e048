"""`klinik --smoke-test`: the installation check CI runs on the bundle (tests/bundle), here from source.

In a child process, as a user starts it: a real app.exec() would leave the test run's QApplication
marked as closing.
"""

from __future__ import annotations

import os
import subprocess
import sys

from klinik_app.db.migrate import head_revision
from klinik_app.launcher import main


def test_the_smoke_test_shows_the_main_window_on_a_throwaway_database_and_leaves_nothing_behind(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "QT_QPA_PLATFORM": "offscreen"}  # user folders: tests/conftest.py

    result = subprocess.run([sys.executable, "-m", "klinik_app", "--smoke-test"], capture_output=True, text=True,
                            env=env, stdin=subprocess.DEVNULL, timeout=300)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (f"Röktestet gick bra: en ny databas skapades (schemaversion {head_revision()}) "
                                     "med 20 demopatienter och huvudfönstret visades.")
    assert list(scratch.iterdir()) == []  # the throwaway database went with its folder


def test_the_smoke_test_refuses_a_database_or_a_command_so_it_cannot_open_a_real_register(tmp_path, capsys):
    real = tmp_path / "klinik.sqlite"
    for args in (["--smoke-test", "--db", str(real)], ["--db", str(real), "--smoke-test"], ["demo", "--smoke-test"]):
        assert main(args) == 64
        assert "--smoke-test anges ensamt, utan andra argument." in capsys.readouterr().err
    assert not real.exists()
