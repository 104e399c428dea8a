"""The shared list bases, each through a tiny subclass over real sales: the model's cells
(``KeyedListModel``), the filter bar (``FilterBar``) and the page (``ListPage``)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from tests.helpers import login_admin
from tests.support.sale_helpers import customer, product, sale
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import NotFound
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.sales.sale_types import SaleFilter, SaleKey, SaleView
from yuntian.ui.common.filter_bar import ALL, FilterBar
from yuntian.ui.common.keyed_paging import run_here
from yuntian.ui.common.list_columns import (
    GREY,
    RIGHT,
    KeyedListModel,
    day_number,
    number_day,
    number_time,
    time_number,
)
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.styles import ERROR_COLOUR

CODE, CUSTOMER, RECEIVABLE = range(3)


class TinySaleModel(KeyedListModel):
    column_count = 3
    right_columns = (RECEIVABLE,)

    def _key_number(self, row: SaleView) -> int:
        return day_number(row.sale_date)

    def _make_key(self, number: int, row_id: int) -> SaleKey:
        return SaleKey(number_day(number), row_id)

    def _title(self, column: int) -> str:
        return ("No.", "Customer", "Receivable")[column]

    def _display(self, row: SaleView, column: int) -> str:
        return (row.code, row.customer_name, str(row.receivable))[column]

    def _colour(self, row: SaleView, column: int) -> str | None:
        return ERROR_COLOUR if column == RECEIVABLE and row.outstanding > 0 else None


class TinyFilterBar(FilterBar):
    def __init__(self, today: dt.date) -> None:
        super().__init__()
        self.period = self._period(today, "tinyPeriod")
        self.person = self._combo("tinyPerson", 5)
        self.voided = QCheckBox("voided")
        self._customer_button("tinyCustomer", "every", "one (Ctrl+F)", "anyone")
        self.clear_button = self._clear_button("tinyClear")
        layout = self._row()
        self._add_period(layout, "&Period:")
        layout.addWidget(self.customer)
        layout.addWidget(self.customer_clear)
        self._add_captioned(layout, [("&Who:", self.person)])
        layout.addWidget(self.voided)
        layout.addWidget(self.clear_button)
        self._show_customer("")
        self.set_choices([])
        self.period.changed.connect(self.changed)
        self.person.currentIndexChanged.connect(self.changed)
        self.voided.toggled.connect(self.changed)

    def set_choices(self, people: list[tuple[int, str]]) -> None:
        self._refill([(self.person, "Anyone", people)])

    def filter(self) -> SaleFilter:
        span = self.period.range()
        person = self.person.currentData()
        return SaleFilter(
            date_from=span[0] if span else None,
            date_to=span[1] if span else None,
            customer_id=self._customer,
            salesperson_id=person if isinstance(person, int) else None,
            include_voided=self.voided.isChecked(),
        )

    def clear(self) -> None:
        def reset() -> None:
            self.person.setCurrentIndex(0)
            self.voided.setChecked(False)

        self._reset((self.person, self.voided), reset)


class TinyPage(ListPage):
    count_selection = True
    watched = (Area.SALES,)
    refreshed = Signal()

    def __init__(self, services, actor) -> None:
        super().__init__(services, actor)
        self.filters = TinyFilterBar(services.clock().date())
        self._flt = SaleFilter()
        self._set_up_list(TinySaleModel(run_here, page_size=2), "tinyTable", "tinyStatus")
        self._menu_groups = ()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.filters.changed.connect(self.reload)
        self._listen()
        self.reload()

    def _fetch(self):
        self._flt = flt = self.filters.filter()
        sales, actor = self._services.sales, self._actor
        return lambda after, limit: sales.page(actor, flt, after, limit)

    def _status_texts(self) -> StatusTexts:
        return StatusTexts("none yet", "none match", "{n}+ here", "{n} here")

    def _refresh_choices(self) -> None:
        self.refreshed.emit()

    def _read_fresh(self, ids: list[int]) -> dict[int, SaleView]:
        fresh = {}
        for sale_id in ids:
            with contextlib.suppress(NotFound):
                fresh[sale_id] = self._services.sales.get(self._actor, sale_id)
        return fresh

    def _fits(self, row: SaleView) -> bool:
        return self._flt.include_voided or not row.voided


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def sales(sqlite_services, admin) -> list[SaleView]:
    """Five sales, newest first."""
    s = sqlite_services
    buyer, model = customer(s, admin), product(s, admin)
    made = [
        sale(s, admin, buyer, model, "100.00", sale_date=dt.date(2026, 1, 1 + i)) for i in range(5)
    ]
    return list(reversed(made))


@pytest.fixture
def page(qtbot, sqlite_services, admin, sales) -> TinyPage:
    shown = TinyPage(sqlite_services, admin)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


# --- the model ---------------------------------------------------------------------------


def test_the_model_passes_the_model_tester_and_answers_each_role(
    qtlog, sqlite_services, admin, sales
):
    model = TinySaleModel(page_size=2, cached_pages=2)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    tester.setUseFetchMore(False)
    model.set_fetch(
        lambda after, limit: sqlite_services.sales.page(admin, SaleFilter(), after, limit)
    )
    while model.canFetchMore():
        model.fetchMore()
    assert [model.id_at(r) for r in range(model.rowCount())] == [s.id for s in sales]
    assert model.columnCount() == 3 and model.columnCount(model.index(0, 0)) == 0
    cell = model.index(0, RECEIVABLE)
    assert model.data(cell) == "100.00"
    assert model.data(cell, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.data(model.index(0, CODE), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOUR
    assert model.data(cell, Qt.ItemDataRole.UserRole) == sales[0].id
    assert model.data(QModelIndex()) is None
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(CUSTOMER, horizontal) == "Customer"
    assert model.headerData(RECEIVABLE, horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]


def test_a_row_gone_since_its_page_was_read_says_so_in_grey(sqlite_services, admin, sales):
    model = TinySaleModel(page_size=2, cached_pages=2)
    model.set_fetch(
        lambda after, limit: sqlite_services.sales.page(admin, SaleFilter(), after, limit)
    )
    while model.canFetchMore():
        model.fetchMore()
    sqlite_services.sales.delete(admin, sales[0].id)
    model._pages.clear()  # the first page is read again when painted
    assert model.data(model.index(0, CODE)) == "(deleted)"
    assert model.data(model.index(0, CUSTOMER)) is None
    grey = model.data(model.index(0, CODE), Qt.ItemDataRole.ForegroundRole)
    assert grey.color().name() == GREY


def test_keys_round_trip_as_numbers():
    day, at = dt.date(2026, 11, 27), dt.datetime(2026, 11, 27, 9, 30, 15, 123)
    assert number_day(day_number(day)) == day
    assert number_time(time_number(at)) == at


# --- the filter bar ----------------------------------------------------------------------


def test_the_filter_bar_refills_its_combos_keeping_the_choice(qtbot):
    bar = TinyFilterBar(dt.date(2026, 11, 27))
    qtbot.addWidget(bar)
    bar.set_choices([(1, "王芳"), (2, "李强")])
    bar.person.setCurrentIndex(bar.person.findData(2))
    assert bar.is_filtered() and bar.filter().salesperson_id == 2
    with qtbot.assertNotEmitted(bar.changed):
        bar.set_choices([(2, "李强"), (3, "赵敏")])
    assert bar.person.currentData() == 2
    with qtbot.waitSignal(bar.changed):
        bar.set_choices([(3, "赵敏")])  # the chosen one left
    assert bar.person.currentData() == ALL and not bar.is_filtered()


def test_the_filter_bar_names_the_customer_and_clears_with_one_signal(qtbot):
    bar = TinyFilterBar(dt.date(2026, 11, 27))
    qtbot.addWidget(bar)
    assert bar.customer.text() == "anyone" and bar.customer.toolTip() == "one (Ctrl+F)"
    with qtbot.waitSignal(bar.changed):
        bar.set_customer(7, "张三 (C0007)")
    assert bar.filter().customer_id == 7 and bar.customer_label == "张三 (C0007)"
    assert "张三" in bar.customer.text() and not bar.customer_clear.isHidden()
    bar.voided.setChecked(True)
    emitted = []
    bar.changed.connect(lambda: emitted.append(1))
    bar.clear_button.click()
    assert emitted == [1] and not bar.is_filtered() and bar.customer_clear.isHidden()
    with qtbot.waitSignal(bar.customer_wanted):
        bar.customer.click()


# --- the page ----------------------------------------------------------------------------


def test_the_page_loads_chooses_the_first_row_and_says_how_many(page, sales):
    loaded = page.model.rowCount()  # a page of 2, and more as the view needs them
    assert 2 <= loaded < 5 and page.model.more()
    assert page.selected_ids() == [sales[0].id]
    assert page.current_record() == sales[0]
    assert page.status.text() == f"{loaded}+ here" == page.status.toolTip()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.status.text() == "5 here"


def test_the_status_says_how_many_are_chosen_and_when_nothing_matches(page, sales):
    page.select_ids([sales[0].id, sales[1].id])
    assert page.status.text() == f"{page.model.rowCount()}+ here — 2 selected"
    assert page.current_record() is None and len(page.selected_rows()) == 2
    page.filters.set_customer(-1, "nobody")
    assert page.model.rowCount() == 0 and page.status.text() == "none match"


def test_refresh_keeps_the_chosen_rows_and_reads_the_choices_again(qtbot, page, sales):
    page.select_ids([sales[1].id])
    with qtbot.waitSignal(page.refreshed):
        page.refresh()
    assert page.selected_ids() == [sales[1].id]


def test_a_hidden_page_reads_changes_made_elsewhere_when_shown(
    qtbot, page, sqlite_services, admin, sales
):
    page.hide()
    refreshed: list[int] = []
    page.refreshed.connect(lambda: refreshed.append(1))
    sqlite_services.sales.delete(admin, sales[0].id)  # announced on the change bus
    qtbot.wait(20)
    assert refreshed == [] and page.model.id_at(0) == sales[0].id  # not read while hidden
    with qtbot.waitSignal(page.refreshed):
        page.show()
    assert page.model.id_at(0) == sales[1].id
    qtbot.wait(20)
    assert refreshed == [1]  # once only


def test_changed_rows_are_shown_in_place_or_dropped(page, sqlite_services, admin, sales):
    page.select_ids([sales[1].id])
    sqlite_services.sales.void(admin, sales[1].id, "录入重复")
    page.changed([sales[1].id])  # voided: no longer fits
    assert page.model.row_of(sales[1].id) == -1
    assert page.selected_ids() == [page.model.id_at(1)]  # the row that moved up
    sqlite_services.sales.update(
        admin,
        sales[0].id,
        dataclasses.replace(_input(sqlite_services, admin, sales[0]), notes="新"),
        version=OVERWRITE,
    )
    page.changed([sales[0].id])
    assert page.model.row(0).notes == "新"


def test_the_page_names_a_customer_and_has_no_export_of_its_own(
    page, sqlite_services, admin, sales
):
    assert page.customer_label(sales[0].customer_id) == (
        f"{sales[0].customer_name} ({sales[0].customer_code})"
    )
    assert page.customer_label(-5) == "#-5"
    assert page.export() is None


def test_a_failed_page_shows_the_error_in_red(page):
    page.model.last_error = "数据库不可用"
    page._update_status()
    assert page.status.text() == "数据库不可用" and ERROR_COLOUR in page.status.styleSheet()


def _input(services, admin, view: SaleView):
    """The stored sale as input, to save it again with a change."""
    from yuntian.services.sales.sale_types import SaleInput

    return SaleInput(
        customer_id=view.customer_id,
        sale_date=view.sale_date,
        product_model_id=view.product_model_id,
        unit_price=view.unit_price,
        quantity=view.quantity,
    )
