"""The chart beside a statistics table (购机统计, 新录入客户统计).

A few categories (months, models, reps, ...) read best as horizontal bars, top to bottom in the
table's order with the labels on the left where long Chinese names fit; many days or months
read best as lines over a date axis. The page builds the figures, the chart only draws them,
and ``shown()`` reads back what is drawn so tests can hold it against the table.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPointF, Qt, QTime
from PySide6.QtGui import QAction, QCursor, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QWidget,
)

BAR_LIMIT = 20  # more bars than this get too thin to read beside a table
LABEL_WIDTH = 11  # category labels wider than about 11 Chinese characters are elided
POINTS_VISIBLE = 62  # up to two months of days, each point is drawn as a dot too


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: list[float]


@dataclass(frozen=True)
class ChartShown:
    """What the chart draws: ``kind`` "bars", "lines" or "empty"; ``categories`` the bar
    labels top to bottom, or the lines' days as ISO dates; ``series`` name -> values."""

    kind: str
    categories: list[str]
    series: dict[str, list[float]]


def fold(
    categories: list[str], series: list[ChartSeries], other: str, limit: int = BAR_LIMIT
) -> tuple[list[str], list[ChartSeries]]:
    """At most ``limit`` categories: the first ``limit - 1`` and one ``other`` adding up the
    rest (the caller lists the largest first)."""
    if len(categories) <= limit:
        return categories, series
    keep = limit - 1
    return [*categories[:keep], other], [
        ChartSeries(s.name, [*s.values[:keep], math.fsum(s.values[keep:])]) for s in series
    ]


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    months = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def nice_step(largest: float, ticks: int = 5) -> float:
    """A round tick interval (1, 2 or 5 times a power of ten, at least 1) giving about
    ``ticks`` intervals up to ``largest``."""
    if largest <= 0:
        return 1.0
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1.0, factor * power)
    return max(1.0, 10 * power)  # pragma: no cover - the loop always returns


def beside_table(
    table: QWidget, chart: StatsChart, sizes: tuple[int, int], stretch: tuple[int, int]
) -> QSplitter:
    """The statistics pages' table with its chart to the right; the user may move the line."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.setChildrenCollapsible(False)
    split.addWidget(table)
    split.addWidget(chart)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    split.setSizes(list(sizes))
    return split


def stats_table(name: str, columns: int, key: int) -> QTableWidget:
    """A statistics page's table: read-only rows, the ``key`` column (the group's name)
    taking the spare width and the figures after it as wide as their contents."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)  # as the list pages
    header = table.horizontalHeader()
    header.setSectionResizeMode(key, QHeaderView.ResizeMode.Stretch)
    for column in range(key + 1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def set_stats_row(
    table: QTableWidget,
    row: int,
    cells: tuple[str, ...],
    text_columns: Collection[int],
    *,
    bold: bool = False,
) -> None:
    """One row of a statistics table: the figures (all but ``text_columns``) right-aligned, the
    total row bold."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column not in text_columns:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, column, item)


def last_row_text(table: QTableWidget, column: int) -> str:
    """The total row's figure in ``column``, as shown."""
    item = table.item(table.rowCount() - 1, column)
    return item.text() if item else ""


def add_page_keys(page: QWidget, keys: list[tuple[str, object, QKeySequence]]) -> None:
    """Shortcuts (text, slot, key) that work anywhere on the page and only there."""
    for text, slot, key in keys:
        action = QAction(text, page)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        page.addAction(action)


class StatsChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumWidth(280)
        chart = self.chart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # snapshots, and speed
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._kind = "empty"
        self._categories: list[str] = []  # the bars' whole labels, top to bottom
        self._decimals = 0

    def shown(self) -> ChartShown:
        """Read back from the chart's own series."""
        series: dict[str, list[float]] = {}
        for drawn in self.chart().series():
            if isinstance(drawn, QAbstractBarSeries):
                for bar_set in drawn.barSets():
                    values = [bar_set.at(i) for i in range(bar_set.count())]
                    series[bar_set.label()] = values[::-1]  # drawn bottom up
            elif isinstance(drawn, QLineSeries):
                series[drawn.name()] = [p.y() for p in drawn.points()]
        return ChartShown(self._kind, list(self._categories), series)

    def show_empty(self, text: str) -> None:
        """No figures: only ``text`` as the title."""
        self._reset(text)

    def show_bars(
        self,
        categories: list[str],
        series: list[ChartSeries],
        *,
        value_title: str,
        decimals: int = 0,
        title: str = "",
        stacked: bool = False,
    ) -> None:
        """Horizontal bars, one per category (first on top) and series: side by side, or
        ``stacked`` end to end."""
        self._reset(title)
        self._decimals = decimals
        chart = self.chart()
        bars = QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
        # Few categories would give bars as thick as a fist: keep them about a line high.
        per_category = 1 if stacked else len(series)
        bars.setBarWidth(min(0.8, 0.05 * per_category * max(1, len(categories))))
        # A category axis cannot be reversed: the last category goes in first to come out on top.
        bottom_up = categories[::-1]
        for s in series:
            bar_set = QBarSet(s.name)
            bar_set.append(s.values[::-1])
            bar_set.hovered.connect(
                lambda on, index, b=bar_set, names=bottom_up: self._bar_tip(on, b, names, index)
            )
            bars.append(bar_set)
        chart.addSeries(bars)
        labels = QBarCategoryAxis()
        labels.append(_axis_labels(bottom_up, QFontMetrics(self.font())))
        labels.setGridLineVisible(False)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(labels)
        values = self._value_axis(series, value_title, stacked=stacked)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(values)
        self._finish(series)
        self._kind, self._categories = "bars", list(categories)

    def show_lines(
        self,
        dates: list[dt.date],
        series: list[ChartSeries],
        *,
        value_title: str,
        monthly: bool = False,
        decimals: int = 0,
        title: str = "",
    ) -> None:
        """One line per series over ``dates`` (days, or first days of months)."""
        self._reset(title)
        self._decimals = decimals
        chart = self.chart()
        moments = _moments(dates)
        time_axis = QDateTimeAxis()
        time_axis.setFormat("yyyy-MM" if monthly else "yyyy-MM-dd")
        time_axis.setTickCount(5)
        if moments:
            first = QDateTime.fromMSecsSinceEpoch(int(moments[0]))
            last = QDateTime.fromMSecsSinceEpoch(int(moments[-1]))
            time_axis.setRange(first, last if last > first else first.addDays(1))
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        values = self._value_axis(series, value_title)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            line = QLineSeries()
            line.setName(s.name)
            line.append([QPointF(x, y) for x, y in zip(moments, s.values, strict=True)])
            line.setPointsVisible(len(moments) <= POINTS_VISIBLE)
            line.hovered.connect(
                lambda point, on, name=s.name, ds=dates, ys=s.values: self._line_tip(
                    on, name, point, moments, ds, ys
                )
            )
            chart.addSeries(line)
            line.attachAxis(time_axis)
            line.attachAxis(values)
        self._finish(series)
        self._kind, self._categories = "lines", [d.isoformat() for d in dates]

    # --- building --------------------------------------------------------------------

    def _reset(self, title: str) -> None:
        self._kind, self._categories = "empty", []
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        # Numbers as the table writes them: thousands separated, in the language shown.
        chart.setLocale(QLocale())
        chart.setLocalizeNumbers(True)
        font = QFont(self.font())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(title)
        chart.legend().setFont(self.font())

    def _value_axis(
        self, series: list[ChartSeries], title: str, *, stacked: bool = False
    ) -> QValueAxis:
        if stacked:
            figures = [
                math.fsum(column) for column in zip(*(s.values for s in series), strict=True)
            ]
        else:
            figures = [v for s in series for v in s.values]
        top, bottom = max(figures, default=0.0), min(figures, default=0.0)
        step = nice_step(max(top, -bottom, 1.0))
        axis = QValueAxis()
        axis.setRange(
            math.floor(min(bottom, 0.0) / step) * step, math.ceil(max(top, 1.0) / step) * step
        )
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0.0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%.0f")  # whole yuan / whole counts, grouped by the locale
        axis.setTitleText(title)
        return axis

    def _finish(self, series: list[ChartSeries]) -> None:
        chart = self.chart()
        for axis in chart.axes():
            axis.setLabelsFont(self.font())
            axis.setTitleFont(self.font())
        chart.legend().setVisible(len(series) > 1)

    # --- tooltips --------------------------------------------------------------------

    def _figure(self, value: float) -> str:
        return QLocale().toString(value, "f", self._decimals)

    def _bar_tip(self, on: bool, bar_set: QBarSet, categories: list[str], index: int) -> None:
        if not on or not 0 <= index < len(categories):
            QToolTip.hideText()
            return
        text = f"{categories[index]}\n{bar_set.label()}: {self._figure(bar_set.at(index))}"
        QToolTip.showText(QCursor.pos(), text, self)

    def _line_tip(
        self,
        on: bool,
        name: str,
        point: QPointF,
        moments: list[float],
        dates: list[dt.date],
        values: list[float],
    ) -> None:
        if not on or not moments:
            QToolTip.hideText()
            return
        nearest = min(range(len(moments)), key=lambda i: abs(moments[i] - point.x()))
        text = f"{dates[nearest].isoformat()}\n{name}: {self._figure(values[nearest])}"
        QToolTip.showText(QCursor.pos(), text, self)


def _moments(dates: list[dt.date]) -> list[float]:
    """Local midnights as a date axis counts them. Days added to the first one: a QDateTime in
    local time per day costs 30 ms a year (an hour off across a summer-time change does not
    move a date)."""
    if not dates:
        return []
    first = dates[0]
    base = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0)).toMSecsSinceEpoch()
    return [float(base + (d - first).days * 86_400_000) for d in dates]


def _axis_labels(categories: list[str], metrics: QFontMetrics) -> list[str]:
    """Elided where long (the tooltip has them whole), and unique: a category axis drops
    repeated labels."""
    width = metrics.averageCharWidth() * LABEL_WIDTH * 2  # a Chinese character: ~2 average
    labels: list[str] = []
    seen: set[str] = set()
    for text in categories:
        label = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        while label in seen:
            label += "\u200b"  # invisible, yet makes the label a new one
        seen.add(label)
        labels.append(label)
    return labels
