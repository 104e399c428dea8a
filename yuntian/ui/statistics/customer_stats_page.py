"""New-customer statistics (新录入客户统计, stats.view): customers entered per day, week, month
or period, overall or by salesperson or group, as a table with a total row and a chart beside
it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from itertools import accumulate

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget

from yuntian.services.common.changes import Area
from yuntian.services.customers.customer_types import StatRow
from yuntian.ui.common.stats_chart import BAR_LIMIT, ChartSeries, fold
from yuntian.ui.common.stats_page import Field, StatsPage

PERIOD, KEY, COUNT = range(3)
STACK_LIMIT = 6  # salespeople or groups told apart in a period's bar; the rest are "Other"


class CustomerStatsPage(StatsPage):
    page_name = "customerStatsPage"
    object_prefix = "stats"
    watched = (Area.CUSTOMERS,)
    grouping_name = "Bucket"
    columns = 3
    text_columns = (PERIOD, KEY)
    # A narrow table reads better than one spread over the page: the chart takes the rest.
    split_sizes, split_stretch = (420, 630), (2, 3)
    default_grouping = "month"  # a year at a glance

    def groupings(self) -> list[tuple[str, str]]:
        return [
            ("day", self.tr("Per day")),
            ("week", self.tr("Per week")),
            ("month", self.tr("Per month")),
            ("total", self.tr("Whole period")),
        ]

    def build_controls(self) -> tuple[list[Field], list[Field]]:
        """The breakdown: none, by salesperson or by group."""
        self.bucket = self.grouping  # what the grouping is here: the periods counted
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("statsBreakdown")
        for code, text in (
            ("none", self.tr("No breakdown")),
            ("salesperson", self.tr("By salesperson")),
            ("group", self.tr("By group")),
        ):
            self.breakdown.addItem(text, code)
        self.breakdown.currentIndexChanged.connect(self.reload)
        return [(self.tr("&Breakdown:"), self.breakdown)], []

    def build_table(self) -> QTableWidget:
        """The key column (salesperson or group) shows only with a breakdown."""
        table = QTableWidget(0, 3)
        table.setObjectName("statsTable")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setColumnHidden(KEY, True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(PERIOD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def query(self, first: dt.date, last: dt.date) -> Callable[[], list[StatRow]]:
        stats, actor = self._services.customer_stats, self._actor
        bucket, by = self.bucket.currentData(), self.breakdown.currentData()
        return lambda: stats.new_customers(actor, first, last, bucket, by)

    # --- showing ---------------------------------------------------------------------

    def key_title(self) -> str:
        by = self.breakdown.currentData()
        if by == "salesperson":
            return self.tr("Salesperson")
        if by == "group":
            return self.tr("Group")
        return ""

    def headers(self, result: list[StatRow] | None) -> list[str]:
        return [self.tr("Period"), self.key_title(), self.tr("New customers")]

    def set_headers(self, labels: list[str]) -> None:
        """The headers as Qt centres them (this table came before the other two)."""
        self.table.setHorizontalHeaderLabels(labels)

    def show_result(self, rows: list[StatRow]) -> None:
        by = self.breakdown.currentData()
        self.set_headers(self.headers(rows))
        self.table.setColumnHidden(KEY, by == "none")
        header = self.table.horizontalHeader()
        # Without a breakdown the period column takes the room the key column would.
        header.setSectionResizeMode(
            PERIOD,
            QHeaderView.ResizeMode.Stretch
            if by == "none"
            else QHeaderView.ResizeMode.ResizeToContents,
        )
        locale = QLocale()
        none = self.tr("(none)")
        # Emptied first: replacing the items of hundreds of shown rows one by one resizes the
        # columns to their contents each time, half a minute for a year of days.
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows) + 1)
        for row, stat in enumerate(rows):
            key = stat.key_label or (none if by != "none" else "")
            self.set_row(row, (stat.period_label, key, locale.toString(stat.count)))
        total = sum(stat.count for stat in rows)
        self.set_row(len(rows), (self.tr("Total"), "", locale.toString(total)), bold=True)
        self._chart(rows, total)
        span = self.period.range()
        self.show_status(
            self.tr("{n} new customers from {first} to {last}.").format(
                n=locale.toString(total), first=span[0].isoformat(), last=span[1].isoformat()
            )
            if span
            else ""
        )

    def _chart(self, rows: list[StatRow], total: int) -> None:
        """Without a breakdown the count of every period: bars for up to BAR_LIMIT periods,
        a line over more (the running total, for days). With one, each period's bar split by
        salesperson or group (the largest few, the rest as "Other"); over more periods, or for
        the whole period, one bar per salesperson or group."""
        if not total:
            self.chart.show_empty(self.tr("No new customers in this period."))
            return
        axis = self.tr("New customers")
        if self.breakdown.currentData() != "none":
            self._breakdown_chart(rows, axis)
            return
        counts = [float(stat.count) for stat in rows]
        bucket = self.bucket.currentData()
        if len(rows) <= BAR_LIMIT:
            labels = [chart_label(stat.period_label, bucket) for stat in rows]
            self.chart.show_bars(labels, [ChartSeries(axis, counts)], value_title=axis)
            return
        starts = [period_start(stat.period_label) for stat in rows]
        if bucket == "day":  # a comb of spikes day by day; the running total shows the pace
            axis = self.tr("New customers, running total")
            counts = list(accumulate(counts))
        series = [ChartSeries(axis, counts)]
        self.chart.show_lines(starts, series, value_title=axis, monthly=bucket == "month")

    def _breakdown_chart(self, rows: list[StatRow], axis: str) -> None:
        none, other = self.tr("(none)"), self.tr("Other")
        cells: Counter[tuple[str, str]] = Counter()
        for stat in rows:
            period = chart_label(stat.period_label, self.bucket.currentData())
            cells[(period, stat.key_label or none)] += stat.count
        per_key: Counter[str] = Counter()
        for (_, key), n in cells.items():
            per_key[key] += n
        ranked = [key for key, _ in per_key.most_common()]
        periods = list(dict.fromkeys(period for period, _ in cells))
        if len(periods) == 1 or len(periods) > BAR_LIMIT:
            categories, series = fold(
                ranked, [ChartSeries(axis, [float(per_key[k]) for k in ranked])], other
            )
            title = self.tr("Whole period") if len(periods) > 1 else ""
            self.chart.show_bars(categories, series, value_title=axis, title=title)
            return
        shown = ranked if len(ranked) <= STACK_LIMIT else ranked[: STACK_LIMIT - 1]
        series = [ChartSeries(key, [float(cells[(p, key)]) for p in periods]) for key in shown]
        rest = ranked[len(shown) :]
        if rest:
            series.append(
                ChartSeries(other, [float(sum(cells[(p, k)] for k in rest)) for p in periods])
            )
        self.chart.show_bars(periods, series, value_title=axis, stacked=True)

    def total(self) -> int:
        """The figure in the total row, as shown."""
        return QLocale().toInt(self.total_text(COUNT))[0]


def period_start(label: str) -> dt.date:
    """The first day of a period as the service labels it: "2026-11-27", "2026-11" or
    "2026-11-23 ~ 2026-11-29"."""
    if len(label) == 7:
        return dt.date(int(label[:4]), int(label[5:7]), 1)
    return dt.date.fromisoformat(label[:10])


def chart_label(label: str, bucket: str) -> str:
    """A week by its first day: "2026-11-23 ~ 2026-11-29" would not fit beside a bar."""
    return label[:10] if bucket == "week" else label
