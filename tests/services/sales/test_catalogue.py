"""The product catalogue and sales units (settings.manage)."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import audit_actions, salesperson
from tests.support.sale_helpers import D, customer, product, sale
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.sales.sale_types import ProductModelInput


def test_product_models_are_saved_listed_and_retired(services):
    admin = login_admin(services)
    data = ProductModelInput(
        model=" KFR-35GW ",
        brand="格力",
        category="空调",
        list_price=D("3299.9"),
        warranty_months=36,
        maintenance_interval_days=180,
        callback_interval_days=7,
    )
    saved = services.catalogue.save_product_model(admin, None, data, version=None)
    assert (saved.label, saved.category, saved.list_price) == (
        "格力 KFR-35GW",
        "空调",
        D("3299.90"),
    )
    assert (
        saved.warranty_months,
        saved.maintenance_interval_days,
        saved.callback_interval_days,
    ) == (
        36,
        180,
        7,
    )
    with pytest.raises(ValidationError) as info:
        services.catalogue.save_product_model(
            admin, None, ProductModelInput("KFR-35GW", "格力"), version=None
        )
    assert info.value.field == "model"
    other = services.catalogue.save_product_model(
        admin, None, ProductModelInput("KFR-35GW", "美的"), version=None
    )
    retired = services.catalogue.save_product_model(
        admin, other.id, ProductModelInput("KFR-35GW", "美的", active=False), version=OVERWRITE
    )
    assert services.catalogue.product_models(admin) == [saved]
    assert services.catalogue.product_models(admin, include_inactive=True) == [saved, retired]

    sale(services, admin, customer(services, admin), saved.id)
    with pytest.raises(Conflict):
        services.catalogue.delete_product_model(admin, saved.id)
    services.catalogue.delete_product_model(admin, retired.id)
    with pytest.raises(NotFound):
        services.catalogue.delete_product_model(admin, retired.id)
    actions = [(a, t) for a, t, _ in audit_actions(services, admin)]
    assert ("product_model.save", "格力 KFR-35GW") in actions
    assert ("product_model.delete", "美的 KFR-35GW") in actions


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ProductModelInput(""), "model"),
        (ProductModelInput("X", brand="牌" * 65), "brand"),
        (ProductModelInput("X", list_price=D("-0.01")), "list_price"),
        (ProductModelInput("X", warranty_months=-1), "warranty_months"),
        (ProductModelInput("X", warranty_months=241), "warranty_months"),
        (ProductModelInput("X", maintenance_interval_days=3651), "maintenance_interval_days"),
        (ProductModelInput("X", callback_interval_days=1.5), "callback_interval_days"),
    ],
)
def test_bad_product_models_are_refused(sqlite_services, data, field):
    admin = login_admin(sqlite_services)
    with pytest.raises(ValidationError) as info:
        sqlite_services.catalogue.save_product_model(admin, None, data, version=None)
    assert info.value.field == field
    assert sqlite_services.catalogue.product_models(admin, include_inactive=True) == []


def test_sales_units_name_their_lead_and_rep(services):
    admin = login_admin(services)
    lead = salesperson(services, admin, "lead", "王工")
    rep = salesperson(services, admin, "rep", "李业务")
    unit = services.catalogue.save_sales_unit(admin, None, " 总店 ", lead, rep, version=None)
    assert (unit.name, unit.technical_lead_name, unit.sales_rep_name) == ("总店", "王工", "李业务")
    with pytest.raises(ValidationError):
        services.catalogue.save_sales_unit(admin, None, "总店", None, None, version=None)
    with pytest.raises(ValidationError) as info:
        services.catalogue.save_sales_unit(admin, None, "分店", None, 9999, version=None)
    assert info.value.field == "sales_rep"
    renamed = services.catalogue.save_sales_unit(
        admin, unit.id, "旗舰店", lead, None, version=OVERWRITE
    )
    assert (renamed.name, renamed.sales_rep_id) == ("旗舰店", None)
    assert services.catalogue.sales_units(admin) == [renamed]

    sold = sale(
        services, admin, customer(services, admin), product(services, admin), sales_unit_id=unit.id
    )
    services.catalogue.delete_sales_unit(admin, unit.id)
    after = services.sales.get(admin, sold.id)
    assert (after.sales_unit_id, after.receivable) == (None, sold.receivable)
    assert services.catalogue.sales_units(admin) == []
