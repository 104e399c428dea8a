"""Purchase intentions (购买意向) and memos (备忘录) on a customer's card."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.record_versions import OVERWRITE


def test_intentions_are_added_edited_and_removed_newest_first(services, clock):
    admin = login_admin(services)
    card = new_customer(services, admin, "张三").customer
    first = services.customer_notes.add_intention(
        admin, card.id, " 格力空调 KFR-35GW ", Decimal("3299.5"), dt.date(2026, 12, 15), "卧室用"
    )
    assert (first.product, first.budget, first.expected_date, first.note) == (
        "格力空调 KFR-35GW",
        Decimal("3299.50"),
        dt.date(2026, 12, 15),
        "卧室用",
    )
    assert (first.created_by, first.created_at) == (admin.display_name, clock.now)
    clock.advance(minutes=5)
    second = services.customer_notes.add_intention(
        admin, card.id, "海尔冰箱 BCD-470", None, None, ""
    )
    assert second.budget is None and second.expected_date is None

    shown = services.customers.get(admin, card.id).intentions
    assert [i.id for i in shown] == [second.id, first.id]
    assert shown[1] == first  # read back from the database exactly as returned

    edited = services.customer_notes.update_intention(
        admin,
        first.id,
        "格力空调 KFR-50LW",
        5999,
        dt.date(2027, 1, 10),
        "客厅柜机",
        version=first.version,
    )
    assert (edited.product, edited.budget, edited.expected_date, edited.note) == (
        "格力空调 KFR-50LW",
        Decimal("5999.00"),
        dt.date(2027, 1, 10),
        "客厅柜机",
    )
    assert edited.created_at == first.created_at
    services.customer_notes.delete_intention(admin, second.id)
    assert [i.id for i in services.customers.get(admin, card.id).intentions] == [first.id]
    with pytest.raises(NotFound):
        services.customer_notes.delete_intention(admin, second.id)


@pytest.mark.parametrize(
    ("product", "budget", "field"),
    [
        ("", None, "product"),
        ("品" * 129, None, "product"),
        ("美的洗衣机", Decimal("-1"), "budget"),
        ("美的洗衣机", Decimal("10000000000"), "budget"),
        ("美的洗衣机", "很多", "budget"),
        ("美的洗衣机", Decimal("NaN"), "budget"),
    ],
)
def test_bad_intentions_are_refused(sqlite_services, product, budget, field):
    services = sqlite_services
    admin = login_admin(services)
    card = new_customer(services, admin, "张三").customer
    with pytest.raises(ValidationError) as info:
        services.customer_notes.add_intention(admin, card.id, product, budget, None, "")
    assert info.value.field == field
    assert services.customers.get(admin, card.id).intentions == ()


def test_memos_keep_their_lines_author_and_edit_time(services, clock):
    admin = login_admin(services)
    card = new_customer(services, admin, "李四").customer
    memo = services.customer_notes.add_memo(admin, card.id, "  周末在家\n上门前先打电话  ")
    assert memo.text == "周末在家\n上门前先打电话"
    assert (memo.created_by, memo.created_at, memo.updated_at) == (
        admin.display_name,
        clock.now,
        None,
    )
    clock.advance(hours=2)
    same = services.customer_notes.update_memo(
        admin, memo.id, "周末在家\n上门前先打电话", version=memo.version
    )
    assert same.updated_at is None  # nothing changed
    edited = services.customer_notes.update_memo(
        admin, memo.id, "只在周日在家", version=same.version
    )
    assert (edited.text, edited.created_at, edited.updated_at) == (
        "只在周日在家",
        memo.created_at,
        clock.now,
    )
    clock.advance(minutes=1)
    newer = services.customer_notes.add_memo(admin, card.id, "已换新号码")
    assert [m.id for m in services.customers.get(admin, card.id).memos] == [newer.id, memo.id]
    services.customer_notes.delete_memo(admin, memo.id)
    assert [m.text for m in services.customers.get(admin, card.id).memos] == ["已换新号码"]

    for bad in ("", "  \n ", "备" * 4001):
        with pytest.raises(ValidationError):
            services.customer_notes.add_memo(admin, card.id, bad)
    with pytest.raises(NotFound):
        services.customer_notes.add_memo(admin, 99_999, "谁")
    with pytest.raises(NotFound):
        services.customer_notes.update_memo(admin, memo.id, "已删除", version=OVERWRITE)


def test_notes_of_a_really_deleted_customer_cannot_exist(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    card = new_customer(services, admin, "王五").customer
    services.customer_notes.delete_memo(
        admin, services.customer_notes.add_memo(admin, card.id, "临时").id
    )
    # The memo was removed, so nothing ties the customer down any more: a real delete.
    assert services.customers.delete(admin, card.id) == "deleted"
    with pytest.raises(NotFound):
        services.customer_notes.add_intention(admin, card.id, "联想电脑", None, None, "")
