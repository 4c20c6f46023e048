"""The record copy's sections as Swedish text (R-SE-4): what the PDF prints and the preview counts.

Protected identity (R-TG-4): no address, phone or e-mail of the patient or of the guardians.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from klinik_app.domain import listing as listing_rules
from klinik_app.domain import record_copy as rules
from klinik_app.domain.local_time import to_local
from klinik_app.letters.model import Recipient
from klinik_app.letters.record_copy import Section
from klinik_app.services import absence
from klinik_app.services.appointments import KINDS, STATUSES
from klinik_app.services.audit import NO_ADDRESS_LINE

if TYPE_CHECKING:
    from klinik_app.services.record_copy import RecordContents

LEFT_OUT = "Utelämnas: skyddad identitet"
TOBACCO = {"ingen": "Ingen", "rokning": "Rökning", "snus": "Snus", "rokning-och-snus": "Rökning och snus"}
RECALL_LETTERS = {"summons": "Kallelse till revision", "reminder": "Påminnelse om revision"}
TASK_STATES = {"open": "Öppen", "closed": "Avslutad"}
TASK_KINDS, DECISIONS = absence.TASK_LABELS, absence.DECISION_LABELS


def _d(value) -> str:
    return value.isoformat() if value else ""


def _n(value) -> str:
    return "" if value is None else str(value)


def _kr(ore: int) -> str:
    return f"{ore / 100:.2f} kr".replace(".", ",")


def sections(c: RecordContents) -> list[Section]:
    return [_identity(c), _guardians(c), _listings(c), _exams(c), _appointments(c), _treatments(c),
            _emergency(c), _letters(c), _tasks(c), _disclosures(c)]


def _identity(c: RecordContents) -> Section:
    p = c.patient
    address = ", ".join(x for x in (p.street, " ".join(y for y in (p.postal_code, p.postal_town) if y)) if x)
    rows = [("Namn", c.name), ("Personnummer" if p.id_kind == "personnummer" else "Samordningsnummer", c.personnummer),
            ("Födelsedatum", _d(p.birth_date)), ("Kön", {"M": "Man", "F": "Kvinna"}.get(p.sex or "", ""))]
    if c.protected:
        rows += [("Adress", LEFT_OUT), ("Telefon", LEFT_OUT), ("E-post", LEFT_OUT)]
    else:
        rows += [("Adress", address), ("Kommunkod", p.municipality_code or ""), ("Telefon", p.phone or ""),
                 ("E-post", p.email or "")]
    if p.deceased_on:
        rows.append(("Avliden", _d(p.deceased_on)))
    if p.language:
        rows.append(("Språk", p.language + (", tolk behövs" if p.interpreter_needed else "")))
    rows.append(("Ansvarig tandläkare", c.who(p.responsible_dentist_hsa_id)))
    return Section("Personuppgifter", ("Uppgift", "Värde"), tuple(rows), widths=(1.0, 3.0))


def _guardians(c: RecordContents) -> Section:
    rows = []
    for g in c.guardians:
        pnr = f"{g.personnummer[:8]}-{g.personnummer[8:]}" if g.personnummer else ""
        contact = LEFT_OUT if c.protected else ", ".join(x for x in (g.phone, g.street, g.postal_code, g.postal_town) if x)
        rows.append((g.name, pnr, contact))
    return Section("Vårdnadshavare", ("Namn", "Personnummer", "Kontaktuppgifter"), tuple(rows),
                   "Inga vårdnadshavare registrerade.")


def _consent(c: RecordContents, consent_id: int | None) -> str:
    consent = c.consents.get(consent_id) if consent_id else None
    if consent is None:
        return ""
    guardian = c.consent_guardians.get(consent.guardian_id) if consent.guardian_id else None
    who = "patienten" if consent.giver == "patient" else f"vårdnadshavare {guardian.name if guardian else ''}".strip()
    return f"{_d(consent.given_on)} av {who} ({consent.method}), registrerat av {c.who(consent.recorded_by)}"


def _listings(c: RecordContents) -> Section:
    rows = tuple((listing_rules.LISTING_TYPE_LABELS.get(li.listing_type, li.listing_type),
                  listing_rules.STATUS_LABELS.get(li.status, li.status), _d(li.start_date), _d(li.end_date),
                  listing_rules.END_REASONS.get(li.end_reason, li.end_reason or "") if li.end_reason else "",
                  _consent(c, li.consent_id)) for li in c.listings)
    return Section("Listningar och samtycken", ("Typ", "Status", "Från", "Till", "Avslutsorsak", "Samtycke"), rows,
                   "Inga listningar.", widths=(1.5, 1.5, 1.8, 1.8, 2.5, 4.0))


def _exams(c: RecordContents) -> Section:
    rows = tuple((_d(e.examined_on), e.role_label, c.name_of(e.examiner_hsa_id),
                  "/".join(_n(r) for r in e.risks.values()), _n(e.risk_group),
                  f"{_n(e.planned_interval_months)} / {_n(e.used_interval_months)}", _n(e.deft), _n(e.dft),
                  TOBACCO.get(e.tobacco or "", ""), {True: "Ja", False: "Nej"}.get(e.bite_check, ""))
                 for e in c.exam_lines)
    note = (f"Nästa revision: {_d(c.due.due) or 'ingen inom Hälsoval'}. {c.due_text} Kolumnerna: risk för karies, "
            "parodontit, allmän och teknisk risk (0–2), samlad riskgrupp, revisionsintervall i månader (planerat / "
            "efter åldersgränsen), bett = bettutvecklingskontroll.")
    return Section("Undersökningar och tandhälsodata",
                   ("Datum", "Roll", "Undersökare", "Risk K/P/A/T", "Risk", "Intervall", "deft", "DFT", "Tobak",
                    "Bett"), rows, "Inga undersökningar.", note, widths=(2.2, 2.2, 2.7, 1.8, 1.0, 2.0, 1.2, 1.1, 1.6, 1.0))


def _appointments(c: RecordContents) -> Section:
    rows = tuple((a.starts.strftime("%Y-%m-%d %H:%M"), KINDS.get(a.kind, a.kind), STATUSES.get(a.status, a.status),
                  a.caregiver_name or a.caregiver_hsa_id or "", a.agreed_text,
                  "" if a.fee_sek is None else f"{a.fee_sek} kr", a.fee_reason or "") for a in c.appointments)
    return Section("Tider och uteblivanden", ("Tid", "Typ", "Utfall", "Behandlare", "Överenskommelse", "Avgift",
                                              "Skäl till avgift"), rows, "Inga tider.",
                   widths=(1.9, 1.5, 2.0, 2.2, 3.5, 1.3, 2.4))


def _treatments(c: RecordContents) -> Section:
    rows = tuple((_d(t.treated_on), t.code, t.name, _n(t.tooth), c.name_of(t.caregiver_hsa_id), _kr(t.price_ore))
                 for t in c.treatments)
    return Section("Behandlingar", ("Datum", "Åtgärd", "Benämning", "Tand", "Behandlare", "Pris"), rows,
                   "Inga behandlingar.", widths=(2.0, 1.2, 4.0, 1.0, 3.0, 1.6))


def _emergency(c: RecordContents) -> Section:
    rows = tuple((_d(v.visited_on), v.summary, v.payer_name or v.payer_kind, _d(v.report_letter_on))
                 for v in c.emergency_visits)
    return Section("Akutbesök", ("Datum", "Besvär och åtgärd", "Betalare", "Rapportbrev"), rows, "Inga akutbesök.",
                   widths=(1.0, 3.0, 1.6, 1.0))


def _letters(c: RecordContents) -> Section:
    rows = [(_d(x.contacted_on), RECALL_LETTERS.get(x.kind, x.kind), x.note or "") for x in c.letters]
    rows += [(_d(t.decision_on), "Skriftlig information om uteblivanden", "")
             for t in c.tasks if t.kind == "written-information" and t.decision == "sent"]
    rows += [(_d(v.report_letter_on), "Rapport om akutbesök till listningskliniken", v.payer_name or "")
             for v in c.emergency_visits if v.report_letter_on]
    return Section("Skickade brev", ("Datum", "Brev", "Anteckning"), tuple(sorted(rows)), "Inga brev skickade.",
                   widths=(1.0, 2.5, 2.5))


def _tasks(c: RecordContents) -> Section:
    rows = tuple((_d(t.opened_on), TASK_KINDS.get(t.kind, t.kind), TASK_STATES.get(t.state, t.state),
                  DECISIONS.get(t.decision, t.decision or "") if t.decision else "", _d(t.decision_on))
                 for t in c.tasks)
    return Section("Uppgifter och beslut", ("Öppnad", "Uppgift", "Status", "Beslut", "Datum"), rows, "Inga uppgifter.")


def _disclosures(c: RecordContents) -> Section:
    rows = tuple((to_local(d.disclosed_at).strftime("%Y-%m-%d %H:%M"), d.recipient_name,
                  "Samtycke" if d.consent_by else "Egen begäran", c.who(d.disclosed_by)) for d in c.disclosures)
    return Section("Tidigare utlämnade kopior", ("Tid", "Mottagare", "Grund", "Utlämnad av"), rows,
                   "Inga tidigare kopior.")


def recipient_of(c: RecordContents, request: rules.CopyRequest) -> Recipient:
    """The covering letter's addressee: the provider (by HSA-ID), or the patient at home unless protected."""
    if request.to_provider:
        where = f"HSA-ID {request.recipient_hsa_id}" if request.recipient_hsa_id else NO_ADDRESS_LINE
        return Recipient((request.recipient_name,), (where,))
    p = c.patient
    town = " ".join(x for x in (p.postal_code, p.postal_town) if x)
    address = (p.street, town) if p.street and town and not c.protected else (NO_ADDRESS_LINE,)
    name = c.name if request.recipient_kind == rules.PATIENT else request.recipient_name
    return Recipient((name,), address, concerning=c.name if request.recipient_kind == rules.GUARDIAN else None)
