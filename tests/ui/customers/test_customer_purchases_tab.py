"""The customer card's purchases (购机记录): warranty state, what is owed, and the actions on a
sale, as the card beside the customer list shows them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal, wait_for_workers
from tests.support.sale_helpers import D, customer, product, sale
from yuntian.services.sales.sale_types import SaleView
from yuntian.tools.customer_snapshots import customer_dialogs
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.customers.customer_card import CustomerCard
from yuntian.ui.customers.customer_purchases_tab import (
    CODE,
    OUTSTANDING,
    WARRANTY,
    CustomerPurchasesTab,
)
from yuntian.ui.customers.customers_page import CustomersPage
from yuntian.ui.sales import sale_actions
from yuntian.ui.sales.payment_dialog import PaymentDialog
from yuntian.ui.sales.sale_editor import SaleEditor

TODAY = dt.date(2026, 11, 27)  # the test clock's day (tests/helpers.py FakeClock)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """王建国 with four purchases: settled and out of warranty, owing 2,000 on its warranty's
    last day, voided, and two units owing 1,000 bought this month."""
    services = sqlite_services
    buyer = customer(services, admin, "王建国")
    model = product(services, admin)  # 格力 KFR-35GW, 12 months' warranty
    old = sale(services, admin, buyer, model, "1800.00", sale_date=dt.date(2024, 5, 1))
    services.payments.record(admin, old.id, dt.date(2024, 5, 1), D("1800.00"), "现金")
    last_day = sale(services, admin, buyer, model, "3000.00", sale_date=dt.date(2025, 11, 27))
    services.payments.record(admin, last_day.id, dt.date(2025, 11, 27), D("1000.00"), "现金")
    voided = sale(services, admin, buyer, model, "700.00", sale_date=dt.date(2026, 6, 1))
    services.sales.void(admin, voided.id, "录入重复")
    new = sale(services, admin, buyer, model, "500.00", quantity=2, sale_date=dt.date(2026, 11, 1))
    return buyer, {"old": old, "last_day": last_day, "voided": voided, "new": new}


@pytest.fixture
def make_card(qtbot, sqlite_services):
    def make(actor, customer_id: int) -> CustomerCard:
        card = CustomerCard(sqlite_services, actor)
        qtbot.addWidget(card)
        card.resize(900, 700)
        card.show()
        card.tabs.setCurrentWidget(card.purchases)
        card.show_customer(customer_id)
        return card

    return make


def cell(tab: CustomerPurchasesTab, row: int, column: int) -> str:
    return tab.table.item(row, column).text()


def colour(tab: CustomerPurchasesTab, row: int, column: int) -> str:
    return tab.table.item(row, column).foreground().color().name()


def plain(html: str) -> str:
    """A label's text as read: word joiners and no-break spaces keep a warranty on one line."""
    return html.replace("\u2060", "").replace("\u00a0", " ")


def select(tab: CustomerPurchasesTab, sale: SaleView) -> None:
    tab.select_sale(sale.id)
    assert tab.selected() is not None and tab.selected().id == sale.id


def test_purchases_show_warranty_state_and_what_is_owed(make_card, shop, admin):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases

    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Purchases (4)"
    codes = [cell(tab, row, CODE) for row in range(tab.table.rowCount())]
    assert codes == [sales[k].code for k in ("new", "voided", "last_day", "old")]
    left = (dt.date(2027, 11, 1) - TODAY).days + 1
    assert [cell(tab, row, WARRANTY) for row in range(4)] == [
        f"In warranty, days left: {left}",
        "Voided",
        "In warranty, days left: 1",  # the warranty's last day still covers the repair
        "Out of warranty",
    ]
    assert {colour(tab, 1, column) for column in range(tab.table.columnCount())} == {"#8a8a8a"}
    assert "录入重复" in tab.table.item(1, CODE).toolTip()
    assert cell(tab, 2, OUTSTANDING) == "2,000.00" and colour(tab, 2, OUTSTANDING) == ERROR_COLOUR
    assert cell(tab, 3, OUTSTANDING) == "0.00" and colour(tab, 3, OUTSTANDING) != ERROR_COLOUR

    # the voided sale's 700 is owed by nobody; its unit is not counted
    assert tab.units.text() == "Units: 4"
    assert tab.debt.text() == "Outstanding: ¥3,000.00" and ERROR_COLOUR in tab.debt.styleSheet()
    assert card.debt.isVisible() and card.debt.text() == "Outstanding: ¥3,000.00"
    assert card.form.isRowVisible(card.fields["purchases"])
    assert plain(card.fields["purchases"].text()).split("<br>") == [
        f"格力 KFR-35GW ×2 · In warranty, days left: {left}",
        "格力 KFR-35GW · In warranty, days left: 1",
        "格力 KFR-35GW · Out of warranty",
    ]


def test_the_day_comes_from_the_services_clock(make_card, shop, admin, clock):
    buyer, _sales = shop
    card = make_card(admin, buyer)
    clock.advance(days=1)
    card.reload()
    assert cell(card.purchases, 2, WARRANTY) == "Out of warranty"


def test_a_customer_without_purchases_shows_nothing_extra(make_card, sqlite_services, admin):
    buyer = customer(sqlite_services, admin, "李师傅")
    card = make_card(admin, buyer)
    tab = card.purchases
    assert not card.debt.isVisible()
    assert not card.form.isRowVisible(card.fields["purchases"])
    assert tab.table.rowCount() == 0 and tab.units.text() == "No purchases recorded yet."
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Purchases (0)"
    assert tab.add_button.isEnabled()
    assert not any(b.isEnabled() for b in (tab.edit_button, tab.pay_button, tab.remove_button))


def test_settled_sales_show_no_debt(make_card, sqlite_services, admin):
    buyer = customer(sqlite_services, admin)
    paid = sale(sqlite_services, admin, buyer, product(sqlite_services, admin), "900.00")
    sqlite_services.payments.record(admin, paid.id, paid.sale_date, D("900.00"), "微信")
    card = make_card(admin, buyer)
    assert not card.debt.isVisible()
    assert card.purchases.debt.text() == "Nothing outstanding"
    assert ERROR_COLOUR not in card.purchases.debt.styleSheet()


def test_payment_is_offered_only_where_money_is_owed(make_card, shop, admin):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases
    select(tab, sales["last_day"])
    assert tab.pay_button.isEnabled() and tab.remove_button.isEnabled()
    select(tab, sales["old"])  # settled
    assert not tab.pay_button.isEnabled() and tab.edit_button.isEnabled()
    select(tab, sales["voided"])
    assert not tab.pay_button.isEnabled() and not tab.remove_button.isEnabled()
    assert tab.edit_button.isEnabled()  # a voided sale can still be looked at


@pytest.mark.parametrize(
    ("missing", "hidden"),
    [
        ("sales.process", ("add_button", "pay_button")),
        ("record.delete", ("remove_button",)),
    ],
)
def test_buttons_follow_the_users_rights(make_card, shop, admin, missing, hidden):
    buyer, sales = shop
    card = make_card(actor_without(admin, missing), buyer)
    tab = card.purchases
    select(tab, sales["last_day"])
    buttons = ("add_button", "edit_button", "pay_button", "remove_button")
    assert {b for b in buttons if not getattr(tab, b).isVisibleTo(tab)} == set(hidden)


def test_without_record_edit_a_sale_opens_to_look_at(qtbot, make_card, shop, admin):
    buyer, sales = shop
    card = make_card(actor_without(admin, "record.edit"), buyer)
    tab = card.purchases
    assert tab.edit_button.text() == "&View…"
    select(tab, sales["new"])
    seen = []

    def look(dialog) -> None:
        seen.append((type(dialog), dialog.read_only))

    answer_modal(look)
    middle = tab.table.visualRect(tab.table.currentIndex()).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert seen == [(SaleEditor, True)]  # once: a double-click is not also an "Enter"


def test_enter_opens_the_chosen_sale(qtbot, make_card, shop, admin, monkeypatch):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card.window())
    select(tab, sales["last_day"])
    tab.table.setFocus()
    opened = []
    monkeypatch.setattr(sale_actions, "edit_sale", lambda *args: opened.append(args[3]))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert [s.id for s in opened] == [sales["last_day"].id]


def test_a_payment_lowers_the_debt_on_the_card_and_keeps_the_sale_chosen(
    qtbot, make_card, shop, admin, sqlite_services
):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases
    select(tab, sales["last_day"])

    def pay(dialog: PaymentDialog) -> None:
        assert dialog.amount.text() == "2000.00"  # what is owed, offered
        dialog.amount.setText("500.00")
        dialog.save()

    answer_modal(pay)
    with qtbot.waitSignal(card.changed):
        tab.pay_button.click()
    assert sqlite_services.sales.get(admin, sales["last_day"].id).outstanding == D("1500.00")
    assert tab.selected().id == sales["last_day"].id
    assert cell(tab, 2, OUTSTANDING) == "1,500.00"
    assert tab.debt.text() == "Outstanding: ¥2,500.00"
    assert card.debt.text() == "Outstanding: ¥2,500.00"


def test_a_paid_sale_is_voided_with_a_reason_and_greyed(
    make_card, shop, admin, sqlite_services, monkeypatch
):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases
    select(tab, sales["last_day"])
    monkeypatch.setattr(sale_actions, "ask_void_reason", lambda *_args: "客户退货")
    tab.remove_button.click()
    assert sqlite_services.sales.get(admin, sales["last_day"].id).void_reason == "客户退货"
    assert cell(tab, 2, WARRANTY) == "Voided" and colour(tab, 2, CODE) == "#8a8a8a"
    assert card.debt.text() == "Outstanding: ¥1,000.00"
    assert tab.units.text() == "Units: 3"


def test_an_unpaid_sale_is_deleted_after_asking(make_card, shop, admin, monkeypatch):
    buyer, sales = shop
    card = make_card(admin, buyer)
    tab = card.purchases
    select(tab, sales["new"])
    monkeypatch.setattr(sale_actions, "confirm_delete", lambda *_args: True)
    tab.remove_button.click()
    assert [cell(tab, row, CODE) for row in range(tab.table.rowCount())] == [
        sales[k].code for k in ("voided", "last_day", "old")
    ]
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Purchases (3)"
    assert card.debt.text() == "Outstanding: ¥2,000.00"
    assert plain(card.fields["purchases"].text()).count("<br>") == 1  # two products left


def test_a_new_purchase_is_for_the_cards_customer_and_comes_chosen(
    make_card, shop, admin, sqlite_services, monkeypatch
):
    buyer, sales = shop
    card = make_card(admin, buyer)
    asked = []

    def new_sale(parent, services, actor, customer_id=None):
        asked.append(customer_id)
        return sale(services, actor, customer_id, sales["new"].product_model_id, "80.00")

    monkeypatch.setattr(sale_actions, "new_sale", new_sale)
    card.purchases.add_button.click()
    assert asked == [buyer]
    assert card.tabs.tabText(card.tabs.indexOf(card.purchases)) == "Purchases (5)"
    chosen = card.purchases.selected()
    assert chosen is not None and chosen.receivable == D("80.00")
    assert card.debt.text() == "Outstanding: ¥3,080.00"


def test_an_archived_customer_takes_no_new_purchases(make_card, shop, admin, sqlite_services):
    buyer, _sales = shop
    card = make_card(admin, buyer)
    card.show_detail(replace(sqlite_services.customers.get(admin, buyer), archived=True))
    assert not card.purchases.add_button.isEnabled()
    assert card.purchases.table.rowCount() == 4  # their history stays readable


def test_the_snapshot_shows_a_debtors_card_open_on_its_purchases(
    qtbot, shop, admin, sqlite_services
):
    buyer, sales = shop
    page = CustomersPage(sqlite_services, admin)
    qtbot.addWidget(page)
    dialogs = dict(customer_dialogs(page, sqlite_services, admin))
    card = dialogs["card-purchases"].findChild(CustomerCard)
    assert card.customer is not None and card.customer.id == buyer
    assert card.tabs.currentWidget() is card.purchases
    assert card.purchases.sales[0].id == sales["new"].id
    wait_for_workers()
