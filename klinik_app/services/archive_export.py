"""R-SE-4 (rulebook L780, L872-876): the clinic archive, the whole database in open formats.

`export_archive` writes into an empty folder:
- `tabeller/<table>.ndjson`: every table, every column (archive_format); what `import_archive` reads;
- `interchange/patients.csv, exams.csv, appointments.csv`: interchange.md's formats, for another system;
- `fhir/<ResourceType>/<part>.ndjson`: each patient's record as FHIR R4 resources (archive_fhir);
- `manifest.json`: schema revision, when and by whom, the clinic, row counts and columns per table,
  and the SHA-256 of every file (taken as it is written).

The export is logged as one access-log entry ("export", "klinikarkiv") committed before any table
is read, so the archive holds its own entry and the chain verifies after an import. Everything is
then read from one snapshot, in chunks: in this thread for a small clinic, else by worker
processes (archive_workers), a table, a file or a range of patients each (archive_jobs).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select

from klinik_app.db.migrate import current_revision
from klinik_app.db.models import Base, Clinic, Patient
from klinik_app.domain.fhir_shapes import ShapeValidator
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import ARCHIVE_EXPORT
from klinik_app.services import access_log
from klinik_app.services.archive_format import FORMAT, MANIFEST, archived, column_kinds, encode
from klinik_app.services.archive_jobs import plan, run
from klinik_app.services.archive_workers import Workers, holding_snapshot
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

Progress = Callable[[int, int], None]
LOG_DETAIL = "klinikarkiv"
PARALLEL_FROM = 20_000  # patients: below this, starting the worker processes costs more than they save
MAX_WORKERS = 4


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    rows: int
    tables: int

    def summary(self) -> Text:
        return Text(QT_TRANSLATE_NOOP("services", "Klinikarkivet är skrivet till {folder}: {tables} tabeller, {rows} "
                                                  "rader."),
                    folder=self.folder, tables=self.tables, rows=self.rows)


def export_archive(ctx: ServiceContext, folder: Path | str, progress: Progress | None = None, *,
                   fhir: bool = True, workers: int | None = None) -> ExportResult:
    """`fhir=False` leaves out `fhir/` (the slowest part: every record is built and its resources
    validated). `workers`: processes for the jobs (archive_workers); by default one per core for a
    region-sized clinic and none (this thread) for a small one, where starting them costs more."""
    require(ctx, ARCHIVE_EXPORT)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom. Välj en ny, tom mapp för "
                                                         "klinikarkivet."),
                           folder=folder)
    folder.mkdir(parents=True, exist_ok=True)
    with ctx.begin() as s:  # committed first: the archive contains its own entry
        access_log.record(s, ctx, "export", [None], detail=LOG_DETAIL)
    tables = _tables(ctx)
    if workers is None:
        with ctx.sessions() as s:
            patients = s.scalar(select(func.count()).select_from(Patient))
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if patients >= PARALLEL_FROM else 0
    done = 0

    def step(units: int) -> None:
        nonlocal done
        done += units
        if progress:
            progress(min(done, total), total)

    with Workers(ctx, folder, workers) if workers > 1 else nullcontext() as pool:
        now = pool.now if pool else ctx.now()
        with holding_snapshot(ctx, parallel=pool is not None) as (conn, snapshot, release):
            if pool:
                pool.begin(snapshot)
            release()
            counts = {t.name: conn.scalar(select(func.count()).select_from(t)) for t in tables}
            jobs = plan(conn, tables, counts, fhir)
            total = sum(job.units for job in jobs)
            clinic = conn.execute(select(Clinic.hsa_id, Clinic.name)).first()
            if not pool:
                check, files = ShapeValidator(), {}
                for job in jobs:
                    files.update(run(job, conn, ctx, folder, step, check))
        if pool:
            files = pool.run(jobs, step)
    manifest = {
        "format": FORMAT,
        "schema_revision": current_revision(ctx.engine),
        "created_at": encode(now, "timestamptz"),
        "created_by": ctx.actor.user_id,
        "fhir": fhir,
        "clinic": {"hsa_id": clinic.hsa_id, "name": clinic.name} if clinic else None,
        "tables": {t.name: {"rows": counts[t.name], "columns": column_kinds(t)} for t in tables},
        "files": dict(sorted(files.items())),
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    if progress:
        progress(total, total)
    return ExportResult(folder, sum(counts.values()), len(tables))


def _tables(ctx: ServiceContext):
    """The head schema's tables, parents first; a table the models do not know is an error, not a gap."""
    present = {name for name in inspect(ctx.engine).get_table_names() if archived(name)}
    known = [t for t in Base.metadata.sorted_tables if t.name in present]
    unknown = present - {t.name for t in known}
    if unknown:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Databasen har tabeller som den här versionen av Klinik inte "
                                                         "känner till ({tables}). Uppdatera Klinik och försök igen."),
                           tables=", ".join(sorted(unknown)))
    return known
