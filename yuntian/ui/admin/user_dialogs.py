"""Dialogs of the user-management page: the user editor and the password reset.

Each dialog calls the service itself when accepted, so a refusal (duplicate name, weak password,
last administrator...) keeps the dialog open with the message and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.admin.users import RoleInfo, UserInfo
from yuntian.services.common.errors import Conflict, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.common.i18n import error_text


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class UserEditor(EditorDialog):
    """Create a user (``user`` None) or change one's display name, roles and active flag."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        roles: list[RoleInfo],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._user = user
        self.saved: UserInfo | None = None
        self.setObjectName("userEditor")
        if user is None:
            self.setWindowTitle(self.tr("New user"))
        else:
            self.setWindowTitle(self.tr("Edit user {name}").format(name=user.username))

        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(64)
        self.password = _password_edit()
        self.confirm = _password_edit()
        self.active = QCheckBox(self.tr("Active: may sign in"))
        self.role_boxes: dict[int, QCheckBox] = {}
        role_group = QGroupBox(self.tr("Roles"))
        role_layout = QVBoxLayout(role_group)
        for role in roles:
            box = QCheckBox(role.name)
            if role.description:
                box.setToolTip(role.description)
            self.role_boxes[role.id] = box
            role_layout.addWidget(box)

        self.error = error_label("errorLabel")
        self.errors = FieldErrors(self.error)
        roles_error = error_label("error_roles")
        self.errors.register("roles", roles_error, next(iter(self.role_boxes.values()), None))

        form = QFormLayout()
        self.errors.add_field_row(form, self.tr("&User name:"), "username", self.username)
        self.errors.add_field_row(
            form, self.tr("&Display name:"), "display_name", self.display_name
        )
        if user is None:
            self.errors.add_field_row(form, self.tr("&Password:"), "password", self.password)
            self.errors.add_field_row(form, self.tr("&Repeat password:"), "confirm", self.confirm)
            self.username.setPlaceholderText(self.tr("used to sign in, e.g. zhangsan"))
            self.display_name.setPlaceholderText(self.tr("shown in records, e.g. 张三"))
        else:
            self.username.setText(user.username)
            self.username.setReadOnly(True)  # the audit trail refers to users by this name
            self.username.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.display_name.setText(user.display_name)
            self.active.setChecked(user.active)
            for role_id in user.role_ids:
                if role_id in self.role_boxes:
                    self.role_boxes[role_id].setChecked(True)
            self.errors.add_field_row(form, "", "active", self.active)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if user is None else self.tr("Save"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(role_group)
        layout.addWidget(roles_error)
        if user is None:
            note = QLabel(self.tr("The new user must choose their own password at first sign-in."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.username if user is None else self.display_name).setFocus()

    def selected_role_ids(self) -> list[int]:
        return [role_id for role_id, box in self.role_boxes.items() if box.isChecked()]

    def accept(self) -> None:
        self.errors.clear()
        role_ids = self.selected_role_ids()
        if not role_ids:
            self.errors.show_text("roles", self.tr("Choose at least one role."))
            return
        if self._user is None and self.password.text() != self.confirm.text():
            self.errors.show_text("confirm", self.tr("The two passwords differ."))
            return
        users = self._services.users
        try:
            if self._user is None:
                self.saved = users.create_user(
                    self._actor,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                    role_ids,
                )
            else:
                self.saved = users.update_user(
                    self._actor,
                    self._user.id,
                    display_name=self.display_name.text(),
                    role_ids=role_ids,
                    active=self.active.isChecked(),
                    version=self._user.version,
                )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            if isinstance(exc, Conflict) and self._user is None:
                # The only clash on creation: the name is taken.
                self.errors.show_text("username", error_text(exc))
            else:
                self.errors.show(exc)
            return
        super().accept()

    # --- someone else saved the user meanwhile ------------------------------------------

    def opened_record(self) -> UserInfo | None:
        return self._user

    def conflict_fields(self) -> list[ConflictField]:
        fields = (
            (self.tr("&Display name:"), lambda u: u.display_name),
            (self.tr("Roles"), lambda u: ", ".join(u.role_names)),
            (self.tr("Active: may sign in"), lambda u: "✓" if u.active else ""),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, UserInfo)
        self._user = current
        self.errors.clear()
        self.display_name.setText(current.display_name)
        self.active.setChecked(current.active)
        for role_id, box in self.role_boxes.items():
            box.setChecked(role_id in current.role_ids)


class ResetPasswordDialog(EditorDialog):
    """Give a user a temporary password; they must change it at next sign-in."""

    def __init__(
        self, services: Services, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._user = user
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password of {name}").format(name=user.username))

        self.password = _password_edit()
        self.confirm = _password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("&Repeat password:"), self.confirm)
        note = QLabel(
            self.tr(
                "{name} must choose a new password at the next sign-in. "
                "Resetting also lifts a lock after wrong passwords."
            ).format(name=user.display_name or user.username)
        )
        note.setWordWrap(True)
        self.error = error_label("errorLabel")
        self.errors = FieldErrors(
            self.error, {"password": (None, self.password), "confirm": (None, self.confirm)}
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reset password"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.password.setFocus()

    def accept(self) -> None:
        if self.password.text() != self.confirm.text():
            self.errors.show_text("confirm", self.tr("The two passwords differ."))
            return
        try:
            self._services.users.reset_password(self._actor, self._user.id, self.password.text())
        except ServiceError as exc:
            self.errors.show(exc)
            return
        super().accept()
