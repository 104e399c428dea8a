"""Reading part documents into DocumentView (inside the caller's transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

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


def views(ids: Sequence[int]) -> list[DocumentView]:
    """The documents with these ids in that order (ids that no longer exist left out)."""
    docs: dict[int, PartDocument] = {}
    moves: dict[int, list[PartMove]] = {}
    for part in chunks(list(ids)):
        docs |= {d.id: d for d in PartDocument.select().where(PartDocument.id.in_(list(part)))}
        for m in (
            PartMove.select()
            .where(PartMove.document.in_(list(part)))
            .order_by(PartMove.document, PartMove.line)
        ):
            moves.setdefault(m.document_id, []).append(m)
    part_ids = {m.part_id for lines in moves.values() for m in lines}
    parts = {
        p.id: p
        for chunk in chunks(sorted(part_ids))
        for p in Part.select(Part.id, Part.code, Part.name, Part.spec, Part.unit).where(
            Part.id.in_(list(chunk))
        )
    }
    places = [
        place
        for lines in moves.values()
        for m in lines
        for place in (_place(m.from_kind, m.from_id), _place(m.to_kind, m.to_id))
    ]
    names = place_names(places)
    people = user_names(
        [d.created_by_id for d in docs.values()] + [d.audited_by_id for d in docs.values()]
    )
    linked = {d.reverses_id for d in docs.values() if d.reverses_id} | {
        d.service_order_id for d in docs.values() if d.service_order_id
    }
    reversed_by = {
        r.reverses_id: r.code
        for r in PartDocument.select(PartDocument.code, PartDocument.reverses).where(
            PartDocument.reverses.in_(list(docs) or [0])
        )
    }
    codes = {
        d.id: d.code
        for d in PartDocument.select(PartDocument.id, PartDocument.code).where(
            PartDocument.id.in_(list(linked) or [0])
        )
    }
    orders = {
        o.id: o.code
        for o in ServiceOrder.select(ServiceOrder.id, ServiceOrder.code).where(
            ServiceOrder.id.in_(
                [d.service_order_id for d in docs.values() if d.service_order_id] or [0]
            )
        )
    }
    return [
        _view(docs[i], moves.get(i, []), parts, names, people, reversed_by, codes, orders)
        for i in ids
        if i in docs
    ]


def _place(kind: str, place_id: int | None) -> Place:
    return Place(PlaceKind(kind), place_id)


def _view(
    d: PartDocument,
    lines: list[PartMove],
    parts: dict[int, Part],
    names: dict[Place, str],
    people: dict[int, str],
    reversed_by: dict[int, str],
    codes: dict[int, str],
    orders: dict[int, str],
) -> DocumentView:
    line_views = tuple(_line(m, parts[m.part_id]) for m in lines)
    source = line_views[0].source if line_views else None
    target = line_views[0].target if line_views else None
    priced = [v.price for v in line_views if v.price is not None]
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
        total_quantity=sum(v.quantity for v in line_views),
        total_cost=sum((v.cost for v in line_views), Decimal("0.00")),
        total_price=sum(priced, Decimal("0.00")) if priced else None,
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
