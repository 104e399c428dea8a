"""The parts catalogue in an Excel workbook (.xlsx): one row per part under Chinese headers, the
product models a part fits in one cell separated by "、". ``write_parts`` writes what the parts
export service reads; ``part_rows`` reads a sheet (``customer_import.read_sheet``: header row
found below title rows, blank and total rows skipped) back into ``PartRow`` values with what is
wrong with each cell, for the import service to check and store. No Qt, no services.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from yuntian.exports.customer_import import SheetData, normalize_header
from yuntian.exports.customer_import_rows import RowIssue
from yuntian.exports.import_cells import cell_text, yes_no
from yuntian.exports.xlsx_writer import CancelCheck, Column, ProgressCallback, write_xlsx
from yuntian.i18n_marker import QT_TRANSLATE_NOOP

PART_IMPORT = "PartImport"
SHEET_TITLE = "维修备件"
FIT_SEPARATOR = "、"
YES = "是"

# field -> column as the export writes it (the importer also takes the aliases below)
COLUMNS: dict[str, Column] = {
    "code": Column("编码", 12, text=True),
    "name": Column("名称", 24),
    "spec": Column("规格型号", 18),
    "unit": Column("单位", 6),
    "category": Column("类别", 12),
    "cost_price": Column("成本价", 10),
    "sale_price": Column("销售价", 10),
    "safety_stock": Column("安全库存", 9),
    "reorder_min": Column("补货下限", 9),
    "reorder_max": Column("补货上限", 9),
    "supplier": Column("供应商", 18),
    "barcode": Column("条码", 16, text=True),
    "fits": Column("适用机型", 30),
    "notes": Column("备注", 24),
    "inactive": Column("停用", 6),
}
HEADERS = {key: column.header for key, column in COLUMNS.items()}
_ALIASES = {
    "code": "编号 备件编码 备件编号 代码 code",
    "name": "备件名称 品名 name",
    "spec": "规格 型号 规格型号 spec specification",
    "unit": "计量单位 unit",
    "category": "分类 备件类别 category",
    "cost_price": "成本 进价 采购价 cost",
    "sale_price": "售价 零售价 价格 price",
    "safety_stock": "安全库存量",
    "reorder_min": "最低库存 库存下限",
    "reorder_max": "最高库存 库存上限",
    "supplier": "供货商 supplier",
    "barcode": "条形码 barcode",
    "fits": "适用型号 适用产品 机型",
    "notes": "说明 notes note",
    "inactive": "已停用 inactive",
}
_BY_HEADER: dict[str, str] = {}
for _key, _words in _ALIASES.items():
    for _word in [HEADERS[_key], *_words.split()]:
        _BY_HEADER[normalize_header(_word)] = _key
_FIT_SPLIT = re.compile(r"[、，,；;\n]")

NO_NAME_COLUMN = QT_TRANSLATE_NOOP("PartImport", "No column is headed 名称 (the part's name).")
NOT_AMOUNT = QT_TRANSLATE_NOOP("PartImport", "'{value}' is not an amount in yuan.")
NOT_WHOLE = QT_TRANSLATE_NOOP("PartImport", "'{value}' is not a whole number.")


@dataclass(frozen=True)
class PartRow:
    """One data row, its cells as values the catalogue's rules take."""

    row: int  # the row number Excel shows
    code: str = ""
    name: str = ""
    spec: str = ""
    unit: str = ""
    category: str = ""
    cost_price: Decimal | None = None
    sale_price: Decimal | None = None
    safety_stock: int = 0
    reorder_min: int = 0
    reorder_max: int = 0
    supplier: str = ""
    barcode: str = ""
    fits: tuple[str, ...] = ()  # product model names as written
    notes: str = ""
    inactive: bool = False
    issues: tuple[RowIssue, ...] = ()  # found while reading the cells
    columns: dict[str, str] = field(default_factory=dict)  # field -> header in the file


def write_parts(
    path: str | Path,
    rows: Iterable[Sequence[object]],
    total: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """One row per part, each a sequence of cells in ``COLUMNS`` order (fits already joined,
    inactive a bool); returns how many were written."""
    return write_xlsx(path, SHEET_TITLE, list(COLUMNS.values()), [rows], total, _cells,
                      progress=progress, cancelled=cancelled)  # fmt: skip


def _cells(line: Sequence[object]) -> list[object]:
    cells = list(line)
    cells[-1] = YES if cells[-1] else ""
    return [float(c) if isinstance(c, Decimal) else c for c in cells]


def column_keys(headers: Sequence[str]) -> list[str]:
    """The field of each column ("" for one not imported); the first column of a field wins."""
    seen: set[str] = set()
    keys = []
    for header in headers:
        key = _BY_HEADER.get(normalize_header(header), "")
        keys.append("" if key in seen else key)
        seen.add(key)
    return keys


def part_rows(data: SheetData) -> list[PartRow]:
    """The sheet's rows as parts. ValueError(NO_NAME_COLUMN) when no column holds names."""
    keys = column_keys(data.headers)
    if "name" not in keys:
        raise ValueError(NO_NAME_COLUMN)
    columns = {key: data.headers[i] for i, key in enumerate(keys) if key}
    rows = []
    for sheet_row in data.rows:
        values: dict[str, object] = {}
        issues: list[RowIssue] = []
        for i, key in enumerate(keys):
            if not key or i >= len(sheet_row.values):
                continue
            value = sheet_row.values[i]
            where = (sheet_row.number, columns[key])
            if key in ("cost_price", "sale_price"):
                values[key] = _amount(value, where, issues)
            elif key in ("safety_stock", "reorder_min", "reorder_max"):
                values[key] = _whole(value, where, issues)
            elif key == "fits":
                names = (unicodedata.normalize("NFKC", p).strip() for p in
                         _FIT_SPLIT.split(cell_text(value)))  # fmt: skip
                values[key] = tuple(dict.fromkeys(n for n in names if n))
            elif key == "inactive":
                flag, problem = yes_no(value)
                values[key] = flag
                if problem is not None:
                    issues.append(RowIssue(*where, problem.template, problem.params))
            else:
                values[key] = cell_text(value)
        rows.append(PartRow(sheet_row.number, **values, issues=tuple(issues), columns=columns))  # type: ignore[arg-type]
    return rows


def _amount(value: object, where: tuple[int, str], issues: list[RowIssue]) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool | dt.date | dt.time):
        issues.append(
            RowIssue(*where, NOT_AMOUNT, {"value": cell_text(value)}, context=PART_IMPORT)
        )
        return None
    if isinstance(value, float):
        text = repr(round(value, 6))
    else:
        text = unicodedata.normalize("NFKC", cell_text(value)).translate(_NOT_PART)
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        issues.append(
            RowIssue(*where, NOT_AMOUNT, {"value": cell_text(value)}, context=PART_IMPORT)
        )
        return None
    return amount


_NOT_PART = str.maketrans("", "", ",，¥￥ 元")


def _whole(value: object, where: tuple[int, str], issues: list[RowIssue]) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = unicodedata.normalize("NFKC", cell_text(value)).replace(",", "")
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.0+)?", text):
        return int(Decimal(text))
    issues.append(RowIssue(*where, NOT_WHOLE, {"value": cell_text(value)}, context=PART_IMPORT))
    return 0
