"""The service-order form for ``yuntian snapshot``: a new order being taken for a product
with earlier orders in sight, and a completed (or audited) order with its history. Left out
when the data has no customer; the completed one when no order was completed yet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.services.service_orders.service_order_types import (
    OrderState,
    ServiceOrderFilter,
    ServiceOrderView,
)
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

LOOK_AT = 200  # recent orders looked at for telling ones
FAULT = "开机几分钟后自动停机，显示E4故障码；外机有异响"  # what a caller says (data, not UI)


def _telling_done(orders: list[ServiceOrderView]) -> ServiceOrderView | None:
    """A finished order that shows the most: a product, several technicians, fees, feedback."""
    done = [o for o in orders if o.state in (OrderState.COMPLETED, OrderState.AUDITED)]
    if not done:
        return None
    return max(
        done,
        key=lambda o: (
            bool(o.sale_id) + len(o.technician_ids) + bool(o.fee_total) + bool(o.feedback)
        ),
    )


def service_order_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    try:
        recent = services.service_orders.page(actor, ServiceOrderFilter(), limit=LOOK_AT)
        first = services.customers.list_page(actor, CustomerFilter(), limit=1)
    except ServiceError:
        return []
    dialogs: list[tuple[str, QDialog]] = []
    with_product = [o for o in recent if o.sale_id is not None]
    if with_product or first:
        if with_product:
            # the purchase with the most orders: its history is what the form shows beside
            counts: dict[int, int] = {}
            for o in with_product:
                counts[o.sale_id] = counts.get(o.sale_id, 0) + 1  # type: ignore[index]
            sale_id = max(counts, key=lambda s: counts[s])
            order = next(o for o in with_product if o.sale_id == sale_id)
            editor = ServiceOrderEditor(
                services, actor, customer_id=order.customer_id, sale_id=sale_id
            )
        else:
            editor = ServiceOrderEditor(services, actor, customer_id=first[0].id)
        editor.form.fault.setPlainText(FAULT)
        dialogs.append(("service-order-new", editor))
    done = _telling_done(recent)
    if done is not None:
        dialogs.append(("service-order-completed", ServiceOrderEditor(services, actor, order=done)))
    return dialogs


def service_customer(services: Services, actor: Actor) -> int | None:
    """The customer whose Service tab shows the most: of an overdue order, else of the
    newest open one, else of the newest order."""
    orders = services.service_orders
    for flt in (ServiceOrderFilter(overdue=True), ServiceOrderFilter(state=OrderState.PENDING)):
        found = orders.page(actor, flt, limit=1)
        if found:
            return found[0].customer_id
    found = orders.page(actor, ServiceOrderFilter(), limit=1)
    return found[0].customer_id if found else None
