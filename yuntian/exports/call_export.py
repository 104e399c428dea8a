"""Writing the call log to an Excel workbook (.xlsx), in openpyxl's write-only mode.

The same conventions as the customer export: numbers as text (Excel keeps the 0 of 010...),
times as real date-time cells, a frozen header row, the file written under a temporary name
and renamed at the end (a cancelled or failed export leaves nothing behind). A sheet holds at
most 1,048,576 rows; a longer log continues on further sheets. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from yuntian.exports.customer_export import TEXT_FORMAT, Column, ExportCancelled
from yuntian.services.call_types import CallRow
from yuntian.services.customer_import_types import CancelCheck, ProgressCallback

SHEET_TITLE = "来电日志"
SHEET_ROWS = 1_048_576  # Excel's limit, header included
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DIRECTION_TEXT = {"in": "来电", "out": "去电"}
PRIVACY_TEXT = {"private": "隐藏号码", "unavailable": "号码不可用", "anonymous": "匿名"}
YES = "是"

COLUMNS: tuple[Column, ...] = (
    Column("来电时间", 19),
    Column("线路", 6),
    Column("线路名称", 12),
    Column("方向", 6),
    Column("号码", 16, text=True),
    Column("标准号码", 16, text=True),
    Column("归属地", 14),
    Column("来电名称", 14),
    Column("客户编号", 12, text=True),
    Column("客户名称", 22),
    Column("接听时间", 19),
    Column("结束时间", 19),
    Column("通话时长(秒)", 10),
    Column("未接", 6),
    Column("接线员", 10),
    Column("工作站", 12),
    Column("录音", 30),
)
_DATETIME_COLUMNS = (0, 10, 11)


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
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    workbook = Workbook(write_only=True)
    sheet = _new_sheet(workbook, 1)
    sheets = [sheet]
    rows_on_sheet = 1
    written = 0
    if progress is not None:
        progress(0, total)
    try:
        for chunk in chunks:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            for call in chunk:
                if rows_on_sheet == SHEET_ROWS:
                    sheet = _new_sheet(workbook, len(sheets) + 1)
                    sheets.append(sheet)
                    rows_on_sheet = 1
                sheet.append(line_cells(call))
                rows_on_sheet += 1
                written += 1
            if progress is not None:
                progress(written, total)
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        # End the sheets' XML streams, or openpyxl's writer complains when they are collected.
        for open_sheet in sheets:
            with contextlib.suppress(Exception):
                open_sheet.close()
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return written


def _new_sheet(workbook: Workbook, number: int) -> WriteOnlyWorksheet:
    sheet = workbook.create_sheet(SHEET_TITLE if number == 1 else f"{SHEET_TITLE} ({number})")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.text:
            dimension.number_format = TEXT_FORMAT
        elif index - 1 in _DATETIME_COLUMNS:
            dimension.number_format = DATETIME_FORMAT
    sheet.append([c.header for c in COLUMNS])
    return sheet
