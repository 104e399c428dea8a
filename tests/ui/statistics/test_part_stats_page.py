"""Parts statistics page (备件统计): values per part with a bold total row, quantities on
demand, the groupings, the chart of stock-ins and consumption, export read back, the refusal
without stats.view, and the page registered under stats.view."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import wait_for_workers
from tests.support.part_helpers import D, main_store, part, post, stock_in
from tests.support.service_order_helpers import customer, take, technician
from yuntian.services.parts.part_types import DocKind, LineInput, Place
from yuntian.services.statistics.part_stats import PartGrouping
from yuntian.ui.shell.pages import default_pages
from yuntian.ui.statistics.part_stats_page import (
    CONSUMED,
    CONSUMED_PRICE,
    IN,
    KEY,
    SHOW_QUANTITIES,
    PartStatsPage,
)

DAY = dt.date(2026, 10, 8)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """Ten capacitors (8.00) and two motors (50.00) stocked in; 张师傅 takes four capacitors
    and uses three on a repair at 25.00 each."""
    s = sqlite_services
    zhang = Place.tech(technician(s, admin, "zhang", "张师傅"))
    cap = part("BJ001", "启动电容", category="电气")
    motor = part("BJ002", "风扇电机", category="电机")
    stock_in(s, admin, (cap, 10, "8.00"), (motor, 2, "50.00"), doc_date=DAY)
    post(s, admin, DocKind.ISSUE, main_store(), zhang, (cap, 4), doc_date=DAY)
    order = take(s, admin, customer(s, admin))
    s.part_documents.consume(admin, order.id, zhang, [LineInput(cap, 3, unit_price=D("25"))], DAY)
    return {"cap": cap}


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> PartStatsPage:
        page = PartStatsPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1200, 600)
        page.show()
        qtbot.waitUntil(lambda: not page.loading)
        return page

    yield make
    wait_for_workers()


def table(page: PartStatsPage) -> list[tuple[str, ...]]:
    t = page.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


@pytest.mark.usefixtures("shop")
def test_values_per_part_then_quantities(qtbot, make_page, admin):
    page = make_page(admin)
    assert page.table.horizontalHeaderItem(KEY).text() == "Part"
    assert table(page) == [
        ("BJ001 启动电容", "80.00", "32.00", "0.00", "24.00", "75.00", "0.00"),
        ("BJ002 风扇电机", "100.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
        ("Total", "180.00", "32.00", "0.00", "24.00", "75.00", "0.00"),
    ]
    last = page.table.rowCount() - 1
    assert page.table.item(last, IN).font().bold()
    assert "180.00 stocked in, 24.00 consumed (charged 75.00)" in page.status.text()
    shown = page.chart.shown()
    assert shown.categories == ["BJ001 启动电容", "BJ002 风扇电机"]
    assert shown.series["Consumed"] == [24.0, 0.0]

    page.show_of.setCurrentIndex(page.show_of.findData(SHOW_QUANTITIES))
    assert page.table.horizontalHeaderItem(CONSUMED).text() == "Consumed"
    assert page.table.isColumnHidden(CONSUMED_PRICE)
    assert [(r[KEY], r[IN], r[CONSUMED]) for r in table(page)] == [
        ("BJ001 启动电容", "10", "3"),
        ("BJ002 风扇电机", "2", "0"),
        ("Total", "12", "3"),
    ]
    assert page.chart.shown().series["Stocked in"] == [10.0, 2.0]


@pytest.mark.usefixtures("shop")
def test_groupings_and_an_empty_period(qtbot, make_page, admin):
    page = make_page(admin)
    page.grouping.setCurrentIndex(page.grouping.findData(PartGrouping.TECHNICIAN.value))
    qtbot.waitUntil(lambda: not page.loading)
    assert [(r[KEY], r[IN], r[CONSUMED]) for r in table(page)] == [
        ("张师傅", "0.00", "24.00"),
        ("(none)", "180.00", "0.00"),
        ("Total", "180.00", "24.00"),
    ]
    page.grouping.setCurrentIndex(page.grouping.findData(PartGrouping.TYPE.value))
    qtbot.waitUntil(lambda: not page.loading)
    assert table(page)[0][:1] == ("上门维修",)
    assert "service type" in page.hint.text()
    page.period.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 19))
    qtbot.waitUntil(lambda: not page.loading)
    assert table(page) == [("Total", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00")]
    assert page.chart.shown().kind == "empty"


@pytest.mark.usefixtures("shop")
def test_export_writes_quantities_and_values(qtbot, make_page, admin, tmp_path):
    page = make_page(admin)
    target = tmp_path / "parts.xlsx"
    job = page.export(target)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert job.message_box is not None
    job.message_box.close()
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert "备件统计" in rows[0][0] and "按备件" in rows[0][0]
    assert rows[1][:3] == ["备件", "入库数量", "入库金额"]
    assert rows[2][0] == "BJ001 启动电容"
    assert rows[2][7:10] == [3, pytest.approx(24.0), pytest.approx(75.0)]
    assert rows[4][0] == "合计" and rows[4][1] == 12 and rows[4][2] == pytest.approx(180.0)


def test_without_stats_view_the_page_says_why(make_page, admin):
    page = make_page(actor_without(admin, "stats.view"))
    assert page.stack.currentWidget() is page.refusal


def test_the_page_is_registered_under_stats_view(qtbot):
    specs = {s.key: s for s in default_pages()}
    assert (specs["part_stats"].title, specs["part_stats"].permission) == (
        "Parts statistics", "stats.view",
    )  # fmt: skip
