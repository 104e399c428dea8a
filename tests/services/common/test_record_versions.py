"""No lost update: a save names the version its form was loaded from; a save from an older
version is refused (StaleRecord, saying who changed the record and when), nothing of it is
written, and a save from the current version goes through. On SQLite, PostgreSQL and MariaDB."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.sale_helpers import customer, product, sale
from tests.support.service_order_helpers import finish, order_input, take
from yuntian.db.models import AuditEntry, Customer, CustomerPhone, Sale, ServiceOrder
from yuntian.db.models import ServiceOrderTechnician as Tech
from yuntian.services.common.errors import NotFound
from yuntian.services.common.record_versions import OVERWRITE, StaleRecord
from yuntian.services.customers.customer_types import CustomerDetail, CustomerInput, PhoneInput
from yuntian.services.sales.sale_types import SaleInput, SaleView
from yuntian.services.service_orders.service_order_types import CompletionInput


@pytest.fixture
def people(services):
    admin = login_admin(services)
    salesperson(services, admin, "wangfang", "王芳")
    return admin, services.auth.login("wangfang", "Sales-123")


def _customer_input(name: str, phone: str, email: str = "") -> CustomerInput:
    return CustomerInput(name=name, phones=(PhoneInput(phone),), email=email)


def test_a_customer_saved_from_an_older_version_is_refused_and_nothing_written(
    services, people, clock
):
    admin, wang = people
    opened = new_customer(services, admin, "张三", "13800138000").customer
    assert opened.version == 1
    customers = services.customers

    clock.advance(minutes=7)
    first = customers.update(
        wang, opened.id, _customer_input("张三", "13800138000", "zhang@example.cn"), version=1
    ).customer
    assert first.version == 2 and first.email == "zhang@example.cn"
    audit_rows = AuditEntry.select().count()

    # The administrator's form still holds version 1: another name and number are refused.
    with pytest.raises(StaleRecord) as info:
        customers.update(admin, opened.id, _customer_input("张三丰", "13900139000"), version=1)
    stale = info.value
    assert (stale.kind, stale.changed_by, stale.changed_at) == ("customer", "王芳", clock.now)
    assert stale.record == f"{opened.code} 张三"
    assert isinstance(stale.current, CustomerDetail) and stale.current.version == 2
    assert stale.current.email == "zhang@example.cn"
    assert "王芳" in str(stale) and opened.code in str(stale)
    stored = Customer.get_by_id(opened.id)
    assert (stored.name, stored.email, stored.version) == ("张三", "zhang@example.cn", 2)
    numbers = CustomerPhone.select(CustomerPhone.number).where(CustomerPhone.customer == opened.id)
    assert [p.number for p in numbers] == ["+8613800138000"]
    assert AuditEntry.select().count() == audit_rows  # no audit entry for a refused save

    # Saved from the current version: through, and the version moves on by one each time.
    again = customers.update(
        admin, opened.id, _customer_input("张三丰", "13900139000", "zhang@example.cn"), version=2
    ).customer
    assert (again.name, again.version) == ("张三丰", 3)
    assert customers.get(admin, opened.id).version == 3


def test_other_customer_writes_move_the_version_on(services, people):
    admin, _wang = people
    opened = new_customer(services, admin, "李四", "13800138001").customer
    customers = services.customers
    customers.add_phone(admin, opened.id, "62345678")  # from a call's pop-up
    assert customers.get(admin, opened.id).version == 2
    customers.set_blacklist(admin, opened.id, True, "多次恶意投诉")
    assert customers.get(admin, opened.id).version == 3
    with pytest.raises(StaleRecord):  # the editor opened before both
        customers.update(admin, opened.id, _customer_input("李四", "13800138001"), version=1)
    assert Customer.get_by_id(opened.id).blacklisted
    # An import or tool that means to overwrite says so.
    tool = customers.update(
        admin, opened.id, _customer_input("李四", "13800138001"), version=OVERWRITE
    )
    assert tool.customer.version == 4 and not tool.customer.blacklisted


def test_a_missing_customer_is_not_found_not_stale(services, people):
    admin, _wang = people
    with pytest.raises(NotFound):
        services.customers.update(admin, 987654, _customer_input("谁", "13800138002"), version=1)
    with pytest.raises(TypeError):
        services.customers.update(admin, 1, _customer_input("谁", "13800138002"), version=None)


def test_a_service_order_saved_from_an_older_version_is_refused_and_nothing_written(
    services, people, clock
):
    admin, wang = people
    buyer = customer(services, admin)
    orders = services.service_orders
    opened = take(services, admin, buyer, contact_name="王先生")
    assert opened.version == 1

    clock.advance(minutes=3)
    first = orders.update(
        admin, opened.id, order_input(buyer, contact_name="王先生", fault="外机异响"), version=1
    )
    assert (first.fault, first.version) == ("外机异响", 2)
    with pytest.raises(StaleRecord) as info:
        orders.update(
            wang,
            opened.id,
            order_input(buyer, contact_name="王太太", outside_purchase=None, priority=1),
            version=1,
        )
    stale = info.value
    assert stale.kind == "service_order" and stale.changed_at == clock.now
    assert stale.changed_by == (admin.display_name or admin.username)
    assert stale.current.fault == "外机异响" and stale.current.version == 2
    stored = ServiceOrder.get_by_id(opened.id)
    assert (stored.contact_name, stored.fault, stored.priority, stored.version) == (
        "王先生",
        "外机异响",
        opened.priority,
        2,
    )

    # A state change moves the version on too: an editor opened before it cannot undo it.
    dispatched = orders.dispatch(admin, [opened.id])[0]
    assert dispatched.version == 3
    with pytest.raises(StaleRecord):
        orders.update(admin, opened.id, order_input(buyer, fault="再改"), version=2)
    done = finish(services, admin, opened.id)
    assert done.version == 4
    saved = orders.update(admin, opened.id, order_input(buyer, fault="完成后更正"), version=4)
    assert (saved.fault, saved.version) == ("完成后更正", 5)
    assert Tech.select().where(Tech.order == opened.id).count() == 0


def test_a_sale_saved_from_an_older_version_is_refused_and_nothing_written(services, people, clock):
    admin, _wang = people
    buyer, model = customer(services, admin), product(services, admin)
    opened = sale(services, admin, buyer, model, "1000.00", serial_number="SN-1")
    assert opened.version == 1
    sales = services.sales

    def form(view: SaleView, **changes: object) -> SaleInput:
        values = dict(
            customer_id=view.customer_id,
            sale_date=view.sale_date,
            product_model_id=view.product_model_id,
            unit_price=view.unit_price,
            serial_number=view.serial_number,
            notes=view.notes,
        )
        return SaleInput(**(values | changes))

    clock.advance(minutes=2)
    first = sales.update(admin, opened.id, form(opened, serial_number="SN-2"), version=1)
    assert (first.serial_number, first.version) == ("SN-2", 2)
    with pytest.raises(StaleRecord) as info:
        sales.update(admin, opened.id, form(opened, unit_price=D("1.00"), notes="改价"), version=1)
    assert info.value.kind == "sale" and info.value.current.serial_number == "SN-2"
    assert info.value.changed_at == clock.now
    stored = Sale.get_by_id(opened.id)
    assert (stored.serial_number, stored.notes, stored.version) == ("SN-2", "", 2)
    assert sales.get(admin, opened.id).unit_price == D("1000.00")

    voided = sales.void(admin, opened.id, "录入重复")  # a void moves the version on too
    assert voided.version == 3
    with pytest.raises(StaleRecord):
        sales.update(admin, opened.id, form(first, notes="作废后"), version=2)


def test_a_message_saved_from_an_older_version_is_refused_and_nothing_written(
    services, people, clock
):
    admin, wang = people
    messages = services.messages
    opened = messages.create(
        admin,
        customer_id=None,
        call_id=None,
        caller_name="王先生",
        number="13800138000",
        for_user_id=None,
        text="请回电",
        callback_wanted=True,
    )
    assert opened.version == 1
    clock.advance(minutes=1)
    first = messages.update(
        admin, opened.id, None, "王先生", "13800138000", None, "明天上午回电", True, version=1
    )
    assert (first.text, first.version) == ("明天上午回电", 2)
    with pytest.raises(StaleRecord) as info:
        messages.update(
            admin, opened.id, None, "王太太", "13900139000", None, "请回电", False, version=1
        )
    assert info.value.kind == "message" and info.value.current.text == "明天上午回电"
    stored = messages.get(admin, opened.id)
    assert (stored.caller_name, stored.number, stored.callback_wanted, stored.version) == (
        "王先生",
        "13800138000",
        True,
        2,
    )
    assert messages.mark_handled(wang, [opened.id]) == 1  # handled moves the version on
    assert messages.get(admin, opened.id).version == 3


def test_a_memo_and_an_intention_saved_from_an_older_version_are_refused(services, people, clock):
    admin, wang = people
    notes = services.customer_notes
    card = new_customer(services, admin, "赵六", "13800138003").customer
    memo = notes.add_memo(admin, card.id, "周末在家")
    intention = notes.add_intention(admin, card.id, "格力空调", None, None, "")
    assert (memo.version, intention.version) == (1, 1)

    clock.advance(minutes=4)
    first = notes.update_memo(wang, memo.id, "只在周日在家", version=1)
    assert first.version == 2
    with pytest.raises(StaleRecord) as info:
        notes.update_memo(admin, memo.id, "工作日也在", version=1)
    assert (info.value.kind, info.value.changed_by, info.value.changed_at) == (
        "memo",
        "王芳",
        clock.now,
    )
    assert info.value.current.text == "只在周日在家"
    assert [m.text for m in services.customers.get(admin, card.id).memos] == ["只在周日在家"]

    moved = notes.update_intention(wang, intention.id, "美的空调", D("3000"), None, "", version=1)
    assert moved.version == 2
    with pytest.raises(StaleRecord) as info:
        notes.update_intention(admin, intention.id, "海尔冰箱", None, None, "急", version=1)
    assert info.value.kind == "intention" and info.value.current.product == "美的空调"
    stored = services.customers.get(admin, card.id).intentions[0]
    assert (stored.product, stored.budget, stored.note, stored.version) == (
        "美的空调",
        D("3000.00"),
        "",
        2,
    )


def test_two_people_completing_one_order_the_second_is_refused(services, people):
    admin, wang = people
    buyer = customer(services, admin)
    orders = services.service_orders
    opened = take(services, admin, buyer)
    done = orders.complete(
        wang, opened.id, CompletionInput(work_done="换电容", result="已修复"), version=1
    )
    assert done.version == 2 and done.state.value == "completed"
    with pytest.raises(StaleRecord) as info:
        orders.complete(
            admin, opened.id, CompletionInput(work_done="清洗", result="正常"), version=1
        )
    assert info.value.current.work_done == "换电容"
    stored = ServiceOrder.get_by_id(opened.id)
    assert (stored.work_done, stored.result, stored.completed_by_id, stored.version) == (
        "换电容",
        "已修复",
        wang.user_id,
        2,
    )
