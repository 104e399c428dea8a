"""The demo looks like a shop's last years up to its "today": recent activity, a few due and
overdue items (not hundreds), codes dated like their records, and numbers that look random."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections import Counter

import pytest

from yuntian.cli import main
from yuntian.config import load_profile
from yuntian.db.models import Call, Customer, CustomerPhone, Sale, ServiceOrder
from yuntian.db.profile_database import open_profile_database
from yuntian.demo.phones import PhoneNumbers
from yuntian.demo.places import CITIES
from yuntian.demo.service_orders import OVERDUE_DAYS
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.services import build_services
from yuntian.services.service_orders.service_order_types import ServiceOrderFilter

TODAY = dt.date(2027, 3, 15)  # any day: the demo is built up to it


def _moment(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(value))


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(str(value)[:10])


@pytest.fixture
def demo(demo):
    """The shared demo fixture, with calls and built up to ``TODAY``."""
    return functools.partial(demo, calls=1500, today=TODAY)


def test_the_demo_reaches_up_to_its_today_with_a_few_due_items(demo):
    profile, db = demo()
    now = dt.datetime.combine(TODAY, dt.time(10, 0))
    week_ago = now - dt.timedelta(days=7)
    # the last weeks were busy like any others, and nothing lies in the future
    last_call = max(_moment(c) for (c,) in Call.select(Call.ring_at).tuples())
    assert now - dt.timedelta(days=2) < last_call < now
    assert Call.select().where(Call.ring_at >= week_ago).count() >= 5
    assert Sale.select().where(Sale.sale_date >= TODAY - dt.timedelta(days=30)).count() >= 2
    assert ServiceOrder.select().where(ServiceOrder.taken_at >= week_ago).count() >= 3
    last_customer = Customer.select(Customer.created_at).order_by(Customer.created_at.desc())
    assert _moment(last_customer.scalar()) > now - dt.timedelta(days=14)
    assert all(_moment(o.taken_at) < now for o in ServiceOrder.select(ServiceOrder.taken_at))

    services = build_services(db, profile, lambda: now)
    actor = services.auth.login("manager", DEMO_PASSWORD)
    # a handful of maintenance dues, none overdue by more than the last fortnight
    due = services.maintenance.count_unordered(actor)
    assert 3 <= due <= 30, due
    overdue_dues = Sale.select().where(Sale.voided == False, Sale.next_maintenance < TODAY)  # noqa: E712
    assert all((TODAY - _day(s.next_maintenance)).days <= OVERDUE_DAYS for s in overdue_dues)
    # a few late orders, late by days, not months
    late = services.service_orders.page(actor, ServiceOrderFilter(overdue=True), limit=500)
    assert 1 <= len(late) <= 15
    assert all(now - o.appointment_at < dt.timedelta(days=21) for o in late)


def test_another_today_moves_the_whole_history_and_the_same_day_repeats_it(demo):
    def calls() -> list[tuple]:
        return [tuple(str(v) for v in row) for row in Call.select(Call.ring_at).tuples()]

    demo(name="a")
    first = calls()
    demo(name="b")
    assert calls() == first
    demo(today=TODAY + dt.timedelta(days=40), name="c")
    later = calls()
    assert _moment(later[-1][0]) - _moment(first[-1][0]) > dt.timedelta(days=35)


def test_codes_carry_their_records_own_date_also_when_back_filled(demo):
    demo(customers=300)
    back_filled = 0
    for sale in Sale.select(Sale.code, Sale.sale_date, Sale.created_at):
        assert sale.code[2:10] == f"{_day(sale.sale_date):%Y%m%d}", sale.code
        back_filled += _day(sale.created_at) != _day(sale.sale_date)
    assert back_filled  # the case the codes went wrong in: entered long after the sale
    for order in ServiceOrder.select(ServiceOrder.code, ServiceOrder.taken_at):
        assert order.code[2:10] == f"{_day(order.taken_at):%Y%m%d}", order.code


def test_mobile_numbers_end_in_well_spread_digits():
    """The first customers of each city once all got the same suffix (…3571)."""
    numbers = PhoneNumbers(random.Random(7).random)
    endings = Counter()
    for city in CITIES:
        for _ in range(300):
            endings[numbers.mobile(city)[1][-4:]] += 1
    total = sum(endings.values())
    # as random draws would: about one number per ending, none much more common (it was ~4 %)
    assert endings.most_common(1)[0][1] <= 8 and len(endings) > 0.5 * total, endings.most_common(3)
    last_digits = Counter()
    for ending, n in endings.items():
        last_digits[ending[-1]] += n
    for digit in "0123456789":
        assert 0.07 < last_digits[digit] / total < 0.13, last_digits


def test_demo_phone_numbers_do_not_share_an_ending(demo):
    demo(customers=400, name="phones")
    endings = Counter(n[-4:] for (n,) in CustomerPhone.select(CustomerPhone.number).tuples())
    assert endings.most_common(1)[0][1] <= 4, endings.most_common(3)


def test_the_demo_command_takes_a_day(tmp_path):
    root = tmp_path / "cli"
    args = ["demo", "--profile", str(root), "--customers", "30", "--calls", "60"]
    assert main([*args, "--today", "2027-01-20"]) == 0
    db = open_profile_database(load_profile(root, create=False))
    try:
        last = max(_moment(c) for (c,) in Call.select(Call.ring_at).tuples())
    finally:
        db.close()
    assert dt.datetime(2027, 1, 10) < last < dt.datetime(2027, 1, 20, 9)
    assert main([*args, "--force", "--today", "20.1.2027"]) == 2
