"""Fee schedules (issue 5 item 4): parse a price list and find the price valid on a treatment date.

Two kinds: the region's tandvårdstaxa ("regional": visits, and the R-TG-4 invoice for protected
identity) and Folktandvården's price list ("folktandvarden": emergency invoices, R-EM-1). Each
version has a validity window; on a given day the valid version with the latest `valid_from` wins,
so a new version may simply start while the old one has no end date. Prices are kept in öre as
integers: a float never touches money. The formats are described in docs/fee-schedules.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal, Text

KINDS = {"regional": "Regionens tandvårdstaxa", "folktandvarden": "Folktandvårdens prislista"}
_PRICE = re.compile(r"^(\d{1,7})(?:[.,](\d{1,2}))?$")
_CSV_KEYS = {"typ": "kind", "version": "version", "namn": "name", "giltig_fran": "valid_from", "giltig_till": "valid_to"}


class FeeScheduleError(Refusal, ValueError):
    """A schedule that cannot be used, or no price; the message is Swedish, for the user (a marked
    template and its values)."""


@dataclass(frozen=True, slots=True)
class FeeItem:
    code: str
    name: str
    price_ore: int


@dataclass(frozen=True, slots=True)
class FeeSchedule:
    kind: str
    version: str
    name: str
    valid_from: date
    valid_to: date | None
    items: dict[str, FeeItem] = field(default_factory=dict)
    id: int | None = None  # the stored schedule's id, when it came from the database

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def overlaps(self, other: FeeSchedule) -> bool:
        far = date.max
        return self.valid_from <= (other.valid_to or far) and other.valid_from <= (self.valid_to or far)


@dataclass(frozen=True, slots=True)
class Priced:
    schedule: FeeSchedule
    item: FeeItem


def parse_price(text: str, where: str) -> int:
    """"1040", "1040,50" or "1 040.50" kronor -> öre."""
    m = _PRICE.match(str(text).replace(" ", "").replace("\u00a0", ""))
    if not m:
        raise FeeScheduleError(QT_TRANSLATE_NOOP(
            "domain", "{where}: priset '{price}' är inte ett belopp i kronor (till exempel 1040 eller 1040,50)."),
            where=where, price=text)
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))


def format_price(ore: int) -> str:
    """Öre as Swedish kronor: 104050 -> "1 040,50"."""
    kronor, rest = divmod(ore, 100)
    return f"{kronor:,}".replace(",", "\u00a0") + f",{rest:02d}"


def parse_toml(text: str) -> FeeSchedule:
    """The TOML format: the schedule's fields at the top, then one `[[item]]` per code."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Filen är inte giltig TOML: {error}."), error=e) from None
    item_lines = [n for n, line in enumerate(text.splitlines(), start=1) if line.strip() == "[[item]]"]
    items = data.get("item")
    if not isinstance(items, list) or not items:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Filen har inga åtgärder ([[item]] med code, name och price)."))
    parsed = []
    for n, raw in enumerate(items):
        where = (Text(QT_TRANSLATE_NOOP("domain", "Rad {line}"), line=item_lines[n]) if n < len(item_lines)
                 else Text(QT_TRANSLATE_NOOP("domain", "Åtgärd nr {number}"), number=n + 1))
        if isinstance(raw.get("price"), float):
            raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "{where}: skriv priset som text (\"1040,50\") eller heltal, "
                                                               "inte som decimaltal."), where=where)
        parsed.append((where, raw.get("code"), raw.get("name"), raw.get("price")))
    return _build(data, parsed)


def parse_csv(text: str) -> FeeSchedule:
    """The region's CSV: `# nyckel: värde` lines (typ, version, namn, giltig_fran, giltig_till), then
    the header `kod;benamning;pris` and one line per code."""
    meta: dict[str, object] = {}
    rows = []
    header_seen = False
    for n, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].partition(":")
            if sep and key.strip().lower() in _CSV_KEYS:
                meta[_CSV_KEYS[key.strip().lower()]] = value.strip()
            continue
        cells = [c.strip() for c in line.split(";")]
        if not header_seen:
            if [c.lower() for c in cells] != ["kod", "benamning", "pris"]:
                raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Rad {line}: rubrikraden ska vara kod;benamning;pris."),
                                       line=n)
            header_seen = True
            continue
        if len(cells) != 3:
            raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Rad {line}: raden ska ha tre fält (kod;benamning;pris), "
                                                               "den har {fields}."), line=n, fields=len(cells))
        rows.append((Text(QT_TRANSLATE_NOOP("domain", "Rad {line}"), line=n), *cells))
    if not header_seen:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Filen saknar rubrikraden kod;benamning;pris."))
    for key in ("valid_from", "valid_to"):
        if meta.get(key):
            meta[key] = _date(str(meta[key]), QT_TRANSLATE_NOOP("domain", "Giltighetstiden"))
    return _build(meta, rows)


def parse_schedule(text: str, filename: str) -> FeeSchedule:
    return parse_csv(text) if filename.lower().endswith(".csv") else parse_toml(text)


def _date(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "{where}: datumet '{date}' ska skrivas ÅÅÅÅ-MM-DD."),
                               where=where, date=text) from None


def _build(meta: dict, rows: Iterable[tuple[str, object, object, object]]) -> FeeSchedule:
    kind = str(meta.get("kind") or "")
    if kind not in KINDS:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Okänd typ av prislista '{kind}'. Ange regional "
                                                           "(tandvårdstaxan) eller folktandvarden."), kind=kind)
    version, name = str(meta.get("version") or "").strip(), str(meta.get("name") or "").strip()
    if not version or not name:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Prislistan saknar version eller namn."))
    valid_from, valid_to = meta.get("valid_from"), meta.get("valid_to")
    if not isinstance(valid_from, date) or (valid_to is not None and not isinstance(valid_to, date)):
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Ange giltighetstiden som datum: valid_from (och valid_to om den har ett slut)."))
    if valid_to is not None and valid_to < valid_from:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Giltighetstiden slutar ({valid_to}) innan den börjar "
                                                           "({valid_from})."), valid_to=valid_to, valid_from=valid_from)
    items: dict[str, FeeItem] = {}
    for where, code, item_name, price in rows:
        code, item_name = str(code or "").strip(), str(item_name or "").strip()
        if not code or not item_name or price is None or price == "":
            raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "{where}: kod, benämning och pris måste alla finnas."),
                                   where=where)
        if code in items:
            raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "{where}: åtgärdskod {code} finns redan tidigare i filen."),
                                   where=where, code=code)
        items[code] = FeeItem(code, item_name, parse_price(str(price), where))
    return FeeSchedule(kind, version, name, valid_from, valid_to, items)


def schedule_on(schedules: Iterable[FeeSchedule], day: date) -> FeeSchedule:
    """The schedule valid on `day`: among those whose window holds it, the latest `valid_from`."""
    valid = [s for s in schedules if s.valid_on(day)]
    if not valid:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Ingen prislista gäller {day}. Läs in en taxa som gäller "
                                                           "det datumet."), day=day.isoformat())
    return max(valid, key=lambda s: s.valid_from)


def price_on(schedules: Iterable[FeeSchedule], code: str, day: date) -> Priced:
    """The price of `code` on `day`, from the schedule valid that day; refused if it has no such code."""
    schedule = schedule_on(schedules, day)
    item = schedule.items.get(code.strip())
    if item is None:
        raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Åtgärdskod {code} finns inte i {schedule} (gäller {day})."),
                               code=code.strip(), schedule=schedule.name, day=day.isoformat())
    return Priced(schedule, item)


def valid_tooth(tooth: int | None) -> int | None:
    """FDI: permanent teeth 11-48 (quadrants 1-4, teeth 1-8), primary 51-85 (quadrants 5-8, teeth 1-5)."""
    if tooth is None:
        return None
    quadrant, number = divmod(tooth, 10)
    if (1 <= quadrant <= 4 and 1 <= number <= 8) or (5 <= quadrant <= 8 and 1 <= number <= 5):
        return tooth
    raise FeeScheduleError(QT_TRANSLATE_NOOP("domain", "Tand {tooth} finns inte. Ange tandnummer enligt FDI: 11–48, "
                                                       "eller 51–85 för mjölktänder."), tooth=tooth)
