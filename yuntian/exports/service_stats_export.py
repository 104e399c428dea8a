"""Writing service statistics (售后服务统计) to an Excel workbook (.xlsx): a title row (period,
grouping), the header, a row per group and a bold total row; shares are numbers shown as
percentages (0.125 shown as 12.5%), fees numbers in yuan with two decimals, so the sheet can be
summed and charted. No Qt here; the words are Chinese like the other exports.

A few dozen rows at most, so a normal workbook in memory, as ``sale_stats_export``.
"""

from __future__ import annotations

import contextlib
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from yuntian.exports.xlsx_writer import Column

if TYPE_CHECKING:  # the statistics service imports this module
    from yuntian.services.statistics.service_stats import ServiceStats

SHEET_TITLE = "售后服务统计"
MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
NONE_LABEL = "（无）"
TOTAL_LABEL = "合计"
GROUPING_TEXT = {
    "state": "按状态",
    "type": "按服务类型",
    "technician": "按维修人员",
    "operator": "按接线员",
    "warranty": "按保修",
    "month": "按月",
}
KEY_HEADER = {
    "state": "状态",
    "type": "服务类型",
    "technician": "维修人员",
    "operator": "接线员",
    "warranty": "保修",
    "month": "月份",
}
# The trade's words, whatever the language of the screen (as the dispatch slip prints them).
STATE_WORDS = {
    "pending": "待处理",
    "dispatched": "已出单派工",
    "completed": "售后完成",
    "audited": "审核完成",
    "cancelled": "已取消",
}
WARRANTY_WORDS = {"in": "保内", "out": "保外", "unknown": "不明"}
FIGURES: tuple[Column, ...] = (
    Column("单数", 10, number_format=COUNT_FORMAT),
    Column("单数占比", 10, number_format=PERCENT_FORMAT),
    Column("材料费", 14, number_format=MONEY_FORMAT),
    Column("服务费", 14, number_format=MONEY_FORMAT),
    Column("交通费", 14, number_format=MONEY_FORMAT),
    Column("费用合计", 16, number_format=MONEY_FORMAT),
    Column("费用占比", 10, number_format=PERCENT_FORMAT),
)
NOTE = "费用只来自售后完成和审核完成的服务单；占比为占本期服务单数和费用合计的百分比。"
TECHNICIAN_NOTE = "两名维修人员的服务单各计一次，故各行之和可大于合计；合计为本期服务单数。"


def title_text(stats: ServiceStats) -> str:
    """ "售后服务统计  2026-01-01 至 2026-12-31  按状态"."""
    period = f"{stats.date_from.isoformat()} 至 {stats.date_to.isoformat()}"
    return "  ".join((SHEET_TITLE, period, GROUPING_TEXT[stats.grouping]))


def row_label(grouping: str, key: str, label: str) -> str:
    """A row's words: states and warranties in Chinese, "（无）" for no type / person."""
    if grouping == "state":
        return STATE_WORDS.get(key, key)
    if grouping == "warranty":
        return WARRANTY_WORDS.get(key, key)
    return label or NONE_LABEL


def write_service_stats(path: str | Path, stats: ServiceStats) -> None:
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    bold = Font(bold=True)
    sheet.append([title_text(stats)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([KEY_HEADER[stats.grouping], *(c.header for c in FIGURES)])
    for cell in sheet[2]:
        cell.font = bold
    sheet.freeze_panes = "B3"
    labels = [row_label(stats.grouping, r.key, r.label) for r in stats.rows]
    first_width = max([14, *(_width(text) for text in labels)])
    for index, width in enumerate([first_width, *(c.width for c in FIGURES)], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    for label, r in zip(labels, stats.rows, strict=True):
        figures = (
            r.count,
            _fraction(r.count_share),
            r.fee_parts,
            r.fee_service,
            r.fee_transport,
            r.fee_total,
            _fraction(r.fee_share),
        )
        _append(sheet, label, figures)
    t = stats.total
    whole = 1 if t.count else 0
    figures = (
        t.count,
        whole,
        t.fee_parts,
        t.fee_service,
        t.fee_transport,
        t.fee_total,
        1 if t.fee_total else 0,
    )
    _append(sheet, TOTAL_LABEL, figures)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    sheet.append([])
    sheet.append([NOTE])
    if stats.grouping == "technician":
        sheet.append([TECHNICIAN_NOTE])

    temporary = path.with_name(f".{path.name}.part")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _fraction(percent: Decimal) -> Decimal:
    """12.5 (percent) as 0.125: Excel's percent format multiplies by a hundred."""
    return percent / 100


def _append(sheet, label: str, figures: tuple[object, ...]) -> None:
    sheet.append([label, *figures])
    for cell, column in zip(sheet[sheet.max_row][1:], FIGURES, strict=True):
        cell.number_format = column.number_format


def _width(text: str) -> float:
    """Excel's width units: a CJK character takes about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2
