"""The customer editor: new and changed customers, live regions, shared-number warning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import new_customer, retype, type_text
from yuntian.services.customers.customer_types import AddressView, ContactView
from yuntian.ui.customers.customer_editor import CustomerEditor


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_editor(qtbot, sqlite_services):
    def make(actor, customer_id=None, **prefill) -> CustomerEditor:
        detail = sqlite_services.customers.get(actor, customer_id) if customer_id else None
        editor = CustomerEditor(sqlite_services, actor, detail, **prefill)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def error_shown(editor: CustomerEditor, name: str) -> str:
    label = editor.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def test_a_new_customer_with_two_numbers_and_the_shared_number_warning(
    qtbot, make_editor, sqlite_services, admin
):
    owner = new_customer(sqlite_services, admin, "王大妈", "010-62345678").customer
    groups = {g.name: g.id for g in sqlite_services.customer_groups.list_groups(admin)}
    editor = make_editor(admin)

    retype(qtbot, editor.name, "张三丰")
    mobile = editor.phones.rows[0]
    mobile.number.setFocus()
    type_text(qtbot, mobile.number, "13800138000")
    assert mobile.region.text() == "北京市 中国移动"  # as soon as it is typed
    assert mobile.kind.currentData() == "mobile"
    editor.phones.add_button.click()
    landline = editor.phones.rows[1]
    assert editor.focusWidget() is landline.number
    type_text(qtbot, landline.number, "62345678")  # the local area code 010 is implied
    assert landline.kind.currentData() == "landline"
    assert landline.region.text() == "北京市"

    qtbot.waitUntil(landline.duplicate.isVisible)
    assert "王大妈" in landline.duplicate.text()
    assert f'href="customer:{owner.id}"' in landline.duplicate.text()
    assert "save anyway" in landline.duplicate.text()
    assert not mobile.duplicate.isVisible()

    editor.group.setCurrentIndex(editor.group.findData(groups["VIP客户"]))
    editor.contacts.rows[0].name.setText("张夫人")
    editor.addresses.rows[0].province.setText("北京市")
    editor.addresses.rows[0].street.setText("中关村大街1号")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = editor.saved.customer
    assert [(p.raw, p.kind) for p in saved.phones] == [
        ("13800138000", "mobile"),
        ("62345678", "landline"),
    ]
    assert [d.owners[0].id for d in editor.saved.duplicates] == [owner.id]
    assert saved.group_name == "VIP客户"
    assert [c.name for c in saved.contacts] == ["张夫人"]
    assert saved.addresses[0].street == "中关村大街1号"
    assert saved.created_by  # who entered it


def test_the_kind_the_user_picks_is_kept(qtbot, make_editor, admin):
    editor = make_editor(admin)
    row = editor.phones.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("fax"))
    row.kind.activated.emit(row.kind.currentIndex())
    row.number.setText("010-62345679")
    assert row.kind.currentData() == "fax"


def test_service_errors_show_under_their_field(qtbot, make_editor, sqlite_services, admin):
    editor = make_editor(admin)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert error_shown(editor, "error_name") == "A customer needs a name."
    assert editor.focusWidget() is editor.name
    assert editor.isVisible()

    editor.name.setText("张三")
    editor.email.setText("not-an-address")
    save.click()
    assert error_shown(editor, "error_name") == ""
    assert error_shown(editor, "error_email") == "'not-an-address' is not an e-mail address."

    editor.email.clear()
    editor.phones.rows[0].number.setText("Anonymous")
    save.click()
    assert "is not a phone number" in error_shown(editor, "error_phones")
    editor.phones.rows[0].remove.click()  # the last row is emptied, not removed
    assert len(editor.phones.rows) == 1 and editor.phones.rows[0].number.text() == ""
    save.click()
    assert editor.result() == QDialog.DialogCode.Accepted


def test_editing_fills_everything_and_saves_changes(qtbot, make_editor, sqlite_services, admin):
    sales = salesperson(sqlite_services, admin, "wangwu", "王五")
    customer = new_customer(
        sqlite_services,
        admin,
        "李四",
        "13800138000",
        "010-62345678",
        email="li@163.com",
        other_contact="QQ 123",
        salesperson_id=sales,
        notes="老客户",
    ).customer
    editor = make_editor(admin, customer.id)
    assert editor.windowTitle() == f"Customer {customer.code} — 李四"
    assert editor.name.text() == "李四"
    assert [r.number.text() for r in editor.phones.rows] == ["13800138000", "010-62345678"]
    assert editor.salesperson.currentText() == "王五"
    assert editor.email.text() == "li@163.com" and editor.notes.toPlainText() == "老客户"
    assert not editor.blacklist_reason.isEnabled()

    editor.phones.rows[0].remove.click()
    editor.blacklisted.setChecked(True)
    assert editor.blacklist_reason.isEnabled()
    editor.blacklist_reason.setText("多次恶意投诉")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    saved = sqlite_services.customers.get(admin, customer.id)
    assert [p.raw for p in saved.phones] == ["010-62345678"]
    assert saved.blacklisted and saved.blacklist_reason == "多次恶意投诉"
    assert saved.code == customer.code  # the same customer, changed


def test_a_new_customer_can_start_from_a_number(make_editor, admin):
    editor = make_editor(admin, phone="13912345678")
    assert editor.phones.rows[0].number.text() == "13912345678"
    assert editor.phones.rows[0].region.text().endswith("中国移动")


def test_without_customer_edit_nothing_can_be_saved(make_editor, sqlite_services, admin):
    customer = new_customer(sqlite_services, admin, "李四").customer
    editor = make_editor(actor_without(admin, "customer.edit"), customer.id)
    assert not editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_contacts_and_addresses_are_read_back(make_editor, admin):
    editor = make_editor(admin)
    editor.contacts.add_row().set_value(ContactView("王经理", "经理", "13800000000"))
    editor.addresses.add_row().set_value(AddressView("广东省", "深圳市", "南山区", "科技园", ""))
    data = editor.data()
    assert [c.name for c in data.contacts] == ["王经理"]  # the empty first row is left out
    assert [a.city for a in data.addresses] == ["深圳市"]
    assert editor.windowTitle() == "New customer"


def test_the_name_has_the_cursor_and_esc_cancels(qtbot, make_editor, admin):
    editor = make_editor(admin)
    assert editor.focusWidget() is editor.name
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert editor.result() == QDialog.DialogCode.Rejected and editor.saved is None
