"""Posting lines to the parts ledger, inside the caller's transaction. No permission checks:
the documents service decides what may be posted; this keeps stock on hand and the moving-
average cost true to the lines.

Every posting locks the rows of the parts it moves first, in id order (a no-op update: a row
lock on the servers, the write lock on SQLite), so that two PCs posting the same part queue
instead of both reading the same stock, and never deadlock. Stock on hand (``part_stock``)
changes only here, by the quantity of each line, as the line is written.

The moving-average cost changes only where parts come from or go back to a supplier:
a stock-in of q at cost c with Q on hand at average a gives (Q·a + q·c) / (Q + q) (c alone
when nothing, or less than nothing, was on hand); taking a stock-in back gives
(Q·a − q·c) / (Q − q) while something stays on hand. Every other line moves at the average
it finds. Costs are whole 1/10000 yuan, rounded half up.

The hot statements are built once (db/built_once.py): a 20-line document is some hundred
statements, and peewee builds one slower than SQLite runs it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import peewee as pw

from yuntian.db.built_once import Arg, BuiltOnce
from yuntian.db.models import Part, PartMove, PartStock, Setting
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError
from yuntian.services.parts.part_places import place_names
from yuntian.services.parts.part_types import Place, PlaceKind

NEGATIVE_STOCK_KEY = "parts_negative_stock"  # "1": documents may take stock below zero
NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "Errors",
    "Line {line}: only {on_hand} {unit} of {part} at {place}, {wanted} wanted.",
)


@dataclass(frozen=True)
class Move:
    """A line to post. ``unit_cost`` in 1/10000 yuan: given for lines from or back to a
    supplier, else None (the part's average)."""

    part_id: int
    quantity: int
    source: Place
    target: Place
    unit_cost: int | None = None
    unit_price: Decimal | None = None
    counted: int | None = None


_LOCK_PART = BuiltOnce(lambda: Part.update(avg_cost=Part.avg_cost).where(Part.id == Arg("part")))
_PART = BuiltOnce(
    lambda: (
        Part.select(Part.avg_cost, Part.code, Part.name, Part.unit)
        .where(Part.id == Arg("part"))
        .tuples()
    )
)
_SET_AVG = BuiltOnce(lambda: Part.update(avg_cost=Arg("avg")).where(Part.id == Arg("part")))
_ON_HAND_ALL = BuiltOnce(
    lambda: (
        PartStock.select(pw.fn.COALESCE(pw.fn.SUM(PartStock.quantity), 0))
        .where(PartStock.part == Arg("part"))
        .tuples()
    )
)
_ON_HAND = BuiltOnce(
    lambda: (
        PartStock.select(PartStock.quantity)
        .where(
            PartStock.part == Arg("part"),
            PartStock.place_kind == Arg("kind"),
            PartStock.place_id == Arg("place"),
        )
        .tuples()
    )
)
_ENSURE = BuiltOnce(
    lambda: PartStock.insert(
        part=Arg("part"), place_kind=Arg("kind"), place_id=Arg("place"), quantity=0
    ).on_conflict_ignore()
)
_ADD = BuiltOnce(
    lambda: PartStock.update(quantity=PartStock.quantity + Arg("delta")).where(
        PartStock.part == Arg("part"),
        PartStock.place_kind == Arg("kind"),
        PartStock.place_id == Arg("place"),
    )
)
_MOVE_FIELDS = (
    "document", "line", "part", "quantity", "from_kind", "from_id", "to_kind", "to_id",
    "unit_cost", "unit_price", "counted", "moved_on",
)  # fmt: skip
_INSERT_MOVE = BuiltOnce(lambda: PartMove.insert({f: Arg(f) for f in _MOVE_FIELDS}))


def negative_allowed() -> bool:
    row = Setting.get_or_none(Setting.key == NEGATIVE_STOCK_KEY)
    return row is not None and row.value == "1"


def post(
    db: pw.Database,
    document_id: int,
    moved_on: dt.date,
    moves: Sequence[Move],
    *,
    allow_negative: bool,
) -> None:
    """Write ``moves`` as lines 1.. of the document and move the stock; ValidationError
    (nothing kept: the caller's transaction) when a place holding stock has too little."""
    for part_id in sorted({m.part_id for m in moves}):
        _LOCK_PART.execute(db, part=part_id)
    for number, move in enumerate(moves, start=1):
        avg, code, name, unit = _PART.first(db, part=move.part_id)
        unit_cost = _cost(db, move, int(avg))
        if move.source.kind.holds_stock:
            _take(db, number, move, f"{code} {name}", unit, allow_negative)
        if move.target.kind.holds_stock:
            _change(db, move.part_id, move.target, move.quantity)
        price = move.unit_price
        _INSERT_MOVE.execute(
            db,
            document=document_id,
            line=number,
            part=move.part_id,
            quantity=move.quantity,
            from_kind=move.source.kind.value,
            from_id=move.source.id,
            to_kind=move.target.kind.value,
            to_id=move.target.id,
            unit_cost=unit_cost,
            unit_price=None if price is None else int((price * 100).to_integral_value()),
            counted=move.counted,
            moved_on=moved_on,
        )


def _cost(db: pw.Database, move: Move, avg: int) -> int:
    """The line's unit cost, updating the part's average for a supplier line."""
    supplied = move.source.kind is PlaceKind.SUPPLIER
    returned = move.target.kind is PlaceKind.SUPPLIER
    if not (supplied or returned):
        return avg
    cost = avg if move.unit_cost is None else move.unit_cost
    (on_hand,) = _ON_HAND_ALL.first(db, part=move.part_id)
    on_hand = int(on_hand)
    if supplied:
        new = cost if on_hand <= 0 else _divide(on_hand * avg + move.quantity * cost,
                                                on_hand + move.quantity)  # fmt: skip
    elif on_hand - move.quantity > 0:
        new = max(0, _divide(on_hand * avg - move.quantity * cost, on_hand - move.quantity))
    else:
        new = avg
    if new != avg:
        _SET_AVG.execute(db, avg=new, part=move.part_id)
    return cost


def _divide(numerator: int, denominator: int) -> int:
    """Rounded half up (away from zero for negatives)."""
    sign = -1 if numerator < 0 else 1
    return sign * ((2 * abs(numerator) + denominator) // (2 * denominator))


def _take(
    db: pw.Database, number: int, move: Move, part: str, unit: str, allow_negative: bool
) -> None:
    row = _ON_HAND.first(db, part=move.part_id, kind=move.source.kind.value, place=move.source.id)
    on_hand = int(row[0]) if row else 0
    if on_hand < move.quantity and not allow_negative:
        raise ValidationError(
            "lines",
            NOT_ENOUGH,
            line=number,
            on_hand=on_hand,
            unit=unit,
            part=part,
            place=place_names([move.source])[move.source],
            wanted=move.quantity,
        )
    _change(db, move.part_id, move.source, -move.quantity)


def _change(db: pw.Database, part_id: int, place: Place, delta: int) -> None:
    args = {"part": part_id, "kind": place.kind.value, "place": place.id}
    if not _ADD.execute(db, delta=delta, **args):
        _ENSURE.execute(db, **args)
        _ADD.execute(db, delta=delta, **args)
