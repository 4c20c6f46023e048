"""Patient search at region scale, on an FTS5 trigram index (SQLite) or LIKE elsewhere.

The index finds the rows matching every fragment of three or more characters (and two-letter
word starts, see domain.text.search_name) without reading the table. Fragments shorter than that
are checked with LIKE on the rows the index found. A search returns at most `limit` rows: the
first found, sorted by name; "type more to narrow" covers the rest. Without an indexable fragment
(a single letter, two digits) the register is walked in name order, which such common fragments
fill at once.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, and_, or_, select, text
from sqlalchemy.orm import Session

from klinik_app.db.models import Patient
from klinik_app.domain.text import WORD_START

Term = tuple[str, str]  # ("digits" | "name", folded text)


def _like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _condition(kind: str, term: str) -> ColumnElement[bool]:
    t = _like(term)
    if kind == "digits":
        return or_(Patient.personnummer.like(f"%{t}%", escape="\\"), Patient.phone_digits.like(f"%{t}%", escape="\\"))
    if len(term) < 3:
        return Patient.search_name.like(f"%{WORD_START}{t}%", escape="\\")  # a short fragment starts a word
    return Patient.search_name.like(f"%{t}%", escape="\\")


def _indexed(kind: str, term: str) -> str | None:
    """The FTS5 query part for a term, or None when the trigram index cannot serve it."""
    if kind == "digits":
        return f'{{personnummer phone_digits}} : "{term}"' if len(term) >= 3 else None
    phrase = term if len(term) >= 3 else WORD_START + term
    return f'search_name : "{phrase}"' if len(phrase) >= 3 else None


def search_ids(session: Session, terms: list[Term], limit: int) -> Select:
    """A query for the ids of up to `limit` matching patients."""
    if session.get_bind().dialect.name == "sqlite":
        indexed = [(kind, term, _indexed(kind, term)) for kind, term in terms]
        fts = " AND ".join(q for _, _, q in indexed if q)
        if fts:
            rest = [_condition(kind, term) for kind, term, q in indexed if q is None]
            found = text("SELECT rowid FROM patient_fts WHERE patient_fts MATCH :m").bindparams(m=fts)
            # FTS5 yields rowids in order and stops at the limit; no need to read every match.
            return select(Patient.id).where(Patient.id.in_(found), *rest).order_by(Patient.id).limit(limit)
    exact = and_(*(_condition(kind, term) for kind, term in terms))
    return select(Patient.id).where(exact).order_by(Patient.sort_name, Patient.id).limit(limit)
