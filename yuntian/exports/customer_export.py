"""Writing the customer list to an Excel workbook (.xlsx), in openpyxl's write-only mode.

Codes and numbers are written as text (and their columns formatted as text), so Excel neither
turns 13800138000 into 1.38E+10 nor drops the 0 of 010-62345678; the entry time is a real
date-time cell; the header row is frozen and the columns are wide enough to read. The file is
written under a temporary name and renamed at the end, so a cancelled or failed export leaves
no half-written workbook behind. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from yuntian.services.customer_export_service import CustomerExportService, ExportLine
from yuntian.services.customer_import_types import CancelCheck, ProgressCallback
from yuntian.services.customer_types import CustomerFilter
from yuntian.services.permissions import Actor

SHEET_TITLE = "客户资料"
TEXT_FORMAT = "@"
YES = "是"


@dataclass(frozen=True)
class Column:
    header: str  # Chinese, as the shop's staff read them; the importer maps them back
    width: float
    text: bool = False  # format the column as text (codes, numbers)


# In ExportLine's order.
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
assert len(COLUMNS) == len(ExportLine._fields)
_BLACKLISTED = ExportLine._fields.index("blacklisted")


class ExportCancelled(Exception):
    pass


def export_customers(
    path: str | Path,
    service: CustomerExportService,
    actor: Actor,
    flt: CustomerFilter,
    sort: str = "code",
    descending: bool = False,
    search_text: str = "",
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the list (its filter and sort, or its search) to ``path``; returns the count of
    customers written. The service checks data.import_export."""
    source = service.customers(actor, flt, sort, descending, search_text)
    return write_workbook(path, source.lines, source.total, progress=progress, cancelled=cancelled)


def write_workbook(
    path: str | Path,
    chunks: Iterable[Iterable[ExportLine]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.text:
            dimension.number_format = TEXT_FORMAT  # what is typed in later stays text too
    sheet.append([c.header for c in COLUMNS])
    written = 0
    if progress is not None:
        progress(0, total)
    try:
        for chunk in chunks:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            for line in chunk:
                row = list(line)
                row[_BLACKLISTED] = YES if row[_BLACKLISTED] else ""
                sheet.append(row)
                written += 1
            if progress is not None:
                progress(written, total)
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        # End the sheet's XML stream, or openpyxl's writer complains when it is collected.
        with contextlib.suppress(Exception):
            sheet.close()
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return written
