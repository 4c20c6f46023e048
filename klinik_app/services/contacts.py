"""A patient's postal contacts (own address, guardians') as domain.mailing plans letters with them."""

from __future__ import annotations

from klinik_app.db.models import Patient
from klinik_app.domain.mailing import Address, GuardianContact, PatientContact


def patient_contact(p: Patient) -> PatientContact:
    """Needs p.guardian_links and their guardians loaded (selectinload) for a batch."""
    guardians = tuple(
        GuardianContact(link.guardian.name, Address(link.guardian.street, link.guardian.postal_code,
                                                    link.guardian.postal_town) if link.guardian.street else None)
        for link in p.guardian_links if link.guardian.name
    )
    return PatientContact(p.id, f"{p.first_name} {p.last_name}", p.birth_date, p.protected_identity,
                          Address(p.street, p.postal_code, p.postal_town), guardians)
