"""Fixtures shared by the database tests: demo profiles, server roles, services by login."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import pytest

from tests.conftest import PG_ADMIN, _pg_dsn
from tests.helpers import shop_services
from yuntian.config import Config, Profile, load_profile
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.db.profile_database import open_profile_database
from yuntian.db.roles import setup_roles
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.services import Services


@pytest.fixture
def demo(tmp_path):
    """``demo(customers, name=..., **options)`` -> (profile, db) of a fresh demo profile, by
    default without calls (most tests do not look at them, and they take the time) and built up
    to the demo's fixed day, so its figures do not move with the calendar."""
    opened = []

    def make(customers: int = 500, name: str = "p", **options):
        options = {"calls": 0, "today": BASE_TIME.date(), **options}
        create_demo_profile(tmp_path / name, DemoOptions(customers=customers, **options))
        profile = load_profile(tmp_path / name, create=False)
        db = open_profile_database(profile)
        opened.append(db)
        return profile, db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def server_roles(make_profile, tmp_path):
    """``server_roles(engine)`` -> a fresh database on that server with an owner and an
    application role of names unique to this test (the servers are shared), set up by
    ``setup_roles`` (``.urls``), not migrated; ``.opened`` databases are closed and the roles
    dropped afterwards."""
    made: list[SimpleNamespace] = []

    def make(engine: str) -> SimpleNamespace:
        tag = uuid.uuid4().hex[:8]
        state = SimpleNamespace(
            engine=engine,
            admin_url=make_profile(engine, name=f"admin-{len(made)}").database_url,
            owner=f"yt_owner_{tag}",
            app=f"yt_app_{tag}",
            opened=[],
            tmp=tmp_path / f"roles-{len(made)}",
        )
        made.append(state)
        db = make_database(state.admin_url)
        try:
            state.urls = setup_roles(db, state.admin_url, owner=state.owner, app=state.app)
        finally:
            db.close()
        return state

    yield make
    for state in made:
        for db in state.opened:
            db.close()
        _drop_roles(state)


def _drop_roles(state: SimpleNamespace) -> None:
    if state.engine == "postgresql":
        import psycopg

        with psycopg.connect(_pg_dsn(state.admin_url), autocommit=True) as c:
            for role in (state.app, state.owner):  # one at a time: a default ACL links them
                if c.execute(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").fetchone():
                    c.execute(f'DROP OWNED BY "{role}" CASCADE')
        with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True) as c:
            c.execute(f'DROP ROLE IF EXISTS "{state.owner}", "{state.app}"')
        return
    import pymysql

    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP USER IF EXISTS '{state.owner}'@'%', '{state.app}'@'%'")
    conn.close()


def app_role_services(roles: SimpleNamespace, clock, *, migrate: bool = True) -> Services:
    """Services on the roles' database as the application role (the owner migrates first),
    set up as the first-run wizard does."""
    if migrate:
        owner_db = make_database(roles.urls.owner_url)
        try:
            migrations.upgrade(owner_db)
        finally:
            owner_db.close()
    profile = Profile(
        roles.tmp / f"pc-{len(roles.opened)}", Config(database_url=roles.urls.app_url)
    )
    profile.save()
    db = open_profile_database(profile)  # finds nothing to migrate: the owner did it
    roles.opened.append(db)
    return shop_services(db, profile, clock)


@pytest.fixture(params=("superuser", "app"))
def login_services(request, engine, services_on, server_roles, clock) -> Services:
    """Services on each engine as the superuser (who owns everything) and, on the servers, as
    the application role of ``yuntian db roles`` (SQLite has no logins: skipped)."""
    if request.param == "superuser":
        return services_on(engine)
    if engine == "sqlite":
        pytest.skip("a SQLite file has no logins")
    return app_role_services(server_roles(engine), clock)
