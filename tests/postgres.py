"""A throwaway PostgreSQL server for the test run: initdb in a temporary folder, a unix socket only.

The server binaries come from Debian's `postgresql` package (scripts/setup installs it). PostgreSQL
refuses to run as root, so when the tests run as root (the CI container) the cluster is owned by
and run as the `postgres` system user the package creates (`runuser -u postgres`); as a normal
user it runs as that user. No TCP port is opened: the socket lives in the cluster's own folder.
Every test that wants PostgreSQL gets a fresh database copied from a migrated template.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "klinik"
PORT = 5432  # only names the socket file: listen_addresses is empty, no TCP
TEMPLATE = "klinik_template"


class PostgresUnavailable(RuntimeError):
    pass


def server_bindir() -> Path:
    """The folder with initdb and pg_ctl: KLINIK_PG_BINDIR, PATH, or Debian's newest version."""
    if os.environ.get("KLINIK_PG_BINDIR"):
        return Path(os.environ["KLINIK_PG_BINDIR"])
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise PostgresUnavailable("initdb saknas: kör scripts/setup (installerar Debians paket postgresql)")


class PostgresServer:
    def __init__(self) -> None:
        self.bindir = server_bindir()
        self.as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="klinik-pg-"))  # short: a socket path has ~100 bytes
        self.data = self.root / "data"
        self._names = itertools.count(1)
        self._admin = None

    # -- the server --------------------------------------------------------------------------------
    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-20:]) if log.exists() else ""
            raise PostgresUnavailable(f"{' '.join(cmd)} failed:\n{result.stdout}\n{result.stderr}\n{tail}")

    def start(self) -> PostgresServer:
        if self.as_postgres:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("PostgreSQL vägrar köra som root och användaren postgres saknas: "
                                          "kör scripts/setup (Debians paket postgresql skapar den)") from None
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        options = " ".join([
            "-c listen_addresses=''", f"-c unix_socket_directories={self.root}", f"-c port={PORT}",
            # Throwaway data: no need to survive a power cut.
            "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
        ])  # fmt: skip
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "-t", "60",
                  "start")
        self._migrate_template()
        return self

    def stop(self) -> None:
        try:
            if self._admin is not None:
                self._admin.close()
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # -- databases ---------------------------------------------------------------------------------
    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@/{database}?host={self.root}&port={PORT}"

    def _execute(self, sql: str) -> None:
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(host=str(self.root), port=PORT, user=SUPERUSER, dbname="postgres",
                                          autocommit=True)
        self._admin.execute(sql)

    def _migrate_template(self) -> None:
        from klinik_app.db.engine import make_engine
        from klinik_app.db.migrate import migrate

        self._execute(f"CREATE DATABASE {TEMPLATE}")
        engine = make_engine(self.url(TEMPLATE))
        migrate(engine)
        engine.dispose()

    def create_database(self, *, migrated: bool = True) -> str:
        """A fresh database (a copy of the migrated template, or empty); its URL."""
        name = f"test_{next(self._names)}"
        self._execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if migrated else ""))
        return name

    def drop_database(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
