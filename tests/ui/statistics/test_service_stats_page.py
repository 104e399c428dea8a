"""Service statistics page (售后服务统计): per state with all five states and a bold total row,
the groupings, shares and fees on the right, the chart of orders or fees beside the table,
export for those who may, the refusal without stats.view."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import wait_for_workers
from tests.support.service_order_helpers import D, customer, finish, take, technician
from yuntian.services.statistics.service_stats import ServiceGrouping
from yuntian.ui.shell.pages import default_pages
from yuntian.ui.statistics.service_stats_page import (
    CHART_FEES,
    COUNT,
    COUNT_SHARE,
    FEE_SHARE,
    FEE_TOTAL,
    KEY,
    ServiceStatsPage,
)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin, clock):
    """Four orders in 2026 (today is 27 November): two completed with fees, one pending, one
    cancelled; 张师傅 on three of them, 李师傅 on one with him."""
    s = sqlite_services
    buyer = customer(s, admin)
    zhang = technician(s, admin, "zhang", "张师傅")
    li = technician(s, admin, "li", "李师傅")
    clock.now = dt.datetime(2026, 10, 8, 9)
    big = take(s, admin, buyer, service_type="送修", technician_ids=(zhang, li))
    finish(s, admin, big.id, fee_parts=D("1200.50"), fee_service=D("300"), fee_transport=D("0"))
    clock.now = dt.datetime(2026, 11, 2, 9)
    small = take(s, admin, buyer, technician_ids=(zhang,))
    finish(s, admin, small.id, fee_parts=D("0.10"), fee_service=D("0.20"), fee_transport=D("0"))
    take(s, admin, buyer, technician_ids=(zhang,))
    gone = take(s, admin, buyer)
    s.service_orders.cancel(admin, gone.id, "客户取消")
    clock.now = dt.datetime(2026, 11, 27, 9, 30)
    return {"zhang": zhang, "li": li}


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> ServiceStatsPage:
        page = ServiceStatsPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitUntil(lambda: not page.loading)
        return page

    yield make
    wait_for_workers()


def table(page: ServiceStatsPage) -> list[tuple[str, ...]]:
    t = page.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def choose(qtbot, page: ServiceStatsPage, grouping: ServiceGrouping) -> None:
    page.grouping.setCurrentIndex(page.grouping.findData(grouping.value))
    qtbot.waitUntil(lambda: not page.loading)


def chart_at(page: ServiceStatsPage, name: str) -> dict[str, float]:
    shown = page.chart.shown()
    return dict(zip(shown.categories, shown.series[name], strict=True))


@pytest.mark.usefixtures("shop")
def test_this_year_per_state_with_a_bold_total_row(make_page, admin):
    page = make_page(admin)
    assert page.table.horizontalHeaderItem(KEY).text() == "State"
    assert table(page) == [
        ("Pending", "1", "25.0%", "0.00", "0.00", "0.00", "0.00", "0.0%"),
        ("Dispatched", "0", "0.0%", "0.00", "0.00", "0.00", "0.00", "0.0%"),
        ("Completed", "2", "50.0%", "1,200.60", "300.20", "0.00", "1,500.80", "100.0%"),
        ("Audited", "0", "0.0%", "0.00", "0.00", "0.00", "0.00", "0.0%"),
        ("Cancelled", "1", "25.0%", "0.00", "0.00", "0.00", "0.00", "0.0%"),
        ("Total", "4", "100.0%", "1,200.60", "300.20", "0.00", "1,500.80", "100.0%"),
    ]
    last = page.table.rowCount() - 1
    assert all(page.table.item(last, c).font().bold() for c in range(8))
    assert not page.table.item(0, KEY).font().bold()
    right = Qt.AlignmentFlag.AlignRight
    for column in range(COUNT, FEE_SHARE + 1):
        assert page.table.item(0, column).textAlignment() & right
    assert not page.table.item(0, KEY).textAlignment() & right
    assert page.status.text() == (
        "4 service orders from 2026-01-01 to 2026-12-31, 1,500.80 in fees."
    )
    assert "completed and audited" in page.hint.text()
    # The chart: one bar per state, in the table's order, of the orders.
    assert page.chart.shown().categories == [r[KEY] for r in table(page)[:-1]]
    assert chart_at(page, "Orders")["Completed"] == 2.0


def test_technicians_count_orders_twice_and_none_is_a_row(qtbot, make_page, admin, shop):
    page = make_page(admin)
    choose(qtbot, page, ServiceGrouping.TECHNICIAN)
    assert page.table.horizontalHeaderItem(KEY).text() == "Technician"
    assert [(r[KEY], r[COUNT], r[COUNT_SHARE], r[FEE_TOTAL]) for r in table(page)] == [
        ("张师傅", "3", "75.0%", "1,500.80"),
        ("李师傅", "1", "25.0%", "1,500.50"),
        ("(none)", "1", "25.0%", "0.00"),
        ("Total", "4", "100.0%", "1,500.80"),
    ]
    assert "counts for each" in page.hint.text()

    page.chart_of.setCurrentIndex(page.chart_of.findData(CHART_FEES))
    assert chart_at(page, "Fees total") == {"张师傅": 1500.8, "李师傅": 1500.5, "(none)": 0.0}


@pytest.mark.usefixtures("shop")
def test_other_groupings_and_a_period(qtbot, make_page, admin):
    page = make_page(admin)
    choose(qtbot, page, ServiceGrouping.TYPE)
    assert [(r[KEY], r[COUNT]) for r in table(page)] == [
        ("上门维修", "3"),
        ("送修", "1"),
        ("Total", "4"),
    ]
    choose(qtbot, page, ServiceGrouping.WARRANTY)
    assert [r[KEY] for r in table(page)] == ["Unknown", "Total"]
    choose(qtbot, page, ServiceGrouping.OPERATOR)
    assert [(r[KEY], r[COUNT]) for r in table(page)] == [("系统管理员", "4"), ("Total", "4")]

    choose(qtbot, page, ServiceGrouping.MONTH)
    assert [(r[KEY], r[COUNT], r[FEE_TOTAL]) for r in table(page)] == [
        ("2026-10", "1", "1,500.50"),
        ("2026-11", "3", "0.30"),
        ("Total", "4", "1,500.80"),
    ]
    shown = page.chart.shown()
    assert shown.kind == "bars"
    assert shown.categories == [f"2026-{m:02d}" for m in range(1, 13)]  # every month
    assert chart_at(page, "Orders")["2026-11"] == 3.0

    page.period.set_range(dt.date(2026, 11, 3), dt.date(2026, 11, 19))
    qtbot.waitUntil(lambda: not page.loading)
    assert table(page) == [("Total", "0", "0.0%", "0.00", "0.00", "0.00", "0.00", "0.0%")]
    assert page.chart.shown().kind == "empty"
    assert page.chart.chart().title() == "No service orders in this period."


@pytest.mark.usefixtures("shop")
def test_export_writes_what_is_shown(qtbot, make_page, admin, tmp_path):
    page = make_page(admin)
    assert page.export_button.isVisible() and page.export_button.isEnabled()
    shortcuts = {a.shortcut() for a in page.actions()}
    assert QKeySequence("Ctrl+E") in shortcuts
    target = tmp_path / "stats.xlsx"
    job = page.export(target)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert job.message_box is not None and "5 rows" in job.message_box.text()
    job.message_box.close()
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[1][0] == "状态"
    assert [r[0] for r in rows[2:8]] == [
        "待处理",
        "已出单派工",
        "售后完成",
        "审核完成",
        "已取消",
        "合计",
    ]
    assert rows[4][6] == pytest.approx(1500.8) and rows[4][2] == pytest.approx(0.5)


@pytest.mark.usefixtures("shop")
def test_export_needs_its_permission(make_page, admin, tmp_path):
    page = make_page(actor_without(admin, "data.import_export"))
    assert page.table.rowCount() == 6
    assert not page.export_button.isVisible()
    assert page.export(tmp_path / "x.xlsx") is None
    assert not (tmp_path / "x.xlsx").exists()


def test_without_stats_view_the_page_says_why(make_page, admin):
    page = make_page(actor_without(admin, "stats.view"))
    assert page.stack.currentWidget() is page.refusal
    assert "View statistics" in page.refusal.text()


def test_the_page_follows_purchase_statistics_and_needs_stats_view(qtbot):
    specs = default_pages()
    keys = [s.key for s in specs]
    assert keys.index("service_stats") == keys.index("sale_stats") + 1
    spec = specs[keys.index("service_stats")]
    assert (spec.title, spec.permission) == ("Service statistics", "stats.view")
