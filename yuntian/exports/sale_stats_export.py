"""Writing purchase statistics (购机统计) to an Excel workbook (.xlsx): a title row (period,
grouping, filters), the header, a row per group and a bold total row; amounts are numbers in
yuan shown with two decimals, so the sheet can be summed and charted. No Qt here.

A few hundred rows at most (a year by day), so a normal workbook in memory, not
``xlsx_writer``'s streaming one, which has no title row and cannot format single cells. It
follows the same conventions: Chinese headers, columns wide enough, the file written under a
temporary name and renamed at the end.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from yuntian.exports.xlsx_writer import Column

if TYPE_CHECKING:  # the statistics service imports this module
    from yuntian.services.statistics.sale_stats import SaleStats

SHEET_TITLE = "购机统计"
MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
NONE_LABEL = "（无）"
TOTAL_LABEL = "合计"
GROUPING_TEXT = {
    "day": "按日",
    "month": "按月",
    "model": "按商品型号",
    "rep": "按业务员",
    "unit": "按销售单位",
}
KEY_HEADER = {
    "day": "日期",
    "month": "月份",
    "model": "商品名称型号",
    "rep": "业务员",
    "unit": "商品销售单位",
}
FIGURES: tuple[Column, ...] = (
    Column("笔数", 10, number_format=COUNT_FORMAT),
    Column("数量", 10, number_format=COUNT_FORMAT),
    Column("应收金额", 16, number_format=MONEY_FORMAT),
    Column("实收金额", 16, number_format=MONEY_FORMAT),
    Column("欠款金额", 16, number_format=MONEY_FORMAT),
)
NOTE = "实收金额含截至导出时这些购机记录的全部回款（退款为负）；欠款金额 = 应收金额 - 实收金额。"


def title_text(stats: SaleStats, rep_name: str = "", unit_name: str = "") -> str:
    """ "购机统计 2026-01-01 至 2026-12-31 按月 业务员：王五"."""
    parts = [
        SHEET_TITLE,
        f"{stats.date_from.isoformat()} 至 {stats.date_to.isoformat()}",
        GROUPING_TEXT[stats.grouping],
    ]
    if stats.salesperson_id is not None:
        parts.append(f"业务员：{rep_name}")
    if stats.sales_unit_id is not None:
        parts.append(f"商品销售单位：{unit_name}")
    return "  ".join(parts)


def write_sale_stats(
    path: str | Path, stats: SaleStats, *, rep_name: str = "", unit_name: str = ""
) -> None:
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    bold = Font(bold=True)
    sheet.append([title_text(stats, rep_name, unit_name)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([KEY_HEADER[stats.grouping], *(c.header for c in FIGURES)])
    for cell in sheet[2]:
        cell.font = bold
    sheet.freeze_panes = "B3"
    widths = [max(14, *(_width(r.label) for r in stats.rows))] if stats.rows else [14]
    for index, width in enumerate([*widths, *(c.width for c in FIGURES)], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    for row in stats.rows:
        figures = (row.count, row.quantity, row.receivable, row.received, row.outstanding)
        _append(sheet, row.label or NONE_LABEL, figures)
    t = stats.total
    _append(sheet, TOTAL_LABEL, (t.count, t.quantity, t.receivable, t.received, t.outstanding))
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    sheet.append([])
    sheet.append([NOTE])

    temporary = path.with_name(f".{path.name}.part")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _append(sheet, label: str, figures: tuple[object, ...]) -> None:
    sheet.append([label, *figures])
    for cell, column in zip(sheet[sheet.max_row][1:], FIGURES, strict=True):
        cell.number_format = column.number_format


def _width(text: str) -> float:
    """Excel's width units: a CJK character takes about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2
