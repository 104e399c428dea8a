"""Due maintenance (定期维护): the due list (lead days, ranges, paging, voided left out), making
maintenance orders without duplicates, and completion moving the purchase's next date on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import audit_actions, new_customer
from tests.support.service_order_helpers import finish, product, sale, take
from yuntian.db.models import EnumItem, ServiceOrder
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import AddressInput
from yuntian.services.service_orders.maintenance_types import DueKey
from yuntian.services.service_orders.service_order_types import OrderState, Warranty

TODAY = dt.date(2026, 11, 27)  # the FakeClock's day; the shop's lead is 7 days: to 12-04
INTERVAL = 180


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def shop(services):
    """A customer with a phone and an address, and purchases due at several distances."""
    admin = login_admin(services)
    buyer = new_customer(
        services,
        admin,
        "王大妈",
        "13800138000",
        addresses=(AddressInput("北京市", "北京市", "海淀区", "中关村大街1号"),),
    ).customer.id
    model = product(services, admin, maintenance_interval_days=INTERVAL)

    def bought(offset: int | None, serial: str, **fields: object) -> int:
        due = None if offset is None else day(offset)
        return sale(
            services, admin, buyer, model, serial_number=serial, next_maintenance=due, **fields
        ).id

    sales = {
        "overdue": bought(-30, "SN-OVERDUE"),
        "soon": bought(3, "SN-SOON"),
        "edge": bought(7, "SN-EDGE"),
        "later": bought(8, "SN-LATER"),
        "never": bought(None, "SN-NEVER"),
        "voided": bought(2, "SN-VOIDED"),
    }
    services.sales.void(admin, sales["voided"], "退货")
    return services, admin, buyer, sales


def serials(rows) -> list[str]:
    return [r.serial_number for r in rows]


def test_the_due_list_covers_the_lead_days_and_the_overdue_earliest_first(shop):
    services, admin, buyer, _sales = shop
    rows = services.maintenance.due(admin)
    assert serials(rows) == ["SN-OVERDUE", "SN-SOON", "SN-EDGE"]  # not later, voided, never
    overdue = rows[0]
    assert overdue.due == day(-30) and overdue.days_until == -30 and overdue.overdue
    assert rows[1].days_until == 3 and not rows[1].overdue
    assert overdue.customer_id == buyer and overdue.customer_name == "王大妈"
    assert overdue.customer_code and overdue.sale_code.startswith("XS")
    assert overdue.phone == "13800138000"
    assert overdue.address == "北京市海淀区中关村大街1号"
    assert overdue.product == "格力 KFR-35GW"
    assert overdue.interval_days == INTERVAL
    assert overdue.order_id is None and overdue.order_code == "" and overdue.order_state is None


def test_the_lead_days_come_from_the_settings(shop):
    services, admin, _buyer, _sales = shop
    services.settings.save_general(
        admin, shop_name="测试维修店", reminder_lead_days=8, version=OVERWRITE
    )
    assert serials(services.maintenance.due(admin))[-1] == "SN-LATER"
    services.settings.save_general(
        admin, shop_name="测试维修店", reminder_lead_days=0, version=OVERWRITE
    )
    assert serials(services.maintenance.due(admin)) == ["SN-OVERDUE"]


def test_a_chosen_range_and_keyed_pages(shop):
    services, admin, _buyer, _sales = shop
    due = services.maintenance.due
    assert serials(due(admin, day(0), day(30))) == ["SN-SOON", "SN-EDGE", "SN-LATER"]
    assert serials(due(admin, None, day(3))) == ["SN-OVERDUE", "SN-SOON"]
    assert serials(due(admin, day(4), day(7))) == ["SN-EDGE"]
    first = due(admin, None, day(30), limit=2)
    assert serials(first) == ["SN-OVERDUE", "SN-SOON"]
    after = services.maintenance.page_key(first[-1])
    assert after == DueKey(day(3), first[-1].sale_id)
    assert serials(due(admin, None, day(30), after=after, limit=2)) == ["SN-EDGE", "SN-LATER"]


def test_purchases_due_the_same_day_page_by_id(shop):
    services, admin, buyer, _sales = shop
    model = product(services, admin, "KFR-50LW", maintenance_interval_days=90)
    same = [
        sale(services, admin, buyer, model, serial_number=f"SN-SAME{i}", next_maintenance=day(5)).id
        for i in range(3)
    ]
    rows = services.maintenance.due(admin, day(5), day(5), limit=2)
    rows += services.maintenance.due(
        admin, day(5), day(5), after=services.maintenance.page_key(rows[-1])
    )
    assert [r.sale_id for r in rows] == same


def test_generating_twice_makes_no_duplicates(shop):
    services, admin, _buyer, sales = shop
    items = [(sales["overdue"], day(-30)), (sales["soon"], day(3))]
    made = services.maintenance.generate(admin, items)
    assert made.skipped == 0 and len(made.created) == 2
    order = made.created[0]
    assert order.sale_id == sales["overdue"] and order.maintenance_due == day(-30)
    assert order.service_type == "保养" and order.state is OrderState.PENDING
    assert order.fault == f"Periodic maintenance (due {day(-30).isoformat()})"
    assert order.warranty is Warranty.IN  # bought 2026-03-15 with 12 months' warranty
    assert order.contact_phone == "13800138000" and order.contact_name == "王大妈"
    assert order.address == "北京市海淀区中关村大街1号"

    again = services.maintenance.generate(
        admin, [*items, (sales["edge"], day(7))], fault_template="定期保养（到期 {date}）"
    )
    assert again.skipped == 2 and len(again.created) == 1
    assert again.created[0].fault == f"定期保养（到期 {day(7).isoformat()}）"
    assert ServiceOrder.select().where(ServiceOrder.maintenance_due.is_null(False)).count() == 3

    rows = {r.sale_id: r for r in services.maintenance.due(admin)}
    assert rows[sales["overdue"]].order_code == order.code
    assert rows[sales["overdue"]].order_state is OrderState.PENDING
    unordered = services.maintenance.due(admin, day(-60), day(30), include_ordered=False)
    assert serials(unordered) == ["SN-LATER"]


def test_a_cancelled_maintenance_order_leaves_the_maintenance_due_and_orderable(shop):
    services, admin, _buyer, sales = shop
    item = (sales["soon"], day(3))
    first = services.maintenance.generate(admin, [item]).created[0]
    services.service_orders.cancel(admin, first.id, "客户改约下月")
    row = next(r for r in services.maintenance.due(admin) if r.sale_id == sales["soon"])
    assert row.order_code == "" and row.due == day(3)
    again = services.maintenance.generate(admin, [item])
    assert again.skipped == 0 and again.created[0].maintenance_due == day(3)
    cancelled = services.service_orders.get(admin, first.id)
    assert cancelled.state is OrderState.CANCELLED and cancelled.maintenance_due is None
    cancels = [a for a in audit_actions(services, admin) if a[0] == "service_order.cancel"]
    detail = {"reason": "客户改约下月", "maintenance_due": f"{day(3)}"}
    assert cancels == [("service_order.cancel", first.code, encode_detail(detail))]


def test_the_home_page_count_is_what_is_due_within_the_lead_days_without_an_order(shop):
    services, admin, _buyer, sales = shop
    assert services.maintenance.count_unordered(admin) == 3  # overdue, soon, edge (not voided)
    services.maintenance.generate(admin, [(sales["soon"], day(3))])
    assert services.maintenance.count_unordered(admin) == 2


def test_a_broken_translated_template_falls_back_to_english(shop):
    services, admin, _buyer, sales = shop
    made = services.maintenance.generate(admin, [(sales["soon"], day(3))], fault_template="{日期")
    assert made.created[0].fault == f"Periodic maintenance (due {day(3).isoformat()})"


def test_completing_moves_the_next_date_by_the_interval_once(shop):
    services, admin, _buyer, sales = shop
    (order,) = services.maintenance.generate(admin, [(sales["overdue"], day(-30))]).created
    finish(services, admin, order.id)
    moved = services.sales.get(admin, sales["overdue"]).next_maintenance
    assert moved == day(-30 + INTERVAL)
    detail = [d for a, t, d in audit_actions(services, admin) if a == "service_order.complete"]
    assert detail and f"{day(-30).isoformat()} → {moved.isoformat()}" in detail[-1]

    finish(services, admin, order.id, work_done="补充说明")  # a correction (record.edit)
    assert services.sales.get(admin, sales["overdue"]).next_maintenance == moved
    # The purchase leaves the list: its next due date is half a year on, without an order.
    assert sales["overdue"] not in [r.sale_id for r in services.maintenance.due(admin)]
    (row,) = [r for r in services.maintenance.due(admin, None, moved) if r.due == moved]
    assert row.sale_id == sales["overdue"] and row.order_id is None


def test_an_old_order_completed_late_never_moves_the_date_back(shop):
    services, admin, _buyer, sales = shop
    generate = services.maintenance.generate
    (first,) = generate(admin, [(sales["soon"], day(3))]).created
    finish(services, admin, first.id)
    (second,) = generate(admin, [(sales["soon"], day(3 + INTERVAL))]).created
    (stray,) = generate(admin, [(sales["soon"], day(3 - INTERVAL))]).created  # made by hand
    finish(services, admin, stray.id)
    assert services.sales.get(admin, sales["soon"]).next_maintenance == day(3 + INTERVAL)
    finish(services, admin, second.id)
    assert services.sales.get(admin, sales["soon"]).next_maintenance == day(3 + 2 * INTERVAL)


def test_a_maintenance_order_taken_by_hand_moves_the_date_an_ordinary_one_does_not(shop):
    services, admin, buyer, sales = shop
    repair = take(services, admin, buyer, sale_id=sales["edge"])  # 上门维修
    finish(services, admin, repair.id)
    assert services.sales.get(admin, sales["edge"]).next_maintenance == day(7)
    by_hand = take(services, admin, buyer, sale_id=sales["edge"], service_type="保养")
    finish(services, admin, by_hand.id)
    assert services.sales.get(admin, sales["edge"]).next_maintenance == day(7 + INTERVAL)
    # Without a next date, the interval counts from the day of the work.
    by_hand = take(services, admin, buyer, sale_id=sales["never"], service_type="保养")
    finish(services, admin, by_hand.id)
    assert services.sales.get(admin, sales["never"]).next_maintenance == day(INTERVAL)


def test_a_purchase_without_an_interval_keeps_its_date(shop):
    services, admin, buyer, _sales = shop
    model = product(services, admin, "无保养型号", maintenance_interval_days=0)
    once = sale(services, admin, buyer, model, next_maintenance=day(1)).id
    (order,) = services.maintenance.generate(admin, [(once, day(1))]).created
    finish(services, admin, order.id)
    assert services.sales.get(admin, once).next_maintenance == day(1)


def test_generating_needs_service_process_and_changes_nothing_without_it(shop):
    services, admin, _buyer, sales = shop
    clerk = actor_without(admin, "service.process")
    with pytest.raises(PermissionDenied):
        services.maintenance.generate(clerk, [(sales["soon"], day(3))])
    assert not ServiceOrder.select().exists()
    assert serials(services.maintenance.due(clerk))  # reading needs no code


def test_a_voided_purchase_refuses_the_whole_lot(shop):
    services, admin, _buyer, sales = shop
    items = [(sales["soon"], day(3)), (sales["voided"], day(2))]
    with pytest.raises(ValidationError) as info:
        services.maintenance.generate(admin, items)
    assert info.value.field == "sale"
    assert not ServiceOrder.select().exists()  # one transaction: the first was undone too


def test_without_the_maintenance_service_type_nothing_is_made(shop):
    services, admin, _buyer, sales = shop
    EnumItem.delete().where(EnumItem.kind == "service_type", EnumItem.name == "保养").execute()
    with pytest.raises(ValidationError) as info:
        services.maintenance.generate(admin, [(sales["soon"], day(3))])
    assert info.value.field == "service_type" and "保养" in str(info.value)
    assert services.maintenance.generate(admin, []).created == []
