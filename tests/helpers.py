"""Helpers for tests: a movable clock and ready-made actors."""

from __future__ import annotations

import datetime as dt

import peewee as pw
from hypothesis import settings

from yuntian.config import Profile
from yuntian.services import Services, build_services
from yuntian.services.common.audit import Clock
from yuntian.services.common.permissions import Actor

ADMIN_PASSWORD = "Adm1n-pass"


class FakeClock:
    """A clock tests can move; services receive it instead of datetime.now."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 11, 27, 9, 30, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


def shop_services(db: pw.Database, profile: Profile, clock: Clock) -> Services:
    """Services over a migrated database, set up as the first-run wizard does."""
    services = build_services(db, profile, clock)
    services.setup.complete_first_run(
        shop_name="测试维修店",
        local_area_code="010",
        language="zh_CN",
        admin_password=ADMIN_PASSWORD,
    )
    return services


def login_admin(services: Services) -> Actor:
    return services.auth.login("system", ADMIN_PASSWORD)


def actor_without(actor: Actor, code: str) -> Actor:
    """The same user, minus one permission (for refusal tests)."""
    return Actor(actor.user_id, actor.username, actor.display_name, actor.permissions - {code})


def technician_role() -> int:
    """The id of the preset 售后人员 role: the least-privileged role a new user can hold."""
    from yuntian.db.models import Role

    return Role.get(Role.key == "technician").id


def database_examples() -> settings:
    """For property tests that write to a database at every example: a third of the Hypothesis
    profile's count (tests/conftest.py), since each example costs transactions, not microseconds."""
    return settings(max_examples=max(10, settings.default.max_examples // 3))
