"""Messy customer workbooks, as shops really keep them, built with openpyxl for the import tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

HEADER = ("序号", "客户名称", "手机", "联系电话", "地址", "客户组", "业务员", "备注")
HEADER_ROW = 3

# Customers the database already holds before the messy workbook is imported.
EXISTING = (("老客户", "13100131000"), ("别人", "13000130000"))

# Row number (as Excel shows it) -> the import's verdict on that row.
GOOD_ROWS = (4, 5, 9, 13, 17, 18)
BAD_ROWS = (6, 8, 10, 11, 12, 14, 15, 16)
TOTAL_ROW = 20
GOOD_NAMES = ("张三", "李四", "钱七", "周九", "新客户", "王小二")

# Exactly what the report's error column says for each rejected row.
EXPECTED_ERRORS = {
    6: "Row 6, 手机: The number 1.37001E+10 is shown in scientific notation, so its last "
    "digits may have been lost. Format the column as text and check the number.",
    8: "Row 8, 手机: '1.38E+10' is in scientific notation: the last digits of the number are "
    "lost. Type the whole number into a cell formatted as text.",
    10: "Row 10, 客户名称: A customer needs a name.",
    11: "Row 11, 手机: '无' is not a phone number.",
    12: "Row 12, 手机: The same customer (name and number 138-0013-8000) is already in row 4.",
    14: "Row 14, 客户组: There is no customer group '不存在的组'.",
    15: "Row 15, 业务员: There is no active user 'nobody'.",
    16: "Row 16, 手机: The customer already exists: KH000001 老客户 has the number 13100131000.",
}
EXPECTED_WARNINGS = {
    13: "Row 13, 手机: The number 13800138000 is also in row 4 (张三).",
    17: "Row 17, 手机: The number 13000130000 already belongs to KH000002 别人.",
    18: "Row 18, 手机: Excel dropped the leading 0 of 1087654321 (a number cell); it was "
    "imported as 01087654321.",
}


def messy_workbook(path: Path) -> Path:
    """A merged title row above the header, blank rows, number cells (an int, a float, one in
    scientific format, a landline that lost its 0), scientific text, full-width digits, a
    missing name, a word where a number belongs, duplicates in the file and against
    EXISTING, an unknown group and salesperson, and a total row at the bottom."""
    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(["客户资料表"])  # row 1, merged across like a printed title
    sheet.merge_cells("A1:H1")
    sheet.append([])  # row 2
    sheet.append(list(HEADER))  # row 3
    rows = {
        4: [1, "张三", 13800138000, "010-62345678", "北京市海淀区中关村大街1号", "VIP客户",
            "system", "老客户"],
        5: [2, "李四", 13900139000.0, None, None, "普通客户", "系统管理员", None],
        6: [3, "王五", 13700137000, None, None, None, None, None],
        8: [4, "赵六", "1.38E+10", None, None, None, None, None],
        9: [5, "钱七", "１３６００１３６０００", None, None, None, None, None],
        10: [6, None, 13500135000, None, None, None, None, None],
        11: [7, "孙八", "无", None, None, None, None, None],
        12: [8, "张三", "138-0013-8000", None, None, None, None, None],
        13: [9, "周九", 13800138000, None, None, None, None, None],
        14: [10, "吴十", 13300133000, None, None, "不存在的组", None, None],
        15: [11, "郑十一", 13200132000, None, None, None, "nobody", None],
        16: [12, "老客户", 13100131000, None, None, None, None, None],
        17: [13, "新客户", "13000130000", None, None, None, None, None],
        18: [14, "王小二", 1087654321, None, None, None, None, dt.date(2024, 5, 1)],
        TOTAL_ROW: ["合计", None, None, None, None, None, None, "14户"],
    }  # fmt: skip
    for number in range(4, TOTAL_ROW + 1):
        sheet.append(rows.get(number, []))
    sheet["C6"].number_format = "0.00E+00"  # Excel shows 1.37E+10
    sheet.column_dimensions["C"].width = 8
    book.save(path)
    return path


def simple_workbook(path: Path, rows: list[list[object]], header=("客户名称", "手机")) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path
