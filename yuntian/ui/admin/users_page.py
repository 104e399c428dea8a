"""User management page (users.manage): the Users tab here, the Roles tab in role_editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.admin.users import UserInfo
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.people import person_sort_key
from yuntian.services.common.permissions import Actor
from yuntian.ui.admin.role_editor import RolesTab
from yuntian.ui.admin.user_dialogs import ResetPasswordDialog, UserEditor
from yuntian.ui.common.column_sizing import size_columns
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.message_boxes import show_error
from yuntian.ui.common.refusal_stack import refusal_stack

USERNAME, DISPLAY_NAME, ROLES, STATE, LAST_LOGIN = range(5)


class NameItem(QTableWidgetItem):
    """A person's name, sorted by its pinyin (陈 before 李 before 张), not by character code."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return person_sort_key(self.text()) < person_sort_key(other.text())


class UsersTab(QWidget):
    """The accounts table with its toolbar and context menu."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._users: dict[int, UserInfo] = {}

        self.new_action = self._action(self.tr("&New user…"), self.new_user, QKeySequence.New)
        self.new_action.setToolTip(self.tr("Create a user account (Ctrl+N)"))
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_user)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setToolTip(self.tr("Change name, roles or active state (Enter)"))
        self.reset_action = self._action(self.tr("&Reset password…"), self.reset_password)
        self.unlock_action = self._action(self.tr("&Unlock"), self.unlock)
        self.unlock_action.setToolTip(self.tr("Lift the lock after too many wrong passwords"))
        self.toggle_action = self._action(self.tr("&Disable"), self.toggle_active)

        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        toolbar.addSeparator()
        toolbar.addAction(self.reset_action)
        toolbar.addAction(self.unlock_action)
        toolbar.addAction(self.toggle_action)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Display name"),
                self.tr("Roles"),
                self.tr("State"),
                self.tr("Last sign-in"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        size_columns(self.table, stretch=ROLES)
        header = self.table.horizontalHeader()
        header.setSortIndicator(DISPLAY_NAME, Qt.SortOrder.AscendingOrder)  # by pinyin
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.itemSelectionChanged.connect(self._update_actions)

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.table)

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Only while focus is in this tab, so other pages can use the same keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- data ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the accounts (raises ServiceError, e.g. PermissionDenied, to the page)."""
        if select_id is None and (current := self.selected_user()) is not None:
            select_id = current.id
        users = self._services.users.list_users(self._actor)
        self._users = {u.id: u for u in users}
        now = self._services.clock()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            cells = (
                user.username,
                user.display_name,
                ", ".join(user.role_names),
                self.state_text(user, now),
                user.last_login_at.strftime("%Y-%m-%d %H:%M")
                if user.last_login_at
                else self.tr("Never"),
            )
            for column, text in enumerate(cells):
                item = NameItem(text) if column == DISPLAY_NAME else QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                if not user.active:
                    item.setForeground(QBrush(QColor("#888888")))
                elif column == STATE and self._locked(user, now):
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        # Rows may have moved by sorting: find the user to select by id.
        if select_id not in self._users and self.table.rowCount():
            select_id = self.table.item(0, USERNAME).data(Qt.ItemDataRole.UserRole)
        for row in range(self.table.rowCount()):
            if self.table.item(row, USERNAME).data(Qt.ItemDataRole.UserRole) == select_id:
                self.table.selectRow(row)
                break
        self._update_actions()

    def state_text(self, user: UserInfo, now: dt.datetime) -> str:
        if not user.active:
            return self.tr("Disabled")
        if self._locked(user, now):
            return self.tr("Locked until {time}").format(time=user.locked_until.strftime("%H:%M"))
        if user.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    @staticmethod
    def _locked(user: UserInfo, now: dt.datetime) -> bool:
        return user.locked_until is not None and user.locked_until > now

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self._users.get(self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole))

    def select_user(self, username: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, USERNAME).text() == username:
                self.table.selectRow(row)
                return

    # --- actions ---------------------------------------------------------------------

    def make_editor(self, user: UserInfo | None) -> UserEditor:
        roles = self._services.users.list_roles(self._actor)
        return UserEditor(self._services, self._actor, roles, user, self)

    def new_user(self) -> None:
        self._run_editor(None)

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._run_editor(user)

    def _run_editor(self, user: UserInfo | None) -> None:
        try:
            dialog = self.make_editor(user)
        except ServiceError as exc:
            show_error(self, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh(select_id=dialog.saved.id)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        if ResetPasswordDialog(self._services, self._actor, user, self).exec():
            self.refresh()

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            self._services.users.unlock(self._actor, user.id)
        except ServiceError as exc:
            show_error(self, exc)
        self.refresh()

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            self._services.users.update_user(
                self._actor,
                user.id,
                display_name=user.display_name,
                role_ids=list(user.role_ids),
                active=not user.active,
                version=user.version,  # as listed: refused if someone changed the user since
            )
        except ServiceError as exc:
            show_error(self, exc)
        self.refresh()

    def _update_actions(self) -> None:
        user = self.selected_user()
        for action in (self.edit_action, self.reset_action, self.toggle_action):
            action.setEnabled(user is not None)
        self.unlock_action.setEnabled(
            user is not None and self._locked(user, self._services.clock())
        )
        if user is not None and not user.active:
            self.toggle_action.setText(self.tr("E&nable"))
            self.toggle_action.setToolTip(self.tr("Allow this user to sign in again"))
        else:
            self.toggle_action.setText(self.tr("&Disable"))
            self.toggle_action.setToolTip(self.tr("Stop this user from signing in"))

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.new_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.reset_action)
        menu.addAction(self.unlock_action)
        menu.addAction(self.toggle_action)
        return menu


class UsersPage(QWidget):
    """Users and Roles tabs; a clear refusal instead of the tabs without users.manage."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.users_tab = UsersTab(services, actor)
        self.roles_tab = RolesTab(services, actor)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.users_tab, self.tr("Users"))
        self.tabs.addTab(self.roles_tab, self.tr("Roles and permissions"))
        self.stack, self.refusal = refusal_stack(self, self.tabs)

        # Each tab shows what the other changes (role names, user counts): reload on switching.
        self.tabs.currentChanged.connect(self._tab_changed)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.users_tab.refresh()
            self.roles_tab.refresh()
        except ServiceError as exc:
            self.refusal.setText(error_text(exc))
            self.stack.setCurrentWidget(self.refusal)
            return
        self.stack.setCurrentWidget(self.tabs)

    def _tab_changed(self) -> None:
        try:
            self.tabs.currentWidget().refresh()
        except ServiceError as exc:
            show_error(self, exc)

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        """The page's dialogs filled with sample content, for `yuntian snapshot`."""
        if self.stack.currentWidget() is self.refusal:
            return []
        users = self._services.users.list_users(self._actor)
        dialogs: list[tuple[str, QDialog]] = []
        new = self.users_tab.make_editor(None)
        new.username.setText("zhangsan")
        new.display_name.setText("张三")
        new.password.setText("secret-1")
        new.confirm.setText("secret-1")
        if new.role_boxes:
            list(new.role_boxes.values())[-1].setChecked(True)
        dialogs.append(("user-new", new))
        if users:
            user = next((u for u in users if u.username != "system"), users[0])
            dialogs.append(("user-editor", self.users_tab.make_editor(user)))
            dialogs.append(
                (
                    "user-reset-password",
                    ResetPasswordDialog(self._services, self._actor, user, self),
                )
            )
        # The role editor lives in a tab, not a dialog: frame a fresh copy for the picture.
        frame = QDialog(self)
        frame.setWindowTitle(self.tr("Roles and permissions"))
        roles = RolesTab(self._services, self._actor)
        roles.refresh()
        roles.list.setCurrentRow(min(2, roles.list.count() - 1))  # one with some boxes unticked
        QVBoxLayout(frame).addWidget(roles)
        frame.resize(1000, 640)
        dialogs.append(("role-editor", frame))
        return dialogs
