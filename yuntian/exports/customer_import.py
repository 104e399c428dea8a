"""Reading customers from an Excel workbook (.xlsx): sheets, header row, column mapping, rows.

The workbook is read once, in openpyxl's read-only mode, into a ``SheetData``: the header row
(found below title rows, blank rows skipped) and the data rows with their original cell values.
``auto_map`` proposes which customer field each column holds, from Chinese or English headers;
the person may correct the ``ColumnMapping``; ``import_rows`` turns the rows into ``ImportRow``
values for the import service, which validates and writes them. ``write_report`` saves the
rejected rows, as they were, with an error column. No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from yuntian.exports.customer_import_rows import ImportPhone, ImportRow, RowIssue
from yuntian.exports.import_cells import cell_text, phone_numbers, yes_no
from yuntian.exports.xlsx_writer import CancelCheck, ProgressCallback, save_workbook, text_row
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.user_errors import ServiceError

# field key -> English label (translated under "CustomerImport"); "" = column not imported
FIELDS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("CustomerImport", "(not imported)"),
    "name": QT_TRANSLATE_NOOP("CustomerImport", "Name"),
    "phone": QT_TRANSLATE_NOOP("CustomerImport", "Phone"),
    "fax": QT_TRANSLATE_NOOP("CustomerImport", "Fax"),
    "province": QT_TRANSLATE_NOOP("CustomerImport", "Province"),
    "city": QT_TRANSLATE_NOOP("CustomerImport", "City"),
    "district": QT_TRANSLATE_NOOP("CustomerImport", "District"),
    "street": QT_TRANSLATE_NOOP("CustomerImport", "Address"),
    "contact": QT_TRANSLATE_NOOP("CustomerImport", "Contact person"),
    "contact_phone": QT_TRANSLATE_NOOP("CustomerImport", "Contact's phone"),
    "email": QT_TRANSLATE_NOOP("CustomerImport", "E-mail"),
    "other_contact": QT_TRANSLATE_NOOP("CustomerImport", "QQ / WeChat"),
    "group": QT_TRANSLATE_NOOP("CustomerImport", "Customer group"),
    "salesperson": QT_TRANSLATE_NOOP("CustomerImport", "Salesperson"),
    "blacklisted": QT_TRANSLATE_NOOP("CustomerImport", "Blacklisted"),
    "blacklist_reason": QT_TRANSLATE_NOOP("CustomerImport", "Blacklist reason"),
    "notes": QT_TRANSLATE_NOOP("CustomerImport", "Notes"),
    "code": QT_TRANSLATE_NOOP("CustomerImport", "Old code (kept in the notes)"),
}
# Fields several columns may feed: each phone column adds numbers, notes are joined.
MULTI_FIELDS = frozenset({"phone", "fax", "notes", "code"})

# Normalised header -> field. Normalising folds width and case and drops spaces, digits,
# bracketed remarks and "required" stars, so "手机号码1", "*客户名称", "Phone (mobile)" match.
_EXACT: dict[str, str] = {}
for _field, _words in {
    "name": "姓名 客户名称 名称 客户 客户姓名 单位名称 公司名称 用户名称 户名 name customer "
    "customername fullname",
    "phone": "电话 手机 手机号 手机号码 联系电话 电话号码 固话 座机 固定电话 办公电话 家庭电话 "
    "移动电话 号码 联系方式 phone mobile tel telephone cellphone phonenumber mobilephone",
    "fax": "传真 传真号码 fax",
    "street": "地址 详细地址 街道 住址 联系地址 客户地址 家庭地址 单位地址 通讯地址 address street",
    "province": "省 省份 所在省 province",
    "city": "市 城市 所在城市 地市 city",
    "district": "区 区县 县区 区/县 县 district county",
    "contact": "联系人 联系人姓名 contact contactperson contactname",
    "contact_phone": "联系人电话 联系人手机 contactphone contactmobile",
    "email": "邮箱 电子邮件 电子邮箱 邮件 email e-mail mail",
    "other_contact": "qq 微信 wechat qq/微信 微信/qq 微信号 qq号 其他联系方式 其它联系方式 im",
    "group": "客户组 分组 组 客户分组 客户类别 客户类型 类别 group customergroup",
    "salesperson": "业务员 销售 销售员 归属业务员 负责人 业务人员 salesperson sales salesman",
    "blacklisted": "黑名单 blacklist blacklisted",
    "blacklist_reason": "黑名单原因 拉黑原因 blacklistreason",
    "notes": "备注 说明 备注说明 附注 note notes remark remarks comment comments",
    "code": "编号 客户编号 客户代码 代码 code customercode",
    "": "序号 行号 no no. #",
}.items():
    for _word in _words.split():
        _EXACT[_word] = _field

# Fallback when no exact word matches: the first rule whose words all occur in the header.
_CONTAINS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("联系人", "电话"), "contact_phone"),
    (("联系人", "手机"), "contact_phone"),
    (("联系人",), "contact"),
    (("黑名单", "原因"), "blacklist_reason"),
    (("黑名单",), "blacklisted"),
    (("传真",), "fax"),
    (("fax",), "fax"),
    (("手机",), "phone"),
    (("电话",), "phone"),
    (("phone",), "phone"),
    (("mobile",), "phone"),
    (("tel",), "phone"),
    (("邮",), "email"),
    (("mail",), "email"),
    (("地址",), "street"),
    (("address",), "street"),
    (("微信",), "other_contact"),
    (("qq",), "other_contact"),
    (("wechat",), "other_contact"),
    (("业务员",), "salesperson"),
    (("销售",), "salesperson"),
    (("备注",), "notes"),
    (("remark",), "notes"),
    (("note",), "notes"),
    (("组",), "group"),
    (("group",), "group"),
    (("省",), "province"),
    (("城市",), "city"),
    (("区县",), "district"),
    (("编号",), "code"),
    (("code",), "code"),
    (("名称",), "name"),
    (("姓名",), "name"),
    (("name",), "name"),
)
_BRACKETS = re.compile(r"\(.*?\)|\[.*?\]|<.*?>|【.*?】")
_NOISE = re.compile(r"[\s*:#_\d]+")
_TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "total", "sum")
_NUMBER_TYPES = (int, float)  # exactly: bool is an int subclass, and no phone number
_SCIENTIFIC_FORMAT = re.compile(r"[eE][+-]")  # "0.00E+00", "##0.0E+0"; not "General"
_HEADER_SCAN = 30  # header rows are looked for among the first non-blank rows

NO_NAME_COLUMN = QT_TRANSLATE_NOOP("CustomerImport", "No column holds the customers' names.")
FIELD_TWICE = QT_TRANSLATE_NOOP("CustomerImport", "'{field}' is chosen for more than one column.")


class ImportFileError(ServiceError):
    """The file cannot be read as a workbook, or the sheet does not exist."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "This file cannot be read as an Excel workbook (.xlsx): {detail}"
    )


OLD_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "'{file}' is not an .xlsx workbook: save it as .xlsx in Excel or WPS first."
)
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Errors", "The workbook has no sheet named '{sheet}'.")


class ReadCancelled(Exception):
    """Reading was cancelled (progress callback's cancel check said so)."""


class SheetRow(NamedTuple):  # a tuple: made 100,000 times while reading
    number: int  # the row number Excel shows
    values: tuple[object, ...]  # the cells as stored (numbers stay numbers)
    scientific: frozenset[int] = frozenset()  # columns of number cells shown as 1.38E+10


@dataclass(frozen=True)
class SheetData:
    path: Path
    sheet: str
    header_row: int  # the row number Excel shows; 0 when the sheet is empty
    headers: tuple[str, ...]  # one per column; a blank header is the column letter
    header_values: tuple[object, ...]  # the header row as stored, for the report
    rows: list[SheetRow]  # data rows: blank rows and total rows left out
    total_rows: tuple[int, ...] = ()  # "合计" rows that were skipped


@dataclass(frozen=True)
class ColumnMapping:
    """Which customer field each column of the sheet holds ("" = not imported)."""

    fields: tuple[str, ...]

    def field(self, column: int) -> str:
        return self.fields[column] if 0 <= column < len(self.fields) else ""

    def with_field(self, column: int, field_key: str) -> ColumnMapping:
        if field_key not in FIELDS:
            raise ValueError(f"unknown import field {field_key!r}")
        fields = list(self.fields) + [""] * (column + 1 - len(self.fields))
        fields[column] = field_key
        return ColumnMapping(tuple(fields))

    def columns(self, field_key: str) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f == field_key]

    def problems(self) -> list[tuple[str, dict[str, str]]]:
        """(template, params) of what stops an import: no name column, a field used twice."""
        found: list[tuple[str, dict[str, str]]] = []
        if "name" not in self.fields:
            found.append((NO_NAME_COLUMN, {}))
        for key in FIELDS:
            if key and key not in MULTI_FIELDS and len(self.columns(key)) > 1:
                found.append((FIELD_TWICE, {"field": FIELDS[key]}))
        return found


# --- reading ------------------------------------------------------------------------------


def list_sheets(path: str | Path) -> list[str]:
    workbook = _open(Path(path))
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> SheetData:
    """Read a sheet (default: the first). ``progress(rows_so_far, 0)`` is called now and then
    (the total is not known until the end); when ``cancelled()`` turns true, ReadCancelled
    is raised."""
    path = Path(path)
    workbook = _open(path)
    names = workbook.sheetnames
    where = f"{path.name}, sheet '{sheet or (names[0] if names else '')}'"
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ImportFileError(NO_SUCH_SHEET, sheet=sheet)
        # Some programs write a wrong used range; read what is really there. (Asking for the
        # row count first would parse a sheet without one twice, so progress has no total.)
        worksheet.reset_dimensions()
        rows = _read_rows(worksheet, progress, cancelled)
        return _sheet_data(path, worksheet.title, rows)
    except (KeyError, ValueError, TypeError, *_BROKEN_PACKAGE) as exc:
        raise ImportFileError(detail=f"{where}: {exc or type(exc).__name__}") from exc
    finally:
        workbook.close()


def _open(path: Path) -> Workbook:
    if path.suffix.lower() in (".xls", ".et", ".csv"):
        raise ImportFileError(OLD_FORMAT, file=path.name)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError, *_BROKEN_PACKAGE) as exc:
        raise ImportFileError(detail=f"{path.name}: {exc or type(exc).__name__}") from exc


# A workbook is a zip of XML files; damage inside shows as the zip's or the XML parser's error
# (ElementTree's ParseError and lxml's XMLSyntaxError are both SyntaxErrors): an XML character
# reference such as &#0;, a part cut short, a compressed stream that ends early.
_BROKEN_PACKAGE = (zipfile.BadZipFile, SyntaxError, zlib.error, EOFError)


def _read_rows(
    worksheet, progress: ProgressCallback | None, cancelled: CancelCheck | None
) -> list[SheetRow]:
    # Plain loops: this runs for every cell of a 100,000-row sheet.
    rows: list[SheetRow] = []
    no_columns: frozenset[int] = frozenset()
    for number, cells in enumerate(worksheet.iter_rows(), start=1):
        values = [cell.value for cell in cells]
        while values and not _filled(values[-1]):
            values.pop()
        if values:
            scientific = no_columns
            for i, value in enumerate(values):
                if (
                    value.__class__ in _NUMBER_TYPES
                    and value >= 1e9  # only phone-sized number cells matter
                    and _SCIENTIFIC_FORMAT.search(cells[i].number_format or "")
                ):
                    scientific = scientific | {i}
            rows.append(SheetRow(number, tuple(values), scientific))
        if number % 2000 == 0:
            if cancelled is not None and cancelled():
                raise ReadCancelled()
            if progress is not None:
                progress(number, 0)  # total unknown
    return rows


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _sheet_data(path: Path, title: str, rows: list[SheetRow]) -> SheetData:
    header_at = find_header(rows)
    if header_at is None:
        return SheetData(path, title, 0, (), (), [])
    header = rows[header_at]
    width = max((len(r.values) for r in rows[header_at:]), default=0)
    headers = tuple(
        cell_text(header.values[i]) if i < len(header.values) else "" for i in range(width)
    )
    headers = tuple(h or get_column_letter(i + 1) for i, h in enumerate(headers))
    data, totals = [], []
    for row in rows[header_at + 1 :]:
        if is_total_row(row.values):
            totals.append(row.number)
        else:
            data.append(row)
    return SheetData(path, title, header.number, headers, header.values, data, tuple(totals))


def find_header(rows: Sequence[SheetRow]) -> int | None:
    """Index of the header row: the first (of the first non-blank rows) with two or more
    known headers; else one naming the customer; else the first with two filled cells. A
    merged title row above it ("客户资料表") has one filled cell and is passed over."""
    scan = rows[:_HEADER_SCAN]
    if not scan:
        return None
    fields = [[guess_field(cell_text(v)) for v in row.values] for row in scan]
    for i, found in enumerate(fields):
        if sum(1 for f in found if f) >= 2:
            return i
    for i, found in enumerate(fields):
        if "name" in found:
            return i
    for i, row in enumerate(scan):
        if sum(1 for v in row.values if _filled(v)) >= 2:
            return i
    return 0


def is_total_row(values: Sequence[object]) -> bool:
    """A "合计" / "Total" line under the data: its first filled cell starts with such a word."""
    first = next((v for v in values if _filled(v)), None)
    if not isinstance(first, str):
        return False
    text = _NOISE.sub("", unicodedata.normalize("NFKC", first)).casefold()
    return any(text.startswith(word) for word in _TOTAL_WORDS)


# --- mapping ------------------------------------------------------------------------------


def normalize_header(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).casefold()
    text = _BRACKETS.sub("", text)
    return _NOISE.sub("", text).rstrip(".:")


def guess_field(header: str) -> str:
    """The field a header names, or "" when it names none we know."""
    text = normalize_header(header)
    if not text:
        return ""
    if text in _EXACT:
        return _EXACT[text]
    for words, key in _CONTAINS:
        if all(word in text for word in words):
            return key
    return ""


def auto_map(headers: Sequence[str]) -> ColumnMapping:
    """A field per header; a single-valued field goes to its first column only."""
    fields: list[str] = []
    for header in headers:
        key = guess_field(header)
        if key and key not in MULTI_FIELDS and key in fields:
            key = ""
        fields.append(key)
    return ColumnMapping(tuple(fields))


# --- rows -----------------------------------------------------------------------------------

_TEXT_FIELDS = (
    "name", "province", "city", "district", "street", "contact", "contact_phone", "email",
    "other_contact", "group", "salesperson", "blacklist_reason",
)  # fmt: skip


@dataclass
class _Plan:
    """Where each field's cells are, worked out once per mapping."""

    headers: Sequence[str]
    text: list[tuple[str, int]] = field(default_factory=list)
    phones: list[tuple[int, str]] = field(default_factory=list)  # column, kind
    notes: list[int] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)
    blacklisted: int | None = None
    columns: dict[str, str] = field(default_factory=dict)


def _plan(mapping: ColumnMapping, headers: Sequence[str]) -> _Plan:
    plan = _Plan(headers)
    for column, key in enumerate(mapping.fields[: len(headers)]):
        if not key:
            continue
        plan.columns.setdefault(key, headers[column])
        if key in ("phone", "fax"):
            plan.phones.append((column, "fax" if key == "fax" else ""))
        elif key == "notes":
            plan.notes.append(column)
        elif key == "code":
            plan.codes.append(column)
        elif key == "blacklisted":
            plan.blacklisted = column
        elif key in _TEXT_FIELDS:
            plan.text.append((key, column))
    return plan


def import_rows(
    data: SheetData, mapping: ColumnMapping, limit: int | None = None
) -> list[ImportRow]:
    """The data rows as ImportRow values (the first ``limit`` ones for a preview)."""
    plan = _plan(mapping, data.headers)
    rows = data.rows if limit is None else data.rows[:limit]
    return [_import_row(row, plan) for row in rows]


def _import_row(row: SheetRow, plan: _Plan) -> ImportRow:
    values = row.values
    if len(values) < len(plan.headers):  # trailing blank cells were not kept
        values = values + (None,) * (len(plan.headers) - len(values))
    fields: dict[str, object] = {key: cell_text(values[column]) for key, column in plan.text}
    issues: list[RowIssue] = []
    phones: list[ImportPhone] = []
    for column, kind in plan.phones:
        value = values[column]
        if value is None:
            continue
        header = plan.headers[column]
        found, problems = phone_numbers(value, column in row.scientific)
        phones += [ImportPhone(raw, header, kind) for raw in found]
        issues += [
            RowIssue(row.number, header, p.template, p.params, warning=p.warning) for p in problems
        ]
    notes = []
    for column in plan.codes:
        text = cell_text(values[column])
        if text:
            notes.append(f"{plan.headers[column]}: {text}")
    for column in plan.notes:
        text = cell_text(values[column])
        if text:
            notes.append(text)
    if plan.blacklisted is not None:
        flag, problem = yes_no(values[plan.blacklisted])
        fields["blacklisted"] = flag
        if problem is not None:
            header = plan.headers[plan.blacklisted]
            issues.append(RowIssue(row.number, header, problem.template, problem.params))
    return ImportRow(
        row=row.number,
        phones=tuple(phones),
        notes="\n".join(notes),
        issues=tuple(issues),
        columns=plan.columns,
        **fields,  # type: ignore[arg-type]
    )


# --- the report of rejected rows ------------------------------------------------------------

ERROR_HEADER = "错误/Error"


def write_report(
    path: str | Path,
    data: SheetData,
    errors: Mapping[int, Iterable[str]],
) -> int:
    """Save the rejected rows (row number -> error texts) as they were in the file, under the
    same header, with an error column; every text as text (a cell "=1+1" rejected stays the
    text it was). Returns how many rows were written."""
    wanted = {number: "; ".join(texts) for number, texts in errors.items()}
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(data.sheet[:31] or "Sheet1")
    width = len(data.headers)
    sheet.freeze_panes = "A2"
    header = list(data.header_values) + [None] * (width - len(data.header_values))
    sheet.append(text_row(sheet, [*header, ERROR_HEADER]))
    sheet.column_dimensions[get_column_letter(width + 1)].width = 60
    written = 0
    for row in data.rows:
        text = wanted.get(row.number)
        if text is None:
            continue
        cells = list(row.values) + [None] * (width - len(row.values))
        sheet.append(text_row(sheet, [*cells, text]))
        written += 1
    save_workbook(workbook, Path(path))
    return written
