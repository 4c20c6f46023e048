"""The clinic this database belongs to (created by `klinik init` or the first-start dialog)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from klinik_app.db.models import Clinic
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.domain.permissions import SETTINGS_MANAGE
from klinik_app.domain.ruleset import default_rules_dir, load_rule_sets
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.treatments import load_sample_schedules


class ClinicError(ServiceError):
    """The clinic cannot be set or changed as asked."""


@dataclass(frozen=True, slots=True)
class ClinicInfo:
    hsa_id: str
    name: str
    rule_set_id: str
    is_demo: bool
    street: str | None = None
    postal_code: str | None = None
    postal_town: str | None = None
    phone: str | None = None
    row_version: int = 0  # what a window shows, for set_clinic_address (services.concurrency)


def _info(c: Clinic) -> ClinicInfo:
    return ClinicInfo(c.hsa_id, c.name, c.rule_set_id, c.is_demo, c.street, c.postal_code, c.postal_town, c.phone,
                      c.row_version)


_ADDRESS_LABELS = {"street": QT_TRANSLATE_NOOP("changed_elsewhere", "Gatuadress"),
                   "postal_code": QT_TRANSLATE_NOOP("changed_elsewhere", "Postnummer"),
                   "postal_town": QT_TRANSLATE_NOOP("changed_elsewhere", "Postort"),
                   "phone": QT_TRANSLATE_NOOP("changed_elsewhere", "Telefon")}
_DETAIL_LABELS = {"name": QT_TRANSLATE_NOOP("changed_elsewhere", "Klinikens namn"), **_ADDRESS_LABELS}
_RULE_SET_LABELS = {"rule_set_id": QT_TRANSLATE_NOOP("changed_elsewhere", "Regelverk")}


def get_clinic(ctx: ServiceContext) -> ClinicInfo | None:
    with ctx.sessions() as s:
        c = s.scalars(select(Clinic)).first()
        return _info(c) if c else None


def set_clinic_address(ctx: ServiceContext, street: str, postal_code: str, postal_town: str, phone: str | None, *,
                       expected_version: int | None = None, name: str | None = None) -> ClinicInfo:
    """The clinic's visiting and postal address, printed on every letter (the letterhead); with
    `name`, the clinic's name (the letterhead's first line) in the same save."""
    require(ctx, SETTINGS_MANAGE)
    street, postal_code, postal_town = street.strip(), postal_code.strip(), postal_town.strip()
    if not (street and postal_code and postal_town):
        raise ClinicError(QT_TRANSLATE_NOOP("services", "Ange gatuadress, postnummer och postort."))
    mine = {"street": street, "postal_code": postal_code, "postal_town": postal_town, "phone": (phone or "").strip() or None}
    if name is not None:
        if not name.strip():
            raise ClinicError(QT_TRANSLATE_NOOP("services", "Ange klinikens namn. Det står överst på alla brev."))
        mine["name"] = name.strip()
    return _update(ctx, mine, _DETAIL_LABELS if name is not None else _ADDRESS_LABELS, expected_version)


def set_rule_set(ctx: ServiceContext, rule_set_id: str, *, expected_version: int | None = None) -> ClinicInfo:
    """The region's rule set the clinic works by (target group, revision intervals, listing rules)."""
    require(ctx, SETTINGS_MANAGE)
    if rule_set_id not in available_rule_sets():
        raise ClinicError(QT_TRANSLATE_NOOP("services", "Regelverket '{rule_set_id}' finns inte. Tillgängliga: "
                                                        "{rule_sets}."),
                          rule_set_id=rule_set_id, rule_sets=', '.join(available_rule_sets()))
    info = _update(ctx, {"rule_set_id": rule_set_id}, _RULE_SET_LABELS, expected_version)
    ctx.__dict__.pop("clinic_rule_set_id", None)  # the cached rule set follows the new choice
    return info


_WHAT = QT_TRANSLATE_NOOP("services", "Klinikens uppgifter")  # named when saved elsewhere meanwhile


def _update(ctx: ServiceContext, mine: dict, labels: dict, expected_version: int | None) -> ClinicInfo:
    """Store `mine` (field -> value) on the clinic row, refused when changed since `expected_version`."""
    def clinic(s) -> Clinic:
        c = s.scalars(select(Clinic)).first()
        if c is None:
            raise ClinicError(QT_TRANSLATE_NOOP("services", "Databasen har ingen klinik än."))
        check_version(c, expected_version, mine, labels, what=_WHAT, key="clinic")
        return c

    with guarded(ctx, clinic, _WHAT), ctx.begin() as s:
        c = clinic(s)
        for field, value in mine.items():
            setattr(c, field, value)
        c.modified_at, c.modified_by = ctx.now(), ctx.actor.user_id
        s.flush()  # the new row_version, for the window that saved
        return _info(c)


def available_rule_sets() -> list[str]:
    return sorted({rs.id for rs in load_rule_sets(default_rules_dir())})


def rule_set_names() -> dict[str, str]:
    """id -> the region's name, for a choice of rule set (a rule set's versions share its id)."""
    return {rs.id: rs.region_name for rs in load_rule_sets(default_rules_dir())}


def init_clinic(ctx: ServiceContext, hsa_id: str, name: str, rule_set_id: str = "vasterbotten") -> ClinicInfo:
    """Set the clinic of this database; running it again updates the name or rule set."""
    hsa_id = parse_hsa_id(hsa_id)
    name = (name or "").strip()
    if not name:
        raise ClinicError(QT_TRANSLATE_NOOP("services", "Klinikens namn saknas."))
    if rule_set_id not in available_rule_sets():
        raise ClinicError(QT_TRANSLATE_NOOP("services", "Regelverket '{rule_set_id}' finns inte. Tillgängliga: "
                                                        "{rule_sets}."),
                          rule_set_id=rule_set_id, rule_sets=', '.join(available_rule_sets()))
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        c = s.scalars(select(Clinic)).first()
        if c is None:
            c = Clinic(hsa_id=hsa_id, name=name, rule_set_id=rule_set_id, is_demo=False,
                       created_at=now, created_by=who, modified_at=now, modified_by=who)
            s.add(c)
            load_sample_schedules(s, ctx)  # issue 5: the demo prices treatments from the shipped samples
        elif c.hsa_id != hsa_id:
            raise ClinicError(QT_TRANSLATE_NOOP("services", "Databasen tillhör redan kliniken {clinic} ({hsa_id}). En "
                                                            "databas hör till en enda klinik."),
                              clinic=c.name, hsa_id=c.hsa_id)
        else:
            c.name, c.rule_set_id, c.modified_at, c.modified_by = name, rule_set_id, now, who
        s.flush()
        info = _info(c)
    ctx.__dict__.pop("clinic_rule_set_id", None)  # the cached rule set follows the new choice
    return info
