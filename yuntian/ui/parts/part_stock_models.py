"""The stock views' table models: stock on hand (keyed pages of ``PartStockService.on_hand``)
and a part's movements (keyed pages of ``movements``, newest first); the words for places and
document kinds."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.parts.part_places import PLACE_LABELS
from yuntian.services.parts.part_stock_types import MoveKey, MovementRow, StockKey, StockRow
from yuntian.services.parts.part_types import DocKind, Place
from yuntian.ui.common.list_columns import KeyedListModel, day_number, number_day
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_COLOUR

StockFetch = Callable[[StockKey | None, int], list[StockRow]]
MoveFetch = Callable[[MoveKey | None, int], list[MovementRow]]

_KINDS = {
    DocKind.STOCK_IN: QT_TRANSLATE_NOOP("PartKinds", "Stock-in"),
    DocKind.ISSUE: QT_TRANSLATE_NOOP("PartKinds", "Issue"),
    DocKind.RETURN: QT_TRANSLATE_NOOP("PartKinds", "Return"),
    DocKind.TRANSFER: QT_TRANSLATE_NOOP("PartKinds", "Transfer"),
    DocKind.CONSUME: QT_TRANSLATE_NOOP("PartKinds", "Consumption"),
    DocKind.SCRAP: QT_TRANSLATE_NOOP("PartKinds", "Scrap"),
    DocKind.ADJUST: QT_TRANSLATE_NOOP("PartKinds", "Stocktake"),
    DocKind.REVERSE: QT_TRANSLATE_NOOP("PartKinds", "Reversal"),
}


def kind_label(kind: str) -> str:
    try:
        text = _KINDS[DocKind(kind)]
    except ValueError:
        return kind
    return QCoreApplication.translate("PartKinds", text)


def place_label(place: Place, name: str) -> str:
    """A place as shown: the store's or technician's name, an order's code, or the word for
    a supplier, scrap or a stocktake."""
    if place.kind in PLACE_LABELS:
        return QCoreApplication.translate("Parts", PLACE_LABELS[place.kind])
    return name


def quantity_text(quantity: int) -> str:
    return f"{quantity:,}"


def cost_text(amount: Decimal) -> str:
    """A unit cost: four places when it has them, else two."""
    return f"{amount:,.4f}" if amount != amount.quantize(Decimal("0.01")) else f"{amount:,.2f}"


# --- stock on hand --------------------------------------------------------------------------

CODE, NAME, SPEC, UNIT, CATEGORY, PLACE, QUANTITY, COST, VALUE, SAFETY, TOTAL = range(11)
STOCK_COLUMNS = 11


_STOCK_TITLES = (
    QT_TRANSLATE_NOOP("StockColumns", "Code"),
    QT_TRANSLATE_NOOP("StockColumns", "Part"),
    QT_TRANSLATE_NOOP("StockColumns", "Specification"),
    QT_TRANSLATE_NOOP("StockColumns", "Unit"),
    QT_TRANSLATE_NOOP("StockColumns", "Category"),
    QT_TRANSLATE_NOOP("StockColumns", "Place"),
    QT_TRANSLATE_NOOP("StockColumns", "On hand"),
    QT_TRANSLATE_NOOP("StockColumns", "Avg. cost"),
    QT_TRANSLATE_NOOP("StockColumns", "Value"),
    QT_TRANSLATE_NOOP("StockColumns", "Safety stock"),
    QT_TRANSLATE_NOOP("StockColumns", "All places"),
)


def stock_title(column: int) -> str:
    if not 0 <= column < len(_STOCK_TITLES):
        return ""
    return QCoreApplication.translate("StockColumns", _STOCK_TITLES[column])


class StockListModel(KeyedListModel):
    column_count = STOCK_COLUMNS
    right_columns = (QUANTITY, COST, VALUE, SAFETY, TOTAL)

    def _key_number(self, row: StockRow) -> int:
        return row.part_id

    def _make_key(self, number: int, row_id: int) -> StockKey:
        return StockKey(number, row_id)

    def _title(self, column: int) -> str:
        return stock_title(column)

    def _display(self, row: StockRow, column: int) -> str:
        values = (
            row.code, row.name, row.spec, row.unit, row.category,
            place_label(row.place, row.place_name), quantity_text(row.quantity),
            cost_text(row.unit_cost), yuan(row.value),
            quantity_text(row.safety_stock) if row.safety_stock else "",
            quantity_text(row.part_total),
        )  # fmt: skip
        return values[column]

    def _colour(self, row: StockRow, column: int) -> str | None:
        if column in (SAFETY, TOTAL) and row.below_safety:
            return ERROR_COLOUR
        if column == QUANTITY and row.quantity < 0:
            return ERROR_COLOUR
        return None

    def _tooltip(self, row: StockRow, column: int) -> str | None:
        if row.below_safety:
            return QCoreApplication.translate(
                "StockColumns", "Below safety stock: {total} of {safety} at every place"
            ).format(total=row.part_total, safety=row.safety_stock)
        return None


# --- a part's movements ---------------------------------------------------------------------

DATE, DOCUMENT, KIND, FROM, TO, MOVED, UNIT_COST, ORDER = range(8)
MOVE_COLUMNS = 8


_MOVE_TITLES = (
    QT_TRANSLATE_NOOP("MoveColumns", "Date"),
    QT_TRANSLATE_NOOP("MoveColumns", "Document"),
    QT_TRANSLATE_NOOP("MoveColumns", "Kind"),
    QT_TRANSLATE_NOOP("MoveColumns", "From"),
    QT_TRANSLATE_NOOP("MoveColumns", "To"),
    QT_TRANSLATE_NOOP("MoveColumns", "Quantity"),
    QT_TRANSLATE_NOOP("MoveColumns", "Unit cost"),
    QT_TRANSLATE_NOOP("MoveColumns", "Service order"),
)


def move_title(column: int) -> str:
    if not 0 <= column < len(_MOVE_TITLES):
        return ""
    return QCoreApplication.translate("MoveColumns", _MOVE_TITLES[column])


class MovementModel(KeyedListModel):
    column_count = MOVE_COLUMNS
    right_columns = (MOVED, UNIT_COST)

    def _key_number(self, row: MovementRow) -> int:
        return day_number(row.moved_on)

    def _make_key(self, number: int, row_id: int) -> MoveKey:
        return MoveKey(number_day(number), row_id)

    def _title(self, column: int) -> str:
        return move_title(column)

    def _display(self, row: MovementRow, column: int) -> str:
        values = (
            row.moved_on.isoformat(), row.document_code, kind_label(row.kind),
            place_label(row.source, row.source_name), place_label(row.target, row.target_name),
            quantity_text(row.quantity), cost_text(row.unit_cost), row.order_code,
        )  # fmt: skip
        return values[column]

    def _colour(self, row: MovementRow, column: int) -> str | None:
        return ERROR_COLOUR if column == KIND and row.kind == DocKind.REVERSE.value else None
