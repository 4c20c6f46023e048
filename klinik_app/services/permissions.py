"""Permission checks in the services: the role x action table of domain/permissions.py, enforced here
so that the window, the command and the sync all meet the same rule (R-SE-1..3)."""

from __future__ import annotations

from klinik_app.domain.permissions import Action, allowed, roles_text
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.security_events import DENIED, record_event


class NotPermitted(UsageError):
    """The acting user's roles do not allow the action (exit 64: run it as someone who may)."""

    def __init__(self, action: Action) -> None:
        super().__init__(QT_TRANSLATE_NOOP("services", "Du har inte behörighet att {action}. Det får {roles}."),
                         action=action.text, roles=roles_text(action))
        self.action = action


def may(ctx: ServiceContext, action: Action) -> bool:
    """For the window: whether to offer the action at all (the service checks again)."""
    return allowed(ctx.actor.roles, action)


def require(ctx: ServiceContext, action: Action) -> None:
    """Refuse unless allowed; a refusal is itself on record, in its own transaction."""
    if allowed(ctx.actor.roles, action):
        return
    record_event(ctx, DENIED, ctx.actor.user_id, action.id)
    raise NotPermitted(action)
