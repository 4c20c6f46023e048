"""Clinic-wide settings kept in the database (shared by every workstation of the clinic)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import AppSetting
from klinik_app.domain import referrals
from klinik_app.domain.permissions import SETTINGS_MANAGE
from klinik_app.services.concurrency import ChangedElsewhere, as_text, check_version, guarded
from klinik_app.services.context import ServiceContext
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.sync import state

ORDERER_NAME = "orderer.name"  # beställarenheten, the addressee of listing-stop notices and invoices
ORDERER_ADDRESS = "orderer.address"  # lines separated by newlines
# The regional listing service (issue 7, regional-listing-api.md): the base URL and the clinic's
# certificate files (PEM). `klinik sync --server/--client-cert/--client-key/--ca` override them.
SYNC_SERVER_URL = "sync.server_url"  # e.g. https://listning.region.example/fhir
SYNC_CLIENT_CERT = "sync.client_cert"  # the clinic's function certificate (SITHS in production)
SYNC_CLIENT_KEY = "sync.client_key"
SYNC_CA = "sync.ca"  # the CA that issued the region's server certificate

# Issue 12: minutes of a revision appointment per age group (3-5, 6-15, 16-23 years) and risk group
# 0-2 (R-RV-10) for the capacity planning; defaults 30/30/45 for small children, 30/45/60 otherwise
# (a higher risk means more to examine and treat). domain.revision_forecast.RevisionLengths reads them.
REVISION_MINUTES = {(group, risk): f"planning.revision_minutes.{group}.risk{risk}"
                    for group in ("3-5", "6-15", "16-23") for risk in (0, 1, 2)}
REVISION_MINUTES_DEFAULTS = {"3-5": (30, 30, 45), "6-15": (30, 45, 60), "16-23": (30, 45, 60)}
# Issue 12: a specialist's lead time in days per specialty (R-RV-9); defaults in domain.referrals.
REFERRAL_LEAD_DAYS = {code: f"referral.lead_days.{code}" for code in referrals.SPECIALTIES}

# Issue 12 proposals (services.proposals): school hours avoided for school-age patients ("08:00-15:00";
# "" = not avoided), the ages counted as school age, and the extra minutes of an interpreted revision.
SCHOOL_HOURS = "planning.school_hours"
SCHOOL_AGES = "planning.school_ages"
INTERPRETER_MINUTES = "planning.interpreter_minutes"

# Issue 13 (R-SE-3): years a patient record is kept after its newest entry (never under 10;
# services.retention sets it).
RETENTION_RECORD_YEARS = "retention.record_years"

DEFAULTS = {
    RETENTION_RECORD_YEARS: "10",
    SCHOOL_HOURS: "",
    SCHOOL_AGES: "6-18",
    INTERPRETER_MINUTES: "15",
    ORDERER_NAME: "Region Västerbotten, Beställarenheten tandvård",
    ORDERER_ADDRESS: "Region Västerbotten\n901 89 Umeå",
    **{key: str(REVISION_MINUTES_DEFAULTS[group][risk]) for (group, risk), key in REVISION_MINUTES.items()},
    **{key: str(referrals.DEFAULT_LEAD_DAYS[code]) for code, key in REFERRAL_LEAD_DAYS.items()},
}
ORDERER_LABELS = {ORDERER_NAME: "Beställare", ORDERER_ADDRESS: "Beställarens adress"}
SETTINGS = "settings"  # the `key` of a ChangedElsewhere over settings: its current_version maps key -> version


def get_setting(ctx: ServiceContext, key: str) -> str:
    with ctx.sessions() as s:
        value = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return value if value is not None else DEFAULTS.get(key, "")


def set_setting(ctx: ServiceContext, key: str, value: str) -> None:
    set_settings(ctx, {key: value})


def read_settings(ctx: ServiceContext, keys) -> tuple[dict[str, str], dict[str, int]]:
    """What a settings window shows: each value (or its default) and its row_version (0: not stored)."""
    with ctx.sessions() as s:
        rows = {row.key: row for row in s.scalars(select(AppSetting).where(AppSetting.key.in_(list(keys))))}
    return ({key: rows[key].value if key in rows else DEFAULTS.get(key, "") for key in keys},
            {key: rows[key].row_version if key in rows else 0 for key in keys})


def check_settings(session: Session, values: Mapping[str, str | None], expected_versions: Mapping[str, int] | None,
                   labels: Mapping[str, str], what: str) -> None:
    """Refuse with one ChangedElsewhere for the whole group (`labels`: key -> Swedish label of every
    setting the window shows) when any setting saved is no longer at the version the window showed
    (issue 10). Its `current_version` maps every key to its version now, for a deliberate retry."""
    if expected_versions is None:
        return
    rows = {key: session.get(AppSetting, key) for key in {*labels, *values}}
    now = {key: row.row_version if row is not None else 0 for key, row in rows.items()}
    stale = [rows[key] for key in values if key in expected_versions and now[key] != expected_versions[key]]
    if not stale:
        return
    by = at = None
    changed = [row for row in stale if row is not None]  # a setting cleared elsewhere names no one
    if changed:
        try:  # who saved last, and when, named as every other conflict names them (-1: never a stored version)
            check_version(max(changed, key=lambda row: row.modified_at), -1, {}, {}, what=what)
        except ChangedElsewhere as latest:
            by, at = latest.by, latest.at
    raise ChangedElsewhere(
        what, {labels[key]: as_text(value) for key, value in values.items() if key in labels},
        {label: as_text(rows[key].value if rows[key] is not None else DEFAULTS.get(key)) for key, label in labels.items()},
        by=by, at=at, key=SETTINGS, current_version=now)


def put_settings(session: Session, ctx: ServiceContext, values: Mapping[str, str | None]) -> None:
    """Store the values in the caller's transaction (None: the setting is cleared, its default applies)."""
    now, who = ctx.now(), ctx.actor.user_id
    for key, value in values.items():
        state.put(session, key, value, now=now, who=who)


def set_settings(ctx: ServiceContext, values: Mapping[str, str | None], *,
                 expected_versions: Mapping[str, int] | None = None, labels: Mapping[str, str] = ORDERER_LABELS,
                 what: str = QT_TRANSLATE_NOOP("services", "Beställarens uppgifter")) -> dict[str, int]:
    """Store several settings in one transaction; `expected_versions` (key -> the row_version the
    window showed) refuses a save over a change made elsewhere. Returns each key's version now."""
    require(ctx, SETTINGS_MANAGE)
    with guarded(ctx, lambda s: check_settings(s, values, expected_versions, labels, what), what), ctx.begin() as s:
        check_settings(s, values, expected_versions, labels, what)
        put_settings(s, ctx, values)
        s.flush()
        rows = {key: s.get(AppSetting, key) for key in values}
        return {key: row.row_version if row is not None else 0 for key, row in rows.items()}


def get_int_setting(ctx: ServiceContext, key: str, default: int, lowest: int, highest: int) -> int:
    """A whole-number setting kept within its bounds; the default when unset or unreadable."""
    try:
        value = int(get_setting(ctx, key) or default)
    except ValueError:
        value = default
    return min(max(value, lowest), highest)
