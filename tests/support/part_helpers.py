"""Builders for the parts tests: parts straight into the catalogue table (the catalogue
service has its own tests), stores, and posting documents in one call."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from yuntian.db.models import Part, PartStore
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_types import (
    DocKind,
    DocumentInput,
    DocumentView,
    LineInput,
    Place,
)

D = Decimal


def part(code: str, name: str, *, cost: str = "10.00", price: str = "20.00", **fields) -> int:
    return Part.create(
        code=code,
        name=name,
        unit=fields.pop("unit", "个"),
        cost_price=D(cost),
        sale_price=D(price),
        created_at=dt.datetime(2026, 1, 1),
        **fields,
    ).id


def main_store() -> Place:
    return Place.store(PartStore.get(PartStore.name == "总仓库").id)


def store(name: str) -> Place:
    return Place.store(PartStore.create(name=name).id)


def post(
    services: Services,
    actor: Actor,
    kind: DocKind,
    source: Place | None,
    target: Place | None,
    *lines: tuple[int, int] | tuple[int, int, str],
    **fields: object,
) -> DocumentView:
    """Post a store document; each line is (part, quantity) or (part, quantity, unit cost)."""
    return services.part_documents.create(
        actor,
        DocumentInput(
            kind,
            source,
            target,
            tuple(LineInput(p, q, D(c[0]) if c else None) for p, q, *c in lines),
            **fields,
        ),
    )


def stock_in(services: Services, actor: Actor, *lines, place: Place | None = None, **fields):
    return post(services, actor, DocKind.STOCK_IN, None, place or main_store(), *lines, **fields)
