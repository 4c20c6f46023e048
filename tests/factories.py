"""Small builders for test data written straight through the models."""

from __future__ import annotations

from datetime import date, datetime

from klinik_app.db.models import Guardian, Listing, Patient, PatientGuardian
from klinik_app.domain.identity import luhn_check_digit, parse_identity_number
from klinik_app.domain.text import name_columns, phone_digits


def pnr(birth: date, serial: int = 123, *, coordination: bool = False) -> str:
    """A valid 12-digit personnummer (or samordningsnummer) for a birth date."""
    day = birth.day + (60 if coordination else 0)
    nine = f"{birth:%y%m}{day:02d}{serial:03d}"
    return f"{birth.year:04d}{birth:%m}{day:02d}{serial:03d}{luhn_check_digit(nine)}"


def add_patient(ctx, personnummer: str, first: str, last: str, *, municipality: str = "2480", phone: str | None = None,
                protected: bool = False, street: str | None = "Storgatan 1", guardians: list[str] = (),
                listing: str | None = None, listed_from: date | None = None, dentist: str | None = None) -> int:
    ident = parse_identity_number(personnummer, ctx.today)
    stamp = dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")
    with ctx.begin() as s:
        p = Patient(personnummer=ident.digits, id_kind=ident.kind.value, first_name=first, last_name=last,
                    birth_date=ident.birth_date, protected_identity=protected, street=street, postal_code="903 26",
                    postal_town="Umeå", municipality_code=municipality, phone=phone, phone_digits=phone_digits(phone),
                    **name_columns(first, last), responsible_dentist_hsa_id=dentist, **stamp)
        s.add(p)
        s.flush()
        for position, name in enumerate(guardians, start=1):
            g = Guardian(name=name, phone="070-111 22 33", **stamp)
            s.add(g)
            s.flush()
            s.add(PatientGuardian(patient_id=p.id, position=position, guardian_id=g.id))
        if listing:
            s.add(Listing(uuid=f"00000000-0000-4000-8000-{p.id:012d}", patient_id=p.id, listing_type=listing,
                          status="active", start_date=listed_from or date(2020, 1, 1), origin="import", **stamp))
        return p.id


def add_staff(ctx, hsa_id: str, name: str, *roles: str, profession: str | None = None,
              password: str | None = None) -> str:
    """An active staff account in these roles (the first is the profession unless given)."""
    from klinik_app.db.models import StaffMember, StaffRole
    from klinik_app.services.accounts import hash_password

    now = ctx.now()
    with ctx.begin() as s:
        s.add(StaffMember(hsa_id=hsa_id, name=name, role=profession or roles[0], active=True, failed_logins=0,
                          password_hash=hash_password(password) if password else None,
                          roles=[StaffRole(role=r) for r in roles],
                          created_at=now, created_by="test", modified_at=now, modified_by="test"))
    return hsa_id


def add_appointment(ctx, patient_id: int, starts: datetime, *, minutes: int = 30, kind: str = "revision",
                    status: str = "booked", agreed: bool = True, caregiver: str | None = "SE2321000222-T0001",
                    cancelled_at: datetime | None = None) -> int:
    """A time in the book written straight through the model; `starts` is Swedish local time."""
    import uuid

    from klinik_app.db.models import Appointment
    from klinik_app.domain.local_time import to_utc

    stamp = dict(created_at=ctx.now(), created_by="test", modified_at=ctx.now(), modified_by="test")
    with ctx.begin() as s:
        a = Appointment(uuid=str(uuid.uuid4()), patient_id=patient_id, caregiver_hsa_id=caregiver,
                        starts_at=to_utc(starts), minutes=minutes, kind=kind, status=status, agreed=agreed,
                        agreed_with="patient" if agreed else None, agreed_how="telefon" if agreed else None,
                        first_agreed_start=to_utc(starts) if agreed else None,
                        cancelled_at=to_utc(cancelled_at) if cancelled_at else None,
                        status_set_at=None if status == "booked" else ctx.now(),
                        status_set_by=None if status == "booked" else "test", origin="local", **stamp)
        s.add(a)
        s.flush()
        return a.id
