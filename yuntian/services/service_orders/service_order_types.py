"""Plain values the service-order service takes and returns, and its one transition table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from yuntian.services.common.money import ZERO
from yuntian.services.parts.part_types import LineInput, Place
from yuntian.services.sales.sale_types import AUTO, Derived


class OrderState(StrEnum):
    """待处理 → 已出单派工 → 售后完成 → 审核完成, or 已取消 before completion."""

    PENDING = "pending"
    DISPATCHED = "dispatched"
    COMPLETED = "completed"
    AUDITED = "audited"
    CANCELLED = "cancelled"


class OrderAction(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    DISPATCH = "dispatch"
    COMPLETE = "complete"
    CANCEL = "cancel"
    AUDIT = "audit"
    UNAUDIT = "unaudit"
    DELETE = "delete"


class Warranty(StrEnum):
    """保内 / 保外 / unknown (no purchase, or a purchase without a warranty end)."""

    IN = "in"
    OUT = "out"
    UNKNOWN = "unknown"


_S = OrderState
# The legal moves: action -> {state before: state after}. An action absent for a state is
# refused. EDIT keeps the state (once completed it needs record.edit); COMPLETE on a completed
# order corrects its completion record (record.edit); DELETE removes the order (the state
# after is None).
TRANSITIONS: dict[OrderAction, dict[OrderState, OrderState | None]] = {
    OrderAction.EDIT: {
        _S.PENDING: _S.PENDING,
        _S.DISPATCHED: _S.DISPATCHED,
        _S.COMPLETED: _S.COMPLETED,
    },
    OrderAction.DISPATCH: {_S.PENDING: _S.DISPATCHED},
    OrderAction.COMPLETE: {
        _S.PENDING: _S.COMPLETED,
        _S.DISPATCHED: _S.COMPLETED,
        _S.COMPLETED: _S.COMPLETED,
    },
    OrderAction.CANCEL: {_S.PENDING: _S.CANCELLED, _S.DISPATCHED: _S.CANCELLED},
    OrderAction.AUDIT: {_S.COMPLETED: _S.AUDITED},
    OrderAction.UNAUDIT: {_S.AUDITED: _S.COMPLETED},
    OrderAction.DELETE: {_S.PENDING: None, _S.CANCELLED: None},
}
OPEN_STATES = (_S.PENDING, _S.DISPATCHED)  # not yet completed nor cancelled: overdue can apply


def allowed(action: OrderAction, state: OrderState) -> bool:
    """Whether ``action`` is a legal move from ``state`` (the UI enables its buttons by this;
    the service still checks permissions and re-reads the state)."""
    return state in TRANSITIONS[action]


def permission_for(action: OrderAction, state: OrderState) -> str:
    """The permission code ``action`` needs on an order in ``state``, as ServiceOrderService
    requires it (the UI offers an action by this; the service checks again)."""
    if action in (OrderAction.EDIT, OrderAction.COMPLETE) and state is _S.COMPLETED:
        return "record.edit"  # changing what is already completed is a correction
    if action in (OrderAction.AUDIT, OrderAction.UNAUDIT):
        return "audit.process"
    if action is OrderAction.DELETE:
        return "record.delete"
    return "service.process"


PRIORITY_NORMAL, PRIORITY_URGENT, PRIORITY_VERY_URGENT = 0, 1, 2


@dataclass(frozen=True)
class OutsidePurchase:
    """A product the customer did not buy here (非本店购买). The order saves it as a purchase
    record (receivable 0, note "非本店购买") through the sale rules, so the history stays whole.
    ``purchase_date`` None: unknown, the record is dated the order's day and has no warranty
    end unless given. ``warranty_end`` AUTO: from the model's warranty months and the purchase
    date (only when that date is known)."""

    product_model_id: int
    serial_number: str = ""
    purchase_date: dt.date | None = None
    warranty_end: dt.date | Derived | None = AUTO


@dataclass(frozen=True)
class ServiceOrderInput:
    """An order as taken. Give ``sale_id`` (one of the customer's purchases), or
    ``outside_purchase``, or neither (no product). ``warranty`` None: set from the purchase's
    warranty end on the order's day; a value overrides it and needs ``warranty_reason``.
    Contact, phone and address left blank are filled from the customer when the order is
    created. ``technician_ids``: the users assigned, in order."""

    customer_id: int
    service_type: str
    fault: str
    sale_id: int | None = None
    outside_purchase: OutsidePurchase | None = None
    contact_name: str = ""
    contact_phone: str = ""
    address: str = ""
    warranty: Warranty | None = None
    warranty_reason: str = ""
    appointment_at: dt.datetime | None = None
    priority: int = PRIORITY_NORMAL
    technician_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CompletionInput:
    """What was done (售后完成). Fees are exact yuan (>= 0, whole cents). ``feedback`` is a name
    from the feedback list or "". ``completed_at`` None: now. ``technician_ids`` None keeps the
    assigned technicians, a tuple replaces them (who actually did the work)."""

    work_done: str = ""
    solution: str = ""
    result: str = ""
    fee_parts: Decimal = ZERO
    fee_service: Decimal = ZERO
    fee_transport: Decimal = ZERO
    work_minutes: int = 0
    feedback: str = ""
    completed_at: dt.datetime | None = None
    technician_ids: tuple[int, ...] | None = None
    # Spare parts used (schema 15): None keeps what was recorded (and ``fee_parts`` as typed);
    # a tuple replaces it: the parts are taken from ``parts_from`` (None: the hands of the
    # technician who did the work, else the first store) and the parts fee becomes their sum
    # at the lines' prices (0 under warranty; the cost is kept for the statistics).
    parts: tuple[LineInput, ...] | None = None
    parts_from: Place | None = None


@dataclass(frozen=True)
class ServiceOrderView:
    id: int
    code: str
    state: OrderState
    customer_id: int
    customer_code: str
    customer_name: str
    contact_name: str
    contact_phone: str
    address: str
    sale_id: int | None
    sale_code: str  # "" without a purchase
    product_model_id: int | None
    product: str  # brand and model, "" without a purchase
    serial_number: str
    warranty_end: dt.date | None  # the purchase's
    fault: str
    service_type: str
    warranty: Warranty
    warranty_reason: str  # "" when set automatically
    appointment_at: dt.datetime | None
    priority: int
    overdue: bool  # appointment passed while pending or dispatched
    technician_ids: tuple[int, ...]
    technician_names: tuple[str, ...]
    # Who moved the order into each state and when (None / "" until it happens); taken_by is
    # the receptionist (接线员) who took the order.
    taken_by_id: int | None
    taken_by_name: str
    taken_at: dt.datetime
    dispatched_by_id: int | None
    dispatched_by_name: str
    dispatched_at: dt.datetime | None
    completed_by_id: int | None
    completed_by_name: str
    completed_at: dt.datetime | None
    cancelled_by_id: int | None
    cancelled_by_name: str
    cancelled_at: dt.datetime | None
    audited_by_id: int | None
    audited_by_name: str
    audited_at: dt.datetime | None
    work_done: str
    solution: str
    result: str
    fee_parts: Decimal
    fee_service: Decimal
    fee_transport: Decimal
    fee_total: Decimal
    work_minutes: int
    feedback: str
    cancel_reason: str
    audited: bool
    maintenance_due: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int  # what a save from this view names (schema 12)

    @property
    def warranty_overridden(self) -> bool:
        return bool(self.warranty_reason)

    @property
    def work_hours(self) -> Decimal:
        """Work time in hours to two places (the UI shows hours, the order stores minutes)."""
        return (Decimal(self.work_minutes) / 60).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ServiceOrderFilter:
    """Every field narrows the list; None / False means "any". Dates are on the day the order
    was taken (``date_to`` inclusive). ``overdue``: appointment passed, still pending or
    dispatched."""

    state: OrderState | None = None
    technician_id: int | None = None
    customer_id: int | None = None
    sale_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue: bool = False
    service_type: str | None = None
    warranty: Warranty | None = None


@dataclass(frozen=True)
class ServiceOrderKey:
    """Where a list page continues: after the order taken at this time with this id."""

    taken_at: dt.datetime
    id: int


@dataclass(frozen=True)
class ServiceOrderEventView:
    """One line of an order's history. ``from_state`` None: the order was created; equal
    states: an edit (or a corrected completion)."""

    id: int
    order_id: int
    at: dt.datetime
    user_id: int | None
    user_name: str
    from_state: OrderState | None
    to_state: OrderState
    note: str
