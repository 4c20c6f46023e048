"""The service calls of test_permissions for issue 9's follow-up actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test, `w` is
the world fixture of test_permissions. Anything a call needs first is set up by a permitted actor."""

from __future__ import annotations

from klinik_app.domain import permissions as perm
from klinik_app.services import orderers


def calls(ctx, w) -> dict:
    return {perm.FOLLOW_UP_MANAGE: lambda: orderers.save_target(ctx, orderers.SETTINGS_ORDERER, 2026,
                                                                "examined_within_interval", 0.9, 0.05)}
