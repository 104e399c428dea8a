"""Writing a statistics table (购机统计, 售后服务统计) to an Excel workbook (.xlsx): a title row,
the header, a row per group, a bold total row and notes below. The caller hands in plain
words and figures (numbers stay numbers, formatted per column, so the sheet can be summed and
charted); nothing here knows what is counted. No Qt, no services.

A few hundred rows at most (a year by day), so a normal workbook in memory, not
``xlsx_writer``'s streaming one, which has no title row and cannot format single cells. It
follows the same conventions: ``Column`` headers and widths, the file written under a
temporary name and renamed at the end. Every text is written as text, by ``xlsx_writer``'s
rule: a label such as "=1+1" or "-张三" is never read by Excel as a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from yuntian.exports.xlsx_writer import Column, save_workbook, storable, text_cell

TITLE_GAP = "  "  # between the parts of the title row


def write_stats_table(
    path: str | Path,
    title: str,
    period_text: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    totals: Sequence[object],
    *,
    details: Sequence[str] = (),
    notes: Sequence[str] = (),
) -> None:
    """Write one sheet named ``title`` to ``path``.

    Row 1: ``title``, ``period_text`` and ``details`` ("按月", "业务员：王五"), in bold. Row 2:
    the headers of ``columns``, bold, frozen with the first column. Then ``rows`` and the bold
    ``totals`` row, each a label followed by one figure per further column, formatted with
    that column's ``number_format``; then an empty row and one row per note. The first
    column is at least its ``width`` and widened to fit the row labels."""
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    bold = Font(bold=True)
    _append(sheet, [TITLE_GAP.join((title, period_text, *details))])
    sheet["A1"].font = Font(bold=True, size=12)
    for cell in _append(sheet, [c.header for c in columns]):
        cell.font = bold
    sheet.freeze_panes = "B3"
    labels = [str(row[0]) for row in rows]
    widths = [max([columns[0].width, *map(_width, labels)]), *(c.width for c in columns[1:])]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    for row in rows:
        _append_figures(sheet, columns, row)
    for cell in _append_figures(sheet, columns, totals):
        cell.font = bold
    if notes:
        sheet.append([])
        for note in notes:
            _append(sheet, [note])

    save_workbook(workbook, path)


def _append(sheet: Worksheet, values: Sequence[object]) -> tuple[Cell, ...]:
    sheet.append([storable(value) for value in values])
    row = sheet.max_row  # not sheet[row]: that would add empty cells up to the widest row
    cells = tuple(sheet.cell(row=row, column=n) for n in range(1, len(values) + 1))
    for cell in cells:
        text_cell(cell)
    return cells


def _append_figures(
    sheet: Worksheet, columns: Sequence[Column], values: Sequence[object]
) -> tuple[Cell, ...]:
    cells = _append(sheet, values)
    for cell, column in zip(cells, columns, strict=True):
        if column.number_format:
            cell.number_format = column.number_format
    return cells


def _width(text: str) -> float:
    """Excel's width units: a CJK character takes about two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2
