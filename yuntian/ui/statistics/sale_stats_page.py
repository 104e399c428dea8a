"""Purchase statistics (购机统计, stats.view): the sales of a period per day, month, product
model, sales rep or sales unit, optionally of one rep or unit, as a table with a bold total row
and a chart of receivable against received beside it; "Export to Excel" for those who may
export (data.import_export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import accumulate

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from yuntian.services.common.changes import Area
from yuntian.services.statistics.sale_stats import SaleGrouping, SaleStats, SaleStatsService
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.stats_chart import BAR_LIMIT, ChartSeries, days, fold, month_starts
from yuntian.ui.common.stats_page import Field, StatsPage

KEY, COUNT, QUANTITY, RECEIVABLE, RECEIVED, OUTSTANDING = range(6)


class SaleStatsPage(StatsPage):
    object_prefix = "saleStats"
    watched = (Area.SALES, Area.PAYMENTS, Area.CATALOGUE)
    columns = 6
    # The table just wide enough for its five figures and a model name (figures read better
    # close to their labels), the chart in the rest; the user may move the line.
    split_sizes, split_stretch = (560, 490), (1, 1)
    default_grouping = SaleGrouping.MONTH.value
    with_hint = True
    exports = True

    def groupings(self) -> list[tuple[str, str]]:
        return [
            (SaleGrouping.DAY.value, self.tr("Per day")),
            (SaleGrouping.MONTH.value, self.tr("Per month")),
            (SaleGrouping.MODEL.value, self.tr("Per product model")),
            (SaleGrouping.REP.value, self.tr("Per sales rep")),
            (SaleGrouping.UNIT.value, self.tr("Per sales unit")),
        ]

    def build_controls(self) -> tuple[list[Field], list[Field]]:
        """The rep and unit filters on a second row: in one, the English captions would widen
        the main window past 1280."""
        self.rep = QComboBox()
        self.rep.setObjectName("saleStatsRep")
        self.unit = QComboBox()
        self.unit.setObjectName("saleStatsUnit")
        self._fill_filters()
        for combo in (self.rep, self.unit):
            combo.currentIndexChanged.connect(self.reload)
        self.hint.setText(
            self.tr(
                "Received counts every payment made to date on these sales, refunds "
                "subtracted; outstanding = receivable − received."
            )
        )
        return [], [(self.tr("Sales &rep:"), self.rep), (self.tr("Sales &unit:"), self.unit)]

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rep and unit lists and count again (F5)."""
        self._fill_filters()
        self.reload()

    def query(self, first: dt.date, last: dt.date) -> Callable[[], SaleStats]:
        stats, actor = self._services.sale_stats, self._actor
        grouping = SaleGrouping(self.grouping.currentData())
        rep, unit = self.rep.currentData(), self.unit.currentData()
        return lambda: stats.summarize(
            actor, first, last, grouping, salesperson_id=rep, sales_unit_id=unit
        )

    def _fill_filters(self) -> None:
        """The rep and unit choices, keeping what was chosen where it still exists."""
        reps = self._services.customers.salespeople(self._actor)
        units = [(u.id, u.name) for u in self._services.catalogue.sales_units(self._actor)]
        for combo, everyone, choices in (
            (self.rep, self.tr("All sales reps"), reps),
            (self.unit, self.tr("All sales units"), units),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for item_id, name in choices:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # --- showing ---------------------------------------------------------------------

    def key_title(self, grouping: SaleGrouping) -> str:
        return {
            SaleGrouping.DAY: self.tr("Date"),
            SaleGrouping.MONTH: self.tr("Month"),
            SaleGrouping.MODEL: self.tr("Product model"),
            SaleGrouping.REP: self.tr("Sales rep"),
            SaleGrouping.UNIT: self.tr("Sales unit"),
        }[grouping]

    def headers(self, result: SaleStats | None) -> list[str]:
        return [
            self.key_title(result.grouping if result else SaleGrouping.MONTH),
            self.tr("Sales"),
            self.tr("Quantity"),
            self.tr("Receivable"),
            self.tr("Received"),
            self.tr("Outstanding"),
        ]

    def show_result(self, stats: SaleStats) -> None:
        self.set_headers(self.headers(stats))
        locale = QLocale()
        none = self.tr("(none)")
        # Emptied first: replacing the items of hundreds of shown rows one by one resizes the
        # columns to their contents each time, half a minute for a year of days.
        self.table.setRowCount(0)
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            counts = (locale.toString(r.count), locale.toString(r.quantity))
            amounts = (yuan(r.receivable), yuan(r.received), yuan(r.outstanding))
            self.set_row(row, (r.label or none, *counts, *amounts))
        t = stats.total
        counts = (locale.toString(t.count), locale.toString(t.quantity))
        amounts = (yuan(t.receivable), yuan(t.received), yuan(t.outstanding))
        self.set_row(len(stats.rows), (self.tr("Total"), *counts, *amounts), bold=True)
        self._chart(stats)
        self.show_status(
            self.tr("{n} sales from {first} to {last}, {owed} outstanding.").format(
                n=locale.toString(t.count),
                first=stats.date_from.isoformat(),
                last=stats.date_to.isoformat(),
                owed=yuan(t.outstanding),
            )
        )

    def _chart(self, stats: SaleStats) -> None:
        """Receivable against received per row as bars: up to BAR_LIMIT days or months (every
        one of the period, those without sales at zero) or groups (the smallest folded into
        "Other"). More months: lines. More days: running totals, as a year of daily figures
        is a comb of spikes, while the two totals climbing apart show the pace and the debt."""
        if not stats.rows:
            self.chart.show_empty(self.tr("No sales in this period."))
            return
        title = self.tr("Amount (yuan)")
        receivable, received = self.tr("Receivable"), self.tr("Received")
        if stats.grouping not in (SaleGrouping.DAY, SaleGrouping.MONTH):
            none = self.tr("(none)")
            categories, series = fold(
                [r.label or none for r in stats.rows],
                [
                    ChartSeries(receivable, [float(r.receivable) for r in stats.rows]),
                    ChartSeries(received, [float(r.received) for r in stats.rows]),
                ],
                self.tr("Other"),
            )
            self.chart.show_bars(categories, series, value_title=title, decimals=2)
            return
        monthly = stats.grouping == SaleGrouping.MONTH
        starts = (month_starts if monthly else days)(stats.date_from, stats.date_to)
        keys = [d.strftime("%Y-%m") if monthly else d.isoformat() for d in starts]
        found = {r.key: r for r in stats.rows}
        rows = [found.get(k) for k in keys]
        owed = [float(r.receivable) if r else 0.0 for r in rows]
        paid = [float(r.received) if r else 0.0 for r in rows]
        if len(keys) <= BAR_LIMIT:
            series = [ChartSeries(receivable, owed), ChartSeries(received, paid)]
            self.chart.show_bars(keys, series, value_title=title, decimals=2)
        elif monthly:
            series = [ChartSeries(receivable, owed), ChartSeries(received, paid)]
            self.chart.show_lines(starts, series, value_title=title, monthly=True, decimals=2)
        else:
            series = [
                ChartSeries(self.tr("Receivable, running total"), list(accumulate(owed))),
                ChartSeries(self.tr("Received, running total"), list(accumulate(paid))),
            ]
            self.chart.show_lines(starts, series, value_title=title, decimals=2)

    # --- export ----------------------------------------------------------------------

    def stats_exporter(self) -> SaleStatsService:
        return self._services.sale_stats

    def export_names(self) -> tuple[str, str]:
        return self.tr("Purchase statistics"), self.tr("Export purchase statistics to Excel")
