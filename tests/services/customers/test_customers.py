"""Customer records: create and edit with several numbers, duplicate numbers, archive instead of
delete, blacklist, keyed paging of the list."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import audit_actions, new_customer, salesperson
from yuntian.db.models import Customer, CustomerAddress, CustomerContact, CustomerPhone
from yuntian.phone_numbers import normalize
from yuntian.services.common.errors import NotFound, ValidationError
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import (
    SORT_KEYS,
    AddressInput,
    ContactInput,
    CustomerFilter,
    CustomerInput,
    PhoneInput,
)


def group_id(services, admin, name: str) -> int:
    return next(g.id for g in services.customer_groups.list_groups(admin) if g.name == name)


# --- create and update ------------------------------------------------------------------------


def test_create_keeps_several_numbers_addresses_and_contacts(services, clock):
    admin = login_admin(services)
    vip = group_id(services, admin, "VIP客户")
    seller = salesperson(services, admin, "liu", "刘销售")
    data = CustomerInput(
        name=" 张三丰 ",
        phones=(
            PhoneInput("138 0013 8000"),
            PhoneInput("6234 5678"),  # local number: the profile's area code is 010
            PhoneInput("(010)62345679", kind="fax"),
        ),
        addresses=(
            AddressInput("北京市", "北京市", "海淀区", "中关村大街1号"),
            AddressInput("河北省", "廊坊市", "三河市", "燕郊开发区"),
        ),
        contacts=(ContactInput("张小红", "女儿", "13900139000"), ContactInput("王师傅")),
        email="zsf@163.com",
        other_contact="微信: zsf_1",
        group_id=vip,
        salesperson_id=seller,
        notes="上门前先打电话",
    )
    result = services.customers.create(admin, data)
    card = result.customer
    assert result.duplicates == ()
    assert card.code == "KH000001"
    assert card.name == "张三丰"
    assert [(p.raw, p.number, p.kind) for p in card.phones] == [
        ("138 0013 8000", "+8613800138000", "mobile"),
        ("6234 5678", "+861062345678", "landline"),
        ("(010)62345679", "+861062345679", "fax"),
    ]
    mobile = normalize("13800138000")
    assert card.phones[0].region == mobile.region != ""
    assert card.phones[0].carrier == mobile.carrier != ""
    assert [a.text for a in card.addresses] == [
        "北京市海淀区中关村大街1号",
        "河北省廊坊市三河市燕郊开发区",
    ]
    assert [(c.name, c.title, c.phone) for c in card.contacts] == [
        ("张小红", "女儿", "13900139000"),
        ("王师傅", "", ""),
    ]
    assert (card.group_id, card.group_name) == (vip, "VIP客户")
    assert (card.salesperson_id, card.salesperson_name) == (seller, "刘销售")
    assert (card.email, card.other_contact, card.notes) == (
        "zsf@163.com",
        "微信: zsf_1",
        "上门前先打电话",
    )
    assert card.created_by == admin.display_name
    assert card.created_at == clock.now.replace(microsecond=0)
    assert not card.archived and not card.blacklisted
    assert services.customers.get(admin, card.id) == card

    second = new_customer(services, admin, "李四").customer
    assert second.code == "KH000002"
    assert second.phones == () and second.group_id is None and second.group_name == ""


def test_update_replaces_numbers_addresses_and_contacts(services):
    admin = login_admin(services)
    card = new_customer(
        services,
        admin,
        "王五",
        "13800138000",
        "13900139000",
        addresses=(AddressInput(street="旧地址"),),
        contacts=(ContactInput("老联系人"),),
    ).customer
    changed = CustomerInput(
        name="王五（搬家）",
        phones=(PhoneInput("13700137000"),),
        addresses=(AddressInput("上海市", "上海市", "浦东新区", "世纪大道100号"),),
        email="",
    )
    updated = services.customers.update(admin, card.id, changed, version=card.version).customer
    assert updated.code == card.code and updated.created_at == card.created_at
    assert updated.name == "王五（搬家）"
    assert [p.number for p in updated.phones] == ["+8613700137000"]
    assert [a.text for a in updated.addresses] == ["上海市浦东新区世纪大道100号"]
    assert updated.contacts == ()
    assert CustomerPhone.select().where(CustomerPhone.customer == card.id).count() == 1
    assert CustomerContact.select().where(CustomerContact.customer == card.id).count() == 0
    # Nobody owns the old numbers any more.
    assert services.customers.check_numbers(admin, ["13800138000", "13900139000"]) == []


def test_the_same_number_typed_twice_is_kept_once(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    card = new_customer(services, admin, "赵六", "13800138000", "+86 138-0013-8000", "  ").customer
    assert [p.raw for p in card.phones] == ["13800138000"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput(name="  "), "name"),
        (CustomerInput(name="名" * 65), "name"),
        (CustomerInput(name="张三", email="not-an-address"), "email"),
        (CustomerInput(name="张三", email="a@b"), "email"),
        (CustomerInput(name="张三", email="x" * 121 + "@163.com"), "email"),
        (CustomerInput(name="张三", other_contact="Q" * 129), "other_contact"),
        (CustomerInput(name="张三", phones=(PhoneInput("Anonymous"),)), "phones"),
        (CustomerInput(name="张三", phones=(PhoneInput("电话"),)), "phones"),
        (CustomerInput(name="张三", phones=(PhoneInput("1" * 65),)), "phones"),
        (CustomerInput(name="张三", phones=(PhoneInput("13800138000", "pager"),)), "phones"),
        (CustomerInput(name="张三", addresses=(AddressInput(province="省" * 33),)), "addresses"),
        (CustomerInput(name="张三", addresses=(AddressInput(street="路" * 256),)), "addresses"),
        (CustomerInput(name="张三", contacts=(ContactInput("", "经理", "139"),)), "contacts"),
        (
            CustomerInput(name="张三", blacklisted=True, blacklist_reason="因" * 256),
            "blacklist_reason",
        ),
        (CustomerInput(name="张三", notes="注" * 4001), "notes"),
        (CustomerInput(name="张三", group_id=9999), "group"),
        (CustomerInput(name="张三", salesperson_id=9999), "salesperson"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_stored(sqlite_services, data, field):
    services = sqlite_services
    admin = login_admin(services)
    with pytest.raises(ValidationError) as info:
        services.customers.create(admin, data)
    assert info.value.field == field
    assert Customer.select().count() == 0
    assert CustomerPhone.select().count() == 0


def test_a_disabled_user_cannot_become_a_salesperson_but_stays_where_he_is(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    seller = salesperson(services, admin, "gone", "离职员工")
    card = new_customer(services, admin, "老客户", salesperson_id=seller).customer
    info = next(u for u in services.users.list_users(admin) if u.id == seller)
    services.users.update_user(
        admin,
        seller,
        display_name=info.display_name,
        role_ids=list(info.role_ids),
        active=False,
        version=OVERWRITE,
    )
    assert seller not in [i for i, _ in services.customers.salespeople(admin)]
    with pytest.raises(ValidationError):
        new_customer(services, admin, "新客户", salesperson_id=seller)
    kept = services.customers.update(
        admin, card.id, CustomerInput(name="老客户改名", salesperson_id=seller), version=OVERWRITE
    ).customer
    assert kept.salesperson_name == "离职员工"


def test_get_and_update_of_a_missing_customer_say_not_found(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    with pytest.raises(NotFound):
        services.customers.get(admin, 12345)
    with pytest.raises(NotFound):
        services.customers.update(admin, 12345, CustomerInput(name="谁"), version=1)
    with pytest.raises(NotFound):
        services.customers.delete(admin, 12345)


def test_salespeople_are_the_active_users_by_pinyin(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    b = salesperson(services, admin, "bbb", "乙")
    a = salesperson(services, admin, "aaa", "甲")
    people = services.customers.salespeople(admin)
    assert (a, "甲") in people and (b, "乙") in people
    # 甲 jia, 系统管理员 xi..., 乙 yi: not by character code (乙 U+4E59 < 甲 U+7532)
    assert people == [(a, "甲"), (admin.user_id, "系统管理员"), (b, "乙")]


# --- shared numbers ---------------------------------------------------------------------------


def test_a_number_another_customer_owns_is_flagged_but_saved(services):
    admin = login_admin(services)
    first = new_customer(services, admin, "张三", "010-62345678", "13800138000").customer
    result = new_customer(services, admin, "张三的妻子", "+86 10 6234 5678", "13900139000")
    second = result.customer
    assert [(d.raw, d.number) for d in result.duplicates] == [("+86 10 6234 5678", "+861062345678")]
    (owner,) = result.duplicates[0].owners
    assert (owner.id, owner.code, owner.name) == (first.id, first.code, "张三")
    assert [p.shared_with for p in second.phones] == [(owner,), ()]
    # Both now own the line, each seeing the other.
    again = services.customers.get(admin, first.id)
    assert [r.name for r in again.phones[0].shared_with] == ["张三的妻子"]
    assert again.phones[1].shared_with == ()

    hints = services.customers.check_numbers(admin, ["62345678", "13700137000"])
    assert [(h.raw, [o.id for o in h.owners]) for h in hints] == [
        ("62345678", [first.id, second.id])
    ]
    # A customer does not share a number with itself while being edited.
    mine = services.customers.check_numbers(admin, ["13800138000"], exclude_customer_id=first.id)
    assert mine == []
    edited = services.customers.update(
        admin,
        second.id,
        CustomerInput(name="张三的妻子", phones=(PhoneInput("62345678"),)),
        version=OVERWRITE,
    )
    assert [[o.id for o in d.owners] for d in edited.duplicates] == [[first.id]]


def test_archived_customers_no_longer_count_as_owners(services):
    admin = login_admin(services)
    old = new_customer(services, admin, "旧主人", "13800138000").customer
    services.customer_notes.add_memo(admin, old.id, "有记录")
    assert services.customers.delete(admin, old.id) == "archived"
    assert new_customer(services, admin, "新主人", "13800138000").duplicates == ()


# --- delete, archive, restore, blacklist ------------------------------------------------------


def test_a_customer_without_history_is_really_deleted(services):
    admin = login_admin(services)
    card = new_customer(
        services,
        admin,
        "临时客户",
        "13800138000",
        addresses=(AddressInput(street="某路1号"),),
        contacts=(ContactInput("某人"),),
    ).customer
    assert services.customers.delete(admin, card.id) == "deleted"
    assert not Customer.select().where(Customer.id == card.id).exists()
    for model in (CustomerPhone, CustomerAddress, CustomerContact):
        assert model.select().count() == 0
    with pytest.raises(NotFound):
        services.customers.get(admin, card.id)
    assert ("customer.delete", f"{card.code} 临时客户", "") in audit_actions(services, admin)


def test_a_customer_with_history_is_archived_hidden_and_restorable(services):
    admin = login_admin(services)
    kept = new_customer(services, admin, "老客户", "13800138000").customer
    other = new_customer(services, admin, "别的客户").customer
    services.customer_notes.add_intention(admin, kept.id, "格力空调", None, None, "")
    assert services.customers.delete(admin, kept.id) == "archived"
    assert services.customers.delete(admin, kept.id) == "archived"  # again: nothing more

    card = services.customers.get(admin, kept.id)
    assert card.archived and [p.number for p in card.phones] == ["+8613800138000"]
    assert len(card.intentions) == 1
    listed = services.customers.list_page(admin, CustomerFilter())
    assert [r.id for r in listed] == [other.id]
    assert services.customers.count(admin, CustomerFilter()) == 1
    everyone = services.customers.list_page(admin, CustomerFilter(include_archived=True))
    assert [(r.id, r.archived) for r in everyone] == [(kept.id, True), (other.id, False)]
    assert services.customers.count(admin, CustomerFilter(include_archived=True)) == 2

    services.customers.restore(admin, kept.id)
    services.customers.restore(admin, kept.id)  # not archived: nothing to do
    assert not services.customers.get(admin, kept.id).archived
    assert services.customers.count(admin, CustomerFilter()) == 2
    trail = [
        a
        for a in audit_actions(services, admin)
        if a[0] in ("customer.archive", "customer.restore")
    ]
    assert trail == [
        ("customer.archive", f"{kept.code} 老客户", ""),
        ("customer.restore", f"{kept.code} 老客户", ""),
    ]


def test_blacklisting_is_kept_with_its_reason_filtered_and_audited(services):
    admin = login_admin(services)
    bad = new_customer(services, admin, "恶意客户").customer
    good = new_customer(services, admin, "好客户").customer
    services.customers.set_blacklist(admin, bad.id, True, " 多次恶意投诉 ")
    card = services.customers.get(admin, bad.id)
    assert card.blacklisted and card.blacklist_reason == "多次恶意投诉"
    black = services.customers.list_page(admin, CustomerFilter(blacklisted=True))
    assert [(r.id, r.blacklisted) for r in black] == [(bad.id, True)]
    white = services.customers.list_page(admin, CustomerFilter(blacklisted=False))
    assert [r.id for r in white] == [good.id]

    services.customers.set_blacklist(admin, bad.id, True, "多次恶意投诉")  # unchanged: no entry
    services.customers.set_blacklist(admin, bad.id, False, "ignored")
    card = services.customers.get(admin, bad.id)
    assert not card.blacklisted and card.blacklist_reason == ""

    created = new_customer(
        services, admin, "拖欠客户", blacklisted=True, blacklist_reason="拖欠维修费用不还"
    ).customer
    services.customers.update(admin, created.id, CustomerInput(name="拖欠客户"), version=OVERWRITE)
    trail = [a for a in audit_actions(services, admin) if a[0].startswith("customer.")]
    assert trail == [
        ("customer.create", f"{bad.code} 恶意客户", ""),
        ("customer.create", f"{good.code} 好客户", ""),
        ("customer.blacklist", f"{bad.code} 恶意客户", "多次恶意投诉"),
        ("customer.unblacklist", f"{bad.code} 恶意客户", ""),
        ("customer.create", f"{created.code} 拖欠客户", ""),
        ("customer.blacklist", f"{created.code} 拖欠客户", "拖欠维修费用不还"),
        ("customer.edit", f"{created.code} 拖欠客户", ""),
        ("customer.unblacklist", f"{created.code} 拖欠客户", ""),
    ]


# --- the list: rows, filters, keyed paging ----------------------------------------------------

NAMES = (
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "杨磊",
    "赵敏",
    "黄强",
    "周杰",
    "吴霞",
    "徐明",
    "孙丽",
)


@pytest.fixture
def many(services, clock):
    """~120 customers over ten days with repeated names and timestamps (ties to break)."""
    admin = login_admin(services)
    groups = [None, *(g.id for g in services.customer_groups.list_groups(admin))]
    sellers = [
        None,
        salesperson(services, admin, "s1", "业务一"),
        salesperson(services, admin, "s2", "业务二"),
    ]
    start = clock.now
    for i in range(120):
        if i % 3:  # every third customer is created in the same second as the one before
            clock.advance(minutes=97 + (i * 37) % 300)
        new_customer(
            services,
            admin,
            NAMES[(i * 7) % len(NAMES)] + ("" if i % 4 else str(i % 5)),
            f"1380013{i:04d}",
            addresses=(AddressInput("北京市", "北京市", "朝阳区", f"建国路{i}号"),),
            group_id=groups[i % len(groups)],
            salesperson_id=sellers[(i // 2) % len(sellers)],
            blacklisted=i % 11 == 0,
            blacklist_reason="欠费" if i % 11 == 0 else "",
        )
    archived = Customer.select(Customer.id).where(Customer.code == "KH000005").scalar()
    services.customer_notes.add_memo(admin, archived, "x")
    services.customers.delete(admin, archived)
    return services, admin, groups, sellers, start


def _filters(groups, sellers, start) -> dict[str, CustomerFilter]:
    day3 = (start + dt.timedelta(days=3)).date()
    return {
        "all": CustomerFilter(),
        "with archived": CustomerFilter(include_archived=True),
        "group": CustomerFilter(group_id=groups[2]),
        "no group": CustomerFilter(no_group=True),
        "salesperson": CustomerFilter(salesperson_id=sellers[1]),
        "blacklisted": CustomerFilter(blacklisted=True),
        "period": CustomerFilter(created_from=day3, created_to=day3 + dt.timedelta(days=2)),
        "combined": CustomerFilter(
            group_id=groups[1], salesperson_id=sellers[2], blacklisted=False
        ),
    }


def _matches(row: Customer, flt: CustomerFilter) -> bool:
    created = row.created_at.date()
    return (
        (flt.include_archived or not row.archived)
        and (not flt.no_group or row.group_id is None)
        and (flt.group_id is None or row.group_id == flt.group_id)
        and (flt.salesperson_id is None or row.salesperson_id == flt.salesperson_id)
        and (flt.blacklisted is None or row.blacklisted == flt.blacklisted)
        and (flt.created_from is None or created >= flt.created_from)
        and (flt.created_to is None or created <= flt.created_to)
    )


def _expected(services, flt: CustomerFilter, sort: str, descending: bool) -> list[int]:
    """The filter applied in Python; the order is the database's own (its collation decides
    the order of names), ties broken by id."""
    order = {
        cid: position
        for position, (cid,) in enumerate(
            Customer.select(Customer.id).order_by(getattr(Customer, sort), Customer.id).tuples()
        )
    }
    rows = [c for c in Customer.select() if _matches(c, flt)]
    ids = [c.id for c in sorted(rows, key=lambda c: order[c.id])]
    if descending:
        # Descending by value, ties still broken by id descending: the exact reverse.
        ids.reverse()
    return ids


@pytest.mark.slow
def test_keyed_pages_return_every_row_once_in_order_for_every_sort_and_filter(many):
    services, admin, groups, sellers, start = many
    for (name, flt), sort, descending in itertools.product(
        _filters(groups, sellers, start).items(), SORT_KEYS, (False, True)
    ):
        expected = _expected(services, flt, sort, descending)
        assert expected, name  # every filter lets some customers through
        seen, key = [], None
        while True:
            page = services.customers.list_page(admin, flt, sort, descending, key, limit=7)
            assert len(page) <= 7
            seen += [r.id for r in page]
            if len(page) < 7:
                break
            key = services.customers.page_key(page[-1], sort)
        assert seen == expected, (name, sort, descending)
        assert services.customers.count(admin, flt) == len(expected), name


@pytest.mark.slow
def test_codes_and_dates_sort_like_python(many):
    services, admin, _, _, _ = many
    rows = services.customers.list_page(admin, CustomerFilter(), "created_at", limit=1000)
    assert [(r.created_at, r.id) for r in rows] == sorted((r.created_at, r.id) for r in rows)
    assert len({r.created_at for r in rows}) < len(rows)  # ties exist and were broken by id
    rows = services.customers.list_page(admin, CustomerFilter(), "code", True, limit=1000)
    assert [r.code for r in rows] == sorted((r.code for r in rows), reverse=True)


def test_names_sort_by_code_point_on_sqlite(sqlite_services, clock):
    services = sqlite_services
    admin = login_admin(services)
    for name in ("王芳", "张伟", "李娜", "王芳", "Amy", "张伟"):
        new_customer(services, admin, name)
    rows = services.customers.list_page(admin, CustomerFilter(), "name", limit=3)
    rows += services.customers.list_page(
        admin, CustomerFilter(), "name", after=services.customers.page_key(rows[-1], "name")
    )
    assert [(r.name, r.id) for r in rows] == sorted((r.name, r.id) for r in rows)


def test_a_list_row_shows_first_number_region_address_group_and_salesperson(services):
    admin = login_admin(services)
    seller = salesperson(services, admin, "s9", "业务员甲")
    card = new_customer(
        services,
        admin,
        "列表客户",
        "62345678",
        "13800138000",
        addresses=(
            AddressInput("广东省", "深圳市", "南山区", "科技园"),
            AddressInput(street="二号"),
        ),
        group_id=group_id(services, admin, "经销商"),
        salesperson_id=seller,
    ).customer
    bare = new_customer(services, admin, "无号码客户").customer
    rows = services.customers.rows_by_ids(admin, [bare.id, 999_999, card.id])
    assert [r.id for r in rows] == [bare.id, card.id]  # the order asked for; missing left out
    row = rows[1]
    assert (row.code, row.name, row.group_name, row.salesperson_name) == (
        card.code,
        "列表客户",
        "经销商",
        "业务员甲",
    )
    assert row.phone == "62345678"
    assert row.region == normalize("010-62345678").region != ""
    assert row.address == "广东省深圳市南山区科技园"
    assert not row.blacklisted and not row.archived
    assert row.created_at == card.created_at
    assert (rows[0].phone, rows[0].region, rows[0].address, rows[0].group_name) == ("", "", "", "")


def test_the_created_period_includes_its_last_day(sqlite_services, clock):
    services = sqlite_services
    admin = login_admin(services)
    clock.now = dt.datetime(2026, 3, 1, 23, 59, 59)
    late = new_customer(services, admin, "月底最后一秒").customer
    clock.now = dt.datetime(2026, 3, 2, 0, 0, 0)
    new_customer(services, admin, "次日零点")
    flt = CustomerFilter(created_from=dt.date(2026, 3, 1), created_to=dt.date(2026, 3, 1))
    assert [r.id for r in services.customers.list_page(admin, flt)] == [late.id]


def test_unknown_sort_keys_are_a_programming_error(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    with pytest.raises(ValueError):
        services.customers.list_page(admin, CustomerFilter(), sort="email")
    row = services.customers.rows_by_ids(admin, [new_customer(services, admin, "甲").customer.id])
    with pytest.raises(ValueError):
        services.customers.page_key(row[0], "phone")


def test_add_phone_appends_the_callers_number_once(services):
    admin = login_admin(services)
    owner = new_customer(services, admin, "王五", "13800138000").customer.id
    other = new_customer(services, admin, "赵六", "010-6234 5678").customer.id

    saved = services.customers.add_phone(admin, owner, "(010)62345678")
    assert [p.number for p in saved.customer.phones] == ["+8613800138000", "+861062345678"]
    assert [d.raw for d in saved.duplicates] == ["(010)62345678"]  # 赵六 has it too
    owners = services.customer_lookup.lookup(admin, "01062345678").customers
    assert [c.id for c in owners] == [other, owner]  # his first number before her second
    again = services.customers.add_phone(admin, owner, "010 6234 5678")
    assert len(again.customer.phones) == 2
    hits = services.customer_search.search(admin, "62345678").hits
    assert [h.row.id for h in hits].count(owner) == 1
    with pytest.raises(ValidationError) as refused:
        services.customers.add_phone(admin, owner, "Anonymous")
    assert refused.value.field == "phones"
