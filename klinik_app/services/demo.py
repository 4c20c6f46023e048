"""Fill a new database with a believable demo county (`klinik demo`, the first-start offer)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from klinik_app.db.bulk import bulk_insert, search_index_rebuilt_after
from klinik_app.db.models import Clinic, Consent, Guardian, Listing, Patient, PatientGuardian, StaffMember
from klinik_app.demo.population import DemoHousehold, generate_households, generate_staff
from klinik_app.domain.text import name_columns, phone_digits
from klinik_app.services import access_log
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError

CHUNK = 5000
DEMO_CLINIC_HSA_ID = "SE2321000222-DEMO1"
DEMO_CLINIC_NAME = "Demokliniken Umeå"


class DemoRefused(ServiceError):
    pass


@dataclass(frozen=True, slots=True)
class DemoSummary:
    patients: int
    guardians: int
    staff: int


class _Cancelled(Exception):
    pass


def create_demo_data(
    ctx: ServiceContext,
    n_patients: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """All or nothing, in one transaction; the clinic is marked as a demo clinic."""
    if n_patients < 1:
        raise DemoRefused("Antalet patienter måste vara minst 1.")
    rng = random.Random(seed)  # for the clinic-made uuids, so a seed gives the same database
    stamp = {"row_version": 1, "created_at": ctx.now(), "created_by": ctx.actor.user_id,
             "modified_at": ctx.now(), "modified_by": ctx.actor.user_id}
    with ctx.begin() as s:
        clinic = s.scalars(select(Clinic)).first()
        if clinic is None:
            raise DemoRefused("Databasen har ingen klinik än. Kör först: klinik init --clinic-hsa-id ... --clinic-name ...")
        if s.scalar(select(func.count()).select_from(Patient)):
            raise DemoRefused("Databasen har redan patienter. Demodata kan bara läggas i en ny, tom databas.")
        clinic.is_demo = True
        staff = generate_staff(seed)
        s.execute(insert(StaffMember), [
            {"hsa_id": m.hsa_id, "name": m.name, "role": m.role, "active": True, **stamp} for m in staff
        ])
        writer = _Writer(s, stamp, rng, ctx.today)
        with search_index_rebuilt_after(s.connection()):
            for household in generate_households(n_patients, seed, ctx.today, staff):
                writer.add(household)
                if writer.pending >= CHUNK:
                    writer.flush()
                    if progress:
                        progress(writer.patients, n_patients)
                    if cancelled and cancelled():
                        raise _Cancelled  # rolls back the whole transaction, triggers included
            writer.flush()
        access_log.record(s, ctx, "write", [None], detail=f"demodata: {writer.patients} patienter skapade")
    if progress:
        progress(writer.patients, n_patients)
    return DemoSummary(patients=writer.patients, guardians=writer.guardians, staff=len(staff))


def create_demo_data_or_cancel(*args, **kwargs) -> DemoSummary | None:
    """As create_demo_data, but a cancel returns None (nothing was written)."""
    try:
        return create_demo_data(*args, **kwargs)
    except _Cancelled:
        return None


class _Writer:
    """Buffers rows and writes them with executemany (region-scale demo data in seconds)."""

    def __init__(self, session, stamp: dict, rng: random.Random, today) -> None:
        self.s, self.stamp, self.rng, self.today = session, stamp, rng, today
        self.patient_id = session.scalar(select(func.max(Patient.id))) or 0
        self.guardian_ids: dict[int, int] = {}
        self.next_guardian_id = session.scalar(select(func.max(Guardian.id))) or 0
        self.consent_id = session.scalar(select(func.max(Consent.id))) or 0
        self.rows: dict[type, list[dict]] = {Guardian: [], Patient: [], PatientGuardian: [], Consent: [], Listing: []}
        self.patients = self.guardians = self.pending = 0

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, h: DemoHousehold) -> None:
        for g in h.guardians:
            if g.key in self.guardian_ids:
                continue
            self.next_guardian_id += 1
            self.guardian_ids[g.key] = self.next_guardian_id
            self.guardians += 1
            self.rows[Guardian].append({
                "id": self.next_guardian_id, "personnummer": g.personnummer, "name": f"{g.first_name} {g.last_name}",
                "phone": g.phone, "street": g.address.street, "postal_code": g.address.postal_code,
                "postal_town": g.address.postal_town, **self.stamp,
            })
        for p in h.children:
            self.patient_id += 1
            self.patients += 1
            self.pending += 1
            pid = self.patient_id
            self.rows[Patient].append({
                "id": pid, "personnummer": p.personnummer, "id_kind": "personnummer",
                "first_name": p.first_name, "last_name": p.last_name, "birth_date": p.birth_date, "sex": p.sex,
                "protected_identity": p.protected_identity, "street": p.address.street,
                "postal_code": p.address.postal_code, "postal_town": p.address.postal_town,
                "municipality_code": p.address.municipality_code, "phone": p.phone, "email": p.email,
                "responsible_dentist_hsa_id": p.responsible_dentist_hsa_id,
                **name_columns(p.first_name, p.last_name), "phone_digits": phone_digits(p.phone),
                **self.stamp,
            })
            for position, key in enumerate(p.guardian_keys, start=1):
                self.rows[PatientGuardian].append(
                    {"patient_id": pid, "position": position, "guardian_id": self.guardian_ids[key]}
                )
            if p.listing_type:
                self._listing(pid, p)

    def _listing(self, pid: int, p) -> None:
        consent_id = None
        if p.listing_type == "val" and p.consent_date:
            self.consent_id += 1
            consent_id = self.consent_id
            giver = "patient" if p.consent_giver == "patient" else "vardnadshavare"
            guardian_id = None
            if giver == "vardnadshavare":
                position = 2 if p.consent_giver == "vardnadshavare2" else 1
                guardian_id = self.guardian_ids[p.guardian_keys[position - 1]]
            self.rows[Consent].append({
                "id": consent_id, "uuid": self._uuid(), "patient_id": pid, "giver": giver,
                "guardian_id": guardian_id, "given_on": p.consent_date, "method": p.consent_method,
                "recorded_by": self.stamp["created_by"], **self.stamp,
            })
        self.rows[Listing].append({
            "uuid": self._uuid(), "patient_id": pid, "listing_type": p.listing_type,
            "status": "active" if p.listed_from <= self.today else "planned",
            "start_date": p.listed_from, "consent_id": consent_id, "origin": "demo", **self.stamp,
        })

    def flush(self) -> None:
        conn = self.s.connection()
        for model in (Guardian, Patient, PatientGuardian, Consent, Listing):
            if self.rows[model]:
                bulk_insert(conn, model.__table__, self.rows[model])
                self.rows[model] = []
        self.pending = 0
