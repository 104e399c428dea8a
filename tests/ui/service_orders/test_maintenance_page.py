"""The due-maintenance page (定期维护): the due list with overdue ones in red, the range and
"include already ordered" filters, making orders for the chosen rows (Ctrl+G) which then show
in their rows, opening the customer (Enter), and the permission that enables making orders."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QTest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_ui import wait_for_workers
from tests.support.sale_helpers import product, sale
from yuntian.db.models import ServiceOrder
from yuntian.ui.common.periods import CUSTOM
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders import maintenance_list_model as cols
from yuntian.ui.service_orders.maintenance_list_model import MaintenanceListModel
from yuntian.ui.service_orders.maintenance_page import MaintenancePage
from yuntian.ui.shell.pages import default_pages

TODAY = dt.date(2026, 11, 27)  # the FakeClock's day; the lead is 7 days


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """Three purchases due (one overdue), one due later than the lead days."""
    s = sqlite_services
    wang = new_customer(s, admin, "王大妈", "13800138000").customer.id
    li = new_customer(s, admin, "李师傅", "13912345678").customer.id
    model = product(s, admin, maintenance_interval_days=180)

    def bought(buyer: int, offset: int, serial: str) -> int:
        return sale(s, admin, buyer, model, serial_number=serial, next_maintenance=day(offset)).id

    return {
        "overdue": bought(wang, -10, "SN-A"),
        "soon": bought(li, 2, "SN-B"),
        "edge": bought(wang, 7, "SN-C"),
        "later": bought(li, 20, "SN-D"),
        "wang": wang,
    }


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor, **kwargs) -> MaintenancePage:
        page = MaintenancePage(sqlite_services, actor, **kwargs)
        qtbot.addWidget(page)
        page.resize(1280, 600)
        page.show()
        qtbot.waitExposed(page)
        settle(qtbot, page)
        return page

    yield make
    wait_for_workers()


def settle(qtbot, page: MaintenancePage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def column(page: MaintenancePage, col: int) -> list[str]:
    model = page.model
    return [model.index(r, col).data() for r in range(model.rowCount())]


def choose(page: MaintenancePage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)


def test_the_page_is_listed_after_sales(qapp):
    keys = [spec.key for spec in default_pages()]
    assert "maintenance" in keys
    assert keys.index("maintenance") > keys.index("sales")


def test_the_list_shows_what_is_due_within_the_lead_days_overdue_in_red(make_page, admin, shop):
    page = make_page(admin)
    assert column(page, cols.SERIAL) == ["SN-A", "SN-B", "SN-C"]
    assert column(page, cols.DUE)[0] == day(-10).isoformat()
    assert column(page, cols.DAYS) == ["10 d overdue", "in 2 d", "in 7 d"]
    assert column(page, cols.CUSTOMER) == ["王大妈", "李师傅", "王大妈"]
    assert column(page, cols.PHONE)[1] == "139 1234 5678"
    assert column(page, cols.INTERVAL)[0] == "180 d"
    assert column(page, cols.ORDER) == ["", "", ""]
    red = page.model.index(0, cols.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color() == QColor(ERROR_COLOUR)
    assert page.model.index(1, cols.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "2026-12-04" in page.range_hint.text()
    assert "3 due" in page.status.text()


def test_the_model_pages_by_key_and_passes_the_model_tester(qtlog, sqlite_services, admin):
    s = sqlite_services
    buyer = new_customer(s, admin, "赵六").customer.id
    model = product(s, admin)
    for i in range(23):
        sale(s, admin, buyer, model, next_maintenance=day(i % 4 - 2))
    expected = [r.sale_id for r in s.maintenance.due(admin, limit=100)]
    assert len(expected) == 23
    list_model = MaintenanceListModel(page_size=5, cached_pages=2)
    tester = QAbstractItemModelTester(
        list_model, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    tester.setUseFetchMore(False)
    list_model.set_fetch(lambda after, limit: s.maintenance.due(admin, after=after, limit=limit))
    assert list_model.rowCount() == 5 and list_model.more()
    while list_model.canFetchMore():
        list_model.fetchMore()
    assert [list_model.id_at(r) for r in range(list_model.rowCount())] == expected
    assert list_model.cached_rows() == 10  # two pages of rows held, the ids of all
    assert list_model.due_row(2).sale_id == expected[2]  # a dropped page read again
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_a_chosen_range(make_page, admin, shop, qtbot):
    page = make_page(admin)
    page.period.set_range(day(0), day(30))
    settle(qtbot, page)
    assert page.period.preset() == CUSTOM
    assert column(page, cols.SERIAL) == ["SN-B", "SN-C", "SN-D"]
    assert page.range_hint.text() == ""


def test_generate_for_the_selection_shows_the_orders_in_their_rows(
    make_page, admin, shop, sqlite_services, qtbot
):
    page = make_page(admin, page_size=2)  # the rows span two pages
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.busy(), timeout=10_000)
    asked: list[int] = []
    page.confirm = lambda n: asked.append(n) or True
    choose(page, [0, 2])
    assert page.generate_action.isEnabled()
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert asked == [2]
    made = list(ServiceOrder.select().order_by(ServiceOrder.id))
    assert [(o.sale_id, o.maintenance_due) for o in made] == [
        (shop["overdue"], day(-10)),
        (shop["edge"], day(7)),
    ]
    orders = column(page, cols.ORDER)
    assert orders[0].startswith(made[0].code) and "Pending" in orders[0]
    assert orders[1] == ""
    assert orders[2].startswith(made[1].code)
    assert "2 created, 0 skipped (already ordered)" in page.status.text()
    assert made[0].fault == f"Periodic maintenance (due {day(-10).isoformat()})"
    # Only ordered rows chosen: nothing left to make.
    choose(page, [0, 2])
    assert not page.generate_action.isEnabled()
    # A mixed choice: the ordered one is counted as skipped, nothing is made twice.
    choose(page, [0, 1])
    page.generate()
    settle(qtbot, page)
    assert ServiceOrder.select().count() == 3
    assert "1 created, 1 skipped (already ordered)" in page.status.text()
    # Read again from the database, the rows still show their orders.
    page.refresh()
    settle(qtbot, page)
    assert all(column(page, cols.ORDER))


def test_ctrl_p_prints_the_slips_of_the_chosen_rows_orders(
    make_page, admin, shop, qtbot, monkeypatch
):
    from yuntian.ui.service_orders import maintenance_page

    page = make_page(admin)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.busy(), timeout=10_000)
    choose(page, [0])
    assert not page.print_action.isEnabled()  # nothing ordered yet: no slip to print
    page.generate()
    settle(qtbot, page)
    printed: list[list[str]] = []
    monkeypatch.setattr(
        maintenance_page,
        "print_orders",
        lambda parent, services, actor, orders: printed.append([o.code for o in orders]),
    )
    choose(page, [0, 1])  # one with an order, one without
    assert page.print_action.isEnabled()
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    made = ServiceOrder.get(ServiceOrder.sale == shop["overdue"])
    assert printed == [[made.code]]


def test_hiding_ordered_ones_drops_the_rows_made(make_page, admin, shop, qtbot):
    page = make_page(admin)
    page.include_ordered.setChecked(False)
    settle(qtbot, page)
    choose(page, [1])
    page.generate()
    settle(qtbot, page)
    assert column(page, cols.SERIAL) == ["SN-A", "SN-C"]
    page.refresh()
    settle(qtbot, page)
    assert column(page, cols.SERIAL) == ["SN-A", "SN-C"]


def test_enter_opens_the_customer(make_page, admin, shop, qtbot):
    page = make_page(admin)
    shown: list[int] = []
    page.show_card = shown.append
    page.table.select_row(0)
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert shown == [shop["wang"]]


def test_without_service_process_orders_cannot_be_made(make_page, admin, shop, qtbot):
    page = make_page(actor_without(admin, "service.process"))
    assert page.model.rowCount() == 3  # everyone sees the reminders
    choose(page, [0])
    assert not page.generate_action.isEnabled()
    page.generate()
    settle(qtbot, page)
    assert not ServiceOrder.select().exists()
    assert page.customer_action.isEnabled()


def test_a_refusal_is_shown_and_nothing_is_made(make_page, admin, shop, sqlite_services, qtbot):
    page = make_page(admin)
    warned: list[str] = []
    page.warn = warned.append
    sqlite_services.sales.void(admin, shop["soon"], "退货")  # meanwhile, on another PC
    choose(page, [1])
    page.generate()
    settle(qtbot, page)
    assert warned and "voided" in warned[0]
    assert not ServiceOrder.select().exists()
    assert page.generate_action.isEnabled()
