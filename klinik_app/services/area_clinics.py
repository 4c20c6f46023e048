"""The area-responsibility setting (R-EM-1): which Folktandvården clinic answers for an address.

A row maps a municipality, or postcodes starting with a prefix within it, to a clinic; the most
specific row wins (domain/payer.py). Used when a patient in an emergency is listed nowhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import AreaClinic
from klinik_app.domain import payer
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.domain.messages import Text
from klinik_app.domain.permissions import SETTINGS_MANAGE
from klinik_app.services.concurrency import check_version
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require


_LABELS = {"clinic_name": QT_TRANSLATE_NOOP("changed_elsewhere", "Klinik"),
           "clinic_hsa_id": QT_TRANSLATE_NOOP("changed_elsewhere", "HSA-id")}


@dataclass(frozen=True, slots=True)
class AreaRow:
    id: int
    municipality_code: str
    postcode_prefix: str | None
    clinic_hsa_id: str
    clinic_name: str
    row_version: int = 0


def rules(session: Session) -> list[payer.AreaRule]:
    return [payer.AreaRule(r.municipality_code, r.postcode_prefix, payer.Clinic(r.clinic_hsa_id, r.clinic_name))
            for r in session.scalars(select(AreaClinic))]


def area_rows(ctx: ServiceContext) -> list[AreaRow]:
    with ctx.sessions() as s:
        rows = s.scalars(select(AreaClinic).order_by(AreaClinic.municipality_code, AreaClinic.postcode_prefix))
        return [AreaRow(r.id, r.municipality_code, r.postcode_prefix, r.clinic_hsa_id, r.clinic_name, r.row_version)
                for r in rows]


def save_area(ctx: ServiceContext, municipality_code: str, postcode_prefix: str | None, clinic_hsa_id: str,
              clinic_name: str, *, expected_version: int | None = None) -> int:
    """Add a mapping, or change the clinic of the same municipality and prefix.

    `expected_version` is the version of that area's row the window showed (0: none shown); a row
    saved elsewhere since is refused with ChangedElsewhere, never silently replaced (issue 10)."""
    require(ctx, SETTINGS_MANAGE)
    code = (municipality_code or "").strip()
    if not (len(code) == 4 and code.isdigit()):
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Kommunkoden ska vara fyra siffror, till exempel 2480 för "
                                                         "Umeå."))
    prefix = payer.postcode_digits(postcode_prefix) or None
    if postcode_prefix and postcode_prefix.strip() and (prefix is None or len(prefix) > 5):
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Postnumrets början ska vara 1–5 siffror, till exempel 903 "
                                                         "eller 90326."))
    try:
        hsa_id = parse_hsa_id(clinic_hsa_id)
    except ValueError as e:
        raise ServiceError.passing_on(e) from None
    name = (clinic_name or "").strip()
    if not name:
        raise ServiceError(QT_TRANSLATE_NOOP("services", "Ange klinikens namn."))
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        row = s.scalars(select(AreaClinic).where(
            AreaClinic.municipality_code == code,
            AreaClinic.postcode_prefix == prefix if prefix else AreaClinic.postcode_prefix.is_(None))).first()
        if row is not None:
            check_version(row, expected_version, {"clinic_name": name, "clinic_hsa_id": hsa_id}, _LABELS,
                          what=Text(QT_TRANSLATE_NOOP("services", "Områdesansvaret för {code} {prefix}"), code=code,
                                     prefix=prefix) if prefix
                          else Text(QT_TRANSLATE_NOOP("services", "Områdesansvaret för {code}"), code=code),
                          key=(code, prefix))
        else:
            row = AreaClinic(municipality_code=code, postcode_prefix=prefix, created_at=now, created_by=who,
                             clinic_hsa_id=hsa_id, clinic_name=name, modified_at=now, modified_by=who)
            s.add(row)
        row.clinic_hsa_id, row.clinic_name, row.modified_at, row.modified_by = hsa_id, name, now, who
        s.flush()
        return row.id


def remove_area(ctx: ServiceContext, area_id: int) -> None:
    require(ctx, SETTINGS_MANAGE)
    with ctx.begin() as s:
        row = s.get(AreaClinic, area_id)
        if row is not None:
            s.delete(row)
