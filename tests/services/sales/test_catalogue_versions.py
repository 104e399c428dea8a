"""Product models and sales units carry a version: an edit from an older one is refused
(StaleRecord) with nothing written. On all three engines."""

from __future__ import annotations

import dataclasses

import pytest

from tests.helpers import login_admin
from yuntian.db.models import ProductModel, SalesUnit
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.sales.sale_types import ProductModelInput


def test_catalogue_records_saved_from_an_older_version_are_refused(services):
    admin = login_admin(services)
    catalogue = services.catalogue
    data = ProductModelInput(model="KFR-35GW", brand="格力", warranty_months=12)
    model = catalogue.save_product_model(admin, None, data, version=None)
    assert model.version == 1
    moved = catalogue.save_product_model(
        admin, model.id, dataclasses.replace(data, warranty_months=36), version=1
    )
    assert moved.version == 2
    with pytest.raises(StaleRecord) as info:
        catalogue.save_product_model(
            admin, model.id, dataclasses.replace(data, category="空调"), version=1
        )
    assert info.value.kind == "product_model" and info.value.current.warranty_months == 36
    stored = ProductModel.get_by_id(model.id)
    assert (stored.category, stored.warranty_months, stored.version) == ("", 36, 2)

    unit = catalogue.save_sales_unit(admin, None, "总店", None, None, version=None)
    catalogue.save_sales_unit(admin, unit.id, "总店（海淀）", None, None, version=1)
    with pytest.raises(StaleRecord):
        catalogue.save_sales_unit(admin, unit.id, "城东店", admin.user_id, None, version=1)
    stored_unit = SalesUnit.get_by_id(unit.id)
    assert (stored_unit.name, stored_unit.technical_lead_id, stored_unit.version) == (
        "总店（海淀）",
        None,
        2,
    )
