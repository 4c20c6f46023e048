"""The summons to a revision (kallelse till undersökning), and its reminders, as one PDF batch.

One letter per household: a minor's guardians get one letter naming every child in the batch
("ni"); a patient who is written to directly gets a letter of their own ("du").
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from klinik_app.letters.dates import swedish_date, swedish_month, swedish_time
from klinik_app.letters.fonts import register_fonts
from klinik_app.letters.layout import BODY
from klinik_app.letters.model import Letterhead, Recipient, Rendered
from klinik_app.letters.render import NO_RECIPIENTS, Letter, render_letters
from klinik_app.letters.text import closing, contact_phrase, esc, heading, paragraph, subheading

DOCUMENT_NAME = "Kallelse"
TITLE = "Kallelse till revision"
FREE_CARE_LAST_AGE = 23  # Hälsoval tandvård: free up to and including the year the patient turns 23
CONFIRM_DAYS_BEFORE = 7  # a proposed time is to be confirmed this many days before it
ROLE_TITLES = {"tandlakare": "tandläkare", "tandhygienist": "tandhygienist"}


@dataclass(frozen=True, slots=True)
class ProposedTime:
    """A time the clinic proposes (issue 12): booked, not agreed until confirmed (R-AB-3)."""

    starts: datetime  # Swedish local time
    caregiver: str  # the name
    role: str  # tandlakare | tandhygienist
    interpreter: str | None = None  # the language of the interpreter booked


@dataclass(frozen=True, slots=True)
class SummonedPatient:
    """One patient called to a revision: the name as printed and the month it is due."""

    name: str  # "Ella Lind"
    due: date  # the computed due date of the revision; the letter names its month
    requires_dentist: bool  # a dentist must examine (otherwise a dentist or a dental hygienist)
    proposed: ProposedTime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip())
        if not self.name:
            raise ValueError(
                "En patient i kallelsen saknar namn. Komplettera patientens uppgifter och försök igen."
            )


@dataclass(frozen=True, slots=True)
class Summons:
    """One letter: to a patient ("du") or to a minor's guardians about one or more children ("ni").

    `reminder` is 0 for the first summons and n for the n-th reminder.
    """

    recipient: Recipient
    patients: tuple[SummonedPatient, ...]
    to_guardian: bool
    reminder: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "patients", tuple(self.patients))
        who = self.recipient.display_name
        if not self.patients:
            raise ValueError(
                f"Kallelsen till {who} gäller ingen patient. Välj minst en patient och försök igen."
            )
        if not self.to_guardian and len(self.patients) > 1:
            raise ValueError(
                f"Kallelsen till {who} är skriven till patienten själv men gäller {len(self.patients)} "
                "patienter. Skicka en kallelse per patient, eller skriv till vårdnadshavaren."
            )
        if self.reminder < 0:
            raise ValueError(f"Kallelsen till {who} har ett ogiltigt påminnelsenummer ({self.reminder}).")


def summons_letters(
    path: str | os.PathLike,
    letterhead: Letterhead,
    summonses: Sequence[Summons],
    written_on: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Rendered:
    """One letter per summons in one PDF at `path`; `progress` and `cancelled` as in render_letters."""
    if not summonses:
        raise ValueError(NO_RECIPIENTS)
    register_fonts()  # the paragraphs below measure text in the letter font
    references = (("Datum", swedish_date(written_on)),)
    letters = [
        Letter(
            recipient=summons.recipient,
            document_name=DOCUMENT_NAME,
            references=references,
            body=_body(letterhead, summons, written_on),
        )
        for summons in summonses
    ]
    return render_letters(path, letterhead, letters, TITLE, progress=progress, cancelled=cancelled)


def _joined(names: Sequence[str]) -> str:
    """'Ella', 'Ella och Vilgot', 'Ella, Vilgot och Stina' (no comma before 'och' in Swedish)."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} och {names[-1]}"


def _body(head: Letterhead, summons: Summons, written_on: date) -> list[Flowable]:
    clinic = esc(head.name)
    month_start = written_on.replace(day=1)
    if summons.to_guardian:
        # To a guardian: "ni", since a letter about a child often reaches both guardians.
        names = [patient.name for patient in summons.patients]
        child = "ert barn" if len(names) == 1 else "era barn"
        intro = (
            f"Nu är det dags för {child} att komma på undersökning hos oss på {clinic}. Vid "
            "undersökningen tittar vi på tänder, tandkött och bett och ger råd om hur tänderna kan "
            "hållas friska."
        )
        dues = [_due(f"<b>{esc(p.name)}</b>", p, month_start) for p in summons.patients]
        free = (
            "Undersökningen är kostnadsfri. Inom Hälsoval tandvård är tandvården avgiftsfri för barn "
            f"och unga vuxna till och med det år de fyller {FREE_CARE_LAST_AGE} år."
        )
        book = _book_or_confirm(head, summons, written_on, "er", "ni", "Varmt välkomna!")
        elsewhere = (
            "Har ni valt en annan tandklinik, eller vill ni avböja undersökningen, ber vi er att "
            "meddela oss det, så skickar vi inga fler kallelser."
        )
        reminded = (
            "Vi har tidigare skickat en kallelse men har ännu inte fått någon bokning från er. Har ni "
            "redan bokat en tid kan ni bortse från den här påminnelsen."
        )
        concerning = subheading(f"Angående {_joined(names)}")
    else:
        patient = summons.patients[0]
        intro = (
            f"Nu är det dags för dig att komma på undersökning hos oss på {clinic}. Vid "
            "undersökningen tittar vi på tänder, tandkött och bett och ger dig råd om hur du håller "
            "tänderna friska."
        )
        dues = [_due("Du", patient, month_start)]
        free = (
            "Undersökningen är kostnadsfri för dig. Inom Hälsoval tandvård är tandvården avgiftsfri "
            f"för barn och unga vuxna till och med det år de fyller {FREE_CARE_LAST_AGE} år."
        )
        book = _book_or_confirm(head, summons, written_on, "dig", "du", "Varmt välkommen!")
        elsewhere = (
            "Har du valt en annan tandklinik, eller vill du avböja undersökningen, ber vi dig att "
            "meddela oss det, så skickar vi inga fler kallelser."
        )
        reminded = (
            "Vi har tidigare skickat en kallelse men har ännu inte fått någon bokning från dig. Har du "
            "redan bokat en tid kan du bortse från den här påminnelsen."
        )
        concerning = []
    title = "Påminnelse: dags för undersökning" if summons.reminder else "Dags för undersökning"
    return [
        *heading(title),
        *concerning,
        *(paragraph(reminded) if summons.reminder else []),
        *paragraph(intro),
        *_listed(dues),
        *paragraph(free),
        *paragraph(book),
        *paragraph(elsewhere),
        *closing(head),
    ]


def _listed(sentences: list[str]) -> list[Flowable]:
    """One paragraph per child, set closer together than the letter's paragraphs."""
    flowables: list[Flowable] = []
    for sentence in sentences:
        flowables += [Paragraph(sentence, BODY), Spacer(1, 1.5 * mm)]
    flowables[-1] = Spacer(1, 3 * mm)
    return flowables


def _due(who: str, patient: SummonedPatient, month_start: date) -> str:
    """'<b>Ella Lind</b> ska undersökas senast i december 2026. Undersökningen görs av tandläkare.'

    `who` is markup. A reminder may be written after the due month: then the sentence says so.
    """
    verb = "skulle ha undersökts" if patient.due < month_start else "ska undersökas"
    sentence = f"{who} {verb} senast i <b>{swedish_month(patient.due)}</b>. "
    p = patient.proposed
    if p is None:
        examiner = "tandläkare" if patient.requires_dentist else "tandläkare eller tandhygienist"
        return sentence + f"Undersökningen görs av {examiner}."
    interpreter = f", med tolk på {esc(p.interpreter)}" if p.interpreter else ""
    return sentence + (f"Vi har reserverat tiden <b>{swedish_time(p.starts)}</b> hos "
                       f"{ROLE_TITLES.get(p.role, p.role)} {esc(p.caregiver)}{interpreter}.")


def _book_or_confirm(head: Letterhead, summons: Summons, written_on: date, you: str, you_subject: str,
                     welcome: str) -> str:
    """Book a time, or confirm the proposed one (R-AB-3: it is agreed only once confirmed)."""
    contact = contact_phrase(head)
    proposed = [p.proposed for p in summons.patients if p.proposed is not None]
    if not proposed:
        return f"Boka en tid som passar {you} genom att kontakta oss {contact}. {welcome}"
    by = min(p.starts.date() for p in proposed) - timedelta(days=CONFIRM_DAYS_BEFORE)
    when = f"senast {swedish_date(by)}" if by > written_on + timedelta(days=2) else "så snart som möjligt"
    times = "Tiden" if len(proposed) == 1 else "Tiderna"
    text = (f"{times} är ett förslag från oss och gäller när {you_subject} har bekräftat "
            f"{'den' if len(proposed) == 1 else 'dem'}. Bekräfta, eller be om en annan tid, genom att kontakta "
            f"oss {contact} {when}.")
    if len(proposed) < len(summons.patients):
        text += f" För övriga ber vi {you} boka en tid."
    return f"{text} {welcome}"
