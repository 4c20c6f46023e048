"""Clinic-wide settings kept in the database (shared by every workstation of the clinic)."""

from __future__ import annotations

from sqlalchemy import select

from klinik_app.db.models import AppSetting
from klinik_app.domain.permissions import SETTINGS_MANAGE
from klinik_app.services.context import ServiceContext
from klinik_app.services.permissions import require

ORDERER_NAME = "orderer.name"  # beställarenheten, the addressee of listing-stop notices and invoices
ORDERER_ADDRESS = "orderer.address"  # lines separated by newlines
# The regional listing service (issue 7, regional-listing-api.md): the base URL and the clinic's
# certificate files (PEM). `klinik sync --server/--client-cert/--client-key/--ca` override them.
SYNC_SERVER_URL = "sync.server_url"  # e.g. https://listning.region.example/fhir
SYNC_CLIENT_CERT = "sync.client_cert"  # the clinic's function certificate (SITHS in production)
SYNC_CLIENT_KEY = "sync.client_key"
SYNC_CA = "sync.ca"  # the CA that issued the region's server certificate

DEFAULTS = {
    ORDERER_NAME: "Region Västerbotten, Beställarenheten tandvård",
    ORDERER_ADDRESS: "Region Västerbotten\n901 89 Umeå",
}


def get_setting(ctx: ServiceContext, key: str) -> str:
    with ctx.sessions() as s:
        value = s.scalar(select(AppSetting.value).where(AppSetting.key == key))
    return value if value is not None else DEFAULTS.get(key, "")


def set_setting(ctx: ServiceContext, key: str, value: str) -> None:
    require(ctx, SETTINGS_MANAGE)
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        row = s.get(AppSetting, key)
        if row is None:
            s.add(AppSetting(key=key, value=value, created_at=now, created_by=who, modified_at=now, modified_by=who))
        elif row.value != value:
            row.value, row.modified_at, row.modified_by = value, now, who


def get_int_setting(ctx: ServiceContext, key: str, default: int, lowest: int, highest: int) -> int:
    """A whole-number setting kept within its bounds; the default when unset or unreadable."""
    try:
        value = int(get_setting(ctx, key) or default)
    except ValueError:
        value = default
    return min(max(value, lowest), highest)
