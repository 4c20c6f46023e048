"""Staff accounts and logins (R-SE-1): HSA-ID and password, roles, lockout, screen lock.

Passwords are hashed with scrypt, a memory-hard function in the standard library. Every login,
failure, lockout and account change is a security event (services/security_events.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from klinik_app.db.models import StaffMember, StaffRole
from klinik_app.domain.hsa import InvalidHsaId, parse_hsa_id
from klinik_app.domain.messages import Text, joined
from klinik_app.domain.permissions import ADMINISTRATOR, PROFESSIONS, STAFF_MANAGE, STAFF_ROLES
from klinik_app.services import security_events as ev
from klinik_app.services.concurrency import check_version, guarded
from klinik_app.services.context import Actor, ServiceContext
from klinik_app.services.errors import ServiceError, UsageError
from klinik_app.services.messages import QT_TRANSLATE_NOOP
from klinik_app.services.permissions import require
from klinik_app.services.settings import get_int_setting, read_settings, set_settings

# 64 MiB of memory per guess makes offline guessing expensive (OWASP's scrypt guidance: N=2^16, r=8).
N, R, P = 2**16, 8, 1
MIN_PASSWORD = 10
MAX_FAILURES = ("login.max_failures", 5, 3, 20)  # setting key, default, lowest, highest
LOCKOUT_MINUTES = ("login.lockout_minutes", 15, 5, 24 * 60)
IDLE_MINUTES = ("login.idle_minutes", 10, 1, 60)
_WRONG = QT_TRANSLATE_NOOP("services", "Fel HSA-ID eller lösenord.")


class LoginRefused(ServiceError):
    """Wrong HSA-ID or password, an unknown or ended account, or a locked one."""


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, maxmem=128 * 1024 * 1024)
    return f"scrypt${N}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             maxmem=128 * 1024 * 1024)
    except ValueError:
        return False
    return hmac.compare_digest(got, expected)


@cache
def _dummy_hash() -> str:
    """An unknown HSA-ID costs the same scrypt work as a known one, so timing does not tell them apart."""
    return hash_password(os.urandom(8).hex())


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Lösenordet måste ha minst {min_length} tecken."),
                         min_length=MIN_PASSWORD)
    return password


def _aware(at: datetime | None) -> datetime | None:
    # SQLite gives back the UTC wall clock without a zone.
    return at.replace(tzinfo=timezone.utc) if at is not None and at.tzinfo is None else at


def idle_minutes(ctx: ServiceContext) -> int:
    return get_int_setting(ctx, *IDLE_MINUTES)


IDLE_LABELS = {IDLE_MINUTES[0]: QT_TRANSLATE_NOOP("changed_elsewhere", "Lås skärmen efter (minuter)")}


def idle_minutes_version(ctx: ServiceContext) -> dict[str, int]:
    return read_settings(ctx, IDLE_LABELS)[1]


def save_idle_minutes(ctx: ServiceContext, minutes: int, *, expected_versions: dict[str, int] | None = None) -> None:
    """The clinic's idle lock (R-SE-1): every workstation locks after this many minutes without input."""
    key, _default, lowest, highest = IDLE_MINUTES
    if not lowest <= minutes <= highest:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Skärmen ska låsas efter {lowest} till {highest} minuter utan "
                                                       "aktivitet. {minutes} minuter går inte att välja."),
                         lowest=lowest, highest=highest, minutes=minutes)
    set_settings(ctx, {key: str(minutes)}, expected_versions=expected_versions, labels=IDLE_LABELS,
                 what=QT_TRANSLATE_NOOP("services", "Skärmlåset"))


# --- logging in -------------------------------------------------------------------------------

def login(ctx: ServiceContext, hsa_id: str, password: str) -> Actor:
    """The staff member as an Actor with their roles, or LoginRefused; every attempt is on record."""
    try:
        hsa = parse_hsa_id(hsa_id)
    except InvalidHsaId:
        ev.record_event(ctx, ev.LOGIN_FAILED, "(ogiltigt HSA-ID)")  # never what was typed: it may be a personnummer
        raise LoginRefused(_WRONG) from None
    with ctx.begin() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa)).first()
        if member is None or not member.active or not member.password_hash:
            verify_password(password, _dummy_hash())
            ev.add_event(s, ctx, ev.LOGIN_FAILED, hsa, "okänt, avslutat eller lösenordslöst konto")
            refusal = LoginRefused(_WRONG)
        else:
            refusal = _attempt(s, ctx, member, password, ev.LOGIN)
            actor = Actor(user_id=hsa, roles=member.role_set, name=member.name, workstation=ctx.actor.workstation)
    if refusal:
        raise refusal
    return actor


def unlock(ctx: ServiceContext, password: str) -> None:
    """Unlock the screen for the logged-in staff member (their own password; lockout as at login)."""
    with ctx.begin() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == ctx.actor.user_id)).first()
        if member is None or not member.active or not member.password_hash:
            ev.add_event(s, ctx, ev.LOGIN_FAILED, ctx.actor.user_id, "upplåsning: kontot finns inte längre")
            refusal = LoginRefused(QT_TRANSLATE_NOOP("services",
                                                     "Kontot finns inte längre eller är avslutat. Logga in på nytt."))
        else:
            refusal = _attempt(s, ctx, member, password, ev.UNLOCK)
    if refusal:
        raise refusal


def _attempt(s: Session, ctx: ServiceContext, member: StaffMember, password: str,
             success: str) -> LoginRefused | None:
    """Check a password against an account, counting failures; the refusal, or None when it may go on."""
    now = ctx.now()
    locked_until = _aware(member.locked_until)
    if locked_until is not None and locked_until > now:
        verify_password(password, _dummy_hash())
        ev.add_event(s, ctx, ev.LOGIN_FAILED, member.hsa_id, "kontot är låst")
        return _locked(locked_until)
    if not verify_password(password, member.password_hash):
        if member.failed_logins + 1 >= get_int_setting(ctx, *MAX_FAILURES):
            _set_counters(s, member, 0, now + timedelta(minutes=get_int_setting(ctx, *LOCKOUT_MINUTES)))
            ev.add_event(s, ctx, ev.LOCKED_OUT, member.hsa_id)
            return _locked(member.locked_until)
        _set_counters(s, member, member.failed_logins + 1, member.locked_until)
        ev.add_event(s, ctx, ev.LOGIN_FAILED, member.hsa_id)
        return LoginRefused(_WRONG)
    if member.failed_logins or member.locked_until:
        _set_counters(s, member, 0, None)
    ev.add_event(s, ctx, success, member.hsa_id)
    return None


def _set_counters(s: Session, member: StaffMember, failed: int, locked_until: datetime | None) -> None:
    """The failure count and lockout are the login's bookkeeping, not an edit of the account: written
    without a new row_version, so an administrator's open account window is not told it changed."""
    s.execute(update(StaffMember).where(StaffMember.id == member.id)
              .values(failed_logins=failed, locked_until=locked_until))  # in session: `member` follows


def _locked(until: datetime) -> LoginRefused:
    from klinik_app.services.context import STOCKHOLM

    return LoginRefused(QT_TRANSLATE_NOOP("services", "Kontot är låst efter för många felaktiga försök, till kl. "
                                                      "{until:%H:%M}. Försök igen då, eller be en administratör "
                                                      "låsa upp det."),
                        until=until.astimezone(STOCKHOLM))


def staff_actor(ctx: ServiceContext, hsa_id: str) -> Actor:
    """The command line's `--user`: an active account, acting in its roles. The command trusts the
    operating system's account as the window trusts a password: whoever runs it can already open
    the database file (SQLite) or holds the server's credentials (PostgreSQL); see docs/permissions.md."""
    hsa = parse_hsa_id(hsa_id)
    with ctx.sessions() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa)).first()
        if member is None or not member.active:
            raise UsageError(QT_TRANSLATE_NOOP("services", "{hsa_id} är inget aktivt konto i Klinik. En administratör "
                                                           "lägger upp kontot."),
                             hsa_id=hsa)
        return Actor(user_id=hsa, roles=member.role_set, name=member.name, workstation=ctx.actor.workstation)


def record_lock(ctx: ServiceContext) -> None:
    ev.record_event(ctx, ev.IDLE_LOCK, ctx.actor.user_id)


def record_logout(ctx: ServiceContext) -> None:
    ev.record_event(ctx, ev.LOGOUT, ctx.actor.user_id)


# --- accounts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StaffAccount:
    hsa_id: str
    name: str
    profession: str
    roles: frozenset[str]
    active: bool
    has_password: bool
    locked_until: datetime | None
    row_version: int = 0  # what the account window shows, for save_account (services.concurrency)

    @property
    def roles_text(self) -> str:
        return _roles_label(self.roles)


def _roles_label(roles) -> str:
    return ", ".join(label for role, label in STAFF_ROLES.items() if role in roles)


def _account(m: StaffMember) -> StaffAccount:
    return StaffAccount(m.hsa_id, m.name, m.role, m.role_set, m.active, bool(m.password_hash), _aware(m.locked_until),
                        m.row_version)


def staff_accounts(ctx: ServiceContext) -> list[StaffAccount]:
    require(ctx, STAFF_MANAGE)
    with ctx.sessions() as s:
        return [_account(m) for m in s.scalars(select(StaffMember).order_by(StaffMember.name))]


def _stamp(member: StaffMember, ctx: ServiceContext) -> None:
    member.modified_at, member.modified_by = ctx.now(), ctx.actor.user_id


def _member(s: Session, hsa: str) -> StaffMember:
    member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa)).first()
    if member is None:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Det finns inget konto med HSA-ID {hsa_id}."), hsa_id=hsa)
    return member


def _set_roles(member: StaffMember, roles: frozenset[str]) -> None:
    unknown = roles - set(STAFF_ROLES)
    if unknown:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd roll: {roles}."), roles=", ".join(sorted(unknown)))
    if not roles:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Ett konto behöver minst en roll."))
    keep = [r for r in member.roles if r.role in roles]
    member.roles[:] = keep + [StaffRole(role=r) for r in sorted(roles - {r.role for r in keep})]


def _administrators_left(s: Session, without: StaffMember) -> int:
    return sum(1 for m in s.scalars(select(StaffMember).where(StaffMember.active.is_(True)))
               if m is not without and ADMINISTRATOR in m.role_set and m.password_hash)


_LABELS = {"name": QT_TRANSLATE_NOOP("changed_elsewhere", "Namn"),
           "role": QT_TRANSLATE_NOOP("changed_elsewhere", "Yrkesroll"),
           "role_set": QT_TRANSLATE_NOOP("changed_elsewhere", "Roller"),
           "active": QT_TRANSLATE_NOOP("changed_elsewhere", "Kontot är aktivt")}
# Each role a label the window translates ("Tandläkare, Tandhygienist": the same text as _roles_label).
_SHOWN = {"role": lambda role: STAFF_ROLES.get(role, role),
          "role_set": lambda roles: joined([label for role, label in STAFF_ROLES.items() if role in roles])}


def _account_what(hsa: str) -> Text:
    return Text(QT_TRANSLATE_NOOP("services", "Kontot {hsa}"), hsa=hsa)


def _existing(s: Session, hsa: str, expected_version: int | None, mine: dict) -> StaffMember | None:
    member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa)).first()
    if member is not None:  # a window for a new account expects version 0: one made meanwhile is a change
        check_version(member, expected_version, mine, _LABELS, what=_account_what(hsa), key=hsa, shown=_SHOWN)
    return member


def save_account(ctx: ServiceContext, hsa_id: str, name: str, profession: str, roles, *,
                 active: bool = True, password: str | None = None, expected_version: int | None = None) -> StaffAccount:
    """Create or change an account (administrators only); a new account needs a password to log in.
    `expected_version` (what the window showed; 0 for a new account) refuses a save over a change made
    elsewhere with both versions (issue 10)."""
    require(ctx, STAFF_MANAGE)
    hsa, roles = parse_hsa_id(hsa_id), frozenset(roles)
    if not name.strip():
        raise UsageError(QT_TRANSLATE_NOOP("services", "Namnet saknas."))
    if profession not in PROFESSIONS + (ADMINISTRATOR,):
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd yrkesroll: {profession}."), profession=profession)
    if password is not None:
        _check_password(password)
    mine = {"name": name.strip(), "role": profession, "role_set": roles, "active": active}
    now, who = ctx.now(), ctx.actor.user_id
    with guarded(ctx, lambda s: _existing(s, hsa, expected_version, mine), _account_what(hsa)), ctx.begin() as s:
        member = _existing(s, hsa, expected_version, mine)
        if member is None:
            member = StaffMember(hsa_id=hsa, name=name.strip(), role=profession, active=active, failed_logins=0,
                                 created_at=now, created_by=who, modified_at=now, modified_by=who)
            s.add(member)
            ev.add_event(s, ctx, ev.ACCOUNT_CREATED, hsa, f"av {who}")
        before = (member.role_set, member.active)
        if before[1] and ADMINISTRATOR in before[0] and (ADMINISTRATOR not in roles or not active) \
                and not _administrators_left(s, member):
            raise UsageError(QT_TRANSLATE_NOOP("services", "Det måste finnas minst en aktiv administratör med "
                                                           "lösenord."))
        member.name, member.role, member.active = name.strip(), profession, active
        _set_roles(member, roles)
        if password is not None:
            member.password_hash = hash_password(password)
            ev.add_event(s, ctx, ev.PASSWORD_SET, hsa, f"av {who}")
        if before[0] and before[0] != roles:
            ev.add_event(s, ctx, ev.ROLES_CHANGED, hsa, f"{','.join(sorted(before[0]))} -> {','.join(sorted(roles))}"
                         f" av {who}")
        if before[0] and before[1] != active:
            ev.add_event(s, ctx, ev.ACCOUNT_ENABLED if active else ev.ACCOUNT_DISABLED, hsa, f"av {who}")
        _stamp(member, ctx)
        s.flush()
        return _account(member)


def unlock_account(ctx: ServiceContext, hsa_id: str) -> None:
    """An administrator lifts a lockout before its time."""
    require(ctx, STAFF_MANAGE)
    with ctx.begin() as s:
        member = _member(s, parse_hsa_id(hsa_id))
        member.failed_logins, member.locked_until = 0, None
        _stamp(member, ctx)
        ev.add_event(s, ctx, ev.ACCOUNT_UNLOCKED, member.hsa_id, f"av {ctx.actor.user_id}")


def change_own_password(ctx: ServiceContext, old: str, new: str) -> None:
    _check_password(new)
    unlock(ctx, old)  # the same check, failure count and lockout as a login
    with ctx.begin() as s:
        member = _member(s, ctx.actor.user_id)
        member.password_hash = hash_password(new)
        _stamp(member, ctx)
        ev.add_event(s, ctx, ev.PASSWORD_SET, member.hsa_id, "eget")


# --- the first administrator -----------------------------------------------------------------------

def has_administrator(ctx: ServiceContext) -> bool:
    """Whether anyone can log in to administer (the window asks for the first one otherwise)."""
    with ctx.sessions() as s:
        return any(ADMINISTRATOR in m.role_set and m.password_hash
                   for m in s.scalars(select(StaffMember).where(StaffMember.active.is_(True))))


def create_administrator(ctx: ServiceContext, hsa_id: str, name: str, password: str,
                         profession: str | None = None) -> None:
    """The first administrator (`klinik init`, the window's first start), who may also work in a
    profession (a dentist heading a small clinic). Set-up, not administration: whoever can write the
    database file may do it, so `klinik init` also replaces a forgotten password."""
    hsa = parse_hsa_id(hsa_id)
    _check_password(password)
    if not name.strip():
        raise UsageError(QT_TRANSLATE_NOOP("services", "Administratörens namn saknas."))
    if profession is not None and profession not in PROFESSIONS:
        raise UsageError(QT_TRANSLATE_NOOP("services", "Okänd yrkesroll: {profession}."), profession=profession)
    roles = {ADMINISTRATOR} | ({profession} if profession else set())
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa)).first()
        if member is None:
            member = StaffMember(hsa_id=hsa, created_at=now, created_by=who, failed_logins=0)
            s.add(member)
            ev.add_event(s, ctx, ev.ACCOUNT_CREATED, hsa, "första administratören")
        member.name, member.role, member.active = name.strip(), profession or ADMINISTRATOR, True
        _set_roles(member, frozenset(roles) | member.role_set)
        member.password_hash, member.failed_logins, member.locked_until = hash_password(password), 0, None
        member.modified_at, member.modified_by = now, who
        ev.add_event(s, ctx, ev.PASSWORD_SET, hsa, "första administratören")
