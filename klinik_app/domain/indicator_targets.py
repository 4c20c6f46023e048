"""R-RP-2: an orderer's targets as people write them, and when a missed target needs an action plan.

A target and its close margin are kept in the indicator's own unit (a share as a fraction 0..1, as
domain.indicators measures it); people type and read a share in per cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from klinik_app.domain.indicators import ANDEL, HIGHER, LOWER, Definition, format_value
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal, Text


class NotATarget(Refusal, ValueError):
    """A typed target that is not a number of 0 or more; the message is Swedish (a marked template)."""


def target_text(definition: Definition, target: float) -> Text:
    """"mål minst 90,0 %", "mål högst 20": a `Text` the window translates; its value `words` is the target
    without "mål" ("minst 90,0 %", for a column headed Mål)."""
    value = format_value(definition, target)
    if definition.better == HIGHER:
        words = Text(QT_TRANSLATE_NOOP("domain", "minst {value}"), value=value)
    elif definition.better == LOWER:
        words = Text(QT_TRANSLATE_NOOP("domain", "högst {value}"), value=value)
    else:
        words = value
    return Text(QT_TRANSLATE_NOOP("domain", "mål {words}"), words=words)


def typed(definition: Definition, text: str) -> float:
    """A number as typed ("90", "92,5", "92,5 %") in the indicator's unit; per cent for a share.

    Raises NotATarget (a ValueError) with a Swedish message for anything else."""
    cleaned = (text or "").replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise NotATarget(QT_TRANSLATE_NOOP("domain", "”{typed}” är inget tal. Skriv till exempel 90 eller 92,5."),
                         typed=text.strip()) from None
    if number < 0:
        raise NotATarget(QT_TRANSLATE_NOOP("domain", "Skriv ett tal som är 0 eller större."))
    return number / 100 if definition.unit == ANDEL else number


def for_editing(definition: Definition, number: float) -> str:
    """The stored number as a person types it back: per cent for a share, a decimal comma."""
    shown = number * 100 if definition.unit == ANDEL else number
    return f"{shown:g}".replace(".", ",")


def plan_needed(state: str | None, last: date, today: date, plans_done_on: Iterable[date | None]) -> bool:
    """A missed target of a period that has ended needs an action plan; a plan answers it when it is
    still open or was done on or after the period's last day (an older, finished plan does not)."""
    if state != "missed" or last >= today:
        return False
    return not any(done is None or done >= last for done in plans_done_on)
