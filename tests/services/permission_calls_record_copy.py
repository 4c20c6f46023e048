"""The service call of test_permissions for issue 13's record copy (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test."""

from __future__ import annotations

from klinik_app.domain import permissions as perm
from klinik_app.domain.record_copy import PATIENT, CopyRequest
from klinik_app.services import record_copy


def calls(ctx, w) -> dict:
    def copy():  # the FHIR file only: the PDF would need the clinic's address first
        return record_copy.make_copy(ctx, w["ella"], CopyRequest(PATIENT, "patienten själv"), None,
                                     w["csv"].with_name("kopia.json"))

    return {perm.RECORD_COPY: copy}
