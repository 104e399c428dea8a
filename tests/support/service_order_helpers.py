"""Builders for the service-order tests."""

from __future__ import annotations

from decimal import Decimal

from tests.support.customer_helpers import salesperson
from tests.support.sale_helpers import customer, product, sale
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.service_order_types import (
    CompletionInput,
    OrderState,
    ServiceOrderInput,
    ServiceOrderView,
)

D = Decimal
FAULT = "空调不制冷，外机有异响"


def order_input(customer_id: int, **fields: object) -> ServiceOrderInput:
    return ServiceOrderInput(
        customer_id=customer_id,
        service_type=fields.pop("service_type", "上门维修"),
        fault=fields.pop("fault", FAULT),
        **fields,
    )


def take(services: Services, actor: Actor, customer_id: int, **fields: object) -> ServiceOrderView:
    return services.service_orders.create(actor, order_input(customer_id, **fields))


def finish(services: Services, actor: Actor, order_id: int, **fields: object) -> ServiceOrderView:
    data = CompletionInput(
        work_done=fields.pop("work_done", "更换电容"),
        result=fields.pop("result", "已修复，试机正常"),
        fee_parts=fields.pop("fee_parts", D("35.50")),
        fee_service=fields.pop("fee_service", D("80")),
        fee_transport=fields.pop("fee_transport", D("0.10")),
        work_minutes=fields.pop("work_minutes", 90),
        feedback=fields.pop("feedback", "满意"),
        **fields,
    )
    return services.service_orders.complete(actor, order_id, data)


def technician(services: Services, admin: Actor, username: str, name: str) -> int:
    return salesperson(services, admin, username, name)


def in_state(
    services: Services, admin: Actor, customer_id: int, state: OrderState, **fields: object
) -> ServiceOrderView:
    """An order brought to ``state`` through the service."""
    orders = services.service_orders
    order = take(services, admin, customer_id, **fields)
    if state is OrderState.DISPATCHED:
        return orders.dispatch(admin, [order.id])[0]
    if state is OrderState.CANCELLED:
        return orders.cancel(admin, order.id, "客户自己修好了")
    if state in (OrderState.COMPLETED, OrderState.AUDITED):
        order = finish(services, admin, order.id)
    if state is OrderState.AUDITED:
        return orders.audit(admin, [order.id])[0]
    return order


__all__ = ["customer", "product", "sale"]
