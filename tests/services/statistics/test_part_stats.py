"""Parts statistics on every engine: what was stocked in, issued, returned, consumed (at cost and
at price) and scrapped in a period, per part, category, technician, product model and service
type; reversals count against the kind they reverse; transfers and stocktakes are left out."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from tests.helpers import actor_without, login_admin
from tests.support.part_helpers import D, main_store, part, post, stock_in
from tests.support.sale_helpers import customer, product, sale
from tests.support.service_order_helpers import staff, take
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.parts.part_types import CountInput, DocKind, LineInput, Place
from yuntian.services.statistics.part_stats import PartFigures, PartGrouping

DAY = dt.date(2026, 3, 10)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def ledger(services, admin):
    """Capacitor (电气, cost 8) and fan motor (电机, cost 50.005): 张伟 uses two capacitors on
    a repair of a 格力 KFR-35GW, 李娜 a motor on an installation without a sale; a capacitor
    goes back to the store, one is scrapped; a stocktake and a transfer besides."""
    people = staff(services, admin)
    zhang, li = Place.tech(people["张伟"]), Place.tech(people["李娜"])
    cap = part("BJ001", "启动电容", category="电气", cost="8.00", price="25.00")
    motor = part("BJ002", "风扇电机", category="电机", cost="50.005", price="120.00")
    store = main_store()
    on = {"doc_date": DAY}
    stock_in(services, admin, (cap, 10, "8.00"), (motor, 3, "50.005"), **on)
    post(services, admin, DocKind.ISSUE, store, zhang, (cap, 4), **on)
    post(services, admin, DocKind.ISSUE, store, li, (motor, 1), **on)
    client = customer(services, admin)
    model = product(services, admin, "KFR-35GW", brand="格力")
    bought = sale(services, admin, client, model)
    repair = take(services, admin, client, sale_id=bought.id, service_type="上门维修")
    install = take(services, admin, client, service_type="安装调试")
    consume = services.part_documents.consume
    consume(admin, repair.id, zhang, [LineInput(cap, 2)], DAY)
    consume(admin, install.id, li, [LineInput(motor, 1, unit_price=D("110.00"))], DAY)
    post(services, admin, DocKind.RETURN, zhang, store, (cap, 1), **on)
    post(services, admin, DocKind.SCRAP, zhang, None, (cap, 1), scrap_type="损坏", **on)
    post(services, admin, DocKind.TRANSFER, store, li, (cap, 1), **on)
    services.part_documents.stocktake(admin, CountInput(store, ((cap, 1),), DAY))
    return {"cap": cap, "motor": motor, "people": people, "model": model, "repair": repair}


def by_key(stats):
    return {r.key: r for r in stats.rows}


def test_each_kind_counts_quantity_and_value_per_part(services):
    admin = login_admin(services)
    data = ledger(services, admin)
    stats = services.part_stats.summarize(admin, *YEAR, PartGrouping.PART)
    rows = by_key(stats)
    cap, motor = rows[str(data["cap"])], rows[str(data["motor"])]
    assert cap.label == "BJ001 启动电容"
    assert cap.figures == PartFigures(
        in_quantity=10, in_value=D("80.00"),
        issued_quantity=4, issued_value=D("32.00"),
        returned_quantity=1, returned_value=D("8.00"),
        consumed_quantity=2, consumed_value=D("16.00"), consumed_price=D("50.00"),
        scrapped_quantity=1, scrapped_value=D("8.00"),
    )  # fmt: skip
    # 3 x 50.005 = 150.015, rounded half up once for the figure.
    assert (motor.figures.in_quantity, motor.figures.in_value) == (3, D("150.02"))
    assert (motor.figures.consumed_value, motor.figures.consumed_price) == (
        D("50.01"), D("110.00"),
    )  # fmt: skip
    # Largest consumption first; the total adds the rows up.
    assert [r.key for r in stats.rows] == [str(data["motor"]), str(data["cap"])]
    assert stats.total.in_value == D("230.02") and stats.total.consumed_price == D("160.00")
    assert stats.total.consumed_quantity == 3


REVERSED_ON = dt.date(2026, 11, 27)  # the test clock's day: reversals are dated today


def test_reversals_subtract_from_the_kind_they_reverse(services):
    admin = login_admin(services)
    data = ledger(services, admin)
    documents = services.part_documents
    chen = Place.tech(data["people"]["陈静"])
    issued = post(services, admin, DocKind.ISSUE, main_store(), chen, (data["cap"], 1),
                  doc_date=DAY)  # fmt: skip
    before = by_key(services.part_stats.summarize(admin, *YEAR, PartGrouping.PART))
    consumed = documents.for_order(admin, data["repair"].id)[0]
    documents.reverse(admin, consumed.id)
    documents.reverse(admin, issued.id)
    after = by_key(services.part_stats.summarize(admin, *YEAR, PartGrouping.PART))
    cap_before, cap_after = before[str(data["cap"])].figures, after[str(data["cap"])].figures
    assert (cap_before.consumed_quantity, cap_after.consumed_quantity) == (2, 0)
    assert (cap_after.consumed_value, cap_after.consumed_price) == (D("0.00"), D("0.00"))
    assert (cap_before.issued_quantity, cap_after.issued_quantity) == (5, 4)
    assert cap_after.issued_value == D("32.00")
    # A reversal is not a return: the returned figure stays as it was.
    assert cap_after.returned_quantity == cap_before.returned_quantity == 1


def test_reversal_alone_in_its_period_is_negative(services):
    admin = login_admin(services)
    data = ledger(services, admin)
    consumed = services.part_documents.for_order(admin, data["repair"].id)[0]
    services.part_documents.reverse(admin, consumed.id)
    summarize = services.part_stats.summarize
    stats = summarize(admin, REVERSED_ON, REVERSED_ON, PartGrouping.TYPE)
    assert len(stats.rows) == 1
    row = stats.rows[0]
    assert (row.key, row.figures.consumed_quantity, row.figures.consumed_price) == (
        "上门维修", -2, D("-50.00"),
    )  # fmt: skip
    assert row.figures.consumed_value == D("-16.00") and row.figures.issued_quantity == 0
    technician = summarize(admin, REVERSED_ON, REVERSED_ON, PartGrouping.TECHNICIAN)
    assert [r.label for r in technician.rows] == ["张伟"]


def test_groupings_put_each_line_in_one_row(services):
    admin = login_admin(services)
    data = ledger(services, admin)
    summarize = services.part_stats.summarize
    people = data["people"]

    category = by_key(summarize(admin, *YEAR, PartGrouping.CATEGORY))
    assert set(category) == {"电气", "电机"}
    assert category["电气"].figures.scrapped_quantity == 1

    technician = summarize(admin, *YEAR, PartGrouping.TECHNICIAN)
    tech = by_key(technician)
    zhang, li = tech[str(people["张伟"])], tech[str(people["李娜"])]
    assert (zhang.label, zhang.figures.issued_quantity, zhang.figures.consumed_quantity) == (
        "张伟", 4, 2,
    )  # fmt: skip
    assert (zhang.figures.returned_quantity, zhang.figures.scrapped_quantity) == (1, 1)
    assert (li.figures.issued_quantity, li.figures.consumed_price) == (1, D("110.00"))
    # Stock-ins have no technician: the "" row.
    assert (tech[""].label, tech[""].figures.in_quantity) == ("", 13)

    model = by_key(summarize(admin, *YEAR, PartGrouping.MODEL))
    gree = model[str(data["model"])]
    assert (gree.label, gree.figures.consumed_quantity) == ("格力 KFR-35GW", 2)
    assert (model[""].figures.consumed_quantity, model[""].figures.in_quantity) == (1, 13)

    kinds = by_key(summarize(admin, *YEAR, PartGrouping.TYPE))
    assert kinds["上门维修"].figures.consumed_price == D("50.00")
    assert kinds["安装调试"].figures.consumed_price == D("110.00")
    assert kinds[""].figures.consumed_quantity == 0

    totals = {g: summarize(admin, *YEAR, g).total for g in PartGrouping}
    assert len(set(totals.values())) == 1  # every grouping adds up to the same total


def test_period_bounds_and_refusals(services):
    admin = login_admin(services)
    ledger(services, admin)
    summarize = services.part_stats.summarize
    assert summarize(admin, DAY, DAY, PartGrouping.PART).total.in_quantity == 13
    after = DAY + dt.timedelta(days=1)
    empty = summarize(admin, after, after + dt.timedelta(days=30), PartGrouping.PART)
    assert empty.rows == [] and empty.total == PartFigures()
    with pytest.raises(ValidationError):
        summarize(admin, after, DAY, PartGrouping.PART)
    with pytest.raises(PermissionDenied):
        summarize(actor_without(admin, "stats.view"), *YEAR, PartGrouping.PART)


def test_export_writes_rows_and_total(sqlite_services, tmp_path):
    services = sqlite_services
    admin = login_admin(services)
    ledger(services, admin)
    stats = services.part_stats.summarize(admin, *YEAR, PartGrouping.CATEGORY)
    path = tmp_path / "parts.xlsx"
    services.part_stats.export(admin, stats, path)
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0].startswith("备件统计") and "按类别" in rows[0][0]
    assert rows[1][:3] == ["类别", "入库数量", "入库金额"]
    assert rows[2][0] == "电机" and rows[2][1] == 3 and float(rows[2][2]) == 150.02
    total = next(r for r in rows if r[0] == "合计")
    assert total[1] == 13 and float(total[9]) == 160.0
    with pytest.raises(PermissionDenied):
        services.part_stats.export(actor_without(admin, "data.import_export"), stats, path)
