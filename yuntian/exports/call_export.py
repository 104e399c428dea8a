"""Writing the call log to an Excel workbook (.xlsx) with the export conventions of
``xlsx_writer``: numbers as text, times as real date-time cells, further sheets for a log
longer than a sheet holds. No Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from yuntian.exports import xlsx_writer
from yuntian.exports.xlsx_writer import (
    DATETIME_FORMAT,
    CancelCheck,
    Column,
    ProgressCallback,
    write_xlsx,
)

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


class CallLine(Protocol):
    """What a call log row gives the sheet (the call service's CallRow has these fields)."""

    @property
    def station(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def line_name(self) -> str: ...
    @property
    def direction(self) -> str: ...
    @property
    def raw_number(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def region(self) -> str: ...
    @property
    def network_name(self) -> str: ...
    @property
    def privacy(self) -> str: ...
    @property
    def customer_code(self) -> str: ...
    @property
    def customer_name(self) -> str: ...
    @property
    def ring_at(self) -> dt.datetime: ...
    @property
    def answered_at(self) -> dt.datetime | None: ...
    @property
    def ended_at(self) -> dt.datetime | None: ...
    @property
    def duration(self) -> int | None: ...
    @property
    def operator_name(self) -> str: ...
    @property
    def missed(self) -> bool: ...
    @property
    def recording(self) -> str: ...


def line_cells(row: CallLine) -> list[object]:
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
    chunks: Iterable[Iterable[CallLine]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the calls to ``path``; returns how many were written."""
    return write_xlsx(path, SHEET_TITLE, COLUMNS, chunks, total, line_cells,
                      progress=progress, cancelled=cancelled, sheet_rows=SHEET_ROWS)  # fmt: skip
