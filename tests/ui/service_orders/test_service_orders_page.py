"""The service-order page (售后服务单): counts per state, filters, keyed paging, and each action
offered only when the state allows it and the user may."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QDialog

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import wait_for_workers
from tests.support.service_order_helpers import customer, in_state, product, sale, technician
from yuntian.services.service_orders.service_order_types import (
    OrderAction,
    OrderState,
    ServiceOrderFilter,
)
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders import service_order_actions as actions
from yuntian.ui.service_orders import service_order_list_model as cols
from yuntian.ui.service_orders.service_order_filters import EVERY, OVERDUE
from yuntian.ui.service_orders.service_order_list_model import ServiceOrderListModel
from yuntian.ui.service_orders.service_orders_page import ServiceOrdersPage
from yuntian.ui.shell.pages import default_pages

S, A = OrderState, OrderAction


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor, **kwargs) -> ServiceOrdersPage:
        page = ServiceOrdersPage(sqlite_services, actor, **kwargs)
        qtbot.addWidget(page)
        page.resize(1280, 640)
        page.show()
        qtbot.waitExposed(page)
        settle(qtbot, page)
        return page

    yield make
    wait_for_workers()


def settle(qtbot, page: ServiceOrdersPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


@pytest.fixture
def shop(sqlite_services, admin, clock):
    """Orders of two customers in every state (three completed), two of them overdue; two
    technicians. Returns the orders by name, and ids of the people."""
    s = sqlite_services
    zhang, li = customer(s, admin, "张三"), customer(s, admin, "李四")
    wang = technician(s, admin, "wangshifu", "王师傅")
    zhao = technician(s, admin, "zhaoshifu", "赵师傅")
    unit = sale(s, admin, zhang, product(s, admin))
    soon = clock.now + dt.timedelta(hours=1)
    made = {}
    for name, state, who, fields in (
        ("pending", S.PENDING, zhang, {"appointment_at": soon, "technician_ids": (wang,)}),
        ("dispatched", S.DISPATCHED, li, {"appointment_at": soon, "technician_ids": (zhao,)}),
        ("done1", S.COMPLETED, zhang, {"sale_id": unit.id, "technician_ids": (wang,)}),
        ("done2", S.COMPLETED, li, {}),
        ("done3", S.COMPLETED, li, {"technician_ids": (wang, zhao)}),
        ("audited", S.AUDITED, zhang, {}),
        ("cancelled", S.CANCELLED, li, {}),
        ("later", S.PENDING, li, {"appointment_at": soon + dt.timedelta(days=3)}),
    ):
        made[name] = in_state(s, admin, who, state, **fields)
        clock.advance(minutes=5)
    clock.advance(hours=1)  # the first two appointments have passed
    made.update(zhang=zhang, li=li, wang=wang, zhao=zhao)
    return made


def row_texts(page: ServiceOrdersPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def codes(page: ServiceOrdersPage) -> set[str]:
    return set(row_texts(page, cols.CODE))


def choose(page: ServiceOrdersPage, *orders) -> None:
    assert page.select_orders([o.id for o in orders])
    assert {o.id for o in page.selected_orders()} == {o.id for o in orders}


def test_the_page_follows_sales_and_is_open_to_everyone(qtbot):
    specs = default_pages()
    keys = [s.key for s in specs]
    assert keys.index("service_orders") == keys.index("sales") + 1
    spec = specs[keys.index("service_orders")]
    assert spec.permission is None and spec.title == "Service orders"


def test_each_state_button_shows_its_count(make_page, admin, shop):
    page = make_page(admin)
    bar = page.filters
    assert [bar.count(t) for t in (EVERY, "pending", "dispatched", "completed")] == [8, 2, 1, 3]
    assert [bar.count(t) for t in ("audited", "cancelled", OVERDUE)] == [1, 1, 2]
    assert bar.state_buttons["completed"].text() == "Completed 3"
    assert bar.state_buttons[OVERDUE].text() == "Overdue 2"
    assert len(codes(page)) == 8


def test_a_state_button_lists_that_state_and_the_counts_stay(make_page, qtbot, admin, shop):
    page = make_page(admin)
    page.filters.state_buttons["completed"].click()
    settle(qtbot, page)
    assert codes(page) == {shop[n].code for n in ("done1", "done2", "done3")}
    assert set(row_texts(page, cols.STATE)) == {"Completed"}
    assert page.filters.count(EVERY) == 8  # the counts are of the other filters
    page.filters.state_buttons[OVERDUE].click()
    settle(qtbot, page)
    assert codes(page) == {shop["pending"].code, shop["dispatched"].code}


def test_overdue_appointments_are_red(make_page, admin, shop):
    page = make_page(admin)
    model = page.model
    late = model.index(model.row_of(shop["pending"].id), cols.APPOINTMENT)
    not_yet = model.index(model.row_of(shop["later"].id), cols.APPOINTMENT)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole).color() == QColor(ERROR_COLOUR)
    assert model.data(not_yet, Qt.ItemDataRole.ForegroundRole) is None


def test_the_technician_filter_narrows_the_list_and_the_counts(make_page, qtbot, admin, shop):
    page = make_page(admin)
    combo = page.filters.technician
    combo.setCurrentIndex(combo.findData(shop["wang"]))
    settle(qtbot, page)
    wanted = {shop[n].code for n in ("pending", "done1", "done3")}
    assert codes(page) == wanted
    assert page.filters.count(EVERY) == 3 and page.filters.count("completed") == 2
    assert page.filters.count(OVERDUE) == 1
    assert all("王师傅" in t for t in row_texts(page, cols.TECHNICIANS))
    page.filters.clear()
    settle(qtbot, page)
    assert len(codes(page)) == 8


def test_the_customer_and_warranty_filters(make_page, qtbot, admin, shop):
    page = make_page(admin, customer_id=shop["zhang"])
    assert set(row_texts(page, cols.CUSTOMER)) == {"张三"}
    assert page.filters.count(EVERY) == 3
    page.filters.set_customer(None)
    settle(qtbot, page)
    page.filters.warranty.setCurrentIndex(page.filters.warranty.findData("in"))
    settle(qtbot, page)
    assert codes(page) == {shop["done1"].code}  # the one order on a purchase in warranty


@pytest.mark.parametrize(
    ("name", "offered"),
    [
        ("pending", {A.DISPATCH, A.COMPLETE, A.CANCEL, A.DELETE}),
        ("dispatched", {A.COMPLETE, A.CANCEL}),
        ("done1", {A.COMPLETE, A.AUDIT}),  # completing again corrects the record
        ("audited", {A.UNAUDIT}),
        ("cancelled", {A.DELETE}),
    ],
)
def test_actions_are_offered_only_where_the_state_allows(make_page, admin, shop, name, offered):
    page = make_page(admin)
    choose(page, shop[name])
    buttons = {
        A.DISPATCH: page.dispatch_action,
        A.COMPLETE: page.complete_action,
        A.CANCEL: page.cancel_action,
        A.AUDIT: page.audit_action,
        A.UNAUDIT: page.unaudit_action,
        A.DELETE: page.delete_action,
    }
    assert {a for a, button in buttons.items() if button.isEnabled()} == offered
    assert page.print_action.isEnabled() and page.open_action.isEnabled()


@pytest.mark.parametrize(
    ("missing", "name", "action"),
    [
        ("audit.process", "done1", "audit_action"),
        ("audit.process", "audited", "unaudit_action"),
        ("service.process", "pending", "dispatch_action"),
        ("service.process", "pending", "complete_action"),
        ("service.process", "pending", "cancel_action"),
        ("record.edit", "done1", "complete_action"),
        ("record.delete", "cancelled", "delete_action"),
    ],
)
def test_an_action_is_off_without_its_permission(make_page, admin, shop, missing, name, action):
    page = make_page(actor_without(admin, missing))
    choose(page, shop[name])
    assert not getattr(page, action).isEnabled()
    page_with = make_page(admin)
    choose(page_with, shop[name])
    assert getattr(page_with, action).isEnabled()


def test_a_mixed_choice_offers_only_what_suits_every_order(make_page, admin, shop):
    page = make_page(admin)
    choose(page, shop["done1"], shop["done2"], shop["audited"])
    assert not page.audit_action.isEnabled() and not page.unaudit_action.isEnabled()
    choose(page, shop["done1"], shop["done2"])
    assert page.audit_action.isEnabled()
    assert not page.complete_action.isEnabled()  # one order at a time
    assert not page.open_action.isEnabled() and page.print_action.isEnabled()


def test_three_completed_orders_are_audited_at_once(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    asked = []
    monkeypatch.setattr(
        actions, "confirm", lambda _p, what, orders: asked.append((what, len(orders))) or True
    )
    page = make_page(admin)
    done = [shop["done1"], shop["done2"], shop["done3"]]
    choose(page, *done)
    page.audit_action.trigger()
    settle(qtbot, page)
    assert asked == [("audit", 3)]
    stored = sqlite_services.service_orders.get_many(admin, [o.id for o in done])
    assert {o.state for o in stored} == {S.AUDITED}
    assert page.filters.count("completed") == 0 and page.filters.count("audited") == 4
    assert {o.id for o in page.selected_orders()} == {o.id for o in done}  # still chosen
    assert page.unaudit_action.isEnabled() and not page.audit_action.isEnabled()

    page.unaudit_action.trigger()
    settle(qtbot, page)
    assert asked[-1] == ("unaudit", 3)
    assert page.filters.count("completed") == 3


def test_saying_no_changes_nothing(make_page, qtbot, monkeypatch, sqlite_services, admin, shop):
    monkeypatch.setattr(actions, "confirm", lambda *_a: False)
    page = make_page(admin)
    choose(page, shop["done1"])
    page.audit_action.trigger()
    assert sqlite_services.service_orders.get(admin, shop["done1"].id).state is S.COMPLETED


def test_cancel_asks_a_reason_and_an_empty_one_is_refused(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    answers, problems = ["", "  ", "客户自己修好了"], []

    def ask(_parent, order, problem):
        problems.append(problem)
        return answers.pop(0)

    monkeypatch.setattr(actions, "ask_cancel_reason", ask)
    page = make_page(admin)
    choose(page, shop["pending"])
    page.cancel_action.trigger()
    settle(qtbot, page)
    assert problems[0] == ""
    assert problems[1] == problems[2] == "Please give the reason for cancelling."
    stored = sqlite_services.service_orders.get(admin, shop["pending"].id)
    assert stored.state is S.CANCELLED and stored.cancel_reason == "客户自己修好了"
    assert page.filters.count("cancelled") == 2
    assert page.delete_action.isEnabled()  # still chosen, now cancelled


def test_giving_up_the_reason_cancels_nothing(make_page, monkeypatch, sqlite_services, admin, shop):
    monkeypatch.setattr(actions, "ask_cancel_reason", lambda *_a: None)
    page = make_page(admin)
    choose(page, shop["dispatched"])
    page.cancel_action.trigger()
    assert sqlite_services.service_orders.get(admin, shop["dispatched"].id).state is S.DISPATCHED


def test_the_cancel_question_offers_clear_buttons(qtbot, admin, shop):
    dialog = actions.cancel_reason_dialog(None, shop["pending"], "Please give the reason.")
    qtbot.addWidget(dialog)
    assert "张三" in dialog.labelText() and "Please give the reason." in dialog.labelText()
    assert dialog.okButtonText() == "Cancel the order"


def test_dispatch_and_delete_from_the_list(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    monkeypatch.setattr(actions, "confirm", lambda *_a: True)
    page = make_page(admin)
    choose(page, shop["pending"], shop["later"])
    page.dispatch_action.trigger()
    settle(qtbot, page)
    stored = sqlite_services.service_orders.get_many(admin, [shop["pending"].id, shop["later"].id])
    assert {o.state for o in stored} == {S.DISPATCHED}
    assert page.filters.count("pending") == 0 and page.filters.count("dispatched") == 3

    choose(page, shop["cancelled"])
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert shop["cancelled"].code not in codes(page)
    assert page.filters.count(EVERY) == 7


def test_a_refusal_is_shown_and_the_list_read_again(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    """Another PC audited the order a moment ago: the service's message, not a crash."""
    monkeypatch.setattr(actions, "confirm", lambda *_a: True)
    shown = []
    monkeypatch.setattr(actions, "show_error", lambda _p, exc: shown.append(exc))
    page = make_page(admin)
    choose(page, shop["done2"])
    sqlite_services.service_orders.audit(admin, [shop["done2"].id])
    page.audit_action.trigger()
    assert shown and "already audited" in error_text(shown[0])


def test_ctrl_p_prints_the_chosen_orders_slips_in_one_job(make_page, monkeypatch, admin, shop):
    printed = []
    monkeypatch.setattr(actions, "print_slips", lambda _p, _s, _a, ids: printed.append(ids))
    page = make_page(admin)
    choose(page, shop["pending"], shop["done1"])
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1 and set(printed[0]) == {shop["pending"].id, shop["done1"].id}


def test_new_and_open_use_the_order_form(make_page, qtbot, monkeypatch, admin, shop):
    from yuntian.ui.service_orders import service_order_editor

    opened, taken = [], []
    monkeypatch.setattr(
        service_order_editor,
        "edit_service_order",
        lambda _p, _s, _a, order: opened.append(order.id),
    )
    monkeypatch.setattr(
        service_order_editor,
        "new_service_order",
        lambda _p, _s, _a, **kw: taken.append(kw) or None,
    )
    page = make_page(admin, customer_id=shop["li"])
    choose(page, shop["done2"])
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [shop["done2"].id]
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert taken == [{"customer_id": shop["li"]}]


def test_complete_opens_the_completion_dialog_and_shows_the_result(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    from yuntian.ui.service_orders.completion_dialog import CompletionDialog

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, CompletionDialog)
        dialog.work_done.setPlainText("更换压缩机电容")
        dialog.result_text.setPlainText("制冷恢复")
        dialog.fee_service.setText("80")
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(actions, "exec_dialog", fill)
    page = make_page(admin)
    choose(page, shop["dispatched"])
    page.complete_action.trigger()
    settle(qtbot, page)
    stored = sqlite_services.service_orders.get(admin, shop["dispatched"].id)
    assert stored.state is S.COMPLETED and stored.work_done == "更换压缩机电容"
    row = page.model.row_of(stored.id)
    assert page.model.data(page.model.index(row, cols.TOTAL)) == "80.00"
    assert page.complete_action.text() == "Correct &completion…"


def test_the_model_pages_by_key_and_passes_the_model_tester(qtlog, sqlite_services, admin, shop):
    model = ServiceOrderListModel(page_size=3, cached_pages=2)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    orders = sqlite_services.service_orders
    model.set_fetch(lambda after, limit: orders.page(admin, ServiceOrderFilter(), after, limit))
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 8
    every = orders.page(admin, ServiceOrderFilter())
    assert [model.order(r).id for r in range(8)] == [o.id for o in every]  # rereads pages
    assert model.cached_rows() <= 6


def test_an_empty_list_says_how_to_start(make_page, admin):
    page = make_page(admin)
    assert "New order" in page.status.text()
    assert page.snapshot_dialogs() == []


def test_an_order_leaving_the_tab_is_dropped_in_place(
    make_page, qtbot, monkeypatch, sqlite_services, admin, shop
):
    monkeypatch.setattr(actions, "confirm", lambda *_a: True)
    page = make_page(admin)
    page.filters.set_tab("pending")
    settle(qtbot, page)
    assert codes(page) == {shop["pending"].code, shop["later"].code}
    choose(page, shop["later"])
    page.dispatch_action.trigger()
    settle(qtbot, page)
    assert codes(page) == {shop["pending"].code}  # dispatched: no longer pending
    assert [o.id for o in page.selected_orders()] == [shop["pending"].id]  # the neighbour
    assert page.filters.count("pending") == 1 and page.filters.count("dispatched") == 2


def test_open_customer_shows_the_order_s_customer(make_page, admin, shop):
    page = make_page(admin)
    shown = []
    page.show_card = shown.append
    choose(page, shop["dispatched"])
    page.customer_action.trigger()
    assert shown == [shop["li"]]


def test_ctrl_f_filters_by_a_customer_picked(make_page, qtbot, admin, shop):
    page = make_page(admin)
    page.pick_customer = lambda: shop["zhang"]
    page.activateWindow()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert set(row_texts(page, cols.CUSTOMER)) == {"张三"}
    assert "张三" in page.filters.customer.text()


def test_state_and_warranty_columns_fit_the_widest_english_words(make_page, admin):
    page = make_page(admin)
    metrics = page.table.fontMetrics()
    for column, word in ((cols.STATE, "Dispatched"), (cols.WARRANTY, "Out of warranty")):
        assert page.table.columnWidth(column) > metrics.horizontalAdvance(word), word
