"""Plain values the catalogue, sales and payments services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


@dataclass(frozen=True)
class ProductModelInput:
    model: str
    brand: str = ""
    category: str = ""
    list_price: Decimal | None = None
    warranty_months: int = 0
    maintenance_interval_days: int = 0
    callback_interval_days: int = 0
    active: bool = True


@dataclass(frozen=True)
class ProductModelView:
    id: int
    brand: str
    model: str
    category: str
    list_price: Decimal | None
    warranty_months: int
    maintenance_interval_days: int
    callback_interval_days: int
    active: bool
    version: int = 1  # what a save from this view names (schema 12)

    @property
    def label(self) -> str:
        return f"{self.brand} {self.model}".strip()


@dataclass(frozen=True)
class SalesUnitView:
    id: int
    name: str
    technical_lead_id: int | None
    technical_lead_name: str
    sales_rep_id: int | None
    sales_rep_name: str
    version: int = 1  # what a save from this view names (schema 12)


class Derived(Enum):
    """A date left to the service: worked out from the model and the intervals."""

    AUTO = "auto"


AUTO = Derived.AUTO


@dataclass(frozen=True)
class SaleInput:
    """A purchase record as typed. ``None`` receivable or interval means "compute it" (quantity x
    unit price, the model's intervals); the three dates are computed when ``AUTO`` and ``None``
    means "none" (a product sold without warranty although its model has one)."""

    customer_id: int
    sale_date: dt.date
    product_model_id: int
    unit_price: Decimal
    quantity: int = 1
    receivable: Decimal | None = None
    serial_number: str = ""
    salesperson_id: int | None = None
    sales_unit_id: int | None = None
    install_date: dt.date | None = None
    warranty_end: dt.date | Derived | None = AUTO
    custom: tuple[str, ...] = ("", "", "", "", "")
    maintenance_interval_days: int | None = None
    next_maintenance: dt.date | Derived | None = AUTO
    callback_interval_days: int | None = None
    next_callback: dt.date | Derived | None = AUTO
    notes: str = ""


@dataclass(frozen=True)
class SaleView:
    id: int
    code: str
    customer_id: int
    customer_code: str
    customer_name: str
    sale_date: dt.date
    product_model_id: int
    product: str
    serial_number: str
    quantity: int
    unit_price: Decimal
    receivable: Decimal
    received: Decimal
    outstanding: Decimal
    salesperson_id: int | None
    salesperson_name: str
    sales_unit_id: int | None
    sales_unit_name: str
    install_date: dt.date | None
    warranty_end: dt.date | None
    custom: tuple[str, ...]
    maintenance_interval_days: int
    next_maintenance: dt.date | None
    callback_interval_days: int
    next_callback: dt.date | None
    notes: str
    voided: bool
    void_reason: str
    created_at: dt.datetime
    version: int  # what a save from this view names (schema 12)


@dataclass(frozen=True)
class SaleFilter:
    """``outstanding``: True = only sales still owing (欠款), False = only settled, None = all.
    Voided sales are left out unless asked for."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    customer_id: int | None = None
    salesperson_id: int | None = None
    sales_unit_id: int | None = None
    outstanding: bool | None = None
    include_voided: bool = False


@dataclass(frozen=True)
class SaleKey:
    """Where a list page continues: after the sale with this date and id (newest first)."""

    sale_date: dt.date
    id: int


@dataclass(frozen=True)
class SaleTotals:
    count: int = 0
    quantity: int = 0
    receivable: Decimal = Decimal("0.00")
    received: Decimal = Decimal("0.00")
    outstanding: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class PaymentView:
    id: int
    sale_id: int
    paid_on: dt.date
    amount: Decimal
    method: str
    reason: str
    operator_name: str
    note: str
    created_at: dt.datetime
    is_refund: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "is_refund", self.amount < 0)
