"""Schema 7 (sales and payments) on a shop's schema-6 database, on every engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw
import pytest

from tests.helpers import FakeClock
from yuntian.db import migrations
from yuntian.db.connection import open_database
from yuntian.db.migrations import m002_customers as v2
from yuntian.db.models import Customer, Sale, User
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.sales.sale_types import ProductModelInput, SaleFilter, SaleInput

T0 = dt.datetime(2026, 5, 4, 10, 0, 0)


def _indexes(db: pw.Database, table: str) -> set[tuple[str, ...]]:
    return {tuple(i.columns) for i in db.get_indexes(table)}


def test_schema6_upgrades_to_sales_with_their_indexes(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    migrations.upgrade(db, target=6)
    with db.bind_ctx(v2.TABLES), db.atomic():
        group = v2.CustomerGroup.get(v2.CustomerGroup.name == "普通客户")
        customer = v2.Customer.create(code="KH000001", name="张三", group=group, created_at=T0)

    assert [s.version for s in migrations.upgrade(db, target=7)] == [7]
    assert {"product_model", "sales_unit", "sale", "payment"} <= set(db.get_tables())
    assert {
        ("voided", "sale_date"),
        ("customer_id", "sale_date"),
        ("salesperson_id", "sale_date"),
        ("sales_unit_id", "sale_date"),
    } <= _indexes(db, "sale")
    assert ("sale_id", "paid_on") in _indexes(db, "payment")
    assert ("customer_id",) not in _indexes(db, "sale")  # the composite serves the key

    migrations.upgrade(db)  # the rest of the way: today's models read today's columns
    services = build_services(db, profile, FakeClock(T0))
    actor = load_actor(User.get(User.username == "system"))
    methods = [v.name for v in services.settings.enum_values("payment_method")]
    assert methods == ["现金", "银行转账", "微信", "支付宝"]
    model = services.catalogue.save_product_model(
        actor, None, ProductModelInput("X1"), version=None
    ).id
    sold = services.sales.create(
        actor, SaleInput(customer.id, T0.date(), model, Decimal("12345678.91"))
    )
    services.payments.record(actor, sold.id, T0.date(), Decimal("0.01"), "现金")
    assert services.sales.totals(actor, SaleFilter()).outstanding == Decimal("12345678.90")
    raw = db.execute_sql("SELECT receivable FROM sale").fetchone()[0]
    assert int(raw) == 1234567891  # whole cents in the column

    # A customer with purchases cannot vanish from under them, even by hand.
    with pytest.raises(pw.IntegrityError), db.atomic():
        Customer.delete().where(Customer.id == customer.id).execute()
    assert Customer.select().count() == 1 and Sale.select().count() == 1
