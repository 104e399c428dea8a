"""The parts catalogue and the stores: codes from the numbering rule and unique, exact prices,
stock levels checked, stale saves refused, a part the ledger names never deleted, a store with
stock never set inactive, the negative-stock setting; parts.manage for every change."""

from __future__ import annotations

import pytest

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import D, main_store, part, stock_in
from tests.support.sale_helpers import product
from yuntian.db.models import AuditEntry, Part, PartFit
from yuntian.services.common.errors import Conflict, PermissionDenied, ValidationError
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.parts import part_ledger
from yuntian.services.parts.part_catalogue_types import Activity, PartFilter, PartInput


def new(services, admin, name="启动电容 35uF", **fields):
    return services.part_catalogue.create(admin, PartInput(name=name, **fields))


def actions() -> list[str]:
    return [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_create_numbers_the_part_and_keeps_exact_prices_and_fits(services):
    admin = login_admin(services)
    gree = product(services, admin, "KFR-35GW")
    midea = product(services, admin, "KFR-26GW", brand="美的")
    cap = new(
        services, admin, spec="CBB65 450V", unit="个", category="电容",
        cost_price=D("8.35"), sale_price=D("25.00"), safety_stock=5, reorder_min=10,
        reorder_max=50, supplier="美的配件", barcode="6901234567890", fits=(gree, midea),
    )  # fmt: skip
    assert cap.code == "BJ00001"  # the numbering rule "part" of schema 15
    again = services.part_catalogue.get(admin, cap.id)
    assert (again.cost_price, again.sale_price) == (D("8.35"), D("25.00"))
    assert [f.label for f in again.fits] == ["格力 KFR-35GW", "美的 KFR-26GW"]
    assert (again.safety_stock, again.reorder_min, again.reorder_max) == (5, 10, 50)
    assert new(services, admin, "压缩机").code == "BJ00002"
    typed = new(services, admin, "遥控器", code="YK-01")
    assert typed.code == "YK-01"
    assert actions().count("part.create") == 3


def test_codes_are_unique_and_bad_fields_are_named(services):
    admin = login_admin(services)
    new(services, admin, "遥控器", code="YK-01")
    cases = [
        (dict(name="别的", code="YK-01"), "code"),
        (dict(name=" "), "name"),
        (dict(name="x", cost_price=D("-1")), "cost_price"),
        (dict(name="x", sale_price=D("1.005")), "sale_price"),
        (dict(name="x", safety_stock=-1), "safety_stock"),
        (dict(name="x", reorder_min=20, reorder_max=10), "reorder_min"),
        (dict(name="x", fits=(999_999,)), "fits"),
        (dict(name="x", unit="个" * 17), "unit"),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as refused:
            services.part_catalogue.create(admin, PartInput(**fields))
        assert refused.value.field == field, fields
    assert "YK-01" in str(_refusal(services, admin, name="别的", code="YK-01"))
    # A minimum with no maximum set is fine (no upper level).
    assert new(services, admin, "x", reorder_min=20).reorder_min == 20
    assert Part.select().count() == 2


def _refusal(services, admin, **fields):
    with pytest.raises(ValidationError) as refused:
        services.part_catalogue.create(admin, PartInput(**fields))
    return refused.value


def test_update_from_a_stale_version_is_refused_and_never_touches_avg_cost(services):
    admin = login_admin(services)
    model = product(services, admin)
    cap = new(services, admin, cost_price=D("8.00"), fits=(model,))
    stock_in(services, admin, (cap.id, 4, "9.50"))
    opened = services.part_catalogue.get(admin, cap.id)
    assert opened.avg_cost == D("9.5000")
    saved = services.part_catalogue.update(
        admin, cap.id, PartInput(name="启动电容 40uF", cost_price=D("9.00")),
        version=opened.version,
    )  # fmt: skip
    assert (saved.name, saved.code, saved.fits, saved.avg_cost) == (
        "启动电容 40uF", cap.code, (), D("9.5000"),
    )  # fmt: skip
    assert not PartFit.select().exists()  # fits replaced by the save's (none)
    with pytest.raises(StaleRecord) as stale:
        services.part_catalogue.update(
            admin, cap.id, PartInput(name="旧的"), version=opened.version
        )
    assert stale.value.current.name == "启动电容 40uF"
    assert services.part_catalogue.get(admin, cap.id).name == "启动电容 40uF"


def test_a_used_part_is_deactivated_not_deleted(services):
    admin = login_admin(services)
    used = new(services, admin, "压缩机")
    spare = new(services, admin, "滤网")
    stock_in(services, admin, (used.id, 1, "300.00"))
    with pytest.raises(Conflict) as refused:
        services.part_catalogue.delete(admin, used.id)
    assert "set it inactive" in str(refused.value) and used.code in str(refused.value)
    services.part_catalogue.delete(admin, spare.id)
    assert [p.id for p in Part.select()] == [used.id]

    off = services.part_catalogue.set_active(admin, used.id, False)
    assert not off.active and off.version == used.version + 1
    listed = services.part_catalogue.page(admin, PartFilter())
    assert listed == []
    inactive = services.part_catalogue.page(admin, PartFilter(activity=Activity.INACTIVE))
    assert [p.id for p in inactive] == [used.id]
    assert services.part_catalogue.set_active(admin, used.id, True).active
    assert {"part.deactivate", "part.reactivate", "part.delete"} <= set(actions())


def test_the_list_filters_by_text_category_activity_and_model_in_keyed_pages(services):
    admin = login_admin(services)
    model = product(services, admin)
    for i in range(7):
        new(services, admin, f"电容 {i}", code=f"C{i:02d}", category="电容",
            fits=(model,) if i % 2 else ())  # fmt: skip
    new(services, admin, "压缩机", code="Y01", category="压缩机", spec="QXA-B141", barcode="777")
    svc = services.part_catalogue
    first = svc.page(admin, PartFilter(), limit=3)
    rest = svc.page(admin, PartFilter(), svc.page_key(first[-1]), limit=100)
    assert [p.code for p in first + rest] == [*(f"C{i:02d}" for i in range(7)), "Y01"]
    assert [p.code for p in svc.page(admin, PartFilter(text="QXA"))] == ["Y01"]
    assert [p.code for p in svc.page(admin, PartFilter(text="777"))] == ["Y01"]
    assert [p.code for p in svc.page(admin, PartFilter(text="电容 5"))] == ["C05"]
    assert svc.count(admin, PartFilter(category="电容")) == 7
    assert svc.count(admin, PartFilter(product_model_id=model)) == 3
    assert svc.categories(admin) == sorted(["压缩机", "电容"])


def test_stores_are_named_uniquely_and_one_holding_stock_stays_in_use(services):
    admin = login_admin(services)
    svc = services.part_catalogue
    cap = part("BJ001", "启动电容")
    main = svc.stores(admin)[0]
    assert main.name == "总仓库"
    van = svc.create_store(admin, "二号仓库")
    with pytest.raises(ValidationError) as taken:
        svc.create_store(admin, "二号仓库")
    assert taken.value.field == "name"
    stock_in(services, admin, (cap, 3, "8.00"), place=main_store())
    with pytest.raises(Conflict) as holds:
        svc.set_store_active(admin, main.id, False)
    assert "3" in str(holds.value) and "BJ001" in str(holds.value)
    renamed = svc.rename_store(admin, van.id, "备用仓库", version=van.version)
    with pytest.raises(StaleRecord):
        svc.rename_store(admin, van.id, "又一个", version=van.version)
    assert not svc.set_store_active(admin, van.id, False).active
    assert [s.name for s in svc.stores(admin, include_inactive=False)] == ["总仓库"]
    svc.sort_stores(admin, [renamed.id, main.id])
    assert [s.name for s in svc.stores(admin)] == ["备用仓库", "总仓库"]


def test_negative_stock_setting_is_read_by_the_ledger(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    svc = services.part_catalogue
    assert not svc.negative_stock_allowed(admin)
    with pytest.raises(PermissionDenied):
        svc.set_negative_stock_allowed(actor_without(admin, "settings.manage"), True)
    svc.set_negative_stock_allowed(admin, True)
    assert svc.negative_stock_allowed(admin) and part_ledger.negative_allowed()
    svc.set_negative_stock_allowed(admin, False)
    assert not part_ledger.negative_allowed()


def test_every_change_needs_parts_manage(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    cap = new(services, admin)
    store = services.part_catalogue.stores(admin)[0]
    clerk = actor_without(admin, "parts.manage")
    svc = services.part_catalogue
    for call in (
        lambda: svc.create(clerk, PartInput(name="x")),
        lambda: svc.update(clerk, cap.id, PartInput(name="x"), version=cap.version),
        lambda: svc.set_active(clerk, cap.id, False),
        lambda: svc.delete(clerk, cap.id),
        lambda: svc.create_store(clerk, "x"),
        lambda: svc.rename_store(clerk, store.id, "x", version=store.version),
        lambda: svc.set_store_active(clerk, store.id, False),
        lambda: svc.sort_stores(clerk, [store.id]),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert svc.get(clerk, cap.id).name == cap.name  # reading is open
