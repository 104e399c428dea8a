"""Plain values the parts services take and return.

A place is where parts are: a store room or a technician's hands hold stock; a supplier, a
service order (consumed), scrap and a stocktake's count are where parts come from or go to.
Quantities are whole units (a part's unit says of what: 个, 米, 克). Costs are exact to 1/10000
yuan (a moving average divides), prices to the cent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

COST_PLACES = Decimal("0.0001")  # a unit cost: 1/10000 yuan
COST_SCALE = 10_000


class PlaceKind(StrEnum):
    SUPPLIER = "supplier"
    STORE = "store"
    TECH = "tech"  # a technician (a user)
    ORDER = "order"  # consumed on a service order
    SCRAP = "scrap"
    COUNT = "count"  # a stocktake's difference

    @property
    def holds_stock(self) -> bool:
        return self in (PlaceKind.STORE, PlaceKind.TECH)


@dataclass(frozen=True)
class Place:
    kind: PlaceKind
    id: int | None = None  # the store, user or order; None for supplier, scrap, count

    @classmethod
    def store(cls, store_id: int) -> Place:
        return cls(PlaceKind.STORE, store_id)

    @classmethod
    def tech(cls, user_id: int) -> Place:
        return cls(PlaceKind.TECH, user_id)


SUPPLIER = Place(PlaceKind.SUPPLIER)
SCRAP = Place(PlaceKind.SCRAP)
COUNT = Place(PlaceKind.COUNT)


class DocKind(StrEnum):
    """Each kind's numbering rule is ``part_<value>`` (schema 15)."""

    STOCK_IN = "in"  # 入库单: supplier → store
    ISSUE = "issue"  # 领用出库单: store → technician
    RETURN = "return"  # 退库: technician → store
    TRANSFER = "transfer"  # 调拨: store/technician → another store/technician
    CONSUME = "consume"  # 消耗: technician/store → service order
    SCRAP = "scrap"  # 报废单: store/technician → scrap
    ADJUST = "adjust"  # 盘点: count ↔ store/technician
    REVERSE = "reverse"  # 冲销: the lines of another document, the other way

    @property
    def numbering(self) -> str:
        return f"part_{self.value}"


class DocState(StrEnum):
    POSTED = "posted"  # 已过账
    AUDITED = "audited"  # 审核完成


@dataclass(frozen=True)
class LineInput:
    """One line of a document. ``unit_cost``: a stock-in's purchase price per unit (None:
    the part's usual cost price). ``unit_price``: what a consumption charges per unit (None:
    the part's sale price)."""

    part_id: int
    quantity: int
    unit_cost: Decimal | None = None
    unit_price: Decimal | None = None


@dataclass(frozen=True)
class DocumentInput:
    """A stock-in, issue, return, transfer or scrap. ``source`` and ``target`` by kind:
    stock-in: supplier → store; issue: store → technician; return: technician → store;
    transfer: store or technician → another; scrap: store or technician (target None: scrap).
    ``doc_date`` None: today."""

    kind: DocKind
    source: Place | None
    target: Place | None
    lines: tuple[LineInput, ...]
    doc_date: dt.date | None = None
    supplier: str = ""
    scrap_type: str = ""
    scrap_handler: str = ""
    note: str = ""


@dataclass(frozen=True)
class CountInput:
    """A stocktake at one place: the quantity counted of each part counted (parts not named
    are not counted). Differences from the book are posted as one adjustment document."""

    place: Place
    counted: tuple[tuple[int, int], ...]  # (part id, quantity counted)
    doc_date: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class LineView:
    line: int
    part_id: int
    part_code: str
    part_name: str
    spec: str
    unit: str
    quantity: int
    source: Place
    target: Place
    unit_cost: Decimal  # 4 places
    cost: Decimal  # quantity x unit cost, to the cent
    unit_price: Decimal | None
    price: Decimal | None  # quantity x unit price
    counted: int | None  # a stocktake line: what was counted


@dataclass(frozen=True)
class DocumentView:
    id: int
    code: str
    kind: DocKind
    doc_date: dt.date
    source: Place | None  # the document's own places (the first line's)
    target: Place | None
    source_name: str
    target_name: str
    technician_id: int | None
    supplier: str
    service_order_id: int | None
    service_order_code: str
    scrap_type: str
    scrap_handler: str
    reverses_id: int | None
    reverses_code: str
    reversed_by_code: str  # "" unless a reversal names this document
    note: str
    state: DocState
    audited_by: str
    audited_at: dt.datetime | None
    created_by: str
    created_at: dt.datetime
    lines: tuple[LineView, ...]
    total_quantity: int
    total_cost: Decimal
    total_price: Decimal | None  # consumption
    version: int


@dataclass(frozen=True)
class DocumentFilter:
    kind: DocKind | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    part_id: int | None = None
    technician_id: int | None = None
    text: str = ""  # code, supplier or note containing


@dataclass(frozen=True)
class DocumentKey:
    doc_date: dt.date
    id: int


@dataclass(frozen=True)
class StockLevel:
    """Stock of one part at one place."""

    part_id: int
    place: Place
    quantity: int
