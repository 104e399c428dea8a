"""Signing in: user name and password, with the demo profile's logins one click away."""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import AccountLocked, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.settings.setup import DemoLogin
from yuntian.ui.common.field_errors import error_label
from yuntian.ui.common.i18n import error_text
from yuntian.ui.shell.language_choice import LABEL, language_combo

LAST_USER_KEY = "login/lastUser"


class LoginDialog(QDialog):
    """Accepted once the services accept the password; ``actor`` is then the signed-in user."""

    shown = Signal()  # the start-up probe listens for this
    language_chosen = Signal(str)  # a config value: the session shows the dialog again in it

    def __init__(
        self, services: Services, ui_state: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._ui_state = ui_state
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        shop = services.settings.general().shop_name
        self.setWindowTitle(shop or self.tr("Yuntian"))
        self.setMinimumWidth(420)

        heading = QLabel(shop or self.tr("Yuntian"))
        heading.setObjectName("shopName")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        product = QLabel(self.tr("Yuntian After-Sales Service Manager"))
        product.setAlignment(Qt.AlignmentFlag.AlignCenter)
        product.setStyleSheet("color: palette(placeholder-text);")

        self.username = QLineEdit(str(ui_state.value(LAST_USER_KEY, "") or ""))
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = error_label("message", self)

        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(product)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.demo_table: QTableWidget | None = None
        demo_logins = services.setup.demo_logins()
        if demo_logins:
            layout.addSpacing(6)
            layout.addWidget(self._demo_section(demo_logins))
        layout.addLayout(self._language_row(services.profile.config.language))  # the corner

        (self.password if self.username.text() else self.username).setFocus()

    def _language_row(self, current: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(LABEL)
        self.language = language_combo(current, self)
        self.language.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab: name, password, sign in
        label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(self.language.currentData())
        )
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.language)
        return row

    def _demo_section(self, logins: list[DemoLogin]) -> QWidget:
        box = QWidget()
        box.setObjectName("demoLogins")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr("Demo logins: click one to fill in the form, double-click to sign in.")
        )
        hint.setWordWrap(True)
        table = QTableWidget(len(logins), 3)
        table.setObjectName("demoTable")
        table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Role"), self.tr("Password")]
        )
        for row, login in enumerate(logins):
            for col, text in enumerate((login.username, login.role, login.password)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes name -> password -> sign in
        rows_height = sum(table.rowHeight(r) for r in range(len(logins)))
        table.setFixedHeight(rows_height + table.horizontalHeader().sizeHint().height() + 4)
        table.cellClicked.connect(lambda row, _col: self._fill_demo(logins[row]))
        table.cellDoubleClicked.connect(lambda row, _col: self._sign_in_demo(logins[row]))
        self.demo_table = table
        layout.addWidget(hint)
        layout.addWidget(table)
        return box

    def _fill_demo(self, login: DemoLogin) -> None:
        self.username.setText(login.username)
        self.password.setText(login.password)
        self.sign_in_button.setFocus()

    def _sign_in_demo(self, login: DemoLogin) -> None:
        self._fill_demo(login)
        self.sign_in()

    def sign_in(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._complain(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        try:
            actor = self._services.auth.login(username, self.password.text())
        except ServiceError as exc:
            self._refused(exc)
            return
        self._ui_state.setValue(LAST_USER_KEY, actor.username)
        self._ui_state.sync()
        self.actor = actor
        self.accept()

    def _refused(self, exc: ServiceError) -> None:
        text = error_text(exc)
        if isinstance(exc, AccountLocked):
            seconds = (exc.until - self._services.clock()).total_seconds()
            minutes = max(1, math.ceil(seconds / 60))
            text += "\n" + self.tr("Try again in %n minute(s).", "", minutes)
        self._complain(text)
        self.password.clear()
        self.password.setFocus()

    def _complain(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
