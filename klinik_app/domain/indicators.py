"""R-RP-1: the follow-up indicators the orderer asks for, each with its written definition, and the
status of a value against a target (R-RP-2). Pure: services.indicators measures, this module says
what is measured and how a value compares.

Units: "antal" a count, "andel" a share as a fraction 0..1 (shown as per cent), "dagar" days,
"medel" an average (numerator / denominator). A Value with value None had nothing to measure
(no denominator): never shown as 0.

The day a stock figure is measured on ("mätdagen") is the period's last day, or the day treated as
today when the period runs on past it: what is overdue "now" cannot be known for a future day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

ANTAL, ANDEL, DAGAR, MEDEL = "antal", "andel", "dagar", "medel"
HIGHER, LOWER, NONE = "higher", "lower", "none"
OVERDUE_LIMIT_DAYS = 90  # overdue_over_90_days: more than this many days past the due date


@dataclass(frozen=True)
class Definition:
    id: str
    name: str
    numerator: str
    denominator: str
    period: str
    exclusions: str
    unit: str  # "antal" | "andel" | "dagar" | "medel"
    better: str  # "higher" | "lower" | "none"
    whole: bool = False  # a mean of head counts (listed patients per month end): shown as whole patients


@dataclass(frozen=True)
class Value:
    id: str
    first: date
    last: date
    numerator: float | None
    denominator: float | None
    value: float | None
    parts: tuple[tuple[str, float], ...] = ()  # e.g. per month, per category; in display order


# Shares are fractions: 0.90 - 0.85 is 0.05000000000000004, which must still be "close".
_EPSILON = 1e-9
STATUSES = {"met": "Uppfyllt", "close": "Nära", "missed": "Ej uppfyllt"}

_PROTECTED_COUNTED = "Patienter med skyddad identitet räknas med (de är klinikens patienter)."
_MONTH_ENDS = ("Månadsskiften i perioden: varje månads sista dag som ligger i perioden. Tagna månader "
               "läses ur månadsögonblicksbilden (R-LI-8) och ändras aldrig; månader som ännu inte "
               "tagits beräknas ur dagens listningar och är preliminära.")
_MEASURING_DAY = ("Mätdagen: periodens sista dag (dagens datum om perioden inte är slut). Förfallodatum "
                  "beräknas enligt R-RV-1–R-RV-6 ur de undersökningar som gjorts t.o.m. mätdagen. "
                  "När mätdagen är ett avslutat månadsskifte läses siffrorna ur månadens revisionsbild, "
                  "tagen en gång när månaden är slut och sedan aldrig ändrad (som R-LI-8): en "
                  "undersökning som registreras eller rättas efteråt ändrar inte en tagen månad.")
# Followed by "vars ..." or "som ...": the clause about listings entered in error stays inside.
_LISTED_ON_DAY = "patienter med en aktiv listning (val eller icke-val, inte felregistrerad) på mätdagen"
_EXAMS = ("Undersökningar av tandläkare eller tandhygienist (R-RV-5; tandhälsokontroll av "
          "tandsköterska räknas inte) gjorda i perioden, där värdet är registrerat; för en patient "
          "som undersökts flera gånger räknas den senaste i perioden.")
_HEALTH_TAKEN = ("En avslutad kalendermånad läses ur månadens tandhälsobild, tagen en gång när månaden är "
                 "slut och sedan aldrig ändrad (som R-LI-8): en undersökning som registreras eller rättas "
                 "efteråt ändrar inte en tagen månad. Andra perioder, som året hittills, beräknas ur "
                 "undersökningarna som de är registrerade nu.")
_AGE = ("Ålder = det år patienten fyller under undersökningsåret (undersökningsårets årtal minus "
        "födelseåret), som målgruppen räknar ålder (R-TG-1).")


def _listed(id: str, name: str, kind: str, better: str) -> Definition:
    return Definition(
        id, name,
        numerator=f"Summan av antalet listade patienter med listningstyp {kind} vid varje månadsskifte i perioden.",
        denominator="Antalet månadsskiften i perioden (värdet är alltså ett månadsmedel).",
        period=_MONTH_ENDS + " Värdet per månad visas som delvärden.",
        exclusions="Listningar registrerade som fel. " + _PROTECTED_COUNTED,
        unit=MEDEL, better=better, whole=True)


def _health(id: str, name: str, age: int, measure: str, caries_free: bool) -> Definition:
    if caries_free:
        numerator = f"Antal undersökta {age}-åringar med {measure} = 0."
        denominator = f"Antal undersökta {age}-åringar med registrerat {measure}."
        unit, better = ANDEL, HIGHER
    else:
        numerator = f"Summan av {measure} hos de undersökta {age}-åringarna."
        denominator = f"Antal undersökta {age}-åringar med registrerat {measure}."
        unit, better = MEDEL, LOWER
    return Definition(id, name, numerator, denominator, period=f"{_EXAMS} {_AGE} {_HEALTH_TAKEN}",
                      exclusions="Undersökningar utan registrerat värde. " + _PROTECTED_COUNTED,
                      unit=unit, better=better)


_ABSENCE_PERIOD = ("Kalendermånaderna från periodens första till dess sista månad, efter tidens "
                   "startdag (svensk tid).")

DEFINITIONS: dict[str, Definition] = {d.id: d for d in (
    _listed("listed_choice", "Listade patienter, val", "val (eget val, R-LI-1)", HIGHER),
    _listed("listed_assigned", "Listade patienter, icke-val", "icke-val (tilldelade, R-LI-2)", NONE),
    Definition(
        "examined_within_interval", "Andel undersökta inom sitt intervall",
        numerator="De patienter i nämnaren vars revision inte är försenad på mätdagen: förfallodatum "
                  "på mätdagen eller senare.",
        denominator=f"Antal {_LISTED_ON_DAY} som har ett intervall att hålla: minst en "
                    "revisionsundersökning, eller första undersökningen (R-RV-4) redan förfallen.",
        period=_MEASURING_DAY,
        exclusions="Patienter utan revision inom Hälsoval (vården upphör, R-RV-9); patienter som ännu "
                   "inte undersökts och vars första undersökning ännu inte förfallit. Personalens "
                   "ändrade kallelsedatum ändrar inte förfallodatum. " + _PROTECTED_COUNTED,
        unit=ANDEL, better=HIGHER),
    Definition(
        "overdue_revisions", "Försenade revisioner",
        numerator=f"Antal {_LISTED_ON_DAY} vars förfallodatum ligger före mätdagen.",
        denominator="Ingen (ett antal). Delvärden per skäl till förfallodatumet.",
        period=_MEASURING_DAY,
        exclusions="Patienter utan revision inom Hälsoval (R-RV-9). " + _PROTECTED_COUNTED,
        unit=ANTAL, better=LOWER),
    Definition(
        "overdue_over_90_days", f"Revisioner försenade mer än {OVERDUE_LIMIT_DAYS} dagar",
        numerator=f"Antal {_LISTED_ON_DAY} vars förfallodatum ligger mer än {OVERDUE_LIMIT_DAYS} "
                  f"dagar före mätdagen (exakt {OVERDUE_LIMIT_DAYS} dagar räknas inte).",
        denominator="Ingen (ett antal).",
        period=_MEASURING_DAY,
        exclusions="Patienter utan revision inom Hälsoval (R-RV-9). " + _PROTECTED_COUNTED,
        unit=ANTAL, better=LOWER),
    Definition(
        "first_exam_year_of_3", "Första undersökning året patienten fyller 3",
        numerator="De patienter i nämnaren som undersökts av tandläkare (R-RV-4) någon gång t.o.m. "
                  "mätdagen.",
        denominator=f"Antal {_LISTED_ON_DAY} som fyller 3 år under mätdagens kalenderår.",
        period=_MEASURING_DAY + " För ett helt år är det årets treåringar; för en del av ett år "
                                "läget hittills under året.",
        exclusions="Undersökning av tandhygienist eller tandsköterska räknas inte (R-RV-4, R-RV-5). "
                   + _PROTECTED_COUNTED,
        unit=ANDEL, better=HIGHER),
    Definition(
        "absence_rate", "Uteblivandefrekvens",
        numerator="Antal uteblivanden som räknas (R-AB-6: avtalad tid, inte akut, listad den dagen; sen "
                  "avbokning bara om regelverket säger det).",
        denominator="Antal avtalade, icke akuta tider med utfall (kom, uteblev, sen avbokning).",
        period=_ABSENCE_PERIOD,
        exclusions="Akuttider, tider som bara föreslagits i kallelse (R-AB-3), tider utan utfall. "
                   + _PROTECTED_COUNTED,
        unit=ANDEL, better=LOWER),
    Definition(
        "absence_fees", "Uteblivandeavgifter",
        numerator="Antal uteblivanden som debiterats avgift (R-AB-3). Delvärde: summa i kronor.",
        denominator="Ingen (ett antal).",
        period=_ABSENCE_PERIOD,
        exclusions="Tider utan avtal med både klinik och patient (R-AB-3). " + _PROTECTED_COUNTED,
        unit=ANTAL, better=NONE),
    Definition(
        "reoffers_on_time", "Ny tid erbjuden i tid efter uteblivande",
        numerator="De uteblivanden i nämnaren där en ny, icke akut tid bokades senast sista dagen "
                  "enligt R-AB-2.",
        denominator="Uteblivanden i perioden vars sista dag för ny tid har passerat, eller som redan "
                    "fått ny tid i tid.",
        period=_ABSENCE_PERIOD,
        exclusions="Uteblivanden vars sista dag ännu inte passerat och som ännu inte fått ny tid. "
                   + _PROTECTED_COUNTED,
        unit=ANDEL, better=HIGHER),
    Definition(
        "deviations", "Avvikelser",
        numerator="Antal avvikelser rapporterade i perioden. Delvärden per kategori och per skadegrad.",
        denominator="Ingen (ett antal).",
        period="Rapportdagen ligger i perioden.",
        exclusions="Inga.",
        unit=ANTAL, better=NONE),
    Definition(
        "deviation_answer_days", "Dagar till svar på mottagna avvikelser",
        numerator="Summan av antalet dagar från rapportdag till svarsdag för mottagna avvikelser "
                  "(från annan vårdgivare, R-DV-2) som besvarats i perioden.",
        denominator="Antal mottagna avvikelser som besvarats i perioden.",
        period="Svarsdagen (svaret levererat) ligger i perioden.",
        exclusions="Obesvarade avvikelser (de syns som försenade i avvikelseregistret); egna, "
                   "skickade, samverkans- och organisatoriska avvikelser.",
        unit=MEDEL, better=LOWER),
    _health("deft_3", "deft hos 3-åringar", 3, "deft", caries_free=False),
    _health("deft_6", "deft hos 6-åringar", 6, "deft", caries_free=False),
    _health("dft_12", "DFT hos 12-åringar", 12, "DFT", caries_free=False),
    _health("dft_19", "DFT hos 19-åringar", 19, "DFT", caries_free=False),
    _health("caries_free_3", "Kariesfria 3-åringar", 3, "deft", caries_free=True),
    _health("caries_free_6", "Kariesfria 6-åringar", 6, "deft", caries_free=True),
    _health("caries_free_12", "Kariesfria 12-åringar", 12, "DFT", caries_free=True),
    _health("caries_free_19", "Kariesfria 19-åringar", 19, "DFT", caries_free=True),
    Definition(
        "listing_stop_days", "Dagar med listningsstopp",
        numerator="Antal dagar i perioden då ett listningsstopp (R-LI-5) gällde; ett pågående stopp "
                  "räknas t.o.m. mätdagen.",
        denominator="Ingen (ett antal dagar).",
        period="Periodens dagar t.o.m. mätdagen; start- och slutdag räknas båda.",
        exclusions="Dagar efter mätdagen. Överlappande stopp räknas en gång per dag.",
        unit=DAGAR, better=LOWER),
)}

# The dental health indicators: id -> (age, examination column, caries-free share or mean).
HEALTH = {
    "deft_3": (3, "deft", False), "deft_6": (6, "deft", False),
    "dft_12": (12, "dft", False), "dft_19": (19, "dft", False),
    "caries_free_3": (3, "deft", True), "caries_free_6": (6, "deft", True),
    "caries_free_12": (12, "dft", True), "caries_free_19": (19, "dft", True),
}


def status(value: float | None, target: float, better: str, close_margin: float) -> str | None:
    """"met", "close" or "missed" against a target (R-RP-2); None with nothing measured or no direction.

    Close = missed by at most close_margin (in the value's own unit: a fraction for "andel").
    """
    if value is None or better == NONE:
        return None
    gap = target - value if better == HIGHER else value - target
    if gap <= _EPSILON:
        return "met"
    return "close" if gap <= close_margin + _EPSILON else "missed"


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def measured(id: str, first: date, last: date, numerator: float, denominator: float | None = None,
             parts: tuple[tuple[str, float], ...] = ()) -> Value:
    """A Value: a count (no denominator) is its numerator; otherwise the ratio, None over zero."""
    value = numerator if denominator is None else ratio(numerator, denominator)
    return Value(id, first, last, numerator, denominator, value, parts)


def measuring_day(last: date, today: date) -> date:
    """The day stock figures (overdue, listed) are measured on: the period's end, never after today."""
    return min(last, today)


def has_interval(due: date | None, last_exam: date | None, day: date) -> bool:
    """In examined_within_interval's denominator: examined before, or the first examination already due."""
    return due is not None and (last_exam is not None or due < day)


def within_interval(due: date | None, last_exam: date | None, day: date) -> bool:
    return has_interval(due, last_exam, day) and due >= day


def overdue(due: date | None, day: date) -> bool:
    return due is not None and due < day


def overdue_over_limit(due: date | None, day: date) -> bool:
    """More than OVERDUE_LIMIT_DAYS days past due on `day` (exactly 90 days is not)."""
    return due is not None and due < day - timedelta(days=OVERDUE_LIMIT_DAYS)


# The revision counts of a measuring day, per due-date reason (the stored month ends keep them so).
REVISION_COUNTS = ("with_interval", "within_interval", "overdue", "overdue_over_limit", "turning_3",
                   "turning_3_examined")


def tally_revisions(rows: Iterable[tuple[date, date | None, str, date | None, date | None, int]],
                    day: date) -> dict[str, list[int]]:
    """REVISION_COUNTS per reason on `day` for rows (birth, due, reason, last_exam, last_dentist_exam, n):
    n listed patients alike. Only the year of the birth date and whether there is a last (dentist)
    examination matter, so alike patients can be counted as one row."""
    tally: dict[str, list[int]] = {}
    for birth, due, reason, last_exam, last_dentist, n in rows:
        counts = tally.get(reason)
        if counts is None:
            counts = tally[reason] = [0] * len(REVISION_COUNTS)
        if has_interval(due, last_exam, day):
            counts[0] += n
            counts[1] += n if within_interval(due, last_exam, day) else 0
        if overdue(due, day):
            counts[2] += n
            counts[3] += n if overdue_over_limit(due, day) else 0
        if third_birthday_year(birth) == day.year:
            counts[4] += n
            counts[5] += n if last_dentist is not None else 0
    return tally


def third_birthday_year(birth: date) -> int:
    """R-RV-4: the calendar year the patient turns 3 (born 29 Feb 2020: 2023, on 28 Feb)."""
    return birth.year + 3


def days_covered(spans: list[tuple[date, date | None]], first: date, last: date) -> int:
    """Days of [first, last] covered by at least one span (start, end or None = open), both ends included."""
    covered: set[date] = set()
    for start, end in spans:
        day, stop = max(start, first), min(end or last, last)
        while day <= stop:
            covered.add(day)
            day += timedelta(days=1)
    return len(covered)


def format_value(definition: Definition, value: float | None) -> str:
    """The value in Swedish for a report or the screen: "92,5 %", "1 234", "1,4"; "–" for nothing measured."""
    if value is None:
        return "–"
    if definition.unit == ANDEL:
        return f"{value * 100:.1f}".replace(".", ",") + " %"
    if definition.unit in (ANTAL, DAGAR) or definition.whole:
        return f"{int(value + 0.5):,}".replace(",", "\u00a0")  # half up, as people round
    return f"{value:,.1f}".replace(",", "\u00a0").replace(".", ",")
