"""Signing in: password check, lockout after repeated failures, forced password change."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from yuntian.db.models import RolePermission, User, UserRole
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.passwords import hash_password, unknown_user_hash, verify_password
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import announces
from yuntian.services.common.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ValidationError,
)
from yuntian.services.common.permissions import Actor
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import one_line

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 6


def check_new_password(password: str, *, username: str) -> None:
    """The rules every new password must pass."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            n=MIN_PASSWORD_LENGTH,
        )
    if password.lower() in (username.lower(), "system", "123456", "password"):
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("Errors", "This password is too easy to guess.")
        )


class AuthService(ServiceBase):
    def login(self, username: str, password: str) -> Actor:
        """Return the signed-in actor, or raise; every attempt is written to the audit trail."""
        username = one_line(username)
        with self._db.atomic():
            # The failed-attempt count must be committed even though the caller gets an error,
            # so the transaction decides and the error is raised after it.
            outcome = self._attempt(username, password, self._clock())
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def _attempt(self, username: str, password: str, now: dt.datetime) -> Actor | Exception:
        user = find_user(username)
        if user is None:
            # As slow as a known name's check: the time of the answer must not tell them apart.
            verify_password(password, unknown_user_hash())
            self._audit.record(
                None,
                "login.failed",
                username[:64],
                {"reason": "unknown_user"},
                username=username[:64],
            )
            return AuthenticationFailed()
        if user.locked_until and user.locked_until > now:
            self._audit.record(
                None, "login.failed", user.username, {"reason": "locked"}, username=user.username
            )
            return AccountLocked(user.locked_until)
        if not verify_password(password, user.password_hash):
            user.failed_logins += 1
            detail: dict[str, object] = {"reason": "password", "attempt": user.failed_logins}
            locked = user.failed_logins >= MAX_FAILED_LOGINS
            if locked:
                user.locked_until = (now + LOCKOUT).replace(microsecond=0)
                user.failed_logins = 0
                detail["locked_until"] = f"{user.locked_until:%Y-%m-%d %H:%M:%S}"
            user.save(only=[User.failed_logins, User.locked_until])  # never an editor's columns
            self._audit.record(None, "login.failed", user.username, detail, username=user.username)
            return AccountLocked(user.locked_until) if locked else AuthenticationFailed()
        if not user.active:
            # Only after the password: a stranger cannot learn which accounts exist but are off.
            self._audit.record(
                None, "login.failed", user.username, {"reason": "disabled"}, username=user.username
            )
            return AccountDisabled()
        user.failed_logins = 0
        user.locked_until = None
        user.last_login_at = now.replace(microsecond=0)
        user.save(only=[User.failed_logins, User.locked_until, User.last_login_at])
        actor = load_actor(user)
        self._audit.record(actor, "login", user.username)
        return actor

    @announces(A.USERS)
    def change_password(self, actor: Actor, old_password: str, new_password: str) -> Actor:
        """Change one's own password; returns the actor without the must-change flag."""
        with self._db.atomic():
            user = User.get_by_id(actor.user_id)
            if not verify_password(old_password, user.password_hash):
                raise ValidationError(
                    "old_password",
                    QT_TRANSLATE_NOOP("Errors", "The current password is not correct."),
                )
            if new_password == old_password:
                raise ValidationError(
                    "password",
                    QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one."),
                )
            check_new_password(new_password, username=user.username)
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.save(only=[User.password_hash, User.must_change_password])
            self._audit.record(actor, "password.change", user.username)
            return load_actor(user)


def find_user(username: str) -> User | None:
    """User names are unique regardless of case; SQLite and PostgreSQL compare case-sensitively
    and MySQL's collation does not, so compare lower-cased on every engine."""
    return User.get_or_none(pw.fn.LOWER(User.username) == username.lower())


def load_actor(user: User) -> Actor:
    codes = (
        RolePermission.select(RolePermission.code)
        .join(UserRole, on=(UserRole.role == RolePermission.role))
        .where(UserRole.user == user.id)
        .distinct()
    )
    return Actor(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name or user.username,
        permissions=frozenset(r.code for r in codes),
        must_change_password=user.must_change_password,
    )
