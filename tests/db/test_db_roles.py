"""``yuntian db roles`` on PostgreSQL and MariaDB: the application role does the shop's work
but cannot drop, disable or replace the audit lock's triggers (issue 14). Role names are
unique per test (the servers are shared) and dropped afterwards."""

from __future__ import annotations

import uuid
from types import SimpleNamespace

import peewee as pw
import pytest

from tests.conftest import PG_ADMIN, _pg_dsn
from tests.db.test_audit_bypasses import refused, rows
from tests.helpers import ADMIN_PASSWORD, login_admin
from tests.support.service_order_helpers import customer, in_state
from yuntian.cli import main
from yuntian.config import Config, Profile
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.db.migrations import SchemaLoginError
from yuntian.db.profile_database import open_profile_database
from yuntian.db.roles import setup_roles
from yuntian.services import build_services
from yuntian.services.service_orders.service_order_types import OrderState

PG_ATTACKS = (
    "DROP TRIGGER service_order_audit_lock ON service_order",
    "ALTER TABLE service_order DISABLE TRIGGER service_order_audit_lock",
    "ALTER TABLE service_order DISABLE TRIGGER ALL",
    "ALTER TABLE service_order_event DISABLE TRIGGER service_order_event_audit_history",
    "DROP FUNCTION service_order_audit_lock() CASCADE",
    "DROP FUNCTION service_order_audit_history() CASCADE",
    "CREATE OR REPLACE FUNCTION service_order_audit_lock() RETURNS trigger"
    " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    "SET session_replication_role = replica",
    "ALTER TABLE service_order DROP COLUMN audited",
    "ALTER TABLE service_order RENAME TO service_order_old",
    "DROP TABLE service_order_event CASCADE",
    "TRUNCATE service_order_event",
    "CREATE TABLE public.mine (id integer)",
    "ALTER TABLE service_order DROP CONSTRAINT service_order_audited_by_id_fk",
)
MYSQL_ATTACKS = (
    "DROP TRIGGER service_order_audit_lock_update",
    "DROP TRIGGER service_order_audit_history",
    "DROP TRIGGER service_order_event_audit_history_delete",
    "DROP TRIGGER user_signed_delete",
    "CREATE TRIGGER mine BEFORE UPDATE ON service_order FOR EACH ROW SET NEW.audited = 0",
    "ALTER TABLE service_order DROP COLUMN audited",
    "ALTER TABLE service_order RENAME TO service_order_old",
    "DROP TABLE service_order_event",
    "TRUNCATE service_order_event",
    "CREATE TABLE mine (id integer)",
    "SET GLOBAL log_bin_trust_function_creators = 1",
)


@pytest.fixture(params=("postgresql", "mysql"))
def server(request, make_profile, tmp_path):
    """A fresh database on the engine, names for its roles, and their clean-up."""
    engine = request.param
    tag = uuid.uuid4().hex[:8]
    state = SimpleNamespace(
        engine=engine,
        admin_url=make_profile(engine, name="admin").database_url,
        owner=f"yt_owner_{tag}",
        app=f"yt_app_{tag}",
        opened=[],
        tmp=tmp_path,
    )
    yield state
    for db in state.opened:
        db.close()
    _drop_roles(state)


def _drop_roles(state: SimpleNamespace) -> None:
    if state.engine == "postgresql":
        import psycopg

        roles = f'"{state.owner}", "{state.app}"'
        dsn = _pg_dsn(state.admin_url)
        with psycopg.connect(dsn, autocommit=True) as c:
            if c.execute(f"SELECT 1 FROM pg_roles WHERE rolname = '{state.owner}'").fetchone():
                for role in (state.app, state.owner):  # one at a time: a default ACL links them
                    c.execute(f'DROP OWNED BY "{role}" CASCADE')
        with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True) as c:
            c.execute(f"DROP ROLE IF EXISTS {roles}")
        return
    import pymysql

    conn = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP USER IF EXISTS '{state.owner}'@'%', '{state.app}'@'%'")
    conn.close()


def _roles(state: SimpleNamespace):
    db = make_database(state.admin_url)
    try:
        return setup_roles(db, state.admin_url, owner=state.owner, app=state.app)
    finally:
        db.close()


def _services(state: SimpleNamespace, url: str, clock, *, first_run: bool):
    profile = Profile(state.tmp / f"pc-{len(state.opened)}", Config(database_url=url))
    profile.save()
    db = open_profile_database(profile)  # finds nothing to migrate: the owner did it
    state.opened.append(db)
    services = build_services(db, profile, clock)
    if first_run:
        services.setup.complete_first_run(
            shop_name="测试维修店",
            local_area_code="010",
            language="zh_CN",
            admin_password=ADMIN_PASSWORD,
        )
    return services


def _attacks(engine: str) -> tuple[str, ...]:
    return PG_ATTACKS if engine == "postgresql" else MYSQL_ATTACKS


def test_the_application_role_works_and_cannot_lift_the_lock(server, clock, capsys):
    urls = _roles(server)
    assert set(urls.created) == {server.owner, server.app}
    owner_db = make_database(urls.owner_url)
    migrations.upgrade(owner_db, target=migrations.LATEST - 1)  # the last release's schema
    owner_db.close()
    # The application's login cannot migrate: it says who must.
    with pytest.raises(SchemaLoginError, match=f"schema {migrations.LATEST} is due.*owner"):
        _services(server, urls.app_url, clock, first_run=False)
    assert main(["db", "upgrade", "--database", urls.owner_url]) == 0  # the owner migrates
    services = _services(server, urls.app_url, clock, first_run=True)
    db = services.db
    admin = login_admin(services)
    order = in_state(services, admin, customer(services, admin), OrderState.AUDITED)
    orders = services.service_orders
    assert orders.unaudit(admin, [order.id])[0].state is OrderState.COMPLETED
    assert orders.audit(admin, [order.id])[0].audited

    for sql in _attacks(server.engine):
        with pytest.raises(pw.DatabaseError) as info, db.atomic():
            db.execute_sql(sql)
        assert "denied" in str(info.value).lower() or "must be" in str(info.value), sql

    # The lock holds for the application's login too, and its raw un-audit is on record.
    a = order.id
    refused(db, f"UPDATE service_order SET fee_parts = 0 WHERE id = {a}")
    refused(db, f"UPDATE service_order SET audited = FALSE, fee_parts = 0 WHERE id = {a}")
    db.execute_sql(f"UPDATE service_order SET audited = FALSE, state = 'completed' WHERE id = {a}")
    (note,) = rows(
        db,
        "SELECT note FROM service_order_event WHERE from_state = 'audited'"
        f" AND user_id IS NULL AND order_id = {a}",
    )[0]
    assert note.startswith(f"SQL: {server.app}")

    # Running it again keeps both roles and their passwords; the application still works.
    capsys.readouterr()
    assert (
        main(["db", "roles", server.admin_url, "--owner", server.owner, "--app", server.app]) == 0
    )
    out = capsys.readouterr().out
    assert "passwords kept" in out and f"{server.app}:PASSWORD@" in out
    assert orders.audit(admin, [a])[0].audited


def test_a_database_the_superuser_migrated_passes_to_the_owner(server, clock):
    """A shop that ran on the superuser's login: its tables, sequences and trigger functions
    pass to the owner, and the application role gets data rights on them."""
    db = make_database(server.admin_url)
    db.connect()
    server.opened.append(db)
    migrations.upgrade(db)
    db.close()
    urls = _roles(server)
    services = _services(server, urls.app_url, clock, first_run=True)
    admin = login_admin(services)
    order = in_state(services, admin, customer(services, admin), OrderState.AUDITED)
    assert services.service_orders.unaudit(admin, [order.id])[0].audited is False
    trigger = "service_order_audit_lock" + ("" if server.engine == "postgresql" else "_update")
    on = " ON service_order" if server.engine == "postgresql" else ""
    with pytest.raises(pw.DatabaseError), services.db.atomic():
        services.db.execute_sql(f"DROP TRIGGER {trigger}{on}")


def test_roles_are_refused_for_sqlite_and_odd_names(tmp_path, capsys):
    assert main(["db", "roles", f"sqlite:///{tmp_path}/x.sqlite"]) == 2
    assert "no logins" in capsys.readouterr().err
    db = make_database("postgresql://postgres@127.0.0.1/none")
    with pytest.raises(ValueError):
        setup_roles(db, "postgresql://postgres@127.0.0.1/none", app='a"; DROP')
    with pytest.raises(ValueError):
        setup_roles(db, "postgresql://postgres@127.0.0.1/none", owner="same", app="same")
