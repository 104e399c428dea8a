"""The customer card (360° view): identity, blacklist banner, shared numbers, intentions, memos."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal, new_customer
from yuntian.ui.customers.customer_card import CustomerCard
from yuntian.ui.customers.customer_history_tabs import IntentionDialog, MemoDialog, MemosTab


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_card(qtbot, sqlite_services):
    def make(actor) -> CustomerCard:
        card = CustomerCard(sqlite_services, actor)
        qtbot.addWidget(card)
        card.resize(560, 700)
        card.show()
        return card

    return make


def test_a_blacklisted_customer_shows_a_red_banner_with_the_reason(
    make_card, sqlite_services, admin
):
    bad = new_customer(
        sqlite_services,
        admin,
        "赖账王",
        "13800138000",
        blacklisted=True,
        blacklist_reason="拖欠维修费用不还",
        notes="上门前先收费",
    ).customer
    good = new_customer(sqlite_services, admin, "好客户", "13900139000").customer
    card = make_card(admin)

    card.show_customer(bad.id)
    assert card.banner.isVisible()
    assert card.banner.text() == "Blacklisted: 拖欠维修费用不还"
    assert card.name.text() == "赖账王" and card.code.text() == bad.code
    assert card.fields["notes"].text() == "上门前先收费"
    assert "北京市" in card.fields["phones"].text() and "中国移动" in card.fields["phones"].text()

    card.show_customer(good.id)
    assert not card.banner.isVisible()


def test_a_shared_number_links_to_its_other_owner(qtbot, make_card, sqlite_services, admin):
    first = new_customer(sqlite_services, admin, "王大妈", "010-62345678").customer
    second = new_customer(sqlite_services, admin, "王大爷", "62345678").customer
    card = make_card(admin)
    card.show_customer(second.id)
    phones: QLabel = card.fields["phones"]
    assert "also used by" in phones.text()
    assert f'href="customer:{first.id}"' in phones.text() and "王大妈" in phones.text()

    with qtbot.waitSignal(card.customer_requested) as requested:
        phones.linkActivated.emit(f"customer:{first.id}")
    assert requested.args == [first.id]


def test_memos_are_added_edited_and_deleted_from_their_tab(
    qtbot, make_card, sqlite_services, admin, monkeypatch
):
    customer = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    card = make_card(admin)
    card.show_customer(customer.id)
    tab = card.memos
    card.tabs.setCurrentWidget(tab)
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Memos (0)"

    def write(text: str):
        def handler(dialog) -> None:
            assert isinstance(dialog, MemoDialog)
            dialog.text.setPlainText(text)
            dialog.save()

        return handler

    answer_modal(write("周末上门，带梯子"))
    tab.add_button.click()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "周末上门，带梯子"
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Memos (1)"

    tab.table.selectRow(0)
    answer_modal(write("改为周六上门"))
    tab.edit_button.click()
    assert sqlite_services.customers.get(admin, customer.id).memos[0].text == "改为周六上门"

    def empty(dialog) -> None:
        dialog.text.setPlainText("  ")
        dialog.save()
        assert dialog.isVisible()  # refused: the reason is shown, the dialog stays
        assert dialog.findChild(QLabel, "memoError").text() == "Please enter some text."

    tab.table.selectRow(0)
    answer_modal(empty)
    tab.edit_button.click()

    monkeypatch.setattr(MemosTab, "_confirm", lambda self, text: True)
    tab.table.selectRow(0)
    tab.delete_button.click()
    assert tab.table.rowCount() == 0
    assert sqlite_services.customers.get(admin, customer.id).memos == ()


def test_purchase_intentions_are_added_from_their_tab(qtbot, make_card, sqlite_services, admin):
    customer = new_customer(sqlite_services, admin, "张三", "13800138000").customer
    card = make_card(admin)
    card.show_customer(customer.id)
    changed: list[int] = []
    card.changed.connect(changed.append)

    def fill(dialog) -> None:
        assert isinstance(dialog, IntentionDialog)
        dialog.product.setText("格力空调 KFR-35")
        dialog.budget.setText("abc")
        dialog.save()
        assert dialog.findChild(QLabel, "error_budget").isVisible()
        dialog.budget.setText("3,500")
        dialog.expected.line.setText("2026/6/1")  # typed the short way
        dialog.note.setPlainText("夏天前安装")
        dialog.save()

    answer_modal(fill)
    card.intentions.add_button.click()
    saved = sqlite_services.customers.get(admin, customer.id).intentions
    assert [(i.product, i.budget, i.note) for i in saved] == [
        ("格力空调 KFR-35", Decimal("3500.00"), "夏天前安装")
    ]
    assert saved[0].expected_date == dt.date(2026, 6, 1)
    assert card.intentions.table.item(0, 0).text() == "格力空调 KFR-35"
    assert changed == [customer.id]


def test_without_memo_manage_memos_are_read_only(make_card, sqlite_services, admin):
    customer = new_customer(sqlite_services, admin, "张三").customer
    sqlite_services.customer_notes.add_memo(admin, customer.id, "老客户")
    card = make_card(actor_without(admin, "memo.manage"))
    card.show_customer(customer.id)
    assert card.memos.table.rowCount() == 1
    assert not card.memos.add_button.isVisibleTo(card.memos)
    assert card.intentions.add_button.isVisibleTo(card.intentions)


class _CallsTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[int | None] = []

    def show_customer(self, customer_id: int | None) -> None:
        self.shown.append(customer_id)


def test_later_areas_add_history_tabs_that_follow_the_customer(make_card, sqlite_services, admin):
    first = new_customer(sqlite_services, admin, "张三").customer
    second = new_customer(sqlite_services, admin, "李四").customer
    card = make_card(admin)
    calls = _CallsTab()
    card.add_history_tab("Calls", calls)
    assert card.tabs.tabText(card.tabs.count() - 1) == "Calls"
    card.show_customer(first.id)
    card.show_customer(second.id)
    card.show_customer(None)
    assert calls.shown == [None, first.id, second.id, None]


def test_a_customer_deleted_meanwhile_says_so(make_card, sqlite_services, admin):
    customer = new_customer(sqlite_services, admin, "张三").customer
    card = make_card(admin)
    card.show_customer(customer.id)
    sqlite_services.customers.delete(admin, customer.id)
    card.reload()
    assert card.customer is None
    assert card.empty.text() == "This customer no longer exists."


def test_the_typed_number_shows_beside_the_formatted_one_only_when_its_digits_differ(
    make_card, sqlite_services, admin
):
    spaced = new_customer(sqlite_services, admin, "间隔号", "133-0135-3432").customer
    prefixed = new_customer(sqlite_services, admin, "国际号", "+86 10 6365 5448").customer
    card = make_card(admin)

    card.show_customer(spaced.id)
    assert "133 0135 3432" in card.fields["phones"].text()
    assert "typed:" not in card.fields["phones"].text()  # only the spacing differs: no noise

    card.show_customer(prefixed.id)
    assert "typed: +86 10 6365 5448" in card.fields["phones"].text()
