"""The rules of part documents: limits, messages, where each kind of document may move
parts, and the checks of a document's places and lines (inside the caller's transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import peewee as pw

from yuntian.db.models import Part, PartDocument, PartMove, PartStock, PartStore, User
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.money import money
from yuntian.services.common.text import one_line
from yuntian.services.parts.part_types import (
    COST_PLACES,
    COST_SCALE,
    DocKind,
    DocumentFilter,
    LineInput,
    Place,
    PlaceKind,
)

MAX_LINES = 500
MAX_QUANTITY = 1_000_000
MAX_PAGE = 1000
NOTE_MAX = 2000
STORE_DOCS = (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.RETURN, DocKind.TRANSFER, DocKind.SCRAP)
# Where each kind of document may take parts from and put them (kinds of place).
ROUTES: dict[DocKind, tuple[tuple[PlaceKind, ...], tuple[PlaceKind, ...]]] = {
    DocKind.STOCK_IN: ((PlaceKind.SUPPLIER,), (PlaceKind.STORE,)),
    DocKind.ISSUE: ((PlaceKind.STORE,), (PlaceKind.TECH,)),
    DocKind.RETURN: ((PlaceKind.TECH,), (PlaceKind.STORE,)),
    DocKind.TRANSFER: ((PlaceKind.STORE, PlaceKind.TECH), (PlaceKind.STORE, PlaceKind.TECH)),
    DocKind.SCRAP: ((PlaceKind.STORE, PlaceKind.TECH), (PlaceKind.SCRAP,)),
    DocKind.CONSUME: ((PlaceKind.STORE, PlaceKind.TECH), (PlaceKind.ORDER,)),
}

NO_LINES = QT_TRANSLATE_NOOP("Errors", "A document needs at least one line.")
TOO_MANY_LINES = QT_TRANSLATE_NOOP("Errors", "A document holds at most {most} lines.")
BAD_QUANTITY = QT_TRANSLATE_NOOP(
    "Errors", "Line {line}: the quantity must be a whole number from 1 to {most}."
)
NO_PART = QT_TRANSLATE_NOOP("Errors", "Line {line}: this part no longer exists.")
INACTIVE_PART = QT_TRANSLATE_NOOP("Errors", "Line {line}: {part} is no longer in use.")
BAD_SOURCE = QT_TRANSLATE_NOOP("Errors", "Choose where the parts come from.")
BAD_TARGET = QT_TRANSLATE_NOOP("Errors", "Choose where the parts go.")
SAME_PLACE = QT_TRANSLATE_NOOP("Errors", "A transfer moves parts to another store or technician.")
NO_STORE = QT_TRANSLATE_NOOP("Errors", "This store no longer exists or is no longer in use.")
NO_TECHNICIAN = QT_TRANSLATE_NOOP("Errors", "This technician no longer exists or is disabled.")
NOT_STORE_DOC = QT_TRANSLATE_NOOP("Errors", "This kind of document is not made here.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Errors", "{code} has already been reversed by {by}.")
REVERSAL_OF_REVERSAL = QT_TRANSLATE_NOOP(
    "Errors", "{code} is a reversal; post the original document again instead of reversing it."
)
AUDITED = QT_TRANSLATE_NOOP("Errors", "{code} has been audited and can no longer be changed.")
ALREADY_AUDITED = QT_TRANSLATE_NOOP("Errors", "{code} has already been audited.")
NOT_AUDITED = QT_TRANSLATE_NOOP("Errors", "{code} has not been audited.")
NOTHING_COUNTED = QT_TRANSLATE_NOOP("Errors", "Enter at least one counted quantity.")
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "{part}: a counted quantity is a whole number from 0 up.")
NO_ORDER = QT_TRANSLATE_NOOP("Errors", "This service order no longer exists.")
BAD_COST = QT_TRANSLATE_NOOP(
    "Errors", "Line {line}: the unit cost is an amount from 0 with at most four decimal places."
)
MAX_COST = Decimal(100_000_000)


def check_route(kind: DocKind, source: Place | None, target: Place | None) -> None:
    """The places suit the kind of document and exist; a transfer goes somewhere else."""
    sources, targets = ROUTES[kind]
    check_place(source, sources, BAD_SOURCE)
    check_place(target, targets, BAD_TARGET)
    if source == target:
        raise ValidationError("target", SAME_PLACE)


def check_place(place: Place | None, kinds: tuple[PlaceKind, ...], message: str) -> None:
    field = "target" if message is BAD_TARGET else "source"
    if place is None or place.kind not in kinds:
        raise ValidationError(field, message)
    if place.kind is PlaceKind.STORE:
        store = PartStore.get_or_none(PartStore.id == place.id)
        if store is None or not store.active:
            raise ValidationError(field, NO_STORE)
    elif place.kind is PlaceKind.TECH:
        user = User.get_or_none(User.id == place.id)
        if user is None or not user.active:
            raise ValidationError(field, NO_TECHNICIAN)


def filtered(query: pw.ModelSelect, flt: DocumentFilter) -> pw.ModelSelect:
    if flt.kind is not None:
        query = query.where(PartDocument.kind == flt.kind.value)
    if flt.date_from is not None:
        query = query.where(PartDocument.doc_date >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(PartDocument.doc_date <= flt.date_to)
    if flt.technician_id is not None:
        query = query.where(PartDocument.technician == flt.technician_id)
    if flt.part_id is not None:
        query = query.where(
            PartDocument.id.in_(
                PartMove.select(PartMove.document).where(PartMove.part == flt.part_id)
            )
        )
    text = one_line(flt.text)
    if text:
        query = query.where(
            PartDocument.code.contains(text)
            | PartDocument.supplier.contains(text)
            | PartDocument.note.contains(text)
        )
    return query


def checked_parts(lines: Sequence[LineInput]) -> dict[int, Part]:
    if not lines:
        raise ValidationError("lines", NO_LINES)
    if len(lines) > MAX_LINES:
        raise ValidationError("lines", TOO_MANY_LINES, most=MAX_LINES)
    ids = {line.part_id for line in lines}
    parts = {p.id: p for p in Part.select().where(Part.id.in_(list(ids)))}
    for number, line in enumerate(lines, start=1):
        quantity = line.quantity
        if (
            not isinstance(quantity, int)
            or isinstance(quantity, bool)
            or not 1 <= quantity <= MAX_QUANTITY
        ):
            raise ValidationError("lines", BAD_QUANTITY, line=number, most=MAX_QUANTITY)
        part = parts.get(line.part_id)
        if part is None:
            raise ValidationError("lines", NO_PART, line=number)
        if not part.active:
            raise ValidationError("lines", INACTIVE_PART, line=number,
                                  part=f"{part.code} {part.name}")  # fmt: skip
    return parts


def unit_cost(number: int, line: LineInput, part: Part) -> int:
    """A stock-in line's cost per unit in 1/10000 yuan (typed to at most four places)."""
    cost = line.unit_cost if line.unit_cost is not None else (part.cost_price or Decimal(0))
    try:
        value = Decimal(cost)
        ok = value.is_finite() and 0 <= value < MAX_COST and value == value.quantize(COST_PLACES)
    except (ArithmeticError, TypeError, ValueError):
        ok = False
    if not ok:
        raise ValidationError("lines", BAD_COST, line=number)
    return int(value * COST_SCALE)


def unit_price(line: LineInput, part: Part) -> Decimal:
    price = line.unit_price if line.unit_price is not None else (part.sale_price or Decimal(0))
    return money("unit_price", price)


def technician_of(source: Place | None, target: Place | None) -> int | None:
    for place in (target, source):
        if place is not None and place.kind is PlaceKind.TECH:
            return place.id
    return None


def on_hand(part_id: int, place: Place) -> int:
    row = (
        PartStock.select(PartStock.quantity)
        .where(
            PartStock.part == part_id,
            PartStock.place_kind == place.kind.value,
            PartStock.place_id == place.id,
        )
        .first()
    )
    return int(row.quantity) if row else 0


def note(text: str) -> str:
    return text.strip()[:NOTE_MAX]
