"""Checking what a person typed into a service order, and the values stored from it.

Pure checks first (lengths, ranges, money); the checks against stored data (customer, purchase,
enumerations, users) run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from yuntian.db.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    EnumItem,
    Sale,
    ServiceOrder,
    User,
)
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.addresses import address_text
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import ZERO, money
from yuntian.services.common.text import bounded
from yuntian.services.sales.sale_types import AUTO, SaleInput
from yuntian.services.sales.warranty import warranty_status
from yuntian.services.service_orders.service_order_types import (
    PRIORITY_NORMAL,
    PRIORITY_VERY_URGENT,
    CompletionInput,
    ServiceOrderInput,
    Warranty,
)

TEXT_MAX = 4000
TECHNICIANS_MAX = 20
WORK_MINUTES_MAX = 100_000
OUTSIDE_PURCHASE_NOTE = "非本店购买"  # the purchase record's note: not bought here (data, not UI)

GONE = QT_TRANSLATE_NOOP(
    "Errors", "This record no longer exists; it may have been deleted on another PC."
)


@dataclass(frozen=True)
class OrderText:
    """The typed fields of an order, cleaned."""

    contact_name: str
    contact_phone: str
    address: str
    fault: str
    service_type: str
    warranty_reason: str
    appointment_at: dt.datetime | None
    priority: int
    technician_ids: tuple[int, ...]


def order_text(data: ServiceOrderInput) -> OrderText:
    """What can be checked without the database."""
    fault = long_text("fault", data.fault)
    if not fault:
        raise ValidationError("fault", QT_TRANSLATE_NOOP("Errors", "Please describe the fault."))
    priority = data.priority
    if (
        isinstance(priority, bool)
        or not isinstance(priority, int)
        or not PRIORITY_NORMAL <= priority <= PRIORITY_VERY_URGENT
    ):
        raise ValidationError("priority", QT_TRANSLATE_NOOP("Errors", "Please choose a priority."))
    if data.sale_id is not None and data.outside_purchase is not None:
        raise ValidationError(
            "sale",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Choose one of the customer's purchases or enter a product not bought here, "
                "not both.",
            ),
        )
    reason = bounded("warranty_reason", data.warranty_reason, 255)
    if data.warranty is not None:
        Warranty(data.warranty)  # a programming error, not a typing one, when this fails
        if not reason:
            raise ValidationError(
                "warranty_reason",
                QT_TRANSLATE_NOOP(
                    "Errors", "Please give the reason for setting the warranty status by hand."
                ),
            )
    else:
        reason = ""
    appointment = data.appointment_at
    return OrderText(
        contact_name=bounded("contact_name", data.contact_name, 64),
        contact_phone=bounded("contact_phone", data.contact_phone, 64),
        address=bounded("address", data.address, 255),
        fault=fault,
        service_type=bounded("service_type", data.service_type, 64),
        warranty_reason=reason,
        appointment_at=appointment.replace(microsecond=0) if appointment else None,
        priority=priority,
        technician_ids=technician_ids(data.technician_ids),
    )


def technician_ids(ids: Sequence[int]) -> tuple[int, ...]:
    unique = tuple(dict.fromkeys(int(i) for i in ids))
    if len(unique) > TECHNICIANS_MAX:
        raise ValidationError(
            "technicians",
            QT_TRANSLATE_NOOP("Errors", "At most {n} technicians can be assigned to one order."),
            n=TECHNICIANS_MAX,
        )
    return unique


def check_technicians(ids: Sequence[int]) -> None:
    if ids and User.select().where(User.id.in_(list(ids))).count() != len(ids):
        raise ValidationError("technicians", GONE)


def check_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ValidationError("customer", GONE)
    return customer


def check_enum(kind: str, name: str, field: str, message: str) -> None:
    if not EnumItem.select().where(EnumItem.kind == kind, EnumItem.name == name).exists():
        raise ValidationError(field, message)


def check_service_type(name: str) -> None:
    check_enum(
        "service_type",
        name,
        "service_type",
        QT_TRANSLATE_NOOP("Errors", "Please choose a service type from the list."),
    )


def check_sale(sale_id: int, customer_id: int, *, unchanged: bool) -> Sale:
    """The purchase an order is for: the customer's own, not voided (one already on the order
    stays even if voided since)."""
    sale = Sale.get_or_none(Sale.id == sale_id)
    if sale is None:
        raise ValidationError("sale", GONE)
    if sale.customer_id != customer_id:
        raise ValidationError(
            "sale", QT_TRANSLATE_NOOP("Errors", "This purchase belongs to another customer.")
        )
    if sale.voided and not unchanged:
        raise ValidationError(
            "sale",
            QT_TRANSLATE_NOOP("Errors", "Purchase {code} is voided; choose another one."),
            code=sale.code,
        )
    return sale


def automatic_warranty(warranty_end: dt.date | None, order_day: dt.date) -> Warranty:
    known = warranty_status(warranty_end, order_day).in_warranty
    return Warranty.UNKNOWN if known is None else Warranty.IN if known else Warranty.OUT


def outside_purchase_record(data: ServiceOrderInput, order_day: dt.date) -> SaleInput:
    """The purchase record of a product not bought here: receivable 0, noted as such. An
    unknown purchase date gives the order's day and no automatic warranty end (it would count
    from the wrong day)."""
    bought = data.outside_purchase
    assert bought is not None
    sale_date, warranty_end = bought.purchase_date, bought.warranty_end
    if sale_date is None:
        sale_date, warranty_end = order_day, None if warranty_end is AUTO else warranty_end
    elif sale_date > order_day:
        raise ValidationError(
            "purchase_date",
            QT_TRANSLATE_NOOP("Errors", "The purchase date cannot be after the order's date."),
        )
    return SaleInput(
        customer_id=data.customer_id,
        sale_date=sale_date,
        product_model_id=bought.product_model_id,
        unit_price=ZERO,
        receivable=ZERO,
        serial_number=bought.serial_number,
        warranty_end=warranty_end,
        notes=OUTSIDE_PURCHASE_NOTE,
    )


def check_maintenance(sale_id: object, due: dt.date) -> None:
    """A generated maintenance order serves one purchase's due date, once."""
    if sale_id is None:
        raise ValidationError(
            "sale", QT_TRANSLATE_NOOP("Errors", "A maintenance order needs the purchase it serves.")
        )
    clash = (
        ServiceOrder.select(ServiceOrder.code)
        .where(ServiceOrder.sale == sale_id, ServiceOrder.maintenance_due == due)
        .first()
    )
    if clash is not None:
        raise ValidationError(
            "maintenance_due",
            QT_TRANSLATE_NOOP(
                "Errors", "Service order {code} already serves the maintenance due {date}."
            ),
            code=clash.code,
            date=due.isoformat(),
        )


def customer_contact(customer: Customer) -> tuple[str, str]:
    """The customer's first phone and address, to fill an order's blank contact fields."""
    phone = (
        CustomerPhone.select(CustomerPhone.raw)
        .where(CustomerPhone.customer == customer.id)
        .order_by(CustomerPhone.sort, CustomerPhone.id)
        .first()
    )
    place = (
        CustomerAddress.select()
        .where(CustomerAddress.customer == customer.id)
        .order_by(CustomerAddress.sort, CustomerAddress.id)
        .first()
    )
    address = (
        address_text(place.province, place.city, place.district, place.street) if place else ""
    )
    return (phone.raw if phone else "")[:64], address[:255]


NO_WORK_DONE = QT_TRANSLATE_NOOP("Errors", "Please say what work was done.")
NO_RESULT = QT_TRANSLATE_NOOP("Errors", "Please say what came of it, e.g. repaired and working.")


@dataclass(frozen=True)
class Completion:
    """A checked completion record (fees as exact Decimal yuan)."""

    values: dict[str, object]
    completed_at: dt.datetime | None
    technician_ids: tuple[int, ...] | None


def completion(data: CompletionInput) -> Completion:
    minutes = data.work_minutes
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not 0 <= minutes <= WORK_MINUTES_MAX
    ):
        raise ValidationError(
            "work_minutes",
            QT_TRANSLATE_NOOP("Errors", "The work time is a whole number of minutes up to {max}."),
            max=WORK_MINUTES_MAX,
        )
    values: dict[str, object] = {
        "work_done": long_text("work_done", data.work_done),
        "solution": long_text("solution", data.solution),
        "result": bounded("result", data.result, 255),
        "fee_parts": money("fee_parts", data.fee_parts),
        "fee_service": money("fee_service", data.fee_service),
        "fee_transport": money("fee_transport", data.fee_transport),
        "work_minutes": minutes,
        "feedback": bounded("feedback", data.feedback, 64),
    }
    # A completed order must say what was done and how it ended (the slip, the customer's
    # history and the knowledge base read these); the first empty one is named, in form order.
    if not values["work_done"]:
        raise ValidationError("work_done", NO_WORK_DONE)
    if not values["result"]:
        raise ValidationError("result", NO_RESULT)
    at = data.completed_at.replace(microsecond=0) if data.completed_at else None
    ids = None if data.technician_ids is None else technician_ids(data.technician_ids)
    return Completion(values, at, ids)


def check_feedback(name: str) -> None:
    if name:
        check_enum(
            "feedback",
            name,
            "feedback",
            QT_TRANSLATE_NOOP("Errors", "Please choose the customer's feedback from the list."),
        )


def check_completed_at(at: dt.datetime, taken_at: dt.datetime, now: dt.datetime) -> None:
    if at < taken_at:
        raise ValidationError(
            "completed_at",
            QT_TRANSLATE_NOOP(
                "Errors", "The completion time cannot be before the order was taken."
            ),
        )
    if at > now:
        raise ValidationError(
            "completed_at",
            QT_TRANSLATE_NOOP("Errors", "The completion time cannot be in the future."),
        )


def reason_text(value: str) -> str:
    reason = bounded("reason", value, 255)
    if not reason:
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("Errors", "Please give the reason for cancelling.")
        )
    return reason


def long_text(field: str, value: str) -> str:
    """Several lines of text: NUL removed (PostgreSQL refuses it), trimmed, bounded."""
    text = value.replace("\x00", "").strip()
    if len(text) > TEXT_MAX:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "This text is too long: at most {n} characters."),
            n=TEXT_MAX,
        )
    return text
