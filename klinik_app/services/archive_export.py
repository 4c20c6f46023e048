"""R-SE-4 (rulebook L780, L872-876): the clinic archive, the whole database in open formats.

`export_archive` writes into an empty folder:
- `tabeller/<table>.ndjson`: every table, every column (archive_format); what `import_archive` reads;
- `interchange/patients.csv, exams.csv, appointments.csv`: interchange.md's formats, for another system;
- `fhir/<ResourceType>.ndjson`: each patient's record as FHIR R4 resources (archive_fhir);
- `manifest.json`: schema revision, when and by whom, the clinic, row counts and columns per table,
  and the SHA-256 of every file.

The export is logged as one access-log entry ("export", "klinikarkiv") committed before any table
is read, so the archive holds its own entry and the chain verifies after an import. All tables are
then read in one read transaction (one snapshot), in chunks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select

from klinik_app.db.migrate import current_revision
from klinik_app.db.models import Base, Clinic
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import ARCHIVE_EXPORT
from klinik_app.services import access_log
from klinik_app.services.archive_fhir import write_fhir
from klinik_app.services.archive_format import (
    CHUNK, FORMAT, INTERCHANGE, MANIFEST, TABLES, archived, column_kinds, encode, relative, sha256_of,
)
from klinik_app.services.archive_interchange import write_interchange
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

Progress = Callable[[int, int], None]
LOG_DETAIL = "klinikarkiv"


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
                   fhir: bool = True) -> ExportResult:
    """`fhir=False` leaves out `fhir/` (the slowest part: every record is built and its resources validated)."""
    require(ctx, ARCHIVE_EXPORT)
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Mappen {folder} är inte tom. Välj en ny, tom mapp för "
                                                         "klinikarkivet."),
                           folder=folder)
    (folder / TABLES).mkdir(parents=True, exist_ok=True)
    (folder / INTERCHANGE).mkdir(exist_ok=True)
    with ctx.begin() as s:  # committed first: the archive contains its own entry
        access_log.record(s, ctx, "export", [None], detail=LOG_DETAIL)
    tables = _tables(ctx)
    with ctx.sessions() as s, s.begin():
        # One snapshot for every table: SQLite's read transaction is one; PostgreSQL needs REPEATABLE READ.
        pg = ctx.engine.dialect.name == "postgresql"
        conn = s.connection(execution_options={"isolation_level": "REPEATABLE READ"} if pg else None)
        counts = {t.name: conn.scalar(select(func.count()).select_from(t)) for t in tables}
        total = sum(counts.values()) * 2  # the tables, then the interchange and FHIR files
        done = 0

        def step(n: int) -> None:
            nonlocal done
            done += n
            if progress:
                progress(min(done, total), total)

        for table in tables:
            _write_table(conn, table, folder / TABLES / f"{table.name}.ndjson", step)
        write_interchange(conn, folder / INTERCHANGE, step)
        if fhir:
            write_fhir(s, ctx, folder, step)
        clinic = s.scalars(select(Clinic)).first()
    manifest = {
        "format": FORMAT,
        "schema_revision": current_revision(ctx.engine),
        "created_at": encode(ctx.now(), "timestamptz"),
        "created_by": ctx.actor.user_id,
        "fhir": fhir,
        "clinic": {"hsa_id": clinic.hsa_id, "name": clinic.name} if clinic else None,
        "tables": {t.name: {"rows": counts[t.name], "columns": column_kinds(t)} for t in tables},
        "files": {relative(folder, p): sha256_of(p) for p in sorted(folder.rglob("*")) if p.is_file()},
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


def _write_table(conn, table, path: Path, step) -> None:
    kinds = column_kinds(table)
    names = list(kinds)
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=CHUNK).execute(select(*table.columns).order_by(*order))
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for chunk in result.partitions():
            out.writelines(
                json.dumps({n: encode(v, kinds[n]) for n, v in zip(names, row)}, ensure_ascii=False) + "\n"
                for row in chunk
            )
            step(len(chunk))
