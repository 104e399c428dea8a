"""Service statistics (售后服务统计): counts and shares per state, type, technician, operator,
warranty and month on every engine, fees summed exact to the cent, an order with two
technicians counting for both, the period's first and last instant included, the refusals and
the Excel export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.service_order_helpers import D, customer, finish, take, technician
from yuntian.services.common.errors import PermissionDenied, ValidationError
from yuntian.services.service_orders.service_order_types import Warranty
from yuntian.services.statistics.service_stats import (
    ServiceGrouping,
    ServiceStats,
    ServiceStatsTotal,
    percent,
)

NOV_1, NOV_30 = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
G = ServiceGrouping


def at(clock, *moment: int) -> None:
    clock.now = dt.datetime(*moment)


def build_november(services, clock):
    """Five orders taken in November 2026, on its first and last instant too, one in every
    state, and one on each side of the month.

    A 11-01 00:00:00 上门维修 by admin, 张师傅 + 李师傅, completed: 0.10 + 0.20 + 0.00
    B 11-15 送修 by admin, 张师傅, completed 35.50 + 80.00 + 0.10, audited
    C 11-15 上门维修 by 孙丽, no technician, pending
    D 11-20 安装调试 by admin, 李师傅, out of warranty, cancelled
    E 11-30 23:59:59 上门维修 by 孙丽, 张师傅, in warranty, dispatched
    """
    s, admin = services, login_admin(services)
    buyer = customer(s, admin)
    zhang = technician(s, admin, "zhang", "张师傅")
    li = technician(s, admin, "li", "李师傅")
    sun_id = salesperson(s, admin, "sunli", "孙丽")
    sun = s.auth.login("sunli", "Sales-123")
    orders = s.service_orders

    at(clock, 2026, 10, 31, 23, 59, 59)
    take(s, admin, buyer, service_type="送修")  # the day before
    at(clock, 2026, 11, 1, 0, 0, 0)
    a = take(s, admin, buyer, technician_ids=(zhang, li))
    at(clock, 2026, 11, 2, 10)
    finish(s, admin, a.id, fee_parts=D("0.10"), fee_service=D("0.20"), fee_transport=D("0"))
    at(clock, 2026, 11, 15, 9)
    b = take(s, admin, buyer, service_type="送修", technician_ids=(zhang,))
    finish(s, admin, b.id, fee_parts=D("35.50"), fee_service=D("80"), fee_transport=D("0.10"))
    orders.audit(admin, [b.id])
    take(s, sun, buyer)
    at(clock, 2026, 11, 20, 14)
    d = take(
        s,
        admin,
        buyer,
        service_type="安装调试",
        technician_ids=(li,),
        warranty=Warranty.OUT,
        warranty_reason="人为损坏",
    )
    orders.cancel(admin, d.id, "客户自己修好了")
    at(clock, 2026, 11, 30, 23, 59, 59)
    e = take(s, sun, buyer, technician_ids=(zhang,), warranty=Warranty.IN, warranty_reason="保修卡")
    orders.dispatch(admin, [e.id])
    at(clock, 2026, 12, 1, 0, 0, 0)
    take(s, admin, buyer)  # the day after
    at(clock, 2026, 12, 2, 9)
    return s, admin, {"zhang": zhang, "li": li, "sun": sun_id, "admin": admin.user_id}


@pytest.fixture
def november(services, clock):
    """On SQLite, PostgreSQL and MariaDB in turn."""
    return build_november(services, clock)


@pytest.fixture
def sqlite_november(sqlite_services, clock):
    return build_november(sqlite_services, clock)


def figures(stats: ServiceStats) -> list[tuple]:
    return [
        (r.key, r.count, str(r.count_share), str(r.fee_total), str(r.fee_share)) for r in stats.rows
    ]


NOVEMBER_TOTAL = ServiceStatsTotal(
    count=5,
    fee_parts=D("35.60"),
    fee_service=D("80.20"),
    fee_transport=D("0.10"),
    fee_total=D("115.90"),
)


def test_every_grouping_on_every_engine(november):
    services, admin, ids = november
    summarize = services.service_stats.summarize
    states = summarize(admin, NOV_1, NOV_30, G.STATE)
    assert states.total == NOVEMBER_TOTAL
    # All five states in workflow order; fees only where the work was done.
    assert figures(states) == [
        ("pending", 1, "20.0", "0.00", "0.0"),
        ("dispatched", 1, "20.0", "0.00", "0.0"),
        ("completed", 1, "20.0", "0.30", "0.3"),
        ("audited", 1, "20.0", "115.60", "99.7"),
        ("cancelled", 1, "20.0", "0.00", "0.0"),
    ]
    assert [(r.fee_parts, r.fee_service, r.fee_transport) for r in states.rows[2:4]] == [
        (D("0.10"), D("0.20"), D("0.00")),  # 0.10 + 0.20 is 0.30, not 0.30000000000000004
        (D("35.50"), D("80.00"), D("0.10")),
    ]

    types = summarize(admin, NOV_1, NOV_30, G.TYPE)
    assert [(r.label, r.count, str(r.count_share), str(r.fee_total)) for r in types.rows] == [
        ("上门维修", 3, "60.0", "0.30"),
        ("送修", 1, "20.0", "115.60"),  # a tie on the count: the larger fees first
        ("安装调试", 1, "20.0", "0.00"),
    ]

    operators = summarize(admin, NOV_1, NOV_30, G.OPERATOR)
    assert [(r.key, r.label, r.count, str(r.fee_total)) for r in operators.rows] == [
        (str(ids["admin"]), "系统管理员", 3, "115.90"),
        (str(ids["sun"]), "孙丽", 2, "0.00"),
    ]

    warranty = summarize(admin, NOV_1, NOV_30, G.WARRANTY)
    assert [(r.key, r.label, r.count) for r in warranty.rows] == [
        ("unknown", "unknown", 3),
        ("in", "in", 1),
        ("out", "out", 1),
    ]

    months = summarize(admin, dt.date(2026, 10, 1), dt.date(2026, 12, 31), G.MONTH)
    assert [(r.key, r.label, r.count) for r in months.rows] == [
        ("2026-10", "2026-10", 1),
        ("2026-11", "2026-11", 5),
        ("2026-12", "2026-12", 1),
    ]
    assert months.total.count == 7 and months.total.fee_total == D("115.90")

    for grouping in (G.STATE, G.TYPE, G.OPERATOR, G.WARRANTY):
        stats = summarize(admin, NOV_1, NOV_30, grouping)
        assert stats.total == NOVEMBER_TOTAL, grouping
        assert sum(r.count for r in stats.rows) == 5, grouping
        assert sum(r.fee_total for r in stats.rows) == D("115.90"), grouping
        for r in stats.rows:
            assert r.fee_total == r.fee_parts + r.fee_service + r.fee_transport


def test_two_technicians_count_for_both_and_none_is_a_row(november):
    services, admin, ids = november
    stats = services.service_stats.summarize(admin, NOV_1, NOV_30, G.TECHNICIAN)
    assert stats.total == NOVEMBER_TOTAL  # every order once
    assert [
        (r.key, r.label, r.count, str(r.count_share), str(r.fee_total)) for r in stats.rows
    ] == [
        (str(ids["zhang"]), "张师傅", 3, "60.0", "115.90"),
        (str(ids["li"]), "李师傅", 2, "40.0", "0.30"),
        ("", "", 1, "20.0", "0.00"),
    ]
    assert sum(r.count for r in stats.rows) == 6  # A counts for both


def test_the_period_includes_its_first_and_last_instant(sqlite_november):
    services, admin, _ = sqlite_november
    summarize = services.service_stats.summarize
    first = summarize(admin, NOV_1, NOV_1, G.TYPE)
    assert first.total.count == 1 and first.total.fee_total == D("0.30")
    last = summarize(admin, NOV_30, NOV_30, G.STATE)
    assert [r.key for r in last.rows if r.count] == ["dispatched"]
    # Months cut by the period: only its days count, keyed by their month.
    part = summarize(admin, dt.date(2026, 10, 31), dt.date(2026, 11, 1), G.MONTH)
    assert [(r.key, r.count) for r in part.rows] == [("2026-10", 1), ("2026-11", 1)]
    empty = summarize(admin, dt.date(2026, 11, 2), dt.date(2026, 11, 14), G.MONTH)
    assert empty.rows == [] and empty.total == ServiceStatsTotal()
    none = summarize(admin, dt.date(2026, 11, 2), dt.date(2026, 11, 14), G.STATE)
    assert [(r.count, r.count_share, r.fee_share) for r in none.rows] == [(0, 0, 0)] * 5


def test_a_long_period_per_month(sqlite_services, clock):
    """More months than one query glues together."""
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    for year in (2000, 2013, 2026):
        at(clock, year, 6, 30, 12)
        take(services, admin, buyer)
    at(clock, 2026, 11, 27, 9)
    stats = services.service_stats.summarize(
        admin, dt.date(2000, 1, 1), dt.date(2026, 12, 31), G.MONTH
    )
    assert [(r.key, r.count) for r in stats.rows] == [
        ("2000-06", 1),
        ("2013-06", 1),
        ("2026-06", 1),
    ]


def test_percentages_round_half_up_to_one_place():
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 8) == Decimal("12.5")
    assert percent(1, 16) == Decimal("6.3")  # 6.25
    assert percent(0, 0) == Decimal("0.0")


def test_refusals_and_a_reversed_period(sqlite_november, tmp_path):
    services, admin, _ = sqlite_november
    with pytest.raises(PermissionDenied) as info:
        services.service_stats.summarize(actor_without(admin, "stats.view"), NOV_1, NOV_30, G.STATE)
    assert info.value.code == "stats.view"
    with pytest.raises(ValidationError) as refused:
        services.service_stats.summarize(admin, NOV_30, NOV_1, G.STATE)
    assert refused.value.field == "date_to"
    with pytest.raises(ValueError):
        services.service_stats.summarize(admin, NOV_1, NOV_30, "week")  # type: ignore[arg-type]
    stats = services.service_stats.summarize(admin, NOV_1, NOV_30, G.STATE)
    target = tmp_path / "stats.xlsx"
    with pytest.raises(PermissionDenied) as info:
        services.service_stats.export(actor_without(admin, "data.import_export"), stats, target)
    assert info.value.code == "data.import_export"
    assert not target.exists()


def test_export_writes_title_header_rows_and_total(sqlite_november, tmp_path):
    services, admin, _ = sqlite_november
    stats = services.service_stats.summarize(admin, NOV_1, NOV_30, G.STATE)
    target = tmp_path / "售后服务统计.xlsx"
    services.service_stats.export(admin, stats, target)

    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "售后服务统计"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert "2026-11-01 至 2026-11-30" in rows[0][0] and "按状态" in rows[0][0]
    assert rows[1] == [
        "状态",
        "单数",
        "单数占比",
        "材料费",
        "服务费",
        "交通费",
        "费用合计",
        "费用占比",
    ]
    assert [r[0] for r in rows[2:8]] == [
        "待处理",
        "已出单派工",
        "售后完成",
        "审核完成",
        "已取消",
        "合计",
    ]
    audited = rows[5]
    assert audited[1:] == [1, 0.2, 35.5, 80, 0.1, 115.6, pytest.approx(0.997)]
    assert rows[7] == ["合计", 5, 1, 35.6, 80.2, 0.1, 115.9, 1]
    assert sheet["C3"].number_format == "0.0%" and sheet["H8"].number_format == "0.0%"
    assert sheet["D3"].number_format == "#,##0.00" and sheet["G8"].number_format == "#,##0.00"
    assert sheet["B8"].font.bold
    assert "费用只来自售后完成和审核完成的服务单" in rows[9][0]
    assert not list(tmp_path.glob(".*.part"))

    # Technicians: "（无）" for the order without one, and the note on counting twice.
    per_technician = services.service_stats.summarize(admin, NOV_1, NOV_30, G.TECHNICIAN)
    services.service_stats.export(admin, per_technician, target)
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[1][0] == "维修人员"
    assert [r[0] for r in rows[2:6]] == ["张师傅", "李师傅", "（无）", "合计"]
    assert rows[5][1] == 5
    assert "各计一次" in rows[-1][0]

    warranty = services.service_stats.summarize(admin, NOV_1, NOV_30, G.WARRANTY)
    services.service_stats.export(admin, warranty, target)
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    assert [r[0] for r in rows[2:5]] == ["不明", "保内", "保外"]
