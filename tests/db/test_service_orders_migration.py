"""Schema 8 (service orders, print templates, the audit lock) on a shop's schema-7 database, on
every engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import peewee as pw
import pytest

from tests.helpers import FakeClock
from yuntian.db import migrations
from yuntian.db.audit_lock import AUDIT_LOCK_MARK
from yuntian.db.connection import open_database
from yuntian.db.migrations import m002_customers as v2
from yuntian.db.migrations import m007_sales as v7
from yuntian.db.models import Customer, PrintTemplate, Sale, User
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.service_orders.service_order_types import (
    CompletionInput,
    OrderState,
    ServiceOrderInput,
    Warranty,
)

T0 = dt.datetime(2026, 5, 4, 10, 0, 0)


def _indexes(db: pw.Database, table: str) -> dict[tuple[str, ...], bool]:
    return {tuple(i.columns): i.unique for i in db.get_indexes(table)}


def _rows(db: pw.Database, table: str) -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()]


def test_schema7_upgrades_to_service_orders_keeping_its_data(make_profile, engine):
    profile = make_profile(engine)
    db = open_database(profile.database_url)
    migrations.upgrade(db, target=7)
    with db.bind_ctx((*v2.TABLES, *v7.TABLES)), db.atomic():
        group = v2.CustomerGroup.get(v2.CustomerGroup.name == "普通客户")
        customer = v2.Customer.create(code="KH000001", name="张三", group=group, created_at=T0)
        model = v7.ProductModel.create(model="KFR-35GW", brand="格力", warranty_months=12)
        sold = v7.Sale.create(
            code="XS202601050001",
            customer=customer.id,
            sale_date=dt.date(2026, 1, 5),
            product_model=model,
            serial_number="SN-1",
            unit_price=129900,
            receivable=129900,
            warranty_end=dt.date(2027, 1, 5),
            created_at=T0,
        )
        v7.Payment.create(sale=sold, paid_on=dt.date(2026, 1, 5), amount=50000, created_at=T0)
    before = {
        t: _rows(db, t) for t in ("customer", "sale", "product_model", "payment", "audit_log")
    }

    assert [s.version for s in migrations.upgrade(db, target=8)] == [8]
    assert {
        "service_order",
        "service_order_technician",
        "service_order_event",
        "print_template",
    } <= set(db.get_tables())
    assert {t: _rows(db, t) for t in before} == before
    orders = _indexes(db, "service_order")
    for columns in (
        ("taken_at", "id"),
        ("state", "taken_at", "id"),
        ("customer_id", "taken_at", "id"),
        ("state", "appointment_at"),
    ):
        assert orders.get(columns) is False, columns
    assert orders[("sale_id", "maintenance_due")] is True
    assert orders[("code",)] is True
    crew = _indexes(db, "service_order_technician")
    assert crew[("order_id", "user_id")] is True and crew[("user_id", "order_id")] is False
    assert _indexes(db, "print_template")[("kind", "name")] is True
    payments = _indexes(db, "payment")  # sums of a sale's payments read the index alone
    assert ("sale_id", "paid_on", "amount") in payments
    assert ("sale_id", "paid_on") not in payments

    # Today's code on the upgraded data: an order for the old purchase, audited and locked.
    migrations.upgrade(db)  # the rest of the way: today's models read today's columns
    services = build_services(db, profile, FakeClock(T0))
    actor = load_actor(User.get(User.username == "system"))
    orders_ = services.service_orders
    order = orders_.create(actor, ServiceOrderInput(customer.id, "上门维修", "不制冷", sold.id))
    assert (order.warranty, order.serial_number, order.product) == (
        Warranty.IN,
        "SN-1",
        "格力 KFR-35GW",
    )
    orders_.complete(
        actor,
        order.id,
        CompletionInput(work_done="清洗", result="正常", fee_service=Decimal("80")),
        version=OVERWRITE,
    )
    assert orders_.audit(actor, [order.id])[0].state is OrderState.AUDITED
    with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
        db.execute_sql(f"DELETE FROM service_order WHERE id = {order.id}")
    # Customers and purchases with orders cannot vanish from under them, even by hand.
    with pytest.raises(pw.IntegrityError), db.atomic():
        Sale.delete().where(Sale.id == sold.id).execute()
    with pytest.raises(pw.IntegrityError), db.atomic():
        Customer.delete().where(Customer.id == customer.id).execute()
    PrintTemplate.create(kind="dispatch", name="A4 派工单", paper="A4", body="<p>{{ code }}</p>")
    with pytest.raises(pw.IntegrityError), db.atomic():
        PrintTemplate.create(kind="dispatch", name="A4 派工单", paper="A5", body="")
    db.close()
