"""New-customer statistics (新录入客户统计): period presets, buckets, breakdowns, total row."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.db.customer_helpers import salesperson
from tests.helpers import actor_without, login_admin
from tests.ui.customer_ui import new_customer, wait_for_workers
from yuntian.ui.customer_stats_page import COUNT, KEY, PERIOD, CustomerStatsPage
from yuntian.ui.periods import THIS_WEEK, TODAY


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> CustomerStatsPage:
        page = CustomerStatsPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1000, 600)
        page.show()
        qtbot.waitUntil(lambda: not page.loading)
        return page

    yield make
    wait_for_workers()


def table(page: CustomerStatsPage) -> list[tuple[str, str, str]]:
    t = page.table
    return [
        (t.item(r, PERIOD).text(), t.item(r, KEY).text(), t.item(r, COUNT).text())
        for r in range(t.rowCount())
    ]


def choose(qtbot, page: CustomerStatsPage, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    qtbot.waitUntil(lambda: not page.loading)


@pytest.fixture
def entered(sqlite_services, admin, clock):
    """Customers entered over three days of the week 2026-11-23 .. 29 (today is Fri the 27th)."""
    groups = {g.name: g.id for g in sqlite_services.customer_groups.list_groups(admin)}
    sales = salesperson(sqlite_services, admin, "wangwu", "王五")
    plan = [(-2, "VIP客户", sales), (-2, None, None), (-1, "VIP客户", None), (0, "经销商", sales)]
    for i, (days, group, person) in enumerate(plan):
        clock.advance(days=days)
        new_customer(
            sqlite_services, admin, f"客户{i}", group_id=groups.get(group), salesperson_id=person
        )
        clock.advance(days=-days)
    clock.advance(days=-40)
    new_customer(sqlite_services, admin, "上个月")
    clock.advance(days=40)


def this_week(qtbot, make_page, actor) -> CustomerStatsPage:
    page = make_page(actor)
    choose(qtbot, page, page.period.combo, THIS_WEEK)
    choose(qtbot, page, page.bucket, "day")
    return page


@pytest.mark.usefixtures("entered")
def test_new_customers_per_day_with_a_total_row(qtbot, make_page, admin):
    page = this_week(qtbot, make_page, admin)
    rows = table(page)
    assert rows == [
        ("2026-11-23", "", "0"),
        ("2026-11-24", "", "0"),
        ("2026-11-25", "", "2"),
        ("2026-11-26", "", "1"),
        ("2026-11-27", "", "1"),
        ("2026-11-28", "", "0"),
        ("2026-11-29", "", "0"),
        ("Total", "", "4"),
    ]
    assert page.total() == sum(int(r[2]) for r in rows[:-1])
    assert page.table.isColumnHidden(KEY)
    assert page.status.text() == "4 new customers from 2026-11-23 to 2026-11-29."


@pytest.mark.usefixtures("entered")
def test_breakdown_by_group_and_by_salesperson(qtbot, make_page, admin):
    page = this_week(qtbot, make_page, admin)
    choose(qtbot, page, page.bucket, "total")
    choose(qtbot, page, page.breakdown, "group")
    assert not page.table.isColumnHidden(KEY)
    assert page.table.horizontalHeaderItem(KEY).text() == "Group"
    week = "2026-11-23 ~ 2026-11-29"
    assert sorted(table(page)[:-1]) == [
        (week, "(none)", "1"),
        (week, "VIP客户", "2"),
        (week, "经销商", "1"),
    ]
    assert table(page)[-1] == ("Total", "", "4")

    choose(qtbot, page, page.breakdown, "salesperson")
    assert sorted(table(page)[:-1]) == [(week, "(none)", "2"), (week, "王五", "2")]
    assert page.total() == 4


@pytest.mark.usefixtures("entered")
def test_a_year_per_month_first_then_a_custom_period(qtbot, make_page, admin):
    page = make_page(admin)
    assert table(page)[-4:] == [
        ("2026-10", "", "1"),
        ("2026-11", "", "4"),
        ("2026-12", "", "0"),
        ("Total", "", "5"),
    ]
    assert len(table(page)) == 13  # this year, month by month, and the total
    page.period.set_range(dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    choose(qtbot, page, page.bucket, "month")
    assert table(page) == [("2026-10", "", "1"), ("2026-11", "", "4"), ("Total", "", "5")]

    choose(qtbot, page, page.period.combo, TODAY)
    assert table(page) == [("2026-11", "", "1"), ("Total", "", "1")]


def test_without_stats_view_the_page_says_why(make_page, admin):
    page = make_page(actor_without(admin, "stats.view"))
    assert page.stack.currentWidget() is page.refusal
    assert "View statistics" in page.refusal.text()
