"""The user-management page: accounts, roles and permissions as an administrator uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from tests.helpers import actor_without, login_admin
from yuntian.db.models import AuditEntry, User
from yuntian.services.common.errors import AccountLocked, AuthenticationFailed
from yuntian.services.common.permissions import PERMISSIONS
from yuntian.ui.admin import users_page
from yuntian.ui.admin.role_editor import RolesTab
from yuntian.ui.admin.user_dialogs import ResetPasswordDialog
from yuntian.ui.admin.users_page import ROLES, STATE, UsersPage
from yuntian.ui.common.i18n import permission_label

PASSWORD = "Zhang-2026"


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def roles(sqlite_services, admin):
    return {r.key: r for r in sqlite_services.users.list_roles(admin)}


@pytest.fixture
def page(qtbot, sqlite_services, admin):
    widget = UsersPage(sqlite_services, admin)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    return widget


@pytest.fixture
def errors(monkeypatch):
    """Messages the page would have shown in a message box."""
    shown: list[str] = []
    monkeypatch.setattr(users_page, "show_error", lambda _parent, exc: shown.append(str(exc)))
    return shown


def answer_modal(handler) -> None:
    """Run ``handler(dialog)`` on the modal dialog the next call opens; never leave it hanging."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog was opened"
        try:
            handler(dialog)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def cell(page: UsersPage, username: str, column: int) -> str:
    table = page.users_tab.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == username:
            return table.item(row, column).text()
    raise AssertionError(f"{username} is not in the table")


def test_a_user_created_through_the_dialog_can_sign_in(qtbot, page, sqlite_services, roles):
    def fill(dialog):
        qtbot.keyClicks(dialog.username, "zhangsan")
        dialog.display_name.setText("张三")  # keyClicks cannot type non-Latin-1 text
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClicks(dialog.confirm, PASSWORD)
        dialog.role_boxes[roles["receptionist"].id].setChecked(True)
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.errors.shown()

    answer_modal(fill)
    page.users_tab.new_action.trigger()

    assert cell(page, "zhangsan", 1) == "张三"
    assert cell(page, "zhangsan", ROLES) == "接线员"
    assert cell(page, "zhangsan", STATE) == "Must change password"
    assert page.users_tab.selected_user().username == "zhangsan"
    actor = sqlite_services.auth.login("zhangsan", PASSWORD)
    assert actor.display_name == "张三"
    assert actor.must_change_password
    assert actor.permissions == roles["receptionist"].permissions


def test_duplicate_user_name_is_refused_and_nothing_is_created(qtbot, page, roles):
    before = User.select().count()
    dialog = page.users_tab.make_editor(None)
    qtbot.addWidget(dialog)
    dialog.username.setText("SYSTEM")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.role_boxes[roles["technician"].id].setChecked(True)

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved is None
    # Said under the user name, which gets the cursor to fix it.
    assert dialog.errors.shown() == {"username": "The user name 'SYSTEM' is already taken."}
    assert not dialog.findChild(QLabel, "error_username").isHidden()
    assert dialog.error.isHidden()
    assert dialog.focusWidget() is dialog.username
    assert User.select().count() == before


def test_the_dialog_checks_the_repeated_password_and_a_role(qtbot, page, roles):
    dialog = page.users_tab.make_editor(None)
    qtbot.addWidget(dialog)
    dialog.username.setText("lisi")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    dialog.role_boxes[roles["technician"].id].setChecked(True)
    dialog.accept()
    assert dialog.errors.shown() == {"confirm": "The two passwords differ."}

    dialog.confirm.setText(PASSWORD)
    dialog.role_boxes[roles["technician"].id].setChecked(False)
    dialog.accept()
    assert dialog.errors.shown() == {"roles": "Choose at least one role."}

    dialog.username.setText("x")  # too short
    dialog.role_boxes[roles["technician"].id].setChecked(True)
    dialog.accept()
    assert list(dialog.errors.shown()) == ["username"]
    assert not User.select().where(User.username == "lisi").exists()


def test_a_long_refusal_in_the_open_editor_is_not_cut_off(qtbot, page, roles):
    dialog = page.users_tab.make_editor(None)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.username.setText("x")  # the user-name rule is a long, wrapping sentence
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.role_boxes[roles["technician"].id].setChecked(True)

    dialog.accept()
    qtbot.wait(10)  # let the dialog grow

    label = dialog.findChild(QLabel, "error_username")
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    bottom = label.mapTo(dialog, label.rect().bottomLeft()).y()
    assert bottom < dialog.display_name.mapTo(dialog, dialog.display_name.rect().topLeft()).y()


def test_the_field_labels_mnemonics_reach_the_fields(qtbot, page):
    dialog = page.users_tab.make_editor(None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    for key, field in (
        (Qt.Key.Key_D, dialog.display_name),
        (Qt.Key.Key_R, dialog.confirm),
        (Qt.Key.Key_U, dialog.username),
    ):
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        assert dialog.focusWidget() is field


def test_editing_a_users_roles(qtbot, page, sqlite_services, admin, roles):
    user = sqlite_services.users.create_user(
        admin, "wangwu", "王五", PASSWORD, [roles["receptionist"].id]
    )
    page.refresh()
    page.users_tab.select_user("wangwu")

    def change(dialog):
        assert dialog.username.isReadOnly()
        dialog.role_boxes[roles["receptionist"].id].setChecked(False)
        dialog.role_boxes[roles["technician"].id].setChecked(True)
        dialog.role_boxes[roles["manager"].id].setChecked(True)
        dialog.accept()

    answer_modal(change)
    page.users_tab.edit_action.trigger()

    assert cell(page, "wangwu", ROLES) == "经理, 售后人员"
    stored = next(u for u in sqlite_services.users.list_users(admin) if u.id == user.id)
    assert set(stored.role_ids) == {roles["manager"].id, roles["technician"].id}
    entry = AuditEntry.select().where(AuditEntry.action == "user.roles").get()
    assert entry.target == "wangwu" and entry.detail == "接线员 -> 经理, 售后人员"


def test_the_last_administrators_role_cannot_lose_user_management(
    qtbot, page, sqlite_services, admin, roles
):
    tab = page.roles_tab
    tab.select_role(roles["admin"].id)
    editor = tab.editor
    editor.boxes["users.manage"].setChecked(False)
    assert editor.save_button.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert "At least one active user must keep the permission to manage users." in (
        editor.error.text()
    )
    admin_role = next(r for r in sqlite_services.users.list_roles(admin) if r.key == "admin")
    assert "users.manage" in admin_role.permissions
    assert not AuditEntry.select().where(AuditEntry.action == "role.change").exists()
    assert editor.is_dirty()  # the edit stays on screen to be fixed or reverted
    editor.revert_button.click()
    assert editor.boxes["users.manage"].isChecked()


def test_the_last_administrator_keeps_the_administrator_role(qtbot, page, roles, admin):
    page.users_tab.select_user("system")
    dialog = page.users_tab.make_editor(page.users_tab.selected_user())
    qtbot.addWidget(dialog)
    dialog.role_boxes[roles["admin"].id].setChecked(False)
    dialog.role_boxes[roles["manager"].id].setChecked(True)

    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "must keep the permission to manage users" in dialog.error.text()
    assert cell(page, "system", ROLES) == "管理员"


def test_one_cannot_disable_ones_own_account(page, errors):
    page.users_tab.select_user("system")
    assert page.users_tab.toggle_action.text() == "&Disable"

    page.users_tab.toggle_action.trigger()

    assert errors == ["You cannot disable your own account."]
    assert cell(page, "system", STATE) == "Active"


def test_disable_and_enable_a_user(page, sqlite_services, admin, roles, errors):
    sqlite_services.users.create_user(admin, "zhaoliu", "赵六", PASSWORD, [roles["manager"].id])
    page.refresh()
    page.users_tab.select_user("zhaoliu")

    page.users_tab.toggle_action.trigger()
    assert cell(page, "zhaoliu", STATE) == "Disabled"
    assert page.users_tab.toggle_action.text() == "E&nable"
    assert page.users_tab.selected_user().username == "zhaoliu"

    page.users_tab.toggle_action.trigger()
    assert cell(page, "zhaoliu", STATE) == "Must change password"
    assert errors == []


def test_a_locked_user_is_shown_and_can_be_unlocked(page, sqlite_services, admin, roles, clock):
    sqlite_services.users.create_user(admin, "sunqi", "孙七", PASSWORD, [roles["technician"].id])
    for _ in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            sqlite_services.auth.login("sunqi", "wrong-password")
    page.refresh()
    page.users_tab.select_user("sunqi")
    assert cell(page, "sunqi", STATE) == "Locked until 09:45"
    assert page.users_tab.unlock_action.isEnabled()

    page.users_tab.unlock_action.trigger()

    assert cell(page, "sunqi", STATE) == "Must change password"
    assert not page.users_tab.unlock_action.isEnabled()
    assert sqlite_services.auth.login("sunqi", PASSWORD).username == "sunqi"


def test_reset_password(qtbot, sqlite_services, admin, roles):
    user = sqlite_services.users.create_user(
        admin, "zhouba", "周八", PASSWORD, [roles["technician"].id]
    )
    dialog = ResetPasswordDialog(sqlite_services, admin, user)
    qtbot.addWidget(dialog)
    dialog.password.setText("short")
    dialog.confirm.setText("short")
    dialog.accept()
    assert dialog.error.text() == "The password must have at least 6 characters."

    dialog.password.setText("Temp-1234")
    dialog.confirm.setText("Temp-1234")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sqlite_services.auth.login("zhouba", "Temp-1234").must_change_password


def test_the_role_checklist_shows_every_permission_once_by_its_label(qtbot, page):
    boxes = page.roles_tab.editor.boxes
    assert set(boxes) == set(PERMISSIONS)
    for code, box in boxes.items():
        assert box.text() == permission_label(code)


def test_new_role_saved_then_deleted(qtbot, page, sqlite_services, admin, monkeypatch):
    tab = page.roles_tab
    assert not tab.delete_button.isEnabled()  # a preset role is selected first
    tab.new_role()
    tab.editor.name.setText("仓库管理员")
    tab.editor.boxes["parts.manage"].setChecked(True)
    tab.editor.save_button.click()

    created = tab.selected_role()
    assert created is not None and created.name == "仓库管理员"
    assert created.permissions == {"parts.manage"}
    assert tab.delete_button.isEnabled()

    monkeypatch.setattr(RolesTab, "_confirm_delete", lambda self, role: True)
    tab.delete_button.click()

    names = [r.name for r in sqlite_services.users.list_roles(admin)]
    assert "仓库管理员" not in names
    assert tab.list.count() == len(names)


def test_unsaved_role_changes_are_not_lost_by_a_click(qtbot, page, roles, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tab = page.roles_tab
    tab.select_role(roles["technician"].id)
    tab.editor.boxes["stats.view"].setChecked(True)

    monkeypatch.setattr(RolesTab, "_ask_unsaved", lambda self: QMessageBox.StandardButton.Cancel)
    tab.list.setCurrentRow(0)
    assert tab.selected_role().id == roles["technician"].id
    assert tab.editor.boxes["stats.view"].isChecked()

    monkeypatch.setattr(RolesTab, "_ask_unsaved", lambda self: QMessageBox.StandardButton.Save)
    tab.list.setCurrentRow(0)
    assert tab.selected_role().key == "admin"
    saved = next(r for r in tab._roles if r.id == roles["technician"].id)
    assert "stats.view" in saved.permissions


def test_without_user_management_the_page_refuses_clearly(qtbot, sqlite_services, admin):
    page = UsersPage(sqlite_services, actor_without(admin, "users.manage"))
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.refusal
    assert page.refusal.text() == "You do not have the permission 'Manage users and roles'."
    assert page.snapshot_dialogs() == []


def test_snapshot_dialogs_are_filled(qtbot, page):
    dialogs = dict(page.snapshot_dialogs())
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    assert {"user-new", "user-editor", "user-reset-password", "role-editor"} <= set(dialogs)
    assert dialogs["user-new"].username.text()
    assert dialogs["user-editor"].username.text() == "system"


def test_keyboard_new_user_and_edit(qtbot, page, sqlite_services, admin):
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    table = page.users_tab.table
    table.setFocus()
    opened: list[tuple[str, str]] = []
    record = lambda dialog: opened.append((type(dialog).__name__, dialog.windowTitle()))  # noqa: E731

    answer_modal(record)
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitActive(page):  # offscreen, nothing re-activates the page after a dialog
        page.activateWindow()
    table.setFocus()
    page.users_tab.select_user("system")
    answer_modal(record)
    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert opened == [("UserEditor", "New user"), ("UserEditor", "Edit user system")]


def test_a_renamed_role_shows_in_the_users_tab(qtbot, page, roles):
    page.tabs.setCurrentWidget(page.roles_tab)
    page.roles_tab.select_role(roles["admin"].id)
    page.roles_tab.editor.name.setText("店长")
    page.roles_tab.editor.save_button.click()

    page.tabs.setCurrentWidget(page.users_tab)

    assert cell(page, "system", ROLES) == "店长"
    assert page.roles_tab.list.currentItem().text() == "店长 (preset)"
