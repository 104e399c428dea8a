"""Plain values of the parts catalogue (维修备件设置) and the stores (仓库): what an editor sends,
what the list and the editor show, the list's filter and page key."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class Activity(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ALL = "all"


@dataclass(frozen=True)
class PartInput:
    """A part as its editor (or an import row) gives it; ``code`` empty: the next number."""

    name: str
    code: str = ""
    spec: str = ""
    unit: str = ""
    category: str = ""
    cost_price: Decimal | None = None
    sale_price: Decimal | None = None
    safety_stock: int = 0
    reorder_min: int = 0
    reorder_max: int = 0
    supplier: str = ""
    barcode: str = ""
    notes: str = ""
    active: bool = True
    fits: tuple[int, ...] = ()  # product model ids


@dataclass(frozen=True)
class ModelFit:
    """A product model a part fits, as a person knows it."""

    id: int
    label: str  # brand and model


@dataclass(frozen=True)
class PartView:
    id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    cost_price: Decimal | None
    sale_price: Decimal | None
    avg_cost: Decimal  # moving average, kept by the ledger (to 1/10000 yuan)
    safety_stock: int
    reorder_min: int
    reorder_max: int
    supplier: str
    barcode: str
    notes: str
    active: bool
    fits: tuple[ModelFit, ...]
    version: int = 1

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip()


@dataclass(frozen=True)
class PartFilter:
    text: str = ""  # words, each found in the code, name, specification or barcode
    category: str = ""  # exact; "" = every category
    activity: Activity = Activity.ACTIVE
    product_model_id: int | None = None  # parts that fit this model


@dataclass(frozen=True)
class PartKey:
    """Where a page of the list (by code) continues."""

    code: str
    id: int


@dataclass(frozen=True)
class StoreView:
    id: int
    name: str
    active: bool
    sort: int
    version: int = 1
