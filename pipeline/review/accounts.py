"""Named accounts in the archive (`pipeline users add`), with argon2 password hashes.

Passwords are hashed with argon2id (argon2-cffi's defaults); only the hash is
stored, and a wrong name costs the same time as a wrong password.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from ..archive import schema as S
from ..archive.store import Archive
from ..errors import PipelineError

ROLES = ("editor", "viewer")
NAME = re.compile(r"^[\w.@-]{1,100}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a real password")


def add_user(archive: Archive, name: str, role: str, password: str) -> bool:
    """Create the account, or set a new role and password for it; True when it is new."""
    if not NAME.match(name):
        raise PipelineError(f"account name {name!r}: use letters, digits, '.', '@', '-' or '_' (1-100 characters)")
    if role not in ROLES:
        raise PipelineError(f"role {role!r}: one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise PipelineError(f"the password needs at least {MIN_PASSWORD} characters")
    u = S.users
    with archive.write() as conn:
        existed = conn.execute(select(u.c.name).where(u.c.name == name)).first() is not None
        conn.execute(u.delete().where(u.c.name == name))
        conn.execute(
            u.insert().values(
                name=name,
                role=role,
                password_hash=_hasher.hash(password),
                created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        )
    return not existed


def count_users(archive: Archive) -> int:
    with archive.read() as conn:
        return int(conn.execute(select(func.count()).select_from(S.users)).scalar_one())


def verify(archive: Archive, name: str, password: str) -> str | None:
    """The account's role when `password` is right, else None."""
    u = S.users
    with archive.read() as conn:
        row = conn.execute(select(u.c.role, u.c.password_hash).where(u.c.name == name)).first()
    try:
        _hasher.verify(row[1] if row else _DUMMY, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return row[0] if row else None


def role_of(archive: Archive, name: str) -> str | None:
    with archive.read() as conn:
        return conn.execute(select(S.users.c.role).where(S.users.c.name == name)).scalar_one_or_none()
