"""Lex Maria (R-DV-3, R-DV-4): the IVO checklist of a serious deviation, the copy for the region and
IVO's decision. Pure rules: services.lex_maria stores what these functions accept.

A step is recorded in order: reported to IVO before the region's copy, IVO's decision before it is
forwarded. Dates are never after today and never before the deviation was reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from klinik_app.domain.deidentify import KnownPeople, NameLexicon, Redacted, deidentify
from klinik_app.domain.deviations import SERIOUS_HARM, DeviationRefused
from klinik_app.domain.messages import QT_TRANSLATE_NOOP
from klinik_app.domain.text import fold

CHANNELS = {
    "e-tjanst": "IVO:s e-tjänst",
    "post": "Post",
    "e-post": "Säker e-post",
}


@dataclass(frozen=True, slots=True)
class LexMaria:
    """The checklist as the handler fills it in; None means "not yet"."""

    reporter: str  # the provider's appointed reporter (anmälningsansvarig)
    sent_on: date | None = None
    channel: str | None = None
    patient_informed_on: date | None = None
    investigation_attached: bool = False
    region_copy_on: date | None = None
    ivo_decision: str | None = None
    ivo_decision_on: date | None = None
    decision_forwarded_on: date | None = None

    @property
    def missing(self) -> list[str]:
        """What is left of the checklist, in the order it is done (shown on the case)."""
        steps = [
            (self.sent_on is not None, "anmälan till IVO"),
            (self.patient_informed_on is not None, "information till patienten"),
            (self.investigation_attached, "utredningen bifogad"),
            (self.region_copy_on is not None, "avidentifierad kopia till regionen"),
            (self.ivo_decision_on is not None, "IVO:s beslut"),
            (self.decision_forwarded_on is not None, "IVO:s beslut vidarebefordrat till regionen"),
        ]
        return [label for done, label in steps if not done]


def check_lex_maria(harm: str, lm: LexMaria, reported_on: date, today: date) -> LexMaria:
    """The checklist as stored (texts tidied), or a refusal that says what to correct."""
    if harm != SERIOUS_HARM:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Lex Maria gäller bara händelser som har orsakat eller kunnat orsaka allvarlig "
                                                           "vårdskada. Ändra skadeklassningen först."))
    reporter = " ".join((lm.reporter or "").split())
    if not reporter:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv vem som är anmälningsansvarig."))
    for label, day in ((QT_TRANSLATE_NOOP("domain", "Anmälan till IVO"), lm.sent_on),
                       (QT_TRANSLATE_NOOP("domain", "Informationen till patienten"), lm.patient_informed_on),
                       (QT_TRANSLATE_NOOP("domain", "Kopian till regionen"), lm.region_copy_on),
                       (QT_TRANSLATE_NOOP("domain", "IVO:s beslut"), lm.ivo_decision_on),
                       (QT_TRANSLATE_NOOP("domain", "Vidarebefordran till regionen"), lm.decision_forwarded_on)):
        if day is not None and day > today:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "{what} kan inte vara daterad efter dagens datum."),
                                   what=label)
        if day is not None and day < reported_on:
            raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "{what} kan inte vara daterad före avvikelsen "
                                                               "registrerades."), what=label)
    if lm.sent_on is not None and lm.channel not in CHANNELS:
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Välj hur anmälan skickades till IVO."))
    if lm.region_copy_on is not None and (lm.sent_on is None or lm.region_copy_on < lm.sent_on):
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Kopian till regionen skickas när anmälan till IVO är gjord: ange först när "
                                                           "anmälan skickades."))
    decision = (lm.ivo_decision or "").strip() or None
    if (decision is None) != (lm.ivo_decision_on is None):
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Skriv både IVO:s beslut och datumet för beslutet."))
    if lm.ivo_decision_on is not None and (lm.sent_on is None or lm.ivo_decision_on < lm.sent_on):
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "IVO:s beslut kan inte komma före anmälan: ange när anmälan skickades."))
    if lm.decision_forwarded_on is not None and (lm.ivo_decision_on is None
                                                 or lm.decision_forwarded_on < lm.ivo_decision_on):
        raise DeviationRefused(QT_TRANSLATE_NOOP("domain", "Beslutet kan vidarebefordras till regionen först när IVO:s beslut är registrerat."))
    return replace(lm, reporter=reporter, ivo_decision=decision,
                   channel=lm.channel if lm.sent_on is not None else None)


# --- the de-identified copy for the region (R-DV-4) ----------------------------------------------
@dataclass(frozen=True, slots=True)
class CopyField:
    """One field of the copy: its label and exactly the text that leaves, with what was removed."""

    label: str
    redacted: Redacted

    @property
    def text(self) -> str:
        return self.redacted.text

    @property
    def marks(self) -> list[tuple[int, int]]:
        """Where the placeholders stand in `text` (start, end), for the preview to mark them."""
        marks, shift = [], 0
        for span in self.redacted.spans:
            start = span.start + shift
            end = start + len(span.kind.placeholder)
            marks.append((start, end))
            shift += (end - start) - (span.end - span.start)
        return marks


def region_copy(fields: Sequence[tuple[str, str]], known: KnownPeople, lexicon: NameLexicon) -> tuple[CopyField, ...]:
    """The one place the region's copy is built: every field, labels excepted, goes through
    `deidentify`. The export preview and the PDF both show these texts and nothing else."""
    return tuple(CopyField(label, deidentify(text, known, lexicon)) for label, text in fields if text and text.strip())


# Names are many (every patient): folded with a table, not unicodedata, so 50,000 take a few ms.
_PLAIN = str.maketrans("åäöéèëüáàíóúæøç", "aaoeeeuaaiouaoc")
_TRANSLITERATION = str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "é": "e", "ü": "ue"})


def names_written_in(texts: Iterable[str], names: Iterable[str]) -> tuple[str, ...]:
    """The register's names that have a word in the texts (also in the genitive or a hyphenated
    part): only those can be found there, and de-identifying with every name of a large register
    costs most of a second per field."""
    words = set()
    for word in re.findall(r"[\w:'’-]+", fold(" ".join(texts))):
        for part in (word, *word.split("-")):
            part = part.rstrip("'’")
            words.update((part, part[:-2] if part[-2:] in (":s", "'s", "’s") else part, part.removesuffix("s")))
    found = []
    for name in names:
        lower = name.casefold()
        forms = f"{lower.translate(_PLAIN)} {lower.translate(_TRANSLITERATION)}".replace("-", " ")
        if not words.isdisjoint(forms.split()):
            found.append(name)
    return tuple(found)
