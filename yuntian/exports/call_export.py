"""Writing the call log to an Excel workbook (.xlsx) with the export conventions of
``xlsx_writer``: numbers as text, times as real date-time cells, further sheets for a log
longer than a sheet holds. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from yuntian.exports import xlsx_writer
from yuntian.exports.xlsx_writer import DATETIME_FORMAT, Column, write_xlsx

if TYPE_CHECKING:  # the call service imports this module
    from yuntian.services.calls.call_types import CallRow
    from yuntian.services.customers.customer_import_types import CancelCheck, ProgressCallback

SHEET_TITLE = "来电日志"
SHEET_ROWS = xlsx_writer.SHEET_ROWS  # tests make it smaller
DIRECTION_TEXT = {"in": "来电", "out": "去电"}
PRIVACY_TEXT = {"private": "隐藏号码", "unavailable": "号码不可用", "anonymous": "匿名"}
YES = "是"

COLUMNS: tuple[Column, ...] = (
    Column("来电时间", 19, number_format=DATETIME_FORMAT),
    Column("线路", 6),
    Column("线路名称", 12),
    Column("方向", 6),
    Column("号码", 16, text=True),
    Column("标准号码", 16, text=True),
    Column("归属地", 14),
    Column("来电名称", 14),
    Column("客户编号", 12, text=True),
    Column("客户名称", 22),
    Column("接听时间", 19, number_format=DATETIME_FORMAT),
    Column("结束时间", 19, number_format=DATETIME_FORMAT),
    Column("通话时长(秒)", 10),
    Column("未接", 6),
    Column("接线员", 10),
    Column("工作站", 12),
    Column("录音", 30),
)


def line_cells(row: CallRow) -> list[object]:
    number = row.raw_number or PRIVACY_TEXT.get(row.privacy, "")
    return [
        row.ring_at,
        row.line,
        row.line_name,
        DIRECTION_TEXT.get(row.direction, row.direction),
        number,
        row.number,
        row.region,
        row.network_name,
        row.customer_code,
        row.customer_name,
        row.answered_at,
        row.ended_at,
        row.duration,
        YES if row.missed else "",
        row.operator_name,
        row.station,
        row.recording,
    ]


def write_calls(
    path: str | Path,
    chunks: Iterable[Iterable[CallRow]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the calls to ``path``; returns how many were written."""
    return write_xlsx(path, SHEET_TITLE, COLUMNS, chunks, total, line_cells,
                      progress=progress, cancelled=cancelled, sheet_rows=SHEET_ROWS)  # fmt: skip
