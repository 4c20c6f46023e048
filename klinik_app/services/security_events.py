"""Security events (R-SE-1): every login, failed login, lockout, lock, unlock, refused action and
account change, on record. Append-only; the head of clinic reads them with the access log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import SecurityEvent
from klinik_app.services.context import ServiceContext

LOGIN, LOGIN_FAILED, LOCKED_OUT, LOGOUT = "inloggning", "fel-losenord", "kontot-last", "utloggning"
IDLE_LOCK, UNLOCK, DENIED = "skarmlas", "upplasning", "nekad"
ACCOUNT_CREATED, ROLES_CHANGED, PASSWORD_SET = "konto-skapat", "roller-andrade", "losenord-satt"
ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCOUNT_UNLOCKED = "konto-avslutat", "konto-aktiverat", "konto-upplast"

KIND_TEXT = {
    LOGIN: "Inloggning", LOGIN_FAILED: "Fel lösenord", LOCKED_OUT: "Kontot låst efter för många försök",
    LOGOUT: "Utloggning", IDLE_LOCK: "Skärmen låst", UNLOCK: "Skärmen upplåst", DENIED: "Nekad åtgärd",
    ACCOUNT_CREATED: "Konto skapat", ROLES_CHANGED: "Roller ändrade", PASSWORD_SET: "Lösenord satt",
    ACCOUNT_DISABLED: "Konto avslutat", ACCOUNT_ENABLED: "Konto aktiverat", ACCOUNT_UNLOCKED: "Konto upplåst",
}


def add_event(session: Session, ctx: ServiceContext, kind: str, user_id: str, detail: str | None = None) -> None:
    """In the caller's transaction (an account change and its record commit together)."""
    session.add(SecurityEvent(at=ctx.now(), user_id=user_id, workstation=ctx.actor.workstation,
                              kind=kind, detail=detail))


def record_event(ctx: ServiceContext, kind: str, user_id: str, detail: str | None = None) -> None:
    with ctx.begin() as s:
        add_event(s, ctx, kind, user_id, detail)


@dataclass(frozen=True)
class EventView:
    at: datetime
    user_id: str
    workstation: str
    kind: str
    text: str
    detail: str


def recent_events(ctx: ServiceContext, limit: int = 500, user_id: str | None = None) -> list[EventView]:
    from klinik_app.domain.permissions import AUDIT_READ
    from klinik_app.services.permissions import require

    require(ctx, AUDIT_READ)
    query = select(SecurityEvent).order_by(SecurityEvent.id.desc()).limit(limit)
    if user_id:
        query = query.where(SecurityEvent.user_id == user_id)
    with ctx.sessions() as s:
        return [EventView(e.at, e.user_id, e.workstation or "", e.kind, KIND_TEXT.get(e.kind, e.kind), e.detail or "")
                for e in s.scalars(query)]
