"""The parts catalogue through Excel: an exported workbook imports back to the same catalogue,
bad rows are refused naming row and column, valid rows or nothing, permissions."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import D
from tests.support.sale_helpers import product
from yuntian.db.models import AuditEntry, Part
from yuntian.exports.customer_import import read_sheet
from yuntian.exports.part_io import part_rows
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.parts.part_catalogue_types import Activity, PartFilter, PartInput

HEADERS = ["编码", "名称", "规格型号", "单位", "类别", "成本价", "销售价", "安全库存", "补货下限",
           "补货上限", "供应商", "条码", "适用机型", "备注", "停用"]  # fmt: skip


def workbook(path, *rows, headers=HEADERS, title=None):
    book = Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(headers)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def import_file(services, actor, path, mode="valid-rows"):
    plan = services.part_excel.prepare(actor, part_rows(read_sheet(path)))
    return services.part_excel.run(actor, plan, mode, source=path.name)


def catalogue(services, admin):
    views = services.part_catalogue.page(admin, PartFilter(activity=Activity.ALL))
    return [
        (v.code, v.name, v.spec, v.unit, v.category, v.cost_price, v.sale_price, v.safety_stock,
         v.reorder_min, v.reorder_max, v.supplier, v.barcode, [f.label for f in v.fits],
         v.notes, v.active)
        for v in views
    ]  # fmt: skip


def test_an_exported_catalogue_imports_back_the_same(sqlite_services, tmp_path):
    services = sqlite_services
    admin = login_admin(services)
    gree = product(services, admin, "KFR-35GW")
    midea = product(services, admin, "KFR-26GW", brand="美的")
    svc = services.part_catalogue
    svc.create(admin, PartInput(
        name="启动电容 35uF", code="000123", spec="CBB65", unit="个", category="电容",
        cost_price=D("8.35"), sale_price=D("25.00"), safety_stock=5, reorder_min=10,
        reorder_max=50, supplier="美的配件", barcode="6901234567890", fits=(gree, midea),
        notes="=1+1",
    ))  # fmt: skip
    off = svc.create(admin, PartInput(name="旧遥控器", cost_price=D("0.10")))
    svc.set_active(admin, off.id, False)
    before = catalogue(services, admin)

    out = tmp_path / "parts.xlsx"
    assert services.part_excel.export(admin, out) == 2
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet["A2"].value == "000123" and sheet["M2"].value == "格力 KFR-35GW、美的 KFR-26GW"
    assert sheet["N2"].value == "=1+1" and sheet["N2"].data_type == "s"  # text, not a formula
    assert AuditEntry.select().where(AuditEntry.action == "part.export").exists()

    # Changing a price in Excel and importing updates the part with that code.
    sheet["F2"] = 9.1
    sheet.parent.save(out)
    result = import_file(services, admin, out)
    assert (result.imported, result.rejected) == (2, 0)
    after = catalogue(services, admin)
    assert after[0][5] == D("9.10")
    assert [row[:5] + row[6:] for row in after] == [row[:5] + row[6:] for row in before]
    assert Part.select().count() == 2


def test_bad_rows_are_refused_with_row_and_column(sqlite_services, tmp_path):
    services = sqlite_services
    admin = login_admin(services)
    product(services, admin, "KFR-35GW")
    path = workbook(
        tmp_path / "in.xlsx",
        ["", "滤网", "", "个", "", "12.5", 20, 1, 2, 3, "", "", "KFR-35GW", "", ""],
        ["P1", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["P2", "电机", "", "", "", "abc", "", "-1", "", "", "", "", "", "", ""],
        ["P3", "水泵", "", "", "", "", "", "", "20", "10", "", "", "不存在的机型", "", "也许"],
        ["P2", "主板", "", "", "", "", "", "", "", "", "", "", "", "", ""],
        title="备件资料",  # a title row above the header
    )
    result = import_file(services, admin, path)
    texts = sorted(i.text() for i in result.check.issues)
    assert texts == sorted([
        "Row 4, 名称: A part needs a name.",
        "Row 5, 成本价: 'abc' is not an amount in yuan.",
        "Row 5, 安全库存: Please enter a whole number from 0 to 1000000.",
        "Row 6, 补货下限: The reorder minimum (20) is above the maximum (10).",
        "Row 6, 适用机型: There is no product model named 不存在的机型.",
        "Row 6, 停用: '也许' is neither yes nor no (是 / 否).",
        "Row 7, 编码: The code P2 is also on row 5.",
    ])  # fmt: skip
    assert (result.imported, result.rejected) == (1, 4)
    stored = Part.get()
    assert (stored.code, stored.name, stored.cost_price) == ("BJ00001", "滤网", D("12.50"))
    assert [f.label for f in services.part_catalogue.get(admin, stored.id).fits] == [
        "格力 KFR-35GW"
    ]


def test_all_or_nothing_stores_nothing_when_a_row_is_bad(sqlite_services, tmp_path):
    services = sqlite_services
    admin = login_admin(services)
    path = workbook(tmp_path / "in.xlsx", ["A1", "滤网"], ["A2", "电机", "", "", "", "1.234"],
                    headers=HEADERS[:6])  # fmt: skip
    result = import_file(services, admin, path, mode="all-or-nothing")
    assert result.imported == 0 and result.rejected == 1
    assert [i.text() for i in result.check.issues] == [
        "Row 3, 成本价: An amount is a number from 0.00 to 9,999,999,999.99 in yuan."
    ]
    assert not Part.select().exists()


def test_import_and_export_need_their_permissions(sqlite_services, tmp_path):
    services = sqlite_services
    admin = login_admin(services)
    path = workbook(tmp_path / "in.xlsx", ["A1", "滤网"])
    rows = part_rows(read_sheet(path))
    with pytest.raises(PermissionDenied):
        services.part_excel.prepare(actor_without(admin, "parts.manage"), rows)
    plan = services.part_excel.prepare(admin, rows)
    with pytest.raises(PermissionDenied):
        services.part_excel.run(actor_without(admin, "parts.manage"), plan, "valid-rows")
    with pytest.raises(PermissionDenied):
        services.part_excel.export(actor_without(admin, "data.import_export"), tmp_path / "o.xlsx")
    assert not Part.select().exists() and not (tmp_path / "o.xlsx").exists()


def test_the_commands_export_and_import_the_catalogue(sqlite_services, tmp_path, capsys):
    from yuntian import cli

    services = sqlite_services
    admin = login_admin(services)
    services.part_catalogue.create(admin, PartInput(name="滤网", code="LW-1", cost_price=D("3")))
    root = str(services.profile.root)
    out = tmp_path / "parts.xlsx"
    assert cli.main(["export", "parts", str(out), "--profile", root]) == 0
    assert "exported 1 parts" in capsys.readouterr().out
    bad = workbook(tmp_path / "in.xlsx", ["LW-2", "电机"], ["LW-3", ""], headers=HEADERS[:2])
    report = tmp_path / "report.xlsx"
    code = cli.main(["import", "parts", str(bad), "--report", str(report), "--profile", root])
    printed = capsys.readouterr().out
    assert code == 1
    assert "error: Row 3, 名称: A part needs a name." in printed
    assert "read 2, imported 1, rejected 1" in printed
    assert [c.value for c in load_workbook(report).active[2]] == [
        "LW-3",
        None,
        "Row 3, 名称: A part needs a name.",
    ]
    assert sorted(p.code for p in Part.select()) == ["LW-1", "LW-2"]
