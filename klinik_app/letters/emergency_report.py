"""R-EM-2: the report back to the patient's own clinic after an emergency visit.

The emergency treatment is reported to the clinic where the patient is listed (or the area clinic)
as soon as possible; the follow-up is that clinic's responsibility.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from klinik_app.letters.dates import swedish_date
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph, subheading


@dataclass(frozen=True, slots=True)
class ReportedTreatment:
    code: str
    name: str
    tooth: int | None


@dataclass(frozen=True, slots=True)
class EmergencyReport:
    patient_name: str
    personnummer: str  # display form
    visited_on: date
    summary: str  # the complaint and what was done, as written at the visit
    treatments: Sequence[ReportedTreatment]


def emergency_report_pdf(path: str | os.PathLike, letterhead: Letterhead, home_clinic: Recipient,
                         report: EmergencyReport, written_on: date, signer: str | None = None) -> Rendered:
    register_fonts()  # the paragraphs below measure text in the letter font
    body = [
        *heading("Rapport om akut tandvård"),
        *paragraph(f"Er patient <b>{esc(report.patient_name)}</b>, {esc(report.personnummer)}, sökte akut "
                   f"tandvård hos {esc(letterhead.name)} den {swedish_date(report.visited_on)}."),
        *subheading("Besvär och vad som gjordes"),
        *paragraph(esc(report.summary).replace("\n", "<br/>")),
    ]
    if report.treatments:
        body += subheading("Utförda åtgärder")
        body += paragraph("<br/>".join(
            f"{esc(t.code)} {esc(t.name)}" + (f", tand {t.tooth}" if t.tooth else "") for t in report.treatments))
    body += paragraph("Ni är patientens ordinarie klinik. Fortsatt behandling och uppföljning är därför ert "
                      "ansvar; vi har inte bokat någon uppföljning här. Kontakta gärna oss "
                      f"{contact_phrase(letterhead)} om ni har frågor om behandlingen.")
    body += closing(letterhead, signer)
    letter = Letter(recipient=home_clinic, document_name="Rapport akut tandvård",
                    references=(("Datum", swedish_date(written_on)), ("Besöksdatum", swedish_date(report.visited_on))),
                    body=body)
    return render_letters(path, letterhead, [letter], f"Rapport om akut tandvård {report.visited_on.isoformat()}")
