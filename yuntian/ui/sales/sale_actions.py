"""What the sales page, the customer card and the caller pop-up do with a sale: open the editor,
take a payment or a refund, delete or void. Each shows its dialog modally, reports a refusal in a
message box and returns ``None`` / ``False`` when nothing changed.

The sale is read again before a dialog opens: a list row may be minutes old, and another PC may
have taken a payment in between.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import PaymentView, SaleView
from yuntian.ui.common.document_actions import exec_dialog, reason_dialog, require
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.sales.payment_dialog import PaymentDialog
from yuntian.ui.sales.sale_editor import SaleEditor

ALREADY_VOIDED = QT_TRANSLATE_NOOP("Errors", "This sale is already voided.")


def new_sale(
    parent: QWidget, services: Services, actor: Actor, customer_id: int | None = None
) -> SaleView | None:
    try:
        editor = SaleEditor(services, actor, customer_id=customer_id, parent=parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return _run_editor(editor)


def edit_sale(parent: QWidget, services: Services, actor: Actor, sale: SaleView) -> SaleView | None:
    """Opens read-only for a voided sale or without record.edit; the saved sale, else None."""
    try:
        fresh = services.sales.get(actor, sale.id)
        editor = SaleEditor(services, actor, sale=fresh, parent=parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return _run_editor(editor)


def _run_editor(editor: SaleEditor) -> SaleView | None:
    accepted = exec_dialog(editor)
    return editor.saved_sale if accepted else None


def record_payment(
    parent: QWidget, services: Services, actor: Actor, sale: SaleView, refund: bool = False
) -> PaymentView | None:
    try:
        require(actor, "sales.process")
        fresh = services.sales.get(actor, sale.id)
        dialog = PaymentDialog(services, actor, fresh, refund=refund, parent=parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return dialog.recorded if exec_dialog(dialog) else None


def remove_sale(parent: QWidget, services: Services, actor: Actor, sale: SaleView) -> bool:
    """Delete a sale nothing refers to, after asking; one with payments or service history is
    voided with a reason instead. True when the sale was deleted or voided."""
    try:
        require(actor, "record.delete")
        sale = services.sales.get(actor, sale.id)
        paid = bool(services.payments.for_sale(actor, sale.id))
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    why = QCoreApplication.translate(
        "SaleActions", "Sale {code} has payments, so it cannot be deleted."
    ).format(code=sale.code)
    if not paid:
        if not confirm_delete(parent, sale):
            return False
        try:
            services.sales.delete(actor, sale.id)
            return True
        except ValidationError as exc:  # service history the payments list does not show
            if exc.field != "sale":
                show_error(parent, exc)
                return False
            why = error_text(exc)
        except ServiceError as exc:
            show_error(parent, exc)
            return False
    if sale.voided:
        # The service's own words (and translation) for voiding twice.
        show_error(parent, ValidationError("sale", ALREADY_VOIDED))
        return False
    return _void(parent, services, actor, sale, why)


def _void(parent: QWidget, services: Services, actor: Actor, sale: SaleView, why: str) -> bool:
    """Ask the reason until the service takes it or the user gives up."""
    problem = ""
    while True:
        reason = ask_void_reason(parent, sale, "\n\n".join(t for t in (why, problem) if t))
        if reason is None:
            return False
        try:
            services.sales.void(actor, sale.id, reason)
            return True
        except ValidationError as exc:
            if exc.field != "reason":
                show_error(parent, exc)
                return False
            problem = error_text(exc)
        except ServiceError as exc:
            show_error(parent, exc)
            return False


# --- questions (module functions so tests can answer them) ------------------------------


def confirm_delete(parent: QWidget | None, sale: SaleView) -> bool:
    return ask_yes_no(
        parent,
        QCoreApplication.translate("SaleActions", "Delete purchase record"),
        QCoreApplication.translate(
            "SaleActions",
            "Delete purchase record {code} ({customer}, {product})? This cannot be undone.",
        ).format(code=sale.code, customer=sale.customer_name, product=sale.product),
    )


def ask_void_reason(parent: QWidget | None, sale: SaleView, why: str) -> str | None:
    """The reason for voiding, or None when cancelled."""
    text = "\n\n".join(
        t
        for t in (
            why,
            QCoreApplication.translate(
                "SaleActions",
                "Void it instead: it leaves every list and total but stays on record, "
                "with its payments. Why is it voided?",
            ),
        )
        if t
    )
    dialog = void_reason_dialog(parent, sale, text)
    return dialog.textValue() if exec_dialog(dialog) else None


def void_reason_dialog(parent: QWidget | None, sale: SaleView, text: str) -> QInputDialog:
    title = QCoreApplication.translate("SaleActions", "Void purchase record {code}")
    return reason_dialog(parent, "voidReasonDialog", title.format(code=sale.code), text)
