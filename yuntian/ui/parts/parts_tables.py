"""Small tables of the stock views: parts used on orders (my parts, the service order, the
customer card), a technician's holdings, a part's stock per place. Rows drawn whole."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.parts.part_stock_types import Holding, PlaceStock, UsedLine
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.record_tables import history_table
from yuntian.ui.parts.part_stock_models import cost_text, place_label, quantity_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

_USED = (
    QT_TRANSLATE_NOOP("UsedParts", "Date"),
    QT_TRANSLATE_NOOP("UsedParts", "Service order"),
    QT_TRANSLATE_NOOP("UsedParts", "Customer"),
    QT_TRANSLATE_NOOP("UsedParts", "Part"),
    QT_TRANSLATE_NOOP("UsedParts", "Code"),
    QT_TRANSLATE_NOOP("UsedParts", "Quantity"),
    QT_TRANSLATE_NOOP("UsedParts", "Unit price"),
    QT_TRANSLATE_NOOP("UsedParts", "Amount"),
    QT_TRANSLATE_NOOP("UsedParts", "Taken from"),
)
_HELD = (
    QT_TRANSLATE_NOOP("UsedParts", "Code"),
    QT_TRANSLATE_NOOP("UsedParts", "Part"),
    QT_TRANSLATE_NOOP("UsedParts", "Specification"),
    QT_TRANSLATE_NOOP("UsedParts", "On hand"),
    QT_TRANSLATE_NOOP("UsedParts", "Unit"),
    QT_TRANSLATE_NOOP("UsedParts", "Avg. cost"),
    QT_TRANSLATE_NOOP("UsedParts", "Value"),
)
_PLACES = (
    QT_TRANSLATE_NOOP("UsedParts", "Place"),
    QT_TRANSLATE_NOOP("UsedParts", "On hand"),
    QT_TRANSLATE_NOOP("UsedParts", "Value"),
)
# Which columns a table leaves out: the order's own view needs no order or customer.
USED_ON_ORDER = (1, 2)
USED_BY_CUSTOMER = (2,)
USED_BY_ME = (8,)


def _titles(texts: Sequence[str]) -> list[str]:
    return [QCoreApplication.translate("UsedParts", t) for t in texts]


def used_table(name: str, leave_out: Sequence[int] = ()) -> QTableWidget:
    table = history_table(name, _titles(_USED), stretch=3)
    for column in leave_out:
        table.setColumnHidden(column, True)
    return table


def money_or_blank(amount: Decimal | None) -> str:
    return "" if amount is None else yuan(amount)


def fill_used(table: QTableWidget, lines: Sequence[UsedLine]) -> None:
    fill_table(
        table,
        [
            [
                u.moved_on.isoformat(), u.order_code, u.customer_name,
                " ".join(p for p in (u.part_name, u.spec) if p), u.part_code,
                f"{quantity_text(u.quantity)} {u.unit}".strip(), money_or_blank(u.unit_price),
                money_or_blank(u.price), u.technician,
            ]
            for u in lines
        ],
        right=(5, 6, 7),
    )  # fmt: skip


def used_text(lines: Sequence[UsedLine]) -> str:
    """Parts used, one line each, as the order's completion record lists them."""
    return "\n".join(_used_line(u) for u in lines)


def _used_line(u: UsedLine) -> str:
    words = [u.part_code, u.part_name, u.spec, "×", f"{quantity_text(u.quantity)}{u.unit}"]
    if u.price is not None:
        words.append(f"¥{yuan(u.price)}")
    return " ".join(w for w in words if w)


def holdings_table(name: str) -> QTableWidget:
    return history_table(name, _titles(_HELD), stretch=1)


def fill_holdings(table: QTableWidget, parts: Sequence[Holding]) -> None:
    fill_table(
        table,
        [
            [
                h.code,
                h.name,
                h.spec,
                quantity_text(h.quantity),
                h.unit,
                cost_text(h.unit_cost),
                yuan(h.value),
            ]
            for h in parts
        ],
        right=(3, 5, 6),
    )


def places_table(name: str) -> QTableWidget:
    return history_table(name, _titles(_PLACES), stretch=0)


def fill_places(table: QTableWidget, places: Sequence[PlaceStock]) -> None:
    fill_table(
        table,
        [[place_label(p.place, p.name), quantity_text(p.quantity), yuan(p.value)] for p in places],
        right=(1, 2),
    )


def fill_table(table: QTableWidget, rows: list[list[str]], right: Sequence[int]) -> None:
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(number, column, item)
