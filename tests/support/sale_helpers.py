"""Builders for the sales and payments tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.support.customer_helpers import new_customer
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import ProductModelInput, SaleInput, SaleView

D = Decimal
DAY = dt.date(2026, 3, 15)


def product(services: Services, admin: Actor, model: str = "KFR-35GW", **fields: object) -> int:
    data = ProductModelInput(
        model=model,
        brand=fields.pop("brand", "格力"),
        warranty_months=fields.pop("warranty_months", 12),
        maintenance_interval_days=fields.pop("maintenance_interval_days", 180),
        callback_interval_days=fields.pop("callback_interval_days", 30),
        **fields,
    )
    return services.catalogue.save_product_model(admin, None, data, version=None).id


def sale(
    services: Services,
    admin: Actor,
    customer_id: int,
    model_id: int,
    price: str = "1000.00",
    **fields: object,
) -> SaleView:
    data = SaleInput(
        customer_id=customer_id,
        sale_date=fields.pop("sale_date", DAY),
        product_model_id=model_id,
        unit_price=D(price),
        **fields,
    )
    return services.sales.create(admin, data)


def customer(services: Services, admin: Actor, name: str = "张三") -> int:
    return new_customer(services, admin, name).customer.id
