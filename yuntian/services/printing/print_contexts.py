"""What a form's placeholders are filled with: plain dicts of display strings (amounts already
``1,234.50``, dates ``2026-03-15``), built from the services' views.

Every form has ``shop``, ``printed_at``, ``operator`` and, per printed copy, ``copy_no`` and
``copies`` (二联/三联: ``第{{ copy_no }}联``). Sales slips add ``sale``, ``customer`` and
``payments``; dispatch slips add ``order``, ``customer``, ``product`` and ``fees`` (see
``DispatchSlip`` for where they come from).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from yuntian.db.models import Sale, ServiceOrder
from yuntian.services.customers.customer_types import CustomerDetail
from yuntian.services.printing.print_formatting import amount, day, moment, phone, rmb_upper
from yuntian.services.sales.sale_types import PaymentView, SaleView
from yuntian.services.service_orders.service_order_types import (
    OrderState,
    ServiceOrderView,
    Warranty,
)

if TYPE_CHECKING:
    from yuntian.services.common.audit import Clock
    from yuntian.services.common.permissions import Actor
    from yuntian.services.customers.customers import CustomerService
    from yuntian.services.sales.catalogue import CatalogueService
    from yuntian.services.sales.payments import PaymentService
    from yuntian.services.sales.sales import SaleService
    from yuntian.services.service_orders.service_orders import ServiceOrderService
    from yuntian.services.settings.settings import SettingsService


class SlipServices(Protocol):
    """The services a slip reads (yuntian.services.Services has them all; naming the package's
    Services here would make the package and this module import each other)."""

    @property
    def clock(self) -> Clock: ...
    @property
    def customers(self) -> CustomerService: ...
    @property
    def catalogue(self) -> CatalogueService: ...
    @property
    def payments(self) -> PaymentService: ...
    @property
    def sales(self) -> SaleService: ...
    @property
    def service_orders(self) -> ServiceOrderService: ...
    @property
    def settings(self) -> SettingsService: ...


Context = dict[str, object]
# A slip is a Chinese business paper: these words print as the trade writes them, whatever the
# language of the screen (a shop that wants others changes its form).
WARRANTY_WORDS = {True: "保内", False: "保外", None: ""}
STATE_WORDS = {
    OrderState.PENDING: "待处理",
    OrderState.DISPATCHED: "已出单派工",
    OrderState.COMPLETED: "售后完成",
    OrderState.AUDITED: "审核完成",
    OrderState.CANCELLED: "已取消",
}
PRIORITY_WORDS = {0: "普通", 1: "紧急", 2: "特急"}
_DONE = (OrderState.COMPLETED, OrderState.AUDITED)


@dataclass(frozen=True)
class DispatchSlip:
    """A service order as a dispatch slip (派工单) shows it: display text, no ids. The order
    service's view maps onto it (``dispatch_context`` also takes a dict with these keys).

    ``state``, ``priority`` and ``service_type`` are the words to print (待处理, 紧急, 上门维修);
    ``in_warranty`` None means not known. Fees None print as empty, for the technician to fill
    in by hand; ``work_done`` etc. are there for a completion slip. ``feedback_options`` are
    the shop's feedback words (the list the completion dialog offers), ``feedback`` the one
    recorded: the slip ticks it."""

    code: str
    customer_name: str
    customer_code: str = ""
    phones: tuple[str, ...] = ()
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    product: str = ""
    serial_number: str = ""
    purchase_date: dt.date | None = None
    sale_code: str = ""
    in_warranty: bool | None = None
    warranty_end: dt.date | None = None
    fault: str = ""
    service_type: str = ""
    appointment: dt.datetime | None = None
    priority: str = ""
    state: str = ""
    technicians: tuple[str, ...] = ()
    taken_by: str = ""
    taken_at: dt.datetime | None = None
    parts_fee: Decimal | None = None
    service_fee: Decimal | None = None
    transport_fee: Decimal | None = None
    work_done: str = ""
    solution: str = ""
    result: str = ""
    feedback: str = ""
    feedback_options: tuple[str, ...] = ()
    completed_at: dt.datetime | None = None
    notes: str = ""

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> DispatchSlip:
        """Unknown keys are an error: a misspelt key would otherwise print as nothing."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise KeyError(f"not a dispatch slip field: {', '.join(unknown)}")
        values = dict(data)
        for key in ("phones", "technicians", "feedback_options"):
            if key in values:
                values[key] = tuple(values[key])  # type: ignore[arg-type]
        return cls(**values)  # type: ignore[arg-type]


def common(shop_name: str, operator: str, printed_at: dt.datetime) -> Context:
    return {
        "shop": {"name": shop_name},
        "printed_at": moment(printed_at),
        "operator": operator,
        "copy_no": 1,
        "copies": 1,
    }


def dispatch_context(
    order: DispatchSlip | Mapping[str, object],
    *,
    shop_name: str,
    operator: str,
    printed_at: dt.datetime,
) -> Context:
    o = order if isinstance(order, DispatchSlip) else DispatchSlip.from_mapping(order)
    fees = [f for f in (o.parts_fee, o.service_fee, o.transport_fee) if f is not None]
    return common(shop_name, operator, printed_at) | {
        "order": {
            "code": o.code,
            "state": o.state,
            "service_type": o.service_type,
            "priority": o.priority,
            "appointment": moment(o.appointment),
            "fault": o.fault,
            "warranty": WARRANTY_WORDS[o.in_warranty],
            "in_warranty": o.in_warranty,
            "warranty_end": day(o.warranty_end),
            "technicians": "、".join(o.technicians),
            "taken_by": o.taken_by,
            "taken_at": moment(o.taken_at),
            "work_done": o.work_done,
            "solution": o.solution,
            "result": o.result,
            "feedback": o.feedback,
            "feedback_options": [
                {"name": name, "chosen": name == o.feedback} for name in _options(o)
            ],
            "completed_at": moment(o.completed_at),
            "notes": o.notes,
        },
        "customer": {
            "code": o.customer_code,
            "name": o.customer_name,
            "phone": o.phones[0] if o.phones else "",
            "phones": "、".join(o.phones),
            "address": o.address,
            "contact": o.contact_name,
            "contact_phone": o.contact_phone,
        },
        "product": {
            "name": o.product,
            "serial": o.serial_number,
            "purchase_date": day(o.purchase_date),
            "sale_code": o.sale_code,
        },
        "fees": {
            "parts": amount(o.parts_fee),
            "service": amount(o.service_fee),
            "transport": amount(o.transport_fee),
            "total": amount(sum(fees, Decimal("0.00"))) if fees else "",
        },
    }


def _options(o: DispatchSlip) -> list[str]:
    """The feedback words to print boxes for; a recorded word renamed since is still shown
    (ticked), as the completion dialog shows it."""
    names = list(o.feedback_options)
    if o.feedback and o.feedback not in names:
        names.append(o.feedback)
    return names


def sale_slip_context(
    sale: SaleView,
    customer: CustomerDetail | None,
    payments: Sequence[PaymentView],
    *,
    custom_labels: Sequence[str],
    technical_lead: str,
    shop_name: str,
    operator: str,
    printed_at: dt.datetime,
    area_code: str = "",
) -> Context:
    """``sale.custom`` lists the shop's labelled custom fields (发动机号, 车架号 ...) with their
    values; ``sale.custom1`` .. ``custom5`` are the values by position."""
    labels = list(custom_labels) + [""] * (5 - len(custom_labels))
    phones = [phone(p.raw, area_code) for p in customer.phones] if customer else []
    contact = customer.contacts[0] if customer and customer.contacts else None
    return common(shop_name, operator, printed_at) | {
        "sale": {
            "code": sale.code,
            "date": day(sale.sale_date),
            "product": sale.product,
            "serial": sale.serial_number,
            "quantity": sale.quantity,
            "unit_price": amount(sale.unit_price),
            "receivable": amount(sale.receivable),
            "receivable_upper": rmb_upper(sale.receivable),
            "received": amount(sale.received),
            "outstanding": amount(sale.outstanding),
            "salesperson": sale.salesperson_name,
            "sales_unit": sale.sales_unit_name,
            "technical_lead": technical_lead,
            "install_date": day(sale.install_date),
            "warranty_end": day(sale.warranty_end),
            "next_maintenance": day(sale.next_maintenance),
            "next_callback": day(sale.next_callback),
            "notes": sale.notes,
            "voided": sale.voided,
            "void_reason": sale.void_reason,
            "custom": [
                {"label": label, "value": value}
                for label, value in zip(labels, sale.custom, strict=False)
                if label and value  # an empty line wastes receipt paper
            ],
            **{f"custom{i}": value for i, value in enumerate(sale.custom, start=1)},
        },
        "customer": {
            "code": sale.customer_code,
            "name": sale.customer_name,
            "phone": phones[0] if phones else "",
            "phones": "、".join(phones),
            "address": customer.addresses[0].text if customer and customer.addresses else "",
            "contact": contact.name if contact else "",
            "contact_phone": phone(contact.phone, area_code) if contact else "",
        },
        "payments": [
            {
                "date": day(p.paid_on),
                "amount": amount(p.amount),
                "method": p.method,
                "operator": p.operator_name,
                "note": p.note,
                "reason": p.reason,
                "refund": p.is_refund,
            }
            for p in payments
        ],
    }


def sales_context(services: SlipServices, actor: Actor, sale_id: int) -> Context:
    """The sales slip of one sale as ``actor`` prints it now."""
    sale = services.sales.get(actor, sale_id)
    units = {u.id: u for u in services.catalogue.sales_units(actor)}
    unit = units.get(sale.sales_unit_id) if sale.sales_unit_id is not None else None
    return sale_slip_context(
        sale,
        services.customers.get(actor, sale.customer_id),
        services.payments.for_sale(actor, sale_id),
        custom_labels=services.settings.custom_field_labels(),
        technical_lead=unit.technical_lead_name if unit else "",
        shop_name=services.settings.general().shop_name,
        operator=actor.display_name or actor.username,
        printed_at=services.clock(),
        area_code=services.settings.profile.config.local_area_code,
    )


def dispatches_on_print(actor: Actor) -> bool:
    """Whether printing a dispatch slip (on paper) moves ``actor``'s pending orders to
    dispatched (出单派工): for whoever may process service orders."""
    return actor.can("service.process")


def dispatch_slip(
    order: ServiceOrderView,
    phones: Sequence[str],
    purchase_date: dt.date | None,
    *,
    feedback_options: Sequence[str] = (),
    dispatching: bool = False,
    area_code: str = "",
) -> DispatchSlip:
    """The order as its slip shows it. Before completion the fees print blank, for the
    technician to fill in by hand; the contact's number comes first among the phones, each
    number once however it was typed.
    ``dispatching``: the slip goes to paper and printing dispatches a pending order, so the
    slip shows the state the order has once printed (已出单派工), not the one before."""
    done = order.state in _DONE
    state = order.state
    if dispatching and state == OrderState.PENDING:
        state = OrderState.DISPATCHED
    raws = [order.contact_phone] if order.contact_phone else []
    numbers: list[str] = []
    for shown in (phone(raw, area_code) for raw in [*raws, *phones]):
        if shown not in numbers:
            numbers.append(shown)
    return DispatchSlip(
        code=order.code,
        customer_name=order.customer_name,
        customer_code=order.customer_code,
        phones=tuple(numbers),
        address=order.address,
        contact_name=order.contact_name,
        contact_phone=phone(order.contact_phone, area_code),
        product=order.product,
        serial_number=order.serial_number,
        purchase_date=purchase_date,
        sale_code=order.sale_code,
        in_warranty={Warranty.IN: True, Warranty.OUT: False}.get(order.warranty),
        warranty_end=order.warranty_end,
        fault=order.fault,
        service_type=order.service_type,
        appointment=order.appointment_at,
        priority=PRIORITY_WORDS.get(order.priority, str(order.priority)),
        state=STATE_WORDS.get(state, str(state)),
        technicians=order.technician_names,
        taken_by=order.taken_by_name,
        taken_at=order.taken_at,
        parts_fee=order.fee_parts if done else None,
        service_fee=order.fee_service if done else None,
        transport_fee=order.fee_transport if done else None,
        work_done=order.work_done,
        solution=order.solution,
        result=order.result,
        feedback=order.feedback,
        feedback_options=tuple(feedback_options),
        completed_at=order.completed_at,
    )


def dispatch_contexts(
    services: SlipServices, actor: Actor, order_ids: Sequence[int], *, dispatching: bool = False
) -> list[Context]:
    """The dispatch slips of these orders (batch printing), in the order given; orders that
    no longer exist are left out. ``dispatching``: printing them dispatches the pending ones
    (see ``dispatches_on_print``), so their slips say 已出单派工."""
    general = services.settings.general()
    feedback = [value.name for value in services.settings.enum_values("feedback")]
    printed_at = services.clock()
    area = services.settings.profile.config.local_area_code
    contexts = []
    for order in services.service_orders.get_many(actor, order_ids):
        customer = services.customers.get(actor, order.customer_id)
        bought = services.sales.get(actor, order.sale_id).sale_date if order.sale_id else None
        contexts.append(
            dispatch_context(
                dispatch_slip(
                    order,
                    [p.raw for p in customer.phones],
                    bought,
                    feedback_options=feedback,
                    dispatching=dispatching,
                    area_code=area,
                ),
                shop_name=general.shop_name,
                operator=actor.display_name or actor.username,
                printed_at=printed_at,
            )
        )
    return contexts


def id_for_code(kind: str, code: str) -> int | None:
    """The sale (kind "sales") or service order ("dispatch") numbered ``code``."""
    model = Sale if kind == "sales" else ServiceOrder
    row = model.select(model.id).where(model.code == code.strip()).first()
    return row.id if row else None
