"""Lex Maria (R-DV-3, R-DV-4): the IVO checklist of a serious deviation and the de-identified copy
for the region. The rules are domain/lex_maria.py; the copy is built by domain.lex_maria.region_copy
from every field of the case, and the preview and the PDF both show exactly that.

Handlers only (DEVIATION_HANDLE). The linked patient's and guardians' names and numbers are read to
be removed from the copy: that read is in the access log (R-SE-2), the copy never shows them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from klinik_app.db.models import (
    Deviation,
    DeviationEvent,
    DeviationLexMaria,
    DeviationPatient,
    Guardian,
    Patient,
    PatientGuardian,
    StaffMember,
)
from klinik_app.domain import deviations as rules
from klinik_app.domain.deidentify import KnownPeople
from klinik_app.domain.lex_maria import CHANNELS, CopyField, LexMaria, check_lex_maria, names_written_in, region_copy
from klinik_app.domain.permissions import DEVIATION_HANDLE
from klinik_app.letters.deviation_copy import deviation_copy_pdf
from klinik_app.letters.model import Rendered
from klinik_app.resources import name_lexicon
from klinik_app.services import access_log
from klinik_app.services import deviations as register
from klinik_app.services.context import ServiceContext
from klinik_app.services.listing_documents import letterhead, orderer
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require


@dataclass(frozen=True, slots=True)
class RegionCopy:
    """What leaves for the region: the case number and the de-identified fields, in order."""

    number: str
    fields: tuple[CopyField, ...]

    @property
    def removed(self) -> int:
        return sum(len(f.redacted.spans) for f in self.fields)


def record_lex_maria(ctx: ServiceContext, deviation_id: int, lm: LexMaria, *,
                     expected_version: int | None = None) -> register.DeviationCase:
    """The checklist as it now stands; each save is a line on the case's timeline."""
    require(ctx, DEVIATION_HANDLE)
    with ctx.begin() as s:
        d = register._get(s, deviation_id, expected_version)
        lm = check_lex_maria(d.harm, lm, d.reported_on, ctx.today)
        row = s.get(DeviationLexMaria, d.id)
        if row is None:
            row = DeviationLexMaria(deviation_id=d.id, **register._stamp(ctx))
            s.add(row)
        else:
            row.modified_at, row.modified_by = ctx.now(), ctx.actor.user_id
        for name in LexMaria.__slots__:
            setattr(row, name, getattr(lm, name))
        register._touch(ctx, d)
        register._event(s, ctx, d.id, "lex-maria", _timeline_text(lm))
        return register._done(s, ctx, d)


def _timeline_text(lm: LexMaria) -> str:
    parts = [f"Lex Maria: anmälningsansvarig {lm.reporter}"]
    if lm.sent_on:
        parts.append(f"anmäld till IVO {lm.sent_on.isoformat()} ({CHANNELS[lm.channel].lower()})")
    if lm.patient_informed_on:
        parts.append(f"patienten informerad {lm.patient_informed_on.isoformat()}")
    parts.append("utredningen bifogad" if lm.investigation_attached else "utredningen inte bifogad")
    if lm.region_copy_on:
        parts.append(f"avidentifierad kopia till regionen {lm.region_copy_on.isoformat()}")
    if lm.ivo_decision_on:
        parts.append(f"IVO:s beslut {lm.ivo_decision_on.isoformat()}: {lm.ivo_decision}")
    if lm.decision_forwarded_on:
        parts.append(f"beslutet vidarebefordrat till regionen {lm.decision_forwarded_on.isoformat()}")
    return "; ".join(parts) + "."


def region_copy_preview(ctx: ServiceContext, deviation_id: int) -> RegionCopy:
    """R-DV-4: exactly the texts the region's copy will hold."""
    require(ctx, DEVIATION_HANDLE)
    with ctx.begin() as s:
        return _region_copy(s, ctx, deviation_id)


def region_copy_pdf(ctx: ServiceContext, deviation_id: int, path: str | os.PathLike) -> Rendered:
    """R-DV-4: the de-identified copy as a PDF to the region (the orderer on the letterhead)."""
    require(ctx, DEVIATION_HANDLE)
    head, to = letterhead(ctx), orderer(ctx)
    with ctx.begin() as s:
        copy = _region_copy(s, ctx, deviation_id)
    return deviation_copy_pdf(path, head, to, copy.number, copy.fields, ctx.today)


def _region_copy(s: Session, ctx: ServiceContext, deviation_id: int) -> RegionCopy:
    d = register._get(s, deviation_id)
    if d.harm != rules.SERIOUS_HARM:
        raise rules.DeviationRefused(QT_TRANSLATE_NOOP("services", "En avidentifierad kopia till regionen gäller bara Lex Maria-ärenden "
                                                                   "(allvarlig vårdskada)."))
    fields = _case_fields(s, d)
    known = _known_people(s, ctx, d, [text for _label, text in fields])
    return RegionCopy(rules.receipt_number(d.id), region_copy(fields, known, name_lexicon()))


def _case_fields(s: Session, d: Deviation) -> list[tuple[str, str]]:
    """Every field of the case that says something, labelled; all of them are de-identified."""
    lm = s.get(DeviationLexMaria, d.id)
    fields = [
        ("Kategori", rules.CATEGORY_LABELS[d.category] + (f" ({d.other_party})" if d.other_party else "")),
        ("Skada", rules.HARM_LABELS[d.harm]),
        ("Inträffade", d.occurred_on.isoformat()),
        ("Plats", d.place),  # a field of its own: inside a sentence a capitalised place reads as a name
        ("Vad hände", d.what),
        ("Omedelbar åtgärd", d.immediate_action),
        ("Utredare", d.investigator or ""),
    ]
    fields += [(f"Åtgärd {n}", f"{a.description} (ansvarig: {a.owner}, senast {a.due_on.isoformat()})"
                + (f". Uppföljning: {a.outcome}" if a.outcome else "")) for n, a in enumerate(d.actions, start=1)]
    fields += [("Svar till/från annan part", d.answer_text or ""), ("Återkoppling", d.feedback or ""),
               ("Lärdom", d.lesson or "")]
    if lm is not None:
        fields += [("Anmälan till IVO", lm.sent_on.isoformat() if lm.sent_on else "Inte skickad"),
                   ("IVO:s beslut", f"{lm.ivo_decision_on.isoformat()}: {lm.ivo_decision}" if lm.ivo_decision_on else "")]
    events = s.scalars(select(DeviationEvent.text).where(DeviationEvent.deviation_id == d.id)
                       .order_by(DeviationEvent.id)).all()
    fields += [("Händelse", text) for text in events]
    return fields


def _known_people(s: Session, ctx: ServiceContext, d: Deviation, texts: list[str]) -> KnownPeople:
    """The linked patient and guardians as known secrets; the staff's and other patients' names
    written in the texts as the register's names (read only to be removed, never shown, so not
    logged per patient)."""
    patient = s.scalar(select(Patient).join(DeviationPatient, DeviationPatient.patient_id == Patient.id)
                       .where(DeviationPatient.deviation_id == d.id))
    others = [f"{f} {la}" for f, la in s.execute(select(Patient.first_name, Patient.last_name))]
    others = names_written_in(texts, [*others, *s.scalars(select(StaffMember.name))])
    if patient is None:
        return KnownPeople(register_names=others)
    guardians = s.scalars(select(Guardian).join(PatientGuardian, PatientGuardian.guardian_id == Guardian.id)
                          .where(PatientGuardian.patient_id == patient.id)).all()
    access_log.record(s, ctx, "read", [patient.id],
                      detail=f"avidentifierad kopia av avvikelse {rules.receipt_number(d.id)}")
    people = [patient, *guardians]
    numbers = [p.personnummer for p in people if p.personnummer]
    return KnownPeople(
        names=(f"{patient.first_name} {patient.last_name}", *(g.name for g in guardians)),
        register_names=others,
        identity_numbers=tuple(f"{n[:8]}-{n[8:]}" for n in numbers),
        birth_dates=(patient.birth_date, *filter(None, (_birth(n) for n in numbers[1:]))),
        phones=tuple(p.phone for p in people if p.phone),
        emails=(patient.email,) if patient.email else (),
        addresses=tuple(a for p in people for a in (p.street, " ".join(x for x in (p.postal_code, p.postal_town) if x))
                        if a),
    )


def _birth(digits: str) -> date | None:
    day = int(digits[6:8])
    try:
        return date(int(digits[:4]), int(digits[4:6]), day - 60 if day > 60 else day)
    except ValueError:  # an imported guardian number that is not a real date: its digits are removed anyway
        return None
