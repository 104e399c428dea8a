"""The message dialog (留言): prefilled from a call, errors under the fields, editing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal, new_customer
from yuntian.services.common.errors import PermissionDenied
from yuntian.ui.calls.message_dialog import MessageDialog, leave_message_for_call
from yuntian.ui.calls.popup_call import PopupCall


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


def popup_call(services, actor, raw: str, network_name: str = "") -> PopupCall:
    """The pop-up's view of a call just stored, as the call desk builds it."""
    started = services.calls.start(actor, 2, "前台", "in", raw, network_name)
    return PopupCall(
        line=2,
        line_name="前台",
        direction="in",
        raw_number=raw,
        network_name=network_name or None,
        privacy=None,
        number=started.lookup.number,
        customers=tuple(started.lookup.customers),
        call_id=started.call_id,
    )


def activate(qtbot, dialog: QDialog) -> None:
    """Focus and shortcuts work in the active window only."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def make_dialog(qtbot, services, actor, **kwargs) -> MessageDialog:
    dialog = MessageDialog(services, actor, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def test_a_message_left_from_the_pop_up_is_filled_with_the_caller_and_saved_with_ctrl_enter(
    qtbot, sqlite_services, admin
):
    customer = new_customer(sqlite_services, admin, "李老板", "13800138000").customer
    call = popup_call(sqlite_services, admin, "13800138000")
    seen = {}

    def fill(dialog: MessageDialog) -> None:
        activate(qtbot, dialog)
        seen["name"] = dialog.caller_name.text()
        seen["number"] = dialog.number.text()
        seen["customer"] = dialog.customer.text()
        seen["focus"] = QApplication.focusWidget() is dialog.text
        seen["callback"] = dialog.callback.isChecked()
        seen["for"] = dialog.for_user.currentText()
        dialog.text.setPlainText("空调不制冷，请下午回电")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["closed"] = not dialog.isVisible()

    answer_modal(fill)
    assert leave_message_for_call(None, sqlite_services, admin, call, customer.id)

    assert seen == {
        "name": "李老板",
        "number": "13800138000",
        "customer": f"李老板 ({customer.code})",
        "focus": True,
        "callback": True,
        "for": "Anyone",
        "closed": True,
    }
    [stored] = sqlite_services.messages.list(admin)
    assert (stored.customer_id, stored.call_id) == (customer.id, call.call_id)
    assert stored.text == "空调不制冷，请下午回电" and stored.callback_wanted
    assert stored.for_user_id is None and stored.caller_name == "李老板"
    assert "\n" not in stored.text  # Ctrl+Enter saved without adding a line


def test_an_unknown_caller_gets_the_name_the_network_sent_and_no_customer(
    qtbot, sqlite_services, admin
):
    call = popup_call(sqlite_services, admin, "02155556666", "ZHANG SAN")
    seen = {}

    def cancel(dialog: MessageDialog) -> None:
        seen["name"], seen["number"] = dialog.caller_name.text(), dialog.number.text()
        seen["customer"] = dialog.customer.text()
        dialog.reject()

    answer_modal(cancel)
    assert not leave_message_for_call(None, sqlite_services, admin, call, None)
    assert seen == {"name": "ZHANG SAN", "number": "02155556666", "customer": "None"}
    assert sqlite_services.messages.list(admin) == []


def test_empty_text_is_refused_under_the_text_field_and_nothing_is_stored(
    qtbot, sqlite_services, admin
):
    dialog = make_dialog(qtbot, sqlite_services, admin, caller_name="王先生", number="62345678")
    dialog.text.setPlainText("   \n  ")
    dialog.caller_name.setFocus()
    dialog.save()

    error = dialog.findChild(type(dialog.customer), "error_text")
    assert error is not None and error.isVisible()
    assert error.text() == "Please enter some text."
    assert dialog.errors.shown() == {"text": "Please enter some text."}
    assert QApplication.focusWidget() is dialog.text  # the cursor goes where the fix is
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert sqlite_services.messages.list(admin) == []

    dialog.text.setPlainText("请回电")
    dialog.save()
    assert dialog.saved is not None and not error.isVisible()


def test_a_message_can_be_for_one_user_and_without_call_back(qtbot, sqlite_services, admin):
    dialog = make_dialog(qtbot, sqlite_services, admin)
    index = dialog.for_user.findData(admin.user_id)
    assert index > 0 and dialog.for_user.itemData(0) is None  # "Anyone" comes first
    dialog.for_user.setCurrentIndex(index)
    dialog.callback.setChecked(False)
    dialog.text.setPlainText("发票已寄出")
    dialog.save()
    stored = sqlite_services.messages.get(admin, dialog.saved.id)
    assert stored.for_user_id == admin.user_id and not stored.callback_wanted


def test_editing_changes_the_message_and_keeps_the_call(qtbot, sqlite_services, admin):
    customer = new_customer(sqlite_services, admin, "李老板", "13800138000").customer
    call = popup_call(sqlite_services, admin, "13800138000")
    taken = sqlite_services.messages.create(
        admin, customer.id, call.call_id, "李老板", "13800138000", None, "回电", True
    )
    dialog = make_dialog(qtbot, sqlite_services, admin, message=taken)
    assert dialog.text.toPlainText() == "回电" and dialog.customer.text().startswith("李老板")
    dialog.text.setPlainText("回电：明天上午")
    dialog.for_user.setCurrentIndex(dialog.for_user.findData(admin.user_id))
    dialog.save()
    stored = sqlite_services.messages.get(admin, taken.id)
    assert stored.text == "回电：明天上午" and stored.for_user_id == admin.user_id
    assert stored.call_id == call.call_id and stored.customer_id == customer.id


def test_editing_without_message_edit_is_refused_and_the_refusal_shown(
    qtbot, sqlite_services, admin
):
    taken = sqlite_services.messages.create(admin, None, None, "王", "", None, "原文", False)
    clerk = actor_without(admin, "message.edit")
    dialog = make_dialog(qtbot, sqlite_services, clerk, message=taken)
    dialog.text.setPlainText("改过")
    dialog.save()
    assert dialog.saved is None and dialog.errors.shown().get("", "")  # the general line
    assert sqlite_services.messages.get(admin, taken.id).text == "原文"
    with pytest.raises(PermissionDenied):
        sqlite_services.messages.update(
            clerk, taken.id, None, "王", "", None, "改过", False, version=taken.version
        )
