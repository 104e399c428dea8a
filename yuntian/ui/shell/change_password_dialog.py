"""Choosing a new password: forced at the first sign-in, or from the menu at any time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label


class ChangePasswordDialog(EditorDialog):
    """``forced``: the user has a temporary password; cancelling means not using the program."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.actor: Actor | None = None  # the refreshed actor once the change succeeded
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)

        if forced:
            text = self.tr(
                "{name}, you signed in with a temporary password. "
                "Choose your own password to continue."
            ).format(name=actor.display_name)
        else:
            text = self.tr("Signed in as {name} ({user}).").format(
                name=actor.display_name, user=actor.username
            )
        intro = QLabel(text)
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.old_password = self._password_field("oldPassword")
        self.new_password = self._password_field("newPassword")
        self.repeat_password = self._password_field("repeatPassword")
        general = error_label("generalError", self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        add = self.errors.add_field_row
        add(form, self.tr("Current password:"), "old_password", self.old_password, name="oldError")
        add(
            form,
            self.tr("New password:"),
            "password",
            self.new_password,
            self.tr("At least 6 characters."),
            name="newError",
        )
        add(
            form,
            self.tr("Repeat the new password:"),
            "repeat",
            self.repeat_password,
            name="repeatError",
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change password"))
        ok.setObjectName("changeButton")
        ok.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        if forced:
            cancel.setText(self.tr("Quit"))
        buttons.accepted.connect(self._change)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.old_password.setFocus()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _change(self) -> None:
        if self.new_password.text() != self.repeat_password.text():
            self.errors.show_text("repeat", self.tr("The two new passwords are not the same."))
            return
        try:
            self.actor = self._services.auth.change_password(
                self._actor, self.old_password.text(), self.new_password.text()
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()
