"""Reading part documents into DocumentView (inside the caller's transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import peewee as pw

from yuntian.db.models import Part, PartDocument, PartMove, ServiceOrder
from yuntian.services.common.batches import chunks
from yuntian.services.common.money import CENT
from yuntian.services.common.people import user_names
from yuntian.services.customers.customer_views import as_datetime
from yuntian.services.parts.part_places import place_names
from yuntian.services.parts.part_types import (
    COST_PLACES,
    DocKind,
    DocState,
    DocumentView,
    LineView,
    Place,
    PlaceKind,
)


def cost_of(units: int) -> Decimal:
    """1/10000 yuan as yuan with four places."""
    return Decimal(int(units)).scaleb(-4).quantize(COST_PLACES)


def views(ids: Sequence[int], *, lines: bool = True) -> list[DocumentView]:
    """The documents with these ids in that order (ids that no longer exist left out).
    ``lines=False`` (a list page): without their lines, the totals summed by the database."""
    docs: dict[int, PartDocument] = {}
    moves: dict[int, list[PartMove]] = {}
    totals: dict[int, tuple[int, int, int | None]] = {}
    firsts: dict[int, tuple[Place, Place]] = {}
    for part in chunks(list(ids)):
        wanted = list(part)
        docs |= {d.id: d for d in PartDocument.select().where(PartDocument.id.in_(wanted))}
        if lines:
            for m in (
                PartMove.select()
                .where(PartMove.document.in_(wanted))
                .order_by(PartMove.document, PartMove.line)
            ):
                moves.setdefault(m.document_id, []).append(m)
        else:
            totals |= _totals(wanted)
            firsts |= {
                d: (_place(fk, fi), _place(tk, ti))
                for d, fk, fi, tk, ti in PartMove.select(
                    PartMove.document, PartMove.from_kind, PartMove.from_id,
                    PartMove.to_kind, PartMove.to_id,
                ).where(PartMove.document.in_(wanted), PartMove.line == 1).tuples()
            }  # fmt: skip
    for doc_id, doc_lines in moves.items():
        firsts[doc_id] = (
            _place(doc_lines[0].from_kind, doc_lines[0].from_id),
            _place(doc_lines[0].to_kind, doc_lines[0].to_id),
        )
        priced = [
            m.quantity * int(m.unit_price * 100) for m in doc_lines if m.unit_price is not None
        ]
        totals[doc_id] = (
            sum(m.quantity for m in doc_lines),
            sum(m.quantity * int(m.unit_cost) for m in doc_lines),
            sum(priced) if priced else None,
        )
    part_ids = {m.part_id for doc_lines in moves.values() for m in doc_lines}
    parts = {
        p.id: p
        for chunk in chunks(sorted(part_ids))
        for p in Part.select(Part.id, Part.code, Part.name, Part.spec, Part.unit).where(
            Part.id.in_(list(chunk))
        )
    }
    places = [p for pair in firsts.values() for p in pair] + [
        place
        for doc_lines in moves.values()
        for m in doc_lines
        for place in (_place(m.from_kind, m.from_id), _place(m.to_kind, m.to_id))
    ]
    names = place_names(places)
    people = user_names(
        [d.created_by_id for d in docs.values()] + [d.audited_by_id for d in docs.values()]
    )
    reversed_by = {
        r.reverses_id: r.code
        for r in PartDocument.select(PartDocument.code, PartDocument.reverses).where(
            PartDocument.reverses.in_(list(docs) or [0])
        )
    }
    linked = {d.reverses_id for d in docs.values() if d.reverses_id}
    codes = {
        d.id: d.code
        for d in PartDocument.select(PartDocument.id, PartDocument.code).where(
            PartDocument.id.in_(list(linked) or [0])
        )
    }
    order_ids = [d.service_order_id for d in docs.values() if d.service_order_id]
    orders = {
        o.id: o.code
        for o in ServiceOrder.select(ServiceOrder.id, ServiceOrder.code).where(
            ServiceOrder.id.in_(order_ids or [0])
        )
    }
    found = []
    for i in ids:
        if i not in docs:
            continue
        line_views = tuple(_line(m, parts[m.part_id]) for m in moves.get(i, []))
        source, target = firsts.get(i, (None, None))
        found.append(
            _view(
                docs[i],
                line_views,
                totals.get(i, (0, 0, None)),
                source,
                target,
                names,
                people,
                reversed_by,
                codes,
                orders,
            )
        )
    return found


def _totals(ids: list[int]) -> dict[int, tuple[int, int, int | None]]:
    """Per document: quantity, cost (1/10000 yuan) and price (cents, None without prices)."""
    price = PartMove.quantity * PartMove.unit_price
    query = (
        PartMove.select(
            PartMove.document,
            pw.fn.SUM(PartMove.quantity),
            pw.fn.SUM(PartMove.quantity * PartMove.unit_cost),
            pw.fn.SUM(price).coerce(False),
        )
        .where(PartMove.document.in_(ids))
        .group_by(PartMove.document)
        .tuples()
    )
    return {d: (int(q or 0), int(c or 0), None if p is None else int(p)) for d, q, c, p in query}


def _place(kind: str, place_id: int | None) -> Place:
    return Place(PlaceKind(kind), place_id)


def _view(
    d: PartDocument,
    line_views: tuple[LineView, ...],
    totals: tuple[int, int, int | None],
    source: Place | None,
    target: Place | None,
    names: dict[Place, str],
    people: dict[int, str],
    reversed_by: dict[int, str],
    codes: dict[int, str],
    orders: dict[int, str],
) -> DocumentView:
    quantity, cost, price = totals
    return DocumentView(
        id=d.id,
        code=d.code,
        kind=DocKind(d.kind),
        doc_date=_as_date(d.doc_date),
        source=source,
        target=target,
        source_name=names.get(source, "") if source else "",
        target_name=names.get(target, "") if target else "",
        technician_id=d.technician_id,
        supplier=d.supplier,
        service_order_id=d.service_order_id,
        service_order_code=orders.get(d.service_order_id, "") if d.service_order_id else "",
        scrap_type=d.scrap_type,
        scrap_handler=d.scrap_handler,
        reverses_id=d.reverses_id,
        reverses_code=codes.get(d.reverses_id, "") if d.reverses_id else "",
        reversed_by_code=reversed_by.get(d.id, ""),
        note=d.note,
        state=DocState(d.state),
        audited_by=people.get(d.audited_by_id, "") if d.audited_by_id else "",
        audited_at=as_datetime(d.audited_at) if d.audited_at is not None else None,
        created_by=people.get(d.created_by_id, "") if d.created_by_id else "",
        created_at=as_datetime(d.created_at),
        lines=line_views,
        total_quantity=quantity,
        total_cost=cost_of(cost).quantize(CENT),
        total_price=None if price is None else Decimal(price).scaleb(-2).quantize(CENT),
        version=d.version,
    )


def _line(m: PartMove, part: Part) -> LineView:
    unit_price = m.unit_price
    return LineView(
        line=m.line,
        part_id=m.part_id,
        part_code=part.code,
        part_name=part.name,
        spec=part.spec,
        unit=part.unit,
        quantity=m.quantity,
        source=_place(m.from_kind, m.from_id),
        target=_place(m.to_kind, m.to_id),
        unit_cost=cost_of(m.unit_cost),
        cost=(cost_of(m.unit_cost) * m.quantity).quantize(CENT),
        unit_price=unit_price,
        price=None if unit_price is None else (unit_price * m.quantity).quantize(CENT),
        counted=m.counted,
    )


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
