"""The demo data tables in demo/data: names, streets, municipalities and postal areas.

Each file is read once, on first use, and kept (`tables()` is cached). Weighted tables keep
cumulative weights so a pick is one `random()` and one bisect.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import accumulate
from typing import Generic, TypeVar

COUNTY_CODE = "24"  # Västerbotten: the first two digits of its municipality codes (R-TG-2)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class WeightedChoice(Generic[T]):
    values: tuple[T, ...]
    cum_weights: tuple[float, ...]
    total: float

    @classmethod
    def of(cls, pairs: Iterable[tuple[T, float]]) -> WeightedChoice[T]:
        values, weights = zip(*pairs)
        if any(w <= 0 for w in weights):
            raise ValueError("weights must be positive")
        cum_weights = tuple(accumulate(weights))
        return cls(tuple(values), cum_weights, cum_weights[-1])

    def pick(self, random: Callable[[], float]) -> T:
        """One value, drawn with `random` (a `Random.random`)."""
        # As random.choices: the bound keeps a product rounded up to `total` on the last value.
        return self.values[bisect_right(self.cum_weights, random() * self.total, 0, len(self.values) - 1)]


@dataclass(frozen=True, slots=True)
class PostalArea:
    town: str
    first: int  # postcode as a five-digit number
    last: int


@dataclass(frozen=True, slots=True)
class Tables:
    girls: WeightedChoice[str]
    boys: WeightedChoice[str]
    women: WeightedChoice[str]
    men: WeightedChoice[str]
    surnames: WeightedChoice[str]
    streets: tuple[str, ...]
    county_municipalities: WeightedChoice[str]  # codes, weighted by the target-group population
    other_municipalities: tuple[str, ...]  # codes in other counties, equally likely
    postal_areas: dict[str, WeightedChoice[PostalArea]]  # by municipality code


def _rows(name: str, columns: int) -> list[list[str]]:
    text = (files("klinik_app.demo") / "data" / name).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != columns:
            raise ValueError(f"demo/data/{name} line {number}: expected {columns} columns, got {len(row)}")
        rows.append(row)
    return rows


def _names(name: str) -> WeightedChoice[str]:
    return WeightedChoice.of((n, float(count)) for n, count in _rows(name, 2))


@cache
def tables() -> Tables:
    municipalities = _rows("municipalities.tsv", 4)
    areas: dict[str, list[tuple[PostalArea, float]]] = {}
    for code, town, first, last, weight in _rows("postal_areas.tsv", 5):
        areas.setdefault(code, []).append((PostalArea(town, int(first), int(last)), float(weight)))
    missing = [code for code, *_ in municipalities if code not in areas]
    if missing:
        raise ValueError(f"demo/data/postal_areas.tsv: no postal area for {', '.join(missing)}")
    county = [(code, float(young)) for code, _, _, young in municipalities if code.startswith(COUNTY_CODE)]
    return Tables(
        girls=_names("girls.tsv"),
        boys=_names("boys.tsv"),
        women=_names("women.tsv"),
        men=_names("men.tsv"),
        surnames=_names("surnames.tsv"),
        streets=tuple(row[0] for row in _rows("streets.txt", 1)),
        county_municipalities=WeightedChoice.of(county),
        other_municipalities=tuple(code for code, *_ in municipalities if not code.startswith(COUNTY_CODE)),
        postal_areas={code: WeightedChoice.of(pairs) for code, pairs in areas.items()},
    )
