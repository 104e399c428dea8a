"""Purchase statistics page (购机统计): groupings, filters, the bold total row, money with
separators on the right, the chart beside the table, export for those who may, the refusal
without stats.view."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import wait_for_workers
from tests.support.sale_helpers import D, customer, product, sale
from yuntian.services.statistics.sale_stats import SaleGrouping
from yuntian.ui.common.periods import THIS_MONTH
from yuntian.ui.shell.pages import default_pages
from yuntian.ui.statistics.sale_stats_page import (
    COUNT,
    KEY,
    OUTSTANDING,
    QUANTITY,
    RECEIVABLE,
    RECEIVED,
    SaleStatsPage,
)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """Sales in October and November 2026 (today is 27 November), two reps, one unit."""
    s = sqlite_services
    buyer = customer(s, admin)
    gree = product(s, admin, "KFR-35GW", brand="格力")
    midea = product(s, admin, "KFR-26GW", brand="美的")
    wang = salesperson(s, admin, "wangwu", "王五")
    head = s.catalogue.save_sales_unit(admin, None, "总店", None, None, version=None).id
    big = sale(s, admin, buyer, gree, "12500", sale_date=dt.date(2026, 10, 8), quantity=2,
               salesperson_id=wang, sales_unit_id=head)  # fmt: skip
    s.payments.record(admin, big.id, dt.date(2026, 10, 8), D("20000"), "现金")
    sale(s, admin, buyer, midea, "3999.90", sale_date=dt.date(2026, 11, 2))
    small = sale(s, admin, buyer, midea, "1000", sale_date=dt.date(2026, 11, 20),
                 salesperson_id=wang)  # fmt: skip
    s.payments.record(admin, small.id, dt.date(2026, 11, 20), D("1000"), "微信")
    s.payments.record(admin, small.id, dt.date(2026, 11, 21), D("-100"), "微信", reason="优惠")
    return {"wang": wang, "head": head}


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> SaleStatsPage:
        page = SaleStatsPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitUntil(lambda: not page.loading)
        return page

    yield make
    wait_for_workers()


def table(page: SaleStatsPage) -> list[tuple[str, ...]]:
    t = page.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def choose(qtbot, page: SaleStatsPage, combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    qtbot.waitUntil(lambda: not page.loading)


def yuan_figure(text: str) -> float:
    return float(text.replace(",", ""))


def table_column(page: SaleStatsPage, column: int) -> dict[str, float]:
    """Row label -> the figure in ``column``, the total row left out."""
    return {r[KEY]: yuan_figure(r[column]) for r in table(page)[:-1]}


def chart_at(page: SaleStatsPage, name: str) -> dict[str, float]:
    shown = page.chart.shown()
    return dict(zip(shown.categories, shown.series[name], strict=True))


@pytest.mark.usefixtures("shop")
def test_the_chart_shows_the_tables_figures_and_follows_the_grouping(qtbot, make_page, admin):
    page = make_page(admin)
    shown = page.chart.shown()
    assert shown.kind == "bars"
    assert shown.categories == [f"2026-{m:02d}" for m in range(1, 13)]  # every month, top down
    assert set(shown.series) == {"Receivable", "Received"}
    for name, column in (("Receivable", RECEIVABLE), ("Received", RECEIVED)):
        figures = table_column(page, column)
        assert {m: v for m, v in chart_at(page, name).items() if v} == figures
    assert chart_at(page, "Receivable")["2026-11"] == pytest.approx(4999.9)

    choose(qtbot, page, page.grouping, SaleGrouping.REP.value)
    assert page.chart.shown().categories == ["王五", "(none)"]  # as the table: largest first
    assert chart_at(page, "Receivable") == table_column(page, RECEIVABLE)
    assert chart_at(page, "Received") == {"王五": 20900.0, "(none)": 0.0}

    page.period.set_range(dt.date(2026, 11, 15), dt.date(2026, 11, 21))
    choose(qtbot, page, page.grouping, SaleGrouping.DAY.value)
    assert page.chart.shown().kind == "bars"  # a week: one bar pair per day
    assert len(page.chart.shown().categories) == 7
    assert (
        chart_at(page, "Received")["2026-11-20"]
        == 900.0
        == table_column(page, RECEIVED)["2026-11-20"]
    )
    page.period.set_range(dt.date(2026, 11, 3), dt.date(2026, 11, 19))
    qtbot.waitUntil(lambda: not page.loading)
    assert page.chart.shown().kind == "empty"
    assert page.chart.chart().title() == "No sales in this period."


@pytest.mark.usefixtures("shop")
def test_a_year_of_days_is_drawn_as_running_totals(qtbot, make_page, admin):
    page = make_page(admin)
    choose(qtbot, page, page.grouping, SaleGrouping.DAY.value)
    shown = page.chart.shown()
    assert shown.kind == "lines"
    assert len(shown.categories) == 365 and shown.categories[0] == "2026-01-01"
    owed = dict(zip(shown.categories, shown.series["Receivable, running total"], strict=True))
    running = 0.0
    for day, figure in table_column(page, RECEIVABLE).items():
        running += figure
        assert owed[day] == pytest.approx(running)
    assert owed["2026-12-31"] == pytest.approx(yuan_figure(page.total_text(RECEIVABLE)))
    paid = shown.series["Received, running total"]
    assert paid[-1] == pytest.approx(yuan_figure(page.total_text(RECEIVED)))


def test_more_than_twenty_models_fold_into_other(qtbot, sqlite_services, make_page, admin):
    s = sqlite_services
    buyer = customer(s, admin)
    for n in range(21):  # model n sells for 100 * (n + 1): model 0 is the smallest
        model = product(s, admin, f"M-{n:02d}")
        sale(s, admin, buyer, model, str(100 * (n + 1)), sale_date=dt.date(2026, 5, 1))
    page = make_page(admin)
    choose(qtbot, page, page.grouping, SaleGrouping.MODEL.value)
    assert page.table.rowCount() == 22
    shown = page.chart.shown()
    assert len(shown.categories) == 20 and shown.categories[-1] == "Other"
    receivable = table_column(page, RECEIVABLE)
    kept = shown.categories[:-1]
    assert kept == [r[KEY] for r in table(page)[:19]]
    assert [chart_at(page, "Receivable")[k] for k in kept] == [receivable[k] for k in kept]
    assert chart_at(page, "Receivable")["Other"] == 100.0 + 200.0  # the two smallest
    assert sum(shown.series["Receivable"]) == yuan_figure(page.total_text(RECEIVABLE))


@pytest.mark.usefixtures("shop")
def test_this_year_per_month_with_a_bold_total_row(make_page, admin):
    page = make_page(admin)
    assert page.table.horizontalHeaderItem(KEY).text() == "Month"
    assert table(page) == [
        ("2026-10", "1", "2", "25,000.00", "20,000.00", "5,000.00"),
        ("2026-11", "2", "2", "4,999.90", "900.00", "4,099.90"),
        ("Total", "3", "4", "29,999.90", "20,900.00", "9,099.90"),
    ]
    last = page.table.rowCount() - 1
    assert all(page.table.item(last, c).font().bold() for c in range(6))
    assert not page.table.item(0, KEY).font().bold()
    right = Qt.AlignmentFlag.AlignRight
    for column in (COUNT, QUANTITY, RECEIVABLE, RECEIVED, OUTSTANDING):
        assert page.table.item(0, column).textAlignment() & right
    assert not page.table.item(0, KEY).textAlignment() & right
    assert page.status.text() == "3 sales from 2026-01-01 to 2026-12-31, 9,099.90 outstanding."
    assert "outstanding = receivable − received" in page.hint.text()


@pytest.mark.usefixtures("shop")
def test_groupings_and_a_period(qtbot, make_page, admin):
    page = make_page(admin)
    choose(qtbot, page, page.grouping, SaleGrouping.REP.value)
    assert page.table.horizontalHeaderItem(KEY).text() == "Sales rep"
    assert [(r[KEY], r[RECEIVABLE]) for r in table(page)] == [
        ("王五", "26,000.00"),
        ("(none)", "3,999.90"),
        ("Total", "29,999.90"),
    ]
    choose(qtbot, page, page.grouping, SaleGrouping.MODEL.value)
    assert [r[KEY] for r in table(page)] == ["格力 KFR-35GW", "美的 KFR-26GW", "Total"]

    choose(qtbot, page, page.period.combo, THIS_MONTH)
    choose(qtbot, page, page.grouping, SaleGrouping.DAY.value)
    assert table(page) == [
        ("2026-11-02", "1", "1", "3,999.90", "0.00", "3,999.90"),
        ("2026-11-20", "1", "1", "1,000.00", "900.00", "100.00"),
        ("Total", "2", "2", "4,999.90", "900.00", "4,099.90"),
    ]
    page.period.set_range(dt.date(2026, 11, 3), dt.date(2026, 11, 19))
    qtbot.waitUntil(lambda: not page.loading)
    assert table(page) == [("Total", "0", "0", "0.00", "0.00", "0.00")]


def test_rep_and_unit_filters(qtbot, make_page, admin, shop):
    page = make_page(admin)
    assert page.rep.itemText(0) == "All sales reps" and page.rep.findText("王五") > 0
    assert page.unit.itemText(0) == "All sales units" and page.unit.findText("总店") > 0
    choose(qtbot, page, page.rep, shop["wang"])
    assert [r[KEY] for r in table(page)] == ["2026-10", "2026-11", "Total"]
    assert page.total_text(RECEIVABLE) == "26,000.00"
    choose(qtbot, page, page.unit, shop["head"])
    assert table(page) == [
        ("2026-10", "1", "2", "25,000.00", "20,000.00", "5,000.00"),
        ("Total", "1", "2", "25,000.00", "20,000.00", "5,000.00"),
    ]
    page.refresh()  # F5 reads the lists again and keeps the choice
    qtbot.waitUntil(lambda: not page.loading)
    assert page.unit.currentData() == shop["head"] and page.rep.currentData() == shop["wang"]


@pytest.mark.usefixtures("shop")
def test_export_writes_what_is_shown(qtbot, make_page, admin, tmp_path):
    page = make_page(admin)
    assert page.export_button.isVisible() and page.export_button.isEnabled()
    choose(qtbot, page, page.grouping, SaleGrouping.MODEL.value)
    target = tmp_path / "stats.xlsx"
    job = page.export(target)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert job.message_box is not None and "2 rows" in job.message_box.text()
    job.message_box.close()
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[1][0] == "商品名称型号"
    assert [r[0] for r in rows[2:5]] == ["格力 KFR-35GW", "美的 KFR-26GW", "合计"]
    assert rows[4][3] == pytest.approx(29999.9)


@pytest.mark.usefixtures("shop")
def test_export_needs_its_permission(make_page, admin, tmp_path):
    page = make_page(actor_without(admin, "data.import_export"))
    assert page.table.rowCount() == 3
    assert not page.export_button.isVisible()
    assert page.export(tmp_path / "x.xlsx") is None
    assert not (tmp_path / "x.xlsx").exists()


def test_without_stats_view_the_page_says_why(make_page, admin):
    page = make_page(actor_without(admin, "stats.view"))
    assert page.stack.currentWidget() is page.refusal
    assert "View statistics" in page.refusal.text()


def test_the_page_follows_new_customers_and_needs_stats_view(qtbot):
    specs = default_pages()
    keys = [s.key for s in specs]
    assert keys.index("sale_stats") == keys.index("customer_stats") + 1
    spec = specs[keys.index("sale_stats")]
    assert (spec.title, spec.permission) == ("Purchase statistics", "stats.view")
