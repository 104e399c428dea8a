"""Exporting the customer list to Excel: typed columns, frozen header, the list's filter."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import new_customer, salesperson
from yuntian.cli import main
from yuntian.db.models import CustomerGroup
from yuntian.exports.customer_export import COLUMNS
from yuntian.exports.customer_import import auto_map, import_rows, read_sheet
from yuntian.exports.xlsx_writer import ExportCancelled
from yuntian.services import Services
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_export_service import ExportLine
from yuntian.services.customers.customer_types import (
    AddressInput,
    ContactInput,
    CustomerDetail,
    CustomerFilter,
    CustomerInput,
    PhoneInput,
)

HEADERS = (
    "编号", "客户名称", "电话", "其他电话", "省份", "城市", "区县", "详细地址", "联系人",
    "联系人电话", "邮箱", "QQ/微信", "客户组", "业务员", "黑名单", "黑名单原因", "备注",
    "录入人", "录入时间",
)  # fmt: skip


def _fill(services: Services, admin: Actor) -> dict[str, int]:
    vip = CustomerGroup.get(CustomerGroup.name == "VIP客户").id
    wang = salesperson(services, admin, "wang", "王经理")
    full = CustomerInput(
        name="张三",
        phones=(PhoneInput("13800138000"), PhoneInput("010-62345678"), PhoneInput("0010")),
        addresses=(AddressInput("北京市", "北京市", "海淀区", "中关村大街1号"),),
        contacts=(ContactInput("张太太", "家属", "13900139000"),),
        email="zs@163.com",
        other_contact="QQ: 12345",
        group_id=vip,
        salesperson_id=wang,
        blacklisted=True,
        blacklist_reason="欠费",
        notes="老客户",
    )
    ids = {"张三": services.customers.create(admin, full).customer.id}
    services.clock.advance(days=1)
    ids["李四"] = new_customer(services, admin, "李四", "01062345679", group_id=vip).customer.id
    services.clock.advance(days=1)
    ids["王五"] = new_customer(services, admin, "王五").customer.id
    return ids


def _rows(path: Path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_the_export_has_typed_columns_and_a_frozen_header(services: Services, tmp_path: Path):
    admin = login_admin(services)
    _fill(services, admin)
    out = tmp_path / "customers.xlsx"
    assert services.customer_export.export(admin, out, CustomerFilter()) == 3

    book = load_workbook(out)
    sheet = book.active
    assert sheet.title == "客户资料"
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    assert rows[1] == (
        "KH000001", "张三", "13800138000", "010-62345678，0010", "北京市", "北京市", "海淀区",
        "中关村大街1号", "张太太", "13900139000", "zs@163.com", "QQ: 12345", "VIP客户", "王经理",
        "是", "欠费", "老客户", "系统管理员", dt.datetime(2026, 11, 27, 9, 30),
    )  # fmt: skip
    assert [r[1] for r in rows[1:]] == ["张三", "李四", "王五"]
    # numbers and codes are text cells (Excel would otherwise show 1.38E+10 / drop the 0)
    assert sheet["A2"].data_type == "s" and sheet["C2"].data_type == "s"
    assert sheet["C3"].value == "01062345679"
    assert sheet["S2"].is_date
    for index, column in enumerate(COLUMNS, start=1):
        letter = sheet.cell(1, index).column_letter
        assert sheet.column_dimensions[letter].width == column.width
        if column.text:
            assert sheet.column_dimensions[letter].number_format == "@"


def test_the_export_follows_the_lists_filter_and_sort(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    _fill(services, admin)
    vip = CustomerGroup.get(CustomerGroup.name == "VIP客户").id
    out = tmp_path / "vip.xlsx"
    flt = CustomerFilter(group_id=vip)
    count = services.customer_export.export(admin, out, flt, "created_at", True)
    assert count == services.customers.count(admin, flt) == 2
    assert [r[1] for r in _rows(out)[1:]] == ["李四", "张三"]
    since = CustomerFilter(created_from=dt.date(2026, 11, 28))
    assert services.customer_export.export(admin, out, since, "name") == 2
    assert len(_rows(out)) == 1 + services.customers.count(admin, since)


def test_archived_customers_are_left_out_unless_the_list_shows_them(
    sqlite_services: Services, tmp_path: Path
):
    services = sqlite_services
    admin = login_admin(services)
    ids = _fill(services, admin)
    services.customer_notes.add_memo(admin, ids["王五"], "有记录")
    assert services.customers.delete(admin, ids["王五"]) == "archived"
    out = tmp_path / "a.xlsx"
    assert services.customer_export.export(admin, out, CustomerFilter()) == 2
    everyone = CustomerFilter(include_archived=True)
    assert services.customer_export.export(admin, out, everyone) == 3


def test_the_export_of_a_search_holds_its_hits(sqlite_services: Services, tmp_path: Path):
    services = sqlite_services
    admin = login_admin(services)
    _fill(services, admin)
    out = tmp_path / "s.xlsx"
    count = services.customer_export.export(admin, out, CustomerFilter(), search_text="李四")
    assert count == 1
    assert [r[1] for r in _rows(out)[1:]] == ["李四"]


def test_an_exported_list_imports_back_as_the_same_customers(services_on, tmp_path: Path):
    source = services_on("sqlite")
    admin = login_admin(source)
    _fill(source, admin)
    out = tmp_path / "round.xlsx"
    source.customer_export.export(admin, out, CustomerFilter())

    target = services_on("sqlite")
    other = login_admin(target)
    salesperson(target, other, "wang", "王经理")
    data = read_sheet(out)
    mapping = auto_map(data.headers)
    plan = target.customer_import.prepare(other, import_rows(data, mapping))
    result = target.customer_import.run(other, plan, "valid-rows")
    assert (result.imported, result.rejected) == (3, 0)
    copy = target.customers.get(other, result.customer_ids[0])
    assert (copy.name, copy.group_name, copy.salesperson_name) == ("张三", "VIP客户", "王经理")
    assert [p.raw for p in copy.phones] == ["13800138000", "010-62345678", "0010"]
    assert (copy.blacklisted, copy.blacklist_reason) == (True, "欠费")
    assert [c.phone for c in copy.contacts] == ["13900139000"]
    assert copy.notes == "编号: KH000001\n老客户"


def test_a_cancelled_export_leaves_no_file(sqlite_services: Services, tmp_path: Path):
    admin = login_admin(sqlite_services)
    _fill(sqlite_services, admin)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        sqlite_services.customer_export.export(
            admin,
            folder / "c.xlsx",
            CustomerFilter(),
            cancelled=lambda: True,
        )
    assert list(folder.iterdir()) == []


def test_exporting_needs_the_import_export_permission(sqlite_services: Services, tmp_path: Path):
    admin = login_admin(sqlite_services)
    refused = actor_without(admin, "data.import_export")
    with pytest.raises(PermissionDenied):
        sqlite_services.customer_export.export(refused, tmp_path / "x.xlsx", CustomerFilter())
    assert not (tmp_path / "x.xlsx").exists()


def test_the_command_line_export(sqlite_services: Services, tmp_path: Path, capsys):
    admin = login_admin(sqlite_services)
    _fill(sqlite_services, admin)
    out = tmp_path / "cli.xlsx"
    profile = str(sqlite_services.profile.root)
    assert main(["export", "customers", str(out), "--profile", profile]) == 0
    assert capsys.readouterr().out.strip() == f"exported 3 customers to {out}"
    assert len(_rows(out)) == 4
    assert main(["export", "customers", str(tmp_path / "x.csv"), "--profile", profile]) == 2


def test_the_export_line_fills_the_writer_columns_in_order():
    assert len(COLUMNS) == len(ExportLine._fields)
    assert [c.header for c in COLUMNS].index("黑名单") == ExportLine._fields.index("blacklisted")


# OWASP's CSV-injection starts, each leading an attack text.
ATTACKS = {
    "=": '=HYPERLINK("http://x","y")',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3",
    "@": "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t": "\t=1+1",
    "\r": "\r=1+1",
}
HOSTILE_COLUMNS = ("客户名称", "详细地址", "联系人", "QQ/微信", "黑名单原因", "备注")


def _hostile(services: Services, admin: Actor) -> list[CustomerDetail]:
    """A customer per attack, its name, address, contact, QQ/WeChat, blacklist reason and
    notes all that text (the service trims the ends of some)."""
    made: list[CustomerDetail] = []
    for start, attack in ATTACKS.items():
        data = CustomerInput(
            name=f"{attack} {ord(start)}",
            phones=(PhoneInput(f"1380013800{len(made)}"),),
            addresses=(AddressInput(street=attack),),
            contacts=(ContactInput(attack),),
            other_contact=attack,
            blacklisted=True,
            blacklist_reason=attack,
            notes=attack,
        )
        made.append(services.customers.create(admin, data).customer)
    return made


def test_text_starting_like_a_formula_is_exported_as_text(services: Services, tmp_path: Path):
    admin = login_admin(services)
    made = _hostile(services, admin)
    out = tmp_path / "hostile.xlsx"
    assert services.customer_export.export(admin, out, CustomerFilter(), "code") == len(ATTACKS)

    sheet = load_workbook(out).active
    for number, customer in enumerate(made, start=2):
        expected = (
            customer.name, customer.addresses[0].street, customer.contacts[0].name,
            customer.other_contact, customer.blacklist_reason, customer.notes,
        )  # fmt: skip
        for header, text in zip(HOSTILE_COLUMNS, expected, strict=True):
            cell = sheet.cell(number, HEADERS.index(header) + 1)
            assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True), header
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_formula_like_text_imports_back_as_the_same_text(services_on, tmp_path: Path):
    source = services_on("sqlite")
    admin = login_admin(source)
    originals = _hostile(source, admin)
    out = tmp_path / "round.xlsx"
    source.customer_export.export(admin, out, CustomerFilter(), "code")

    target = services_on("sqlite")
    other = login_admin(target)
    data = read_sheet(out)
    plan = target.customer_import.prepare(other, import_rows(data, auto_map(data.headers)))
    result = target.customer_import.run(other, plan, "valid-rows")
    assert (result.imported, result.rejected) == (len(ATTACKS), 0)
    copies = {c.name: c for c in (target.customers.get(other, i) for i in result.customer_ids)}
    assert sorted(copies) == sorted(c.name for c in originals)
    for original in originals:
        copy = copies[original.name]
        assert copy.addresses[0].street == original.addresses[0].street
        assert copy.contacts[0].name == original.contacts[0].name
        assert copy.other_contact == original.other_contact
        assert copy.blacklist_reason == original.blacklist_reason
        assert copy.notes == f"编号: {original.code}\n{original.notes}"
