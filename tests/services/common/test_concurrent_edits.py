"""Two programs (real OS processes, as two PCs on one database) edit different fields of the
same customer and of the same service order at the same moment, round after round: each time
exactly one save wins, the other is refused as stale, and nothing is lost or half-written.
On SQLite (two processes, one file), PostgreSQL and MariaDB."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from tests.helpers import login_admin
from tests.support.concurrent_edits import edit_rounds
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.sale_helpers import customer
from tests.support.service_order_helpers import take
from yuntian.db.models import Customer, CustomerPhone, ServiceOrder

ROUNDS = 4
PASSWORD = "Sales-123"


@pytest.mark.slow
def test_simultaneous_saves_of_one_record_one_wins_the_other_is_refused(services):
    admin = login_admin(services)
    salesperson(services, admin, "wangfang", "王芳")
    salesperson(services, admin, "lina", "李娜")
    zhang = new_customer(services, admin, "张三", "13800138000", notes="原备注").customer
    order = take(services, admin, customer(services, admin), contact_name="原联系人")
    services.db.close()  # the parent only looks afterwards

    context = mp.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    root = str(services.profile.root)
    programs = [
        context.Process(
            target=edit_rounds,
            args=(root, who, user, PASSWORD, zhang.id, order.id, ROUNDS, barrier, results),
        )
        for who, user in (("a", "wangfang"), ("b", "lina"))
    ]
    for p in programs:
        p.start()
    reports = [results.get(timeout=120) for _ in range(2 * 2 * ROUNDS)]
    for p in programs:
        p.join(timeout=60)
    errors = [r[3] for r in reports if r[1] == "error"]
    assert not errors, errors[0]

    winners: dict[tuple[str, int], str] = {}
    for kind in ("customer", "order"):
        for n in range(ROUNDS):
            outcomes = sorted((r[3], r[0]) for r in reports if r[1] == kind and r[2] == n)
            assert [o for o, _ in outcomes] == ["saved", "stale"], (kind, n, outcomes)
            winners[kind, n] = outcomes[0][1]

    def last_win(kind: str, who: str) -> int | None:
        return max((n for n in range(ROUNDS) if winners[kind, n] == who), default=None)

    # Each winner's field is stored; each loser's value of the round appears nowhere.
    stored = Customer.get_by_id(zhang.id)
    assert stored.version == 1 + ROUNDS
    a, b = last_win("customer", "a"), last_win("customer", "b")
    assert stored.email == ("" if a is None else f"a{a}@example.cn")
    assert stored.notes == ("原备注" if b is None else f"b{b}")
    numbers = [p.number for p in CustomerPhone.select().where(CustomerPhone.customer == zhang.id)]
    assert numbers == (["+8613800138000"] if b is None else [f"+861390000{b:04d}"])

    stored_order = ServiceOrder.get_by_id(order.id)
    assert stored_order.version == 1 + ROUNDS
    a, b = last_win("order", "a"), last_win("order", "b")
    assert stored_order.fault == (order.fault if a is None else f"a{a} 故障")
    assert stored_order.contact_name == ("原联系人" if b is None else f"b{b}")
