"""The recall list (`klinik recall-list`, interchange.md "recall-list --format json").

Items: every patient with a listing active on the day treated as today (start on or before it, no
end before it, not entered in error; both listing types; protected identities included, as the list
stays at the clinic) whose computed due date (rules.md "The due date") lies in [from, to]; with
`include_overdue` also every item due before `from`. Sorted by due date, then personnummer. A
patient with no revision due within Hälsoval (care-ends) is never on it. Staff overrides never
change `due`: with `apply_overrides` the selection uses the override date where one is set and
leaves out recalls disabled beyond today.

The due dates come from the revision_due rows when those hold for the day treated as today
(services.revision_due: current for the rule set in force, made so first if need be, and no
examination dated after today); otherwise they are computed live for the patients listed today
into a temporary table and the same query runs on that. Correctness first: both give the same list.
At region scale the query reads the rows in patient order (`_selection`): 400,000 patients, a
month's list in about 0.16 s and a year's (190,000 items, JSON built) in about 0.95 s, of which the
query and fetching its rows take 0.7 s (benchmarks/bench_recall.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from operator import eq, itemgetter

from sqlalchemy import text
from sqlalchemy.orm import Session

from klinik_app.domain.listing import LISTING_TYPE_LABELS
from klinik_app.domain.permissions import PATIENT_READ
from klinik_app.services import access_log, revision_due
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require

# The item's keys, in the order of interchange.md.
KEYS = ("personnummer", "namn", "due", "reason", "requires_dentist", "overdue_days", "listningstyp", "care_ends",
        "last_exam", "last_dentist_exam", "override_due", "disabled_until")  # fmt: skip
I_PNR, I_NAME, I_DUE, I_REASON, I_DENTIST, I_OVERDUE, I_TYPE, I_CARE_ENDS, I_LAST, I_LAST_DENTIST, I_OVERRIDE, \
    I_DISABLED = range(len(KEYS))  # fmt: skip

REASON_LABELS = {
    "first-exam": "Första undersökningen (R-RV-4)",
    "planned-interval": "Planerat intervall (R-RV-1)",
    "interval-cap": "Åldersgräns för intervall (R-RV-2)",
    "dentist-cap": "Tandläkare krävs (R-RV-3)",
}

# A listing is active on :today as domain.listing.effective_status says: not entered in error,
# started, not ended before today (and not closed without an end date).
_ACTIVE = ("{l}.status <> 'entered-in-error' AND {l}.start_date <= :today AND ({l}.end_date IS NULL OR "
           "{l}.end_date >= :today) AND NOT ({l}.status = 'finished' AND {l}.end_date IS NULL)")
_QUERY = f"""
SELECT p.personnummer, p.first_name || ' ' || p.last_name, d.due, d.reason, d.requires_dentist, {{overdue}},
       l.listing_type, d.care_ends, d.last_exam, d.last_dentist_exam, r.override_due, r.disabled_until
FROM {{source}}
JOIN patient p ON p.id = d.patient_id
JOIN listing l ON l.patient_id = d.patient_id AND {_ACTIVE.format(l="l")}
LEFT JOIN recall r ON r.patient_id = d.patient_id
WHERE {{where}}
ORDER BY d.due, p.personnummer
"""
# overdue_days = max(0, today - due) in days.
_OVERDUE = {
    "sqlite": "CASE WHEN d.due < :today THEN CAST(julianday(:today) - julianday(d.due) AS INTEGER) ELSE 0 END",
    "postgresql": "GREATEST(0, CAST(:today AS DATE) - d.due)",
}
# The active listing that started last, for the rare patient with two at once (a mistake in the data).
_LATEST_LISTING = f"""
SELECT p.personnummer, l.listing_type FROM patient p JOIN listing l ON l.patient_id = p.id AND {_ACTIVE.format(l="l")}
WHERE p.personnummer IN ({{numbers}}) ORDER BY p.personnummer, l.start_date, l.id
"""
_LIVE_TABLE = "recall_live_due"


# What json's encoder escapes with ensure_ascii=False: the quote, the backslash, control characters.
_JSON_ESCAPED = re.compile(r'["\\\x00-\x1f]')


class _Quoted(dict):
    def __missing__(self, value: str | None) -> str:
        text = self[value] = "null" if value is None else f'"{value}"'
        return text


@dataclass
class RecallList:
    today: date
    first: date
    last: date
    rule_set: str  # the rule set's id, e.g. "vasterbotten"
    include_overdue: bool
    apply_overrides: bool
    items: list[tuple] = field(default_factory=list)  # values in KEYS order: ISO dates, requires_dentist 0/1
    source: str = "cache"  # cache | live: where the due dates came from (for logs and benchmarks)

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item[I_OVERDUE] > 0)

    def as_dict(self) -> dict:
        return {"today": self.today.isoformat(), "from": self.first.isoformat(), "to": self.last.isoformat(),
                "rule_set": self.rule_set,
                "items": [dict(zip(KEYS, (*item[:I_DENTIST], bool(item[I_DENTIST]), *item[I_DENTIST + 1:])))
                          for item in self.items]}

    def as_json(self) -> str:
        """The JSON of interchange.md (keys in its order), as json.dumps(self.as_dict()) writes it.

        Built as text: one dict per item costs twice the whole encoding at a year's list. The values
        are 12 digits, ISO dates, codes and integers; the only free text, the name, goes in as it is
        when no name holds a character the JSON encoder escapes (checked once on all names together;
        name by name costs a fifth of the encoding), otherwise as the encoder writes it.
        """
        head = json.dumps({"today": self.today.isoformat(), "from": self.first.isoformat(),
                           "to": self.last.isoformat(), "rule_set": self.rule_set}, ensure_ascii=False)
        items = self.items
        if not items:
            return f'{head[:-1]}, "items": []}}'
        if _JSON_ESCAPED.search("".join(map(itemgetter(I_NAME), items))):
            encode = json.JSONEncoder(ensure_ascii=False).encode  # its text, less the quotes written below
            items = [(i[I_PNR], encode(i[I_NAME])[1:-1], *i[I_NAME + 1:]) for i in items]
        q = _Quoted()  # a date as a JSON string, None as null (a few thousand distinct values)
        texts = [
            f'{{"personnummer": "{pnr}", "namn": "{name}", "due": "{due}", "reason": "{reason}", '
            f'"requires_dentist": {"true" if dentist else "false"}, "overdue_days": {overdue}, '
            f'"listningstyp": "{kind}", "care_ends": "{care_ends}", "last_exam": {q[last]}, '
            f'"last_dentist_exam": {q[last_dentist]}, "override_due": {q[override]}, "disabled_until": {q[disabled]}}}'
            for pnr, name, due, reason, dentist, overdue, kind, care_ends, last, last_dentist, override, disabled
            in items
        ]
        # The head goes before the first item and the end after the last, so the text is copied once.
        texts[0] = f'{head[:-1]}, "items": [{texts[0]}'
        texts[-1] += "]}"
        return ", ".join(texts)

    def as_csv(self) -> str:
        """`;`-separated (as the other exports, for Swedish Excel), booleans ja/nej, empty = no value."""
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(KEYS)
        for item in self.items:
            values = ["" if v is None else v for v in item]
            values[I_DENTIST] = "ja" if item[I_DENTIST] else "nej"
            writer.writerow(values)
        return out.getvalue()

    def as_table(self) -> str:
        """Readable Swedish columns for a terminal."""
        heads = ("Personnummer", "Namn", "Revision senast", "Orsak", "Tandläkare", "Dagar sen", "Listning",
                 "Senaste rev.", "Senaste tandl.", "Ändrat datum", "Pausad till")  # fmt: skip
        rows = []
        for item in self.items:
            rows.append((
                f"{item[I_PNR][:8]}-{item[I_PNR][8:]}", item[I_NAME], item[I_DUE],
                REASON_LABELS.get(item[I_REASON], item[I_REASON]), "ja" if item[I_DENTIST] else "",
                str(item[I_OVERDUE]) if item[I_OVERDUE] else "", LISTING_TYPE_LABELS.get(item[I_TYPE], item[I_TYPE]),
                item[I_LAST] or "–", item[I_LAST_DENTIST] or "–", item[I_OVERRIDE] or "", item[I_DISABLED] or "",
            ))
        widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(heads)]
        lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in rows]
        return "\n".join(lines) + "\n"

    def summary(self) -> str:
        period = f"{self.first.isoformat()}–{self.last.isoformat()}"
        n = len(self.items)
        who = "1 patient" if n == 1 else f"{n} patienter"
        extra = []
        if self.include_overdue:
            extra.append(f"varav {self.overdue} försenade")
        if self.apply_overrides:
            extra.append("ändrade datum och pauser tillämpade")
        more = f" ({', '.join(extra)})" if extra else ""
        return f"Kallelselista {period}: {who} ska kallas till revision{more}."


def recall_list(ctx: ServiceContext, first: date, last: date, *, include_overdue: bool = False,
                apply_overrides: bool = False) -> RecallList:
    """The recall list for [first, last] on ctx.today; one access-log entry for the run."""
    require(ctx, PATIENT_READ)
    if last < first:
        raise UsageError(QT_TRANSLATE_NOOP("services", "--to ({last_day}) ligger före --from ({first_day}). Ange en "
                                                       "period där --from kommer först."),
                         last_day=last.isoformat(), first_day=first.isoformat())
    rules = ctx.rules
    result = RecallList(ctx.today, first, last, rules.id, include_overdue, apply_overrides)
    with ctx.begin() as session:
        if revision_due.usable_for(session, rules, ctx.today):
            revision_due.make_current(session, ctx)
            source = "revision_due"
        else:
            _fill_live(session, ctx)
            source, result.source = _LIVE_TABLE, "live"
        result.items = _items(session, source, ctx.today, first, last, include_overdue, apply_overrides)
        if source == _LIVE_TABLE:
            session.execute(text(f"DROP TABLE {_LIVE_TABLE}"))
        # R-SE-2: the list shows many patients' data: one entry for the run, no ids or numbers in it.
        access_log.record(session, ctx, "list", [None],
                          detail=f"kallelselista {first.isoformat()}–{last.isoformat()}: {len(result.items)} patienter")
    return result


def _items(session: Session, source: str, today: date, first: date, last: date, include_overdue: bool,
           apply_overrides: bool) -> list[tuple]:
    """The items as tuples in KEYS order: dates as ISO text, requires_dentist 0/1 (JSON-ready but that)."""
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    params = {"today": today.isoformat(), "lo": first.isoformat(), "hi": last.isoformat()}
    overdue = _OVERDUE["sqlite" if sqlite else "postgresql"]
    lo = None if include_overdue else params["lo"]
    due_range = "due <= :hi" + ("" if lo is None else " AND due >= :lo")
    scan, where = _selection(conn, source, due_range, params)
    rows = _run(conn, _QUERY.format(source=scan, where=where, overdue=overdue), params)
    if apply_overrides:
        # The selection uses the override date where one is set, so those patients may lie outside
        # the due range; a recall disabled beyond today is left out. `due` stays the computed date.
        where = "d.due IS NOT NULL AND d.patient_id IN (SELECT patient_id FROM recall WHERE override_due IS NOT NULL)"
        seen = {row[I_PNR] for row in rows}
        more = [row for row in _run(conn, _QUERY.format(source=f"{source} d", where=where, overdue=overdue), params)
                if row[I_PNR] not in seen]
        today_iso, hi = params["today"], params["hi"]
        rows = [row for row in rows + more
                if (lo is None or (row[I_OVERRIDE] or row[I_DUE]) >= lo) and (row[I_OVERRIDE] or row[I_DUE]) <= hi
                and not (row[I_DISABLED] is not None and row[I_DISABLED] > today_iso)]
        if more:
            rows.sort(key=itemgetter(I_DUE, I_PNR))  # as the query's ORDER BY: ISO dates, 12 digits
    # A patient's rows share due date and personnummer, so a second active listing sits next to the first.
    number = itemgetter(I_PNR)
    if any(map(eq, map(number, rows), map(number, islice(rows, 1, None)))):
        rows = _one_listing_each(conn, rows, params)
    return rows


def _selection(conn, source: str, due_range: str, params: dict) -> tuple[str, str]:
    """How to read the due dates in range: the FROM item `d` and the WHERE clause.

    The joins to patient and listing are fastest in patient order (their pages are then read in
    order, not all over the file), so the rows are read by patient id: a short range picks its
    patients through the due index first; a long one (a quarter of the rows or more) reads the whole
    table in order. Both give the same rows.
    """
    if conn.dialect.name != "sqlite":
        return f"{source} d", f"d.{due_range}"
    if source == "revision_due":
        # Fewer than a quarter of the rows in range? Counted no further than a quarter (the rows on
        # the due index: a year's range is half the table).
        driver = conn.connection.driver_connection
        quarter = -(-driver.execute("SELECT count(*) FROM revision_due").fetchone()[0] // 4)
        in_range = driver.execute(f"SELECT count(*) FROM (SELECT 1 FROM revision_due WHERE {due_range} LIMIT :n)",
                                  params | {"n": quarter}).fetchone()[0]
        if in_range < quarter:
            return f"{source} d", f"d.patient_id IN (SELECT patient_id FROM {source} WHERE {due_range})"
    return f"{source} d NOT INDEXED", f"d.{due_range}"


def _one_listing_each(conn, rows: list[tuple], params: dict) -> list[tuple]:
    """Keep one row per patient, with the active listing that started last."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[I_PNR]] = counts.get(row[I_PNR], 0) + 1
    doubled = sorted(number for number, n in counts.items() if n > 1)
    latest: dict[str, str] = {}
    for i in range(0, len(doubled), 500):
        chunk = doubled[i:i + 500]
        marks = ", ".join(f":n{j}" for j in range(len(chunk)))
        for number, listing_type in _run(conn, _LATEST_LISTING.format(numbers=marks),
                                         params | {f"n{j}": n for j, n in enumerate(chunk)}):
            latest[number] = listing_type  # ordered by start: the last one wins
    kept, seen = [], set()
    for row in rows:
        number = row[I_PNR]
        if number in latest:
            if number in seen:
                continue
            seen.add(number)
            row = (*row[:I_TYPE], latest[number], *row[I_TYPE + 1:])
        kept.append(row)
    return kept


def _run(conn, sql: str, params: dict) -> list[tuple]:
    """Rows as tuples with dates as ISO text. On SQLite the driver's cursor (dates are stored as text)."""
    if conn.dialect.name == "sqlite":
        return conn.connection.driver_connection.execute(sql, params).fetchall()
    return [tuple(v.isoformat() if isinstance(v, date) else v for v in row) for row in conn.execute(text(sql), params)]


def _fill_live(session: Session, ctx: ServiceContext) -> None:
    """Due dates computed now for the patients listed today, in a temporary table shaped as revision_due."""
    conn = session.connection()
    today = ctx.today.isoformat()
    session.execute(text(f"DROP TABLE IF EXISTS {_LIVE_TABLE}"))
    session.execute(text(
        f"CREATE TEMPORARY TABLE {_LIVE_TABLE} (patient_id INTEGER PRIMARY KEY, due DATE, reason VARCHAR(20), "
        "requires_dentist BOOLEAN, care_ends DATE, last_exam DATE, last_dentist_exam DATE)"
    ))
    listed = ("SELECT DISTINCT l.patient_id FROM listing l WHERE l.status <> 'entered-in-error' "
              "AND l.start_date <= :today AND (l.end_date IS NULL OR l.end_date >= :today) "
              "AND NOT (l.status = 'finished' AND l.end_date IS NULL)")
    with revision_due.gc_paused():  # hundreds of thousands of rows and results kept: see gc_paused
        births = _run(conn, f"SELECT id, birth_date FROM patient WHERE id IN ({listed})", {"today": today})
        exams = _run(conn, "SELECT patient_id, examined_on, examiner_role, planned_interval_months FROM examination "
                           f"WHERE patient_id IN ({listed}) ORDER BY patient_id, examined_on", {"today": today})
        results = revision_due.compute_all(births, exams, ctx.rules, ctx.today, horizon=False)
        columns = "patient_id, due, reason, requires_dentist, care_ends, last_exam, last_dentist_exam"
        if conn.dialect.name == "sqlite":  # the driver's executemany, dates as text made once each
            iso = revision_due.IsoText()
            rows = [(pid, iso[d.due], d.reason, d.requires_dentist, iso[d.care_ends], iso[d.last_exam],
                     iso[d.last_dentist_exam]) for pid, d in results]
            conn.connection.driver_connection.executemany(
                f"INSERT INTO {_LIVE_TABLE} ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        else:
            params = [{"p": pid, "d": _iso(d.due), "r": d.reason, "rd": d.requires_dentist, "c": _iso(d.care_ends),
                       "l": _iso(d.last_exam), "ld": _iso(d.last_dentist_exam)} for pid, d in results]
            if params:
                conn.execute(text(f"INSERT INTO {_LIVE_TABLE} ({columns}) VALUES (:p, :d, :r, :rd, :c, :l, :ld)"),
                             params)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
