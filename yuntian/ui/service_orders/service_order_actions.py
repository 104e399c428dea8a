"""What the order list, the customer card and the caller pop-up do with service orders:
dispatch, complete, cancel, audit, un-audit, delete and batch-print. Each asks what it must
(a confirmation, a reason, the completion dialog), calls the service, reports a refusal in a
message box and returns what changed (``None`` / ``False`` when nothing did).

``available`` says whether a button for an action is enabled on the chosen orders: every one
allows the move (``allowed``) and the user has the permission. One place for every window;
the service still checks both when the action runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.service_order_types import (
    OrderAction,
    OrderState,
    ServiceOrderView,
    allowed,
    permission_for,
)
from yuntian.ui.common.document_actions import exec_dialog, reason_dialog, require, run_or_show
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.message_boxes import ask_yes_no, show_error

A, S = OrderAction, OrderState
# The actions that work on one order at a time (the others take a batch).
SINGLE = frozenset({A.EDIT, A.COMPLETE, A.CANCEL, A.DELETE})


def available(actor: Actor, action: OrderAction, orders: Sequence[ServiceOrderView]) -> bool:
    """Whether ``action`` can be offered on ``orders``: at least one (exactly one for the
    single-order actions), each in a state that allows it, the actor holding the code."""
    if not orders or (action in SINGLE and len(orders) != 1):
        return False
    return all(
        allowed(action, o.state) and actor.can(permission_for(action, o.state)) for o in orders
    )


# --- the actions ------------------------------------------------------------------------


def dispatch_orders(
    parent: QWidget, services: Services, actor: Actor, orders: Sequence[ServiceOrderView]
) -> bool:
    """Mark pending orders dispatched (出单派工) without printing, after asking."""
    if not orders or not confirm(parent, "dispatch", orders):
        return False
    return _run(parent, lambda: services.service_orders.dispatch(actor, _ids(orders)))


def complete_order(
    parent: QWidget, services: Services, actor: Actor, order: ServiceOrderView
) -> ServiceOrderView | None:
    """Record what was done (售后完成), or correct the record of a completed order."""
    from yuntian.ui.service_orders.completion_dialog import CompletionDialog

    try:
        fresh = services.service_orders.get(actor, order.id)
        require(actor, permission_for(A.COMPLETE, fresh.state))
        dialog = CompletionDialog(services, actor, fresh, parent=parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return dialog.saved if exec_dialog(dialog) else None


def cancel_order(
    parent: QWidget, services: Services, actor: Actor, order: ServiceOrderView
) -> ServiceOrderView | None:
    """Cancel an order not yet completed, asking the reason until the service takes it."""
    problem = ""
    while True:
        reason = ask_cancel_reason(parent, order, problem)
        if reason is None:
            return None
        try:
            return services.service_orders.cancel(actor, order.id, reason)
        except ValidationError as exc:
            if exc.field != "reason":
                show_error(parent, exc)
                return None
            problem = error_text(exc)
        except ServiceError as exc:
            show_error(parent, exc)
            return None


def audit_orders(
    parent: QWidget, services: Services, actor: Actor, orders: Sequence[ServiceOrderView]
) -> bool:
    """Audit completed orders (审核): all of them or, on a refusal, none."""
    if not orders or not confirm(parent, "audit", orders):
        return False
    return _run(parent, lambda: services.service_orders.audit(actor, _ids(orders)))


def unaudit_orders(
    parent: QWidget, services: Services, actor: Actor, orders: Sequence[ServiceOrderView]
) -> bool:
    """Take the audit back (取消审核), so the orders can be corrected; written to the trail."""
    if not orders or not confirm(parent, "unaudit", orders):
        return False
    return _run(parent, lambda: services.service_orders.unaudit(actor, _ids(orders)))


def delete_order(
    parent: QWidget, services: Services, actor: Actor, order: ServiceOrderView
) -> bool:
    """Delete a pending or cancelled order with its history, after asking."""
    if not confirm(parent, "delete", [order]):
        return False
    return _run(parent, lambda: services.service_orders.delete(actor, order.id))


def print_orders(
    parent: QWidget, services: Services, actor: Actor, orders: Sequence[ServiceOrderView]
) -> None:
    """The print preview of the orders' dispatch slips (派工单), one job for the batch;
    printing moves the pending ones to dispatched."""
    if orders:
        print_slips(parent, services, actor, _ids(orders))


# --- inside -----------------------------------------------------------------------------


def _ids(orders: Sequence[ServiceOrderView]) -> list[int]:
    return [o.id for o in orders]


def _run(parent: QWidget, work: Callable[[], object]) -> bool:
    return run_or_show(parent, work, show_error)  # the module's, which tests answer


def _codes(orders: Sequence[ServiceOrderView]) -> str:
    codes = [o.code for o in orders]
    return "、".join(codes) if len(codes) <= 5 else f"{'、'.join(codes[:5])}…"


# --- questions (module functions so tests can answer them) ------------------------------


def confirm(parent: QWidget | None, what: str, orders: Sequence[ServiceOrderView]) -> bool:
    """Ask before ``what`` ("dispatch", "audit", "unaudit", "delete") is done to ``orders``."""
    n, codes = len(orders), _codes(orders)
    if what == "dispatch":
        title = QCoreApplication.translate("ServiceOrderActions", "Dispatch")
        text = QCoreApplication.translate(
            "ServiceOrderActions",
            "Mark {n} order(s) as dispatched without printing their slips?\n{codes}",
        )
    elif what == "audit":
        title = QCoreApplication.translate("ServiceOrderActions", "Audit")
        text = QCoreApplication.translate(
            "ServiceOrderActions",
            "Audit {n} order(s)? Audited orders cannot be changed until the audit is taken "
            "back.\n{codes}",
        )
    elif what == "unaudit":
        title = QCoreApplication.translate("ServiceOrderActions", "Un-audit")
        text = QCoreApplication.translate(
            "ServiceOrderActions",
            "Take back the audit of {n} order(s)? They can then be changed again; this is "
            "written to the audit trail.\n{codes}",
        )
    else:
        title = QCoreApplication.translate("ServiceOrderActions", "Delete service order")
        text = QCoreApplication.translate(
            "ServiceOrderActions",
            "Delete service order {codes} with its history? This cannot be undone.",
        )
    return ask_yes_no(parent, title, text.format(n=n, codes=codes), default_yes=what != "delete")


def ask_cancel_reason(parent: QWidget | None, order: ServiceOrderView, problem: str) -> str | None:
    """The reason for cancelling, or None when the user gives up; ``problem``: why the last
    answer was refused."""
    dialog = cancel_reason_dialog(parent, order, problem)
    return dialog.textValue() if exec_dialog(dialog) else None


def cancel_reason_dialog(
    parent: QWidget | None, order: ServiceOrderView, problem: str = ""
) -> QInputDialog:
    title = QCoreApplication.translate("ServiceOrderActions", "Cancel service order {code}")
    question = QCoreApplication.translate(
        "ServiceOrderActions", "{customer}: {fault}\n\nWhy is the order cancelled?"
    ).format(customer=order.customer_name, fault=" ".join(order.fault.split())[:80])
    text = "\n\n".join(t for t in (problem, question) if t)
    dialog = reason_dialog(parent, "cancelReasonDialog", title.format(code=order.code), text)
    # "Cancel" would be ambiguous in a dialog about cancelling.
    dialog.setOkButtonText(QCoreApplication.translate("ServiceOrderActions", "Cancel the order"))
    dialog.setCancelButtonText(QCoreApplication.translate("ServiceOrderActions", "Keep it"))
    return dialog


def print_slips(parent: QWidget, services: Services, actor: Actor, ids: list[int]) -> None:
    from yuntian.ui.printing.print_dialog import print_dispatch_slips

    dialog = print_dispatch_slips(services, actor, ids, parent)
    if dialog is not None:
        dialog.deleteLater()
