"""Showing service errors to the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yuntian.services.errors import ServiceError
from yuntian.ui.i18n import error_text


def show_error(parent: QWidget | None, exc: ServiceError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Yuntian"))
    box.setText(error_text(exc))
    box.setObjectName("serviceErrorBox")
    box.exec()
