"""Writing the customer list to an Excel workbook (.xlsx) with the export conventions of
``xlsx_writer``: codes and numbers as text, the entry time a real date-time cell. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from yuntian.exports.xlsx_writer import Column, write_xlsx
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_export_service import CustomerExportService, ExportLine
from yuntian.services.customers.customer_import_types import CancelCheck, ProgressCallback
from yuntian.services.customers.customer_types import CustomerFilter

SHEET_TITLE = "客户资料"
YES = "是"

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
    return write_xlsx(path, SHEET_TITLE, COLUMNS, chunks, total, _cells,
                      progress=progress, cancelled=cancelled)  # fmt: skip


def _cells(line: ExportLine) -> list[object]:
    row = list(line)
    row[_BLACKLISTED] = YES if row[_BLACKLISTED] else ""
    return row
