"""Swedish dates and amounts as a clinic writes them in a letter."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

_LOCALE = "sv_SE"


def swedish_date(day: date) -> str:
    """'22 november 2026'."""
    return format_date(day, "d MMMM y", locale=_LOCALE)


def swedish_month(day: date) -> str:
    """'november 2026' (the stand-alone month name, as in a heading)."""
    return format_date(day, "LLLL y", locale=_LOCALE)


def swedish_time(at: datetime) -> str:
    """'tisdag 12 januari 2027 kl. 14.30': a booked time as a letter names it."""
    return f"{format_date(at.date(), 'EEEE d MMMM y', locale=_LOCALE)} kl. {at:%H.%M}"


def iso_date(day: date) -> str:
    """'2026-11-22': the numeric form Swedish tables use."""
    return day.isoformat()


def swedish_amount(amount: Decimal) -> str:
    """'1 234,50' with a non-breaking space between thousands, so an amount never wraps."""
    return format_decimal(_cents(amount), "#,##0.00", locale=_LOCALE)


def plain_amount(amount: Decimal) -> str:
    """'1234,50': a decimal comma and no grouping, which Swedish Excel reads as a number."""
    return f"{_cents(amount):.2f}".replace(".", ",")


def _cents(amount: Decimal) -> Decimal:
    return Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
