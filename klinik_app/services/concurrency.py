"""Optimistic concurrency for edits made in a window (issue 10): never a silent overwrite.

A window shows a row and later saves the user's change. The service is told the `row_version` the
window showed (`expected_version`); if another workstation saved the row in between,
`check_version` refuses with `ChangedElsewhere`, which carries both sides so the window can show
them and let the user choose. A retry with the version now stored is a deliberate overwrite.
`expected_version=None` (the CLI, bulk paths) skips the check. The ORM's own guard (`version_id_col`:
UPDATE ... WHERE row_version = ?) catches a save that lands between our check and our commit:
`guarded` turns its StaleDataError into the same refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from klinik_app.db.models import StaffMember
from klinik_app.domain.messages import Text
from klinik_app.services import access_log
from klinik_app.services.context import STOCKHOLM, ServiceContext
from klinik_app.services.errors import ServiceError
from klinik_app.services.messages import QT_TRANSLATE_NOOP

# The fixed values the dialog shows beside the user's data: `Text`s (each prints as the Swedish), so the
# window translates them and leaves the data as it is (klinik_app/ui/changed_elsewhere.py).
EMPTY = Text(QT_TRANSLATE_NOOP("services", "(tomt)"))
UNCHANGED = Text(QT_TRANSLATE_NOOP("services", "(ändras inte)"))
YES, NO = Text(QT_TRANSLATE_NOOP("services", "Ja")), Text(QT_TRANSLATE_NOOP("services", "Nej"))


class ChangedElsewhere(ServiceError):
    """Someone saved this record after it was shown here; nothing of this save was stored.

    `mine` and `saved` map a field's Swedish label (marked in the dialog's context "changed_elsewhere": the
    window translates it) to its value as text: what this user meant to save (only the fields the save
    changes) and what is stored now (every field shown). A value that is a `Text` ("(tomt)", "Ja", a
    status) is a label the window translates; any other value is the user's data, shown as it is. `key`
    names the row (e.g. the listing id) and `current_version` is its version now, for a retry.
    """

    def __init__(self, what: str, mine: Mapping[str, str] | None = None, saved: Mapping[str, str] | None = None, *,
                 by: str | None = None, at: datetime | None = None, key: Any = None,
                 current_version: int | None = None, patient_id: int | None = None) -> None:
        self.what, self.by, self.at, self.key, self.current_version = what, by, at, key, current_version
        self.patient_id = patient_id  # whose stored data the refusal shows (an access-log read)
        self.mine, self.saved = dict(mine or {}), dict(saved or {})
        if by and at:
            template = QT_TRANSLATE_NOOP("services", "{what} har ändrats på en annan arbetsstation av {by} {at} sedan "
                                                     "du öppnade uppgifterna. Ingenting av din ändring har sparats. "
                                                     "Öppna uppgifterna igen och gör om ändringen.")
        elif by:
            template = QT_TRANSLATE_NOOP("services", "{what} har ändrats på en annan arbetsstation av {by} sedan du "
                                                     "öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna "
                                                     "uppgifterna igen och gör om ändringen.")
        elif at:
            template = QT_TRANSLATE_NOOP("services", "{what} har ändrats på en annan arbetsstation {at} sedan du "
                                                     "öppnade uppgifterna. Ingenting av din ändring har sparats. Öppna "
                                                     "uppgifterna igen och gör om ändringen.")
        else:
            template = QT_TRANSLATE_NOOP("services", "{what} har ändrats på en annan arbetsstation sedan du öppnade "
                                                     "uppgifterna. Ingenting av din ändring har sparats. Öppna "
                                                     "uppgifterna igen och gör om ändringen.")
        params = {"by": by} if by else {}
        if at:
            params["at"] = local_time(at)
        super().__init__(template, what=what, **params)

    def rows(self) -> list[tuple[str, str, str, bool]]:
        """(label, mine, saved now, differs) for every field shown, in order."""
        labels = list(self.saved) + [label for label in self.mine if label not in self.saved]
        return [(label, self.mine.get(label, UNCHANGED), self.saved.get(label, EMPTY),
                 label in self.mine and self.mine[label] != self.saved.get(label, EMPTY)) for label in labels]


def local_time(at: datetime) -> str:
    """A stored UTC time as the clinic reads it (SQLite returns it without a zone)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M")


def as_text(value: Any) -> str:
    """A stored or typed value as the dialog shows it: the data as it is, or a fixed value as a `Text`."""
    if isinstance(value, Text):  # already a label ("borttagen")
        return value
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def check_version(row, expected_version: int | None, mine: Mapping[str, Any], labels: Mapping[str, str], *,
                  what: str | Callable[[], str], key: Any = None, patient_id: int | None = None,
                  shown: Mapping[str, Callable[[Any], str]] | None = None) -> None:
    """Refuse with ChangedElsewhere when `row` is no longer at the version the window showed.

    `mine` is field -> the value the user means to save, `labels` field -> Swedish label of every field to
    show (QT_TRANSLATE_NOOP("changed_elsewhere", ...): in a context of its own, so a label is never taken
    for a value elsewhere), `shown` field -> how to write a value as a label the window translates (a
    status, a role: a label dict's value; a time or a number, which no translation knows, stays as it is);
    the default is `as_text`. A row not stored yet has version 0. `what` may be a function, called only on
    a conflict (e.g. to look up a name).
    """
    current = row.row_version or 0
    if expected_version is None or current == expected_version:
        return
    shown = shown or {}

    def text(field: str, value: Any) -> str:
        if field in shown and value is not None:
            written = shown[field](value)
            return written if isinstance(written, Text) else Text(str(written))
        return as_text(value)

    session = object_session(row)
    name = session.scalar(select(StaffMember.name).where(StaffMember.hsa_id == row.modified_by)) if session else None
    by = f"{name} ({row.modified_by})" if name else row.modified_by
    raise ChangedElsewhere(
        what() if callable(what) else what,
        {labels[f]: text(f, v) for f, v in mine.items() if f in labels},
        {label: text(f, getattr(row, f)) for f, label in labels.items()},
        by=by if current else None, at=row.modified_at if current else None, key=key, current_version=current,
        patient_id=patient_id)


@contextmanager
def guarded(ctx: ServiceContext, recheck: Callable[[Session], None], what: str) -> Iterator[None]:
    """Around `with ctx.begin()`: a save that lost the race at commit becomes ChangedElsewhere too.

    `recheck(session)` reads the rows again and calls check_version, so the refusal shows what
    is stored now (without an expected version it cannot: a refusal without details follows).
    A refusal shows the patients' stored data, so it is a read in the access log.
    """
    try:
        try:
            yield
        except StaleDataError:
            with ctx.begin() as s:
                recheck(s)
            raise ChangedElsewhere(what) from None
    except ChangedElsewhere as exc:
        if exc.patient_id is not None:
            with ctx.begin() as s:
                access_log.record(s, ctx, "read", [exc.patient_id], detail="ändrat på annan arbetsstation: båda "
                                                                          "versionerna visade")
        raise
