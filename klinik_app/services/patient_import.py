"""`klinik import patients`: patients from an earlier system's CSV file (interchange.md).

Reading and checking happen before anything is written; writing is one transaction with bulk
statements, so a 50,000-row file takes seconds and a failure leaves the database as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from klinik_app.db.models import Consent, Guardian, Listing, OutboxItem, Patient, PatientGuardian
from klinik_app.domain.patient_rows import REQUIRED_COLUMNS, PatientRecord, check_header, validate_row
from klinik_app.domain.permissions import PATIENT_IMPORT
from klinik_app.domain.text import fold, name_columns, phone_digits
from klinik_app.services import access_log, csv_import
from klinik_app.services.context import ServiceContext
from klinik_app.services.csv_import import (  # noqa: F401  (the exit codes are part of this module's interface)
    EXIT_FILE,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_PARTIAL,
    identity_digits,
    rows_text,
    safe_name,
)
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require


# CSV column -> Patient attribute (also the PatientRecord attribute). A column absent from the
# header leaves the stored value alone; a present but empty cell means "no value" and clears it.
PATIENT_COLUMNS = {
    "fornamn": "first_name", "efternamn": "last_name", "adress": "street", "postnummer": "postal_code",
    "postort": "postal_town", "kommunkod": "municipality_code", "telefon": "phone", "epost": "email",
    "ansvarig_tandlakare": "responsible_dentist_hsa_id",
}  # fmt: skip
GUARDIAN_FIELDS = ("personnummer", "namn", "telefon")
MANAGED = (*PATIENT_COLUMNS.values(), "sort_name", "search_name", "phone_digits", "protected_identity")


class ImportConflict(RuntimeError):
    """Another workstation changed a row while the import ran; nothing was written."""

    def __init__(self) -> None:
        self.message = QT_TRANSLATE_NOOP("services", "En annan användare ändrade patientuppgifter medan importen "
                                                     "pågick. Ingenting har importerats; kör importen igen.")
        super().__init__(self.message)


@dataclass
class ImportResult(csv_import.ImportResult):
    created: int = 0
    updated: int = 0
    outbox_items: int = 0

    def done(self) -> str:
        unchanged = self.imported - self.created - self.updated
        queued = f", {self.outbox_items} listningar köade till regionen" if self.outbox_items else ""
        return (f"{rows_text(self.imported, 'importerad', 'importerade')} från {self.file_name} "
                f"({self.created} nya patienter, {self.updated} uppdaterade, {unchanged} oförändrade{queued})")

    def nothing(self) -> str:
        return f"{self.file_name} innehåller inga patientrader; ingenting importerades."


def import_patients(ctx: ServiceContext, path: Path, *, partial: bool, as_new: bool) -> ImportResult:
    """Import a patients CSV. All or nothing unless `partial`; `as_new` queues new listings for the region."""
    require(ctx, PATIENT_IMPORT)
    path = Path(path)
    result = ImportResult(file_name=path.name)
    opened = csv_import.open_csv(path, result, REQUIRED_COLUMNS, check_header)
    if opened is None:
        return result
    header, rows = opened
    checked = csv_import.check_rows(
        header, rows,
        validate=lambda cells, line: validate_row(cells, line, ctx.today, ctx.rules),
        duplicate_key=lambda cells, record: (record.personnummer if record
                                             else identity_digits(cells["personnummer"], ctx.today)),
        duplicate_message=lambda first: (f"Patienten finns redan på rad {first} i filen, och den raden gäller. "
                                         "Ta bort den här raden eller för samman uppgifterna på den första raden."),
    )
    records = csv_import.finish(result, checked, partial)
    if result.exit_code == EXIT_INVALID:
        return result
    if records:
        with ctx.begin() as session:
            writer = _Writer(session, ctx, set(header), as_new)
            writer.write(records)
            access_log.record(session, ctx, "import", sorted(writer.written), detail=f"import {safe_name(path)}")
        result.created, result.updated, result.outbox_items = writer.created, writer.updated, writer.outbox_items
    result.imported = len(records)
    return result


# --- writing -------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Guardian:
    """A guardian as it will be after the import: an existing row (id set) or a new one."""

    id: int | None
    personnummer: str | None
    name: str
    phone: str | None
    row_version: int = 1
    patients: set[int] = field(default_factory=set)  # the file's rows that name this guardian

    def __post_init__(self) -> None:
        self.original = self.state()

    def state(self) -> tuple:
        return (self.personnummer, self.name, self.phone)

    def merge(self, personnummer: str | None, name: str | None, phone: str | None) -> None:
        """Non-empty cells win: a guardian is shared by siblings, and one row's empty cell says nothing."""
        self.personnummer = personnummer or self.personnummer
        self.name = name or self.name
        self.phone = phone or self.phone

    @property
    def changed(self) -> bool:
        # Compared at the end, so siblings' rows that differ never bump an unchanged row's version.
        return self.id is not None and self.state() != self.original


class _Writer:
    def __init__(self, session: Session, ctx: ServiceContext, columns: set[str], as_new: bool) -> None:
        self.s, self.ctx, self.columns, self.as_new = session, ctx, columns, as_new
        now, who = ctx.now(), ctx.actor.user_id
        self.now, self.who = now, who
        self.stamp = {"row_version": 1, "created_at": now, "created_by": who, "modified_at": now, "modified_by": who}
        self.written: set[int] = set()
        self.new_ids: set[int] = set()
        self.created = self.updated = self.outbox_items = 0
        self.protected: dict[int, bool] = {}  # patient id -> protected identity after the import

    def write(self, records: list[PatientRecord]) -> None:
        ids = self._patients(records)
        links = self._guardians(records, ids)
        self._listings(records, ids, links)
        # An existing patient counts as updated for any change: fields, guardians or a new listing.
        self.created, self.updated = len(self.new_ids), len(self.written - self.new_ids)

    # patients

    def _desired(self, r: PatientRecord) -> dict:
        values = {attr: getattr(r, attr) for column, attr in PATIENT_COLUMNS.items() if column in self.columns}
        values |= name_columns(r.first_name, r.last_name)  # sort_name, search_name
        if "telefon" in self.columns:
            values["phone_digits"] = phone_digits(r.phone)
        return values

    def _patients(self, records: list[PatientRecord]) -> dict[str, int]:
        existing = {}
        for chunk in csv_import.chunks([r.personnummer for r in records]):
            q = select(Patient.id, Patient.personnummer, Patient.row_version, *(getattr(Patient, a) for a in MANAGED))
            existing.update({row.personnummer: row for row in self.s.execute(q.where(Patient.personnummer.in_(chunk)))})
        ids: dict[str, int] = {}
        new_rows, updates = [], []
        for r in records:
            desired = self._desired(r)
            old = existing.get(r.personnummer)
            if old is None:
                new_rows.append({attr: None for attr in MANAGED} | desired | {
                    "personnummer": r.personnummer, "id_kind": r.id_kind, "birth_date": r.birth_date,
                    "protected_identity": r.protected, **self.stamp})
                continue
            ids[r.personnummer] = old.id
            # R-TG-4: an import may set protected identity but never lifts it; lifting it is a
            # deliberate act in the window, as it would let the patient's data go to the region.
            desired["protected_identity"] = old.protected_identity or r.protected
            self.protected[old.id] = desired["protected_identity"]
            if any(getattr(old, attr) != value for attr, value in desired.items()):
                merged = {attr: getattr(old, attr) for attr in MANAGED} | desired
                updates.append({f"v_{a}": v for a, v in merged.items()}
                               | {"b_id": old.id, "b_version": old.row_version})
                self.written.add(old.id)
        if new_rows:
            for row in self._insert(Patient, new_rows, "id", "personnummer"):
                ids[row.personnummer] = row.id
                self.new_ids.add(row.id)
            self.written |= self.new_ids
            self.protected.update({ids[row["personnummer"]]: row["protected_identity"] for row in new_rows})
        self._update(Patient, MANAGED, updates)
        return ids

    def _insert(self, model, rows: list[dict], *returning: str):
        """Insert many rows and return the chosen columns of each (database-made ids).

        Core, not the ORM: the ORM splits a batch wherever a row has None in another column than
        its neighbour, which at import scale means one statement per row. (Not db.bulk: its raw
        driver calls bypass SQLAlchemy's error wrapping, so a full disk would not be recognised.)
        """
        t = model.__table__
        return self.s.execute(insert(t).returning(*(t.c[c] for c in returning)), rows).all()

    def _update(self, model, attrs, params: list[dict]) -> None:
        """Bulk UPDATE naming the row version read (optimistic concurrency, design.md)."""
        if not params:
            return
        t = model.__table__
        stmt = (
            update(t)
            .where(t.c.id == bindparam("b_id"), t.c.row_version == bindparam("b_version"))
            .values({a: bindparam(f"v_{a}") for a in attrs}
                    | {"row_version": t.c.row_version + 1, "modified_at": self.now, "modified_by": self.who})
        )
        result = self.s.execute(stmt, params)
        if self.s.get_bind().dialect.supports_sane_multi_rowcount and result.rowcount != len(params):
            raise ImportConflict()

    # guardians

    def _guardians(self, records: list[PatientRecord], ids: dict[str, int]) -> dict[tuple[int, int], _Guardian]:
        """Resolve every named guardian to a row and link it at its position.

        Returns (patient id, position) -> guardian for the positions the file names.
        """
        by_id: dict[int, _Guardian] = {}

        def known(row) -> _Guardian:
            return by_id.setdefault(row.id, _Guardian(row.id, row.personnummer, row.name, row.phone, row.row_version))

        g_cols = (Guardian.id, Guardian.personnummer, Guardian.name, Guardian.phone, Guardian.row_version)
        by_pnr: dict[str, _Guardian] = {}
        pnrs = sorted({g.personnummer for r in records for g in r.guardians if g.personnummer})
        for chunk in csv_import.chunks(pnrs):
            for row in self.s.execute(select(*g_cols).where(Guardian.personnummer.in_(chunk))):
                by_pnr[row.personnummer] = known(row)
        old_links: dict[tuple[int, int], _Guardian] = {}
        for chunk in csv_import.chunks(sorted(ids.values())):
            q = (select(PatientGuardian.patient_id, PatientGuardian.position, *g_cols)
                 .join(Guardian, Guardian.id == PatientGuardian.guardian_id)
                 .where(PatientGuardian.patient_id.in_(chunk)))
            for row in self.s.execute(q):
                old_links[(row.patient_id, row.position)] = known(row)

        links: dict[tuple[int, int], _Guardian | None] = {}
        new: list[_Guardian] = []
        for r in records:
            pid = ids[r.personnummer]
            named = {g.position: g for g in r.guardians}
            for position in (1, 2):
                if not any(f"vardnadshavare{position}_{c}" in self.columns for c in GUARDIAN_FIELDS):
                    continue  # the file says nothing about this guardian: leave the link alone
                g = named.get(position)
                if g is None:
                    links[(pid, position)] = None
                    continue
                target = self._match(g, old_links.get((pid, position)), by_pnr)
                if target is None:
                    target = _Guardian(None, g.personnummer, g.name or "", g.phone)
                    new.append(target)
                else:
                    target.merge(g.personnummer, g.name, g.phone)
                target.patients.add(pid)
                if g.personnummer:
                    by_pnr[g.personnummer] = target  # siblings later in the file share the guardian
                links[(pid, position)] = target

        if new:
            self._insert_guardians(new)
        changed = [g for g in by_id.values() if g.changed]
        for g in changed:
            self.written.update(g.patients)
        self._update(Guardian, ("personnummer", "name", "phone"), [
            {"v_personnummer": g.personnummer, "v_name": g.name, "v_phone": g.phone,
             "b_id": g.id, "b_version": g.row_version} for g in changed
        ])
        self._link(links, old_links)
        return {key: g for key, g in links.items() if g is not None}

    def _insert_guardians(self, new: list[_Guardian]) -> None:
        rows = [{"personnummer": g.personnummer, "name": g.name, "phone": g.phone, **self.stamp} for g in new]
        # RETURNING in parameter order makes SQLite insert row by row; instead match the returned rows
        # on their content. Rows with equal content are interchangeable, so any match is right.
        returned: dict[tuple, list[int]] = {}
        for row in self._insert(Guardian, rows, "id", "personnummer", "name", "phone"):
            returned.setdefault((row.personnummer, row.name, row.phone), []).append(row.id)
        for g in new:
            g.id = returned[g.state()].pop()

    @staticmethod
    def _match(g, old: _Guardian | None, by_pnr: dict[str, _Guardian]) -> _Guardian | None:
        """The guardian row a row's guardian is: by personnummer, else the one already linked at
        this position with the same name (so a re-import never duplicates guardians)."""
        def same_name() -> bool:  # folding is slow: only when a name decides
            return old is not None and g.name is not None and fold(old.name) == fold(g.name)

        if g.personnummer:
            target = by_pnr.get(g.personnummer)
            if target is None and old is not None and not old.personnummer and (g.name is None or same_name()):
                target = old  # the guardian known by name only: the file now gives the personnummer
            return target
        return old if same_name() else None

    def _link(self, links: dict[tuple[int, int], _Guardian | None], old: dict[tuple[int, int], _Guardian]) -> None:
        inserts, updates, deletes = [], [], []
        relinked: set[int] = set()
        for (pid, position), g in links.items():
            before = old.get((pid, position))
            if g is None and before is not None:
                deletes.append({"b_pid": pid, "b_pos": position})
            elif g is not None and before is None:
                inserts.append({"patient_id": pid, "position": position, "guardian_id": g.id})
            elif g is not None and before is not None and g.id != before.id:
                updates.append({"b_pid": pid, "b_pos": position, "v_gid": g.id})
            else:
                continue
            self.written.add(pid)
            relinked.add(pid)
        t = PatientGuardian.__table__
        where = (t.c.patient_id == bindparam("b_pid"), t.c.position == bindparam("b_pos"))
        if deletes:
            self.s.execute(delete(t).where(*where), deletes)
        if updates:
            self.s.execute(update(t).where(*where).values(guardian_id=bindparam("v_gid")), updates)
        if inserts:
            self.s.execute(insert(t), inserts)
        # A link is part of the patient's record: changing it is a new version of the patient.
        p = Patient.__table__
        for chunk in csv_import.chunks(sorted(relinked - self.new_ids)):
            self.s.execute(update(p).where(p.c.id.in_(chunk)).values(
                row_version=p.c.row_version + 1, modified_at=self.now, modified_by=self.who))

    # listings

    def _listings(self, records: list[PatientRecord], ids: dict[str, int],
                  links: dict[tuple[int, int], _Guardian]) -> None:
        listed = [r for r in records if r.listing]
        existing: set[tuple[int, str, date]] = set()
        for chunk in csv_import.chunks(sorted({ids[r.personnummer] for r in listed})):
            q = (select(Listing.patient_id, Listing.listing_type, Listing.start_date)
                 .where(Listing.patient_id.in_(chunk)))
            existing.update((row.patient_id, row.listing_type, row.start_date) for row in self.s.execute(q))
        new = [(ids[r.personnummer], r) for r in listed
               if (ids[r.personnummer], r.listing.listing_type, r.listing.start_date) not in existing]
        if not new:
            return
        consents = []
        for pid, r in new:
            c = r.listing.consent
            if c is not None:
                guardian = links[(pid, c.guardian_position)] if c.guardian_position else None
                consents.append({"uuid": str(uuid.uuid4()), "patient_id": pid, "giver": c.giver,
                                 "guardian_id": guardian.id if guardian else None, "given_on": c.given_on,
                                 "method": c.method, "recorded_by": self.who, **self.stamp})
        consent_ids = {}
        if consents:
            returned = self._insert(Consent, consents, "id", "uuid", "patient_id")
            consent_ids = {row.patient_id: (row.id, row.uuid) for row in returned}
        listings, outbox = [], []
        for pid, r in new:
            consent_id, consent_uuid = consent_ids.get(pid, (None, None))
            listing_uuid = str(uuid.uuid4())
            listings.append({"uuid": listing_uuid, "patient_id": pid, "listing_type": r.listing.listing_type,
                             "status": "active" if r.listing.start_date <= self.ctx.today else "planned",
                             "start_date": r.listing.start_date, "end_date": None, "consent_id": consent_id,
                             "origin": "import", **self.stamp})
            self.written.add(pid)
            # Only choice listings are registered by the clinic (assigned ones come from the region,
            # R-LI-2), and nothing about a protected-identity patient ever leaves the clinic (R-TG-4).
            if self.as_new and r.listing.listing_type == "val" and not self.protected[pid]:
                outbox.append({"idempotency_key": str(uuid.uuid4()), "patient_id": pid, "kind": "listing",
                               "payload": {"listing_uuid": listing_uuid, "consent_uuid": consent_uuid},
                               "status": "waiting", "attempts": 0, "staff_hsa_id": self.who,
                               "created_at": self.now, "row_version": 1})
        self.s.execute(insert(Listing.__table__), listings)
        if outbox:
            self.s.execute(insert(OutboxItem.__table__), outbox)
        self.outbox_items = len(outbox)
