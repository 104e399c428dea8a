"""The stock views (备件库存): stock on hand per place with value, the part card with its
movements, what a technician holds and used ("my parts"), parts used on an order and by a
customer, a search over the consumption lines, and the reorder list (补货) with its purchase
list. Every signed-in user may read; exports need data.import_export (stock on hand) or
parts.manage (the purchase list).

Stock on hand is read from ``part_stock`` (kept by the posting), never summed from the ledger:
a page of stock is one indexed walk of ``part_stock`` in part order, joined to the part by its
key (see ``_stock_query``). Values are quantity x the part's moving-average cost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import peewee as pw

from yuntian.db.models import (
    Customer,
    Part,
    PartMove,
    PartStock,
    PartStore,
    ServiceOrder,
    User,
)
from yuntian.db.transactions import reading
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.errors import NotFound
from yuntian.services.common.money import CENT
from yuntian.services.common.people import technicians, user_names
from yuntian.services.common.permissions import Actor, require
from yuntian.services.common.progress import CancelCheck, ProgressCallback
from yuntian.services.common.text import one_line
from yuntian.services.parts import part_stock_rows as rows
from yuntian.services.parts.part_document_views import cost_of
from yuntian.services.parts.part_places import place_names
from yuntian.services.parts.part_stock_types import (
    Holding,
    Holdings,
    MoveKey,
    MovementRow,
    PartCard,
    PlaceChoice,
    PlaceScope,
    PlaceStock,
    ReorderLine,
    StockFilter,
    StockKey,
    StockRow,
    StockTotals,
    UsedLine,
)
from yuntian.services.parts.part_types import Place, PlaceKind

MAX_PAGE = 1000
MAX_USED = 5000  # lines of one technician's period, of an order, of a customer
EXPORT_CHUNK = 1000


class PartStockService:
    def __init__(self, db: pw.Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    # --- stock on hand -------------------------------------------------------------------

    def places(self, actor: Actor) -> list[PlaceChoice]:
        """The places holding stock to filter by: the active stores (in their order), then
        the technicians (by pinyin)."""
        del actor
        with reading(self._db):
            stores = PartStore.select().where(PartStore.active == True)  # noqa: E712
            found = [
                PlaceChoice(Place.store(s.id), s.name)
                for s in stores.order_by(PartStore.sort, PartStore.id)
            ]
            return found + [PlaceChoice(Place.tech(i), name) for i, name in technicians()]

    def categories(self, actor: Actor) -> list[str]:
        del actor
        with reading(self._db):
            query = (
                Part.select(Part.category)
                .where(Part.category != "")
                .distinct()
                .order_by(Part.category)
            )
            return [c for (c,) in query.tuples()]

    def on_hand(
        self,
        actor: Actor,
        flt: StockFilter,
        after: StockKey | None = None,
        limit: int = 200,
    ) -> list[StockRow]:
        """Stock rows (a part at a place, not zero) as filtered, in part order (as the parts
        were entered), each part's places stores first; continuing after ``after``."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        query = _stock_query(flt, self._db)
        if after is not None:
            # part >= k first: a range of the (part, place) index, not an OR of two reads.
            query = query.where(
                PartStock.part >= after.part_id,
                (PartStock.part > after.part_id) | (PartStock.id > after.id),
            )
        query = query.order_by(PartStock.part, PartStock.id).limit(limit)
        with reading(self._db):
            return rows.stock_rows(list(query.tuples()))

    @staticmethod
    def page_key(row: StockRow) -> StockKey:
        return StockKey(row.part_id, row.id)

    def rows_by_id(self, actor: Actor, ids: list[int]) -> list[StockRow]:
        """The stock rows of these ids as they are now (any filter), in no order."""
        del actor
        query = _stock_query(StockFilter(), self._db).where(PartStock.id.in_(ids or [0]))
        with reading(self._db):
            return rows.stock_rows(list(query.tuples()))

    def totals(self, actor: Actor, flt: StockFilter) -> StockTotals:
        """How many rows, units and what value the filter holds."""
        del actor
        query = _stock_query(flt, self._db, columns=(
            pw.fn.COUNT(PartStock.id),
            pw.fn.COALESCE(pw.fn.SUM(PartStock.quantity), 0),
            pw.fn.COALESCE(pw.fn.SUM(PartStock.quantity * Part.avg_cost), 0),
        ))  # fmt: skip
        with reading(self._db):
            count, quantity, value = query.tuples().first() or (0, 0, 0)
        return StockTotals(int(count), int(quantity), _value(int(value)))

    def export_on_hand(
        self,
        actor: Actor,
        flt: StockFilter,
        path: str | Path,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> int:
        """Write the stock as filtered to an Excel workbook (data.import_export); returns the
        rows written."""
        from yuntian.exports.part_stock_export import write_stock

        require(actor, "data.import_export")
        total = self.totals(actor, flt).rows
        written = write_stock(path, self._chunks(actor, flt), total, progress=progress,
                              cancelled=cancelled)  # fmt: skip
        with self._db.atomic():
            self._audit.record(actor, "part_stock.export", Path(path).name, {"lines": written})
        return written

    def _chunks(self, actor: Actor, flt: StockFilter) -> Iterator[list[StockRow]]:
        after: StockKey | None = None
        while True:
            page = self.on_hand(actor, flt, after, EXPORT_CHUNK)
            if page:
                yield page
            if len(page) < EXPORT_CHUNK:
                return
            after = self.page_key(page[-1])

    # --- the part card -------------------------------------------------------------------

    def part_card(self, actor: Actor, part_id: int) -> PartCard:
        """The part with its stock at each place (stores first, then technicians)."""
        del actor
        with reading(self._db):
            part = Part.get_or_none(Part.id == part_id)
            if part is None:
                raise NotFound()
            stock = list(
                PartStock.select(PartStock.place_kind, PartStock.place_id, PartStock.quantity)
                .where(PartStock.part == part_id, PartStock.quantity != 0)
                .tuples()
            )
            places = [Place(PlaceKind(kind), place_id) for kind, place_id, _ in stock]
            names = place_names(places)
        avg = int(part.avg_cost)
        held = sorted(
            (
                PlaceStock(place, names.get(place, ""), quantity, _value(quantity * avg))
                for place, (_k, _i, quantity) in zip(places, stock, strict=True)
            ),
            key=lambda s: (s.place.kind is not PlaceKind.STORE, s.name, s.place.id or 0),
        )
        total = sum(s.quantity for s in held)
        return PartCard(
            id=part.id, code=part.code, name=part.name, spec=part.spec, unit=part.unit,
            category=part.category, supplier=part.supplier, barcode=part.barcode,
            active=part.active, cost_price=part.cost_price, sale_price=part.sale_price,
            unit_cost=cost_of(avg), safety_stock=part.safety_stock,
            reorder_min=part.reorder_min, reorder_max=part.reorder_max, places=tuple(held),
            total=total, value=_value(total * avg),
        )  # fmt: skip

    def movements(
        self, actor: Actor, part_id: int, after: MoveKey | None = None, limit: int = 200
    ) -> list[MovementRow]:
        """The part's ledger lines, newest first (by date, then as posted)."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        query = PartMove.select().where(PartMove.part == part_id)
        if after is not None:
            query = query.where(
                (PartMove.moved_on < after.moved_on)
                | ((PartMove.moved_on == after.moved_on) & (PartMove.id < after.id))
            )
        query = query.order_by(PartMove.moved_on.desc(), PartMove.id.desc()).limit(limit)
        with reading(self._db):
            return rows.movement_rows(list(query))

    @staticmethod
    def movement_key(row: MovementRow) -> MoveKey:
        return MoveKey(row.moved_on, row.id)

    # --- a technician's parts ------------------------------------------------------------

    def holdings(self, actor: Actor, user_id: int) -> Holdings:
        """What a technician holds (领取 − 消耗 = 在手), by part code."""
        del actor
        with reading(self._db):
            found = list(
                PartStock.select(
                    Part.id, Part.code, Part.name, Part.spec, Part.unit, PartStock.quantity,
                    Part.avg_cost,
                )
                .join(Part, on=(Part.id == PartStock.part))
                .where(
                    PartStock.place_kind == PlaceKind.TECH.value,
                    PartStock.place_id == user_id,
                    PartStock.quantity != 0,
                )
                .order_by(Part.code)
                .tuples()
            )  # fmt: skip
            name = user_names([user_id]).get(user_id, "")
        parts = tuple(
            Holding(pid, code, pname, spec, unit, quantity, cost_of(avg), _value(quantity * avg))
            for pid, code, pname, spec, unit, quantity, avg in found
        )
        return Holdings(
            user_id, name, parts, sum(h.quantity for h in parts),
            sum((h.value for h in parts), Decimal("0.00")),
        )  # fmt: skip

    def used_by(
        self,
        actor: Actor,
        user_id: int,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[UsedLine]:
        """The parts a technician used from their own hands on service orders in the period
        (consumptions not reversed), newest first."""
        del actor
        query = rows.consumption().where(
            PartMove.from_kind == PlaceKind.TECH.value, PartMove.from_id == user_id
        )
        if date_from is not None:
            query = query.where(PartMove.moved_on >= date_from)
        if date_to is not None:
            query = query.where(PartMove.moved_on <= date_to)
        query = query.order_by(PartMove.moved_on.desc(), PartMove.id.desc()).limit(MAX_USED)
        with reading(self._db):
            return rows.used_lines(list(query))

    # --- parts used on orders ------------------------------------------------------------

    def for_order(self, actor: Actor, order_id: int) -> list[UsedLine]:
        """The parts used on a service order, net of reversals, as posted."""
        del actor
        query = rows.consumption().where(PartMove.to_id == order_id)
        with reading(self._db):
            return rows.used_lines(list(query.order_by(PartMove.id).limit(MAX_USED)))

    def for_customer(self, actor: Actor, customer_id: int) -> list[UsedLine]:
        """The parts used on a customer's service orders, net of reversals, newest first."""
        del actor
        orders = ServiceOrder.select(ServiceOrder.id).where(ServiceOrder.customer == customer_id)
        query = (
            rows.consumption()
            .where(PartMove.to_id.in_(orders))
            .order_by(PartMove.moved_on.desc(), PartMove.id.desc())
            .limit(MAX_USED)
        )
        with reading(self._db):
            return rows.used_lines(list(query))

    def consumption_search(
        self, actor: Actor, text: str, after: MoveKey | None = None, limit: int = 200
    ) -> list[UsedLine]:
        """Consumption lines (not reversed) whose part code or name, order code, customer
        name or technician name contains each word of ``text``; newest first."""
        del actor
        limit = max(1, min(limit, MAX_PAGE))
        query = rows.consumption()
        for word in one_line(text).split()[:8]:
            query = query.where(_any_field(word))
        if after is not None:
            query = query.where(
                (PartMove.moved_on < after.moved_on)
                | ((PartMove.moved_on == after.moved_on) & (PartMove.id < after.id))
            )
        query = query.order_by(PartMove.moved_on.desc(), PartMove.id.desc()).limit(limit)
        with reading(self._db):
            return rows.used_lines(list(query))

    @staticmethod
    def used_key(row: UsedLine) -> MoveKey:
        return MoveKey(row.moved_on, row.id)

    # --- reorder -------------------------------------------------------------------------

    def reorder(self, actor: Actor) -> list[ReorderLine]:
        """Active parts whose stock (every store and technician) is below their safety stock
        or reorder minimum, with the quantity that brings them up to the reorder maximum (or,
        without one, to the larger of safety stock and minimum); by supplier, then code."""
        del actor
        on_hand = _part_total(Part.id)
        query = (
            Part.select(Part, on_hand.alias("on_hand"))
            .where(
                Part.active == True,  # noqa: E712
                (Part.safety_stock > 0) | (Part.reorder_min > 0),
            )
            .order_by(Part.supplier, Part.code)
        )
        found = []
        with reading(self._db):
            for part in query:
                held = int(part.on_hand or 0)
                if held >= part.safety_stock and held >= part.reorder_min:
                    continue
                target = max(part.reorder_max, part.safety_stock, part.reorder_min)
                suggested = target - held
                unit_cost = part.cost_price if part.cost_price else cost_of(int(part.avg_cost))
                found.append(
                    ReorderLine(
                        part.id, part.code, part.name, part.spec, part.unit, part.category,
                        part.supplier, held, part.safety_stock, part.reorder_min,
                        part.reorder_max, suggested, unit_cost,
                        (unit_cost * suggested).quantize(CENT),
                    )
                )  # fmt: skip
        return found

    def export_reorder(self, actor: Actor, path: str | Path) -> int:
        """The reorder list as a purchase list (采购单) in an Excel workbook (parts.manage)."""
        from yuntian.exports.part_stock_export import write_purchase_list

        require(actor, "parts.manage")
        lines = self.reorder(actor)
        written = write_purchase_list(path, lines)
        with self._db.atomic():
            self._audit.record(actor, "part_reorder.export", Path(path).name, {"lines": written})
        return written


# --- queries ------------------------------------------------------------------------------


def _part_total(part: pw.Node) -> pw.Node:
    """The stock of a part at every place, as a subquery (the unique index on
    (part, place_kind, place_id) answers it)."""
    every = PartStock.alias("every")
    return every.select(pw.fn.COALESCE(pw.fn.SUM(every.quantity), 0)).where(every.part == part)


def _stock_query(
    flt: StockFilter, db: pw.Database, columns: tuple[pw.Node, ...] | None = None
) -> pw.ModelSelect:
    """part_stock joined to its part, as filtered. Without ``columns``: the row's fields as
    ``part_stock_rows.stock_rows`` reads them.

    A part's total at every place is a correlated subquery on the (part, place) index, run
    for the rows of the page only. The below-safety filter needs it for every row: on SQLite
    that stays fastest; the servers join the totals of the parts with a safety stock,
    grouped once (PostgreSQL: 12 ms a page instead of 116 at 20,000 parts)."""
    sums = None
    if flt.below_safety and not isinstance(db, pw.SqliteDatabase):
        every = PartStock.alias("every")
        sums = (
            every.select(every.part.alias("part_id"), pw.fn.SUM(every.quantity).alias("total"))
            .where(every.part.in_(Part.select(Part.id).where(Part.safety_stock > 0)))
            .group_by(every.part)
            .alias("sums")
        )
        total: pw.Node = sums.c.total
    else:
        total = _part_total(PartStock.part)
    if columns is None:
        columns = (
            PartStock.id, PartStock.part, Part.code, Part.name, Part.spec, Part.unit,
            Part.category, PartStock.place_kind, PartStock.place_id, PartStock.quantity,
            Part.avg_cost, Part.safety_stock, total.alias("part_total"),
        )  # fmt: skip
    query = (
        PartStock.select(*columns)
        .join(Part, on=(Part.id == PartStock.part))
        .where(PartStock.quantity != 0)
    )
    if sums is not None:
        query = query.join(sums, on=(sums.c.part_id == PartStock.part)).where(
            Part.safety_stock > 0, sums.c.total < Part.safety_stock
        )
    elif flt.below_safety:
        query = query.where(Part.safety_stock > 0, total < Part.safety_stock)
    if flt.scope is PlaceScope.ONE and flt.place is not None:
        query = query.where(
            PartStock.place_kind == flt.place.kind.value, PartStock.place_id == flt.place.id
        )
    elif flt.scope is PlaceScope.STORES:
        query = query.where(PartStock.place_kind == PlaceKind.STORE.value)
    elif flt.scope is PlaceScope.TECHS:
        query = query.where(PartStock.place_kind == PlaceKind.TECH.value)
    if flt.category:
        query = query.where(Part.category == flt.category)
    text = one_line(flt.text)[:64]
    if text:
        query = query.where(
            Part.code.contains(text) | Part.name.contains(text) | Part.spec.contains(text)
        )
    return query


def _any_field(word: str) -> pw.Expression:
    parts = Part.select(Part.id).where(Part.code.contains(word) | Part.name.contains(word))
    customers = Customer.select(Customer.id).where(Customer.name.contains(word))
    orders = ServiceOrder.select(ServiceOrder.id).where(
        ServiceOrder.code.contains(word) | ServiceOrder.customer.in_(customers)
    )
    people = User.select(User.id).where(
        User.display_name.contains(word) | User.username.contains(word)
    )
    return (
        PartMove.part.in_(parts)
        | PartMove.to_id.in_(orders)
        | ((PartMove.from_kind == PlaceKind.TECH.value) & PartMove.from_id.in_(people))
    )


def _value(units: int) -> Decimal:
    """Quantity x cost in 1/10000 yuan as yuan to the cent."""
    return cost_of(units).quantize(CENT)
