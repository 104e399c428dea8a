"""Parts statistics (备件统计, stats.view): the parts stocked in, issued, returned, consumed and
scrapped in a period, per part, category, technician, product model or service type, as a
table of quantities or of values (consumption also at the price charged) with a bold total
row, and a chart of the stock-ins and the consumption beside it; "Export to Excel" (both
quantities and values) for those who may (data.import_export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from yuntian.services.common.changes import Area
from yuntian.services.statistics.part_stats import (
    Flow,
    PartFigures,
    PartGrouping,
    PartStats,
    PartStatsRow,
    PartStatsService,
)
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.stats_chart import ChartSeries, fold
from yuntian.ui.common.stats_page import Field, StatsPage

KEY = 0
# Values: in, issued, returned, consumed (cost), consumed (price), scrapped; quantities: the
# first five flows, the sixth column left empty.
IN, ISSUED, RETURNED, CONSUMED, CONSUMED_PRICE, SCRAPPED = range(1, 7)
SHOW_QUANTITIES, SHOW_VALUES = "quantities", "values"


class PartStatsPage(StatsPage):
    object_prefix = "partStats"
    watched = (Area.PARTS,)
    columns = 7
    split_sizes, split_stretch = (720, 400), (3, 2)
    with_hint = True
    exports = True

    def groupings(self) -> list[tuple[str, str]]:
        return [
            (PartGrouping.PART.value, self.tr("Per part")),
            (PartGrouping.CATEGORY.value, self.tr("Per category")),
            (PartGrouping.TECHNICIAN.value, self.tr("Per technician")),
            (PartGrouping.MODEL.value, self.tr("Per product model")),
            (PartGrouping.TYPE.value, self.tr("Per service type")),
        ]

    def build_controls(self) -> tuple[list[Field], list[Field]]:
        """Quantities or values (shown again, not counted again)."""
        self.show_of = QComboBox()
        self.show_of.setObjectName("partStatsShow")
        self.show_of.addItem(self.tr("Values"), SHOW_VALUES)
        self.show_of.addItem(self.tr("Quantities"), SHOW_QUANTITIES)
        self.show_of.currentIndexChanged.connect(self._show_again)
        return [(self.tr("F&igures:"), self.show_of)], []

    def query(self, first: dt.date, last: dt.date) -> Callable[[], PartStats]:
        stats, actor = self._services.part_stats, self._actor
        grouping = PartGrouping(self.grouping.currentData())
        return lambda: stats.summarize(actor, first, last, grouping)

    # --- showing ---------------------------------------------------------------------

    def values_shown(self) -> bool:
        return self.show_of.currentData() == SHOW_VALUES

    def key_title(self, grouping: PartGrouping) -> str:
        return {
            PartGrouping.PART: self.tr("Part"),
            PartGrouping.CATEGORY: self.tr("Category"),
            PartGrouping.TECHNICIAN: self.tr("Technician"),
            PartGrouping.MODEL: self.tr("Product model"),
            PartGrouping.TYPE: self.tr("Service type"),
        }[grouping]

    def row_label(self, row: PartStatsRow) -> str:
        return row.label or self.tr("(none)")

    def headers(self, result: PartStats | None) -> list[str]:
        key = self.key_title(result.grouping if result else PartGrouping.PART)
        if self.values_shown():
            return [
                key,
                self.tr("Stocked in"),
                self.tr("Issued"),
                self.tr("Returned"),
                self.tr("Consumed (cost)"),
                self.tr("Consumed (price)"),
                self.tr("Scrapped"),
            ]
        return [
            key,
            self.tr("Stocked in"),
            self.tr("Issued"),
            self.tr("Returned"),
            self.tr("Consumed"),
            "",
            self.tr("Scrapped"),
        ]

    def cells(self, label: str, figures: PartFigures) -> tuple[str, ...]:
        if self.values_shown():
            return (
                label,
                yuan(figures.in_value),
                yuan(figures.issued_value),
                yuan(figures.returned_value),
                yuan(figures.consumed_value),
                yuan(figures.consumed_price),
                yuan(figures.scrapped_value),
            )
        locale = QLocale()
        f = figures
        return (
            label,
            locale.toString(f.in_quantity),
            locale.toString(f.issued_quantity),
            locale.toString(f.returned_quantity),
            locale.toString(f.consumed_quantity),
            "",
            locale.toString(f.scrapped_quantity),
        )

    def show_result(self, stats: PartStats) -> None:
        self.set_headers(self.headers(stats))
        self.table.setColumnHidden(CONSUMED_PRICE, not self.values_shown())
        self.table.setRowCount(0)
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            self.set_row(row, self.cells(self.row_label(r), r.figures))
        self.set_row(len(stats.rows), self.cells(self.tr("Total"), stats.total), bold=True)
        hint = self.tr(
            "Values at cost; consumption also at the price charged. Reversals count "
            "negative for the kind of document they reverse; transfers and stocktakes are "
            "not counted."
        )
        if stats.grouping in (PartGrouping.MODEL, PartGrouping.TYPE):
            hint += " " + self.tr(
                "Only parts consumed on service orders have a product model and a service "
                "type; everything else is under (none)."
            )
        self.hint.setText(hint)
        self._redraw()
        t = stats.total
        self.show_status(
            self.tr(
                "From {first} to {last}: {stocked} stocked in, {consumed} consumed "
                "(charged {price})."
            ).format(
                first=stats.date_from.isoformat(),
                last=stats.date_to.isoformat(),
                stocked=yuan(t.in_value),
                consumed=yuan(t.consumed_value),
                price=yuan(t.consumed_price),
            )
        )

    def _show_again(self) -> None:
        if self.result is not None:
            self.show_result(self.result)
        else:
            self.set_headers(self.headers(None))

    def _redraw(self) -> None:
        """Bars of the stock-ins and the consumption per row (quantities or values), in the
        table's order, the rest folded into "Other"."""
        stats: PartStats | None = self.result
        if stats is None:
            return
        if not stats.rows:
            self.chart.show_empty(self.tr("No parts moved in this period."))
            return
        values = self.values_shown()

        def figure(r: PartStatsRow, flow: Flow) -> float:
            f = r.figures
            return float(f.value(flow)) if values else float(f.quantity(flow))

        rows = stats.rows
        categories, series = fold(
            [self.row_label(r) for r in rows],
            [
                ChartSeries(self.tr("Stocked in"), [figure(r, Flow.STOCKED_IN) for r in rows]),
                ChartSeries(self.tr("Consumed"), [figure(r, Flow.CONSUMED) for r in rows]),
            ],
            self.tr("Other"),
        )
        title = self.tr("Amount (yuan)") if values else self.tr("Quantity")
        self.chart.show_bars(categories, series, value_title=title, decimals=2 if values else 0)

    # --- export ----------------------------------------------------------------------

    def stats_exporter(self) -> PartStatsService:
        return self._services.part_stats

    def export_names(self) -> tuple[str, str]:
        return self.tr("Parts statistics"), self.tr("Export parts statistics to Excel")
