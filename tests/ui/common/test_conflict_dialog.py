"""A save refused because someone else saved the record first: the conflict dialog says who and
when, what changed, keeps what the user typed, and reloads or goes back to the form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.customer_ui import retype
from yuntian.db.models import Customer
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput
from yuntian.ui.common.conflict_dialog import ConflictDialog, TypedTextWindow
from yuntian.ui.customers.customer_editor import CustomerEditor


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
