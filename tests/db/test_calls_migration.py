"""Schema 6 (call log and messages) on a shop's schema-5 database, on every engine."""

from __future__ import annotations

import datetime as dt

import peewee as pw

from tests.helpers import FakeClock
from yuntian.db import migrations
from yuntian.db.connection import open_database
from yuntian.db.migrations import m002_customers as v2
from yuntian.db.models import Call, Customer, Message, User
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.calls.call_types import CallFilter

T0 = dt.datetime(2026, 5, 4, 10, 0, 0)
LOG_INDEXES = {
    ("ring_at",),
    ("customer_id", "ring_at"),
    ("number", "ring_at"),
    ("line", "ring_at"),
}


def _indexes(db: pw.Database, table: str) -> set[tuple[str, ...]]:
    return {tuple(i.columns) for i in db.get_indexes(table)}


def test_schema5_upgrades_to_the_call_log_with_its_indexes(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    migrations.upgrade(db, target=5)
    with db.bind_ctx(v2.TABLES), db.atomic():
        group = v2.CustomerGroup.get(v2.CustomerGroup.name == "普通客户")
        customer = v2.Customer.create(code="KH000001", name="张三", group=group, created_at=T0)
        v2.CustomerPhone.create(customer=customer, raw="13800138000", number="+8613800138000")

    assert [s.version for s in migrations.upgrade(db, target=6)] == [6]

    assert {"call_log", "message"} <= set(db.get_tables())
    assert _indexes(db, "call_log") >= LOG_INDEXES
    assert {("handled", "created_at"), ("customer_id", "created_at")} <= _indexes(db, "message")
    # The composite index serves the customer foreign key: MySQL keeps no second one for it.
    assert ("customer_id",) not in _indexes(db, "call_log")

    migrations.upgrade(db)  # the services run on the latest schema (calls index their numbers)
    services = build_services(db, profile, FakeClock(T0))
    actor = load_actor(User.get(User.username == "system"))
    call = services.calls.start(actor, 1, "总机", "in", "13800138000").call_id
    services.messages.create(actor, None, call, "", "", None, "请回电", True)
    row = services.calls.page(actor, CallFilter())[0]
    assert (row.customer_code, row.customer_name) == ("KH000001", "张三")

    # Removing a customer by hand (or a later data repair) leaves its calls and messages.
    Customer.delete().where(Customer.id == customer.id).execute()
    assert Call.get_by_id(call).customer_id is None
    assert Message.get(Message.call == call).customer_id is None
