"""Purchase statistics (购机统计): every grouping adds up to the total on every engine, received
counts every payment to date (refunds subtract), voided sales and sales outside the period are
left out, the filters, the order of rows, the refusals and the Excel export."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.sale_helpers import D, customer, product, sale
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.services.statistics.sale_stats import SaleGrouping, SaleStats

NOV_1, NOV_30 = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def build_november(services):
    """Three sales in November 2026 (on its first and last day too), one voided, one on each
    side of the month; payments, a refund and a payment made after the month."""
    s, admin = services, login_admin(services)
    buyer = customer(s, admin)
    gree = product(s, admin, "KFR-35GW", brand="格力")
    midea = product(s, admin, "KFR-26GW", brand="美的")
    wang = salesperson(s, admin, "wangwu", "王五")
    li = salesperson(s, admin, "lisi", "")  # no display name: shown by user name
    head = s.catalogue.save_sales_unit(admin, None, "总店", None, None, version=None).id
    east = s.catalogue.save_sales_unit(admin, None, "东城分店", None, None, version=None).id

    first = sale(s, admin, buyer, gree, "1000", sale_date=NOV_1, quantity=2,
                 salesperson_id=wang, sales_unit_id=head)  # fmt: skip
    s.payments.record(admin, first.id, NOV_1, D("1500"), "现金")
    s.payments.record(admin, first.id, dt.date(2026, 11, 3), D("-200"), "现金", reason="少装一台")
    last = sale(s, admin, buyer, midea, "3999.90", sale_date=NOV_30, salesperson_id=li)
    s.payments.record(admin, last.id, dt.date(2026, 12, 5), D("3999.90"), "微信")
    sale(s, admin, buyer, gree, "1000", sale_date=dt.date(2026, 11, 15), sales_unit_id=east)
    voided = sale(s, admin, buyer, midea, "500", sale_date=dt.date(2026, 11, 15),
                  salesperson_id=wang, sales_unit_id=head)  # fmt: skip
    s.payments.record(admin, voided.id, dt.date(2026, 11, 15), D("100"), "现金")
    s.sales.void(admin, voided.id, "录错了")
    sale(s, admin, buyer, gree, "800", sale_date=dt.date(2026, 10, 31), salesperson_id=wang)
    sale(s, admin, buyer, midea, "700", sale_date=dt.date(2026, 12, 1), sales_unit_id=east)
    return s, admin, {"wang": wang, "li": li, "head": head, "east": east, "gree": gree}


@pytest.fixture
def november(services):
    """On SQLite, PostgreSQL and MariaDB in turn."""
    return build_november(services)


@pytest.fixture
def sqlite_november(sqlite_services):
    return build_november(sqlite_services)


def figures(stats: SaleStats) -> list[tuple[str, int, int, str, str, str]]:
    return [
        (r.label, r.count, r.quantity, str(r.receivable), str(r.received), str(r.outstanding))
        for r in stats.rows
    ]


def test_every_grouping_adds_up_to_the_total_on_every_engine(november):
    services, admin, _ = november
    expected = services.sales.totals(admin, SaleFilter(date_from=NOV_1, date_to=NOV_30))
    assert (expected.count, expected.quantity) == (3, 4)
    assert (expected.receivable, expected.received) == (D("6999.90"), D("5299.90"))
    for grouping in SaleGrouping:
        stats = services.sale_stats.summarize(admin, NOV_1, NOV_30, grouping)
        assert stats.total == expected, grouping
        t = stats.total
        assert t.outstanding == t.receivable - t.received
        assert sum(r.count for r in stats.rows) == t.count, grouping
        assert sum(r.quantity for r in stats.rows) == t.quantity, grouping
        assert sum(r.receivable for r in stats.rows) == t.receivable, grouping
        assert sum(r.received for r in stats.rows) == t.received, grouping
        assert sum(r.outstanding for r in stats.rows) == t.outstanding, grouping
        for r in stats.rows:
            assert r.outstanding == r.receivable - r.received, (grouping, r)
    # Each engine hands dates back in its own type; the keys come out the same.
    days = services.sale_stats.summarize(admin, NOV_1, NOV_30, SaleGrouping.DAY)
    assert [r.key for r in days.rows] == ["2026-11-01", "2026-11-15", "2026-11-30"]
    months = services.sale_stats.summarize(admin, NOV_1, NOV_30, SaleGrouping.MONTH)
    assert [(r.key, r.label) for r in months.rows] == [("2026-11", "2026-11")]


def test_per_day_and_per_month_only_periods_with_sales_in_date_order(sqlite_november):
    services, admin, _ = sqlite_november
    days = services.sale_stats.summarize(admin, NOV_1, NOV_30, SaleGrouping.DAY)
    # The first and last day count; the refund is taken off; the payment of 5 December
    # counts for the sale of 30 November.
    assert figures(days) == [
        ("2026-11-01", 1, 2, "2000.00", "1300.00", "700.00"),
        ("2026-11-15", 1, 1, "1000.00", "0.00", "1000.00"),
        ("2026-11-30", 1, 1, "3999.90", "3999.90", "0.00"),
    ]
    assert [r.key for r in days.rows] == ["2026-11-01", "2026-11-15", "2026-11-30"]
    months = services.sale_stats.summarize(
        admin, dt.date(2026, 10, 1), dt.date(2026, 12, 31), SaleGrouping.MONTH
    )
    assert figures(months) == [
        ("2026-10", 1, 1, "800.00", "0.00", "800.00"),
        ("2026-11", 3, 4, "6999.90", "5299.90", "1700.00"),
        ("2026-12", 1, 1, "700.00", "0.00", "700.00"),
    ]
    assert (months.grouping, months.date_from, months.date_to) == (
        SaleGrouping.MONTH,
        dt.date(2026, 10, 1),
        dt.date(2026, 12, 31),
    )


def test_by_model_rep_and_unit_largest_receivable_first(sqlite_november):
    services, admin, ids = sqlite_november
    summarize = services.sale_stats.summarize
    models = summarize(admin, NOV_1, NOV_30, SaleGrouping.MODEL)
    assert figures(models) == [
        ("美的 KFR-26GW", 1, 1, "3999.90", "3999.90", "0.00"),
        ("格力 KFR-35GW", 2, 3, "3000.00", "1300.00", "1700.00"),
    ]
    assert models.rows[1].key == str(ids["gree"])
    reps = summarize(admin, NOV_1, NOV_30, SaleGrouping.REP)
    assert [(r.key, r.label, str(r.receivable)) for r in reps.rows] == [
        (str(ids["li"]), "lisi", "3999.90"),
        (str(ids["wang"]), "王五", "2000.00"),
        ("", "", "1000.00"),  # without a rep
    ]
    units = summarize(admin, NOV_1, NOV_30, SaleGrouping.UNIT)
    assert [(r.key, r.label, str(r.receivable)) for r in units.rows] == [
        ("", "", "3999.90"),
        (str(ids["head"]), "总店", "2000.00"),
        (str(ids["east"]), "东城分店", "1000.00"),
    ]


def test_rep_and_unit_filters(sqlite_november):
    services, admin, ids = sqlite_november
    summarize = services.sale_stats.summarize
    wang = summarize(admin, NOV_1, NOV_30, SaleGrouping.MONTH, salesperson_id=ids["wang"])
    assert figures(wang) == [("2026-11", 1, 2, "2000.00", "1300.00", "700.00")]
    assert wang.salesperson_id == ids["wang"] and wang.sales_unit_id is None
    east = summarize(
        admin, NOV_1, dt.date(2026, 12, 31), SaleGrouping.REP, sales_unit_id=ids["east"]
    )
    assert figures(east) == [("", 2, 2, "1700.00", "0.00", "1700.00")]
    nobody = summarize(
        admin,
        NOV_1,
        NOV_30,
        SaleGrouping.DAY,
        salesperson_id=ids["wang"],
        sales_unit_id=ids["east"],
    )
    assert nobody.rows == []
    assert (nobody.total.count, nobody.total.receivable, nobody.total.outstanding) == (
        0,
        D("0.00"),
        D("0.00"),
    )


def test_a_single_day_and_a_reversed_period(sqlite_november):
    services, admin, _ = sqlite_november
    one = services.sale_stats.summarize(admin, NOV_30, NOV_30, SaleGrouping.MODEL)
    assert figures(one) == [("美的 KFR-26GW", 1, 1, "3999.90", "3999.90", "0.00")]
    with pytest.raises(ValidationError) as info:
        services.sale_stats.summarize(admin, NOV_30, NOV_1, SaleGrouping.DAY)
    assert info.value.field == "date_to"
    with pytest.raises(ValueError):
        services.sale_stats.summarize(admin, NOV_1, NOV_30, "week")  # type: ignore[arg-type]


def test_refusals(sqlite_november, tmp_path):
    services, admin, _ = sqlite_november
    with pytest.raises(PermissionDenied) as info:
        services.sale_stats.summarize(
            actor_without(admin, "stats.view"), NOV_1, NOV_30, SaleGrouping.DAY
        )
    assert info.value.code == "stats.view"
    stats = services.sale_stats.summarize(admin, NOV_1, NOV_30, SaleGrouping.DAY)
    target = tmp_path / "stats.xlsx"
    with pytest.raises(PermissionDenied) as info:
        services.sale_stats.export(actor_without(admin, "data.import_export"), stats, target)
    assert info.value.code == "data.import_export"
    assert not target.exists()


def test_export_writes_title_header_rows_and_total(sqlite_november, tmp_path):
    services, admin, ids = sqlite_november
    stats = services.sale_stats.summarize(
        admin, NOV_1, NOV_30, SaleGrouping.UNIT, salesperson_id=ids["wang"]
    )
    target = tmp_path / "购机统计.xlsx"
    services.sale_stats.export(admin, stats, target)

    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "购机统计"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    title = rows[0][0]
    assert "2026-11-01 至 2026-11-30" in title and "按销售单位" in title and "王五" in title
    assert rows[1] == ["商品销售单位", "笔数", "数量", "应收金额", "实收金额", "欠款金额"]
    assert rows[2] == ["总店", 1, 2, 2000, 1300, 700]
    assert rows[3] == ["合计", 1, 2, 2000, 1300, 700]
    assert "欠款金额 = 应收金额 - 实收金额" in rows[5][0]
    assert sheet["D3"].number_format == "#,##0.00"
    assert sheet["F4"].number_format == "#,##0.00"
    assert sheet["B4"].font.bold
    assert not list(tmp_path.glob(".*.part"))

    # Sales without a unit, and amounts with cents.
    everything = services.sale_stats.summarize(admin, NOV_1, NOV_30, SaleGrouping.UNIT)
    services.sale_stats.export(admin, everything, target)
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[2] == ["（无）", 1, 1, 3999.9, 3999.9, 0]
    assert rows[-3][0] == "合计" and rows[-3][3] == pytest.approx(6999.9)
