"""Showing service errors to the user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from yuntian.services.common.errors import ServiceError
from yuntian.ui.common.i18n import error_text


def show_error(parent: QWidget | None, exc: ServiceError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Yuntian"))
    box.setText(error_text(exc))
    box.setObjectName("serviceErrorBox")
    box.exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    """A Yes / No question; Enter answers No unless ``default_yes`` (for deleting)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no)
    return answer == yes
