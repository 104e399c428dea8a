"""A save refused because someone else saved the record first: the conflict dialog says who and
when, what changed, keeps what the user typed, and reloads or goes back to the form."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QLabel

from tests.helpers import login_admin
from tests.support.concurrent_edits import order_form
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.customer_ui import retype
from tests.support.service_order_helpers import take
from yuntian.db.models import Customer, ServiceOrder
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput
from yuntian.ui.common.conflict_dialog import ConflictDialog, TypedTextWindow
from yuntian.ui.customers.customer_editor import CustomerEditor
from yuntian.ui.customers.customer_history_tabs import MemoDialog
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor


@pytest.fixture
def stage(qtbot, sqlite_services, clock):
    """张三's editor open for the administrator, then 王芳 saves a new e-mail behind it and
    the administrator types a new name."""
    services = sqlite_services
    admin = login_admin(services)
    created = new_customer(services, admin, "张三", "13800138000", email="old@zhang.cn").customer
    editor = CustomerEditor(services, admin, services.customers.get(admin, created.id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    salesperson(services, admin, "wangfang", "王芳")
    wang = services.auth.login("wangfang", "Sales-123")
    clock.advance(minutes=5)  # 09:35
    services.customers.update(
        wang,
        created.id,
        CustomerInput(name="张三", phones=(PhoneInput("13800138000"),), email="new@zhang.cn"),
        version=created.version,
    )
    retype(qtbot, editor.name, "张三丰")
    return services, editor, created


def test_a_stale_save_shows_who_what_and_the_typed_text(qtbot, stage):
    _services, editor, created = stage
    editor.save()
    dialog = editor.conflict
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    assert editor.isVisible()  # the save was refused
    who = dialog.findChild(QLabel, "conflictWho").text()
    assert "王芳" in who and "09:35" in who
    rows = [
        tuple(dialog.table.item(r, c).text() for c in range(3))
        for r in range(dialog.table.rowCount())
    ]
    assert ("E-mail", "old@zhang.cn", "new@zhang.cn") in rows
    assert all(r[0] != "Name" for r in rows)  # only what the other user changed
    assert "张三丰" in dialog.typed.toPlainText()
    assert dialog.typed.isReadOnly()
    stored = Customer.get_by_id(created.id)
    assert (stored.name, stored.email) == ("张三", "new@zhang.cn")

    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: editor.conflict is None)
    assert editor.name.text() == "张三丰"  # the form as typed
    editor.save()  # still refused: the form names the older version
    again = editor.conflict
    assert again is not None and again.isVisible()
    assert Customer.get_by_id(created.id).name == "张三"

    again.reload_button.click()
    qtbot.waitUntil(lambda: editor.typed_window is not None)
    assert (editor.name.text(), editor.email.text()) == ("张三", "new@zhang.cn")
    typed = editor.findChild(TypedTextWindow)
    assert typed.isVisible() and "张三丰" in typed.text.toPlainText()
    retype(qtbot, editor.name, "张三丰")
    editor.save()  # from the reloaded version: both edits kept
    assert editor.result() == editor.DialogCode.Accepted
    stored = Customer.get_by_id(created.id)
    assert (stored.name, stored.email, stored.version) == ("张三丰", "new@zhang.cn", 3)


def test_the_service_order_and_memo_editors_show_the_conflict_too(qtbot, sqlite_services, clock):
    services = sqlite_services
    admin = login_admin(services)
    buyer = new_customer(services, admin, "李四", "13800138001").customer
    order = take(services, admin, buyer.id, contact_name="李先生")
    editor = ServiceOrderEditor(services, admin, order=order)
    qtbot.addWidget(editor)
    editor.show()
    data = dataclasses.replace(order_form(order), fault="外机漏水")
    services.service_orders.update(admin, order.id, data, version=order.version)
    editor.form.contact_name.setText("李太太")
    assert not editor.save()
    dialog = editor.conflict
    assert isinstance(dialog, ConflictDialog)
    rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert rows == ["Fault"]
    assert "李太太" in dialog.typed.toPlainText()
    dialog.reload_button.click()
    qtbot.waitUntil(lambda: editor.typed_window is not None)
    assert editor.form.fault.toPlainText() == "外机漏水"
    assert editor.form.contact_name.text() == "李先生"
    assert ServiceOrder.get_by_id(order.id).contact_name == "李先生"

    memo = services.customer_notes.add_memo(admin, buyer.id, "周末在家")
    box = MemoDialog(services, admin, buyer.id, memo)
    qtbot.addWidget(box)
    box.show()
    services.customer_notes.update_memo(admin, memo.id, "只在周日", version=memo.version)
    box.text.setPlainText("工作日也在")
    box.save()
    assert isinstance(box.conflict, ConflictDialog)
    assert box.conflict.typed.toPlainText() == "工作日也在"
    box.conflict.cancel_button.click()
    qtbot.waitUntil(lambda: box.conflict is None)
    assert box.text.toPlainText() == "工作日也在" and box.isVisible()
