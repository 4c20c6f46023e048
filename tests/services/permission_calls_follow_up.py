"""The service calls of test_permissions for issue 9's follow-up actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test, `w` is
the world fixture of test_permissions. Anything a call needs first is set up by a permitted actor."""

from __future__ import annotations


def calls(ctx, w) -> dict:
    return {}
