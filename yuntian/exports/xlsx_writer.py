"""Writing rows to an Excel workbook (.xlsx) in openpyxl's write-only mode, as every export does.

Columns formatted as text where asked (Excel neither turns 13800138000 into 1.38E+10 nor drops
the 0 of 010-62345678, and what is typed in later stays text too), a frozen header row, columns
wide enough to read, progress per chunk and a cancel check between chunks. A sheet holds at most
1,048,576 rows; more continue on further sheets. The file is written under a temporary name and
renamed at the end, so a cancelled or failed export leaves no half-written workbook behind.

Every text is written as text (``text_row``, ``text_cell``; every workbook the application
writes goes through them): openpyxl would store "=HYPERLINK(...)" as a live formula and
"#N/A" as an error, and Excel evaluates "+", "-" and "@" when such a cell is edited. No Qt here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

# The shapes of yuntian.services.common.progress, spelled here: exports sit below the services.
ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]  # True: stop at the next chunk

TEXT_FORMAT = "@"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
SHEET_ROWS = 1_048_576  # Excel's limit, header included
# What spreadsheets take as the start of a formula (OWASP "CSV injection": "=", "+", "-",
# "@", tab, CR), and the full-width forms Chinese input methods type: quoting is invisible.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_QUOTED_FIRST = frozenset(c for start in FORMULA_STARTS for c in start) | {"#"}  # "#N/A"

Item = TypeVar("Item")


@dataclass(frozen=True)
class Column:
    header: str  # Chinese, as the shop's staff read them; the importer maps them back
    width: float
    text: bool = False  # format the column as text (codes, numbers)
    number_format: str = ""  # another cell format (dates), where not text


class ExportCancelled(Exception):
    pass


def write_xlsx(
    path: str | Path,
    title: str,
    columns: Sequence[Column],
    chunks: Iterable[Iterable[Item]],
    total: int,
    cells: Callable[[Item], list[object]],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    sheet_rows: int = SHEET_ROWS,
) -> int:
    """Write a row of ``cells(item)`` for every item to ``path``, on sheets named ``title``,
    ``title (2)``, ...; returns how many rows were written. ExportCancelled when
    ``cancelled()`` says so between chunks."""
    path = Path(path)
    workbook = Workbook(write_only=True)
    sheets = [_new_sheet(workbook, title, columns)]
    rows_on_sheet = 1
    written = 0
    if progress is not None:
        progress(0, total)
    try:
        for chunk in chunks:
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            for item in chunk:
                if rows_on_sheet == sheet_rows:
                    name = f"{title} ({len(sheets) + 1})"
                    sheets.append(_new_sheet(workbook, name, columns))
                    rows_on_sheet = 1
                sheets[-1].append(text_row(sheets[-1], cells(item)))
                rows_on_sheet += 1
                written += 1
            if progress is not None:
                progress(written, total)
        save_workbook(workbook, path)
    except BaseException:
        _close_sheets(workbook)
        raise
    return written


def save_workbook(workbook: Workbook, path: Path) -> None:
    """Save under a temporary name, then rename: a failure leaves no half-written workbook.
    Unlike ``Workbook.save`` the zip is closed on failure too, so a full disk raises one
    OSError naming ``path``, not a second one when the half-closed zip is collected."""
    temporary = path.with_name(f".{path.name}.part")
    if not workbook.worksheets:
        workbook.create_sheet()  # as Workbook.save does: a workbook holds at least one sheet
    workbook.properties.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(workbook, archive).write_data()
        os.replace(temporary, path)
    except OSError as exc:
        _close_sheets(workbook)
        if exc.filename is None:  # a write inside the zip: name the file being written
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _close_sheets(workbook: Workbook) -> None:
    # End the sheets' XML streams, or openpyxl's writer complains when they are collected.
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def _new_sheet(workbook: Workbook, name: str, columns: Sequence[Column]) -> WriteOnlyWorksheet:
    sheet = workbook.create_sheet(name)
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.text:
            dimension.number_format = TEXT_FORMAT
        elif column.number_format:
            dimension.number_format = column.number_format
    sheet.append(text_row(sheet, [c.header for c in columns]))
    return sheet


def is_formula_like(value: object) -> bool:
    """A text that a spreadsheet would (or could, on editing) take for a formula or an error."""
    return (
        isinstance(value, str)
        and value[:1] in _QUOTED_FIRST
        and (value.startswith(FORMULA_STARTS) or value in ERROR_CODES)
    )


def text_cell(cell: Cell) -> None:
    """Keep a formula-like text cell text: stored as a string, and quote-prefixed (the mark
    Excel itself sets on text typed after an apostrophe) so editing does not evaluate it."""
    if is_formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def storable(value: object) -> object:
    """``value`` as a sheet can hold it: control characters other than tab, CR and LF (a
    caller-ID name or an imported cell may carry them) cannot be stored in the XML, and
    openpyxl refuses the whole row; each becomes U+FFFD, which shows that something was there."""
    if isinstance(value, str) and not value.isprintable():
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def text_row(sheet: WriteOnlyWorksheet, values: Sequence[object]) -> list[object]:
    """``values`` ready for a write-only ``sheet.append``: each formula-like text becomes a
    quote-prefixed text cell; the rest stay plain values (cheaper: one cell object per row)."""
    row = [storable(value) for value in values]
    for index, value in enumerate(row):
        if is_formula_like(value):
            cell = WriteOnlyCell(sheet, value)
            text_cell(cell)
            row[index] = cell
    return row
