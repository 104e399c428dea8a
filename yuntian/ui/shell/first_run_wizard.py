"""The first start of a new profile: shop name, area code, language, the administrator's password."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.settings.setup import ADMIN_USERNAME
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label


class FirstRunWizard(EditorDialog):
    """One page is enough for four answers; everything here can be changed later in Settings."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Yuntian — first-time set-up"))
        self.setMinimumWidth(520)
        config = services.profile.config

        title = QLabel(self.tr("Welcome to Yuntian"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Set up this shop before the first sign-in. "
                "Everything here can be changed later in Settings."
            )
        )
        intro.setWordWrap(True)

        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopName")
        self.shop_name.setMaxLength(100)
        self.shop_name.setPlaceholderText(self.tr("e.g. 云天家电维修部"))
        self.area_code = QLineEdit(config.local_area_code)
        self.area_code.setObjectName("areaCode")
        self.area_code.setMaxLength(4)
        self.area_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,4}"), self)
        )
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Language names in their own language, so anyone can find theirs.
        for text, value in (
            (self.tr("Follow the system"), "system"),
            ("简体中文", "zh_CN"),
            ("English", "en"),
        ):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(max(0, self.language.findData(config.language)))

        self.admin_name = QLineEdit(ADMIN_USERNAME)
        self.admin_name.setObjectName("adminName")
        self.admin_name.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_repeat = QLineEdit()
        self.password_repeat.setObjectName("passwordRepeat")
        self.password_repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self._general_error = error_label("generalError", self)
        self.errors = FieldErrors(self._general_error)

        def add(form: QFormLayout, text: str, field: str, widget: QWidget, hint: str = "") -> None:
            self.errors.add_field_row(form, text, field, widget, hint, name=f"{field}Error")

        shop_box = QGroupBox(self.tr("Shop"))
        shop_form = QFormLayout(shop_box)
        add(shop_form, self.tr("Shop name:"), "shop_name", self.shop_name)
        add(
            shop_form,
            self.tr("Local area code:"),
            "local_area_code",
            self.area_code,
            self.tr("The area code of the shop's landlines, e.g. 010 or 0755."),
        )
        add(shop_form, self.tr("Language:"), "language", self.language)

        admin_box = QGroupBox(self.tr("Administrator"))
        admin_form = QFormLayout(admin_box)
        add(
            admin_form,
            self.tr("User name:"),
            "username",
            self.admin_name,
            self.tr("The built-in administrator's name; keep it or choose your own."),
        )
        add(
            admin_form,
            self.tr("New password:"),
            "password",
            self.password,
            self.tr("At least 6 characters. You sign in with it in a moment."),
        )
        add(admin_form, self.tr("Repeat the password:"), "password_repeat", self.password_repeat)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.finish_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.finish_button.setText(self.tr("Finish set-up"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setDefault(True)
        buttons.accepted.connect(self._finish)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(shop_box)
        layout.addWidget(admin_box)
        layout.addWidget(self._general_error)
        layout.addWidget(buttons)
        for first, second in (
            (self.shop_name, self.area_code),
            (self.area_code, self.language),
            (self.language, self.admin_name),
            (self.admin_name, self.password),
            (self.password, self.password_repeat),
        ):
            QWidget.setTabOrder(first, second)
        self.shop_name.setFocus()

    def _finish(self) -> None:
        if self.password.text() != self.password_repeat.text():
            self.errors.show_text("password_repeat", self.tr("The two passwords are not the same."))
            return
        try:
            self._services.setup.complete_first_run(
                shop_name=self.shop_name.text(),
                local_area_code=self.area_code.text(),
                language=self.language.currentData(),
                admin_password=self.password.text(),
                admin_username=self.admin_name.text(),
            )
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.errors.clear()
        self.accept()
