"""The customer card's "Calls" tab: the customer's latest calls, and all of them in a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from tests.helpers import login_admin
from tests.support.call_log_ui import place_call
from tests.support.customer_ui import new_customer, wait_for_workers
from yuntian.ui.calls import call_texts as cols
from yuntian.ui.calls.call_log_page import CustomerCallsDialog
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.customers import customer_card
from yuntian.ui.customers.customer_calls_tab import RECENT
from yuntian.ui.customers.customer_card import CustomerCard


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def card(qtbot, sqlite_services, admin) -> CustomerCard:
    card = CustomerCard(sqlite_services, admin)
    qtbot.addWidget(card)
    card.resize(560, 700)
    card.show()
    return card


def shown(card: CustomerCard) -> list[tuple[str, ...]]:
    table = card.calls.table
    return [
        tuple(table.item(row, col).text() for col in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def test_the_tab_lists_the_customers_calls_newest_first(card, sqlite_services, admin, clock):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000", "010-62345678").customer
    li = new_customer(sqlite_services, admin, "李四", "13700137000").customer
    place_call(sqlite_services, admin, clock, "13800138000", talk_seconds=75)
    place_call(sqlite_services, admin, clock, "13700137000")
    place_call(sqlite_services, admin, clock, "62345678", talk_seconds=None, line=2)
    place_call(sqlite_services, admin, clock, "13800138000", direction="out", line_name="经理室")

    card.show_customer(zhang.id)
    assert card.tabs.tabText(card.tabs.indexOf(card.calls)) == "Calls"
    card.tabs.setCurrentWidget(card.calls)
    assert shown(card) == [
        ("2026-11-27 09:35", "Outgoing", "138 0013 8000", "Answered", "1:05", "经理室"),
        ("2026-11-27 09:34", "Incoming", "6234 5678", "Missed", "0:00", "总机"),
        ("2026-11-27 09:30", "Incoming", "138 0013 8000", "Answered", "1:15", "总机"),
    ]
    assert card.calls.table.item(1, 3).foreground().color() == QColor(ERROR_COLOUR)
    assert card.calls.summary.text() == "Calls: 3"

    card.show_customer(li.id)
    assert [row[2] for row in shown(card)] == ["137 0013 7000"]


def test_the_calls_are_read_only_when_the_tab_is_on_screen(card, sqlite_services, admin, clock):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    place_call(sqlite_services, admin, clock, "13800138000")
    asked: list[int] = []
    recent = sqlite_services.calls.recent_for_customer

    def counting(actor, customer_id, limit=10):
        asked.append(customer_id)
        return recent(actor, customer_id, limit)

    sqlite_services.calls.recent_for_customer = counting
    card.tabs.setCurrentWidget(card.memos)
    card.show_customer(zhang.id)
    assert asked == [] and card.calls.table.rowCount() == 0
    card.tabs.setCurrentWidget(card.calls)
    assert asked == [zhang.id] and card.calls.table.rowCount() == 1
    card.tabs.setCurrentWidget(card.memos)
    card.tabs.setCurrentWidget(card.calls)
    assert asked == [zhang.id]  # the same customer: not read again


def test_only_the_latest_calls_are_listed_and_all_opens_the_filtered_log(
    qtbot, card, sqlite_services, admin, clock
):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    for _ in range(RECENT + 5):
        place_call(sqlite_services, admin, clock, "13800138000")
    place_call(sqlite_services, admin, clock, "13912345678")
    card.tabs.setCurrentWidget(card.calls)
    card.show_customer(zhang.id)
    assert card.calls.table.rowCount() == RECENT
    assert card.calls.summary.text() == f"The latest {RECENT} calls."
    assert card.calls.all_button.isEnabled()

    dialog = CustomerCallsDialog(sqlite_services, admin, zhang.id, card)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.page.busy())
    model = dialog.page.model
    numbers = {model.data(model.index(r, cols.NUMBER)) for r in range(model.rowCount())}
    assert model.rowCount() == RECENT + 5 and numbers == {"138 0013 8000"}
    assert dialog.windowTitle() == f"Calls — 张三 ({zhang.code})"
    dialog.close()
    wait_for_workers()


def test_a_customer_without_calls_says_so(card, sqlite_services, admin):
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    card.tabs.setCurrentWidget(card.calls)
    card.show_customer(zhang.id)
    assert card.calls.table.rowCount() == 0
    assert card.calls.summary.text() == "No calls from or to this customer yet."
    assert not card.calls.all_button.isEnabled()


def test_the_whole_log_opens_cards_with_the_opener_the_card_gives_it(
    qtbot, card, sqlite_services, admin, clock, monkeypatch
):
    # The log cannot import the card that shows it; the card hands it an opener instead.
    zhang = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    place_call(sqlite_services, admin, clock, "13800138000")
    opened: list[str] = []
    monkeypatch.setattr(
        customer_card.CustomerCardDialog, "exec", lambda self: opened.append(self.windowTitle())
    )
    logs: list[CustomerCallsDialog] = []

    def keep(dialog: CustomerCallsDialog) -> None:
        logs.append(dialog)
        dialog.page.show_card(zhang.id)

    monkeypatch.setattr(CustomerCallsDialog, "exec", keep)
    card.tabs.setCurrentWidget(card.calls)
    card.show_customer(zhang.id)
    card.calls.open_all()
    assert opened == ["张三"]
    wait_for_workers()
