"""Raw-SQL attacks on the audit lock that got through before schema 11, on SQLite, PostgreSQL
and MariaDB (issue 14): an un-audit that changes data, an un-audit that leaves no trace, a
trace removed afterwards, and a signer deleted so that the foreign key clears the signature."""

from __future__ import annotations

import peewee as pw
import pytest

from tests.helpers import login_admin
from tests.support.service_order_helpers import customer, in_state, technician
from yuntian.db.audit_lock import UNLOCK_COLUMNS, is_audit_lock_error
from yuntian.db.models import ServiceOrder
from yuntian.services.service_orders.service_order_types import OrderState


def q(db: pw.Database, name: str) -> str:
    return f"`{name}`" if isinstance(db, pw.MySQLDatabase) else f'"{name}"'


def refused(db: pw.Database, sql: str) -> None:
    with pytest.raises(pw.IntegrityError) as info, db.atomic():
        db.execute_sql(sql)
    assert is_audit_lock_error(info.value), info.value


def rows(db: pw.Database, sql: str) -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(sql).fetchall()]


def changed_value(db: pw.Database, field: pw.Field) -> str:
    """An SQL expression that surely differs from the column's present value."""
    column = q(db, field.column_name)
    if isinstance(field, pw.ForeignKeyField):
        return "999999"  # the trigger refuses before any key is checked
    if isinstance(field, pw.AutoField):
        return f"{column} + 100000"
    if isinstance(field, pw.DateTimeField):
        return "'2001-02-03 04:05:06'"
    if isinstance(field, pw.DateField):
        return "'2001-02-03'"
    if isinstance(field, pw.IntegerField | pw.BigIntegerField):
        return f"{column} + 1"
    return "'changed'"


def unaudit_events(db: pw.Database, order_id: int) -> list[tuple]:
    return rows(
        db,
        "SELECT id, user_id, to_state, note FROM service_order_event"
        f" WHERE order_id = {order_id} AND from_state = 'audited' ORDER BY id",
    )


def login_name(db: pw.Database) -> str:
    if isinstance(db, pw.PostgresqlDatabase):
        return "SQL: " + rows(db, "SELECT session_user")[0][0]
    if isinstance(db, pw.MySQLDatabase):
        return "SQL: " + rows(db, "SELECT USER()")[0][0]
    return "SQL"


@pytest.fixture
def audited(login_services):
    """An audited order, on each engine as the superuser and as the application role."""
    services = login_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    crew = technician(services, admin, "t1", "师傅")
    order = in_state(services, admin, buyer, OrderState.AUDITED, technician_ids=(crew,))
    return services, admin, order


def test_an_unaudit_may_change_nothing_but_the_audit_columns_and_state(audited):
    services, _admin, order = audited
    db, a = services.db, order.id
    row = f"SELECT * FROM service_order WHERE id = {a}"
    before, history = rows(db, row), rows(db, "SELECT * FROM service_order_event")

    refused(db, f"UPDATE service_order SET audited = FALSE, fee_parts = 0 WHERE id = {a}")
    kept = [f for f in ServiceOrder._meta.sorted_fields if f.column_name not in UNLOCK_COLUMNS]
    assert len(kept) > 30  # every column the model has, the ones added later included
    for field in kept:
        sets = f"{q(db, field.column_name)} = {changed_value(db, field)}"
        refused(db, f"UPDATE service_order SET audited = FALSE, {sets} WHERE id = {a}")
    assert rows(db, row) == before
    assert rows(db, "SELECT * FROM service_order_event") == history


def test_an_unaudit_by_sql_is_written_to_the_orders_history_and_stays_there(audited):
    services, admin, order = audited
    db, a = services.db, order.id
    db.execute_sql(f"UPDATE service_order SET audited = FALSE, state = 'completed' WHERE id = {a}")
    db.execute_sql(f"UPDATE service_order SET fee_parts = 0 WHERE id = {a}")
    db.execute_sql(f"UPDATE service_order SET audited = TRUE, state = 'audited' WHERE id = {a}")

    # The History tab shows the un-audit: from audited, no user of ours, the database login.
    shown = [e for e in services.service_orders.events(admin, a) if e.from_state is not None]
    trace = [e for e in shown if e.from_state is OrderState.AUDITED]
    assert [(e.user_id, e.to_state, e.note) for e in trace] == [
        (None, OrderState.COMPLETED, login_name(db))
    ]
    (event,) = unaudit_events(db, a)
    e = event[0]

    # The trace cannot be removed or rewritten; only a user can be put on it, once.
    refused(db, f"DELETE FROM service_order_event WHERE id = {e}")
    refused(db, "DELETE FROM service_order_event")
    refused(db, f"UPDATE service_order_event SET note = '' WHERE id = {e}")
    refused(db, f"UPDATE service_order_event SET from_state = 'completed' WHERE id = {e}")
    refused(db, f"UPDATE service_order_event SET order_id = order_id + 1 WHERE id = {e}")
    if isinstance(db, pw.PostgresqlDatabase):  # the trigger, or the role's missing right
        with pytest.raises(pw.DatabaseError), db.atomic():
            db.execute_sql("TRUNCATE service_order_event")
    db.execute_sql(f"UPDATE service_order_event SET user_id = {admin.user_id} WHERE id = {e}")
    refused(db, f"UPDATE service_order_event SET user_id = NULL WHERE id = {e}")
    assert len(unaudit_events(db, a)) == 1


def test_the_services_unaudit_writes_one_history_row_with_its_user(audited, clock):
    services, admin, order = audited
    clock.advance(hours=2)
    services.service_orders.unaudit(admin, [order.id])
    assert [e[1:] for e in unaudit_events(services.db, order.id)] == [
        (admin.user_id, "completed", "")
    ]
    (last,) = [e for e in services.service_orders.events(admin, order.id)][-1:]
    assert (last.from_state, last.user_id, last.at) == (OrderState.AUDITED, admin.user_id, clock())


def test_a_value_sqlite_reads_as_false_does_not_unlock(sqlite_services):
    """SQLite keeps 'no' as text, which the program reads as true: the row stays locked."""
    admin = login_admin(sqlite_services)
    order = in_state(sqlite_services, admin, customer(sqlite_services, admin), OrderState.AUDITED)
    db = sqlite_services.db
    refused(db, f"UPDATE service_order SET audited = 'no' WHERE id = {order.id}")
    refused(db, f"UPDATE service_order SET audited = 0.5 WHERE id = {order.id}")


def test_a_user_who_signed_an_order_cannot_be_deleted(services):
    admin = login_admin(services)
    db = services.db
    auditor = technician(services, admin, "auditor", "审核员")
    taker = technician(services, admin, "taker", "接单员")
    idle = technician(services, admin, "idle", "闲人")
    buyer = customer(services, admin)
    order = in_state(services, admin, buyer, OrderState.AUDITED)
    taken = in_state(services, admin, buyer, OrderState.PENDING)
    db.execute_sql(f"UPDATE service_order SET audited = FALSE WHERE id = {order.id}")
    db.execute_sql(f"UPDATE service_order SET audited_by_id = {auditor} WHERE id = {order.id}")
    db.execute_sql(f"UPDATE service_order SET audited = TRUE WHERE id = {order.id}")
    db.execute_sql(f"UPDATE service_order SET taken_by_id = {taker} WHERE id = {taken.id}")
    user = q(db, "user")
    stamps = "SELECT id, audited_by_id, taken_by_id FROM service_order ORDER BY id"
    before = rows(db, stamps)

    for signer in (auditor, taker):
        with pytest.raises(pw.IntegrityError), db.atomic():
            db.execute_sql(f"DELETE FROM {user} WHERE id = {signer}")
    # Switching the key checks off does not help either (MySQL and SQLite allow any session).
    if isinstance(db, pw.MySQLDatabase):
        off, on = "SET FOREIGN_KEY_CHECKS = 0", "SET FOREIGN_KEY_CHECKS = 1"
    elif isinstance(db, pw.SqliteDatabase):
        off, on = "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON"
    else:
        off = on = ""  # PostgreSQL: only the table's owner could disable the key's triggers
    if off:
        db.execute_sql(off)
        try:
            for signer in (auditor, taker):
                refused(db, f"DELETE FROM {user} WHERE id = {signer}")
        finally:
            db.execute_sql(on)
    assert rows(db, stamps) == before
    db.execute_sql(f"DELETE FROM user_role WHERE user_id = {idle}")
    db.execute_sql(f"DELETE FROM {user} WHERE id = {idle}")  # one who signed nothing can go


def test_the_keys_to_the_users_an_order_names_are_restrict(services):
    """On the servers the keys themselves refuse (SQLite: the trigger above does)."""
    from yuntian.db.migrations.m011_audit_trail_in_database import SIGNED_KEYS

    db = services.db
    if isinstance(db, pw.SqliteDatabase):
        pytest.skip("SQLite cannot alter a key in place; a trigger guards the users")
    schema = "DATABASE()" if isinstance(db, pw.MySQLDatabase) else "current_schema()"
    found = rows(
        db,
        "SELECT k.table_name, k.column_name, r.delete_rule"
        " FROM information_schema.key_column_usage k"
        " JOIN information_schema.referential_constraints r"
        " ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name"
        f" WHERE k.table_schema = {schema} AND k.table_name IN"
        " ('service_order', 'service_order_event')",
    )
    rules = {(t, c): rule for t, c, rule in found}
    assert {key: rules[key] for key in SIGNED_KEYS} == dict.fromkeys(SIGNED_KEYS, "RESTRICT")


def test_sqlites_replace_cannot_delete_an_audited_row_in_its_way(sqlite_services):
    """INSERT OR REPLACE / UPDATE OR REPLACE delete the row in the way without firing delete
    triggers (and the sqlite3 tool has foreign keys off): a row in an audited row's way is
    refused."""
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    crew = technician(services, admin, "t1", "师傅")
    a = in_state(services, admin, buyer, OrderState.AUDITED, technician_ids=(crew,))
    b = in_state(services, admin, buyer, OrderState.PENDING)
    db = services.db
    snapshot = "SELECT * FROM service_order ORDER BY id"
    crew_rows = "SELECT * FROM service_order_technician ORDER BY id"
    before = rows(db, snapshot), rows(db, crew_rows)
    columns = [c.name for c in db.get_columns("service_order")]
    copied = ", ".join("fee_parts + 1" if c == "fee_parts" else c for c in columns)
    (crew_id,) = rows(db, f"SELECT id FROM service_order_technician WHERE order_id = {a.id}")[0]
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        refused(
            db,
            f"INSERT OR REPLACE INTO service_order ({', '.join(columns)})"
            f" SELECT {copied} FROM service_order WHERE id = {a.id}",
        )
        refused(db, f"UPDATE OR REPLACE service_order SET code = '{a.code}' WHERE id = {b.id}")
        refused(db, f"UPDATE OR REPLACE service_order SET id = {a.id} WHERE id = {b.id}")
        refused(
            db,
            "INSERT OR REPLACE INTO service_order_technician (id, order_id, user_id)"
            f" VALUES ({crew_id}, {b.id}, {crew})",
        )
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
    assert (rows(db, snapshot), rows(db, crew_rows)) == before
    # Unaudited rows may still be replaced and re-keyed.
    db.execute_sql(f"UPDATE OR REPLACE service_order SET result = 'x' WHERE id = {b.id}")


def test_a_temporary_table_does_not_hide_the_real_ones_from_the_lock(login_services):
    """PostgreSQL and SQLite look up a TEMP table before the real one: the triggers must still
    see the real tables. (MySQL: the application role may not create temporary tables.)"""
    services = login_services
    db = services.db
    if isinstance(db, pw.MySQLDatabase):
        pytest.skip("the application role has no CREATE TEMPORARY TABLES (test_db_roles)")
    admin = login_admin(services)
    crew = technician(services, admin, "t1", "师傅")
    order = in_state(
        services, admin, customer(services, admin), OrderState.AUDITED, technician_ids=(crew,)
    )
    a = order.id
    db.execute_sql(
        "CREATE TEMP TABLE service_order_event (id integer, order_id integer, at timestamp,"
        " user_id integer, from_state varchar(16), to_state varchar(16), note varchar(255))"
    )
    db.execute_sql("CREATE TEMP TABLE service_order (id integer, audited boolean)")
    refused(db, f"DELETE FROM service_order_technician WHERE order_id = {a}")
    real = "main" if isinstance(db, pw.SqliteDatabase) else "public"
    db.execute_sql(
        f"UPDATE {real}.service_order SET audited = FALSE, state = 'completed' WHERE id = {a}"
    )
    trace = rows(
        db,
        f"SELECT note FROM {real}.service_order_event"
        f" WHERE order_id = {a} AND from_state = 'audited' AND user_id IS NULL",
    )
    assert trace == [(login_name(db),)]
    assert rows(db, "SELECT COUNT(*) FROM service_order_event") == [(0,)]  # the TEMP one
