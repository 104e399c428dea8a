"""Writing the customer list to an Excel workbook (.xlsx) with the export conventions of
``xlsx_writer``: codes and numbers as text, the entry time a real date-time cell. No Qt here.

Takes plain rows, one sequence of cells per customer in ``COLUMNS`` order (the customer export
service's ``ExportLine``); the service reads them and calls ``write_customers``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from yuntian.exports.xlsx_writer import CancelCheck, Column, ProgressCallback, write_xlsx

SHEET_TITLE = "客户资料"
YES = "是"

COLUMNS: tuple[Column, ...] = (
    Column("编号", 12, text=True),
    Column("客户名称", 22),
    Column("电话", 16, text=True),
    Column("其他电话", 28, text=True),
    Column("省份", 10),
    Column("城市", 10),
    Column("区县", 10),
    Column("详细地址", 36),
    Column("联系人", 10),
    Column("联系人电话", 16, text=True),
    Column("邮箱", 24),
    Column("QQ/微信", 18, text=True),
    Column("客户组", 12),
    Column("业务员", 10),
    Column("黑名单", 8),
    Column("黑名单原因", 20),
    Column("备注", 30),
    Column("录入人", 10),
    Column("录入时间", 18),
)
_BLACKLISTED = [c.header for c in COLUMNS].index("黑名单")  # a flag, written as 是 or blank


def write_customers(
    path: str | Path,
    chunks: Iterable[Iterable[Sequence[object]]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the rows to ``path``; returns how many were written."""
    return write_xlsx(path, SHEET_TITLE, COLUMNS, chunks, total, _cells,
                      progress=progress, cancelled=cancelled)  # fmt: skip


def _cells(line: Sequence[object]) -> list[object]:
    row = list(line)
    row[_BLACKLISTED] = YES if row[_BLACKLISTED] else ""
    return row
