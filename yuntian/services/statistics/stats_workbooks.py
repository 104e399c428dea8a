"""What the statistics workbooks say: the Chinese words (title, grouping, headers, notes, states
and warranties as the trade writes them, whatever the language of the screen) and the plain
rows of purchase (购机统计) and service (售后服务统计) statistics, handed to
``exports.stats_export``, which writes any statistics table. Amounts stay numbers in yuan,
shares fractions shown as percentages, so the sheet can be summed and charted.

Imported by the services' ``export`` only when exporting: it loads openpyxl.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from yuntian.exports.stats_export import write_stats_table
from yuntian.exports.xlsx_writer import Column


class ServiceStats(Protocol):
    """What is written of a statistics result (the services' SaleStats / ServiceStats; named
    by shape so that the services, which import this module, are not imported back)."""

    date_from: dt.date
    date_to: dt.date
    grouping: str
    rows: Sequence[Any]
    total: Any


class SaleStats(ServiceStats, Protocol):
    salesperson_id: int | None
    sales_unit_id: int | None


MONEY_FORMAT = "#,##0.00"
COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
NONE_LABEL = "（无）"
TOTAL_LABEL = "合计"
KEY_WIDTH = 14  # the first column's least width; wider where the labels need it

SALE_TITLE = "购机统计"
SALE_GROUPING_TEXT = {
    "day": "按日",
    "month": "按月",
    "model": "按商品型号",
    "rep": "按业务员",
    "unit": "按销售单位",
}
SALE_KEY_HEADER = {
    "day": "日期",
    "month": "月份",
    "model": "商品名称型号",
    "rep": "业务员",
    "unit": "商品销售单位",
}
SALE_FIGURES: tuple[Column, ...] = (
    Column("笔数", 10, number_format=COUNT_FORMAT),
    Column("数量", 10, number_format=COUNT_FORMAT),
    Column("应收金额", 16, number_format=MONEY_FORMAT),
    Column("实收金额", 16, number_format=MONEY_FORMAT),
    Column("欠款金额", 16, number_format=MONEY_FORMAT),
)
SALE_NOTE = (
    "实收金额含截至导出时这些购机记录的全部回款（退款为负）；欠款金额 = 应收金额 - 实收金额。"
)

SERVICE_TITLE = "售后服务统计"
SERVICE_GROUPING_TEXT = {
    "state": "按状态",
    "type": "按服务类型",
    "technician": "按维修人员",
    "operator": "按接线员",
    "warranty": "按保修",
    "month": "按月",
}
SERVICE_KEY_HEADER = {
    "state": "状态",
    "type": "服务类型",
    "technician": "维修人员",
    "operator": "接线员",
    "warranty": "保修",
    "month": "月份",
}
# The trade's words, whatever the language of the screen (as the dispatch slip prints them).
STATE_WORDS = {
    "pending": "待处理",
    "dispatched": "已出单派工",
    "completed": "售后完成",
    "audited": "审核完成",
    "cancelled": "已取消",
}
WARRANTY_WORDS = {"in": "保内", "out": "保外", "unknown": "不明"}
SERVICE_FIGURES: tuple[Column, ...] = (
    Column("单数", 10, number_format=COUNT_FORMAT),
    Column("单数占比", 10, number_format=PERCENT_FORMAT),
    Column("材料费", 14, number_format=MONEY_FORMAT),
    Column("服务费", 14, number_format=MONEY_FORMAT),
    Column("交通费", 14, number_format=MONEY_FORMAT),
    Column("费用合计", 16, number_format=MONEY_FORMAT),
    Column("费用占比", 10, number_format=PERCENT_FORMAT),
)
SERVICE_NOTE = "费用只来自售后完成和审核完成的服务单；占比为占本期服务单数和费用合计的百分比。"
TECHNICIAN_NOTE = "两名维修人员的服务单各计一次，故各行之和可大于合计；合计为本期服务单数。"


def period_text(stats: SaleStats | ServiceStats) -> str:
    """ "2026-01-01 至 2026-12-31"."""
    return f"{stats.date_from.isoformat()} 至 {stats.date_to.isoformat()}"


def write_sale_stats(
    path: str | Path, stats: SaleStats, *, rep_name: str = "", unit_name: str = ""
) -> None:
    """Title "购机统计  2026-01-01 至 2026-12-31  按月  业务员：王五", a row per group."""
    details = [SALE_GROUPING_TEXT[stats.grouping]]
    if stats.salesperson_id is not None:
        details.append(f"业务员：{rep_name}")
    if stats.sales_unit_id is not None:
        details.append(f"商品销售单位：{unit_name}")
    rows = [
        [r.label or NONE_LABEL, r.count, r.quantity, r.receivable, r.received, r.outstanding]
        for r in stats.rows
    ]
    t = stats.total
    write_stats_table(
        path,
        SALE_TITLE,
        period_text(stats),
        [Column(SALE_KEY_HEADER[stats.grouping], KEY_WIDTH), *SALE_FIGURES],
        rows,
        [TOTAL_LABEL, t.count, t.quantity, t.receivable, t.received, t.outstanding],
        details=details,
        notes=[SALE_NOTE],
    )


def service_row_label(grouping: str, key: str, label: str) -> str:
    """A row's words: states and warranties in Chinese, "（无）" for no type / person."""
    if grouping == "state":
        return STATE_WORDS.get(key, key)
    if grouping == "warranty":
        return WARRANTY_WORDS.get(key, key)
    return label or NONE_LABEL


def write_service_stats(path: str | Path, stats: ServiceStats) -> None:
    """Title "售后服务统计  2026-01-01 至 2026-12-31  按状态", a row per group; the note on
    orders counted for each of two technicians where they are the grouping."""
    rows = [
        [
            service_row_label(stats.grouping, r.key, r.label),
            r.count,
            _fraction(r.count_share),
            r.fee_parts,
            r.fee_service,
            r.fee_transport,
            r.fee_total,
            _fraction(r.fee_share),
        ]
        for r in stats.rows
    ]
    t = stats.total
    totals = [
        TOTAL_LABEL,
        t.count,
        1 if t.count else 0,
        t.fee_parts,
        t.fee_service,
        t.fee_transport,
        t.fee_total,
        1 if t.fee_total else 0,
    ]
    notes = [SERVICE_NOTE]
    if stats.grouping == "technician":
        notes.append(TECHNICIAN_NOTE)
    write_stats_table(
        path,
        SERVICE_TITLE,
        period_text(stats),
        [Column(SERVICE_KEY_HEADER[stats.grouping], KEY_WIDTH), *SERVICE_FIGURES],
        rows,
        totals,
        details=[SERVICE_GROUPING_TEXT[stats.grouping]],
        notes=notes,
    )


def _fraction(percent: Decimal) -> Decimal:
    """12.5 (percent) as 0.125: Excel's percent format multiplies by a hundred."""
    return percent / 100
