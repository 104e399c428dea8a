"""New-customer statistics (新录入客户统计, stats.view): customers entered per day, week, month
or period, overall or by salesperson or group, as a table with a total row and a chart beside
it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import accumulate

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import PermissionDenied, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import StatRow
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import ERROR_STYLE, HINT_STYLE
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.periods import THIS_YEAR, PeriodPicker
from yuntian.ui.common.refusal_stack import refusal_stack
from yuntian.ui.common.stats_chart import BAR_LIMIT, ChartSeries, StatsChart, beside_table, fold

PERIOD, KEY, COUNT = range(3)
STACK_LIMIT = 6  # salespeople or groups told apart in a period's bar; the rest are "Other"


class CustomerStatsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._generation = 0  # answers to older questions are dropped
        self.rows: list[StatRow] = []
        self.loading = False
        self.setObjectName("customerStatsPage")

        self.period = PeriodPicker(
            services.clock().date(), with_any=False, preset=THIS_YEAR, parent=self
        )
        self.period.combo.setObjectName("statsPeriod")
        self.bucket = QComboBox()
        self.bucket.setObjectName("statsBucket")
        for code, text in (
            ("day", self.tr("Per day")),
            ("week", self.tr("Per week")),
            ("month", self.tr("Per month")),
            ("total", self.tr("Whole period")),
        ):
            self.bucket.addItem(text, code)
        self.bucket.setCurrentIndex(self.bucket.findData("month"))  # a year at a glance
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("statsBreakdown")
        for code, text in (
            ("none", self.tr("No breakdown")),
            ("salesperson", self.tr("By salesperson")),
            ("group", self.tr("By group")),
        ):
            self.breakdown.addItem(text, code)

        controls = QHBoxLayout()
        for text, field in (
            (self.tr("&Period:"), self.period.combo),
            (None, None),
            (self.tr("&Show:"), self.bucket),
            (self.tr("&Breakdown:"), self.breakdown),
        ):
            if field is None:
                controls.addWidget(self.period.date_from)
                controls.addWidget(self.period.dash)
                controls.addWidget(self.period.date_to)
                controls.addSpacing(12)
                continue
            caption = QLabel(text)
            caption.setBuddy(field)
            controls.addWidget(caption)
            controls.addWidget(field)
        controls.addStretch(1)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("statsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Period"), "", self.tr("New customers")])
        self.table.setColumnHidden(KEY, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PERIOD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setObjectName("statsStatus")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        self.chart = StatsChart()
        self.chart.setObjectName("statsChart")
        # A narrow table reads better than one spread over the page: the chart takes the rest.
        layout.addWidget(beside_table(self.table, self.chart, (420, 630), (2, 3)), 1)
        layout.addWidget(self.status)
        self.stack, self.refusal = refusal_stack(self, content)

        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        self.period.changed.connect(self.refresh)
        self.bucket.currentIndexChanged.connect(self.refresh)
        self.breakdown.currentIndexChanged.connect(self.refresh)
        self.refresh()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again, off the GUI thread (a year of a big shop is many rows to count)."""
        span = self.period.range()
        if span is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Counting…"))
        stats, actor = self._services.customer_stats, self._actor
        bucket, by = self.bucket.currentData(), self.breakdown.currentData()
        run_in_background(
            self,
            lambda: stats.new_customers(actor, span[0], span[1], bucket, by),
            lambda rows: self._loaded(generation, rows),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, rows: list[StatRow]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.stack.setCurrentIndex(0)
        self.rows = rows
        self._fill(rows)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        if isinstance(exc, PermissionDenied):
            self.refusal.setText(error_text(exc))
            self.stack.setCurrentWidget(self.refusal)
            return
        reason = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(
            self.tr("The statistics could not be counted: {reason}").format(reason=reason)
        )

    # --- showing ---------------------------------------------------------------------

    def key_title(self) -> str:
        by = self.breakdown.currentData()
        if by == "salesperson":
            return self.tr("Salesperson")
        if by == "group":
            return self.tr("Group")
        return ""

    def _fill(self, rows: list[StatRow]) -> None:
        by = self.breakdown.currentData()
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.key_title(), self.tr("New customers")]
        )
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
            self._set(row, (stat.period_label, key, locale.toString(stat.count)))
        total = sum(stat.count for stat in rows)
        self._set(len(rows), (self.tr("Total"), "", locale.toString(total)), bold=True)
        self._chart(rows, total)
        self.status.setStyleSheet(HINT_STYLE)
        span = self.period.range()
        self.status.setText(
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

    def _set(self, row: int, cells: tuple[str, str, str], *, bold: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == COUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def total(self) -> int:
        """The figure in the total row, as shown."""
        item = self.table.item(self.table.rowCount() - 1, COUNT)
        return QLocale().toInt(item.text())[0] if item else 0


def period_start(label: str) -> dt.date:
    """The first day of a period as the service labels it: "2026-11-27", "2026-11" or
    "2026-11-23 ~ 2026-11-29"."""
    if len(label) == 7:
        return dt.date(int(label[:4]), int(label[5:7]), 1)
    return dt.date.fromisoformat(label[:10])


def chart_label(label: str, bucket: str) -> str:
    """A week by its first day: "2026-11-23 ~ 2026-11-29" would not fit beside a bar."""
    return label[:10] if bucket == "week" else label
