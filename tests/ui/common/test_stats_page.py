"""The statistics page base on a tiny page of its own: the count runs off the GUI thread and
lands in the table with a bold total, the refusal without stats.view, and the export hook."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import wait_for_workers
from tests.support.sale_helpers import customer, product, sale
from yuntian.services.statistics.sale_stats import SaleGrouping, SaleStats, SaleStatsService
from yuntian.ui.common.stats_page import StatsPage


class TinyStatsPage(StatsPage):
    """Sales per month or per model: a label and a count."""

    object_prefix = "tinyStats"
    columns = 2
    exports = True

    def groupings(self) -> list[tuple[str, str]]:
        return [(SaleGrouping.MONTH.value, "Per month"), (SaleGrouping.MODEL.value, "Per model")]

    def headers(self, result: SaleStats | None) -> list[str]:
        return ["Group", "Sales"]

    def query(self, first: dt.date, last: dt.date) -> Callable[[], SaleStats]:
        stats, actor = self._services.sale_stats, self._actor
        grouping = SaleGrouping(self.grouping.currentData())
        self.threads: list[threading.Thread] = []

        def count() -> SaleStats:
            self.threads.append(threading.current_thread())
            return stats.summarize(actor, first, last, grouping)

        return count

    def show_result(self, stats: SaleStats) -> None:
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            self.set_row(row, (r.label, str(r.count)))
        self.set_row(len(stats.rows), ("Total", str(stats.total.count)), bold=True)
        self.show_status(f"{stats.total.count} sales")

    def stats_exporter(self) -> SaleStatsService:
        return self._services.sale_stats

    def export_names(self) -> tuple[str, str]:
        return "Tiny statistics", "Export tiny statistics"


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> TinyStatsPage:
        page = TinyStatsPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1000, 500)
        page.show()
        qtbot.waitUntil(lambda: not page.loading)
        return page

    yield make
    wait_for_workers()


@pytest.fixture
def two_sales(sqlite_services, admin):
    s = sqlite_services
    buyer = customer(s, admin)
    model = product(s, admin, "KFR-35GW", brand="格力")
    sale(s, admin, buyer, model, "100", sale_date=dt.date(2026, 10, 8))
    sale(s, admin, buyer, model, "200", sale_date=dt.date(2026, 11, 2))


def rows(page: StatsPage) -> list[tuple[str, ...]]:
    t = page.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


@pytest.mark.usefixtures("two_sales")
@pytest.mark.real_threads
def test_the_count_runs_off_the_gui_thread_into_the_table(qtbot, make_page, admin):
    page = make_page(admin)
    assert page.objectName() == "tinyStatsPage" and page.table.objectName() == "tinyStatsTable"
    assert page.threads and page.threads[0] is not threading.main_thread()
    assert rows(page) == [("2026-10", "1"), ("2026-11", "1"), ("Total", "2")]
    assert page.total_text(1) == "2"
    assert page.table.item(2, 0).font().bold() and not page.table.item(0, 0).font().bold()
    assert page.table.item(0, 1).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not page.table.item(0, 0).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert page.table.horizontalHeaderItem(1).text() == "Sales"
    assert page.status.text() == "2 sales"
    assert not page.hint.isVisible()
    assert page.stack.currentIndex() == 0

    # The grouping and the period count again; so does F5.
    page.grouping.setCurrentIndex(page.grouping.findData(SaleGrouping.MODEL.value))
    qtbot.waitUntil(lambda: not page.loading)
    assert rows(page) == [("格力 KFR-35GW", "2"), ("Total", "2")]
    page.period.set_range(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    qtbot.waitUntil(lambda: not page.loading)
    assert rows(page)[-1] == ("Total", "1")
    shortcuts = {a.shortcut() for a in page.actions()}
    assert {QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("Ctrl+E")} <= shortcuts


def test_without_stats_view_the_page_says_why(make_page, admin):
    page = make_page(actor_without(admin, "stats.view"))
    assert page.stack.currentWidget() is page.refusal
    assert "View statistics" in page.refusal.text()
    assert page.result is None and not page.export_button.isEnabled()
    assert page.export_to_excel("never.xlsx") is None


@pytest.mark.usefixtures("two_sales")
def test_export_writes_the_result_shown(qtbot, make_page, admin, tmp_path):
    page = make_page(admin)
    assert page.export_button.isVisible() and page.export_button.isEnabled()
    target = tmp_path / "tiny.xlsx"
    job = page.export_to_excel(target)
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert job.message_box is not None and "2 rows" in job.message_box.text()
    job.message_box.close()
    sheet = openpyxl.load_workbook(target).active
    assert [r[0] for r in sheet.iter_rows(min_row=3, max_row=5, values_only=True)] == [
        "2026-10",
        "2026-11",
        "合计",
    ]


@pytest.mark.usefixtures("two_sales")
def test_no_export_without_its_permission(make_page, admin, tmp_path):
    page = make_page(actor_without(admin, "data.import_export"))
    assert rows(page)[-1] == ("Total", "2")
    assert not page.export_button.isVisible()
    assert page.export_to_excel(tmp_path / "x.xlsx") is None
    assert not (tmp_path / "x.xlsx").exists()
