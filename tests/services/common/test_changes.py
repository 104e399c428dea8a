"""The change bus: what each action announces, and only once it is committed."""

from __future__ import annotations

import threading

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.support.sale_helpers import D, product, sale
from tests.support.service_order_helpers import take
from yuntian.services.common.changes import Area, ChangeBus, Changes, announces
from yuntian.services.common.errors import ValidationError


class Counter:
    def __init__(self) -> None:
        self.changes = ChangeBus()
        self.heard: list[Changes] = []
        self.changes.subscribe(self.heard.append)

    @announces(Area.CALLS, ids_from="call_id")
    def touch(self, call_id: int) -> None:
        pass

    @announces(Area.MESSAGES)
    def outer(self, fail: bool = False) -> list:
        self.touch(7)
        self.changes.publish(Changes.of(Area.CUSTOMERS, 3))
        if fail:
            raise ValueError("rolled back")
        return []


def test_nested_announcements_arrive_once_merged_after_the_outermost_call():
    counter = Counter()
    counter.outer()
    assert len(counter.heard) == 1
    (heard,) = counter.heard
    assert heard.ids(Area.CALLS) == {7} and heard.ids(Area.CUSTOMERS) == {3}
    assert heard.touches(Area.MESSAGES) and heard.ids(Area.MESSAGES) == frozenset()
    assert heard.local


def test_a_call_that_fails_announces_nothing():
    counter = Counter()
    with pytest.raises(ValueError):
        counter.outer(fail=True)
    assert counter.heard == []
    counter.touch(1)  # the bus is usable afterwards: nothing is left held
    assert [c.ids(Area.CALLS) for c in counter.heard] == [{1}]


def test_holds_are_per_thread():
    counter = Counter()
    inside, release = threading.Event(), threading.Event()

    def slow() -> None:
        with counter.changes.hold():
            counter.touch(1)
            inside.set()
            release.wait(5)

    worker = threading.Thread(target=slow)
    worker.start()
    inside.wait(5)
    counter.touch(2)  # not held back by the other thread's hold
    assert [c.ids(Area.CALLS) for c in counter.heard] == [{2}]
    release.set()
    worker.join(5)
    assert [c.ids(Area.CALLS) for c in counter.heard] == [{2}, {1}]


def test_a_broken_listener_does_not_stop_the_others():
    bus = ChangeBus()
    heard: list[Changes] = []
    bus.subscribe(lambda _c: 1 / 0)
    stop = bus.subscribe(heard.append)
    bus.publish(Changes.of(Area.SALES, 1))
    stop()
    bus.publish(Changes.of(Area.SALES, 2))
    assert [c.ids(Area.SALES) for c in heard] == [{1}]


def test_a_misnamed_id_parameter_is_refused_at_import():
    with pytest.raises(TypeError, match="no parameter 'order_id'"):

        @announces(Area.SERVICE_ORDERS, ids_from="order_id")
        def wrong(self, sale_id: int) -> None: ...


def test_services_announce_orders_payments_and_customers(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    heard: list[Changes] = []
    services.changes.subscribe(heard.append)
    buyer = new_customer(services, admin, "王五", "13800138000").customer.id
    assert heard[-1].ids(Area.CUSTOMERS) == {buyer}

    order = take(services, admin, buyer)
    assert heard[-1].ids(Area.SERVICE_ORDERS) == {order.id}
    assert heard[-1].ids(Area.CUSTOMERS) == {buyer}  # the card shows open orders
    assert heard[-1].touches(Area.MAINTENANCE)

    bought = sale(services, admin, buyer, product(services, admin), "800.00")
    heard.clear()
    services.payments.record(admin, bought.id, bought.sale_date, D("300.00"), "现金")
    (paid,) = heard
    assert paid.ids(Area.SALES) == {bought.id} and paid.ids(Area.CUSTOMERS) == {buyer}
    assert paid.touches(Area.PAYMENTS)


def test_a_refused_action_announces_nothing(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    buyer = new_customer(services, admin, "王五", "13800138000").customer.id
    bought = sale(services, admin, buyer, product(services, admin), "800.00")
    heard: list[Changes] = []
    services.changes.subscribe(heard.append)
    with pytest.raises(ValidationError):
        services.payments.record(admin, bought.id, bought.sale_date, D("900.00"), "现金")
    assert heard == []
