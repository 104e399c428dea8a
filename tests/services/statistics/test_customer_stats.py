"""New-customer statistics (新录入客户统计): per day, week, month and period, by salesperson and
group; every breakdown adds up to the same total on every engine."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer, salesperson
from yuntian.services.common.errors import ValidationError

# (created at, salesperson key, group name)
ARRIVALS = [
    (dt.datetime(2026, 10, 31, 23, 59, 59), "a", "VIP客户"),  # before the range
    (dt.datetime(2026, 11, 1, 0, 0, 0), "a", "VIP客户"),  # a Sunday
    (dt.datetime(2026, 11, 1, 18, 30, 0), "b", None),
    (dt.datetime(2026, 11, 2, 9, 0, 0), None, "普通客户"),  # Monday: a new week
    (dt.datetime(2026, 11, 2, 10, 0, 0), "a", "普通客户"),
    (dt.datetime(2026, 11, 2, 11, 0, 0), "a", "普通客户"),
    (dt.datetime(2026, 11, 20, 15, 0, 0), "b", "VIP客户"),
    (dt.datetime(2026, 11, 30, 23, 59, 59), "b", "普通客户"),
    (dt.datetime(2026, 12, 1, 8, 0, 0), "a", None),
    (dt.datetime(2026, 12, 3, 8, 0, 0), None, None),
    (dt.datetime(2026, 12, 4, 0, 0, 0), "a", None),  # after the range
]
START, END = dt.date(2026, 11, 1), dt.date(2026, 12, 3)


@pytest.fixture
def entered(services, clock):
    admin = login_admin(services)
    sellers = {
        "a": salesperson(services, admin, "sales.a", "甲业务"),
        "b": salesperson(services, admin, "sales.b", "乙业务"),
    }
    groups = {g.name: g.id for g in services.customer_groups.list_groups(admin)}
    for i, (at, seller, group) in enumerate(ARRIVALS):
        clock.now = at
        card = new_customer(
            services,
            admin,
            f"客户{i}",
            salesperson_id=sellers.get(seller),
            group_id=groups.get(group),
        ).customer
        if i == 2:  # archived customers were entered all the same
            services.customer_notes.add_memo(admin, card.id, "有记录")
            services.customers.delete(admin, card.id)
    return services, admin


def rows(services, admin, period, by="none"):
    return [
        (r.period_label, r.key_label, r.count)
        for r in services.customer_stats.new_customers(admin, START, END, period, by)
    ]


def test_every_breakdown_adds_up_to_the_customers_entered_in_the_range(entered):
    services, admin = entered
    for period in ("day", "week", "month", "total"):
        for by in ("none", "salesperson", "group"):
            assert sum(n for _, _, n in rows(services, admin, period, by)) == 9, (period, by)


def test_per_day_lists_every_day_of_the_range(entered):
    services, admin = entered
    days = rows(services, admin, "day")
    assert len(days) == (END - START).days + 1
    assert days[:3] == [("2026-11-01", "", 2), ("2026-11-02", "", 3), ("2026-11-03", "", 0)]
    assert ("2026-11-30", "", 1) in days
    assert days[-3:] == [("2026-12-01", "", 1), ("2026-12-02", "", 0), ("2026-12-03", "", 1)]


def test_weeks_start_on_monday_and_are_clipped_to_the_range(entered):
    services, admin = entered
    weeks = rows(services, admin, "week")
    assert weeks[0] == ("2026-11-01 ~ 2026-11-01", "", 2)
    assert weeks[1] == ("2026-11-02 ~ 2026-11-08", "", 3)
    assert ("2026-11-16 ~ 2026-11-22", "", 1) in weeks
    assert weeks[-1] == ("2026-11-30 ~ 2026-12-03", "", 3)
    assert len(weeks) == 6


def test_months_and_the_whole_period(entered):
    services, admin = entered
    assert rows(services, admin, "month") == [("2026-11", "", 7), ("2026-12", "", 2)]
    assert rows(services, admin, "total") == [("2026-11-01 ~ 2026-12-03", "", 9)]


def test_by_salesperson_and_by_group(entered):
    services, admin = entered
    assert rows(services, admin, "month", "salesperson") == [
        ("2026-11", "乙业务", 3),  # equal counts: by name
        ("2026-11", "甲业务", 3),
        ("2026-11", "", 1),  # no salesperson
        ("2026-12", "", 1),
        ("2026-12", "甲业务", 1),
    ]
    assert rows(services, admin, "total", "group") == [
        ("2026-11-01 ~ 2026-12-03", "普通客户", 4),
        ("2026-11-01 ~ 2026-12-03", "", 3),  # no group
        ("2026-11-01 ~ 2026-12-03", "VIP客户", 2),
    ]
    # Only periods with customers are listed in a breakdown.
    assert [label for label, _, _ in rows(services, admin, "day", "group")] == [
        "2026-11-01",
        "2026-11-01",
        "2026-11-02",
        "2026-11-20",
        "2026-11-30",
        "2026-12-01",
        "2026-12-03",
    ]


def test_a_single_day_and_bad_ranges(sqlite_services, clock):
    services = sqlite_services
    admin = login_admin(services)
    new_customer(services, admin, "今天的客户")
    today = clock.now.date()
    result = services.customer_stats.new_customers(admin, today, today, "week", "none")
    assert [(r.period_label, r.count) for r in result] == [(f"{today} ~ {today}", 1)]
    with pytest.raises(ValidationError):
        services.customer_stats.new_customers(admin, today, today - dt.timedelta(days=1))
    with pytest.raises(ValueError):
        services.customer_stats.new_customers(admin, today, today, "year")
    with pytest.raises(ValueError):
        services.customer_stats.new_customers(admin, today, today, "day", "city")
