"""New-customer statistics (新录入客户统计): period presets, buckets, breakdowns, total row, and
the chart beside the table."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import new_customer, wait_for_workers
from yuntian.ui.common.periods import THIS_WEEK, THIS_YEAR, TODAY
from yuntian.ui.statistics.customer_stats_page import COUNT, KEY, PERIOD, CustomerStatsPage


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


def chart_at(page: CustomerStatsPage, name: str = "New customers") -> dict[str, float]:
    shown = page.chart.shown()
    return dict(zip(shown.categories, shown.series[name], strict=True))


@pytest.mark.usefixtures("entered")
def test_the_chart_has_a_bar_per_row_and_follows_the_bucket(qtbot, make_page, admin):
    page = this_week(qtbot, make_page, admin)
    assert page.chart.shown().kind == "bars"
    assert chart_at(page) == {day: float(n) for day, _, n in table(page)[:-1]}
    choose(qtbot, page, page.bucket, "week")
    assert chart_at(page) == {"2026-11-23": 4.0}  # a week by its first day
    choose(qtbot, page, page.period.combo, THIS_YEAR)
    choose(qtbot, page, page.bucket, "month")
    assert chart_at(page) == {month: float(n) for month, _, n in table(page)[:-1]}
    assert len(chart_at(page)) == 12


@pytest.mark.usefixtures("entered")
def test_a_year_of_days_is_a_running_total(qtbot, make_page, admin):
    page = make_page(admin)
    choose(qtbot, page, page.bucket, "day")
    shown = page.chart.shown()
    assert shown.kind == "lines"
    assert shown.categories == [day for day, _, _ in table(page)[:-1]]
    running = 0
    drawn = shown.series["New customers, running total"]
    for (_, _, n), value in zip(table(page)[:-1], drawn, strict=True):
        running += int(n)
        assert value == running
    assert running == page.total() == 5


@pytest.mark.usefixtures("entered")
def test_a_breakdown_splits_each_bar(qtbot, make_page, admin):
    page = this_week(qtbot, make_page, admin)
    choose(qtbot, page, page.breakdown, "group")
    shown = page.chart.shown()
    assert shown.kind == "bars"
    assert shown.categories == ["2026-11-25", "2026-11-26", "2026-11-27"]  # days with customers
    drawn = {
        (day, group): n
        for group, values in shown.series.items()
        for day, n in zip(shown.categories, values, strict=True)
        if n
    }
    assert drawn == {(day, group): float(n) for day, group, n in table(page)[:-1]}

    choose(qtbot, page, page.bucket, "total")  # one period: a bar per group
    assert sorted(chart_at(page).items()) == [("(none)", 1.0), ("VIP客户", 2.0), ("经销商", 1.0)]
    choose(qtbot, page, page.breakdown, "salesperson")
    assert sorted(chart_at(page).items()) == [("(none)", 2.0), ("王五", 2.0)]


def test_many_groups_fold_into_other(qtbot, sqlite_services, make_page, admin, clock):
    groups = [
        sqlite_services.customer_groups.create_group(admin, f"组{n:02d}").id for n in range(8)
    ]
    for n, group in enumerate(groups):  # today group n gets n + 1 customers
        for i in range(n + 1):
            new_customer(sqlite_services, admin, f"客户{n}-{i}", group_id=group)
    clock.advance(days=-1)
    new_customer(sqlite_services, admin, "昨天")  # no group
    clock.advance(days=1)
    page = this_week(qtbot, make_page, admin)
    choose(qtbot, page, page.breakdown, "group")
    shown = page.chart.shown()
    assert shown.categories == ["2026-11-26", "2026-11-27"]
    assert list(shown.series) == ["组07", "组06", "组05", "组04", "组03", "Other"]
    assert shown.series["组07"] == [0.0, 8.0]
    assert shown.series["Other"] == [1.0, 3.0 + 2 + 1]  # (none) yesterday; 组02, 组01, 组00
    per_day = Counter()
    for day, _, n in table(page)[:-1]:
        per_day[day] += int(n)
    for i, day in enumerate(shown.categories):
        assert sum(values[i] for values in shown.series.values()) == per_day[day]


def test_without_customers_the_chart_says_so(make_page, admin):
    page = make_page(admin)
    assert page.chart.shown().kind == "empty"
    assert page.chart.chart().title() == "No new customers in this period."
