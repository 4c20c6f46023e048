"""Versioned rule sets per region, read from TOML files (rules.md: the numbers are data, not code).

One file holds one version of one region's rules with a validity window. Every computation uses
the version valid on the day treated as today; a validity window never rejects a historical event.
The file format is documented in docs/rule-sets.md.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from klinik_app.domain.dates import add_months, add_years, first_of_next_month
from klinik_app.domain.messages import QT_TRANSLATE_NOOP, Refusal, Text

AGE_CAP = "age-cap"  # risk interval value: use the general cap for the patient's age (R-RV-10)

TARGET_GROUP_STARTS = ("year-of-birthday", "birthday")
TARGET_GROUP_ENDS = ("year-end", "before-next-birthday")
CARE_STARTS = ("first-of-next-month", "listing-date")
CAPITATION_SNAPSHOTS = ("month-end",)
CAP_AGE_BASES = ("age-at-examination", "age-today")
FIRST_EXAM_RULES = ("year-of-3rd-birthday", "before-4th-birthday")


class RuleSetError(Refusal, ValueError):
    """A rule-set file is missing or wrong, or no version applies; `message` is Swedish (a marked
    template and its values: the command prints the Swedish, the window shows it translated). `path` and
    `key` name the file and the dotted key; they are not values of the template."""

    def __init__(self, message: str, *, path: Path | None = None, key: str | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.path = path
        self.key = key


@dataclass(frozen=True, slots=True)
class AgeBracket:
    """Applies to ages up to and including `up_to_age`; `value` is months or years by table."""

    up_to_age: int
    value: int


def _bracket_value(brackets: tuple[AgeBracket, ...], age: int) -> int:
    for bracket in brackets:
        if age <= bracket.up_to_age:
            return bracket.value
    # Ages past the last bracket only occur after the target group ends; the last bracket holds.
    return brackets[-1].value


@dataclass(frozen=True, slots=True)
class TargetGroupRules:
    """R-TG-1, R-TG-2."""

    min_age: int
    max_age: int
    start: str
    end: str
    county_code: str
    municipalities: tuple[tuple[str, str], ...]  # (kommunkod, name); tuples keep the rule set hashable

    def is_county_municipality(self, code: str | None) -> bool:
        return self.municipality_name(code) is not None

    def municipality_name(self, code: str | None) -> str | None:
        code = (code or "").strip()
        return next((name for c, name in self.municipalities if c == code), None)


@dataclass(frozen=True, slots=True)
class ListingRules:
    """R-LI-3, R-LI-5, R-LI-8."""

    minimum_capacity: int
    care_start: str
    capitation_snapshot: str

    def care_starts_on(self, listed_on: date) -> date:
        """R-LI-3: the day the clinic takes over care responsibility for a choice listing."""
        if self.care_start == "listing-date":
            return listed_on
        return first_of_next_month(listed_on)


@dataclass(frozen=True, slots=True)
class RevisionRules:
    """R-RV-2..4, R-RV-6, R-RV-7, R-RV-9, R-RV-10."""

    cap_age_basis: str
    first_exam: str
    bite_check_min_age: int
    bite_check_max_age: int
    tobacco_from_age: int
    care_end_warning_age: int
    risk_domains: tuple[str, ...]
    general_cap: tuple[AgeBracket, ...]  # months
    dentist_cap: tuple[AgeBracket, ...]  # years
    risk_interval_months: tuple[tuple[int, int | str], ...]  # (risk group, months or AGE_CAP)

    def general_cap_months(self, age: int) -> int:
        """R-RV-2: the longest revision interval for a patient of this age."""
        return _bracket_value(self.general_cap, age)

    def dentist_cap_years(self, age: int) -> int:
        """R-RV-3: the longest time between two dentist examinations for this age."""
        return _bracket_value(self.dentist_cap, age)

    def cap_age_on(self, examined_on: date, today: date) -> date:
        """R-RV-2/3 [tolkning]: the date on which the patient's age chooses the cap."""
        return examined_on if self.cap_age_basis == "age-at-examination" else today

    def first_exam_due(self, birth_date: date) -> date:
        """R-RV-4: the last day of the first dentist examination when none is on record."""
        if self.first_exam == "before-4th-birthday":
            return add_years(birth_date, 4) - timedelta(days=1)
        return date(birth_date.year + 3, 12, 31)

    def requires_bite_check(self, age: int) -> bool:
        """R-RV-6."""
        return self.bite_check_min_age <= age <= self.bite_check_max_age

    def requires_tobacco_habits(self, age: int) -> bool:
        """R-RV-7."""
        return age >= self.tobacco_from_age

    def care_end_warning_from(self, birth_date: date) -> date:
        """R-RV-9: 1 January of the year the patient turns care_end_warning_age."""
        return date(birth_date.year + self.care_end_warning_age, 1, 1)

    @property
    def risk_groups(self) -> tuple[int, ...]:
        return tuple(risk for risk, _ in self.risk_interval_months)

    def default_interval_months(self, risk_group: int, age: int) -> int:
        """R-RV-10: the suggested interval, never above the age cap (R-RV-2)."""
        value = dict(self.risk_interval_months).get(risk_group)
        if value is None:
            raise ValueError(f"unknown risk group {risk_group}; known: {self.risk_groups}")
        cap = self.general_cap_months(age)
        return cap if value == AGE_CAP else min(int(value), cap)


@dataclass(frozen=True, slots=True)
class AbsenceRules:
    """R-AB-2..6."""

    reoffer_days: int
    repeated_count: int
    repeated_window_months: int
    child_at_risk_under_age: int
    late_cancellation_counts: bool
    late_cancellation_hours: int
    fee_sek: int

    def reoffer_deadline(self, missed_on: date) -> date:
        """R-AB-2: a new time must be offered by this day."""
        return missed_on + timedelta(days=self.reoffer_days)

    def repeated_window_start(self, latest_absence: date) -> date:
        """R-AB-4/6: first day of the window counted back from the latest absence (both included)."""
        return add_months(latest_absence, -self.repeated_window_months)

    def is_late_cancellation(self, cancelled_at: datetime, appointment_at: datetime) -> bool:
        """R-AB-3: cancelled fewer than late_cancellation_hours before the time."""
        return appointment_at - cancelled_at < timedelta(hours=self.late_cancellation_hours)


@dataclass(frozen=True, slots=True)
class RuleSet:
    id: str
    version: str
    region_name: str
    valid_from: date
    valid_to: date | None
    source: str
    target_group: TargetGroupRules
    listing: ListingRules
    revision: RevisionRules
    absence: AbsenceRules
    path: Path | None = field(default=None, compare=False)

    def is_valid_on(self, on: date) -> bool:
        """Both ends inclusive; no valid_to means open-ended."""
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    @property
    def label(self) -> str:
        return f"{self.region_name} {self.version}"


# --- reading -------------------------------------------------------------------------------------


class _Table:
    """One TOML table being read: tracks its dotted key for error messages and the keys used."""

    def __init__(self, data: dict[str, Any], prefix: str, path: Path) -> None:
        self.data, self.prefix, self.path = data, prefix, path
        self.used: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name

    def bad_key(self, name: str, problem: Text) -> RuleSetError:
        """The refusal of key `name`; `problem` (a marked `Text`) says what is wrong with it."""
        key = self.key(name)
        return RuleSetError(
            QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {file}: nyckeln '{dotted}' {problem}. Rätta filen."),
            path=self.path, key=key, file=self.path, dotted=key, problem=problem,
        )

    def raw(self, name: str, *, optional: bool = False) -> Any:
        self.used.add(name)
        if name not in self.data:
            if optional:
                return None
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "saknas")))
        return self.data[name]

    def get_int(self, name: str, *, minimum: int = 0) -> int:
        value = self.raw(name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara ett heltal, inte {value!r}"),
                                          value=value))
        if value < minimum:
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara minst {minimum}, inte {value}"),
                                          minimum=minimum, value=value))
        return value

    def get_bool(self, name: str) -> bool:
        value = self.raw(name)
        if not isinstance(value, bool):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara true eller false, inte {value!r}"),
                                          value=value))
        return value

    def get_str(self, name: str, *, choices: tuple[str, ...] | None = None, pattern: str | None = None) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or not value.strip():
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara en text som inte är tom, inte "
                                                                      "{value!r}"), value=value))
        if choices is not None and value not in choices:
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "har värdet '{value}'; tillåtna värden är "
                                                                      "{choices}"),
                                          value=value, choices=", ".join(f"'{c}'" for c in choices)))
        if pattern is not None and not re.fullmatch(pattern, value):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "har det ogiltiga värdet '{value}'"),
                                          value=value))
        return value

    def get_date(self, name: str, *, optional: bool = False) -> date | None:
        value = self.raw(name, optional=optional)
        if value is None:
            return None
        # tomllib gives datetime (a date subclass) for a date-time; only a plain date is meant.
        if isinstance(value, datetime) or not isinstance(value, date):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara ett TOML-datum utan citattecken "
                                                                      "(t.ex. 2022-01-01), inte {value!r}"),
                                          value=value))
        return value

    def table(self, name: str) -> _Table:
        value = self.raw(name)
        if not isinstance(value, dict):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara en tabell ([...])")))
        return _Table(value, self.key(name), self.path)

    def tables(self, name: str) -> list[_Table]:
        value = self.raw(name)
        if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
            raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska vara en eller flera tabeller ([[...]])")))
        return [_Table(v, f"{self.key(name)}[{i}]", self.path) for i, v in enumerate(value)]

    def done(self) -> None:
        """Unknown keys are refused: a misspelt key would otherwise silently leave a rule unset."""
        for name in self.data:
            if name not in self.used:
                raise self.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "är okänd (felstavad?)")))


def _brackets(parent: _Table, name: str, unit: str, max_age: int) -> tuple[AgeBracket, ...]:
    brackets = []
    for t in parent.tables(name):
        brackets.append(AgeBracket(t.get_int("up_to_age"), t.get_int(unit, minimum=1)))
        t.done()
    ages = [b.up_to_age for b in brackets]
    if ages != sorted(set(ages)):
        raise parent.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "ska ha up_to_age i stigande ordning utan "
                                                                    "dubbletter")))
    if ages[-1] < max_age:
        raise parent.bad_key(name, Text(QT_TRANSLATE_NOOP("domain", "täcker inte åldrar upp till "
                                                                    "target_group.max_age ({max_age})"),
                                        max_age=max_age))
    return tuple(brackets)


def _target_group(t: _Table) -> TargetGroupRules:
    min_age, max_age = t.get_int("min_age"), t.get_int("max_age")
    if max_age < min_age:
        raise t.bad_key("max_age", Text(QT_TRANSLATE_NOOP("domain", "ska vara minst min_age")))
    county = t.get_str("county_code", pattern=r"[0-9]{2}")
    m = t.table("municipalities")
    municipalities = []
    for code in m.data:
        name = m.get_str(code)
        if not re.fullmatch(rf"{county}[0-9]{{2}}", code):
            raise m.bad_key(code, Text(QT_TRANSLATE_NOOP("domain", "ska vara en fyrsiffrig kommunkod som börjar med "
                                                                   "länskoden {county}"), county=county))
        municipalities.append((code, name))
    if not municipalities:
        raise t.bad_key("municipalities", Text(QT_TRANSLATE_NOOP("domain", "ska innehålla minst en kommun")))
    rules = TargetGroupRules(
        min_age=min_age,
        max_age=max_age,
        start=t.get_str("start", choices=TARGET_GROUP_STARTS),
        end=t.get_str("end", choices=TARGET_GROUP_ENDS),
        county_code=county,
        municipalities=tuple(sorted(municipalities)),
    )
    t.done()
    return rules


def _listing(t: _Table) -> ListingRules:
    rules = ListingRules(
        minimum_capacity=t.get_int("minimum_capacity"),
        care_start=t.get_str("care_start", choices=CARE_STARTS),
        capitation_snapshot=t.get_str("capitation_snapshot", choices=CAPITATION_SNAPSHOTS),
    )
    t.done()
    return rules


def _risk_intervals(parent: _Table) -> tuple[tuple[int, int | str], ...]:
    t = parent.table("risk_interval_months")
    pairs: list[tuple[int, int | str]] = []
    for key in t.data:
        if not re.fullmatch(r"[0-9]+", key):
            raise t.bad_key(key, Text(QT_TRANSLATE_NOOP("domain", "ska vara en riskgrupp (ett heltal inom citattecken, "
                                                                  "t.ex. \"1\")")))
        value = t.raw(key)
        if value != AGE_CAP and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise t.bad_key(key, Text(QT_TRANSLATE_NOOP("domain", "ska vara ett antal månader (minst 1) eller "
                                                                  "'{age_cap}', inte {value!r}"),
                                      age_cap=AGE_CAP, value=value))
        pairs.append((int(key), value))
    if not pairs:
        raise parent.bad_key("risk_interval_months", Text(QT_TRANSLATE_NOOP("domain", "ska innehålla minst en "
                                                                                      "riskgrupp")))
    return tuple(sorted(pairs))


def _revision(t: _Table, max_age: int) -> RevisionRules:
    risk_domains = t.raw("risk_domains")
    if not isinstance(risk_domains, list) or not risk_domains or not all(
        isinstance(d, str) and d.strip() for d in risk_domains
    ):
        raise t.bad_key("risk_domains", Text(QT_TRANSLATE_NOOP("domain", "ska vara en lista med minst ett namn")))
    rules = RevisionRules(
        cap_age_basis=t.get_str("cap_age_basis", choices=CAP_AGE_BASES),
        first_exam=t.get_str("first_exam", choices=FIRST_EXAM_RULES),
        bite_check_min_age=t.get_int("bite_check_min_age"),
        bite_check_max_age=t.get_int("bite_check_max_age"),
        tobacco_from_age=t.get_int("tobacco_from_age"),
        care_end_warning_age=t.get_int("care_end_warning_age"),
        risk_domains=tuple(risk_domains),
        general_cap=_brackets(t, "general_cap", "months", max_age),
        dentist_cap=_brackets(t, "dentist_cap", "years", max_age),
        risk_interval_months=_risk_intervals(t),
    )
    if rules.bite_check_max_age < rules.bite_check_min_age:
        raise t.bad_key("bite_check_max_age", Text(QT_TRANSLATE_NOOP("domain", "ska vara minst bite_check_min_age")))
    t.done()
    return rules


def _absence(t: _Table) -> AbsenceRules:
    rules = AbsenceRules(
        reoffer_days=t.get_int("reoffer_days", minimum=1),
        repeated_count=t.get_int("repeated_count", minimum=1),
        repeated_window_months=t.get_int("repeated_window_months", minimum=1),
        child_at_risk_under_age=t.get_int("child_at_risk_under_age"),
        late_cancellation_counts=t.get_bool("late_cancellation_counts"),
        late_cancellation_hours=t.get_int("late_cancellation_hours"),
        fee_sek=t.get_int("fee_sek"),
    )
    t.done()
    return rules


def load_rule_set(path: Path | str) -> RuleSet:
    """Read and validate one rule-set file; raise RuleSetError naming the file and key."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {file} finns inte."), path=path,
                           file=path) from None
    except OSError as e:
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {file} kan inte läsas: {reason}."),
                           path=path, file=path, reason=e.strerror) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Regeluppsättningen {file} är inte giltig TOML: {error}. "
                                                       "Rätta filen."), path=path, file=path, error=e) from None

    top = _Table(data, "", path)
    header = dict(
        id=top.get_str("id", pattern=r"[a-z0-9][a-z0-9_-]*"),
        version=top.get_str("version"),
        region_name=top.get_str("region_name"),
        valid_from=top.get_date("valid_from"),
        valid_to=top.get_date("valid_to", optional=True),
        source=top.get_str("source"),
    )
    target_group = _target_group(top.table("target_group"))
    rule_set = RuleSet(
        **header,
        target_group=target_group,
        listing=_listing(top.table("listing")),
        revision=_revision(top.table("revision"), target_group.max_age),
        absence=_absence(top.table("absence")),
        path=path,
    )
    if rule_set.valid_to is not None and rule_set.valid_to < rule_set.valid_from:
        raise top.bad_key("valid_to", Text(QT_TRANSLATE_NOOP("domain", "ligger före valid_from")))
    top.done()
    return rule_set


def load_rule_sets(directory: Path | str) -> list[RuleSet]:
    """Every *.toml in `directory`, sorted by id and valid_from."""
    directory = Path(directory)
    if not directory.is_dir():
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Mappen med regeluppsättningar {folder} finns inte."),
                           path=directory, folder=directory)
    rule_sets = [load_rule_set(p) for p in sorted(directory.glob("*.toml"))]
    if not rule_sets:
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Mappen {folder} innehåller inga regeluppsättningar "
                                                       "(*.toml)."), path=directory, folder=directory)
    # Two versions starting the same day, or sharing a version name, would make the choice ambiguous.
    for what, key_of in (("valid_from", lambda r: r.valid_from), ("version", lambda r: r.version)):
        seen: dict[tuple[str, object], RuleSet] = {}
        for rs in rule_sets:
            key = (rs.id, key_of(rs))
            if key in seen:
                raise RuleSetError(
                    QT_TRANSLATE_NOOP("domain", "Regeluppsättningarna {first} och {second} har båda id '{id}' och "
                                                "{what} {value}. Ändra eller ta bort den ena."),
                    path=rs.path, key=what, first=seen[key].path, second=rs.path, id=rs.id, what=what, value=key[1],
                )
            seen[key] = rs
    return sorted(rule_sets, key=lambda rs: (rs.id, rs.valid_from))


def rule_set_for(region_id: str, on: date, rule_sets: list[RuleSet]) -> RuleSet:
    """The version of the region's rules valid on `on` (inclusive window).

    When windows overlap (an open-ended version followed by a newer one), the version with the
    latest valid_from wins: a new version takes over from its valid_from.
    """
    versions = [rs for rs in rule_sets if rs.id == region_id]
    if not versions:
        known = ", ".join(sorted({rs.id for rs in rule_sets})) or Text(QT_TRANSLATE_NOOP("domain", "inga"))
        raise RuleSetError(QT_TRANSLATE_NOOP("domain", "Det finns ingen regeluppsättning för regionen '{region}' "
                                                       "(finns: {known})."), region=region_id, known=known)
    valid = [rs for rs in versions if rs.is_valid_on(on)]
    if not valid:
        windows = "; ".join(
            f"{rs.version}: {rs.valid_from}–{rs.valid_to or ''}" for rs in sorted(versions, key=lambda r: r.valid_from)
        )
        raise RuleSetError(
            QT_TRANSLATE_NOOP("domain", "Ingen version av regeluppsättningen '{region}' gäller {day} ({windows}). "
                                        "Lägg till en version som gäller det datumet."),
            region=region_id, day=on.isoformat(), windows=windows,
        )
    return max(valid, key=lambda rs: rs.valid_from)


def default_rules_dir() -> Path:
    """resources/rules of the repository, or of the PyInstaller bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources" / "rules"
    return Path(__file__).resolve().parents[2] / "resources" / "rules"
