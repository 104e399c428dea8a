"""Plain values the due-maintenance service (定期维护) takes and returns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from yuntian.services.service_orders.service_order_types import OrderState, ServiceOrderView


@dataclass(frozen=True)
class DueMaintenanceView:
    """A purchase whose next maintenance falls due, with who to call and where to go, and the
    maintenance order already made for that due date (None / "" without one)."""

    sale_id: int
    sale_code: str
    customer_id: int
    customer_code: str
    customer_name: str
    phone: str  # the customer's first phone, "" without one
    address: str  # the customer's first address, one line
    product: str  # brand and model
    serial_number: str
    due: dt.date  # the purchase's next maintenance date
    interval_days: int  # 0: no regular interval (the date was set by hand)
    days_until: int  # from today; negative: overdue
    order_id: int | None
    order_code: str
    order_state: OrderState | None

    @property
    def id(self) -> int:
        """The purchase's id: a purchase is listed once (it has one next maintenance date)."""
        return self.sale_id

    @property
    def overdue(self) -> bool:
        return self.days_until < 0

    @property
    def ordered(self) -> bool:
        return self.order_id is not None


@dataclass(frozen=True)
class DueKey:
    """Where a due list page continues: after the purchase due this day with this id."""

    due: dt.date
    sale_id: int


@dataclass(frozen=True)
class GenerateResult:
    """The maintenance orders made, and how many wanted ones already had one (skipped)."""

    created: list[ServiceOrderView]
    skipped: int
