"""The messages page, the status bar's count and the customer card's messages tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import actor_without, login_admin, technician_role
from tests.support.customer_ui import answer_modal, new_customer
from yuntian.services.common.errors import PermissionDenied
from yuntian.ui.calls.message_dialog import MessageDialog
from yuntian.ui.calls.message_list_model import (
    ALL,
    FROM,
    HANDLED,
    HANDLED_ONLY,
    TEXT,
    MessageListModel,
)
from yuntian.ui.calls.messages_page import MINE, MessagesPage
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.customers.customer_card import CustomerCard
from yuntian.ui.shell.main_window import MainWindow
from yuntian.ui.shell.pages import PageSpec


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def leave(sqlite_services, admin, clock):
    """``leave(text, ...)`` stores a message a minute after the previous one."""

    def make(text, *, customer_id=None, caller="王先生", number="13800138000", for_user=None):
        clock.advance(minutes=1)
        return sqlite_services.messages.create(
            admin, customer_id, None, caller, number, for_user, text, True
        )

    return make


@pytest.fixture
def make_page(qtbot, sqlite_services):
    def make(actor) -> MessagesPage:
        page = MessagesPage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.resize(1000, 600)
        page.show()
        return page

    return make


def texts(page: MessagesPage, column: int = TEXT) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def shown(page: MessagesPage) -> list:
    return [page.model.message(row) for row in range(page.model.rowCount())]


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def test_open_messages_show_newest_first_and_handled_ones_on_request(
    make_page, sqlite_services, admin, leave
):
    old = leave("旧的留言\n第二行细节")
    done = leave("已处理的")
    sqlite_services.messages.mark_handled(admin, [done.id])
    leave("新的留言", caller="李四", number="62345678")

    page = make_page(admin)
    assert texts(page) == ["新的留言", "旧的留言"]  # first line only
    assert texts(page, FROM) == ["李四 6234 5678", "王先生 138 0013 8000"]
    assert page.model.index(1, TEXT).data(Qt.ItemDataRole.ToolTipRole) == old.text
    assert page.status.text() == "Open messages: 2"
    assert "第二行细节" not in page.preview.text()  # the newest is chosen: its text below
    assert "新的留言" in page.preview.text()

    page.show_filter.setCurrentIndex(HANDLED_ONLY)
    assert texts(page) == ["已处理的"]
    assert page.model.index(0, HANDLED).data().startswith("系统管理员 2026-11-27")
    page.show_filter.setCurrentIndex(ALL)
    assert texts(page) == ["新的留言", "已处理的", "旧的留言"]


def test_coming_back_to_the_page_shows_messages_taken_meanwhile(make_page, admin, leave):
    leave("先前的")
    page = make_page(admin)
    page.hide()
    leave("在客户卡片上留的")
    assert texts(page) == ["先前的"]
    page.show()
    assert texts(page) == ["在客户卡片上留的", "先前的"]


def test_for_me_keeps_mine_and_those_for_anyone(make_page, sqlite_services, admin, leave):
    clerk_id = sqlite_services.users.create_user(
        admin, "wangfang", "王芳", "temp-pass1", [technician_role()]
    ).id
    leave("给王芳", for_user=clerk_id)
    leave("给我", for_user=admin.user_id)
    leave("给大家")
    page = make_page(admin)
    assert texts(page) == ["给大家", "给我", "给王芳"]
    page.for_filter.setCurrentIndex(MINE)
    assert texts(page) == ["给大家", "给我"]


def test_ctrl_d_marks_handled_and_the_status_bar_count_follows(
    qtbot, sqlite_services, admin, leave, tmp_path
):
    for i in range(3):
        leave(f"留言{i}")
    window = MainWindow(
        sqlite_services,
        admin,
        [PageSpec("messages", "Messages", None, MessagesPage)],
        ui_state_at(tmp_path / "ui.ini"),
    )
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    count = window.message_count
    assert count.text() == "Messages 3" and count.font().bold()

    page = window.page("messages")
    page.table.setFocus()
    assert texts(page) == ["留言2", "留言1", "留言0"]
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert texts(page) == ["留言1", "留言0"]  # handled ones leave the open list
    qtbot.waitUntil(lambda: count.text() == "Messages 2")  # the change bus, next event-loop turn
    assert sqlite_services.messages.open_count(admin) == 2

    page.show_filter.setCurrentIndex(ALL)
    page.table.select_row(page.model.row_of(sqlite_services.messages.list(admin, False)[0].id))
    assert page.handled_action.text() == "&Reopen"
    page.handled_action.trigger()
    qtbot.waitUntil(lambda: count.text() == "Messages 3")
    assert not page.model.message(0).handled  # still listed under "all", open again

    sqlite_services.messages.mark_handled(admin, [m.id for m in shown(page)])
    count.refresh()  # the minute's timer, or another PC
    assert count.text() == "Messages 0" and not count.font().bold()


def test_the_count_is_read_again_when_the_window_becomes_active(
    qtbot, sqlite_services, admin, leave, tmp_path
):
    window = MainWindow(sqlite_services, admin, [], ui_state_at(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    assert window.message_count.text() == "Messages 0"
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    activate(qtbot, other)
    leave("别的电脑记下的")  # or a dialog that has just closed
    activate(qtbot, window)
    assert window.message_count.text() == "Messages 1"


def test_the_count_opens_the_messages_page(qtbot, sqlite_services, admin, tmp_path):
    window = MainWindow(
        sqlite_services,
        admin,
        [
            PageSpec("home", "Home", None, lambda s, a, p: CustomerCard(s, a, p)),
            PageSpec("messages", "Messages", None, MessagesPage),
        ],
        ui_state_at(tmp_path / "ui.ini"),
    )
    qtbot.addWidget(window)
    assert window.current_key() == "home"
    qtbot.mouseClick(window.message_count, Qt.MouseButton.LeftButton)
    assert window.current_key() == "messages"


def test_new_message_from_the_page_appears_first_and_is_counted(
    qtbot, make_page, sqlite_services, admin, leave
):
    leave("早先的")
    page = make_page(admin)
    activate(qtbot, page)
    changed = []
    page.messages_changed.connect(lambda: changed.append(True))

    def fill(dialog: MessageDialog) -> None:
        dialog.caller_name.setText("赵六")
        dialog.text.setPlainText("要报价单")
        dialog.save()

    answer_modal(fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert texts(page) == ["要报价单", "早先的"]
    assert page.table.current().caller_name == "赵六"
    assert changed == [True]


def test_edit_and_delete_are_hidden_and_refused_without_their_permissions(
    qtbot, make_page, sqlite_services, admin, leave
):
    message = leave("别删我")
    clerk = actor_without(actor_without(admin, "message.edit"), "message.delete")
    page = make_page(clerk)
    activate(qtbot, page)
    page.table.setFocus()
    page.table.select_row(0)
    assert not page.edit_action.isVisible() and not page.delete_action.isVisible()
    assert page.handled_action.isEnabled()  # anyone may deal with a message

    opened = []
    page.make_dialog = lambda message=None: opened.append(message)
    page._confirm_delete = lambda chosen: pytest.fail("no delete question without the right")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert opened == [] and texts(page) == ["别删我"]
    with pytest.raises(PermissionDenied):
        sqlite_services.messages.delete(clerk, [message.id])
    with pytest.raises(PermissionDenied):
        sqlite_services.messages.update(
            clerk, message.id, None, "", "", None, "改", True, version=message.version
        )


def test_enter_edits_and_del_deletes_after_asking(qtbot, make_page, sqlite_services, admin, leave):
    leave("第一条")
    second = leave("第二条")
    page = make_page(admin)
    activate(qtbot, page)
    page.table.setFocus()
    page.table.select_row(0)

    def change(dialog: MessageDialog) -> None:
        dialog.text.setPlainText("第二条（已改）")
        dialog.save()

    answer_modal(change)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert texts(page) == ["第二条（已改）", "第一条"]
    assert sqlite_services.messages.get(admin, second.id).text == "第二条（已改）"

    activate(qtbot, page)  # the closed dialog gives the window back
    page.table.setFocus()
    asked = []
    page._confirm_delete = lambda chosen: asked.append([m.id for m in chosen]) or False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [[second.id]] and len(texts(page)) == 2  # "No" keeps it
    page._confirm_delete = lambda chosen: True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert texts(page) == ["第一条"]
    assert [m.text for m in sqlite_services.messages.list(admin)] == ["第一条"]


def test_the_card_tab_lists_the_customers_messages_and_adds_one_for_them(
    qtbot, sqlite_services, admin, leave
):
    zhang = new_customer(sqlite_services, admin, "张三", "13911112222").customer
    other = new_customer(sqlite_services, admin, "李四", "13933334444").customer
    leave("张三的留言", customer_id=zhang.id, caller="张三")
    leave("李四的留言", customer_id=other.id, caller="李四")
    done = leave("张三的旧留言", customer_id=zhang.id, caller="张三")
    sqlite_services.messages.mark_handled(admin, [done.id])

    card = CustomerCard(sqlite_services, admin)
    qtbot.addWidget(card)
    card.resize(560, 700)
    card.show()
    card.show_customer(zhang.id)
    tab = card.messages
    card.tabs.setCurrentWidget(tab)
    model = tab.model
    assert [model.index(r, TEXT).data() for r in range(model.rowCount())] == [
        "张三的旧留言",
        "张三的留言",
    ]

    seen = {}

    def fill(dialog: MessageDialog) -> None:
        seen["customer"], seen["caller"] = dialog.customer.text(), dialog.caller_name.text()
        seen["number"] = dialog.number.text()
        dialog.text.setPlainText("从卡片留言")
        dialog.save()

    changed = []
    tab.messages_changed.connect(lambda: changed.append(True))
    answer_modal(fill)
    tab.add_button.click()
    assert seen == {"customer": f"张三 ({zhang.code})", "caller": "张三", "number": "13911112222"}
    assert model.index(0, TEXT).data() == "从卡片留言" and changed == [True]
    assert sqlite_services.messages.for_customer(admin, zhang.id)[0].customer_id == zhang.id

    card.show_customer(other.id)
    assert [model.index(r, TEXT).data() for r in range(model.rowCount())] == ["李四的留言"]

    # Behind another tab (as in the caller pop-up) the tab reads nothing until it is shown.
    card.tabs.setCurrentWidget(card.memos)
    card.show_customer(zhang.id)
    assert tab.customer_id == zhang.id and model.index(0, TEXT).data() == "李四的留言"
    card.tabs.setCurrentWidget(tab)
    assert model.index(0, TEXT).data() == "从卡片留言"


def test_del_on_the_card_tab_deletes_the_chosen_message_after_asking(
    qtbot, sqlite_services, admin, leave
):
    zhang = new_customer(sqlite_services, admin, "张三", "13911112222").customer
    leave("留着", customer_id=zhang.id)
    gone = leave("删掉", customer_id=zhang.id)
    card = CustomerCard(sqlite_services, admin)
    qtbot.addWidget(card)
    card.show()
    card.show_customer(zhang.id)
    tab = card.messages
    card.tabs.setCurrentWidget(tab)
    activate(qtbot, card)
    tab.table.setFocus()
    tab.table.select_message(gone.id)
    asked = []
    tab._confirm_delete = lambda chosen: asked.append([m.id for m in chosen]) or True
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert asked == [[gone.id]]
    assert [m.text for m in sqlite_services.messages.for_customer(admin, zhang.id)] == ["留着"]
    assert tab.model.rowCount() == 1


def test_the_list_model_pages_lazily_and_passes_the_model_tester(
    qtbot, sqlite_services, admin, leave
):
    for i in range(23):
        leave(f"留言{i:02d}")
    model = MessageListModel(page_size=10)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    messages = sqlite_services.messages
    model.set_fetch(
        lambda after, limit: (
            rows := messages.list(admin, True, None, after, limit),
            len(rows) == limit,
        )
    )
    assert model.rowCount() == 10 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 23
    assert model.index(0, TEXT).data() == "留言22" and model.index(22, TEXT).data() == "留言00"
    model.remove_ids([model.message(5).id, model.message(6).id])
    assert model.rowCount() == 21


def test_handled_only_pages_past_runs_of_open_messages(
    qtbot, make_page, sqlite_services, admin, leave
):
    handled = [leave(f"已处理{i}") for i in range(3)]
    for i in range(12):
        leave(f"未处理{i}")
    sqlite_services.messages.mark_handled(admin, [m.id for m in handled])
    page = make_page(admin)
    page.model._page_size = 5  # whole pages of open messages lie before the handled ones
    page.show_filter.setCurrentIndex(HANDLED_ONLY)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert texts(page) == ["已处理2", "已处理1", "已处理0"]


def test_open_customer_shows_the_card_of_the_messages_customer(
    qtbot, make_page, sqlite_services, admin, leave
):
    zhang = new_customer(sqlite_services, admin, "张三", "13911112222").customer
    leave("张三的留言", customer_id=zhang.id)
    leave("没有客户的留言")
    page = make_page(admin)
    activate(qtbot, page)
    assert not page.customer_action.isEnabled()  # the newest has no customer
    page.table.select_row(1)
    assert page.customer_action.isEnabled()
    seen = {}

    def look(dialog) -> None:
        seen["name"] = dialog.card.name.text()
        dialog.reject()

    answer_modal(look)
    qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"name": "张三"}
