"""De-identification of deviation texts for the region (R-DV-4).

`deidentify(text, known, lexicon)` replaces what identifies a person with a placeholder and
returns the spans it replaced, so the export preview can show exactly what leaves and what was
removed. What is removed:

- identity numbers (personnummer, samordningsnummer) in every written form: 10 or 12 digits with
  any separators (space, dot, dash, plus, slash, line break) or none, glued to words, masked
  ("850312-XXXX" still gives the birth date);
- phone numbers (070-123 45 67, +46 (0)70 ..., 0046 ..., 090-12 34 56, and any number after
  "tel"/"mobil"/"ring på"), e-mail addresses (also "(at)", "snabel-a", "punkt");
- street addresses (suffix -gatan/-vägen/..., "Storg. 12 B", "lgh 1102", "Box 12", c/o lines),
  postcode with town (903 25 Umeå, SE-90325 UMEÅ);
- dates of birth: a date after "född"/"f."/"födelsedatum"/"fyller år", a date in brackets right
  after a name, and any date equal to a known person's birth date;
- names: the linked patient's and guardians' names in any case, genitive ("Ellas", "Lindström:s"),
  hyphenated or spelled out with spaces; register names; names from the shipped lists; and unknown
  names shown by the text: a capitalised word inside a sentence, a word after a cue ("mamma",
  "tandläkare", "dr"), initials next to a name or after "sign".

Decisions (documented for the note):
- Clinical content stays: tooth numbers (36, 46, 55), FDI codes, amounts, drug names in
  not_names, and event dates (a date is removed only when it is shown to be a birth date).
- A town alone (e.g. "Umeå" as the place of care) stays; it goes only with a postcode.
- A capitalised word inside a sentence that is neither a known place, organisation nor brand
  (lexicon.not_names) is taken for a name: leaking a name is worse than hiding an unusual brand.
- A date and time written "2024-03-05 14.30" is kept as a date and time, not an identity number.
- Not handled: names written in lowercase that are in no list and follow no cue, look-alike
  letters from other alphabets, numbers written with letters (O for 0).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from klinik_app.domain.identity import luhn_check_digit
from klinik_app.domain.text import fold


class Kind(StrEnum):
    IDENTITY = "personnummer"
    NAME = "namn"
    ADDRESS = "adress"
    POSTCODE = "postnummer och ort"
    PHONE = "telefon"
    EMAIL = "e-post"
    BIRTH_DATE = "födelsedatum"

    @property
    def placeholder(self) -> str:
        return f"[{self.value}]"


# When detections overlap, the merged span takes the kind that comes first here.
_PRIORITY = (Kind.EMAIL, Kind.IDENTITY, Kind.PHONE, Kind.BIRTH_DATE, Kind.POSTCODE, Kind.ADDRESS, Kind.NAME)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: Kind
    original: str


@dataclass(frozen=True, slots=True)
class Redacted:
    text: str  # what leaves
    spans: tuple[Span, ...]  # what was removed, in text order (offsets into the original text)

    @property
    def removed(self) -> list[tuple[str, str]]:
        """(placeholder, original) pairs for the preview."""
        return [(s.kind.placeholder, s.original) for s in self.spans]


@dataclass(frozen=True, slots=True)
class KnownPeople:
    """What the register knows about the people a deviation concerns.

    `names` are the linked patient's and guardians' names (full or parts): removed in any case.
    `register_names` are every other patient and staff name: removed when written capitalised.
    """

    names: tuple[str, ...] = ()
    register_names: tuple[str, ...] = ()
    identity_numbers: tuple[str, ...] = ()
    birth_dates: tuple[date, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()  # street lines, postcodes and towns as written in the register


@dataclass(frozen=True, slots=True)
class NameLexicon:
    """The shipped word lists, folded (case and diacritics removed)."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    everyday_words: frozenset[str]
    not_names: frozenset[str]  # single words
    protected_phrases: tuple[str, ...] = field(default=())  # several words, folded

    @classmethod
    def parse(cls, *, first_names: str, surnames: str, everyday_words: str, not_names: str) -> NameLexicon:
        """Build the lexicon from the texts of the list files (one entry a line, # comments)."""
        protected = _entries(not_names)
        return cls(
            first_names=frozenset(_entries(first_names)),
            surnames=frozenset(_entries(surnames)),
            everyday_words=frozenset(_entries(everyday_words)),
            not_names=frozenset(p for p in protected if " " not in p),
            protected_phrases=tuple(sorted((p for p in protected if " " in p), key=len, reverse=True)),
        )

    def is_listed_name(self, folded: str) -> bool:
        return folded in self.first_names or folded in self.surnames


def _entries(text: str) -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [fold(line) for line in lines if line]


def deidentify(text: str, known: KnownPeople, lexicon: NameLexicon) -> Redacted:
    """The text with every identifying part replaced by its placeholder (R-DV-4)."""
    if not text:
        return Redacted(text or "", ())
    work = _ascii_digits(text)
    found: list[Span] = []
    found += _emails(work)
    clusters = list(_clusters(work))
    found += _identity_numbers(work, clusters)
    found += _phones(work, clusters)
    found += _known_values(work, clusters, known)
    found += _birth_dates(work, known)
    found += _postcodes(work)
    found += _addresses(work)
    names = _names(work, known, lexicon, taken=found)
    found += names
    found += _dates_after_names(work, names)
    spans = _merge(text, found)
    return Redacted(_apply(text, spans), tuple(spans))


def deidentify_fields(fields: Mapping[str, str], known: KnownPeople, lexicon: NameLexicon) -> dict[str, Redacted]:
    """Every field of a report de-identified, free text included."""
    return {key: deidentify(value, known, lexicon) for key, value in fields.items()}


# ---------------------------------------------------------------------------------------------
# Text helpers

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters


def _ascii_digits(text: str) -> str:
    """Other Unicode digits (full-width ２, Arabic-Indic) as ASCII, one character for one."""
    table = {ord(c): str(unicodedata.decimal(c)) for c in set(text) if c.isdecimal() and not c.isascii()}
    return text.translate(table) if table else text


def _merge(text: str, found: Iterable[Span]) -> list[Span]:
    """Overlapping spans as one; neighbouring names as one ("Ella Lindström" -> one [namn])."""
    merged: list[list] = []
    for s in sorted(found, key=lambda s: (s.start, -s.end)):
        if merged and (
            s.start < merged[-1][1]
            or (s.kind == Kind.NAME == merged[-1][2] and not text[merged[-1][1] : s.start].strip(" -–"))
        ):
            last = merged[-1]
            last[1] = max(last[1], s.end)
            if _PRIORITY.index(s.kind) < _PRIORITY.index(last[2]):
                last[2] = s.kind
        else:
            merged.append([s.start, s.end, s.kind])
    return [Span(a, b, k, text[a:b]) for a, b, k in merged]


def _apply(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s.start])
        out.append(s.kind.placeholder)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def _span(work: str, start: int, end: int, kind: Kind) -> Span:
    return Span(start, end, kind, work[start:end])


# ---------------------------------------------------------------------------------------------
# E-mail

_AT = r"(?:@|＠|\s*[\(\[\{<]\s*(?:at|snabel-?a)\s*[\)\]\}>]\s*|\s+(?:at|snabel-?a)\s+)"
_DOT = r"(?:\.|\s*[\(\[\{<]\s*(?:dot|punkt)\s*[\)\]\}>]\s*|\s+(?:dot|punkt)\s+)"
_EMAIL = re.compile(rf"[\w.+%'-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)


def _emails(work: str) -> list[Span]:
    return [_span(work, m.start(), m.end(), Kind.EMAIL) for m in _EMAIL.finditer(work)]


# ---------------------------------------------------------------------------------------------
# Digit clusters: digits joined by up to four separator characters


_SEP_CHARS = " \t\r\n\u00a0\u2009\u202f.\\-‐‑‒–—−－+/_()" + _INVISIBLE
_CLUSTER = re.compile(rf"(?<![0-9])[0-9](?:[{re.escape(_SEP_CHARS)}]{{0,4}}[0-9])*")


@dataclass(frozen=True, slots=True)
class _Cluster:
    digits: str
    pos: tuple[int, ...]  # where each digit is in the text
    seps: Mapping[int, str]  # digit index -> the separator written before that digit

    def window(self, a: int, b: int) -> tuple[int, int]:
        return self.pos[a], self.pos[b - 1] + 1

    def aligned(self, a: int, b: int) -> bool:
        return (a == 0 or a in self.seps) and (b == len(self.digits) or b in self.seps)

    def breaks(self, a: int, b: int) -> list[int]:
        """The separator positions strictly inside digits a..b, relative to a."""
        return [i - a for i in self.seps if a < i < b]


def _clusters(work: str) -> Iterator[_Cluster]:
    for m in _CLUSTER.finditer(work):
        pos = [m.start() + i for i, c in enumerate(m.group()) if c.isdigit()]
        seps = {i: work[pos[i - 1] + 1 : pos[i]] for i in range(1, len(pos)) if pos[i] - pos[i - 1] > 1}
        yield _Cluster("".join(work[p] for p in pos), tuple(pos), seps)


def _valid_month_day(month: str, day: str) -> bool:
    m, d = int(month), int(day)
    return 1 <= m <= 12 and (1 <= d <= 31 or 61 <= d <= 91)


def _looks_like_identity(w: str) -> bool:
    if len(w) == 12:
        return w[:2] in ("18", "19", "20") and _valid_month_day(w[4:6], w[6:8])
    return len(w) == 10 and _valid_month_day(w[2:4], w[4:6])


def _luhn_ok(w: str) -> bool:
    ten = w[-10:]
    return luhn_check_digit(ten[:9]) == int(ten[9])


def _is_date_and_time(c: _Cluster, a: int, n: int) -> bool:
    """'2024-03-05 14.30': a date, a space, then HH.MM (kept as an event time)."""
    sep_time, sep_clock = c.seps.get(a + n - 4, ""), c.seps.get(a + n - 2, "")
    hh, mm = int(c.digits[a + n - 4 : a + n - 2]), int(c.digits[a + n - 2 : a + n])
    return sep_time.isspace() and sep_clock in (".", ":") and hh < 24 and mm < 60


def _starts_next_date(c: _Cluster, a: int, n: int) -> bool:
    """The last four digits are the year of a following date ('2024-03-05 - 2024-03-12')."""
    b = a + n
    return b in c.seps and b + 2 in c.seps and len(c.digits) >= b + 4 and 1 <= int(c.digits[b : b + 2]) <= 12


def _identity_numbers(work: str, clusters: list[_Cluster]) -> list[Span]:
    spans = [_span(work, m.start(), m.end(), Kind.IDENTITY) for m in _MASKED_ID.finditer(work)]
    for c in clusters:
        d = c.digits
        if _tooth_list(c):
            continue
        for n in (12, 10):
            for a in range(len(d) - n + 1):
                w = d[a : a + n]
                if not _looks_like_identity(w) or _is_date_and_time(c, a, n) or _starts_next_date(c, a, n):
                    continue
                inner = c.breaks(a, a + n)
                usual_breaks = set(inner) <= _ID_BREAKS[n]
                # Without a valid check digit, only a number written as one is taken: a typo in
                # a personnummer still identifies, but a row of tooth numbers does not.
                written_as_one = c.aligned(a, a + n) and usual_breaks and (not inner or n - 4 in inner)
                # 070-123 45 67, "mobil 0701234567": the phone rule's.
                phone_shaped = w.startswith("0") and (not usual_breaks or _phone_cue_before(work, c.pos[0]))
                if not phone_shaped and (_luhn_ok(w) or written_as_one):
                    spans.append(_span(work, *c.window(a, a + n), Kind.IDENTITY))
    return spans


# FDI tooth numbers: permanent 11-18 ... 41-48, primary 51-55 ... 81-85.
_FDI = frozenset(f"{q}{t}" for q in "1234" for t in "12345678") | frozenset(f"{q}{t}" for q in "5678" for t in "12345")


def _tooth_list(c: _Cluster) -> bool:
    """'11 12 21 22 55 65': a row of tooth numbers, not an identity number (R-DV-4: clinical content stays)."""
    cuts = [0, *sorted(c.seps), len(c.digits)]
    groups = [c.digits[a:b] for a, b in zip(cuts, cuts[1:])]
    return len(groups) >= 3 and all(g in _FDI for g in groups) and all(s.strip(" ,") == "" for s in c.seps.values())


# Where the parts of an identity number may be split: between year, month, day and the last four.
_ID_BREAKS = {10: {2, 4, 6, 8}, 12: {2, 4, 6, 8, 10}}

_MASKED_ID = re.compile(r"(?<![0-9])(?:(?:18|19|20)[0-9]{2}|[0-9]{2})[0-9]{4}\s*[-+]?\s*(?=[0-9Xx*#?]{0,3}[Xx*#?])[0-9Xx*#?]{4}(?![\w])")


# ---------------------------------------------------------------------------------------------
# Phones

_PHONE_CUE = re.compile(
    r"(?:\b(?:tel|tfn|telefon|telefonnummer|telnr|mobil|mobilnummer|mobilnr|mob|sms|fax)\b\.?"
    r"|\bring(?:a|de|er|t)?\s+(?:på|till|upp\s+på)|\bnås\s+på|\bsms(?:a|ade)?\s+till)\s*[:.]?\s*[+(]?\s*$",
    re.IGNORECASE,
)


def _phones(work: str, clusters: list[_Cluster]) -> list[Span]:
    spans = []
    for c in clusters:
        start = c.pos[0]
        plus = start > 0 and work[start - 1] == "+"
        if _phone_cue_before(work, start) and len(c.digits) >= 5:
            spans.append(_span(work, start - plus, c.pos[-1] + 1, Kind.PHONE))
            continue
        spans += _phones_in(work, c, plus)
    return spans


def _phone_cue_before(work: str, start: int) -> bool:
    return _PHONE_CUE.search(work[max(0, start - 30) : start]) is not None


def _phones_in(work: str, c: _Cluster, plus: bool) -> list[Span]:
    """Swedish numbers (0 + 7-9 digits, +46/0046 forms) and any +-prefixed international number."""
    spans, d = [], c.digits
    starts = [0] + sorted(c.seps)
    i = 0
    while i < len(starts):
        a = starts[i]
        if a and not re.search(r"[\s/(]", c.seps[a]):
            i += 1  # a number starts at the start of a cluster or after a space: not inside 2024-03-05
            continue
        national = _national(d[a:], plus and a == 0)
        ends = [b for b in sorted(c.seps) + [len(d)] if b > a]
        best = None
        for b in ends:
            n = len(_national(d[a:b], plus and a == 0) or "")
            if national and 8 <= n <= 10 and not _date_layout(c, a, b):
                best = b
            elif plus and a == 0 and d[:2] != "46" and 7 <= b - a <= 15:
                best = b
        if best is not None:
            begin, end = c.window(a, best)
            spans.append(_span(work, begin - (plus and a == 0), end, Kind.PHONE))
            while i < len(starts) and starts[i] < best:
                i += 1
            continue
        i += 1
    return spans


def _national(digits: str, plus: bool) -> str | None:
    """The number as dialled inside Sweden, or None when it is not a Swedish number."""
    if plus and digits.startswith("46"):
        rest = digits[2:]
        return rest if rest.startswith("0") else "0" + rest
    if digits.startswith("0046"):
        return "0" + digits[4:].lstrip("0")
    if digits.startswith("0") and not digits.startswith("00"):
        return digits
    return None


def _date_layout(c: _Cluster, a: int, b: int) -> bool:
    """Groups of a date (03-05-2024, 2024-03-05, 5/3 2024) are not a phone number."""
    cuts = [0] + c.breaks(a, b) + [b - a]
    parts = [c.digits[a + x : a + y] for x, y in zip(cuts, cuts[1:])]
    return len(parts) == 3 and any(_parts_date(parts[i], parts[1], parts[2 - i]) for i in (0, 2))


def _parts_date(day: str, month: str, year: str) -> bool:
    return len(year) in (2, 4) and 1 <= len(day) <= 2 and 1 <= len(month) <= 2 and _real(year, month, day)


def _real(year: str, month: str, day: str) -> bool:
    y = int(year) if len(year) == 4 else 2000 + int(year)
    if not 1800 <= y < 2100:
        return False
    try:
        date(y, int(month), int(day))
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Values the register knows: identity numbers, phones, e-mail, street and postcode


def _known_values(work: str, clusters: list[_Cluster], known: KnownPeople) -> list[Span]:
    spans: list[Span] = []
    numbers: list[tuple[str, Kind]] = []
    for raw in known.identity_numbers:
        digits = re.sub(r"[^0-9]", "", raw)
        numbers += [(digits, Kind.IDENTITY), (digits[-10:], Kind.IDENTITY)]
    for raw in known.phones:
        national = _national(re.sub(r"[^0-9]", "", raw), raw.strip().startswith("+")) or ""
        numbers += [(national[1:], Kind.PHONE)] if len(national) >= 6 else []  # without the 0: +46 forms
    for raw in known.addresses:
        numbers += [(m.group(1) + m.group(2), Kind.POSTCODE) for m in _POSTCODE_DIGITS.finditer(raw)]
        street = re.match(r"\s*([^\W\d_][^\d,]*?)\s*(?:[0-9]|,|$)", raw)
        if street and len(street.group(1)) >= 4:
            words = r"\s+".join(re.escape(w) for w in street.group(1).split())
            pattern = re.compile(rf"(?<![^\W\d_]){words}(?:s|:s)?(?:\s*[0-9]{{1,4}}(?:\s?[A-Za-z](?![^\W\d_]))?)?", re.I)
            spans += [_span(work, m.start(), m.end(), Kind.ADDRESS) for m in pattern.finditer(work)]
    for digits, kind in numbers:
        if len(digits) < 5:
            continue
        for c in clusters:
            for i in _find_all(c.digits, digits):
                spans.append(_span(work, *c.window(i, i + len(digits)), kind))
    for email in known.emails:
        if email.strip():
            spans += [_span(work, m.start(), m.end(), Kind.EMAIL) for m in re.finditer(re.escape(email.strip()), work, re.I)]
    return spans


def _find_all(haystack: str, needle: str) -> Iterator[int]:
    i = haystack.find(needle)
    while i >= 0:
        yield i
        i = haystack.find(needle, i + 1)


# ---------------------------------------------------------------------------------------------
# Dates of birth

_MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december",
)
_MONTH_WORD = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?(?![^\W\d_])"
_TEXT_DATE = re.compile(
    rf"(?<![0-9])(?P<d>[0-9]{{1,2}})(?::?[ea])?\s*{_MONTH_WORD}(?:\s*[-'’]?\s*(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9]))?",
    re.IGNORECASE,
)
_NUM_DATE = re.compile(
    r"(?<![0-9])(?:(?:18|19|20)[0-9]{2}\s*[-./]?\s*[0-9]{2}\s*[-./]?\s*[0-9]{2}"
    r"|[0-9]{1,2}\s*[./-]\s*[0-9]{1,2}(?:\s*[./ -]\s*'?(?:[0-9]{4}|[0-9]{2}))?"
    r"|[0-9]{6})(?![0-9])"
)
_MONTH_YEAR = re.compile(rf"(?:i\s+)?{_MONTH_WORD}\s*(?:[0-9]{{4}}|-?[0-9]{{2}})(?![0-9])", re.IGNORECASE)
_YEAR = re.compile(r"(?:år\s+)?(?:(?:18|19|20)[0-9]{2}|[-'’]?[0-9]{2})(?![0-9])", re.IGNORECASE)  # 2015, -85
_BIRTH_CUE = re.compile(
    r"(?<![^\W\d_])(?:född(?:es)?|föd|födelsedatum(?:et)?|födelsedag(?:en)?|födelseår|fd|fdd|f\.|f(?=\s*[0-9])|dob"
    r"|fyller(?:\s+[0-9]{1,3})?\s+år)(?![^\W\d_])\.?\s*[:.]?\s*(?:den\s+|d\.\s*|ca\s+|–\s*|-\s*)?",
    re.IGNORECASE,
)


def _birth_dates(work: str, known: KnownPeople) -> list[Span]:
    spans = []
    for cue in _BIRTH_CUE.finditer(work):
        for pattern in (_TEXT_DATE, _NUM_DATE, _MONTH_YEAR, _YEAR):
            m = pattern.match(work, cue.end())
            if m:
                spans.append(_span(work, cue.start(), m.end(), Kind.BIRTH_DATE))
                break
    if known.birth_dates:
        births = set(known.birth_dates)
        for m in [*_TEXT_DATE.finditer(work), *_NUM_DATE.finditer(work)]:
            if _dates_of(m.group()) & births:
                spans.append(_span(work, m.start(), m.end(), Kind.BIRTH_DATE))
    return spans


def _dates_of(written: str) -> set[date]:
    """Every date a written date can mean (a two-digit year: both centuries)."""
    numbers = re.findall(r"[0-9]+", written)
    month_word = re.search(r"[^\W\d_]{3,}", written)
    if month_word:
        month = next((i + 1 for i, m in enumerate(_MONTHS) if m.startswith(month_word.group().lower()[:3])), 0)
        parts = [(numbers[1] if len(numbers) > 1 else "", str(month), numbers[0])]
    elif len(numbers) == 1 and len(numbers[0]) in (6, 8):
        n = numbers[0]
        parts = [(n[:-4], n[-4:-2], n[-2:])]
    elif len(numbers) == 3:
        first, month, last = numbers
        parts = [(first, month, last)] if len(first) == 4 else [(last, month, first)]
    else:
        return set()
    out = set()
    for year, month, day in parts:
        for y in ([int(year)] if len(year) == 4 else [1900 + int(year), 2000 + int(year)] if year else []):
            try:
                out.add(date(y, int(month), int(day)))
            except ValueError:  # not a real date (e.g. 29 February of a common year): no birth date to match
                continue
    return out


_BRACKETED_DATE = re.compile(rf"\s*,?\s*(?:\(\s*(?:{_NUM_DATE.pattern}|{_TEXT_DATE.pattern})\s*\)|[0-9]{{6}}(?:[0-9]{{2}})?(?![0-9]))", re.I)


def _dates_after_names(work: str, names: list[Span]) -> list[Span]:
    """'Ella (2015-03-03)', 'Ella 150303': a date written right after a name is a birth date."""
    spans = []
    for name in names:
        m = _BRACKETED_DATE.match(work, name.end)
        if m:
            spans.append(_span(work, name.end + len(m.group()) - len(m.group().lstrip(" ,")), m.end(), Kind.BIRTH_DATE))
    return spans


# ---------------------------------------------------------------------------------------------
# Addresses and postcodes

_POSTCODE_DIGITS = re.compile(r"(?<![0-9])([1-9][0-9]{2})\s?([0-9]{2})(?![0-9])")
_POSTCODE = re.compile(
    r"(?<![0-9A-Za-z])(?:S(?:E)?\s?-\s?)?(?:[1-9][0-9]{2}\s[0-9]{2}(?![0-9])[ \t,]*\n?[ \t]*[^\W\d_]{3,}"
    r"|[1-9][0-9]{4}(?![0-9])[ \t,]*\n?[ \t]*[A-ZÅÄÖ][^\W\d_]{2,})(?:[ -][A-ZÅÄÖ][^\W\d_]+)?"
    r"|(?i:\bpost(?:nummer|nr)\b\.?\s*:?\s*)[1-9][0-9]{2}\s?[0-9]{2}(?![0-9])"
)


def _postcodes(work: str) -> list[Span]:
    return [_span(work, m.start(), m.end(), Kind.POSTCODE) for m in _POSTCODE.finditer(work)]


_SUFFIX = r"(?i:gatan|gata|vägen|väg|gränden|gränd|allén|allé|allen|alle|stigen|backen|backe|torget|torg|platsen|esplanaden|promenaden|gläntan|slingan|svängen|kajen|stranden)"
_STRONG_SUFFIX = r"(?:gatan|vägen|gränden|gränd|allén|esplanaden|stigen|backen|torget|slingan|gläntan|promenaden)"
_PREFIX = r"(?:(?i:västra|östra|norra|södra|stora|lilla|gamla|nya|övre|nedre|inre|yttre)\s+)?"
_HOUSE = r"\s*[0-9]{1,4}(?:\s?[A-Za-z](?![^\W\d_]))?"
_FLAT = r"(?:[\s,]*(?i:lgh|lägenhet|lägh|lägenhetsnummer)\.?\s*(?i:nr\.?\s*)?[0-9]{1,5}|[\s,]+[0-9]\s*(?i:tr|trappor)\b\.?|[\s,]+(?i:vån|våning)\.?\s*[0-9]+)*"
_ADDRESS = re.compile(
    "|".join(
        (
            rf"(?<![^\W\d_]){_PREFIX}[^\W\d_]*?{_SUFFIX}(?:s)?{_HOUSE}{_FLAT}",  # Storgatan 12 B lgh 1102
            rf"(?<![^\W\d_])[A-ZÅÄÖ][^\W\d_]+\s+(?i:vägen|gatan|gränd|allé|backe|torg|väg|gata){_HOUSE}{_FLAT}",  # Gamla vägen 3
            rf"(?<![^\W\d_]){_PREFIX}[A-ZÅÄÖ][^\W\d_]{{2,}}(?:g|v|gr)\.\s*[0-9]{{1,4}}(?:\s?[A-Za-z](?![^\W\d_]))?{_FLAT}",  # Storg. 12
            rf"(?<![^\W\d_]){_PREFIX}[A-ZÅÄÖ][^\W\d_]{{2,}}?{_STRONG_SUFFIX}s?(?![^\W\d_])",  # Tallvägen (no number)
            r"(?<![^\W\d_])(?i:box)\s+[0-9]{1,6}",
            r"(?<![^\W\d_])(?i:lgh|lägenhet|lägh|lägenhetsnummer)\.?\s*(?i:nr\.?\s*)?[0-9]{3,5}(?![0-9])",
            r"(?<![^\W\d_])(?i:c\s*/\s*o|c\.o\.|care of)(?![^\W\d_])[^\n,;()]*",
        )
    )
)


def _addresses(work: str) -> list[Span]:
    return [_span(work, m.start(), m.end(), Kind.ADDRESS) for m in _ADDRESS.finditer(work)]


# ---------------------------------------------------------------------------------------------
# Names

_LETTER = r"[^\W\d_]"
_TOKEN = re.compile(
    rf"{_LETTER}(?:{_LETTER}|[{_INVISIBLE}])*(?:-{_LETTER}(?:{_LETTER}|[{_INVISIBLE}])*)*(?:[:'’]s(?!{_LETTER})|['’](?!{_LETTER}))?"
)
_SPELLED = re.compile(rf"(?<!{_LETTER})(?:{_LETTER}[ .\u00a0]){{2,}}{_LETTER}(?!{_LETTER})")

# Words after which the next word is a name: relatives, roles, titles, signatures.
_CUES = frozenset(
    fold(w)
    for w in """
    mamma mamman mammans pappa pappan pappans mor modern far fadern förälder föräldern vårdnadshavare
    vårdnadshavaren vh patient patienten pat barnet sonen son dottern dotter bror brodern brorsan syster
    systern syskon syskonet lillebror storebror lillasyster storasyster halvbror halvsyster tvillingbror
    tvillingsyster kusin kusinen morbror farbror moster faster mormor morfar farmor farfar styvpappa
    styvmamma bonuspappa bonusmamma sambo sambon make maken maka makan fru frun herr hr fröken dr doktor
    tandläkare tandläkaren tandhygienist tandhygienisten tandsköterska tandsköterskan undersköterska
    undersköterskan sjuksköterska sjuksköterskan ssk usk tdl leg specialisttandläkare övertandläkare
    st-tandläkare kollega kollegan handläggare handläggaren socialsekreterare socialsekreteraren kurator
    kuratorn skolsköterska skolsköterskan rektor lärare läraren kontaktperson kontaktpersonen tolk tolken
    chef chefen klinikchef verksamhetschef enhetschef anmälningsansvarig receptionist receptionisten
    behandlare behandlaren heter hette kallad kallas sign signerat signatur hälsningar mvh vän
    vännen kompis kompisen pojkvän flickvän fosterförälder familjehem namn ombud ombudet
    """.split()
)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset("enl ev dr ca ex bl resp tel pat ssk usk leg tdl tandl avd kl sign mfl dvs jfr pga hr st nr".split())
_SIGNATURE = frozenset({"sign", "signerat", "signatur"})
_PARTICLES = frozenset({"von", "af", "van", "der", "de", "la", "di", "al", "el", "bin", "ibn"})  # von Platen, al-Amin


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str  # invisible characters removed
    bases: tuple[str, ...]  # folded, with and without a genitive ending
    part_bases: tuple[str, ...]  # the same for each part of a hyphenated word
    verdict: str = ""  # "name", "maybe" (a name if next to one), or "" (not a name)


def _bases(word: str) -> tuple[str, ...]:
    w = fold(word).rstrip("'’")
    if w[-2:] in (":s", "'s", "’s"):
        return (w[:-2],)
    return (w, w[:-1]) if w.endswith("s") and len(w) > 2 else (w,)


def _name_forms(names: Iterable[str]) -> frozenset[str]:
    """Folded words of names, whole and by hyphen part, also as written without å, ä, ö."""
    forms = set()
    for name in names:
        for variant in (name, _transliterate(name)):
            for word in fold(variant).split():
                forms.add(word)
                forms.update(p for p in word.split("-") if p)
    return frozenset(forms)


def _transliterate(name: str) -> str:
    return name.lower().translate(str.maketrans({"å": "aa", "ä": "ae", "ö": "oe", "é": "e", "ü": "ue"}))


def _names(work: str, known: KnownPeople, lexicon: NameLexicon, taken: list[Span]) -> list[Span]:
    strict = _name_forms(known.names)
    register = _name_forms(known.register_names)
    blocked = [(s.start, s.end) for s in taken] + _protected(work, lexicon)
    spans = [
        _span(work, m.start(), m.end(), Kind.NAME)
        for m in _SPELLED.finditer(work)
        if _is_listed_or_known(re.sub(r"[ .\u00a0]", "", m.group()), strict, lexicon)
    ]
    tokens = [t for t in _tokens(work) if not any(a < t.end and t.start < b for a, b in blocked)]
    for i, t in enumerate(tokens):
        t.verdict = _judge(work, t, tokens[i - 1] if i else None, strict, register, lexicon)
    _settle_neighbours(work, tokens)
    _initials_and_signatures(work, tokens, spans)
    return spans + [_span(work, t.start, t.end, Kind.NAME) for t in tokens if t.verdict == "name"]


def _is_listed_or_known(word: str, strict: frozenset[str], lexicon: NameLexicon) -> bool:
    bases = _bases(word)
    return any(b in strict or (lexicon.is_listed_name(b) and b not in lexicon.everyday_words) for b in bases)


def _protected(work: str, lexicon: NameLexicon) -> list[tuple[int, int]]:
    out = []
    for phrase in lexicon.protected_phrases:
        words = r"\s+".join(re.escape(w) for w in phrase.split())
        out += [(m.start(), m.end()) for m in re.finditer(rf"(?<!{_LETTER}){words}(?!{_LETTER})", work, re.IGNORECASE)]
    return out


def _tokens(work: str) -> Iterator[_Token]:
    for m in _TOKEN.finditer(work):
        clean = "".join(c for c in m.group() if c not in _INVISIBLE)
        base = clean.rstrip("'’")
        base = base[:-2] if base[-2:] in (":s", "'s", "’s") else base
        parts = tuple(b for part in base.split("-") if part for b in _bases(part)) if "-" in base else ()
        yield _Token(m.start(), m.end(), clean, _bases(clean), parts)


def _judge(
    work: str, t: _Token, prev: _Token | None, strict: frozenset[str], register: frozenset[str], lexicon: NameLexicon
) -> str:
    every = t.bases + t.part_bases
    if any(b in strict for b in every):
        return "name"
    if t.bases[0] in lexicon.not_names or (t.part_bases and t.part_bases[0] in lexicon.not_names):
        return ""
    word = t.text
    head = word.split("-")[0]
    titled = len(head) > 1 and head[0].isupper() and head[1:].islower()  # Ella, not N (N2O) or NaF
    capitalised = word[0].isupper() and len(word) > 1
    initial = _sentence_initial(work, t.start)
    everyday = any(b in lexicon.everyday_words for b in t.bases)
    listed = any(lexicon.is_listed_name(b) for b in every)
    after_cue = prev is not None and prev.bases[0] in _CUES and _only_between(work, prev.end, t.start, " \t:,")
    # "dr. Zlatan" but not "... vårdnadshavare. Rätt person": a full stop only after an abbreviation.
    after_cue = after_cue or (
        prev is not None and prev.bases[0] in _CUES and prev.bases[0] in _ABBREVIATIONS
        and _only_between(work, prev.end, t.start, " .")
    )
    if capitalised and any(b in register for b in every):
        return "name"
    if listed and not everyday:
        return "name"
    if after_cue and (titled or listed or (capitalised and len(word) >= 4)):  # not "tandläkare ST"
        return "name"
    if listed:  # a name that is also an everyday word
        return "name" if titled and not initial else "maybe" if capitalised else ""
    if t.bases[0] in _CUES or everyday:
        return ""
    if titled and not initial:
        return "name"  # a capitalised word inside a sentence that is no known place or brand
    return "maybe" if capitalised else ""  # a name if written next to one (ZLATAN IBRAHIMOVIC)


def _settle_neighbours(work: str, tokens: list[_Token]) -> None:
    """A 'maybe' written right next to a name is part of it ('Per Zlatansson', 'Zlatan Lind'), and so
    is one spelled as a name found elsewhere in the text ('Zlatan kom sent. Mamma till Zlatan ...')."""
    named = {t.bases[0] for t in tokens if t.verdict == "name"}
    for t in tokens:
        if t.verdict == "maybe" and t.bases[0] in named:
            t.verdict = "name"
    changed = True
    while changed:
        changed = False
        for a, b in zip(tokens, tokens[1:]):
            if not _only_between(work, a.end, b.start, " \u00a0"):
                continue
            for x, y in ((a, b), (b, a)):
                if x.verdict == "maybe" and y.verdict == "name":
                    x.verdict, changed = "name", True


def _initials_and_signatures(work: str, tokens: list[_Token], spans: list[Span]) -> None:
    """'E. Lindström' (an initial before a name) and 'sign. EL' (initials after a signature cue)."""
    for a, b in zip(tokens, tokens[1:]):
        if len(a.text) == 1 and b.verdict == "name" and _only_between(work, a.end, b.start, ". "):
            spans.append(_span(work, a.start, b.start, Kind.NAME))
        if a.text in _PARTICLES and b.verdict == "name" and _only_between(work, a.end, b.start, " "):
            spans.append(_span(work, a.start, b.start, Kind.NAME))
        if a.bases[0] in _SIGNATURE and b.text.isupper() and 2 <= len(b.text) <= 4 and _only_between(work, a.end, b.start, " :.,"):
            b.verdict = "name"
        if a.verdict == "name" and b.text.isupper() and len(b.text) == 1 and _only_between(work, a.end, b.start, " ,"):
            spans.append(_span(work, b.start, b.end + (work[b.end : b.end + 1] == "."), Kind.NAME))


def _only_between(work: str, a: int, b: int, allowed: str) -> bool:
    return all(c in allowed for c in work[a:b])


def _sentence_initial(work: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and (work[j].isspace() or work[j] in "\"'«»“”‘’([{*•-–—"):
        if work[j] == "\n":
            return True
        j -= 1
    if j < 0 or work[j] in "!?:;":
        return True
    if work[j] != ".":
        return False
    k = j
    while k > 0 and (work[k - 1].isalpha() or work[k - 1] == "."):
        k -= 1
    return fold(work[k:j].replace(".", "")) not in _ABBREVIATIONS
