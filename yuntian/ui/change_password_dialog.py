"""Choosing a new password: forced at the first sign-in, or from the menu at any time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.errors import ServiceError
from yuntian.services.permissions import Actor
from yuntian.ui.field_errors import FieldErrors, error_label, field_with_error


class ChangePasswordDialog(QDialog):
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
        labels = {name: error_label(self, f"{name}Error") for name in ("old", "new", "repeat")}
        general = error_label(self, "generalError")
        self.errors = FieldErrors(
            general,
            {
                "old_password": (labels["old"], self.old_password),
                "password": (labels["new"], self.new_password),
                "repeat": (labels["repeat"], self.repeat_password),
            },
        )

        form = QFormLayout()
        form.addRow(
            self.tr("Current password:"), field_with_error(self.old_password, labels["old"])
        )
        form.addRow(
            self.tr("New password:"),
            field_with_error(self.new_password, labels["new"], self.tr("At least 6 characters.")),
        )
        form.addRow(
            self.tr("Repeat the new password:"),
            field_with_error(self.repeat_password, labels["repeat"]),
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
