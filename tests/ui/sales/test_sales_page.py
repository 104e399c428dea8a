"""The purchases and receivables page (购机与回款): filters, keyed paging, totals of the whole
filter summed off the GUI thread, actions and their permissions."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QTest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import wait_for_workers
from tests.support.sale_helpers import D, customer, product, sale
from yuntian.services.sales.sale_types import SaleFilter, SaleTotals
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.sales import sale_list_model as cols
from yuntian.ui.sales.sale_filters import EVERY, OWING, SETTLED
from yuntian.ui.sales.sale_list_model import SaleListModel
from yuntian.ui.sales.sales_page import SalesPage
from yuntian.ui.shell.pages import default_pages

PAID_ON = dt.date(2026, 11, 1)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor, **kwargs) -> SalesPage:
        page = SalesPage(sqlite_services, actor, **kwargs)
        qtbot.addWidget(page)
        page.resize(1200, 600)
        page.show()
        qtbot.waitExposed(page)
        settle(qtbot, page)
        return page

    yield make
    wait_for_workers()


def settle(qtbot, page: SalesPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def pay(services, actor, sale_id: int, amount: str) -> None:
    services.payments.record(actor, sale_id, PAID_ON, D(amount), "")


@pytest.fixture
def shop(sqlite_services, admin):
    """Four sales of two customers: one unpaid, one part paid, one settled, one voided (and
    owing). Returns the sales by name."""
    s = sqlite_services
    zhang, li = customer(s, admin, "张三"), customer(s, admin, "李四")
    model = product(s, admin)
    unpaid = sale(s, admin, zhang, model, "1200.00", sale_date=dt.date(2026, 3, 1))
    part = sale(s, admin, li, model, "3000.00", quantity=2, sale_date=dt.date(2026, 4, 1))
    pay(s, admin, part.id, "2500.00")
    settled = sale(s, admin, zhang, model, "800.00", sale_date=dt.date(2026, 5, 1))
    pay(s, admin, settled.id, "800.00")
    voided = sale(s, admin, li, model, "500.00", sale_date=dt.date(2026, 6, 1))
    s.sales.void(admin, voided.id, "录入重复")
    get = s.sales.get
    return {
        "unpaid": get(admin, unpaid.id),
        "part": get(admin, part.id),
        "settled": get(admin, settled.id),
        "voided": get(admin, voided.id),
        "zhang": zhang,
        "li": li,
    }


def codes(page: SalesPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, cols.CODE)) for r in range(model.rowCount())]


def shown_sales(page: SalesPage) -> list:
    return [page.model.sale(r) for r in range(page.model.rowCount())]


def select(page: SalesPage, sale_id: int) -> None:
    assert page.select_sale(sale_id)


def totals_of(rows) -> SaleTotals:
    return SaleTotals(
        count=len(rows),
        quantity=sum(r.quantity for r in rows),
        receivable=sum((r.receivable for r in rows), Decimal("0.00")),
        received=sum((r.received for r in rows), Decimal("0.00")),
        outstanding=sum((r.outstanding for r in rows), Decimal("0.00")),
    )


def test_the_page_follows_the_call_log_and_is_open_to_everyone(qtbot):
    specs = default_pages()
    keys = [s.key for s in specs]
    assert keys.index("sales") == keys.index("calls") + 1
    spec = specs[keys.index("sales")]
    assert spec.permission is None and spec.title == "Sales & payments"


def test_owing_and_settled_show_their_sales_with_totals_of_the_rows_shown(
    make_page, qtbot, sqlite_services, admin, shop
):
    page = make_page(admin)
    assert page.filters.status.checkedId() == EVERY  # a general list by default
    everything = [shop[k].code for k in ("settled", "part", "unpaid")]  # newest first
    assert codes(page) == everything

    cases = (
        (OWING, ["part", "unpaid"], True),
        (SETTLED, ["settled"], False),
        (EVERY, ["settled", "part", "unpaid"], None),
    )
    for status, names, outstanding in cases:
        page.filters.status.button(status).click()  # one click
        settle(qtbot, page)
        assert codes(page) == [shop[n].code for n in names]
        expected = sqlite_services.sales.totals(admin, SaleFilter(outstanding=outstanding))
        assert page.totals.totals == expected == totals_of(shown_sales(page))

    owing = page.totals
    page.filters.status.button(OWING).click()
    settle(qtbot, page)
    assert owing.value("count") == "2" and owing.value("quantity") == "3"
    assert owing.value("receivable") == "7,200.00"  # 1,200 + 2 x 3,000
    assert owing.value("received") == "2,500.00"
    assert owing.value("outstanding") == "4,700.00"


def test_ctrl_shift_o_toggles_owing_only(make_page, qtbot, admin, shop):
    page = make_page(admin)
    page.table.setFocus()
    QTest.keyClick(
        page.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, page)
    assert page.filters.status.checkedId() == OWING
    assert codes(page) == [shop["part"].code, shop["unpaid"].code]
    QTest.keyClick(
        page.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, page)
    assert page.filters.status.checkedId() == EVERY and len(codes(page)) == 3


def test_other_filters_narrow_the_list_and_voided_sales_show_struck_through(
    make_page, qtbot, sqlite_services, admin, shop
):
    s = sqlite_services
    rep = salesperson(s, admin, "wang", "王五")
    unit = s.catalogue.save_sales_unit(admin, None, "城区门店", None, None, version=None)
    model = product(s, admin, "KFR-26GW")
    mine = sale(
        s, admin, shop["li"], model, "99.00", salesperson_id=rep, sales_unit_id=unit.id,
        sale_date=dt.date(2026, 2, 1),
    )  # fmt: skip
    page = make_page(admin)
    bar = page.filters
    bar.salesperson.setCurrentIndex(bar.salesperson.findData(rep))
    settle(qtbot, page)
    assert codes(page) == [mine.code]
    bar.clear()
    bar.unit.setCurrentIndex(bar.unit.findData(unit.id))
    settle(qtbot, page)
    assert codes(page) == [mine.code]
    bar.clear()
    bar.period.set_range(dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    settle(qtbot, page)
    assert codes(page) == [shop["part"].code, shop["unpaid"].code]
    bar.clear()
    bar.set_customer(shop["zhang"], "张三")
    settle(qtbot, page)
    assert codes(page) == [shop["settled"].code, shop["unpaid"].code]
    assert page.totals.totals == totals_of(shown_sales(page))
    bar.customer_clear.click()
    settle(qtbot, page)
    assert len(codes(page)) == 4

    bar.show_voided.setChecked(True)
    settle(qtbot, page)
    assert codes(page)[0] == shop["voided"].code
    m = page.model
    assert m.data(m.index(0, cols.NOTES)) == "Voided: 录入重复"
    assert m.data(m.index(0, cols.CODE), Qt.ItemDataRole.FontRole).strikeOut()
    assert m.data(m.index(0, cols.OUTSTANDING), Qt.ItemDataRole.ForegroundRole).color() != QColor(
        ERROR_COLOUR
    )  # grey: a voided sale owes nothing that counts
    assert page.totals.totals == sqlite_services.sales.totals(admin, bar.filter())


def test_money_is_right_aligned_with_separators_and_what_is_owed_stands_out(make_page, admin, shop):
    page = make_page(admin)
    m = page.model
    part = m.row_of(shop["part"].id)
    settled = m.row_of(shop["settled"].id)
    assert [m.data(m.index(part, c)) for c in cols.MONEY_COLUMNS] == [
        "6,000.00",
        "2,500.00",
        "3,500.00",
    ]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert m.data(m.index(part, cols.RECEIVABLE), Qt.ItemDataRole.TextAlignmentRole) == right
    owed = m.index(part, cols.OUTSTANDING)
    assert m.data(owed, Qt.ItemDataRole.ForegroundRole).color() == QColor(ERROR_COLOUR)
    assert m.data(owed, Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(settled, cols.OUTSTANDING), Qt.ItemDataRole.ForegroundRole) is None
    customer = m.index(part, cols.CUSTOMER)
    assert m.data(customer) == "李四"
    assert m.data(customer, Qt.ItemDataRole.ToolTipRole) == f"李四 ({shop['part'].customer_code})"
    assert m.data(m.index(part, cols.WARRANTY)) == shop["part"].warranty_end.isoformat()


def test_totals_come_off_the_gui_thread_and_an_older_filter_s_are_dropped(
    make_page, qtbot, sqlite_services, admin, shop
):
    sales = sqlite_services.sales
    real = sales.totals
    gate = threading.Event()

    def slow_for_all(actor, flt):
        if flt.outstanding is None:
            assert gate.wait(10)  # the answer for "all" comes last
        return real(actor, flt)

    page = make_page(admin)
    sales.totals = slow_for_all
    try:
        page.refresh()
        assert page.totals.value("count") == "…" and page.totals_pending
        qtbot.waitUntil(lambda: not page.model.loading)
        assert page.model.rowCount() == 3  # the rows did not wait for the sums
        page.filters.status.button(OWING).click()
        qtbot.waitUntil(lambda: not page.totals_pending)
        gate.set()
        wait_for_workers()
        qtbot.wait(50)  # the late answer is delivered, and ignored
    finally:
        sales.totals = real
    assert page.totals.totals == real(admin, SaleFilter(outstanding=True))
    assert page.totals.value("count") == "2"


def test_the_model_pages_by_key_and_passes_the_model_tester(qtlog, sqlite_services, admin):
    s = sqlite_services
    buyer, model = customer(s, admin), product(s, admin)
    for i in range(23):
        sale(s, admin, buyer, model, "100.00", sale_date=dt.date(2026, 1, 1 + i % 5))
    expected = [v.id for v in s.sales.page(admin, SaleFilter(), limit=100)]
    list_model = SaleListModel(page_size=5, cached_pages=2)
    tester = QAbstractItemModelTester(
        list_model, QAbstractItemModelTester.FailureReportingMode.Warning
    )
    tester.setUseFetchMore(False)
    list_model.set_fetch(lambda after, limit: s.sales.page(admin, SaleFilter(), after, limit))
    assert list_model.rowCount() == 5 and list_model.more()
    while list_model.canFetchMore():
        list_model.fetchMore()
    assert [list_model.id_at(r) for r in range(list_model.rowCount())] == expected
    assert list_model.cached_rows() == 10  # two pages of rows held, the ids of all
    assert list_model.sale(2) == s.sales.get(admin, expected[2])  # a dropped page read again
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_the_page_shows_the_first_page_then_more_on_scroll(
    make_page, qtbot, sqlite_services, admin
):
    s = sqlite_services
    buyer, model = customer(s, admin), product(s, admin)
    made = [
        sale(s, admin, buyer, model, "1000.00", sale_date=dt.date(2026, 1, 1 + i // 10))
        for i in range(60)
    ]
    page = make_page(admin, page_size=25)  # more than a screenful
    assert page.model.rowCount() == 25
    assert page.status.text() == "25+ shown, newest first; scroll for more."
    for _ in range(3):
        page.table.scrollToBottom()
        settle(qtbot, page)
    assert page.model.rowCount() == 60
    assert page.status.text() == "60 shown, newest first."
    assert [page.model.id_at(r) for r in range(60)] == [v.id for v in reversed(made)]
    assert page.totals.value("count") == "60" and page.totals.value("receivable") == "60,000.00"


def test_actions_follow_the_selection(make_page, admin, shop):
    page = make_page(admin)
    select(page, shop["unpaid"].id)
    assert page.payment_action.isEnabled() and not page.refund_action.isEnabled()
    assert page.remove_action.isEnabled() and page.customer_action.isEnabled()
    select(page, shop["part"].id)
    assert page.payment_action.isEnabled() and page.refund_action.isEnabled()
    select(page, shop["settled"].id)
    assert not page.payment_action.isEnabled() and page.refund_action.isEnabled()


def test_nothing_can_be_paid_or_voided_on_a_voided_sale(make_page, qtbot, admin, shop):
    page = make_page(admin)
    page.filters.show_voided.setChecked(True)
    settle(qtbot, page)
    select(page, shop["voided"].id)
    assert page.open_action.isEnabled() and page.customer_action.isEnabled()
    assert not page.payment_action.isEnabled() and not page.remove_action.isEnabled()


@pytest.mark.parametrize(
    ("missing", "off"),
    [
        ("sales.process", ("new_action", "payment_action", "refund_action")),
        ("record.delete", ("remove_action",)),
    ],
)
def test_actions_are_off_without_the_permission(make_page, monkeypatch, admin, shop, missing, off):
    from yuntian.ui.sales import sale_actions

    called = []
    for name in ("new_sale", "record_payment", "remove_sale"):
        monkeypatch.setattr(sale_actions, name, lambda *a, name=name, **k: called.append(name))
    page = make_page(actor_without(admin, missing))
    select(page, shop["part"].id)
    for name in ("new_action", "open_action", "payment_action", "refund_action", "remove_action"):
        assert getattr(page, name).isEnabled() == (name not in off), name
    page.new_sale()
    page.record_payment()
    page.remove_sale()  # called directly, the page still does not go ahead
    allowed = {"sales.process": ["remove_sale"], "record.delete": ["new_sale", "record_payment"]}
    assert called == allowed[missing]


def test_a_payment_from_the_list_updates_the_row_and_the_totals(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    from yuntian.ui.sales import sale_actions

    taken = []

    def record_payment(parent, services, actor, sale, refund=False):
        taken.append((sale.id, refund))
        amount = "-500.00" if refund else str(sale.outstanding)
        return services.payments.record(actor, sale.id, PAID_ON, D(amount), "", reason="退货")

    monkeypatch.setattr(sale_actions, "record_payment", record_payment)
    page = make_page(admin)
    part = shop["part"]
    select(page, part.id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert taken == [(part.id, False)]
    row = page.model.row_of(part.id)
    assert page.model.data(page.model.index(row, cols.OUTSTANDING)) == "0.00"
    assert page.model.data(page.model.index(row, cols.RECEIVED)) == "6,000.00"
    assert page.current_sale().id == part.id and not page.payment_action.isEnabled()
    settle(qtbot, page)
    assert page.totals.value("outstanding") == "1,200.00"  # only the unpaid sale owes now

    page.refund_action.trigger()
    assert taken[-1] == (part.id, True)
    assert page.model.data(page.model.index(row, cols.OUTSTANDING)) == "500.00"

    # Owing only: a sale paid in full leaves the list; the next one is chosen.
    page.filters.status.button(OWING).click()
    settle(qtbot, page)
    select(page, part.id)
    page.payment_action.trigger()
    settle(qtbot, page)
    assert codes(page) == [shop["unpaid"].code]
    assert page.current_sale().id == shop["unpaid"].id
    assert page.totals.totals == totals_of(shown_sales(page))


def test_new_sale_reloads_and_chooses_it(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    from yuntian.ui.sales import sale_actions

    asked = []

    def new_sale(parent, services, actor, customer_id=None):
        asked.append(customer_id)
        model = product(services, actor, "新型号")
        return sale(services, actor, shop["li"], model, "66.00", sale_date=dt.date(2026, 11, 2))

    monkeypatch.setattr(sale_actions, "new_sale", new_sale)
    page = make_page(admin)
    page.filters.set_customer(shop["li"], "李四")
    settle(qtbot, page)
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert asked == [shop["li"]]  # the new sale is for the customer filtered by
    assert page.current_sale().receivable == D("66.00") and page.model.rowCount() == 2
    assert page.totals.value("count") == "2"


def test_void_or_delete_takes_the_sale_off_the_list(make_page, qtbot, monkeypatch, admin, shop):
    from yuntian.ui.sales import sale_actions

    def remove_sale(parent, services, actor, sale):
        services.sales.void(actor, sale.id, "客户退货")
        return True

    monkeypatch.setattr(sale_actions, "remove_sale", remove_sale)
    page = make_page(admin)
    select(page, shop["part"].id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert shop["part"].id not in [page.model.id_at(r) for r in range(page.model.rowCount())]
    assert page.current_sale() is not None
    settle(qtbot, page)
    assert page.totals.value("count") == "2"


def test_open_customer_shows_the_sale_s_customer(make_page, admin, shop):
    page = make_page(admin)
    cards = []
    page.show_card = cards.append
    select(page, shop["part"].id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert cards == [shop["li"]]
    select(page, shop["settled"].id)
    page.customer_action.trigger()
    assert cards == [shop["li"], shop["zhang"]]


def test_ctrl_alt_p_prints_the_chosen_sale_s_slip(make_page, admin, shop):
    page = make_page(admin)
    printed = []
    page.print_sales_slips = printed.append
    page.table.clearSelection()
    assert not page.print_action.isEnabled()
    select(page, shop["part"].id)
    assert page.print_action.isEnabled()
    page.table.setFocus()
    QTest.keyClick(
        page.table,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert printed == [[shop["part"].id]]


def test_enter_opens_the_chosen_sale(make_page, monkeypatch, admin, shop):
    from yuntian.ui.sales import sale_actions

    opened = []
    monkeypatch.setattr(
        sale_actions, "edit_sale", lambda parent, services, actor, sale: opened.append(sale.id)
    )
    page = make_page(admin)
    select(page, shop["unpaid"].id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [shop["unpaid"].id]


def test_choosing_a_customer_filters_by_them(make_page, qtbot, admin, shop):
    page = make_page(admin)
    page.pick_customer = lambda: shop["li"]
    QTest.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert page.filters.customer.text().startswith("Customer: 李四 (")
    assert codes(page) == [shop["part"].code]


def test_an_empty_shop_says_so_and_offers_no_dialogs_to_picture(make_page, admin):
    page = make_page(admin)
    assert page.status.text() == "No sales yet: record one with New sale (Ctrl+N)."
    assert page.totals.value("count") == "0"
    assert page.snapshot_dialogs() == []


def test_refresh_reads_changes_from_elsewhere_and_keeps_the_chosen_sale(
    make_page, qtbot, sqlite_services, admin, shop
):
    page = make_page(admin)
    select(page, shop["unpaid"].id)
    pay(sqlite_services, admin, shop["unpaid"].id, "200.00")  # on another PC
    page.refresh()
    settle(qtbot, page)
    assert page.current_sale().id == shop["unpaid"].id
    assert page.current_sale().outstanding == D("1000.00")
    assert page.totals.value("outstanding") == "4,500.00"


def test_the_payment_dialog_opened_from_the_list_takes_the_money(
    make_page, qtbot, sqlite_services, admin, shop
):
    from tests.support.customer_ui import answer_modal

    page = make_page(admin)
    select(page, shop["unpaid"].id)

    def pay_part(dialog) -> None:
        assert dialog.objectName() == "paymentDialog"
        dialog.amount.setText("200.00")
        dialog.save()

    answer_modal(pay_part)
    page.payment_action.trigger()
    row = page.model.row_of(shop["unpaid"].id)
    assert page.model.data(page.model.index(row, cols.OUTSTANDING)) == "1,000.00"
    assert [p.amount for p in sqlite_services.payments.for_sale(admin, shop["unpaid"].id)] == [
        D("200.00")
    ]
    settle(qtbot, page)
    assert page.totals.value("received") == "3,500.00"  # 2,500 + 800 before


def test_a_page_opened_for_a_customer_shows_only_theirs(make_page, admin, shop):
    page = make_page(admin, customer_id=shop["zhang"])
    assert page.filters.customer.text().startswith("Customer: 张三 (")
    assert codes(page) == [shop["settled"].code, shop["unpaid"].code]
    assert page.totals.value("count") == "2"
