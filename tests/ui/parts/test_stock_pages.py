"""The stock views' pages: stock on hand with its filters, totals and Excel export, the part
card, "my parts" and the reorder list with its purchase list."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import login_admin
from tests.support.customer_ui import wait_for_workers
from tests.support.part_helpers import main_store, part, post, stock_in, store
from tests.support.sale_helpers import customer
from tests.support.service_order_helpers import staff, take
from yuntian.services.parts.part_types import DocKind, LineInput, Place
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.parts import part_stock_models as cols
from yuntian.ui.parts.my_parts_page import MyPartsPage
from yuntian.ui.parts.part_card_dialog import PartCardDialog
from yuntian.ui.parts.parts_page import PartsPage
from yuntian.ui.parts.reorder_page import ReorderPage
from yuntian.ui.parts.stock_page import StockPage
from yuntian.ui.shell.pages import default_pages


def build_shop(services, admin) -> dict:
    people = staff(services, admin)
    zhang = Place.tech(people["张伟"])
    cap = part("BJ001", "启动电容 35uF", spec="CBB65", category="电容", safety_stock=30)
    fan = part("BJ002", "风扇电机", spec="YDK-20", category="电机", safety_stock=2)
    pump = part("BJ003", "排水泵", category="水泵", safety_stock=5, reorder_max=12,
                supplier="格力配件")  # fmt: skip
    north = store("北仓")
    stock_in(services, admin, (cap, 20, "8.00"), (fan, 4, "50.00"), (pump, 2, "30.00"))
    stock_in(services, admin, (cap, 5, "10.00"), place=north)
    post(services, admin, DocKind.ISSUE, main_store(), zhang, (cap, 6), (fan, 1))
    order = take(services, admin, customer(services, admin, "王大妈"))
    services.part_documents.consume(admin, order.id, zhang, [LineInput(cap, 2)])
    return {"people": people, "zhang": zhang, "cap": cap, "north": north, "order": order}


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    return build_shop(sqlite_services, admin)


@pytest.fixture
def show(qtbot):
    def shown(widget):
        qtbot.addWidget(widget)
        widget.resize(1280, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield shown
    wait_for_workers()


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_the_parts_area_is_one_entry_whose_tabs_are_built_when_first_shown(
    qtbot, sqlite_services, admin
):
    keys = [spec.key for spec in default_pages()]
    assert "parts" in keys and "part_stats" in keys
    assert not {"part_stock", "my_parts", "part_reorder", "part_documents"} & set(keys)
    area = PartsPage(sqlite_services, admin)
    qtbot.addWidget(area)
    tabs = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert tabs == ["Stock on hand", "Documents", "My parts", "Parts used", "Reorder"]
    assert isinstance(area.page("stock"), StockPage)
    assert len(area._built) == 1  # the other tabs wait until shown
    assert isinstance(area.page("reorder"), ReorderPage)
    assert area.tabs.currentIndex() == 4
    area.refresh()  # the tab in front
    wait_for_workers()


def test_stock_page_lists_places_values_and_totals(qtbot, sqlite_services, admin, shop, show):
    page = show(StockPage(sqlite_services, admin, page_size=2))
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() >= 2)
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.busy())
    assert sorted(zip(column(page.model, cols.CODE), column(page.model, cols.PLACE),
                      column(page.model, cols.QUANTITY), strict=True)) == [
        ("BJ001", "北仓", "5"), ("BJ001", "张伟", "4"), ("BJ001", "总仓库", "14"),
        ("BJ002", "张伟", "1"), ("BJ002", "总仓库", "3"), ("BJ003", "总仓库", "2"),
    ]  # fmt: skip
    # 23 capacitors of 30 safety stock: the safety and total cells are red.
    brush = page.model.index(0, cols.TOTAL).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == ERROR_COLOUR
    qtbot.waitUntil(lambda: "Total" in page.status.text())
    assert "29 units" in page.status.text() and "¥" in page.status.text()


def test_stock_filters_by_place_category_text_and_below_safety(
    qtbot, sqlite_services, admin, shop, show
):
    page = show(StockPage(sqlite_services, admin))
    bar = page.filters
    bar.show_place(shop["zhang"])
    qtbot.waitUntil(lambda: not page.busy())
    assert column(page.model, cols.CODE) == ["BJ001", "BJ002"]
    assert set(column(page.model, cols.PLACE)) == {"张伟"}
    bar.place.setCurrentIndex(bar.place.findData("stores"))
    bar.category.setCurrentIndex(bar.category.findData("电机"))
    qtbot.waitUntil(lambda: not page.busy())
    assert column(page.model, cols.CODE) == ["BJ002"]
    bar.category.setCurrentIndex(0)
    bar.text.setText("排水")
    bar.flush()
    qtbot.waitUntil(lambda: not page.busy())
    assert column(page.model, cols.CODE) == ["BJ003"]
    bar.text.setText("")
    bar.flush()
    bar.below.setChecked(True)
    qtbot.waitUntil(lambda: not page.busy())
    assert set(column(page.model, cols.CODE)) == {"BJ001", "BJ003"}  # fan motors are enough


def test_stock_export_writes_the_current_filter(
    qtbot, sqlite_services, admin, shop, show, tmp_path
):
    page = show(StockPage(sqlite_services, admin))
    page.filters.show_place(shop["zhang"])
    qtbot.waitUntil(lambda: not page.busy())
    path = tmp_path / "库存.xlsx"
    job = page.export(path)
    qtbot.waitUntil(lambda: path.exists(), timeout=10_000)
    del job
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("备件编码", "备件名称")
    assert [(r[0], r[5], r[6]) for r in rows[1:]] == [("BJ001", "张伟", 4), ("BJ002", "张伟", 1)]
    assert isinstance(rows[1][8], float | int) and Decimal(str(rows[1][8])) == Decimal("33.6")


def test_part_card_shows_stock_per_place_and_movements(qtbot, sqlite_services, admin, shop, show):
    dialog = show(PartCardDialog(sqlite_services, admin, shop["cap"], threaded=False))
    QAbstractItemModelTester(dialog.moves, QAbstractItemModelTester.FailureReportingMode.Fatal)
    places = [dialog.places.item(r, 0).text() for r in range(dialog.places.rowCount())]
    assert places == ["北仓", "总仓库", "张伟"]
    assert "23" in dialog.total.text() and "below safety stock" in dialog.total.text()
    assert column(dialog.moves, cols.KIND) == ["Consumption", "Issue", "Stock-in", "Stock-in"]
    assert column(dialog.moves, cols.ORDER)[0] == shop["order"].code
    assert column(dialog.moves, cols.TO)[0] == shop["order"].code
    assert column(dialog.moves, cols.FROM)[-1] == "Supplier"


def test_my_parts_shows_what_i_hold_and_used(qtbot, sqlite_services, admin, shop, show):
    page = show(MyPartsPage(sqlite_services, admin))
    assert page.person.isEnabled()  # a parts manager may look at every technician
    page.person.setCurrentIndex(page.person.findText("张伟"))
    qtbot.waitUntil(lambda: page.holdings is not None and page.holdings.name == "张伟")
    held = [page.held.item(r, 0).text() for r in range(page.held.rowCount())]
    assert held == ["BJ001", "BJ002"]
    assert "5 units" in page.held_total.text()
    order = page.used_lines.item(0, 1).text()
    assert (order, page.used_lines.item(0, 2).text()) == (shop["order"].code, "王大妈")
    assert "1 lines on 1 orders" in page.used_total.text()


def test_reorder_list_and_purchase_list(qtbot, sqlite_services, admin, shop, show, tmp_path):
    page = show(ReorderPage(sqlite_services, admin))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)
    codes = {page.table.item(r, 1).text(): page.table.item(r, 8).text() for r in range(2)}
    assert codes == {"BJ001": "7", "BJ003": "10"}
    told = []
    page.tell = lambda title, text, warning=False: told.append(text)
    path = tmp_path / "采购单.xlsx"
    assert page.export(path) == 2 and "2 lines" in told[0]
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert {r[1] for r in rows[1:-1]} == {"BJ001", "BJ003"} and rows[-1][0] == "合计"


def test_the_order_and_the_customer_card_show_the_parts_used(qtbot, sqlite_services, admin):
    from tests.support.service_order_helpers import finish
    from yuntian.ui.customers.customer_card import CustomerCard
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    s = sqlite_services
    people = staff(s, admin)
    cap = part("BJ001", "启动电容 35uF", spec="CBB65", price="25.00")
    stock_in(s, admin, (cap, 10, "8.00"))
    client = customer(s, admin, "王大妈")
    order = take(s, admin, client)
    done = finish(s, admin, order.id, parts=(LineInput(cap, 2),), parts_from=main_store())
    del people
    editor = ServiceOrderEditor(s, admin, order=done)
    qtbot.addWidget(editor)
    assert editor.history is not None
    assert editor.history.fields["parts"].text() == "BJ001 启动电容 35uF CBB65 × 2个 ¥50.00"

    card = CustomerCard(s, admin)
    qtbot.addWidget(card)
    card.resize(900, 700)
    card.show()
    card.show_customer(client)
    card.tabs.setCurrentWidget(card.service)
    tab = card.service
    assert tab.parts_box.isVisibleTo(card)
    table = tab.parts_used
    assert table.rowCount() == 1
    assert (table.item(0, 1).text(), table.item(0, 4).text(), table.item(0, 7).text()) == (
        order.code, "BJ001", "50.00",
    )  # fmt: skip


def test_snapshot_entries_render_the_part_card_and_a_technicians_parts(
    qtbot, sqlite_services, admin, shop, tmp_path
):
    from yuntian.tools.parts_stock_snapshots import parts_stock_dialogs

    dialogs = parts_stock_dialogs(sqlite_services, admin)
    assert [name for name, _d in dialogs] == ["part-card", "my-parts-technician"]
    card, mine = (d for _n, d in dialogs)
    assert card.card is not None and card.card.code == "BJ001"  # kept at 3 places
    page = mine.findChild(MyPartsPage)
    qtbot.waitUntil(lambda: page.holdings is not None)
    assert page.holdings.name == "张伟"
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.grab().save(str(tmp_path / f"{name}.png"))
    wait_for_workers()


def test_consumption_search_page(qtbot, sqlite_services, admin, shop, show):
    from yuntian.ui.parts.consumption_page import CUSTOMER, ORDER, TECHNICIAN, ConsumptionPage

    page = show(ConsumptionPage(sqlite_services, admin))
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1)
    assert column(page.model, ORDER) == [shop["order"].code]
    assert (column(page.model, CUSTOMER), column(page.model, TECHNICIAN)) == (["王大妈"], ["张伟"])
    page.search.setText("李四")
    page.flush()
    qtbot.waitUntil(lambda: not page.busy())
    assert page.model.rowCount() == 0 and "No part used matches" in page.status.text()
    page.search.setText("张伟 电容")
    page.flush()
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1)
