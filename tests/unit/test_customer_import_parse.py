"""Reading customer workbooks: header row, column mapping, cells Excel mangled, the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from tests.support.customer_workbooks import HEADER, HEADER_ROW, TOTAL_ROW, messy_workbook
from yuntian.exports.customer_import import (
    ERROR_HEADER,
    ColumnMapping,
    ImportFileError,
    SheetData,
    SheetRow,
    auto_map,
    guess_field,
    import_rows,
    list_sheets,
    read_sheet,
    write_report,
)
from yuntian.exports.import_cells import phone_numbers, yes_no


@pytest.fixture
def messy(tmp_path: Path) -> SheetData:
    return read_sheet(messy_workbook(tmp_path / "messy.xlsx"))


def test_the_header_is_found_below_a_merged_title_and_blank_rows(messy: SheetData):
    assert messy.sheet == "客户"
    assert messy.header_row == HEADER_ROW
    assert messy.headers == HEADER


def test_blank_rows_and_the_total_row_are_not_data(messy: SheetData):
    assert [r.number for r in messy.rows] == [4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    assert messy.total_rows == (TOTAL_ROW,)


def test_cells_keep_their_stored_types(messy: SheetData):
    first = messy.rows[0]
    assert first.values[:4] == (1, "张三", 13800138000, "010-62345678")
    assert messy.rows[1].values[2] == 13900139000.0
    # the number cell formatted as 0.00E+00 is flagged; other number cells are not
    assert [r.number for r in messy.rows if r.scientific] == [6]


def test_messy_headers_map_automatically(messy: SheetData):
    mapping = auto_map(messy.headers)
    assert mapping.fields == ("", "name", "phone", "phone", "street", "group", "salesperson",
                              "notes")  # fmt: skip
    assert mapping.problems() == []


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("姓名", "name"), ("客户名称", "name"), ("名称", "name"), ("客户", "name"),
        ("*客户名称", "name"), ("Name", "name"), ("Customer name", "name"),
        ("电话", "phone"), ("手机", "phone"), ("手机号", "phone"), ("手机号码1", "phone"),
        ("联系电话", "phone"), ("固话", "phone"), ("座机", "phone"), ("Phone", "phone"),
        ("Mobile", "phone"), ("TEL", "phone"), ("电话（办公）", "phone"), ("传真", "fax"),
        ("地址", "street"), ("详细地址", "street"), ("Address", "street"), ("省", "province"),
        ("省份", "province"), ("市", "city"), ("城市", "city"), ("区", "district"),
        ("区县", "district"), ("联系人", "contact"), ("Contact", "contact"),
        ("联系人电话", "contact_phone"), ("邮箱", "email"), ("电子邮件", "email"),
        ("E-mail", "email"), ("QQ", "other_contact"), ("微信", "other_contact"),
        ("WeChat", "other_contact"), ("QQ/微信", "other_contact"), ("客户组", "group"),
        ("分组", "group"), ("Group", "group"), ("业务员", "salesperson"),
        ("销售", "salesperson"), ("归属业务员", "salesperson"), ("Salesperson", "salesperson"),
        ("备注", "notes"), ("说明", "notes"), ("Notes", "notes"), ("编号", "code"),
        ("客户编号", "code"), ("Code", "code"), ("黑名单", "blacklisted"),
        ("黑名单原因", "blacklist_reason"), ("序号", ""), ("录入时间", ""), ("", ""),
    ],
)  # fmt: skip
def test_headers_in_chinese_and_english_name_their_field(header: str, field: str):
    assert guess_field(header) == field


def test_a_single_field_goes_to_its_first_column_only_but_phones_may_repeat():
    mapping = auto_map(["姓名", "客户名称", "手机", "电话", "固话", "备注", "说明"])
    assert mapping.fields == ("name", "", "phone", "phone", "phone", "notes", "notes")


def test_a_corrected_mapping_is_checked():
    mapping = auto_map(["客户", "电话"]).with_field(0, "").with_field(1, "name")
    assert mapping.fields == ("", "name")
    assert mapping.problems() == []
    assert [t for t, _ in ColumnMapping(("phone",)).problems()] == [
        "No column holds the customers' names."
    ]
    twice = ColumnMapping(("name", "email", "email")).problems()
    assert [t.format(**p) for t, p in twice] == ["'E-mail' is chosen for more than one column."]
    with pytest.raises(ValueError):
        mapping.with_field(0, "nonsense")


@pytest.mark.parametrize(
    ("cell", "numbers", "problem"),
    [
        (13800138000, ["13800138000"], None),
        (13800138000.0, ["13800138000"], None),  # a float cell that holds the whole number
        ("13800138000.0", ["13800138000"], None),  # the same, saved as text by another tool
        ("１３８００１３８０００", ["13800138000"], None),  # full-width digits
        ("13800138000 / 13900139000", ["13800138000", "13900139000"], None),
        ("010-62345678，13800138000", ["010-62345678", "13800138000"], None),
        ("010-6234 5678", ["010-6234 5678"], None),
        ("010-62345678；95588", ["010-62345678", "95588"], None),  # a list: always split
        ("010/62345678", ["010/62345678"], None),  # "/" splits only whole numbers
        ("1.38E+10", [], "'1.38E+10' is in scientific notation"),
        ("1.38001e10", [], "'1.38001e10' is in scientific notation"),
        (1e16, [], "The number cell 1.000000E+16 has more digits than Excel keeps"),
        (1380013800.5, [], "'1380013800.5' is not a phone number."),
        (True, [], "'TRUE' is not a phone number."),
        (dt.datetime(2024, 1, 2), [], "'2024-01-02' is not a phone number."),
        (-13800138000, [], "'-13800138000' is not a phone number."),
        (None, [], None),
        ("  ", [], None),
    ],
)
def test_phone_cells(cell: object, numbers: list[str], problem: str | None):
    found, problems = phone_numbers(cell)
    assert found == numbers
    texts = [p.template.format(**p.params) for p in problems]
    if problem is None:
        assert texts == []
    else:
        assert len(texts) == 1 and texts[0].startswith(problem)
        assert not problems[0].warning


def test_a_number_cell_in_scientific_format_is_refused():
    found, problems = phone_numbers(13800138000, scientific=True)
    assert found == []
    assert (
        problems[0]
        .template.format(**problems[0].params)
        .startswith("The number 1.38001E+10 is shown in scientific notation")
    )


def test_a_landline_that_lost_its_zero_gets_it_back_with_a_warning():
    found, problems = phone_numbers(1062345678)
    assert found == ["01062345678"]
    assert problems[0].warning
    # a valid number is left alone, and so is an 8-digit local number
    assert phone_numbers(4008001234) == (["4008001234"], [])
    assert phone_numbers(62345678) == (["62345678"], [])


def test_yes_no_cells():
    assert yes_no("是") == (True, None)
    assert yes_no("否") == (False, None)
    assert yes_no(None) == (False, None)
    assert yes_no(1) == (True, None)
    flag, problem = yes_no("也许")
    assert flag is False and problem is not None


def test_rows_become_import_rows_with_cells_located(messy: SheetData):
    rows = import_rows(messy, auto_map(messy.headers))
    by_number = {r.row: r for r in rows}
    first = by_number[4]
    assert first.name == "张三"
    assert [(p.raw, p.column) for p in first.phones] == [
        ("13800138000", "手机"),
        ("010-62345678", "联系电话"),
    ]
    assert (first.street, first.group, first.salesperson, first.notes) == (
        "北京市海淀区中关村大街1号", "VIP客户", "system", "老客户",
    )  # fmt: skip
    assert first.issues == ()
    assert by_number[9].phones[0].raw == "13600136000"  # full-width folded
    assert by_number[18].notes == "2024-05-01"  # a date cell in a text column
    assert [(i.row, i.column) for i in by_number[6].issues] == [(6, "手机")]
    assert [(i.row, i.column, i.warning) for i in by_number[18].issues] == [(18, "手机", True)]
    assert len(import_rows(messy, auto_map(messy.headers), limit=3)) == 3


def test_a_corrected_mapping_is_what_the_rows_use(messy: SheetData):
    mapping = auto_map(messy.headers).with_field(3, "").with_field(7, "code")
    first = import_rows(messy, mapping)[0]
    assert [p.raw for p in first.phones] == ["13800138000"]
    assert first.notes == "备注: 老客户"  # an old code column is kept in the notes, labelled


def test_fax_columns_and_blacklist_columns(tmp_path: Path):
    book = Workbook()
    book.active.append(["名称", "传真", "黑名单", "黑名单原因"])
    book.active.append(["甲公司", "010-62345679", "是", "欠款"])
    book.active.append(["乙公司", None, "不知道", None])
    book.save(tmp_path / "f.xlsx")
    data = read_sheet(tmp_path / "f.xlsx")
    first, second = import_rows(data, auto_map(data.headers))
    assert first.phones[0].kind == "fax"
    assert (first.blacklisted, first.blacklist_reason) == (True, "欠款")
    assert [i.text() for i in second.issues] == [
        "Row 3, 黑名单: '不知道' is neither yes nor no (是 / 否)."
    ]


def test_the_report_holds_the_rejected_rows_as_they_were(messy: SheetData, tmp_path: Path):
    out = tmp_path / "report.xlsx"
    written = write_report(out, messy, {6: ["problem one"], 16: ["problem a", "problem b"]})
    assert written == 2
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (*HEADER, ERROR_HEADER)
    assert rows[1] == (3, "王五", 13700137000, None, None, None, None, None, "problem one")
    assert rows[2][:3] == (12, "老客户", 13100131000)
    assert rows[2][-1] == "problem a; problem b"
    assert sheet.freeze_panes == "A2"


def test_sheets_are_listed_and_chosen(tmp_path: Path):
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["这张表是说明"])
    other = book.create_sheet("客户")
    other.append(["客户名称", "手机"])
    other.append(["张三", "13800138000"])
    book.save(tmp_path / "two.xlsx")
    assert list_sheets(tmp_path / "two.xlsx") == ["说明", "客户"]
    data = read_sheet(tmp_path / "two.xlsx", "客户")
    assert (data.header_row, [r.number for r in data.rows]) == (1, [2])
    with pytest.raises(ImportFileError, match="no sheet named '不存在'"):
        read_sheet(tmp_path / "two.xlsx", "不存在")


def test_files_that_are_not_workbooks_are_refused_clearly(tmp_path: Path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "junk.xlsx").write_text("not a zip", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"save it as \.xlsx"):
        read_sheet(tmp_path / "old.xls")
    with pytest.raises(ImportFileError, match=r"junk\.xlsx"):
        read_sheet(tmp_path / "junk.xlsx")
    with pytest.raises(ImportFileError):
        list_sheets(tmp_path / "missing.xlsx")


def test_an_empty_sheet_has_no_header_and_no_rows(tmp_path: Path):
    Workbook().save(tmp_path / "empty.xlsx")
    data = read_sheet(tmp_path / "empty.xlsx")
    assert (data.header_row, data.headers, data.rows) == (0, (), [])
    assert import_rows(data, auto_map(data.headers)) == []


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),
    st.dates(),
    st.times(),
)


@given(st.lists(st.lists(_CELLS, max_size=10), max_size=8), st.frozensets(st.integers(0, 9)))
def test_any_cell_values_become_rows_or_row_errors_never_a_crash(rows, scientific):
    headers = ("名称", "手机", "电话", "地址", "邮箱", "客户组", "业务员", "黑名单", "编号", "备注")
    data = SheetData(
        Path("x.xlsx"), "Sheet", 1, headers, headers,
        [SheetRow(i + 2, tuple(r), scientific) for i, r in enumerate(rows)],
    )  # fmt: skip
    result = import_rows(data, auto_map(headers))
    assert [r.row for r in result] == [i + 2 for i in range(len(rows))]
    for row in result:
        assert all(issue.row == row.row and issue.column in headers for issue in row.issues)
        assert all(isinstance(p.raw, str) and p.raw for p in row.phones)
        assert isinstance(row.name, str)
        for issue in row.issues:
            assert issue.text()  # every message renders
