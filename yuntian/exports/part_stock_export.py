"""Writing stock on hand and the purchase list (采购单, from the reorder list) to Excel
workbooks with the conventions of ``xlsx_writer``: codes as text, quantities and money as
numbers. No Qt here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from yuntian.exports.xlsx_writer import CancelCheck, Column, ProgressCallback, write_xlsx

MONEY_FORMAT = "#,##0.00"
COST_FORMAT = "#,##0.0000"
STOCK_TITLE = "备件库存"
PURCHASE_TITLE = "采购单"

STOCK_COLUMNS: tuple[Column, ...] = (
    Column("备件编码", 14, text=True),
    Column("备件名称", 24),
    Column("规格型号", 18),
    Column("单位", 6),
    Column("分类", 12),
    Column("库存地点", 14),
    Column("在手数量", 10),
    Column("平均成本", 12, number_format=COST_FORMAT),
    Column("库存金额", 14, number_format=MONEY_FORMAT),
    Column("安全库存", 10),
    Column("全部库存", 10),
    Column("低于安全库存", 12),
)

PURCHASE_COLUMNS: tuple[Column, ...] = (
    Column("供应商", 20),
    Column("备件编码", 14, text=True),
    Column("备件名称", 24),
    Column("规格型号", 18),
    Column("单位", 6),
    Column("分类", 12),
    Column("现有库存", 10),
    Column("安全库存", 10),
    Column("最低库存", 10),
    Column("最高库存", 10),
    Column("建议采购数量", 12),
    Column("参考单价", 12, number_format=COST_FORMAT),
    Column("金额", 14, number_format=MONEY_FORMAT),
)


def write_stock(
    path: str | Path,
    chunks: Iterable[Sequence[Any]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Stock rows (``StockRow``) to ``path``; the rows written."""

    def cells(r: Any) -> list[object]:
        return [
            r.code, r.name, r.spec, r.unit, r.category, r.place_name, r.quantity,
            _number(r.unit_cost), _number(r.value), r.safety_stock, r.part_total,
            "是" if r.below_safety else "",
        ]  # fmt: skip

    return write_xlsx(path, STOCK_TITLE, STOCK_COLUMNS, chunks, total, cells,
                      progress=progress, cancelled=cancelled)  # fmt: skip


def write_purchase_list(path: str | Path, lines: Sequence[Any]) -> int:
    """Reorder lines (``ReorderLine``) to ``path`` as a purchase list, with a total row."""

    def cells(r: Any) -> list[object]:
        if r is None:  # the total
            amount = sum((line.amount for line in lines), Decimal("0.00"))
            count = sum(line.suggested for line in lines)
            return ["合计", "", "", "", "", "", None, None, None, None, count, None,
                    _number(amount)]  # fmt: skip
        return [
            r.supplier, r.code, r.name, r.spec, r.unit, r.category, r.on_hand, r.safety_stock,
            r.reorder_min, r.reorder_max, r.suggested, _number(r.unit_cost), _number(r.amount),
        ]  # fmt: skip

    items: list[Any] = [*lines, None] if lines else []
    written = write_xlsx(path, PURCHASE_TITLE, PURCHASE_COLUMNS, [items], len(items), cells)
    return written - (1 if lines else 0)


def _number(value: Decimal) -> float | int:
    """Money as a number cell (Excel keeps 15 digits: exact for any amount we hold)."""
    return int(value) if value == value.to_integral_value() else float(value)
