"""``yuntian db roles`` on PostgreSQL and MariaDB: the application role does the shop's work
but cannot drop, disable or replace the audit lock's triggers (issue 14). Role names are
unique per test (the servers are shared) and dropped afterwards."""

from __future__ import annotations

import peewee as pw
import pytest

from tests.db.conftest import app_role_services
from tests.db.test_audit_bypasses import refused, rows
from tests.helpers import login_admin
from tests.support.service_order_helpers import customer, in_state
from yuntian.cli import main
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.db.migrations import SchemaLoginError
from yuntian.db.roles import setup_roles
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
    # A temporary table would hide the real one from the triggers for this session.
    "CREATE TEMPORARY TABLE service_order_event (id integer)",
)


@pytest.fixture(params=("postgresql", "mysql"))
def server(request, server_roles):
    return server_roles(request.param)


def _attacks(engine: str) -> tuple[str, ...]:
    return PG_ATTACKS if engine == "postgresql" else MYSQL_ATTACKS


def test_the_application_role_works_and_cannot_lift_the_lock(server, clock, capsys):
    urls = server.urls
    assert set(urls.created) == {server.owner, server.app}
    owner_db = make_database(urls.owner_url)
    migrations.upgrade(owner_db, target=migrations.LATEST - 1)  # the last release's schema
    owner_db.close()
    # The application's login cannot migrate: it says who must.
    with pytest.raises(SchemaLoginError, match=f"schema {migrations.LATEST} is due.*owner"):
        app_role_services(server, clock, migrate=False)
    assert main(["db", "upgrade", "--database", urls.owner_url]) == 0  # the owner migrates
    services = app_role_services(server, clock, migrate=False)
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
    db = make_database(server.admin_url)
    try:  # the roles again, now that there is a schema to hand over
        setup_roles(db, server.admin_url, owner=server.owner, app=server.app)
    finally:
        db.close()
    services = app_role_services(server, clock, migrate=False)
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
    assert main(["db", "upgrade", "--database", f"sqlite:///{tmp_path}/x.sqlite"]) == 2
    assert "server URL" in capsys.readouterr().err
    db = make_database("postgresql://postgres@127.0.0.1/none")
    with pytest.raises(ValueError):
        setup_roles(db, "postgresql://postgres@127.0.0.1/none", app='a"; DROP')
    with pytest.raises(ValueError):
        setup_roles(db, "postgresql://postgres@127.0.0.1/none", owner="same", app="same")
