"""The customer card's Service tab (售后服务), the open orders in its header, and the purchases
tab's "service order" action."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal
from tests.support.service_order_helpers import customer, in_state, product, sale, take
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.customers.customer_card import CustomerCard
from yuntian.ui.service_orders import service_order_editor
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

NOW = dt.datetime(2026, 11, 27, 10, 0)  # about the FakeClock's time


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def history(sqlite_services, admin):
    """王建国 with a purchase and four orders: completed, cancelled, dispatched, and a pending
    one whose appointment has passed (overdue)."""
    services = sqlite_services
    buyer = customer(services, admin, "王建国")
    bought = sale(services, admin, buyer, product(services, admin), serial_number="SN-001")
    done = in_state(services, admin, buyer, OrderState.COMPLETED, sale_id=bought.id)
    in_state(services, admin, buyer, OrderState.CANCELLED)
    out = in_state(services, admin, buyer, OrderState.DISPATCHED, service_type="送修")
    late = take(
        services,
        admin,
        buyer,
        sale_id=bought.id,
        appointment_at=dt.datetime(2026, 11, 20, 9, 0),
        fault="不制冷\n外机响",
    )
    return services, buyer, bought, {"done": done, "out": out, "late": late}


@pytest.fixture
def card(sqlite_services, admin, qtbot):
    card = CustomerCard(sqlite_services, admin)
    qtbot.addWidget(card)
    card.resize(900, 700)
    card.show()
    return card


def tab_titles(card: CustomerCard) -> list[str]:
    return [card.tabs.tabText(i) for i in range(card.tabs.count())]


def test_the_tab_lists_the_orders_newest_first_with_overdue_in_red(history, card):
    _services, buyer, _bought, orders = history
    card.show_customer(buyer)
    assert "Service (2)" in tab_titles(card)  # the open orders count
    assert tab_titles(card).index("Service (2)") == 1  # right after Purchases
    tab = card.service
    assert tab.table.rowCount() == 0  # read when first shown
    card.tabs.setCurrentWidget(tab)
    assert tab.table.rowCount() == 4
    assert tab.table.item(0, 0).text() == orders["late"].code
    assert tab.table.item(0, 2).text() == "Pending, overdue"
    assert tab.table.item(0, 0).foreground().color().name() == ERROR_COLOUR
    assert tab.table.item(0, 5).text() == "不制冷 ⏎ 外机响"
    done_row = [tab.table.item(r, 0).text() for r in range(4)].index(orders["done"].code)
    assert tab.table.item(done_row, 8).text() == "¥115.60"
    assert "Orders: 4, open: 2" in tab.summary.text()


def test_the_header_names_the_open_orders(history, card):
    _services, buyer, _bought, orders = history
    card.show_customer(buyer)
    text = card.fields["service"].text()
    assert card.form.isRowVisible(card.fields["service"])
    assert orders["late"].code in text and orders["out"].code in text
    assert orders["done"].code not in text
    assert ERROR_COLOUR in text.split("<br>")[0]  # the overdue one is red
    assert [o.id for o in card.open_orders] == [orders["late"].id, orders["out"].id]


def test_a_customer_without_orders_shows_no_header_line(sqlite_services, admin, card):
    card.show_customer(customer(sqlite_services, admin, "李四"))
    assert not card.form.isRowVisible(card.fields["service"])
    card.tabs.setCurrentWidget(card.service)
    assert card.service.summary.text() == "No service orders yet."


def test_enter_opens_the_chosen_order_and_new_takes_one(history, card, qtbot, monkeypatch):
    _services, buyer, _bought, orders = history
    card.show_customer(buyer)
    tab = card.service
    card.tabs.setCurrentWidget(tab)
    opened = []
    monkeypatch.setattr(
        service_order_editor,
        "edit_service_order",
        lambda parent, s, a, order: opened.append(order.id),
    )
    tab.select_order(orders["out"].id)
    assert [o.id for o in tab.selected_orders()] == [orders["out"].id]
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == [orders["out"].id]

    def fill(editor: ServiceOrderEditor) -> None:
        assert editor.customer_id == buyer and not editor.form.choose_customer.isVisible()
        editor.form.fault.setPlainText("热水器不点火")
        editor.save()

    answer_modal(fill)
    tab.add_button.click()
    assert tab.table.rowCount() == 5
    assert tab.selected_orders()[0].fault == "热水器不点火"  # the new one is chosen
    assert "Service (3)" in tab_titles(card)


def test_the_purchases_tab_takes_an_order_for_the_chosen_product(history, card):
    services, buyer, bought, _orders = history
    card.show_customer(buyer)
    purchases = card.purchases
    card.tabs.setCurrentWidget(purchases)
    purchases.select_sale(bought.id)
    assert purchases.service_button.isEnabled()

    def fill(editor: ServiceOrderEditor) -> None:
        assert editor.product_choice() == bought.id
        assert len(editor.earlier.orders) == 2  # the purchase's earlier orders are in sight
        editor.form.fault.setPlainText("遥控器失灵")
        editor.save()

    answer_modal(fill)
    purchases.service_button.click()
    assert "Service (3)" in tab_titles(card)
    newest = services.service_orders.for_sale(login_admin(services), bought.id)[0]
    assert newest.fault == "遥控器失灵"


def test_without_service_rights_no_order_can_be_taken(history, sqlite_services, admin, qtbot):
    _services, buyer, _bought, _orders = history
    card = CustomerCard(sqlite_services, actor_without(admin, "service.process"))
    qtbot.addWidget(card)
    card.show()
    card.show_customer(buyer)
    assert not card.service.add_button.isVisibleTo(card.service)
    assert not card.purchases.service_button.isVisibleTo(card.purchases)
    card.tabs.setCurrentWidget(card.service)
    assert card.service.table.rowCount() == 4  # everyone sees the orders


def test_complete_and_print_act_on_the_chosen_orders(history, card, monkeypatch):
    from yuntian.ui.customers import customer_service_tab

    services, buyer, _bought, orders = history
    card.show_customer(buyer)
    tab = card.service
    card.tabs.setCurrentWidget(tab)
    tab.select_order(orders["done"].id)
    assert tab.complete_button.text() == "Co&rrect completion…"  # record.edit may correct it
    cancelled = next(o for o in tab.orders if o.state is OrderState.CANCELLED)
    tab.select_order(cancelled.id)
    assert not tab.complete_button.isEnabled() and tab.print_button.isEnabled()

    def complete(parent, s, a, order):
        return services.service_orders.complete(a, order.id, finished(order), version=OVERWRITE)

    def finished(order):
        from yuntian.services.service_orders.service_order_types import CompletionInput

        return CompletionInput(work_done="清洗滤网", result="正常")

    monkeypatch.setattr(customer_service_tab, "complete_order", complete)
    printed: list[list[int]] = []
    monkeypatch.setattr(
        customer_service_tab,
        "print_orders",
        lambda parent, s, a, chosen: printed.append([o.id for o in chosen]),
    )
    tab.select_order(orders["late"].id)
    assert tab.complete_button.isEnabled() and tab.complete_button.text() == "&Complete…"
    tab.complete_button.click()
    row = [tab.table.item(r, 0).text() for r in range(4)].index(orders["late"].code)
    assert tab.table.item(row, 2).text() == "Completed"
    assert [o.id for o in tab.selected_orders()] == [orders["late"].id]  # still chosen
    tab.print_button.click()
    assert printed == [[orders["late"].id]]


def test_complete_is_off_without_service_rights(history, sqlite_services, admin, qtbot):
    _services, buyer, _bought, orders = history
    clerk = actor_without(admin, "service.process")
    card = CustomerCard(sqlite_services, clerk)
    qtbot.addWidget(card)
    card.show()
    card.show_customer(buyer)
    card.tabs.setCurrentWidget(card.service)
    card.service.select_order(orders["late"].id)
    assert not card.service.complete_button.isEnabled()
