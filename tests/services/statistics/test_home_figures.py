"""The home page's figures: each part for those whose work it is, and counts that hold."""

from __future__ import annotations

from tests.helpers import login_admin
from tests.support.service_order_helpers import customer, take
from yuntian.db.models import Role
from yuntian.services import Services


def user(services: Services, username: str, role_key: str):
    admin = login_admin(services)
    role = Role.get(Role.key == role_key).id
    services.users.create_user(admin, username, username, "temp-pass1", [role])
    return services.auth.login(username, "temp-pass1")


def call(services: Services, actor, number: str, *, direction="in", answered=False) -> None:
    started = services.calls.start(actor, 1, "总机", direction, number)
    if answered:
        services.calls.answered(actor, started.call_id)
    services.clock.advance(seconds=30)
    services.calls.ended(actor, started.call_id)
    services.clock.advance(minutes=5)


def test_missed_calls_not_reached_since_are_to_call_back(services):
    desk = user(services, "wangfang", "receptionist")
    services.clock.advance(days=-1)
    call(services, desk, "13800138000")  # yesterday, missed: still to call back
    services.clock.advance(days=1)
    call(services, desk, "13900139000")  # missed ...
    call(services, desk, "13900139000", direction="out")  # ... and called back
    call(services, desk, "13700137000")  # missed, then it called again and was answered
    call(services, desk, "13700137000", answered=True)
    services.clock.advance(days=-9)
    call(services, desk, "13600136000")  # long ago: no longer on the list
    services.clock.advance(days=9)

    figures = services.overview.home(desk)
    assert figures.desk is not None
    assert figures.desk.to_call_back == 1
    assert figures.desk.calls_today == 4
    assert figures.desk.missed_today == 2


def test_each_part_goes_to_those_whose_work_it_is(services):
    admin = login_admin(services)
    desk = user(services, "wangfang", "receptionist")
    tech = user(services, "liqiang", "technician")
    boss = user(services, "qian", "manager")
    buyer = customer(services, admin, "王建国")
    take(services, desk, buyer, technician_ids=(tech.user_id,))

    front = services.overview.home(desk)
    assert front.desk is not None and front.desk.my_open_orders == 1
    assert front.system is None and front.day is None and front.work is None

    work = services.overview.home(tech)
    assert work.desk is None and work.system is None and work.day is None
    assert work.work is not None and work.work.assigned_open == 1

    manager = services.overview.home(boss)
    assert manager.day is not None and manager.day.orders_taken == 1
    assert manager.system is None  # no users.manage / settings.manage

    everything = services.overview.home(admin)
    assert everything.system is not None and everything.system.customers == 1
    assert everything.desk is not None and everything.day is not None
    assert everything.work is None  # nothing assigned to the administrator


def test_the_days_sales_and_completed_orders_count_today_only(services):
    from tests.support.sale_helpers import product, sale

    admin = login_admin(services)
    buyer = customer(services, admin, "王建国")
    model = product(services, admin)
    sale(services, admin, buyer, model, sale_date=services.clock().date())
    day = services.overview.home(admin).day
    assert day is not None
    assert day.sales == 1 and day.sales_amount > 0
    assert day.new_customers == 1
    services.clock.advance(days=1)
    day = services.overview.home(admin).day
    assert day is not None and (day.sales, day.new_customers) == (0, 0)
