"""The one way into the application's data: every use case gets a ServiceContext.

It carries the database, the date treated as today (`--today`) and who is acting, so the access
log and the outbox always know who did what.
"""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import cached_property
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from klinik_app.db.engine import WRITE, make_engine
from klinik_app.db.migrate import migrate
from klinik_app.db.models import Clinic
from klinik_app.domain.permissions import OS_ACCOUNT, SYSTEM
from klinik_app.domain.ruleset import RuleSet, default_rules_dir, load_rule_sets, rule_set_for

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def swedish_today() -> date:
    return datetime.now(STOCKHOLM).date()


@dataclass(frozen=True)
class Actor:
    """Who is acting, and in which roles (domain/permissions.py). A staff member's roles come from
    the database at login; read-only commands may run as the operating-system account, marked as such."""

    user_id: str
    kind: str = "staff"  # staff | os-account | system
    roles: frozenset[str] = frozenset()
    name: str = ""
    workstation: str = field(default_factory=socket.gethostname)

    @property
    def role(self) -> str | None:
        """The roles as the access log records them."""
        return ",".join(sorted(self.roles)) or None

    @classmethod
    def os_account(cls) -> Actor:
        try:
            name = getpass.getuser()
        except Exception:  # no login name (some containers): still mark the entry as anonymous OS use
            name = "okand"
        return cls(user_id=f"os:{name}", kind="os-account", roles=frozenset({OS_ACCOUNT}))

    @classmethod
    def system(cls) -> Actor:
        return cls(user_id="system:klinik", kind="system", roles=frozenset({SYSTEM}))


class ServiceContext:
    def __init__(self, engine: Engine, *, actor: Actor, today: date | None = None) -> None:
        self.engine = engine
        self.actor = actor
        self.today = today or swedish_today()
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        # Use cases write (at least the access log): on SQLite they begin IMMEDIATE (db/engine.py).
        self._writing = sessionmaker(engine.execution_options(**{WRITE: True}), expire_on_commit=False)

    @classmethod
    def open(cls, db: str, *, actor: Actor, today: date | None = None) -> ServiceContext:
        """Open (creating and migrating as needed) the database at a path or URL."""
        engine = make_engine(db)
        migrate(engine)
        return cls(engine, actor=actor, today=today)

    def begin(self) -> Session:
        """`with ctx.begin() as session:` one transaction, committed on success."""
        return self._writing.begin()

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    @cached_property
    def clinic_rule_set_id(self) -> str:
        with self.sessions() as s:
            clinic = s.scalars(select(Clinic)).first()
            return clinic.rule_set_id if clinic else "vasterbotten"

    @property
    def rules(self) -> RuleSet:
        return rule_set_for(self.clinic_rule_set_id, self.today, _rule_sets())

    def close(self) -> None:
        self.engine.dispose()


_RULE_SETS: list[RuleSet] | None = None


def _rule_sets() -> list[RuleSet]:
    global _RULE_SETS
    if _RULE_SETS is None:
        _RULE_SETS = load_rule_sets(default_rules_dir())
    return _RULE_SETS
