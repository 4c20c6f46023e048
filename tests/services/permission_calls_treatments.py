"""The service calls of test_permissions for issue 5's treatments actions (see test_permissions._act).

`calls(ctx, w)` returns {Action: zero-argument callable}; `ctx` acts in the role under test, `w` is
the world fixture of test_permissions. Anything a call needs first is set up by a permitted actor."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from klinik_app.db.models import StaffMember
from klinik_app.domain import permissions as perm
from klinik_app.services import treatments
from tests.factories import add_appointment, add_staff

CAREGIVER = "SE2321000222-T0042"


def calls(ctx, w) -> dict:
    def record():
        with ctx.sessions() as s:
            if s.scalar(select(StaffMember.id).where(StaffMember.hsa_id == CAREGIVER)) is None:
                add_staff(ctx, CAREGIVER, "Tove Tandläkare", "tandlakare")
        visit = add_appointment(ctx, w["sara"], datetime(2026, 11, 2, 9), kind="treatment", status="attended",
                                caregiver=CAREGIVER)
        return treatments.record_treatment(ctx, appointment_id=visit, code="101", caregiver_hsa_id=CAREGIVER)

    def load():
        path = w["csv"].with_name("taxa-2030.csv")
        path.write_text("# typ: regional\n# version: 2030\n# namn: Tandvårdstaxa 2030\n# giltig_fran: 2030-01-01\n"
                        "kod;benamning;pris\n101;Basundersökning;1200\n", encoding="utf-8")
        return treatments.load_fee_schedule(ctx, path)

    return {perm.TREATMENT_RECORD: record, perm.FEE_SCHEDULE_LOAD: load}
