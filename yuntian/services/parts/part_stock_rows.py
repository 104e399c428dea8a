"""Reading the stock views' rows (inside the caller's transaction): names of places, parts,
orders and customers fetched once per page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee as pw

from yuntian.db.models import Customer, Part, PartDocument, PartMove, ServiceOrder
from yuntian.services.common.batches import chunks
from yuntian.services.common.money import CENT
from yuntian.services.parts.part_document_views import cost_of
from yuntian.services.parts.part_places import place_names
from yuntian.services.parts.part_stock_types import MovementRow, StockRow, UsedLine
from yuntian.services.parts.part_types import Place, PlaceKind


def stock_rows(found: Sequence[tuple]) -> list[StockRow]:
    """Rows of ``part_stock._stock_query`` as StockRow, in the order read."""
    places = [Place(PlaceKind(r[7]), r[8]) for r in found]
    names = place_names(places)
    out = []
    for place, r in zip(places, found, strict=True):
        (row_id, part_id, code, name, spec, unit, category, _k, _i, quantity, avg, safety,
         total) = r  # fmt: skip
        total = int(total or 0)
        out.append(
            StockRow(
                id=row_id, part_id=part_id, code=code, name=name, spec=spec, unit=unit,
                category=category, place=place, place_name=names.get(place, ""),
                quantity=quantity, unit_cost=cost_of(int(avg)),
                value=cost_of(quantity * int(avg)).quantize(CENT), safety_stock=safety,
                part_total=total, below_safety=safety > 0 and total < safety,
            )
        )  # fmt: skip
    return out


def movement_rows(moves: Sequence[PartMove]) -> list[MovementRow]:
    docs = _documents({m.document_id for m in moves})
    orders = _orders({d.service_order_id for d in docs.values() if d.service_order_id})
    places = [
        p
        for m in moves
        for p in (Place(PlaceKind(m.from_kind), m.from_id), Place(PlaceKind(m.to_kind), m.to_id))
    ]
    names = place_names(places)
    out = []
    for m in moves:
        doc = docs[m.document_id]
        source = Place(PlaceKind(m.from_kind), m.from_id)
        target = Place(PlaceKind(m.to_kind), m.to_id)
        order = orders.get(doc.service_order_id) if doc.service_order_id else None
        out.append(
            MovementRow(
                id=m.id, document_id=doc.id, document_code=doc.code, kind=doc.kind,
                moved_on=_as_date(m.moved_on), source=source, target=target,
                source_name=names.get(source, ""), target_name=names.get(target, ""),
                quantity=m.quantity, unit_cost=cost_of(int(m.unit_cost)),
                unit_price=m.unit_price, order_code=order[0] if order else "",
            )
        )  # fmt: skip
    return out


def consumption() -> pw.ModelSelect:
    """The consumption lines not reversed: the lines into a service order are a consumption's
    (its reversal moves them out of the order), and a reversal moves every line of its
    document back, so these are the parts used, net."""
    reversed_ids = PartDocument.select(PartDocument.reverses).where(
        PartDocument.reverses.is_null(False)
    )
    return PartMove.select().where(
        PartMove.to_kind == PlaceKind.ORDER.value,
        PartMove.document.not_in(reversed_ids),
    )


def used_lines(moves: Sequence[PartMove]) -> list[UsedLine]:
    docs = _documents({m.document_id for m in moves})
    orders = _orders({m.to_id for m in moves})
    customers = _customers({c for _code, c in orders.values()})
    parts = _parts({m.part_id for m in moves})
    sources = [Place(PlaceKind(m.from_kind), m.from_id) for m in moves]
    names = place_names(sources)
    out = []
    for m, source in zip(moves, sources, strict=True):
        code, customer_id = orders.get(m.to_id, ("", 0))
        part = parts[m.part_id]
        price = m.unit_price
        out.append(
            UsedLine(
                id=m.id, moved_on=_as_date(m.moved_on), document_code=docs[m.document_id].code,
                order_id=m.to_id, order_code=code, customer_id=customer_id,
                customer_name=customers.get(customer_id, ""), technician=names.get(source, ""),
                part_id=m.part_id, part_code=part.code, part_name=part.name, spec=part.spec,
                unit=part.unit, quantity=m.quantity, unit_price=price,
                price=None if price is None else (price * m.quantity).quantize(CENT),
                cost=(cost_of(int(m.unit_cost)) * m.quantity).quantize(CENT),
            )
        )  # fmt: skip
    return out


def _documents(ids: set[int]) -> dict[int, PartDocument]:
    found: dict[int, PartDocument] = {}
    for part in chunks(sorted(ids)):
        query = PartDocument.select(
            PartDocument.id, PartDocument.code, PartDocument.kind, PartDocument.service_order
        ).where(PartDocument.id.in_(list(part)))
        found |= {d.id: d for d in query}
    return found


def _orders(ids: set[int]) -> dict[int, tuple[str, int]]:
    found: dict[int, tuple[str, int]] = {}
    for part in chunks(sorted(ids)):
        query = ServiceOrder.select(ServiceOrder.id, ServiceOrder.code, ServiceOrder.customer)
        for i, code, customer in query.where(ServiceOrder.id.in_(list(part))).tuples():
            found[i] = (code, customer)
    return found


def _customers(ids: set[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for part in chunks(sorted(ids)):
        query = Customer.select(Customer.id, Customer.name).where(Customer.id.in_(list(part)))
        found |= dict(query.tuples())
    return found


def _parts(ids: set[int]) -> dict[int, Part]:
    found: dict[int, Part] = {}
    for part in chunks(sorted(ids)):
        query = Part.select(Part.id, Part.code, Part.name, Part.spec, Part.unit)
        found |= {p.id: p for p in query.where(Part.id.in_(list(part)))}
    return found


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
