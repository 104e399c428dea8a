"""After-sales service orders (售后服务单): taking, the state machine, warranty, fees, the
product not bought here, lists with counts, overdue, permissions that depend on the state."""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import actor_without, database_examples, login_admin
from tests.support.customer_helpers import audit_actions, new_customer
from tests.support.service_order_helpers import (
    FAULT,
    D,
    customer,
    finish,
    in_state,
    order_input,
    product,
    sale,
    take,
    technician,
)
from yuntian.db.models import ServiceOrder
from yuntian.services.common.errors import NotFound, PermissionDenied, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import AddressInput
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.services.service_orders.service_order_types import (
    TRANSITIONS,
    CompletionInput,
    OrderAction,
    OrderState,
    OutsidePurchase,
    ServiceOrderFilter,
    Warranty,
    allowed,
    permission_for,
)

S, A = OrderState, OrderAction


@pytest.fixture
def shop(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    return services, admin, customer(services, admin)


def _act(services, admin, action: OrderAction, order_id: int, buyer: int):
    orders = services.service_orders
    return {
        A.EDIT: lambda: orders.update(
            admin, order_id, order_input(buyer, fault="重新描述"), version=OVERWRITE
        ),
        A.DISPATCH: lambda: orders.dispatch(admin, [order_id])[0],
        A.COMPLETE: lambda: finish(services, admin, order_id),
        A.CANCEL: lambda: orders.cancel(admin, order_id, "客户取消"),
        A.AUDIT: lambda: orders.audit(admin, [order_id])[0],
        A.UNAUDIT: lambda: orders.unaudit(admin, [order_id])[0],
        A.DELETE: lambda: orders.delete(admin, order_id),
    }[action]()


def test_the_transition_table_is_the_issues_state_machine():
    moves = {(a, f, t) for a, m in TRANSITIONS.items() for f, t in m.items() if f is not t}
    assert moves == {
        (A.DISPATCH, S.PENDING, S.DISPATCHED),
        (A.COMPLETE, S.PENDING, S.COMPLETED),
        (A.COMPLETE, S.DISPATCHED, S.COMPLETED),
        (A.CANCEL, S.PENDING, S.CANCELLED),  # only before completion
        (A.CANCEL, S.DISPATCHED, S.CANCELLED),
        (A.AUDIT, S.COMPLETED, S.AUDITED),
        (A.UNAUDIT, S.AUDITED, S.COMPLETED),
        (A.DELETE, S.PENDING, None),
        (A.DELETE, S.CANCELLED, None),
    }
    # Changes that keep the state: editing an open or completed order (never an audited or
    # cancelled one) and correcting a completion.
    assert set(TRANSITIONS[A.EDIT]) == {S.PENDING, S.DISPATCHED, S.COMPLETED}
    assert S.COMPLETED in TRANSITIONS[A.COMPLETE]
    assert not any(S.AUDITED in m for a, m in TRANSITIONS.items() if a is not A.UNAUDIT)


@pytest.mark.parametrize("state", list(S), ids=str)
def test_every_action_from_every_state_follows_the_transition_table(shop, state):
    services, admin, buyer = shop
    orders = services.service_orders
    for action in [a for a in A if a is not A.CREATE]:
        order = in_state(services, admin, buyer, state)
        history = orders.events(admin, order.id)
        legal = allowed(action, state) or (action is A.DISPATCH and state is S.DISPATCHED)
        if not legal:
            with pytest.raises(ValidationError) as info:
                _act(services, admin, action, order.id, buyer)
            assert info.value.field == "state" and order.code in str(info.value)
            assert orders.get(admin, order.id) == order, (action, state)
            assert orders.events(admin, order.id) == history
            continue
        result = _act(services, admin, action, order.id, buyer)
        if action is A.DELETE:
            with pytest.raises(NotFound):
                orders.get(admin, order.id)
            assert not ServiceOrder.select().where(ServiceOrder.id == order.id).exists()
            continue
        if state is S.DISPATCHED and action is A.DISPATCH:  # a reprint: left as it was
            assert result == order and orders.events(admin, order.id) == history
            continue
        after = TRANSITIONS[action][state]
        assert result.state is after, (action, state)
        assert result.audited == (after is S.AUDITED)
        new = orders.events(admin, order.id)[len(history) :]
        assert [(e.from_state, e.to_state, e.user_name) for e in new] == [
            (state, after, admin.display_name)
        ]


@pytest.mark.parametrize("state", list(S), ids=str)
def test_permission_for_names_exactly_the_code_the_service_requires(shop, state):
    """The UI offers an action by ``permission_for``: holding every code but that one, the
    user is refused by the service and the order stays as it was."""
    services, admin, buyer = shop
    for action in [a for a in A if a is not A.CREATE and allowed(a, state)]:
        order = in_state(services, admin, buyer, state)
        code = permission_for(action, state)
        with pytest.raises(PermissionDenied):
            _act(services, actor_without(admin, code), action, order.id, buyer)
        assert services.service_orders.get(admin, order.id) == order, (action, state)


def test_a_whole_life_is_stamped_with_users_and_times(services, clock):
    admin = login_admin(services)
    buyer = customer(services, admin)
    crew = [technician(services, admin, f"t{i}", f"师傅{i}") for i in (1, 2)]
    orders = services.service_orders
    taken_at = clock.now.replace(microsecond=0)
    order = take(services, admin, buyer, technician_ids=(crew[1], crew[0], crew[1]))
    assert order.code == f"SH{clock.now:%Y%m%d}0001"
    assert (order.state, order.taken_by_name, order.taken_at) == (S.PENDING, "系统管理员", taken_at)
    assert order.technician_ids == (crew[1], crew[0])  # in the order chosen, once each
    assert order.technician_names == ("师傅2", "师傅1")
    clock.advance(hours=1)
    dispatched = orders.dispatch(admin, [order.id])[0]
    assert (dispatched.dispatched_by_id, dispatched.dispatched_at) == (
        admin.user_id,
        taken_at + dt.timedelta(hours=1),
    )
    clock.advance(hours=2)
    done = finish(services, admin, order.id, technician_ids=(crew[0],))
    assert (done.state, done.completed_at, done.technician_names) == (
        S.COMPLETED,
        taken_at + dt.timedelta(hours=3),
        ("师傅1",),
    )
    assert (done.fee_total, done.work_minutes, done.work_hours) == (D("115.60"), 90, D("1.50"))
    clock.advance(days=1)
    audited = orders.audit(admin, [order.id])[0]
    assert (audited.state, audited.audited, audited.audited_by_name) == (
        S.AUDITED,
        True,
        "系统管理员",
    )
    history = orders.events(admin, order.id)
    assert [(e.from_state, e.to_state) for e in history] == [
        (None, S.PENDING),
        (S.PENDING, S.DISPATCHED),
        (S.DISPATCHED, S.COMPLETED),
        (S.COMPLETED, S.AUDITED),
    ]
    assert [e.at - taken_at for e in history] == [dt.timedelta(hours=h) for h in (0, 1, 3, 27)]
    unaudited = orders.unaudit(admin, [order.id])[0]
    assert (unaudited.state, unaudited.audited, unaudited.audited_at) == (S.COMPLETED, False, None)
    actions = [a for a, t, _ in audit_actions(services, admin) if t == order.code]
    assert actions == [
        "service_order.create",
        "service_order.dispatch",
        "service_order.complete",
        "service_order.audit",
        "service_order.unaudit",
    ]


def test_cancelling_needs_a_reason_and_is_only_possible_before_completion(shop):
    services, admin, buyer = shop
    orders = services.service_orders
    order = in_state(services, admin, buyer, S.DISPATCHED)
    with pytest.raises(ValidationError) as info:
        orders.cancel(admin, order.id, "  \t")
    assert info.value.field == "reason"
    cancelled = orders.cancel(admin, order.id, "客户已自行修好")
    assert (cancelled.state, cancelled.cancel_reason, cancelled.cancelled_by_name) == (
        S.CANCELLED,
        "客户已自行修好",
        "系统管理员",
    )
    assert orders.events(admin, order.id)[-1].note == "客户已自行修好"
    for state in (S.COMPLETED, S.AUDITED, S.CANCELLED):
        late = in_state(services, admin, buyer, state)
        with pytest.raises(ValidationError):
            orders.cancel(admin, late.id, "太晚了")
        assert orders.get(admin, late.id).state is state


def test_audit_and_unaudit_many_are_all_or_nothing_naming_the_first_offender(shop):
    services, admin, buyer = shop
    orders = services.service_orders
    done = [in_state(services, admin, buyer, S.COMPLETED) for _ in range(3)]
    pending = in_state(services, admin, buyer, S.PENDING)
    with pytest.raises(ValidationError) as info:
        orders.audit(admin, [done[0].id, pending.id, done[1].id])
    assert pending.code in str(info.value)
    assert all(not orders.get(admin, o.id).audited for o in done)
    audited = orders.audit(admin, [o.id for o in done])
    assert [o.state for o in audited] == [S.AUDITED] * 3
    with pytest.raises(ValidationError) as info:
        orders.audit(admin, [done[2].id])
    assert "already audited" in str(info.value)
    with pytest.raises(ValidationError) as info:
        orders.unaudit(admin, [done[0].id, pending.id, done[1].id])
    assert pending.code in str(info.value)
    assert all(orders.get(admin, o.id).audited for o in done)
    assert [o.state for o in orders.unaudit(admin, [done[1].id, done[0].id])] == [S.COMPLETED] * 2


def test_editing_a_completed_order_or_its_completion_needs_record_edit(shop, clock):
    services, admin, buyer = shop
    orders = services.service_orders
    clerk = actor_without(admin, "record.edit")
    order = in_state(services, admin, buyer, S.PENDING)
    assert (
        orders.update(clerk, order.id, order_input(buyer, fault="改"), version=OVERWRITE).fault
        == "改"
    )
    done = finish(services, clerk, order.id)
    with pytest.raises(PermissionDenied) as info:
        orders.update(clerk, order.id, order_input(buyer, fault="再改"), version=OVERWRITE)
    assert info.value.code == "record.edit"
    with pytest.raises(PermissionDenied):
        finish(services, clerk, order.id, fee_parts=D("1"))
    clock.advance(hours=1)
    fixed = finish(services, admin, order.id, fee_parts=D("1"))  # a correction
    assert (fixed.fee_parts, fixed.completed_at, fixed.completed_by_id) == (
        D("1.00"),
        done.completed_at,
        done.completed_by_id,
    )
    assert orders.events(admin, order.id)[-1].from_state is S.COMPLETED
    edited = orders.update(admin, order.id, order_input(buyer, fault="再改"), version=OVERWRITE)
    assert edited.state is S.COMPLETED
    actions = [a for a, t, _ in audit_actions(services, admin) if t == order.code]
    assert actions[-2:] == ["service_order.edit", "service_order.edit"]


def test_deleting_needs_record_delete_and_takes_the_history_along(shop):
    services, admin, buyer = shop
    orders = services.service_orders
    crew = technician(services, admin, "t1", "师傅")
    order = in_state(services, admin, buyer, S.CANCELLED, technician_ids=(crew,))
    with pytest.raises(PermissionDenied) as info:
        orders.delete(actor_without(admin, "record.delete"), order.id)
    assert info.value.code == "record.delete"
    orders.delete(admin, order.id)
    assert ServiceOrder.select().count() == 0
    assert ("service_order.delete", order.code) in [
        (a, t) for a, t, _ in audit_actions(services, admin)
    ]
    with pytest.raises(NotFound):
        orders.events(admin, order.id)


def test_warranty_follows_the_purchase_on_the_order_day_unless_overridden(shop, clock):
    services, admin, buyer = shop
    today = clock.now.date()
    model = product(services, admin, warranty_months=12)
    ends_today = sale(services, admin, buyer, model, warranty_end=today)
    ended = sale(services, admin, buyer, model, warranty_end=today - dt.timedelta(days=1))
    without = sale(services, admin, buyer, model, warranty_end=None)
    assert take(services, admin, buyer, sale_id=ends_today.id).warranty is Warranty.IN
    assert take(services, admin, buyer, sale_id=ended.id).warranty is Warranty.OUT
    assert take(services, admin, buyer, sale_id=without.id).warranty is Warranty.UNKNOWN
    assert take(services, admin, buyer).warranty is Warranty.UNKNOWN

    with pytest.raises(ValidationError) as info:
        take(services, admin, buyer, sale_id=ended.id, warranty=Warranty.IN)
    assert info.value.field == "warranty_reason"
    kind = take(
        services, admin, buyer, sale_id=ended.id, warranty=Warranty.IN, warranty_reason="厂家延保"
    )
    assert (kind.warranty, kind.warranty_reason, kind.warranty_overridden) == (
        Warranty.IN,
        "厂家延保",
        True,
    )
    # Back to automatic; the order's own day counts, not the day it is edited.
    clock.advance(days=30)
    again = services.service_orders.update(
        admin, kind.id, order_input(buyer, sale_id=ends_today.id), version=OVERWRITE
    )
    assert (again.warranty, again.warranty_reason) == (Warranty.IN, "")


def test_a_product_not_bought_here_is_saved_as_a_purchase_record(shop, clock):
    services, admin, buyer = shop
    model = product(services, admin, warranty_months=24)
    tech_only = Actor(
        admin.user_id, admin.username, admin.display_name, frozenset({"service.process"})
    )
    bought = dt.date(2025, 6, 1)
    order = take(
        services,
        tech_only,
        buyer,
        outside_purchase=OutsidePurchase(model, serial_number=" SN-9 ", purchase_date=bought),
    )
    record = services.sales.get(admin, order.sale_id)
    assert (record.customer_id, record.sale_date, record.serial_number) == (buyer, bought, "SN-9")
    assert (record.receivable, record.outstanding, record.notes) == (D("0"), D("0"), "非本店购买")
    assert record.warranty_end == dt.date(2027, 6, 1)
    assert (order.warranty, order.product, order.serial_number, order.sale_code) == (
        Warranty.IN,
        "格力 KFR-35GW",
        "SN-9",
        record.code,
    )
    assert ("sale.create", record.code) in [(a, t) for a, t, _ in audit_actions(services, admin)]
    # Unknown purchase date: dated the order's day, warranty unknown.
    unknown = take(services, admin, buyer, outside_purchase=OutsidePurchase(model))
    assert services.sales.get(admin, unknown.sale_id).sale_date == clock.now.date()
    assert unknown.warranty is Warranty.UNKNOWN and unknown.warranty_end is None

    for bad, field in [
        ({"outside_purchase": OutsidePurchase(model), "sale_id": record.id}, "sale"),
        (
            {"outside_purchase": OutsidePurchase(model, purchase_date=dt.date(2030, 1, 1))},
            "purchase_date",
        ),
        ({"outside_purchase": OutsidePurchase(999)}, "product_model"),
    ]:
        with pytest.raises(ValidationError) as info:
            take(services, admin, buyer, **bad)
        assert info.value.field == field
    assert services.sales.totals(admin, SaleFilter()).count == 2  # nothing left behind

    # The purchase now has service history: it can be voided, not deleted.
    with pytest.raises(ValidationError) as info:
        services.sales.delete(admin, record.id)
    assert "void" in str(info.value)
    services.sales.void(admin, record.id, "录错")
    assert services.service_orders.get(admin, order.id).sale_id == record.id


def test_an_order_checks_what_it_refers_to_and_what_was_typed(shop):
    services, admin, buyer = shop
    other = customer(services, admin, "李四")
    theirs = sale(services, admin, other, product(services, admin))
    voided = sale(services, admin, buyer, product(services, admin, "KFR-50"))
    services.sales.void(admin, voided.id, "退货")
    for change, field in [
        ({"fault": "  "}, "fault"),
        ({"fault": "长" * 4001}, "fault"),
        ({"service_type": "修飞机"}, "service_type"),
        ({"service_type": ""}, "service_type"),
        ({"priority": 3}, "priority"),
        ({"priority": True}, "priority"),
        ({"technician_ids": (999,)}, "technicians"),
        ({"technician_ids": tuple(range(1, 30))}, "technicians"),
        ({"sale_id": theirs.id}, "sale"),
        ({"sale_id": voided.id}, "sale"),
        ({"sale_id": 999}, "sale"),
        ({"contact_phone": "1" * 65}, "contact_phone"),
    ]:
        with pytest.raises(ValidationError) as info:
            take(services, admin, buyer, **change)
        assert info.value.field == field, change
    with pytest.raises(ValidationError) as info:
        services.service_orders.create(admin, order_input(999))
    assert info.value.field == "customer"
    assert ServiceOrder.select().count() == 0


def test_blank_contact_fields_are_filled_from_the_customer(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    buyer = new_customer(
        services,
        admin,
        "王五",
        "13800138000",
        addresses=(
            AddressInput(province="北京市", city="北京市", district="朝阳区", street="建国路1号"),
        ),
    ).customer.id
    order = take(services, admin, buyer, appointment_at=dt.datetime(2026, 12, 1, 9, 0, 30, 5))
    assert (order.contact_name, order.contact_phone) == ("王五", "13800138000")
    assert "建国路1号" in order.address and "朝阳区" in order.address
    assert order.appointment_at == dt.datetime(2026, 12, 1, 9, 0, 30)
    typed = take(services, admin, buyer, contact_name="王太太", contact_phone="010-62345678")
    assert (typed.contact_name, typed.contact_phone) == ("王太太", "010-62345678")


def test_completion_checks_its_fees_time_and_feedback(shop, clock):
    services, admin, buyer = shop
    order = take(services, admin, buyer)
    for change, field in [
        ({"fee_parts": D("-0.01")}, "fee_parts"),
        ({"fee_service": D("1.005")}, "fee_service"),
        ({"fee_transport": D("NaN")}, "fee_transport"),
        ({"work_minutes": -1}, "work_minutes"),
        ({"work_minutes": 1.5}, "work_minutes"),
        ({"feedback": "还行吧"}, "feedback"),
        ({"completed_at": clock.now - dt.timedelta(days=1)}, "completed_at"),
        ({"completed_at": clock.now + dt.timedelta(minutes=1)}, "completed_at"),
    ]:
        with pytest.raises(ValidationError) as info:
            finish(services, admin, order.id, **change)
        assert info.value.field == field, change
    assert services.service_orders.get(admin, order.id) == order
    clock.advance(hours=5)
    done = services.service_orders.complete(
        admin,
        order.id,
        CompletionInput(
            work_done="清洗", result="正常", completed_at=clock.now - dt.timedelta(hours=1)
        ),
        version=OVERWRITE,
    )
    assert done.completed_at == clock.now - dt.timedelta(hours=1)
    assert (done.fee_total, done.feedback) == (D("0.00"), "")


def test_a_completion_must_say_what_was_done_and_what_came_of_it(services):
    """Blank (or only spaces and new lines) work done or result is refused at that field, on
    completing and on correcting; the order stays as it was (on every engine)."""
    admin = login_admin(services)
    buyer = customer(services, admin)
    order = take(services, admin, buyer)
    for change, field in [
        ({"work_done": "", "result": "", "solution": "", "feedback": ""}, "work_done"),
        ({"work_done": " \n\t "}, "work_done"),
        ({"result": ""}, "result"),
        ({"result": "  \n"}, "result"),
    ]:
        with pytest.raises(ValidationError) as info:
            finish(services, admin, order.id, **change)
        assert info.value.field == field, change
    assert services.service_orders.get(admin, order.id) == order
    done = finish(services, admin, order.id, solution="", feedback="")  # the rest may be empty
    assert (done.state, done.work_done, done.result) == (
        S.COMPLETED,
        "更换电容",
        "已修复，试机正常",
    )
    with pytest.raises(ValidationError) as info:
        finish(services, admin, order.id, result="")  # a correction cannot empty it either
    assert info.value.field == "result"
    assert services.service_orders.get(admin, order.id) == done


_CENTS = st.integers(0, 10**11 - 1)  # up to 999,999,999.99 yuan each


@database_examples()
@given(fees=st.lists(st.tuples(_CENTS, _CENTS, _CENTS), min_size=1, max_size=4))
def test_fees_and_their_sums_are_exact_to_the_cent(sqlite_services, fees):
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin, f"客户{next(_NAMES)}")
    cents = lambda n: D(n).scaleb(-2)  # noqa: E731
    totals = []
    for parts, service, transport in fees:
        order = take(services, admin, buyer)
        done = finish(
            services,
            admin,
            order.id,
            fee_parts=cents(parts),
            fee_service=cents(service),
            fee_transport=cents(transport),
        )
        assert (done.fee_parts, done.fee_service, done.fee_transport) == (
            cents(parts),
            cents(service),
            cents(transport),
        )
        assert done.fee_total == cents(parts + service + transport)
        assert str(done.fee_total).endswith(f"{(parts + service + transport) % 100:02d}")
        raw = services.db.execute_sql(
            "SELECT fee_parts + fee_service + fee_transport FROM service_order WHERE id = "
            + services.db.param,
            (order.id,),
        ).fetchone()[0]
        assert raw == parts + service + transport  # whole cents in the columns
        totals.append(done.fee_total)
    listed = services.service_orders.for_customer(admin, buyer)
    assert sum((o.fee_total for o in listed), D(0)) == cents(sum(map(sum, fees)))


_NAMES = itertools.count()


def _busy_shop(services, admin, clock):
    """Orders in every state over several days, two technicians, two customers."""
    crew = [technician(services, admin, f"t{i}", f"师傅{i}") for i in (1, 2)]
    buyers = [customer(services, admin, n) for n in ("张三", "李四")]
    states = list(S)
    made = []
    for i in range(23):
        clock.now = dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(hours=7 * i)  # shared days
        made.append(
            in_state(
                services,
                admin,
                buyers[i % 2],
                states[i % len(states)],
                technician_ids=(crew[i % 2],) if i % 3 else tuple(crew),
                service_type=("上门维修", "送修")[i % 2],
                appointment_at=clock.now + dt.timedelta(days=1),
            )
        )
    clock.now = dt.datetime(2026, 3, 20, 12, 0)
    return crew, buyers, made


def test_counts_per_state_equal_the_pages_and_pages_cover_every_order_once(services, clock):
    admin = login_admin(services)
    crew, buyers, made = _busy_shop(services, admin, clock)
    orders = services.service_orders
    filters = [
        ServiceOrderFilter(),
        ServiceOrderFilter(technician_id=crew[0]),
        ServiceOrderFilter(customer_id=buyers[1], service_type="送修"),
        ServiceOrderFilter(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 4)),
        ServiceOrderFilter(warranty=Warranty.UNKNOWN, technician_id=crew[1]),
        ServiceOrderFilter(overdue=True),
        ServiceOrderFilter(date_from=dt.date(2027, 1, 1)),
    ]
    for flt in filters:
        whole = orders.page(admin, flt, limit=1000)
        counts = orders.counts_by_state(admin, flt)
        assert counts == dict(collections.Counter(o.state for o in whole)) | {
            s: 0 for s in S if s not in {o.state for o in whole}
        }, flt
        for state in S:
            only = orders.page(admin, dataclasses.replace(flt, state=state))
            assert len(only) == counts[state] and {o.state for o in only} <= {state}
        seen, after = [], None
        while page := orders.page(admin, flt, after, limit=4):
            seen += page
            after = orders.page_key(page[-1])
        assert [o.id for o in seen] == [o.id for o in whole]
        keys = [(o.taken_at, o.id) for o in seen]
        assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    everything = orders.page(admin, ServiceOrderFilter(), limit=1000)
    assert sorted(o.id for o in everything) == sorted(o.id for o in made)
    assert sum(orders.counts_by_state(admin, ServiceOrderFilter(state=S.PENDING)).values()) == 23
    mine = orders.page(admin, ServiceOrderFilter(technician_id=crew[0]))
    assert mine and all(crew[0] in o.technician_ids for o in mine)
    day = orders.page(
        admin, ServiceOrderFilter(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2))
    )
    assert day and {o.taken_at.date() for o in day} == {dt.date(2026, 3, 2)}


def test_overdue_means_the_appointment_passed_before_completion(shop, clock):
    services, admin, buyer = shop
    orders = services.service_orders
    soon = clock.now + dt.timedelta(hours=2)
    made = {state: in_state(services, admin, buyer, state, appointment_at=soon) for state in S}
    unplanned = take(services, admin, buyer)
    assert orders.page(admin, ServiceOrderFilter(overdue=True)) == []
    clock.advance(hours=3)
    late = orders.page(admin, ServiceOrderFilter(overdue=True))
    assert {o.id for o in late} == {made[S.PENDING].id, made[S.DISPATCHED].id}
    assert all(o.overdue for o in late)
    assert not orders.get(admin, made[S.COMPLETED].id).overdue
    assert not orders.get(admin, unplanned.id).overdue
    counts = orders.counts_by_state(admin, ServiceOrderFilter(overdue=True))
    assert (counts[S.PENDING], counts[S.DISPATCHED], counts[S.COMPLETED]) == (1, 1, 0)


def test_a_customers_orders_open_ones_and_a_products_earlier_ones(shop, clock):
    services, admin, buyer = shop
    orders = services.service_orders
    model = product(services, admin)
    unit, other_unit = sale(services, admin, buyer, model), sale(services, admin, buyer, model)
    first = in_state(services, admin, buyer, S.COMPLETED, sale_id=unit.id)
    clock.advance(days=1)
    second = in_state(services, admin, buyer, S.DISPATCHED, sale_id=unit.id)
    clock.advance(days=1)
    elsewhere = in_state(services, admin, buyer, S.PENDING, sale_id=other_unit.id)
    in_state(services, admin, customer(services, admin, "李四"), S.PENDING)
    assert [o.id for o in orders.for_sale(admin, unit.id)] == [second.id, first.id]
    assert [o.id for o in orders.for_customer(admin, buyer)] == [elsewhere.id, second.id, first.id]
    assert [o.id for o in orders.open_for_customer(admin, buyer)] == [elsewhere.id, second.id]
    assert orders.get_many(admin, [first.id, 999, second.id]) == [
        orders.get(admin, first.id),
        orders.get(admin, second.id),
    ]
    with pytest.raises(NotFound):
        orders.get(admin, 999)
    assert orders.get(admin, first.id).fault == FAULT


def test_a_maintenance_due_date_gets_one_order_per_purchase(shop):
    services, admin, buyer = shop
    unit = sale(services, admin, buyer, product(services, admin))
    due = dt.date(2026, 9, 11)
    orders = services.service_orders
    data = order_input(buyer, sale_id=unit.id, service_type="保养", fault="定期保养")
    first = orders.create(admin, data, maintenance_due=due)
    assert first.maintenance_due == due
    with pytest.raises(ValidationError) as info:
        orders.create(admin, data, maintenance_due=due)
    assert info.value.field == "maintenance_due" and first.code in str(info.value)
    assert orders.create(admin, data, maintenance_due=due + dt.timedelta(days=180)).id
    assert orders.create(admin, data).maintenance_due is None  # ordinary orders: any number
    assert orders.create(admin, data).maintenance_due is None
    with pytest.raises(ValidationError) as info:
        orders.create(admin, order_input(buyer), maintenance_due=due)
    assert info.value.field == "sale"
    assert len(orders.for_sale(admin, unit.id)) == 4


@pytest.mark.parametrize(
    ("action", "code", "state"),
    [
        (A.EDIT, "service.process", S.PENDING),
        (A.EDIT, "record.edit", S.COMPLETED),
        (A.DISPATCH, "service.process", S.PENDING),
        (A.COMPLETE, "service.process", S.DISPATCHED),
        (A.COMPLETE, "record.edit", S.COMPLETED),
        (A.CANCEL, "service.process", S.PENDING),
        (A.AUDIT, "audit.process", S.COMPLETED),
        (A.UNAUDIT, "audit.process", S.AUDITED),
        (A.DELETE, "record.delete", S.CANCELLED),
    ],
)
def test_each_change_is_refused_without_its_permission(shop, action, code, state):
    services, admin, buyer = shop
    order = in_state(services, admin, buyer, state)
    with pytest.raises(PermissionDenied) as info:
        _act(services, actor_without(admin, code), action, order.id, buyer)
    assert info.value.code == code
    assert services.service_orders.get(admin, order.id) == order
    only = Actor(admin.user_id, admin.username, admin.display_name, frozenset({code}))
    _act(services, only, action, order.id, buyer)
    with pytest.raises(PermissionDenied):
        services.service_orders.create(actor_without(admin, "service.process"), order_input(buyer))
