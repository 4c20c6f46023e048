"""The clinic archive's jobs (archive_jobs) in worker processes that all read one snapshot.

Why processes: the jobs are Python work (FHIR resources built and validated, rows encoded), and
threads would share one interpreter lock with each other and with the window. Workers are started
with "spawn", never forked: the window's process has Qt threads, and a fork copies locks held by
them. A worker takes the next job from a shared queue, so two processes finish at about the same
time whatever the mix of jobs.

One snapshot for all, so the archive is the database at one moment:
- SQLite (WAL): the exporter holds the write lock (BEGIN IMMEDIATE) while its own read transaction
  and every worker's begin; no commit can fall in between. The workers have started and connected
  before the lock is taken, and it goes as soon as they have read, so writers wait milliseconds
  (busy_timeout), not the start-up or the counting.
- PostgreSQL: the exporter's REPEATABLE READ transaction exports its snapshot (pg_export_snapshot)
  and every worker imports it (SET TRANSACTION SNAPSHOT), as pg_dump --jobs does.
The exporter then reads the counts and plans the jobs in its own read transaction, of the same
moment.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from klinik_app.db.engine import WRITE, make_engine
from klinik_app.domain.messages import Refusal, template_of
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP

FIRST_READ = "SELECT 1 FROM patient LIMIT 1"  # SQLite fixes a read transaction's snapshot at its first read
START_SECONDS = 120  # a worker that has not connected by then is not coming (a broken installation)
WORKER_FAILED = QT_TRANSLATE_NOOP("services", "En del av klinikarkivet kunde inte skrivas ({error}). Databasen är "
                                              "oförändrad; mappen är inte ett komplett arkiv. Försök igen med en ny, "
                                              "tom mapp, och kontakta IT om felet kommer tillbaka.")


@dataclass(frozen=True)
class _Spec:
    url: str
    actor: Actor
    today: date
    now: datetime
    folder: Path
    parent: int  # the exporter's pid: a worker whose parent is gone stops


@contextmanager
def holding_snapshot(ctx: ServiceContext, parallel: bool):
    """(connection, snapshot id, release): a read transaction of the export's moment; the PostgreSQL
    snapshot id the workers import; `release()` once they have begun (SQLite's write lock goes)."""
    pg = ctx.engine.dialect.name == "postgresql"
    with ctx.engine.connect() as conn, ctx.engine.connect() as lock:
        if pg:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        locked = lock.execution_options(**{WRITE: True}).begin() if parallel and not pg else None  # BEGIN IMMEDIATE
        with conn.begin() as tx:
            conn.exec_driver_sql(FIRST_READ)
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar() if pg and parallel else None
            yield conn, snapshot, locked.rollback if locked else lambda: None
            tx.rollback()  # nothing was written


class Workers:
    """`with Workers(ctx, folder, n) as w:` n processes started and connected; `w.begin(snapshot)`
    inside the holding transaction; `w.run(jobs, step)` after it."""

    def __init__(self, ctx: ServiceContext, folder: Path, count: int) -> None:
        mp = multiprocessing.get_context("spawn")
        self._jobs, self._events = mp.Queue(), mp.Queue()
        self._inboxes = [mp.Queue() for _ in range(count)]
        spec = _Spec(ctx.engine.url.render_as_string(hide_password=False), ctx.actor, ctx.today, ctx.now(), folder,
                     os.getpid())
        self._processes = [mp.Process(target=_work, args=(spec, inbox, self._jobs, self._events), daemon=True,
                                      name=f"klinikarkiv-{n + 1}") for n, inbox in enumerate(self._inboxes)]
        self.now = spec.now

    def __enter__(self) -> Workers:
        for process in self._processes:
            process.start()
        self._await("up", timeout=START_SECONDS)
        return self

    def __exit__(self, *exc) -> None:
        for inbox in self._inboxes:  # workers still waiting for their snapshot
            inbox.put(None)
        for process in self._processes:
            process.join(timeout=5 if exc[0] is None else 0.5)
            if process.is_alive():
                process.terminate()
                process.join()

    def begin(self, snapshot: str | None) -> None:
        """Every worker begins its transaction; returns when all have read (their snapshot is fixed)."""
        for inbox in self._inboxes:
            inbox.put(snapshot or "")
        self._await("ready", timeout=START_SECONDS)

    def run(self, jobs, step) -> dict[str, str]:
        """Every job done by some worker; `step(units)` as they go; {path in the archive: SHA-256}."""
        for job in jobs:
            self._jobs.put(job)
        for _ in self._processes:
            self._jobs.put(None)
        files: dict[str, str] = {}
        for _ in jobs:
            while (event := self._next())[0] == "units":
                step(event[1])
            files.update(event[1])
        return files

    def _await(self, kind: str, timeout: float) -> None:
        for _ in self._processes:
            event = self._next(timeout)
            assert event[0] == kind, event

    def _next(self, timeout: float | None = None):
        waited = 0.0
        while True:
            try:
                event = self._events.get(timeout=1.0)
            except queue.Empty:
                waited += 1.0
                crashed = [p for p in self._processes if p.exitcode not in (None, 0)]
                if crashed or (timeout is not None and waited >= timeout):
                    raise ServiceError(WORKER_FAILED, error=f"exit {crashed[0].exitcode}" if crashed
                                       else "start") from None
                continue
            if event[0] == "failed":
                raise _failure(*event[1:])
            return event


def _failure(refusal, errno_args, kind: str, trace: str) -> Exception:
    """The worker's exception as the exporter raises it: a refusal or a file error as such (the
    window has words for both), anything else named by its type, the worker's traceback as cause."""
    cause = RuntimeError(f"in an archive worker:\n{trace}")
    if refusal is not None:
        template, params, context = refusal
        exc: Exception = ServiceError(template, **params)
        if context:
            exc.context = context
    elif errno_args is not None:
        exc = OSError(*errno_args)
    else:
        exc = ServiceError(WORKER_FAILED, error=kind)
    exc.__cause__ = cause
    return exc


def _work(spec: _Spec, inbox, jobs, events) -> None:
    """A worker process: connect, wait for the snapshot, then jobs until told there are none."""
    from klinik_app.domain.fhir_shapes import ShapeValidator
    from klinik_app.services.archive_jobs import run

    try:
        engine = make_engine(spec.url)
        ctx = ServiceContext(engine, actor=spec.actor, today=spec.today)
        ctx.now = lambda: spec.now  # every resource stamped with the export's one moment
        check = ShapeValidator()
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            conn.rollback()
            events.put(("up",))
            snapshot = inbox.get()
            if snapshot is None:
                return
            pg = engine.dialect.name == "postgresql"
            if pg:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                if pg:
                    conn.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
                conn.exec_driver_sql(FIRST_READ)
                events.put(("ready",))
                while (job := _next_job(jobs, spec.parent)) is not None:
                    events.put(("done", run(job, conn, ctx, spec.folder, lambda n: events.put(("units", n)), check)))
        engine.dispose()
    except BaseException as exc:  # noqa: BLE001 - every failure goes to the exporter, which raises it
        refusal = template_of(exc) if isinstance(exc, Refusal) else None
        errno_args = (exc.errno, exc.strerror, exc.filename) if isinstance(exc, OSError) and exc.errno else None
        events.put(("failed", refusal, errno_args, type(exc).__name__, traceback.format_exc()))


def _next_job(jobs, parent: int):
    while True:
        try:
            return jobs.get(timeout=1.0)
        except queue.Empty:
            if os.getppid() != parent:  # the exporter was killed: stop, nobody will read the files
                return None
