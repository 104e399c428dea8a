"""Service statistics (售后服务统计, stats.view): the service orders of a period per state, service
type, technician, operator (接线员), warranty or month, with their shares of the orders and of
the fees, as a table with a bold total row and a chart of the orders or the fees beside it;
"Export to Excel" for those who may export (data.import_export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from yuntian.services.common.changes import Area
from yuntian.services.service_orders.service_order_types import OrderState, Warranty
from yuntian.services.statistics.service_stats import (
    ServiceGrouping,
    ServiceStats,
    ServiceStatsRow,
    ServiceStatsService,
)
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.stats_chart import BAR_LIMIT, ChartSeries, fold, month_starts
from yuntian.ui.common.stats_page import Field, StatsPage
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

(
    KEY,
    COUNT,
    COUNT_SHARE,
    FEE_PARTS,
    FEE_SERVICE,
    FEE_TRANSPORT,
    FEE_TOTAL,
    FEE_SHARE,
) = range(8)
CHART_COUNT, CHART_FEES = "count", "fees"


def percent(share: Decimal) -> str:
    return f"{share:.1f}%"


class ServiceStatsPage(StatsPage):
    object_prefix = "serviceStats"
    watched = (Area.SERVICE_ORDERS,)
    columns = 8
    # Seven figures per row: the table takes the larger part, the chart the rest.
    split_sizes, split_stretch = (700, 420), (3, 2)
    with_hint = True
    exports = True

    def groupings(self) -> list[tuple[str, str]]:
        return [
            (ServiceGrouping.STATE.value, self.tr("Per state")),
            (ServiceGrouping.TYPE.value, self.tr("Per service type")),
            (ServiceGrouping.TECHNICIAN.value, self.tr("Per technician")),
            (ServiceGrouping.OPERATOR.value, self.tr("Per operator")),
            (ServiceGrouping.WARRANTY.value, self.tr("Per warranty")),
            (ServiceGrouping.MONTH.value, self.tr("Per month")),
        ]

    def build_controls(self) -> tuple[list[Field], list[Field]]:
        """What the chart shows: the orders or the fees (redrawn, not counted again)."""
        self.chart_of = QComboBox()
        self.chart_of.setObjectName("serviceStatsChartOf")
        self.chart_of.addItem(self.tr("Orders"), CHART_COUNT)
        self.chart_of.addItem(self.tr("Fees"), CHART_FEES)
        self.chart_of.currentIndexChanged.connect(self._redraw)
        return [(self.tr("C&hart:"), self.chart_of)], []

    def query(self, first: dt.date, last: dt.date) -> Callable[[], ServiceStats]:
        stats, actor = self._services.service_stats, self._actor
        grouping = ServiceGrouping(self.grouping.currentData())
        return lambda: stats.summarize(actor, first, last, grouping)

    # --- showing ---------------------------------------------------------------------

    def key_title(self, grouping: ServiceGrouping) -> str:
        return {
            ServiceGrouping.STATE: self.tr("State"),
            ServiceGrouping.TYPE: self.tr("Service type"),
            ServiceGrouping.TECHNICIAN: self.tr("Technician"),
            ServiceGrouping.OPERATOR: self.tr("Operator"),
            ServiceGrouping.WARRANTY: self.tr("Warranty"),
            ServiceGrouping.MONTH: self.tr("Month"),
        }[grouping]

    def row_label(self, grouping: ServiceGrouping, row: ServiceStatsRow) -> str:
        """States and warranties in words, "(none)" for no type, technician or operator."""
        if grouping is ServiceGrouping.STATE:
            return state_label(OrderState(row.key))
        if grouping is ServiceGrouping.WARRANTY:
            return warranty_label(Warranty(row.key))
        return row.label or self.tr("(none)")

    def headers(self, result: ServiceStats | None) -> list[str]:
        return [
            self.key_title(result.grouping if result else ServiceGrouping.STATE),
            self.tr("Orders"),
            self.tr("% of orders"),
            self.tr("Parts"),
            self.tr("Service"),
            self.tr("Transport"),
            self.tr("Fees total"),
            self.tr("% of fees"),
        ]

    def show_result(self, stats: ServiceStats) -> None:
        self.set_headers(self.headers(stats))
        locale = QLocale()
        self.table.setRowCount(0)
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            self.set_row(
                row,
                (
                    self.row_label(stats.grouping, r),
                    locale.toString(r.count),
                    percent(r.count_share),
                    yuan(r.fee_parts),
                    yuan(r.fee_service),
                    yuan(r.fee_transport),
                    yuan(r.fee_total),
                    percent(r.fee_share),
                ),
            )
        t = stats.total
        hundred = Decimal(100)
        self.set_row(
            len(stats.rows),
            (
                self.tr("Total"),
                locale.toString(t.count),
                percent(hundred if t.count else Decimal(0)),
                yuan(t.fee_parts),
                yuan(t.fee_service),
                yuan(t.fee_transport),
                yuan(t.fee_total),
                percent(hundred if t.fee_total else Decimal(0)),
            ),
            bold=True,
        )
        if stats.grouping is ServiceGrouping.TECHNICIAN:
            self.hint.setText(
                self.tr(
                    "Fees come from completed and audited orders. An order with two "
                    "technicians counts for each of them: the total counts every order once."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Fees come from completed and audited orders; the shares are of the "
                    "period's orders and of its fees."
                )
            )
        self._redraw()
        self.show_status(
            self.tr("{n} service orders from {first} to {last}, {fees} in fees.").format(
                n=locale.toString(t.count),
                first=stats.date_from.isoformat(),
                last=stats.date_to.isoformat(),
                fees=yuan(t.fee_total),
            )
        )

    def _redraw(self) -> None:
        """Bars of the orders or of the fees per row, in the table's order (the last folded
        into "Other" past BAR_LIMIT); per month every month of the period, those without
        orders at zero, as bars up to BAR_LIMIT months and as a line beyond."""
        stats: ServiceStats | None = self.result
        if stats is None:
            return
        if not stats.total.count:
            self.chart.show_empty(self.tr("No service orders in this period."))
            return
        fees = self.chart_of.currentData() == CHART_FEES
        name = self.tr("Fees total") if fees else self.tr("Orders")
        title = self.tr("Amount (yuan)") if fees else self.tr("Orders")

        def figure(r: ServiceStatsRow | None) -> float:
            if r is None:
                return 0.0
            return float(r.fee_total) if fees else float(r.count)

        decimals = 2 if fees else 0
        if stats.grouping is ServiceGrouping.MONTH:
            starts = month_starts(stats.date_from, stats.date_to)
            keys = [d.strftime("%Y-%m") for d in starts]
            found = {r.key: r for r in stats.rows}
            values = [figure(found.get(k)) for k in keys]
            series = [ChartSeries(name, values)]
            if len(keys) <= BAR_LIMIT:
                self.chart.show_bars(keys, series, value_title=title, decimals=decimals)
            else:
                self.chart.show_lines(
                    starts, series, value_title=title, monthly=True, decimals=decimals
                )
            return
        rows = stats.rows
        categories, series = fold(
            [self.row_label(stats.grouping, r) for r in rows],
            [ChartSeries(name, [figure(r) for r in rows])],
            self.tr("Other"),
        )
        self.chart.show_bars(categories, series, value_title=title, decimals=decimals)

    # --- export ----------------------------------------------------------------------

    def stats_exporter(self) -> ServiceStatsService:
        return self._services.service_stats

    def export_names(self) -> tuple[str, str]:
        return self.tr("Service statistics"), self.tr("Export service statistics to Excel")
