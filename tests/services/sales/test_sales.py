"""Purchase records (购机记录): derived amounts and dates, editing, void versus delete, the
receivables lists' keyed paging and totals."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import audit_actions, salesperson
from tests.support.sale_helpers import DAY, D, customer, product, sale
from yuntian.services.common.errors import NotFound, PermissionDenied, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.sales.sale_types import SaleFilter, SaleInput
from yuntian.services.sales.sales import add_months


def test_a_sale_gets_its_code_amount_warranty_and_due_dates(services, clock):
    admin = login_admin(services)
    buyer = customer(services, admin)
    model = product(services, admin, warranty_months=24, maintenance_interval_days=90)
    first = sale(services, admin, buyer, model, "1299.50", quantity=3, serial_number=" SN-1 ")
    assert first.code == f"XS{clock.now:%Y%m%d}0001"
    assert (first.quantity, first.unit_price, first.receivable) == (3, D("1299.50"), D("3898.50"))
    assert (first.received, first.outstanding) == (D("0.00"), D("3898.50"))
    assert first.serial_number == "SN-1" and first.product == "格力 KFR-35GW"
    # No install date: everything counts from the sale date, intervals come from the model.
    assert first.warranty_end == dt.date(2028, 3, 15)
    assert first.maintenance_interval_days == 90
    assert first.next_maintenance == DAY + dt.timedelta(days=90)
    assert first.next_callback == DAY + dt.timedelta(days=30)

    installed = sale(
        services,
        admin,
        buyer,
        model,
        "500",
        install_date=dt.date(2026, 3, 20),
        custom=("发动机号E1", "车架号F1"),
    )
    assert installed.code == f"XS{clock.now:%Y%m%d}0002"
    assert installed.warranty_end == dt.date(2028, 3, 20)
    assert installed.next_maintenance == dt.date(2026, 3, 20) + dt.timedelta(days=90)
    assert installed.custom == ("发动机号E1", "车架号F1", "", "", "")
    assert services.sales.get(admin, installed.id) == installed
    assert [a for a, _, _ in audit_actions(services, admin)][-2:] == ["sale.create"] * 2


def test_warranty_end_and_intervals_can_be_overridden(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    buyer, model = customer(services, admin), product(services, admin, warranty_months=12)
    special = sale(
        services,
        admin,
        buyer,
        model,
        warranty_end=dt.date(2029, 1, 1),
        maintenance_interval_days=60,
        callback_interval_days=0,
        receivable=D("800.00"),
    )
    assert special.warranty_end == dt.date(2029, 1, 1)
    assert special.next_maintenance == DAY + dt.timedelta(days=60)
    assert (special.callback_interval_days, special.next_callback) == (0, None)
    assert special.receivable == D("800.00")  # a discount on the list price x quantity
    fixed = sale(services, admin, buyer, model, next_maintenance=dt.date(2026, 4, 1))
    assert fixed.next_maintenance == dt.date(2026, 4, 1)
    none = product(services, admin, "无保修", warranty_months=0, maintenance_interval_days=0)
    bare = sale(services, admin, buyer, none)
    assert (bare.warranty_end, bare.next_maintenance) == (None, None)
    # A second-hand unit sold without warranty although its model has one: None means none.
    unwarranted = sale(services, admin, buyer, model, warranty_end=None, next_callback=None)
    assert (unwarranted.warranty_end, unwarranted.next_callback) == (None, None)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
        (dt.date(2026, 3, 15), 36, dt.date(2029, 3, 15)),
    ],
)
def test_warranty_months_end_on_the_same_day_or_the_months_last(day, months, expected):
    assert add_months(day, months) == expected


def test_editing_recomputes_derived_values_and_guards_what_was_received(services):
    admin = login_admin(services)
    buyer, model = customer(services, admin), product(services, admin)
    original = sale(services, admin, buyer, model, "1000")
    services.payments.record(admin, original.id, DAY, D("600"), "现金")
    data = SaleInput(buyer, DAY, model, D("900"), install_date=dt.date(2026, 4, 1))
    edited = services.sales.update(admin, original.id, data, version=original.version)
    assert (edited.code, edited.receivable, edited.outstanding) == (
        original.code,
        D("900.00"),
        D("300.00"),
    )
    assert edited.warranty_end == dt.date(2027, 4, 1)
    with pytest.raises(ValidationError) as info:
        services.sales.update(
            admin, original.id, SaleInput(buyer, DAY, model, D("599.99")), version=edited.version
        )
    assert info.value.field == "receivable" and "600.00" in str(info.value)
    assert services.sales.get(admin, original.id) == edited
    assert audit_actions(services, admin)[-1][:2] == ("sale.edit", original.code)


def test_a_sale_with_payments_is_voided_not_deleted(services, clock):
    admin = login_admin(services)
    buyer, model = customer(services, admin), product(services, admin)
    paid = sale(services, admin, buyer, model, "1000")
    services.payments.record(admin, paid.id, DAY, D("100"), "现金")
    with pytest.raises(ValidationError) as info:
        services.sales.delete(admin, paid.id)
    assert "void" in str(info.value) and paid.code in str(info.value)
    with pytest.raises(ValidationError):
        services.sales.void(admin, paid.id, "  ")
    voided = services.sales.void(admin, paid.id, "客户退货")
    assert (voided.voided, voided.void_reason, voided.received) == (True, "客户退货", D("100.00"))
    # Out of the lists and totals, still on the customer's card (flagged).
    assert services.sales.page(admin, SaleFilter()) == []
    assert services.sales.totals(admin, SaleFilter()).count == 0
    assert services.sales.page(admin, SaleFilter(include_voided=True)) == [voided]
    assert services.sales.for_customer(admin, buyer) == [voided]
    with pytest.raises(ValidationError):
        services.sales.update(
            admin, paid.id, SaleInput(buyer, DAY, model, D("1")), version=OVERWRITE
        )
    with pytest.raises(ValidationError):
        services.sales.void(admin, paid.id, "再次")

    bare = sale(services, admin, buyer, model)
    services.sales.delete(admin, bare.id)
    with pytest.raises(NotFound):
        services.sales.get(admin, bare.id)
    actions = [(a, t) for a, t, _ in audit_actions(services, admin)]
    assert ("sale.void", paid.code) in actions and ("sale.delete", bare.code) in actions


def test_voiding_needs_the_delete_permission_not_sales_processing(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    target = sale(services, admin, customer(services, admin), product(services, admin))
    clerk = Actor(admin.user_id, admin.username, admin.display_name, frozenset({"sales.process"}))
    with pytest.raises(PermissionDenied) as info:
        services.sales.void(clerk, target.id, "记错了")
    assert info.value.code == "record.delete"
    with pytest.raises(PermissionDenied):
        services.sales.update(
            actor_without(admin, "record.edit"), target.id, SaleInput(1, DAY, 1, D(1)), version=1
        )
    assert not services.sales.get(admin, target.id).voided


def test_a_customer_with_a_sale_is_archived_not_deleted(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    sale(services, admin, buyer, product(services, admin))
    assert services.customers.delete(admin, buyer) == "archived"
    assert services.sales.for_customer(admin, buyer)[0].customer_id == buyer


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"quantity": True}, "quantity"),
        ({"unit_price": D("-1")}, "unit_price"),
        ({"unit_price": D("1.005")}, "unit_price"),
        ({"unit_price": D("NaN")}, "unit_price"),
        ({"receivable": D("10000000000")}, "receivable"),
        ({"unit_price": D("9999999999"), "quantity": 2}, "receivable"),
        ({"install_date": DAY - dt.timedelta(days=1)}, "install_date"),
        ({"product_model_id": 999}, "product_model"),
        ({"customer_id": 999}, "customer"),
        ({"salesperson_id": 999}, "salesperson"),
        ({"serial_number": "S" * 65}, "serial_number"),
        ({"custom": ("长" * 129,)}, "custom1"),
        ({"maintenance_interval_days": -1}, "maintenance_interval_days"),
    ],
)
def test_bad_sales_are_refused_naming_the_field(sqlite_services, change, field):
    services = sqlite_services
    admin = login_admin(services)
    values = {
        "customer_id": customer(services, admin),
        "sale_date": DAY,
        "product_model_id": product(services, admin),
        "unit_price": D("100"),
    } | change
    with pytest.raises(ValidationError) as info:
        services.sales.create(admin, SaleInput(**values))
    assert info.value.field == field
    assert services.sales.totals(admin, SaleFilter(include_voided=True)).count == 0


def _shop(services, admin):
    """Sales over several days, two reps, two units, two customers, various payment states."""
    reps = [salesperson(services, admin, f"rep{i}", f"业务员{i}") for i in (1, 2)]
    units = [
        services.catalogue.save_sales_unit(admin, None, n, None, r, version=None).id
        for n, r in zip(("总店", "分店"), reps, strict=True)
    ]
    buyers = [customer(services, admin, n) for n in ("张三", "李四")]
    model = product(services, admin)
    made = []
    with services.db.atomic():
        for i in range(23):
            row = sale(
                services,
                admin,
                buyers[i % 2],
                model,
                f"{100 + i}.{i:02d}",
                quantity=1 + i % 3,
                sale_date=DAY + dt.timedelta(days=i // 4),  # several sales share a date
                salesperson_id=reps[i % 2],
                sales_unit_id=units[(i // 2) % 2],
            )
            if i % 3:  # a third unpaid, the others partly or fully paid
                paid = row.receivable if i % 3 == 1 else D("0.10")
                services.payments.record(admin, row.id, DAY, paid, "现金")
            made.append(row.id)
    return reps, units, buyers, made


def test_keyed_pages_cover_every_sale_once_newest_first(services):
    admin = login_admin(services)
    _, _, _, made = _shop(services, admin)
    for flt in (SaleFilter(), SaleFilter(outstanding=True), SaleFilter(outstanding=False)):
        whole = services.sales.page(admin, flt, limit=1000)
        seen, after = [], None
        while page := services.sales.page(admin, flt, after, limit=4):
            seen += page
            after = services.sales.page_key(page[-1])
        assert [r.id for r in seen] == [r.id for r in whole]
        assert len({r.id for r in seen}) == len(seen)
        keys = [(r.sale_date, r.id) for r in seen]
        assert keys == sorted(keys, reverse=True)
    owing = {r.id for r in services.sales.page(admin, SaleFilter(outstanding=True), limit=1000)}
    settled = {r.id for r in services.sales.page(admin, SaleFilter(outstanding=False), limit=1000)}
    assert owing | settled == set(made) and not owing & settled
    assert all(r.outstanding > 0 for r in services.sales.page(admin, SaleFilter(outstanding=True)))


def test_totals_equal_the_sum_of_the_rows_they_count(services):
    admin = login_admin(services)
    reps, units, buyers, _ = _shop(services, admin)
    filters = [
        SaleFilter(),
        SaleFilter(outstanding=True),
        SaleFilter(outstanding=False),
        SaleFilter(salesperson_id=reps[0], outstanding=True),
        SaleFilter(sales_unit_id=units[1]),
        SaleFilter(customer_id=buyers[1], date_from=DAY + dt.timedelta(days=1)),
        SaleFilter(date_from=DAY + dt.timedelta(days=2), date_to=DAY + dt.timedelta(days=3)),
        SaleFilter(date_from=DAY + dt.timedelta(days=100)),
    ]
    for flt in filters:
        rows = services.sales.page(admin, flt, limit=1000)
        totals = services.sales.totals(admin, flt)
        assert totals.count == len(rows), flt
        assert totals.quantity == sum(r.quantity for r in rows)
        assert totals.receivable == sum((r.receivable for r in rows), D("0.00"))
        assert totals.received == sum((r.received for r in rows), D("0.00"))
        assert totals.outstanding == totals.receivable - totals.received
        assert (
            str(totals.outstanding).count(".") == 1
            and len(str(totals.outstanding).split(".")[1]) == 2
        )
    assert (
        services.sales.totals(admin, SaleFilter(date_from=DAY + dt.timedelta(days=100))).count == 0
    )
    rep_rows = services.sales.page(admin, SaleFilter(salesperson_id=reps[0]), limit=1000)
    assert rep_rows and {r.salesperson_name for r in rep_rows} == {"业务员1"}
    assert (
        services.sales.outstanding_for_customer(admin, buyers[0])
        == services.sales.totals(admin, SaleFilter(customer_id=buyers[0])).outstanding
    )
