"""The customer list page (客户资料): lazy paging, live search, filters, sort, bulk moves, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import bulk_customers, new_customer, type_text, wait_for_workers
from yuntian.services.common.errors import NotFound
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.customers.customer_list_model import (
    CODE,
    CREATED,
    GROUP,
    NAME,
    PHONE,
    REGION,
    CustomerListModel,
)
from yuntian.ui.customers.customers_page import CustomersPage
from yuntian.ui.shell.pages import default_pages


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> CustomersPage:
        page = CustomersPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1080, 700)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.choices_loaded)
        settle(page)
        return page

    yield make
    wait_for_workers()


def settle(page: CustomersPage) -> None:
    """Wait out the typing pause, the page on its way and the count."""
    for _ in range(1000):
        if not page.busy() and (page.search_text() or page.total is not None):
            return
        QTest.qWait(10)
    raise AssertionError("the customer list did not settle")


def column(page: CustomersPage, col: int) -> list[str]:
    """What the list shows in a column, once it has settled."""
    settle(page)
    model = page.model
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def rows(page: CustomersPage) -> int:
    settle(page)
    return page.model.rowCount()


def select_rows(page: CustomersPage, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(
        page.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_the_page_is_second_in_the_navigation_and_open_to_everyone(qtbot):
    specs = default_pages()
    assert [s.key for s in specs[:2]] == ["home", "customers"]
    assert specs[1].permission is None and specs[1].title == "Customers"
    stats = next(s for s in specs if s.key == "customer_stats")
    assert stats.permission == "stats.view"


@pytest.mark.slow
def test_model_pages_through_every_customer_exactly_once(qtbot, qtlog, sqlite_services, admin):
    ids = bulk_customers(sqlite_services, admin, 460)
    customers = sqlite_services.customers
    model = CustomerListModel(lambda wanted: customers.rows_by_ids(admin, wanted), cached_pages=2)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    # The tester calls fetchMore while it still counts a reset as "in flight" and then reports
    # the rows that fetch inserts as a failure; this test fetches instead.
    tester.setUseFetchMore(False)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    def fetch(last, _loaded, limit):
        after = customers.page_key(last, "code") if last else None
        rows = customers.list_page(admin, CustomerFilter(), "code", False, after, limit)
        return rows, len(rows) == limit

    model.set_fetch(fetch)
    assert model.rowCount() == 200 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()

    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    assert inserted == [(200, 399), (400, 459)]  # the first page came with the reset
    shown = [model.customer_id(row) for row in range(model.rowCount())]
    assert shown == ids  # each once, in code order (codes are handed out in creation order)
    # Only two pages of rows are held; an early row is read again by id, unchanged.
    assert model.cached_rows() == 400
    assert model.data(model.index(0, NAME)) == "客户0000"
    assert model.data(model.index(0, PHONE)) == "139 0000 0000"
    assert model.data(model.index(459, NAME)) == "客户0459"
    del tester


def test_a_page_that_arrives_after_the_query_changed_is_dropped(qtbot, sqlite_services, admin):
    bulk_customers(sqlite_services, admin, 3)
    pending: list[tuple] = []
    model = CustomerListModel(
        lambda wanted: sqlite_services.customers.rows_by_ids(admin, wanted),
        runner=lambda work, done, failed: pending.append((work, done)),
    )

    def fetch_names(prefix: str):
        def fetch(_last, _loaded, limit):
            rows = sqlite_services.customers.list_page(admin, CustomerFilter(), limit=limit)
            return [r for r in rows if r.name.startswith(prefix)], False

        return fetch

    model.set_fetch(fetch_names("客户"))
    assert model.loading and not model.canFetchMore() and model.rowCount() == 0
    model.set_fetch(fetch_names("客户0002"))  # typed on before the first answer came
    for work, done in pending:
        done(work())
    assert not model.loading
    assert [model.data(model.index(r, NAME)) for r in range(model.rowCount())] == ["客户0002"]


@pytest.mark.slow
def test_scrolling_the_list_loads_the_next_pages(make_page, qtbot, sqlite_services, admin):
    bulk_customers(sqlite_services, admin, 450)
    page = make_page(admin)
    assert rows(page) == 200
    assert page.status.text() == "450 customers"
    loads: list[bool] = []
    page.model.loaded.connect(loads.append)

    def at_the_end() -> bool:
        page.table.scrollToBottom()  # as a user dragging the scroll bar down
        return page.model.rowCount() == 450 and not (
            page.model.loading or page.model.canFetchMore()
        )

    qtbot.waitUntil(at_the_end)
    assert loads == [False, False]  # two more pages, each asked for once
    assert len(set(page.selected_ids())) == 1  # the first row, chosen on opening


def test_typing_in_the_search_box_filters_the_list_live(make_page, qtbot, sqlite_services, admin):
    bulk_customers(sqlite_services, admin, 30)
    zhang = new_customer(sqlite_services, admin, "张三丰", "13512345678").customer
    new_customer(sqlite_services, admin, "张无忌", "13612345678")
    page = make_page(admin)
    assert rows(page) == 32

    page.search.setFocus()
    type_text(qtbot, page.search, "张")
    assert page.model.rowCount() == 32  # nothing yet: the list waits for a pause in typing
    qtbot.waitUntil(lambda: sorted(column(page, NAME)) == ["张三丰", "张无忌"])
    assert "2 matches" in page.status.text()
    assert not page.table.horizontalHeader().isSortIndicatorShown()  # best match first

    type_text(qtbot, page.search, "三")
    qtbot.waitUntil(lambda: column(page, NAME) == ["张三丰"])
    assert page.current_id() == zhang.id
    qtbot.waitUntil(lambda: page.card.customer_id() == zhang.id)

    page.search.setText("没有这个人")
    assert rows(page) == 0
    assert "No customer matches" in page.status.text()

    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert rows(page) == 32


def test_filters_narrow_the_list(make_page, qtbot, sqlite_services, admin, clock):
    groups = {g.name: g.id for g in sqlite_services.customer_groups.list_groups(admin)}
    sales = salesperson(sqlite_services, admin, "wangwu", "王五")
    clock.advance(days=-400)
    new_customer(sqlite_services, admin, "老客户", "13800000001", group_id=groups["VIP客户"])
    clock.advance(days=400)
    new_customer(sqlite_services, admin, "贵宾", "13800000002", group_id=groups["VIP客户"])
    new_customer(sqlite_services, admin, "散客", "13800000003", salesperson_id=sales)
    new_customer(
        sqlite_services, admin, "黑名单", "13800000004", blacklisted=True, blacklist_reason="拖欠"
    )
    page = make_page(admin)
    bar = page.filters
    assert rows(page) == 4

    bar.group.setCurrentIndex(bar.group.findData(groups["VIP客户"]))
    assert sorted(column(page, NAME)) == ["老客户", "贵宾"]
    assert set(column(page, GROUP)) == {"VIP客户"}
    qtbot.waitUntil(lambda: page.status.text() == "2 customers")

    bar.period.combo.setCurrentIndex(bar.period.combo.findData(4))  # this year
    assert column(page, NAME) == ["贵宾"]

    bar.clear()
    bar.group.setCurrentIndex(bar.group.findText("No group"))
    assert sorted(column(page, NAME)) == ["散客", "黑名单"]
    bar.group.setCurrentIndex(0)
    bar.salesperson.setCurrentIndex(bar.salesperson.findText("王五"))
    assert column(page, NAME) == ["散客"]
    bar.salesperson.setCurrentIndex(0)
    bar.blacklist.setCurrentIndex(1)
    assert column(page, NAME) == ["黑名单"]
    bar.blacklist.setCurrentIndex(2)
    assert "黑名单" not in column(page, NAME) and rows(page) == 3
    bar.clear_button.click()
    assert rows(page) == 4


def test_blacklisted_customers_stand_out_with_their_reason(make_page, sqlite_services, admin):
    new_customer(sqlite_services, admin, "正常", "13800000001")
    new_customer(
        sqlite_services,
        admin,
        "赖账",
        "13800000002",
        blacklisted=True,
        blacklist_reason="拖欠维修费",
    )
    page = make_page(admin)
    model = page.model
    row = column(page, NAME).index("赖账")
    other = 1 - row
    brush = model.data(model.index(row, NAME), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == QColor(ERROR_COLOUR)
    assert model.data(model.index(other, NAME), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(row, PHONE), Qt.ItemDataRole.ToolTipRole) == (
        "Blacklisted: 拖欠维修费"
    )
    assert model.data(model.index(row, NAME), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(row, REGION)) == "北京市"


def test_clicking_the_name_header_sorts_by_name_and_other_headers_do_not(
    make_page, qtbot, sqlite_services, admin
):
    for name in ("王五", "李四", "张三", "赵六"):
        new_customer(sqlite_services, admin, name)
    page = make_page(admin)
    header = page.table.horizontalHeader()

    def click(col: int) -> None:
        x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    by_code = column(page, NAME)
    assert by_code == ["王五", "李四", "张三", "赵六"]
    click(NAME)
    assert column(page, NAME) == sorted(by_code)
    assert header.sortIndicatorSection() == NAME
    click(NAME)
    assert column(page, NAME) == sorted(by_code, reverse=True)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click(PHONE)  # not indexed: nothing changes, the indicator stays
    assert column(page, NAME) == sorted(by_code, reverse=True)
    assert header.sortIndicatorSection() == NAME
    click(CREATED)
    assert column(page, CODE) == sorted(column(page, CODE))


def test_chosen_customers_move_to_another_group_in_one_go(make_page, sqlite_services, admin):
    ids = bulk_customers(sqlite_services, admin, 5)
    vip = next(g for g in sqlite_services.customer_groups.list_groups(admin) if g.name == "VIP客户")
    page = make_page(admin)
    select_rows(page, [0, 2, 3])
    assert page.selected_ids() == [ids[0], ids[2], ids[3]]
    assert "3 selected" in page.status.text()

    page.move_menu.aboutToShow.emit()
    action = next(a for a in page.move_menu.actions() if a.text() == "VIP客户")
    action.trigger()

    assert column(page, GROUP) == ["VIP客户", "", "VIP客户", "VIP客户", ""]
    moved = sqlite_services.customers.list_page(admin, CustomerFilter(group_id=vip.id))
    assert [r.id for r in moved] == [ids[0], ids[2], ids[3]]


def test_deleting_a_customer_with_history_archives_it(
    make_page, qtbot, sqlite_services, admin, monkeypatch
):
    kept = new_customer(sqlite_services, admin, "有备忘", "13800000001").customer
    sqlite_services.customer_notes.add_memo(admin, kept.id, "周末上门")
    gone = new_customer(sqlite_services, admin, "没历史", "13800000002").customer
    page = make_page(admin)
    told: list[str] = []
    monkeypatch.setattr(CustomersPage, "_confirm_delete", lambda self, ids: True)
    monkeypatch.setattr(CustomersPage, "_inform", lambda self, text: told.append(text))

    select_rows(page, [0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert column(page, NAME) == ["没历史"]
    assert "Archived: 1" in told[0] and "stay in the reports" in told[0]
    assert sqlite_services.customers.get(admin, kept.id).archived

    select_rows(page, [0])
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert rows(page) == 0
    assert len(told) == 1  # a plain delete needs no explanation
    with pytest.raises(NotFound):
        sqlite_services.customers.get(admin, gone.id)

    page.filters.show_archived.setChecked(True)
    assert column(page, NAME) == ["有备忘"]
    select_rows(page, [0])
    assert page.restore_action.isEnabled()
    page.restore_action.trigger()
    page.filters.show_archived.setChecked(False)
    assert column(page, NAME) == ["有备忘"]


def test_keyboard_find_new_and_open(make_page, qtbot, sqlite_services, admin, monkeypatch):
    first = new_customer(sqlite_services, admin, "张三", "13800000001").customer
    page = make_page(admin)
    opened: list[object] = []
    monkeypatch.setattr(CustomersPage, "_run_editor", lambda self, cid, **kw: opened.append(cid))
    page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    select_rows(page, [0])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [None, first.id]


def test_without_permissions_the_actions_are_not_offered(make_page, sqlite_services, admin):
    new_customer(sqlite_services, admin, "张三", "13800000001")
    actor = actor_without(actor_without(admin, "customer.edit"), "customer.delete")
    page = make_page(actor)
    assert not page.new_action.isVisible()
    assert not page.delete_action.isVisible()
    assert not page.move_action.isVisible()
    assert page.open_action.text() == "&Open"
    assert not page.card.edit_button.isVisibleTo(page.card)
    page.new_customer()  # a stray shortcut does nothing


def test_opening_the_list_shows_the_first_customers_card(make_page, sqlite_services, admin):
    first = new_customer(
        sqlite_services, admin, "王小明", "13800138000", blacklisted=True, blacklist_reason="拖欠"
    ).customer
    page = make_page(admin)
    assert page.card.customer_id() == first.id
    assert page.card.banner.isVisibleTo(page.card)
