"""Finding a part to put on a line (document editors, the completion dialog): by code or
barcode (exact or starting with), or by a piece of the name or specification; with what is
on hand at the place the line takes from. Every signed-in user may look parts up."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from yuntian.db.models import Part, PartStock, PartStore
from yuntian.db.transactions import reading
from yuntian.services.common.permissions import Actor
from yuntian.services.common.text import one_line
from yuntian.services.parts.part_types import Place

MAX_HITS = 50


@dataclass(frozen=True)
class PartChoice:
    id: int
    code: str
    name: str
    spec: str
    unit: str
    category: str
    cost_price: Decimal | None
    sale_price: Decimal | None
    on_hand: int | None  # at the place asked about; None when no place was given


class PartLookupService:
    def __init__(self, db: pw.Database) -> None:
        self._db = db

    def search(
        self, actor: Actor, text: str, *, at: Place | None = None, limit: int = 20
    ) -> list[PartChoice]:
        """Active parts matching ``text``: code or barcode equal first, then code starting
        with it, then name or specification containing it; by code within each."""
        del actor
        text = one_line(text)[:64]
        limit = max(1, min(limit, MAX_HITS))
        if not text:
            return []
        active = Part.active == True  # noqa: E712
        with reading(self._db):
            found: dict[int, Part] = {}
            for condition in (
                (Part.code == text) | (Part.barcode == text),
                Part.code.startswith(text),
                Part.name.contains(text) | Part.spec.contains(text),
            ):
                for p in Part.select().where(active, condition).order_by(Part.code).limit(limit):
                    found.setdefault(p.id, p)
                if len(found) >= limit:
                    break
            return self._choices(list(found.values())[:limit], at)

    def by_ids(self, actor: Actor, ids: list[int], *, at: Place | None = None) -> list[PartChoice]:
        """The parts of ``ids`` in that order (inactive ones too: an old line names them)."""
        del actor
        with reading(self._db):
            parts = {p.id: p for p in Part.select().where(Part.id.in_(ids or [0]))}
            return self._choices([parts[i] for i in ids if i in parts], at)

    def stores(self, actor: Actor) -> list[tuple[int, str]]:
        """(id, name) of the stores in use, in their order: where documents take and put."""
        del actor
        with reading(self._db):
            return [
                (s.id, s.name)
                for s in PartStore.select(PartStore.id, PartStore.name)
                .where(PartStore.active == True)  # noqa: E712
                .order_by(PartStore.sort, PartStore.id)
            ]

    def held(self, actor: Actor, place: Place, limit: int = 5000) -> list[PartChoice]:
        """The parts with stock (or a debt: below zero) at ``place``, by code: a stocktake's
        count sheet."""
        del actor
        with reading(self._db):
            ids = [
                s.part_id
                for s in PartStock.select(PartStock.part)
                .join(Part)
                .where(
                    PartStock.place_kind == place.kind.value,
                    PartStock.place_id == place.id,
                    PartStock.quantity != 0,
                )
                .order_by(Part.code)
                .limit(limit)
            ]
            parts = {p.id: p for p in Part.select().where(Part.id.in_(ids or [0]))}
            return self._choices([parts[i] for i in ids], place)

    @staticmethod
    def _choices(parts: list[Part], at: Place | None) -> list[PartChoice]:
        stock: dict[int, int] = {}
        if at is not None and parts:
            stock = {
                s.part_id: s.quantity
                for s in PartStock.select(PartStock.part, PartStock.quantity).where(
                    PartStock.part.in_([p.id for p in parts]),
                    PartStock.place_kind == at.kind.value,
                    PartStock.place_id == at.id,
                )
            }
        return [
            PartChoice(
                id=p.id,
                code=p.code,
                name=p.name,
                spec=p.spec,
                unit=p.unit,
                category=p.category,
                cost_price=p.cost_price,
                sale_price=p.sale_price,
                on_hand=None if at is None else stock.get(p.id, 0),
            )
            for p in parts
        ]
