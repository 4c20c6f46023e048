"""Who belongs to the target group of Hälsoval tandvård (R-TG-1..3).

Protected identity (R-TG-4) does not change membership, only what may be sent to the region; it is
handled where listings and outgoing messages are made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from klinik_app.domain.dates import add_years
from klinik_app.domain.identity import IdentityNumber, IdKind
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Text
from klinik_app.domain.ruleset import RuleSet, TargetGroupRules


class OutsideReason(StrEnum):
    """R-TG-3: known reasons a person in the county is outside Hälsoval (area responsibility)."""

    ASYLUM_SEEKER = "asylsokande"  # L56
    EU_MIGRANT = "eu-migrant"  # L56
    UNDOCUMENTED = "papperslos"  # L56
    OTHER_COUNTY_RESIDENT = "folkbokford-i-annat-lan"  # L58-60
    PLACED_WITHOUT_CHOICE = "placerad-utan-val"  # L52-54, L62
    PLACED_FROM_OTHER_COUNTY = "placerad-fran-annat-lan"  # L408-412

    @property
    def label(self) -> str:
        return OUTSIDE_REASON_LABELS[self]


OUTSIDE_REASON_LABELS: dict[OutsideReason, str] = {  # marked: the window shows them translated
    OutsideReason.ASYLUM_SEEKER: QT_TRANSLATE_NOOP("domain", "Asylsökande"),
    OutsideReason.EU_MIGRANT: QT_TRANSLATE_NOOP("domain", "EU-migrant"),
    OutsideReason.UNDOCUMENTED: QT_TRANSLATE_NOOP("domain", "Papperslös (vistas i Sverige utan tillstånd)"),
    OutsideReason.OTHER_COUNTY_RESIDENT: QT_TRANSLATE_NOOP("domain", "Folkbokförd i ett annat län, vistas i länet"),
    OutsideReason.PLACED_WITHOUT_CHOICE: QT_TRANSLATE_NOOP(
        "domain", "Placerad av socialtjänsten eller i tvångsvård och har inte valt klinik"),
    OutsideReason.PLACED_FROM_OTHER_COUNTY: QT_TRANSLATE_NOOP("domain", "Placerad här från ett annat län"),
}

IN_GROUP = "i-malgruppen"
TOO_YOUNG = "for-ung"
TOO_OLD = "for-gammal"
COORDINATION_NUMBER = "samordningsnummer"
MUNICIPALITY_MISSING = "kommunkod-saknas"
OUTSIDE_COUNTY = "utanfor-lanet"
DECEASED = "avliden"


@dataclass(frozen=True, slots=True)
class TargetGroupStatus:
    in_group: bool
    reason: str  # one of the codes above or an OutsideReason value
    message: str  # Swedish, for the receptionist; names the rule id (a `Text`: the window shows it translated)
    window_start: date
    window_end: date


def membership_window(birth_date: date, rules: TargetGroupRules) -> tuple[date, date]:
    """R-TG-1: first and last day (both inclusive) a person born on `birth_date` can be in the group."""
    if rules.start == "birthday":
        start = add_years(birth_date, rules.min_age)
    else:  # "year-of-birthday" [tolkning]: the region assigns a clinic at the start of that year
        start = date(birth_date.year + rules.min_age, 1, 1)
    if rules.end == "before-next-birthday":
        end = add_years(birth_date, rules.max_age + 1) - timedelta(days=1)
    else:  # "year-end" (L175): up to and including 31 December of the year of the max_age birthday
        end = date(birth_date.year + rules.max_age, 12, 31)
    return start, end


def target_group_status(
    identity: IdentityNumber,
    municipality_code: str | None,
    on: date,
    rules: RuleSet,
    *,
    outside_reason: OutsideReason | None = None,
    deceased_on: date | None = None,
) -> TargetGroupStatus:
    """Whether the person is in the target group on `on`, with the reason and a Swedish message (a `Text`
    that keeps its marked template, so the window can show it translated)."""
    tg = rules.target_group
    start, end = membership_window(identity.birth_date, tg)

    def out(reason: str, message: Text) -> TargetGroupStatus:
        return TargetGroupStatus(False, reason, message, start, end)

    if deceased_on is not None and deceased_on <= on:
        return out(DECEASED, Text(QT_TRANSLATE_NOOP("domain", "Utanför målgruppen (R-LI-4): avliden {date}."),
                                  date=deceased_on.isoformat()))
    if outside_reason is not None:
        return out(outside_reason.value, Text(QT_TRANSLATE_NOOP(
            "domain", "Utanför Hälsoval (R-TG-3): {reason}. Besöket registreras med orsak men patienten listas "
                      "inte; Folktandvården har områdesansvar."), reason=outside_reason.label))
    if identity.kind is IdKind.SAMORDNINGSNUMMER:
        return out(COORDINATION_NUMBER, Text(QT_TRANSLATE_NOOP(
            "domain", "Utanför målgruppen (R-TG-1): samordningsnummer betyder att personen inte är folkbokförd. "
                      "Patienten kan behandlas men inte listas.")))
    code = (municipality_code or "").strip()
    if not code:
        return out(MUNICIPALITY_MISSING, Text(QT_TRANSLATE_NOOP(
            "domain", "Kan inte avgöra målgruppen (R-TG-2): kommunkod för folkbokföringen saknas. Ange "
                      "kommunkoden.")))
    name = tg.municipality_name(code)
    if name is None:
        return out(OUTSIDE_COUNTY, Text(QT_TRANSLATE_NOOP(
            "domain", "Utanför målgruppen (R-TG-2): kommunkod {code} ligger inte i {region} (län {county})."),
            code=code, region=rules.region_name, county=tg.county_code))
    if on < start:
        if tg.start == "year-of-birthday":
            return out(TOO_YOUNG, Text(QT_TRANSLATE_NOOP(
                "domain", "Utanför målgruppen (R-TG-1): fyller {age} år {year} och ingår från {start}."),
                age=tg.min_age, year=start.year, start=start.isoformat()))
        return out(TOO_YOUNG, Text(QT_TRANSLATE_NOOP(
            "domain", "Utanför målgruppen (R-TG-1): fyller {age} år {birthday} och ingår från {start}."),
            age=tg.min_age, birthday=start.isoformat(), start=start.isoformat()))
    if on > end:
        return out(TOO_OLD, Text(QT_TRANSLATE_NOOP(
            "domain", "Utanför målgruppen (R-TG-1): fyllde {age} år {year} och ingick till och med {end}."),
            age=tg.max_age, year=identity.birth_date.year + tg.max_age, end=end.isoformat()))
    return TargetGroupStatus(
        True,
        IN_GROUP,
        Text(QT_TRANSLATE_NOOP("domain", "I målgruppen (R-TG-1, R-TG-2): folkbokförd i {municipality} kommun, ingår "
                                         "till och med {end}."), municipality=name, end=end.isoformat()),
        start,
        end,
    )
