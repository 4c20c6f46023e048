"""The clinic archive cut into jobs that can run in any order, in any process: a table, an
interchange file or a part of the FHIR files each. Every job reads through the connection it is
given (the export's snapshot), writes only its own files and returns their SHA-256s.

A job's `units` is its share of the progress bar, in rows; a patient's FHIR record costs about as
much as FHIR_UNITS table rows, so the bar moves with the time, not with the row count.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import select

from klinik_app.db.models import Appointment, Base, Examination, Patient
from klinik_app.services.archive_fhir import fhir_ranges, write_fhir_part
from klinik_app.services.archive_format import CHUNK, INTERCHANGE, TABLES, HashedFile, column_kinds, encode
from klinik_app.services.archive_interchange import write_interchange

FHIR_UNITS = 60
# The rows each interchange file walks (its chunks are counted in these rows).
INTERCHANGE_ROWS = {"patients.csv": Patient, "exams.csv": Examination, "appointments.csv": Appointment}


@dataclass(frozen=True)
class Job:
    kind: str  # "table", "interchange" or "fhir"
    name: str  # the table or the file; a FHIR part's number
    units: int
    first: int = 0  # a FHIR part's patient ids
    last: int = 0


def plan(conn, tables, counts: dict[str, int], fhir: bool) -> list[Job]:
    """Every job, the longest first (so two processes finish together rather than one waiting on
    the other's last big table)."""
    jobs = [Job("table", t.name, counts[t.name]) for t in tables]
    jobs += [Job("interchange", name, counts[model.__tablename__]) for name, model in INTERCHANGE_ROWS.items()]
    if fhir:
        jobs += [Job("fhir", str(part), FHIR_UNITS * patients, first, last)
                 for part, first, last, patients in fhir_ranges(conn)]
    return sorted(jobs, key=lambda job: -job.units)


def run(job: Job, conn, ctx, folder: Path, step, check) -> dict[str, str]:
    """Write the job's files; `step(units)` as it goes; returns {path in the archive: SHA-256}."""
    if job.kind == "table":
        path = f"{TABLES}/{job.name}.ndjson"
        return {path: _write_table(conn, Base.metadata.tables[job.name], folder / path, step)}
    if job.kind == "interchange":
        path = f"{INTERCHANGE}/{job.name}"
        return {path: write_interchange(conn, folder / path, step)}
    return write_fhir_part(conn, ctx, folder, int(job.name), job.first, job.last,
                           lambda patients: step(FHIR_UNITS * patients), check)


def _write_table(conn, table, path: Path, step) -> str:
    kinds = column_kinds(table)
    names = list(kinds)
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=CHUNK).execute(select(*table.columns).order_by(*order))
    out = HashedFile(path)
    try:
        for chunk in result.partitions():
            out.write(b"".join(orjson.dumps({n: encode(v, kinds[n]) for n, v in zip(names, row)}) + b"\n"
                               for row in chunk))
            step(len(chunk))
    finally:
        digest = out.close()
    return digest
