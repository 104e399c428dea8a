"""Importing customers from Excel: validation, the two modes, one transaction, cancel, report."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from tests.helpers import actor_without, database_examples, login_admin
from tests.support.customer_helpers import new_customer, salesperson
from tests.support.customer_workbooks import (
    BAD_ROWS,
    EXISTING,
    EXPECTED_ERRORS,
    EXPECTED_WARNINGS,
    GOOD_NAMES,
    GOOD_ROWS,
    HEADER,
    messy_workbook,
    simple_workbook,
)
from yuntian.cli import main
from yuntian.db.models import AuditEntry, Customer, CustomerGroup, CustomerPhone, NumberingCounter
from yuntian.exports.customer_import import (
    ERROR_HEADER,
    SheetData,
    SheetRow,
    auto_map,
    import_rows,
    read_sheet,
    write_report,
)
from yuntian.services import Services
from yuntian.services.common.audit import decode_detail
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.common.permissions import Actor
from yuntian.services.customers import customer_import_service
from yuntian.services.customers.customer_import_types import ImportOptions, ImportResult
from yuntian.services.customers.customer_types import CustomerInput


def _existing(services: Services, admin: Actor) -> None:
    for name, number in EXISTING:
        new_customer(services, admin, name, number)


def _import(services: Services, actor: Actor, path: Path, mode: str = "valid-rows", **kw):
    data = read_sheet(path)
    plan = services.customer_import.prepare(
        actor, import_rows(data, auto_map(data.headers)), ImportOptions(**kw)
    )
    return data, plan, services.customer_import.run(actor, plan, mode, source=path.name)


def _report(path: Path, data: SheetData, result: ImportResult) -> list[tuple]:
    texts = {
        row: [i.text() for i in issues] for row, issues in result.check.errors_by_row().items()
    }
    write_report(path, data, texts)
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_a_messy_workbook_imports_exactly_its_good_rows(services: Services, tmp_path: Path):
    admin = login_admin(services)
    _existing(services, admin)
    data, plan, result = _import(services, admin, messy_workbook(tmp_path / "m.xlsx"))

    assert plan.check.error_rows == frozenset(BAD_ROWS)
    assert (result.check.rows_read, result.imported, result.rejected) == (14, 6, 8)
    errors = {
        row: [i.text() for i in issues] for row, issues in result.check.errors_by_row().items()
    }
    assert errors == {row: [text] for row, text in EXPECTED_ERRORS.items()}
    warnings = {i.row: i.text() for i in result.check.issues if i.warning}
    assert warnings == EXPECTED_WARNINGS

    imported = list(
        Customer.select().where(Customer.id.in_(result.customer_ids)).order_by(Customer.id)
    )
    assert tuple(c.name for c in imported) == GOOD_NAMES
    assert [c.code for c in imported] == [f"KH{i:06d}" for i in range(3, 9)]
    assert NumberingCounter.get(NumberingCounter.kind == "customer").last_value == 8
    numbers = {c.name: [p.number for p in c.phones.order_by(CustomerPhone.sort)] for c in imported}
    assert numbers["张三"] == ["+8613800138000", "+861062345678"]
    assert numbers["钱七"] == ["+8613600136000"]
    assert numbers["王小二"] == ["+861087654321"]

    report = _report(tmp_path / "report.xlsx", data, result)
    assert report[0] == (*HEADER, ERROR_HEADER)
    assert [(r[1], r[-1]) for r in report[1:]] == [
        (data_row.values[1] if len(data_row.values) > 1 else None, EXPECTED_ERRORS[data_row.number])
        for data_row in data.rows
        if data_row.number in BAD_ROWS
    ]
    assert report[1][:3] == (3, "王五", 13700137000)  # the original cells, numbers as numbers


def test_imported_customers_are_like_hand_made_ones(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    _existing(services, admin)
    _, _, result = _import(services, admin, messy_workbook(tmp_path / "m.xlsx"))
    by_name = {services.customers.get(admin, cid).name: cid for cid in result.customer_ids}

    zhang = services.customers.get(admin, by_name["张三"])
    assert (zhang.group_name, zhang.salesperson_name, zhang.notes) == (
        "VIP客户",
        "系统管理员",
        "老客户",
    )
    assert zhang.created_by == "系统管理员"
    assert zhang.created_at == services.clock()
    assert [(p.kind, p.raw, p.region) for p in zhang.phones] == [
        ("mobile", "13800138000", "北京市"),
        ("landline", "010-62345678", "北京市"),
    ]
    assert [a.text for a in zhang.addresses] == ["北京市海淀区中关村大街1号"]
    li = services.customers.get(admin, by_name["李四"])
    assert li.salesperson_name == "系统管理员"  # matched by display name
    # shared numbers are found by the caller pop's lookup, as for any customer
    owners = services.customer_lookup.lookup(admin, "13800138000").customers
    assert sorted(row.name for row in owners) == ["周九", "张三"]
    entry = AuditEntry.get(AuditEntry.action == "customer.import")
    assert (entry.username, entry.target) == ("system", "m.xlsx")
    assert decode_detail(entry.detail) == {
        "mode": "valid-rows",
        "read": 14,
        "imported": 6,
        "rejected": 8,
        "warnings": 3,
    }


def test_imported_customers_are_found_by_the_search(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    rows = [["欧阳锋", "13800138000"], ["黄药师", "13900139000"]]
    _import(services, admin, simple_workbook(tmp_path / "s.xlsx", rows))
    for text in ("欧阳锋", "oyf", "0139000", "药师"):
        hits = services.customer_search.search(admin, text).hits
        assert len(hits) == 1, text


def test_all_or_nothing_writes_nothing_when_any_row_is_bad(services: Services, tmp_path: Path):
    admin = login_admin(services)
    _existing(services, admin)
    before = (Customer.select().count(), CustomerPhone.select().count())
    counter = NumberingCounter.get(NumberingCounter.kind == "customer").last_value
    data, _, result = _import(
        services, admin, messy_workbook(tmp_path / "m.xlsx"), "all-or-nothing"
    )
    assert (result.imported, result.rejected, result.written) == (0, 8, False)
    assert (Customer.select().count(), CustomerPhone.select().count()) == before
    assert NumberingCounter.get(NumberingCounter.kind == "customer").last_value == counter
    assert not AuditEntry.select().where(AuditEntry.action == "customer.import").exists()
    report = _report(tmp_path / "r.xlsx", data, result)
    assert [r[-1] for r in report[1:]] == [EXPECTED_ERRORS[n] for n in BAD_ROWS]


def test_all_or_nothing_imports_everything_when_every_row_is_good(
    sqlite_services: Services, tmp_path: Path
):
    admin = login_admin(sqlite_services)
    path = simple_workbook(tmp_path / "g.xlsx", [["甲", "13800138000"], ["乙", "13900139000"]])
    _, _, result = _import(sqlite_services, admin, path, "all-or-nothing")
    assert (result.imported, result.rejected) == (2, 0)
    assert Customer.select().count() == 2


def test_a_cancelled_import_writes_nothing(sqlite_services: Services, tmp_path: Path, monkeypatch):
    services = sqlite_services
    admin = login_admin(services)
    monkeypatch.setattr(customer_import_service, "CHUNK", 2)
    rows = [[f"客户{i}", f"1380013{i:04d}"] for i in range(7)]
    data = read_sheet(simple_workbook(tmp_path / "c.xlsx", rows))
    plan = services.customer_import.prepare(admin, import_rows(data, auto_map(data.headers)))
    seen: list[tuple[int, int]] = []
    result = services.customer_import.run(
        admin,
        plan,
        "valid-rows",
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 3,  # after two chunks were written
    )
    assert seen == [(0, 7), (2, 7), (4, 7)]
    assert (result.cancelled, result.imported) == (True, 0)
    assert Customer.select().count() == 0
    assert CustomerPhone.select().count() == 0
    assert not AuditEntry.select().where(AuditEntry.action == "customer.import").exists()
    # and the same plan imports completely when left alone
    done = services.customer_import.run(admin, plan, "valid-rows")
    assert done.imported == 7 and Customer.select().count() == 7


def test_the_database_is_checked_again_when_importing(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    path = simple_workbook(tmp_path / "d.xlsx", [["甲", "13800138000"], ["乙", "13900139000"]])
    data = read_sheet(path)
    plan = services.customer_import.prepare(admin, import_rows(data, auto_map(data.headers)))
    assert plan.check.error_rows == frozenset()
    new_customer(services, admin, "乙", "139 0013 9000")  # typed on another PC meanwhile
    result = services.customer_import.run(admin, plan, "valid-rows")
    assert result.imported == 1
    assert [i.text() for i in result.check.issues] == [
        "Row 3, 手机: The customer already exists: KH000001 乙 has the number 13900139000."
    ]


def test_unknown_groups_are_errors_unless_created_on_request(
    sqlite_services: Services, tmp_path: Path
):
    services = sqlite_services
    admin = login_admin(services)
    rows = [
        ["甲", "13800138000", "新分组"],
        ["乙", "13900139000", "新分组"],
        ["丙", None, "vip客户"],
    ]
    path = simple_workbook(tmp_path / "g.xlsx", rows, header=("客户名称", "手机", "客户组"))
    _, _, refused = _import(services, admin, path)
    assert refused.imported == 1  # 丙: groups match regardless of case
    assert {i.row: i.text() for i in refused.check.issues} == {
        2: "Row 2, 客户组: There is no customer group '新分组'.",
        3: "Row 3, 客户组: There is no customer group '新分组'.",
    }
    with pytest.raises(PermissionDenied):
        _import(services, actor_without(admin, "customer.edit"), path, create_missing_groups=True)
    _, plan, created = _import(services, admin, path, create_missing_groups=True)
    assert plan.check.missing_groups == ("新分组",)
    assert [i.text() for i in created.check.issues] == [
        "Row 2, 客户组: The customer group '新分组' does not exist yet; it will be created."
    ]
    # 丙 comes in twice: without a number nothing tells a duplicate (names repeat: 张伟)
    assert created.imported == 3
    group = CustomerGroup.get(CustomerGroup.name == "新分组")
    assert Customer.select().where(Customer.group == group).count() == 2


def test_salespeople_are_found_by_user_name_or_display_name(
    sqlite_services: Services, tmp_path: Path
):
    services = sqlite_services
    admin = login_admin(services)
    wang = salesperson(services, admin, "wang", "王经理")
    rows = [["甲", "WANG"], ["乙", "王经理"], ["丙", "李经理"]]
    path = simple_workbook(tmp_path / "s.xlsx", rows, header=("客户名称", "业务员"))
    _, _, result = _import(services, admin, path)
    assert result.imported == 2
    assert {c.salesperson_id for c in Customer.select()} == {wang}
    assert [i.text() for i in result.check.issues] == [
        "Row 4, 业务员: There is no active user '李经理'."
    ]


def test_the_editors_rules_apply_to_imported_rows(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    rows = [
        ["甲", "not-an-email", None],
        ["乙" * 65, None, None],
        ["丙", None, "13800138000"],  # a contact's number without the contact's name
    ]
    header = ("客户名称", "邮箱", "联系人电话")
    _, _, result = _import(services, admin, simple_workbook(tmp_path / "r.xlsx", rows, header))
    assert result.imported == 0
    assert [i.text() for i in result.check.issues] == [
        "Row 2, 邮箱: 'not-an-email' is not an e-mail address.",
        "Row 3, 客户名称: This text is too long: at most 64 characters.",
        "Row 4, 联系人电话: A contact needs a name.",
    ]


def test_import_and_report_need_the_import_export_permission(
    sqlite_services: Services, tmp_path: Path
):
    services = sqlite_services
    admin = login_admin(services)
    data = read_sheet(simple_workbook(tmp_path / "p.xlsx", [["甲", "13800138000"]]))
    rows = import_rows(data, auto_map(data.headers))
    plan = services.customer_import.prepare(admin, rows)
    refused = actor_without(admin, "data.import_export")
    with pytest.raises(PermissionDenied):
        services.customer_import.prepare(refused, rows)
    with pytest.raises(PermissionDenied):
        services.customer_import.run(refused, plan, "valid-rows")
    assert Customer.select().count() == 0


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.sampled_from(["13800138000", "无", "1.38E+10", "P", "+86 138 0013 8000", "VIP客户"]),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 1, 1)),
)


@database_examples()
@given(st.lists(st.lists(_CELLS, min_size=1, max_size=9), min_size=1, max_size=6))
def test_any_cell_values_give_row_errors_never_a_crash(sqlite_services: Services, rows):
    headers = ("名称", "手机", "电话", "地址", "邮箱", "客户组", "业务员", "联系人", "备注")
    data = SheetData(
        Path("x.xlsx"), "Sheet", 1, headers, headers,
        [SheetRow(i + 2, tuple(r)) for i, r in enumerate(rows)],
    )  # fmt: skip
    admin = login_admin(sqlite_services)
    plan = sqlite_services.customer_import.prepare(admin, import_rows(data, auto_map(headers)))
    check = plan.check
    assert check.rows_read == len(rows)
    assert check.error_rows <= {i + 2 for i in range(len(rows))}
    for issue in check.issues:
        assert issue.column in (*headers, "")
        assert issue.text()


def test_the_command_line_import_prints_counts_and_writes_the_report(
    sqlite_services: Services, tmp_path: Path, capsys
):
    services = sqlite_services
    admin = login_admin(services)
    _existing(services, admin)
    path = messy_workbook(tmp_path / "m.xlsx")
    report = tmp_path / "rejected.xlsx"
    profile = str(services.profile.root)
    code = main(["import", "customers", str(path), "--profile", profile,
                 "--mode", "all-or-nothing", "--report", str(report)])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1
    assert "nothing imported" in out
    assert out.strip().splitlines()[-1] == "read 14, imported 0, rejected 8, warnings 3"
    assert len(list(load_workbook(report).active.iter_rows())) == 1 + len(BAD_ROWS)

    code = main(["import", "customers", str(path), "--profile", profile])
    assert code == 1
    assert capsys.readouterr().out.strip().splitlines()[-1] == (
        "read 14, imported 6, rejected 8, warnings 3"
    )
    assert Customer.select().count() == len(EXISTING) + len(GOOD_ROWS)


def test_the_command_line_acts_as_the_user_named(sqlite_services: Services, tmp_path: Path, capsys):
    services = sqlite_services
    admin = login_admin(services)
    salesperson(services, admin, "clerk", "接线员小王")  # a receptionist: no data.import_export
    path = simple_workbook(tmp_path / "u.xlsx", [["甲", "13800138000"]])
    profile = str(services.profile.root)
    assert main(["import", "customers", str(path), "--profile", profile, "--user", "clerk"]) == 2
    assert "Import and export data" in capsys.readouterr().err
    assert main(["import", "customers", str(path), "--profile", profile, "--user", "ghost"]) == 2
    assert "no active user named 'ghost'" in capsys.readouterr().err
    assert main(["import", "customers", str(path), "--profile", profile, "--user", "system"]) == 0
    assert capsys.readouterr().out.strip() == "read 1, imported 1, rejected 0, warnings 0"


def test_codes_already_taken_are_skipped(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    first = new_customer(services, admin, "甲", "13800138000").customer
    Customer.update(code="KH000003").where(Customer.id == first.id).execute()  # a changed rule
    rows = [["乙", "13900139001"], ["丙", "13900139002"], ["丁", "13900139003"]]
    _, _, result = _import(services, admin, simple_workbook(tmp_path / "k.xlsx", rows))
    codes = [services.customers.get(admin, cid).code for cid in result.customer_ids]
    assert codes == ["KH000002", "KH000004", "KH000005"]
    assert services.customers.create(admin, CustomerInput("戊")).customer.code == "KH000006"


def test_the_report_keeps_formula_like_cells_as_text(sqlite_services: Services, tmp_path: Path):
    """A cell the person typed as '=1+1 (text, quote-prefixed) is rejected and reported as the
    same text, never as a live formula; so is a formula-like header."""
    services = sqlite_services
    admin = login_admin(services)
    book = Workbook()
    sheet = book.active
    rows = [
        ["客户名称", "手机", "备注", "=1+1"],
        ['=HYPERLINK("http://x","y")', "不是号码", "+1+1", "@SUM(1)"],
        ["-2+3", "13800138000", "\t=1+1", "#N/A"],
        ["\r=1+1", "无", "=A1", None],
    ]
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):  # typed after an apostrophe: text
                cell.data_type = "s"
    path = tmp_path / "hostile.xlsx"
    book.save(path)

    data, _, result = _import(services, admin, path)
    assert (result.imported, result.rejected) == (1, 2)
    assert services.customers.get(admin, result.customer_ids[0]).name == "-2+3"
    out = tmp_path / "report.xlsx"
    _report(out, data, result)

    report = load_workbook(out).active
    expected = [[*rows[0], ERROR_HEADER], rows[1], rows[3]]
    for want, got in zip(expected, report.iter_rows(), strict=True):
        for text, cell in zip(want, got, strict=False):
            if text is not None:
                quoted = text[0] in "=+-@\t\r#"
                assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", quoted)
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
