"""Customer groups: create, rename, delete (members kept, moved to no group), bulk move."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import audit_actions, new_customer
from yuntian.db.models import Customer
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.customers.customer_types import CustomerFilter


def test_preset_groups_are_listed_in_order_with_member_counts(services):
    admin = login_admin(services)
    groups = services.customer_groups.list_groups(admin)
    assert [g.name for g in groups] == ["普通客户", "VIP客户", "经销商"]
    assert {g.customer_count for g in groups} == {0}
    vip = groups[1].id
    new_customer(services, admin, "甲", group_id=vip)
    archived = new_customer(services, admin, "乙", group_id=vip).customer
    services.customer_notes.add_memo(admin, archived.id, "老客户")
    services.customers.delete(admin, archived.id)
    new_customer(services, admin, "丙")
    counts = {g.name: g.customer_count for g in services.customer_groups.list_groups(admin)}
    # Archived customers still belong to their group (deleting it would move them too).
    assert counts == {"普通客户": 0, "VIP客户": 2, "经销商": 0}


def test_create_and_rename_refuse_duplicate_names_whatever_the_case(services):
    admin = login_admin(services)
    shop = services.customer_groups.create_group(admin, " Shop 客户 ")
    assert (shop.name, shop.customer_count) == ("Shop 客户", 0)
    assert services.customer_groups.list_groups(admin)[-1] == shop
    for name in ("shop 客户", "SHOP 客户", "VIP客户"):
        with pytest.raises(Conflict):
            services.customer_groups.create_group(admin, name)
    with pytest.raises(Conflict):
        services.customer_groups.rename_group(admin, shop.id, "vip客户")
    for bad in ("", "   ", "组" * 65):
        with pytest.raises(ValidationError):
            services.customer_groups.create_group(admin, bad)

    services.customer_groups.rename_group(admin, shop.id, "SHOP 客户")  # only the case changes
    services.customer_groups.rename_group(admin, shop.id, "门店客户")
    assert services.customer_groups.list_groups(admin)[-1].name == "门店客户"
    trail = [a for a in audit_actions(services, admin) if a[0] == "customer_group.rename"]
    assert trail == [
        ("customer_group.rename", "Shop 客户", "SHOP 客户"),
        ("customer_group.rename", "SHOP 客户", "门店客户"),
    ]
    with pytest.raises(NotFound):
        services.customer_groups.rename_group(admin, 9999, "无")


def test_deleting_a_group_keeps_its_customers_without_a_group(services):
    admin = login_admin(services)
    dealers = next(g for g in services.customer_groups.list_groups(admin) if g.name == "经销商")
    members = [
        new_customer(services, admin, f"经销商{i}", group_id=dealers.id).customer for i in range(3)
    ]
    other = new_customer(services, admin, "普通", group_id=dealers.id - 2).customer

    assert services.customer_groups.delete_group(admin, dealers.id) == 3
    assert "经销商" not in [g.name for g in services.customer_groups.list_groups(admin)]
    assert Customer.select().count() == 4
    for card in members:
        kept = services.customers.get(admin, card.id)
        assert (kept.group_id, kept.group_name, kept.name) == (None, "", card.name)
    no_group = services.customers.list_page(admin, CustomerFilter(no_group=True))
    assert [r.id for r in no_group] == [c.id for c in members]
    assert services.customers.get(admin, other.id).group_id == other.group_id
    assert ("customer_group.delete", "经销商", encode_detail({"customers": 3})) in audit_actions(
        services, admin
    )
    with pytest.raises(NotFound):
        services.customer_groups.delete_group(admin, dealers.id)


def test_bulk_move_puts_customers_into_a_group_or_none_and_counts_changes(services):
    admin = login_admin(services)
    normal, vip, _ = (g.id for g in services.customer_groups.list_groups(admin))
    a = new_customer(services, admin, "甲", group_id=normal).customer
    b = new_customer(services, admin, "乙").customer
    c = new_customer(services, admin, "丙", group_id=vip).customer
    untouched = new_customer(services, admin, "丁", group_id=normal).customer

    assert services.customer_groups.move_customers(admin, [a.id, b.id, c.id, a.id], vip) == 2
    assert {services.customers.get(admin, i).group_id for i in (a.id, b.id, c.id)} == {vip}
    assert services.customers.get(admin, untouched.id).group_id == normal
    assert services.customer_groups.move_customers(admin, [a.id, b.id], None) == 2
    assert services.customer_groups.move_customers(admin, [a.id, b.id], None) == 0
    assert services.customers.get(admin, a.id).group_id is None
    assert services.customer_groups.move_customers(admin, [], vip) == 0
    with pytest.raises(NotFound):
        services.customer_groups.move_customers(admin, [a.id], 9999)
    assert services.customers.get(admin, a.id).group_id is None


@pytest.mark.slow
def test_a_large_selection_moves_in_one_go(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    vip = services.customer_groups.list_groups(admin)[1].id
    ids = [new_customer(services, admin, f"客户{i}").customer.id for i in range(1203)]
    assert services.customer_groups.move_customers(admin, ids, vip) == 1203
    assert services.customers.count(admin, CustomerFilter(group_id=vip)) == 1203
