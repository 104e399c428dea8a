"""What the actions on documents (sales, service orders; next complaints, callbacks, parts
documents) share: running their dialogs, refusing early without the permission, showing a
service's refusal, and asking for a reason (void, cancel, scrap).

An area's actions module is plain functions ``verb(parent, services, actor, document)`` that
return whether (or what) was done, so the list page, the customer card and the caller pop-up
all run the same code; the questions are module functions so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from yuntian.services.common.errors import PermissionDenied, ServiceError
from yuntian.services.common.permissions import PERMISSIONS, Actor
from yuntian.ui.common.message_boxes import show_error

REASON_WIDTH = 440


def exec_dialog(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; over a stay-on-top window (the caller pop-up) it stays on top
    too, or it would open beneath its own parent. Whether it was accepted."""
    parent = dialog.parentWidget()
    if parent is not None and parent.window().windowFlags() & Qt.WindowType.WindowStaysOnTopHint:
        dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def require(actor: Actor, code: str) -> None:
    """Refuse before a dialog opens for nothing; the service checks again when saving."""
    if not actor.can(code):
        raise PermissionDenied(code, PERMISSIONS[code])


def run_or_show(
    parent: QWidget,
    work: Callable[[], object],
    show: Callable[[QWidget, ServiceError], object] = show_error,
) -> bool:
    """Run ``work``; a service's refusal is shown (in a message box). Whether it ran."""
    try:
        work()
    except ServiceError as exc:
        show(parent, exc)
        return False
    return True


def reason_dialog(parent: QWidget | None, name: str, title: str, text: str) -> QInputDialog:
    """A one-line question for a reason, its explanation wrapped rather than screen-wide."""
    dialog = QInputDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(text)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)
    dialog.resize(REASON_WIDTH, dialog.sizeHint().height())
    return dialog
