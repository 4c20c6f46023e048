"""R-LI-8: month-end snapshots of the listed population, the listed count per month and its export.

A completed month is taken once and then kept as taken: a later correction of a listing changes
the live figures, never a stored month (that is what was known, and what capitation was paid on).

Which months are taken is kept as a high-water mark in `app_setting` (months are always taken in
order, without gaps, so one date says it all). A month in which nothing was listed stores no rows
(zero counts are not stored), yet is below the mark, so it is neither recomputed on every run nor
later filled in from changed data. Without the setting, the latest stored month serves as mark.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from klinik_app.db.bulk import bulk_insert
from klinik_app.db.models import AppSetting, Listing, MonthSnapshot, Patient, StaffMember
from klinik_app.domain.capitation import (
    ERROR,
    GroupKey,
    ListingSpan,
    listed_per_month,
    month_end,
    month_ends,
)
from klinik_app.domain.permissions import REPORT_READ
from klinik_app.services import access_log, dental_health_month, revision_month
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.patients import LISTING_LABELS
from klinik_app.services.permissions import require

TAKEN_THROUGH = "capitation.snapshots_taken_through"
GROUPINGS = ("type", "dentist", "municipality", "all")
PROTECTED_LABEL = "Skyddad identitet"
NO_DENTIST_LABEL = "Ingen ansvarig tandläkare"
UNKNOWN_MUNICIPALITY_LABEL = "Okänd kommun"
CSV_HEADER = ("Månad", "Listningstyp", "Ansvarig tandläkare", "Kommun", "Skyddad identitet", "Antal")
_TYPE_ORDER = {"val": 0, "icke-val": 1}


@dataclass(frozen=True, slots=True)
class MonthCount:
    """The listed count of one group on one month end. Fields the grouping leaves out are ""."""

    month_end: date
    listing_type: str  # val | icke-val
    dentist: str  # HSA-ID; "" for none
    municipality: str  # kommunkod; "" when unknown and always for protected identity
    protected: bool  # R-TG-4: all protected patients form one group unless grouped by "all"
    count: int
    preliminary: bool  # not taken yet (the current month, or no run since): computed from today's data
    label: str  # the group in Swedish, for the screen


@dataclass(frozen=True, slots=True)
class CsvExport:
    rows: int
    months: int
    preliminary_left_out: int  # months in the range not taken yet, so not exported


def last_completed_month_end(today: date) -> date:
    return today.replace(day=1) - timedelta(days=1)


def take_month_snapshots(ctx: ServiceContext) -> int:
    """Take every completed month not taken yet; returns how many months were taken (0: none due)."""
    try:
        ends = _take(ctx)
    except (IntegrityError, sqlite3.IntegrityError, StaleDataError):
        # Another workstation took the same months at the same moment; with theirs stored, look again.
        ends = _take(ctx)
    # The revision figures of the same month ends (R-RP-1), kept as taken alike; the latest ones only.
    revision_month.take(ctx, ends[-revision_month.AHEAD_MONTHS:])
    dental_health_month.take(ctx, ends[-revision_month.AHEAD_MONTHS:])
    return len(ends)


def _take(ctx: ServiceContext) -> list[date]:
    last = last_completed_month_end(ctx.today)
    with ctx.begin() as s:
        taken = _taken_through(s)
        if taken is not None:
            first = month_end(taken + timedelta(days=1))
        else:
            earliest = s.scalar(select(func.min(Listing.start_date)).where(Listing.status != ERROR))
            if earliest is None:
                return []  # nothing listed yet: the history starts with the first listing
            first = month_end(earliest)
        ends = month_ends(first, last)
        if not ends:
            return []
        counts = listed_per_month(read_listing_spans(s, ends[0], ends[-1]), ends)
        taken_at, taken_by = ctx.now(), ctx.actor.user_id
        rows = [
            {"month_end": m, "listing_type": key[0], "responsible_dentist_hsa_id": key[1],
             "municipality_code": key[2], "protected_identity": key[3], "count": n,
             "taken_at": taken_at, "taken_by": taken_by}
            for (m, key), n in sorted(counts.items())
        ]
        bulk_insert(s.connection(), MonthSnapshot.__table__, rows)
        _set_taken_through(s, ctx, ends[-1])
        access_log.record(s, ctx, "report", [None], detail=f"månadsögonblicksbild {_span_text(ends)}")
    return ends


def month_counts(ctx: ServiceContext, first_month: date, last_month: date, by: str = "type") -> list[MonthCount]:
    """Listed counts per month end from first_month's month to last_month's (not past this month).

    by: "type" (val, icke-val), "dentist", "municipality" or "all" (the stored groups). Taken months
    come from their snapshot; later ones are computed from the listings as they are now, on the
    month end (so a listing already known to end before it does not count), and are preliminary.
    """
    require(ctx, REPORT_READ)
    _check_grouping(by)
    with ctx.sessions() as s:
        stored, live = _months(s, ctx, first_month, last_month)
        return _month_counts(s, ctx, stored, live, by)


def export_month_counts_csv(ctx: ServiceContext, path: Path | str, first_month: date, last_month: date,
                            by: str = "all") -> CsvExport:
    """The taken months as CSV for Excel and the region: UTF-8 with BOM, ";", one row per group.

    Months not taken yet are left out: their figures can still change.
    """
    require(ctx, REPORT_READ)
    _check_grouping(by)
    with ctx.begin() as s:
        stored, not_taken = _months(s, ctx, first_month, last_month)
        final = _month_counts(s, ctx, stored, [], by)
        with open(path, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
            writer.writerow(CSV_HEADER)
            for c in final:
                writer.writerow([f"{c.month_end:%Y-%m}", c.listing_type, c.dentist, c.municipality,
                                 "ja" if c.protected else "nej", c.count])
        ends = month_ends(first_month, last_month)
        access_log.record(s, ctx, "report", [None],
                          detail=f"månadsögonblicksbild export {_span_text(ends)}, per {by}")
    return CsvExport(rows=len(final), months=len({c.month_end for c in final}), preliminary_left_out=len(not_taken))


# --- reading -------------------------------------------------------------------------------------


def read_listing_spans(s: Session, first_end: date, last_end: date) -> list[ListingSpan]:
    """The listings that can count between two month ends, in one grouped SELECT.

    Grouped by the database: 400,000 listings share about 35,000 distinct value combinations, and
    reading them row by row into Python costs more than the whole computation.
    """
    columns = (Listing.start_date, Listing.end_date, Listing.listing_type, Patient.responsible_dentist_hsa_id,
               Patient.municipality_code, Patient.protected_identity)
    query = (
        select(*columns, func.count())
        .join(Patient, Patient.id == Listing.patient_id)
        .where(Listing.status != ERROR, Listing.start_date <= last_end,
               or_(Listing.end_date.is_(None), Listing.end_date >= first_end))
        .group_by(*columns)
    )
    return [ListingSpan(*row) for row in s.execute(query)]


def _taken_through(s: Session) -> date | None:
    setting = s.get(AppSetting, TAKEN_THROUGH)
    marks = [date.fromisoformat(setting.value)] if setting else []
    latest_row = s.scalar(select(func.max(MonthSnapshot.month_end)))
    if latest_row is not None:
        marks.append(latest_row)
    return max(marks, default=None)


def _set_taken_through(s: Session, ctx: ServiceContext, last: date) -> None:
    now, who = ctx.now(), ctx.actor.user_id
    setting = s.get(AppSetting, TAKEN_THROUGH)
    if setting is None:
        s.add(AppSetting(key=TAKEN_THROUGH, value=last.isoformat(), created_at=now, created_by=who,
                         modified_at=now, modified_by=who))
    else:
        setting.value, setting.modified_at, setting.modified_by = last.isoformat(), now, who
    s.flush()


def _check_grouping(by: str) -> None:
    if by not in GROUPINGS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd gruppering '{by}'. Välj en av: {groupings}."),
                         by=by, groupings=', '.join(GROUPINGS))


def _months(s: Session, ctx: ServiceContext, first_month: date, last_month: date) -> tuple[list[date], list[date]]:
    """The month ends in the range (never past the current month): (taken, not taken yet)."""
    ends = month_ends(first_month, min(month_end(last_month), month_end(ctx.today)))
    taken = _taken_through(s)
    done = [m for m in ends if taken is not None and m <= taken]
    return done, ends[len(done):]


def _month_counts(s: Session, ctx: ServiceContext, stored: list[date], live: list[date], by: str) -> list[MonthCount]:
    """The stored months from their snapshot, the live ones computed now from the listings."""
    counts: dict[tuple[date, GroupKey], int] = {}
    if stored:
        query = select(MonthSnapshot.month_end, MonthSnapshot.listing_type, MonthSnapshot.responsible_dentist_hsa_id,
                       MonthSnapshot.municipality_code, MonthSnapshot.protected_identity, MonthSnapshot.count).where(
            MonthSnapshot.month_end >= stored[0], MonthSnapshot.month_end <= stored[-1])
        for m, listing_type, dentist, municipality, protected, n in s.execute(query):
            counts[(m, (listing_type, dentist, municipality, bool(protected)))] = n
    if live:
        counts.update(listed_per_month(read_listing_spans(s, live[0], live[-1]), live))
    return _grouped(counts, by, set(live), _Labels(s, ctx))


# --- grouping ------------------------------------------------------------------------------------


def _regroup(key: GroupKey, by: str) -> GroupKey:
    listing_type, dentist, municipality, protected = key
    if by == "all":
        return key
    if protected:  # R-TG-4: one group, never split by anything that could single someone out
        return ("", "", "", True)
    if by == "type":
        return (listing_type, "", "", False)
    if by == "dentist":
        return ("", dentist, "", False)
    return ("", "", municipality, False)


def _grouped(counts: dict[tuple[date, GroupKey], int], by: str, live: set[date], labels: _Labels) -> list[MonthCount]:
    totals: dict[tuple[date, GroupKey], int] = {}
    for (m, key), n in counts.items():
        group = (m, _regroup(key, by))
        totals[group] = totals.get(group, 0) + n

    def order(item):
        (m, (listing_type, dentist, municipality, protected)), _n = item
        return (m, protected, _TYPE_ORDER.get(listing_type, 2), dentist == "", dentist,
                municipality == "", municipality)

    return [
        MonthCount(m, key[0], key[1], key[2], key[3], n, m in live, labels.label(key, by))
        for (m, key), n in sorted(totals.items(), key=order)
    ]


class _Labels:
    """Swedish names for groups: listing types, dentists' names, municipalities' names."""

    def __init__(self, s: Session, ctx: ServiceContext) -> None:
        self.staff: dict[str, str] = dict(s.execute(select(StaffMember.hsa_id, StaffMember.name)).all())
        self.target_group = ctx.rules.target_group

    def label(self, key: GroupKey, by: str) -> str:
        listing_type, dentist, municipality, protected = key
        parts: list[str] = []
        if by in ("type", "all"):
            parts.append(LISTING_LABELS.get(listing_type, listing_type))
        if by in ("dentist", "all"):
            parts.append(self.staff.get(dentist, dentist) if dentist else NO_DENTIST_LABEL)
        if by in ("municipality", "all") and not protected:
            parts.append(self._municipality(municipality))
        if protected:
            parts = [PROTECTED_LABEL] if by != "all" else [*parts, PROTECTED_LABEL]
        return ", ".join(parts)

    def _municipality(self, code: str) -> str:
        if not code:
            return UNKNOWN_MUNICIPALITY_LABEL
        return self.target_group.municipality_name(code) or code


def _span_text(ends: Iterable[date]) -> str:
    ends = list(ends)
    return f"{ends[0]:%Y-%m}..{ends[-1]:%Y-%m}" if ends else "inga månader"
