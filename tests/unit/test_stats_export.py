"""The statistics exporter: plain rows in, a sheet with a title row, bold header and total, number
formats per column, notes; and every text cell stays text, never a formula."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from yuntian.exports.stats_export import write_stats_table
from yuntian.exports.xlsx_writer import Column

COLUMNS = (
    Column("名称", 14),
    Column("笔数", 10, number_format="#,##0"),
    Column("金额", 16, number_format="#,##0.00"),
)


def test_a_formula_like_label_lands_as_text(tmp_path):
    target = tmp_path / "统计.xlsx"
    rows = [
        ["=1+1", 1, Decimal("2.50")],
        ["+86 10 6234", 2, Decimal("0")],
        ["-张三", 3, Decimal("1")],
        ["@SUM(A1)", 4, Decimal("1")],
        ["普通", 5, Decimal("1")],
    ]
    write_stats_table(
        target, "统计", "2026-01-01 至 2026-12-31", COLUMNS, rows, ["合计", 15, Decimal("5.5")],
        details=["按月"], notes=["=HYPERLINK(\"x\")"],
    )  # fmt: skip

    sheet = openpyxl.load_workbook(target).active
    label = sheet["A3"]
    assert label.value == "=1+1" and label.data_type == "s"
    assert label.quotePrefix
    for cell in (sheet["A4"], sheet["A5"], sheet["A6"]):
        assert cell.data_type == "s" and cell.quotePrefix
    assert sheet["A7"].value == "普通" and not sheet["A7"].quotePrefix
    assert sheet["A10"].value == '=HYPERLINK("x")' and sheet["A10"].data_type == "s"
    # No cell anywhere is a formula.
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_title_header_rows_total_and_notes(tmp_path):
    target = tmp_path / "stats.xlsx"
    long_label = "很长的商品名称型号十个字"
    write_stats_table(
        target,
        "统计",
        "2026-01-01 至 2026-12-31",
        COLUMNS,
        [[long_label, 1, Decimal("1234.5")], ["（无）", 2, Decimal("0.1")]],
        ["合计", 3, Decimal("1234.6")],
        details=["按月", "业务员：王五"],
        notes=["说明一", "说明二"],
    )

    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "统计"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "统计  2026-01-01 至 2026-12-31  按月  业务员：王五"
    assert rows[1] == ["名称", "笔数", "金额"]
    assert rows[2] == [long_label, 1, 1234.5]
    assert rows[4] == ["合计", 3, 1234.6]
    assert rows[5] == [None, None, None]
    assert [rows[6][0], rows[7][0]] == ["说明一", "说明二"]
    assert sheet["A1"].font.bold and sheet["B2"].font.bold and sheet["C5"].font.bold
    assert not sheet["C3"].font.bold
    assert sheet["B3"].number_format == "#,##0" and sheet["C5"].number_format == "#,##0.00"
    assert sheet.freeze_panes == "B3"
    assert sheet.column_dimensions["A"].width == 2 * 12 + 2  # widened to the longest label
    assert sheet.column_dimensions["C"].width == 16
    assert not list(tmp_path.glob(".*.part"))
