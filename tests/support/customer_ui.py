"""Shared helpers for the customer UI tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.support.customer_helpers import new_customer
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput

__all__ = ["answer_modal", "bulk_customers", "new_customer", "type_text", "wait_for_workers"]


def bulk_customers(services: Services, actor: Actor, n: int, prefix: str = "客户") -> list[int]:
    """``n`` customers through the service (numbers 13900000000 + i), in one transaction."""
    ids = []
    with services.db.atomic():
        for i in range(n):
            data = CustomerInput(name=f"{prefix}{i:04d}", phones=(PhoneInput(f"139{i:08d}"),))
            ids.append(services.customers.create(actor, data).customer.id)
    return ids


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Chinese (QTest cannot send
    non-ASCII key clicks; a real IME commits the composed text like this)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    type_text(qtbot, edit, text)


def answer_modal(handler: Callable[[QWidget], None]) -> None:
    """Run ``handler(dialog)`` on the modal dialog the next call opens; never leave it hanging."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog was opened"
        try:
            handler(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)


def wait_for_workers() -> None:
    """Background loads must end before the test's database is closed."""
    QThreadPool.globalInstance().waitForDone(30_000)
