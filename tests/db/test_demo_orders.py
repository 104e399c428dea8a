"""The demo's service orders: what the service-order service would have stored over ten years,
in every state, each with the history of its state changes, exact fees, and at most one
maintenance order per purchase and due date; read back through the service."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections import Counter, defaultdict
from decimal import Decimal

import peewee as pw
import pytest

from yuntian.benchmarks import service_orders as orders_benchmark
from yuntian.cli import main
from yuntian.config import load_profile
from yuntian.db.models import (
    Customer,
    EnumItem,
    Role,
    Sale,
    ServiceOrder,
    ServiceOrderEvent,
    ServiceOrderTechnician,
    User,
    UserRole,
)
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.demo.service_orders import OVERDUE_DAYS
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.services import build_services
from yuntian.services.common.addresses import address_text
from yuntian.services.sales.warranty import warranty_status
from yuntian.services.service_orders.service_order_types import (
    TRANSITIONS,
    OrderState,
    ServiceOrderFilter,
)
from yuntian.services.statistics.service_stats import ServiceGrouping

D = Decimal
STATES = {s.value for s in OrderState}
# from -> to pairs the transition table allows (creation: "" -> pending)
MOVES = {("", "pending")} | {
    (before.value, after.value)
    for table in TRANSITIONS.values()
    for before, after in table.items()
    if after is not None and before != after
}


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _moment(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _role_users(key: str) -> set[int]:
    query = UserRole.select(UserRole.user).join(Role).where(Role.key == key)
    return {u for (u,) in query.tuples()}


def test_demo_orders_live_through_their_states_with_a_history(demo):
    demo(1500)
    orders = list(ServiceOrder.select().order_by(ServiceOrder.id))
    assert len(orders) == 1500
    events = defaultdict(list)
    for e in ServiceOrderEvent.select().order_by(ServiceOrderEvent.id):
        events[e.order_id].append(e)
    technicians = defaultdict(list)
    for t in ServiceOrderTechnician.select().order_by(ServiceOrderTechnician.id):
        technicians[t.order_id].append(t.user_id)
    sales = {s.id: s for s in Sale.select()}
    customers = {c.id: c for c in Customer.select()}
    types = {e.name for e in EnumItem.select().where(EnumItem.kind == "service_type")}
    feedback = {e.name for e in EnumItem.select().where(EnumItem.kind == "feedback")} | {""}
    techs, auditors = _role_users("technician"), _role_users("manager") | _role_users("admin")
    takers = _role_users("receptionist") | _role_users("manager")
    states = Counter(o.state for o in orders)
    assert set(states) == STATES
    assert states["audited"] > 0.7 * len(orders) and 0.01 < states["cancelled"] / len(orders) < 0.06
    overdue = 0
    in_warranty_free = in_warranty_done = 0
    for o in orders:
        taken, created = _moment(o.taken_at), _moment(o.created_at)
        assert o.state in STATES and o.service_type in types and o.feedback in feedback
        assert taken <= created < BASE_TIME and taken <= _moment(o.updated_at) < BASE_TIME
        assert re.fullmatch(rf"SH{taken:%Y%m%d}\d{{4}}", o.code), o.code  # its own date
        assert o.taken_by_id in takers
        # the history: a path through the transition table, in time order, ending in the state
        history = events[o.id]
        path = [(e.from_state, e.to_state) for e in history]
        assert path[0] == ("", "pending") and set(path) <= MOVES, path
        assert all(a.to_state == b.from_state for a, b in itertools.pairwise(history))
        assert history[-1].to_state == o.state
        moments = [_moment(e.at) for e in history]
        assert moments == sorted(moments) and moments[0] == taken and moments[-1] < BASE_TIME
        by_state = {e.to_state: e for e in history}
        for state, at, by in (
            ("dispatched", o.dispatched_at, o.dispatched_by_id),
            ("completed", o.completed_at, o.completed_by_id),
            ("cancelled", o.cancelled_at, o.cancelled_by_id),
            ("audited", o.audited_at, o.audited_by_id),
        ):
            event = by_state.get(state)
            assert _moment(at) == (_moment(event.at) if event else None), (o.code, state)
            assert by == (event.user_id if event else None)
        assert bool(o.audited) == (o.state == "audited")
        if o.state == "audited":
            assert [p[1] for p in path][-2:] == ["completed", "audited"]
            assert o.audited_by_id in auditors
        if o.state == "cancelled":
            assert o.cancel_reason and by_state["cancelled"].note == o.cancel_reason
        else:
            assert not o.cancel_reason
        # completion: only completed and audited orders carry work, fees and feedback
        done = o.state in ("completed", "audited")
        fees = (o.fee_parts, o.fee_service, o.fee_transport)
        assert all(isinstance(f, Decimal) and f >= 0 and f == f.quantize(D("0.01")) for f in fees)
        if not done:
            assert fees == (0, 0, 0) and not o.work_done and not o.feedback and not o.work_minutes
        else:
            assert o.work_done and o.work_minutes > 0 and o.result
        if o.state in ("pending", "dispatched") and o.appointment_at is not None:
            overdue += _moment(o.appointment_at) < BASE_TIME
        # technicians: assigned users of the technician role, one or two (none for a question)
        assigned = technicians[o.id]
        assert set(assigned) <= techs and len(set(assigned)) == len(assigned) <= 2
        assert bool(assigned) == (o.service_type != "咨询")
        # the purchase: the customer's own; warranty from its end on the day taken
        customer = customers[o.customer_id]
        assert o.contact_name == customer.name
        if o.sale_id is None:
            assert o.warranty == "unknown" and o.maintenance_due is None
        else:
            sale = sales[o.sale_id]
            assert sale.customer_id == o.customer_id and not sale.voided
            assert _day(sale.sale_date) <= taken.date()
            if not o.warranty_reason:
                known = warranty_status(_day(sale.warranty_end), taken.date()).in_warranty
                assert o.warranty == ("in" if known else "out")
            if o.warranty == "in" and done and o.service_type in ("上门维修", "送修"):
                in_warranty_done += 1
                in_warranty_free += sum(fees) == 0
        if o.service_type == "保养":
            assert o.sale_id is not None and o.maintenance_due is not None
        else:
            assert o.maintenance_due is None
    assert overdue >= 1
    assert in_warranty_free > 0.8 * in_warranty_done > 0
    assert Counter(o.warranty for o in orders).keys() == {"in", "out", "unknown"}
    dues = [(o.sale_id, _day(o.maintenance_due)) for o in orders if o.maintenance_due]
    assert len(dues) == len(set(dues)) > 100
    assert len({o.code for o in orders}) == len(orders)
    # fees add up exactly in the database as in Python
    total = ServiceOrder.select(
        pw.fn.SUM(ServiceOrder.fee_parts + ServiceOrder.fee_service + ServiceOrder.fee_transport)
    ).scalar()
    assert D(total) / 100 == sum(o.fee_parts + o.fee_service + o.fee_transport for o in orders)
    assert any(f % 1 for o in orders for f in (o.fee_parts, o.fee_transport)), "odd cents"


def test_contacts_come_from_the_customer_and_completed_maintenance_moves_the_next_date(demo):
    demo(600)
    order = ServiceOrder.select().where(ServiceOrder.address != "").first()
    customer = Customer.get_by_id(order.customer_id)
    place = customer.addresses.order_by(pw.SQL("sort"), pw.SQL("id")).first()
    phone = customer.phones.order_by(pw.SQL("sort"), pw.SQL("id")).first()
    assert order.address == address_text(place.province, place.city, place.district, place.street)
    assert order.contact_phone == phone.raw
    latest: dict[int, dt.date] = {}
    for o in ServiceOrder.select().where(
        ServiceOrder.maintenance_due.is_null(False),
        ServiceOrder.state.in_(["completed", "audited"]),
    ):
        latest[o.sale_id] = max(latest.get(o.sale_id, dt.date.min), _day(o.maintenance_due))
    assert latest
    for sale_id, due in latest.items():
        sale = Sale.get_by_id(sale_id)
        assert _day(sale.next_maintenance) == due + dt.timedelta(sale.maintenance_interval_days)
    # the due list holds the last weeks' dues, not years of them
    today = BASE_TIME.date()
    for sale in Sale.select().where(Sale.voided == False):  # noqa: E712
        every = dt.timedelta(sale.maintenance_interval_days)
        assert (
            today - every - dt.timedelta(OVERDUE_DAYS)
            <= _day(sale.next_maintenance)
            <= today + every
        )


def _digest() -> str:
    h = hashlib.sha256()
    for model in (ServiceOrder, ServiceOrderTechnician, ServiceOrderEvent):
        for row in model.select().order_by(model.id).tuples():
            h.update(repr(row).encode())
    return h.hexdigest()


@pytest.mark.slow
def test_the_same_seed_gives_the_same_orders_and_the_count_is_as_asked(demo):
    demo(150, name="a", seed=4, orders=400)
    first = _digest()
    assert ServiceOrder.select().count() == 400
    demo(150, name="b", seed=4, orders=400)
    assert _digest() == first
    demo(150, name="c", seed=5, orders=400)
    assert _digest() != first
    demo(40, name="d", sales=0, orders=30)  # no purchases: orders without a product
    assert ServiceOrder.select().count() == 30
    assert not ServiceOrder.select().where(ServiceOrder.sale.is_null(False)).exists()


def test_the_demo_command_takes_an_order_count(tmp_path, capsys):
    root = tmp_path / "cli"
    args = ["demo", "--profile", str(root), "--customers", "60", "--calls", "0"]
    assert main([*args, "--orders", "25"]) == 0
    profile = load_profile(root, create=False)
    db = open_profile_database(profile)
    try:
        assert ServiceOrder.select().count() == 25
    finally:
        db.close()
    assert main([*args, "--orders", "-1", "--force"]) != 0
    assert "--orders" in capsys.readouterr().err


def test_the_service_reads_the_demo_orders_and_continues_after_them(demo):
    profile, db = demo(800)
    now = BASE_TIME
    services = build_services(db, profile, lambda: now)
    actor = services.auth.login("manager", DEMO_PASSWORD)
    orders = services.service_orders
    counts = orders.counts_by_state(actor, ServiceOrderFilter())
    assert sum(counts.values()) == ServiceOrder.select().count()
    for state in OrderState:
        page = orders.page(actor, ServiceOrderFilter(state=state), limit=200)
        assert len(page) == min(200, counts[state]) and all(o.state is state for o in page)
        assert [o.taken_at for o in page] == sorted((o.taken_at for o in page), reverse=True)
    overdue = orders.page(actor, ServiceOrderFilter(overdue=True))
    assert overdue and all(o.overdue for o in overdue)
    tech = User.get(User.username == "tech").id
    mine = orders.page(actor, ServiceOrderFilter(technician_id=tech), limit=50)
    assert mine and all(tech in o.technician_ids for o in mine)
    audited = orders.page(actor, ServiceOrderFilter(state=OrderState.AUDITED), limit=1)[0]
    history = orders.events(actor, audited.id)
    assert history[0].to_state is OrderState.PENDING
    assert history[-1].to_state is OrderState.AUDITED and history[-1].user_name
    # the audit lock holds on the demo's audited orders, and the service un-audits them
    with pytest.raises(pw.IntegrityError), db.atomic():
        ServiceOrder.update(fault="x").where(ServiceOrder.id == audited.id).execute()
    with pytest.raises(pw.IntegrityError), db.atomic():
        ServiceOrderTechnician.delete().where(ServiceOrderTechnician.order == audited.id).execute()
    assert orders.unaudit(actor, [audited.id])[0].state is OrderState.COMPLETED
    # a new order is numbered after the demo's codes of the day
    latest = ServiceOrder.select().order_by(ServiceOrder.created_at.desc()).first()
    entered = _moment(latest.created_at)
    services = build_services(db, profile, lambda: entered + dt.timedelta(minutes=5))
    assert services.numbering.next_code("service_order") > latest.code


@pytest.mark.slow
def test_the_service_orders_benchmark_runs_on_a_small_demo(demo):
    profile, _ = demo(300)
    figures = {f.name: f for f in orders_benchmark.measure(profile, lambda message: None)}
    pages = {f"service_orders.{s.value}_page.p50" for s in OrderState}
    assert pages | {"service_orders.pending_page_cold", "service_orders.overdue_page.p95"} <= set(
        figures
    )
    assert {"service_orders.technician_page.p50", "service_orders.counts_by_state"} <= set(figures)
    assert {f"service_stats.year_{g.value}" for g in ServiceGrouping} <= set(figures)
    assert all(f.value > 0 and f.baseline and f.baseline > 0 for f in figures.values())


@pytest.mark.slow
@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_demo_orders_on_a_server_match_sqlite(engine, make_profile, tmp_path):
    def orders_digest(root) -> str:
        profile = load_profile(root, create=False)
        db = open_profile_database(profile)
        try:
            h = hashlib.sha256()
            for model in (ServiceOrder, ServiceOrderTechnician, ServiceOrderEvent):
                for row in model.select().order_by(model.id).tuples():
                    h.update(repr(tuple(_plain(v) for v in row)).encode())
            assert ServiceOrder.select().where(ServiceOrder.audited == True).exists()  # noqa: E712
            return h.hexdigest()
        finally:
            db.close()

    options = DemoOptions(customers=120, seed=2, calls=0, today=BASE_TIME.date())
    create_demo_profile(tmp_path / "local", options)
    server = make_profile(engine, name=f"orders-{engine}")
    create_demo_profile(server.root, options)
    assert orders_digest(server.root) == orders_digest(tmp_path / "local")


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return value
