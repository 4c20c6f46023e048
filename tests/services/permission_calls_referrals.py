"""The service calls of test_permissions for issue 12's referral actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test."""

from __future__ import annotations

from klinik_app.db.models import Referral
from klinik_app.domain import permissions as perm
from klinik_app.services import referrals

DENTIST_HSA = "SE2321000222-T0001"


def _sent_referral(ctx, patient_id: int) -> int:
    """A sent referral to answer, stored as test data (no use case, so nothing in the access log)."""
    now = ctx.now()
    with ctx.begin() as s:
        r = Referral(patient_id=patient_id, specialty="ortodonti", reason="Trångställning", created_on=ctx.today,
                     state="sent", sent_on=ctx.today, recipient="Specialisttandvården Umeå", created_at=now,
                     created_by=DENTIST_HSA, modified_at=now, modified_by=DENTIST_HSA)
        s.add(r)
        s.flush()
        return r.id


def _answer(ctx, patient_id: int) -> None:
    referrals.record_answer(ctx, _sent_referral(ctx, patient_id), ctx.today, "accepted", expected_version=1)


def calls(ctx, w) -> dict:
    return {perm.REFERRAL_WRITE: lambda: referrals.create(ctx, w["ella"], "pedodonti", "Stor kariesskada"),
            perm.REFERRAL_ANSWER: lambda: _answer(ctx, w["ella"])}
