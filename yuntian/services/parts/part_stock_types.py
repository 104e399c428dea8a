"""Plain values of the stock views: stock on hand, the part card, a technician's parts, the
reorder list and the consumption lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from yuntian.services.parts.part_types import Place


class PlaceScope(StrEnum):
    ALL = "all"  # every store and every technician
    STORES = "stores"  # every store
    TECHS = "techs"  # every technician's hands
    ONE = "one"  # the place of the filter


@dataclass(frozen=True)
class StockFilter:
    scope: PlaceScope = PlaceScope.ALL
    place: Place | None = None  # with PlaceScope.ONE
    category: str = ""  # "" every category
    text: str = ""  # code, name or specification containing
    below_safety: bool = False  # only parts whose stock (all places) is below safety stock

    @classmethod
    def at(cls, place: Place, **fields: object) -> StockFilter:
        return cls(PlaceScope.ONE, place, **fields)  # type: ignore[arg-type]


@dataclass(frozen=True)
class StockKey:
    part_id: int
    id: int  # the stock row's


@dataclass(frozen=True)
class StockRow:
    """A part at one place that holds stock (a store or a technician)."""

    id: int  # the stock row's
    part_id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    place: Place
    place_name: str
    quantity: int
    unit_cost: Decimal  # the moving average, 4 places
    value: Decimal  # quantity x average cost, to the cent
    safety_stock: int
    part_total: int  # the part's stock at every place
    below_safety: bool  # part_total < safety_stock (a safety stock set)


@dataclass(frozen=True)
class StockTotals:
    rows: int
    quantity: int
    value: Decimal


@dataclass(frozen=True)
class PlaceChoice:
    place: Place
    name: str


@dataclass(frozen=True)
class PlaceStock:
    place: Place
    name: str
    quantity: int
    value: Decimal


@dataclass(frozen=True)
class PartCard:
    id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    supplier: str
    barcode: str
    active: bool
    cost_price: Decimal | None
    sale_price: Decimal | None
    unit_cost: Decimal  # moving average
    safety_stock: int
    reorder_min: int
    reorder_max: int
    places: tuple[PlaceStock, ...]  # places holding some (or owing some), stores first
    total: int
    value: Decimal


@dataclass(frozen=True)
class MoveKey:
    moved_on: dt.date
    id: int


@dataclass(frozen=True)
class MovementRow:
    """One ledger line of a part, as the card lists it."""

    id: int  # the ledger line's
    document_id: int
    document_code: str
    kind: str  # the document's DocKind value
    moved_on: dt.date
    source: Place
    target: Place
    source_name: str
    target_name: str
    quantity: int
    unit_cost: Decimal
    unit_price: Decimal | None
    order_code: str  # the service order of a consumption (or its reversal)


@dataclass(frozen=True)
class Holding:
    part_id: int
    code: str
    name: str
    spec: str
    unit: str
    quantity: int
    unit_cost: Decimal
    value: Decimal


@dataclass(frozen=True)
class Holdings:
    user_id: int
    name: str
    parts: tuple[Holding, ...]
    quantity: int
    value: Decimal


@dataclass(frozen=True)
class UsedLine:
    """A part used on a service order (a consumption line not reversed)."""

    id: int  # the ledger line's
    moved_on: dt.date
    document_code: str
    order_id: int
    order_code: str
    customer_id: int
    customer_name: str
    technician: str  # whose hands it came from ("" from a store: the store's name)
    part_id: int
    part_code: str
    part_name: str
    spec: str
    unit: str
    quantity: int
    unit_price: Decimal | None
    price: Decimal | None  # quantity x unit price
    cost: Decimal  # quantity x unit cost


@dataclass(frozen=True)
class ReorderLine:
    part_id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    supplier: str
    on_hand: int  # every place
    safety_stock: int
    reorder_min: int
    reorder_max: int
    suggested: int
    unit_cost: Decimal  # the usual purchase price, else the average
    amount: Decimal  # suggested x unit cost, to the cent
