"""Builders for the service-order tests."""

from __future__ import annotations

from decimal import Decimal

from tests.support.customer_helpers import salesperson
from tests.support.sale_helpers import customer, product, sale
from yuntian.db.models import Role
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
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
    return services.service_orders.complete(actor, order_id, data, version=OVERWRITE)


def technician(services: Services, admin: Actor, username: str, name: str) -> int:
    """A user with the preset technician role (售后人员), which does service work."""
    role = Role.get(Role.key == "technician").id
    return services.users.create_user(admin, username, name, "Sales-123", [role]).id


def staff(services: Services, admin: Actor) -> dict[str, int]:
    """Technicians 张伟, 李娜 and 陈静, created in that order (code points would list them
    张 李 陈, pinyin lists 陈 李 张); receptionist 安琪, manager 白雪, and 王芳, a technician
    who left (inactive). Name -> user id."""
    people = {name: technician(services, admin, login, name) for login, name in STAFF}
    people["安琪"] = salesperson(services, admin, "anqi", "安琪")
    manager = Role.get(Role.key == "manager").id
    people["白雪"] = services.users.create_user(admin, "baixue", "白雪", "Sales-123", [manager]).id
    tech = Role.get(Role.key == "technician").id
    services.users.update_user(
        admin, people["王芳"], display_name="王芳", role_ids=[tech], active=False, version=OVERWRITE
    )
    return people


STAFF = (("zhangwei", "张伟"), ("lina", "李娜"), ("chenjing", "陈静"), ("wangfang", "王芳"))


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
