"""Signing in: first-login password change, lockout and its expiry, refusals, audit trail."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import ADMIN_PASSWORD, login_admin
from yuntian.db.models import AuditEntry, User
from yuntian.db.profile_database import open_profile_database
from yuntian.passwords import hash_password, unknown_user_hash, verify_password
from yuntian.services import build_services
from yuntian.services.admin import auth
from yuntian.services.admin.auth import LOCKOUT, MAX_FAILED_LOGINS
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ValidationError,
)
from yuntian.services.common.permissions import PERMISSIONS
from yuntian.services.common.record_versions import OVERWRITE

NEW_PASSWORD = "N3w-secret"


@pytest.fixture
def fresh(make_profile, engine, clock):
    """A new profile on each engine whose first run has NOT been completed."""
    profile = make_profile(engine)
    db = open_profile_database(profile)
    yield build_services(db, profile, clock)
    db.close()


def audit_log() -> list[tuple[str, str, str, str]]:
    rows = AuditEntry.select().order_by(AuditEntry.id)
    return [(e.action, e.username, e.target, e.detail) for e in rows]


def make_user(services, username="li.lei", password="Start-123", roles=("receptionist",)):
    admin = login_admin(services)
    role_ids = [r.id for r in services.users.list_roles(admin) if r.key in roles]
    user = services.users.create_user(admin, username, "李雷", password, role_ids)
    return admin, user


# --- first login --------------------------------------------------------------------------


def test_first_login_with_the_default_password_must_change_it(fresh):
    assert fresh.setup.needs_first_run()
    actor = fresh.auth.login("system", "system")
    assert actor.must_change_password
    assert actor.permissions == frozenset(PERMISSIONS)

    changed = fresh.auth.change_password(actor, "system", NEW_PASSWORD)
    assert not changed.must_change_password
    assert changed.user_id == actor.user_id and changed.permissions == actor.permissions

    with pytest.raises(AuthenticationFailed):
        fresh.auth.login("system", "system")
    again = fresh.auth.login("system", NEW_PASSWORD)
    assert not again.must_change_password
    assert ("password.change", "system", "system", "") in audit_log()


def test_change_password_refusals_leave_the_password_alone(sqlite_services):
    services = sqlite_services
    actor = login_admin(services)
    cases = [
        ("wrong-current", NEW_PASSWORD, "old_password"),
        (ADMIN_PASSWORD, ADMIN_PASSWORD, "password"),  # new == old
        (ADMIN_PASSWORD, "Ab1", "password"),  # too short
        (ADMIN_PASSWORD, "123456", "password"),  # too easy to guess
        (ADMIN_PASSWORD, "SYSTEM", "password"),  # the user name
    ]
    for old, new, field in cases:
        with pytest.raises(ValidationError) as info:
            services.auth.change_password(actor, old, new)
        assert info.value.field == field, (old, new)
    assert services.auth.login("system", ADMIN_PASSWORD)
    assert not any(a == "password.change" for a, *_ in audit_log())


# --- lockout ------------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(services, clock):
    # Microseconds in the clock must not upset the servers' DATETIME columns.
    clock.now = dt.datetime(2026, 11, 27, 9, 30, 0, 654321)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            services.auth.login("system", "wrong")
    assert User.get(User.username == "system").failed_logins == MAX_FAILED_LOGINS - 1

    with pytest.raises(AccountLocked) as info:
        services.auth.login("system", "wrong")
    until = dt.datetime(2026, 11, 27, 9, 45, 0)
    assert info.value.until == until
    assert "09:45" in str(info.value)
    assert User.get(User.username == "system").locked_until == until  # round trip

    with pytest.raises(AccountLocked):  # the right password does not help while locked
        services.auth.login("system", ADMIN_PASSWORD)
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        services.auth.login("system", ADMIN_PASSWORD)

    clock.now = dt.datetime(2026, 11, 27, 9, 30, 0) + LOCKOUT + dt.timedelta(seconds=1)
    actor = services.auth.login("system", ADMIN_PASSWORD)
    assert actor.username == "system"
    user = User.get(User.username == "system")
    assert user.failed_logins == 0 and user.locked_until is None
    assert user.last_login_at == dt.datetime(2026, 11, 27, 9, 45, 1)

    # The count starts again from zero: four more mistakes do not lock.
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            services.auth.login("system", "wrong")
    assert services.auth.login("system", ADMIN_PASSWORD)


def test_lock_expires_after_fifteen_minutes_and_a_second(sqlite_services, clock):
    services = sqlite_services
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.auth.login("system", "wrong")
    clock.advance(minutes=15, seconds=1)
    assert services.auth.login("system", ADMIN_PASSWORD).username == "system"
    assert User.get(User.username == "system").failed_logins == 0


def test_a_success_before_the_fifth_failure_resets_the_count(sqlite_services):
    services = sqlite_services
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            services.auth.login("system", "wrong")
    services.auth.login("system", ADMIN_PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            services.auth.login("system", "wrong")
    with pytest.raises(AccountLocked):
        services.auth.login("system", "wrong")


def test_lockout_is_per_account(sqlite_services):
    services = sqlite_services
    make_user(services)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.auth.login("li.lei", "wrong")
    with pytest.raises(AccountLocked):
        services.auth.login("li.lei", "Start-123")
    assert login_admin(services).username == "system"


# --- refusals -----------------------------------------------------------------------------


def test_a_disabled_account_is_refused(sqlite_services):
    services = sqlite_services
    admin, user = make_user(services)
    services.users.update_user(
        admin,
        user.id,
        display_name=user.display_name,
        role_ids=list(user.role_ids),
        active=False,
        version=OVERWRITE,
    )
    with pytest.raises(AccountDisabled):
        services.auth.login("li.lei", "Start-123")
    # Without the right password nobody learns that the account exists but is switched off.
    with pytest.raises(AuthenticationFailed):
        services.auth.login("li.lei", "wrong")


def test_an_unknown_user_gets_the_same_answer_as_a_wrong_password(services):
    with pytest.raises(AuthenticationFailed) as unknown:
        services.auth.login("nobody", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        services.auth.login("system", "not-the-password")
    assert type(unknown.value) is type(wrong.value)
    assert str(unknown.value) == str(wrong.value)
    assert unknown.value.params == wrong.value.params


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """The stored hashes sign-in checks passwords against, in order."""
    seen: list[str] = []

    def spy(password: str, stored: str) -> bool:
        seen.append(stored)
        return verify_password(password, stored)

    monkeypatch.setattr(auth, "verify_password", spy)
    return seen


def _cost(stored: str) -> list[str]:
    return stored.split("$")[:4]  # scheme, n, r, p


@pytest.mark.real_password_cost
def test_an_unknown_name_costs_one_password_check_like_a_known_one(sqlite_services, checks):
    """Sign-in must take as long for a name that does not exist as for one that does (46.6 ms
    against 0.8 ms told them apart): the password is checked against a hash of the same cost."""
    services = sqlite_services
    real = User.get(User.username == "system").password_hash
    with pytest.raises(AuthenticationFailed):
        services.auth.login("nobody", ADMIN_PASSWORD)
    assert len(checks) == 1 and _cost(checks[0]) == _cost(real) == _cost(hash_password("x"))
    with pytest.raises(AuthenticationFailed):
        services.auth.login("system", "not-the-password")
    assert checks[1:] == [real]
    with pytest.raises(AuthenticationFailed):  # the stand-in hash lets no password in
        services.auth.login("nobody", "")
    assert not verify_password("", unknown_user_hash())


def test_a_disabled_account_costs_one_password_check(sqlite_services, checks):
    services = sqlite_services
    admin, user = make_user(services)
    services.users.update_user(
        admin,
        user.id,
        display_name=user.display_name,
        role_ids=list(user.role_ids),
        active=False,
        version=OVERWRITE,
    )
    checks.clear()
    for password in ("wrong", "Start-123"):
        with pytest.raises((AuthenticationFailed, AccountDisabled)):
            services.auth.login("li.lei", password)
    assert checks == [User.get_by_id(user.id).password_hash] * 2


def test_user_names_are_case_blind_on_every_engine(services):
    actor = services.auth.login("  SYSTEM ", ADMIN_PASSWORD)
    assert actor.username == "system"


@pytest.mark.parametrize("name", ["sys\x00tem", "system\n", "系统" * 40, ""])
def test_odd_user_names_are_refused_politely(services, name):
    # PostgreSQL refuses NUL bytes in text; the login screen must still just say "wrong".
    with pytest.raises(AuthenticationFailed):
        services.auth.login(name, "whatever")


# --- audit trail --------------------------------------------------------------------------


def test_every_login_and_failed_login_is_audited(services, clock):
    admin, user = make_user(services)
    start = len(audit_log())
    attempts = [
        ("ghost", "x", AuthenticationFailed),
        ("li.lei", "wrong", AuthenticationFailed),
        ("li.lei", "Start-123", None),
    ]
    for name, password, error in attempts:
        if error:
            with pytest.raises(error):
                services.auth.login(name, password)
        else:
            services.auth.login(name, password)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            services.auth.login("li.lei", "wrong")
    with pytest.raises(AccountLocked):
        services.auth.login("li.lei", "Start-123")
    clock.advance(minutes=16)
    services.users.update_user(
        admin,
        user.id,
        display_name="李雷",
        role_ids=list(user.role_ids),
        active=False,
        version=OVERWRITE,
    )
    with pytest.raises(AccountDisabled):
        services.auth.login("li.lei", "Start-123")

    logins = [e for e in audit_log()[start:] if e[0].startswith("login")]

    def failed(**detail: object) -> str:
        return encode_detail(detail)

    assert logins[0] == ("login.failed", "ghost", "ghost", failed(reason="unknown_user"))
    assert logins[1] == ("login.failed", "li.lei", "li.lei", failed(reason="password", attempt=1))
    assert logins[2] == ("login", "li.lei", "li.lei", "")
    assert [d for *_, d in logins[3:7]] == [
        failed(reason="password", attempt=i) for i in range(1, 5)
    ]
    assert logins[7][3] == failed(reason="password", attempt=5, locked_until="2026-11-27 09:45:00")
    assert logins[8] == ("login.failed", "li.lei", "li.lei", failed(reason="locked"))
    assert logins[9] == ("login.failed", "li.lei", "li.lei", failed(reason="disabled"))
    assert len(logins) == 10
    stamps = [e.at for e in AuditEntry.select().where(AuditEntry.action == "login")]
    assert all(isinstance(s, dt.datetime) and s.microsecond == 0 for s in stamps)
