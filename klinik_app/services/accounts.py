"""Staff accounts. Passwords are hashed with scrypt, a memory-hard function in the standard library."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from sqlalchemy import select

from klinik_app.db.models import StaffMember
from klinik_app.domain.hsa import parse_hsa_id
from klinik_app.services.context import ServiceContext
from klinik_app.services.errors import UsageError

# 64 MiB of memory per guess makes offline guessing expensive (OWASP's scrypt guidance: N=2^16, r=8).
N, R, P = 2**16, 8, 1
MIN_PASSWORD = 10


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


def create_administrator(ctx: ServiceContext, hsa_id: str, name: str, password: str) -> None:
    hsa_id = parse_hsa_id(hsa_id)
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"Lösenordet måste ha minst {MIN_PASSWORD} tecken.")
    if not name.strip():
        raise UsageError("Administratörens namn saknas.")
    now, who = ctx.now(), ctx.actor.user_id
    with ctx.begin() as s:
        member = s.scalars(select(StaffMember).where(StaffMember.hsa_id == hsa_id)).first()
        if member is None:
            s.add(StaffMember(hsa_id=hsa_id, name=name.strip(), role="administrator", active=True,
                              password_hash=hash_password(password), created_at=now, created_by=who,
                              modified_at=now, modified_by=who))
        else:
            member.name, member.role, member.password_hash = name.strip(), "administrator", hash_password(password)
            member.modified_at, member.modified_by = now, who
