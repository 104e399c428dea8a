"""Service statistics (售后服务统计, stats.view): the service orders of a period per state, service
type, technician, operator (接线员), warranty or month, with their shares of the orders and of
the fees, as a table with a bold total row and a chart of the orders or the fees beside it;
"Export to Excel" for those who may export (data.import_export)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import PermissionDenied, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.service_order_types import OrderState, Warranty
from yuntian.services.statistics.service_stats import ServiceGrouping, ServiceStats, ServiceStatsRow
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.field_errors import ERROR_STYLE, HINT_STYLE
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.periods import THIS_YEAR, PeriodPicker
from yuntian.ui.common.refusal_stack import refusal_stack
from yuntian.ui.common.stats_chart import (
    BAR_LIMIT,
    ChartSeries,
    StatsChart,
    add_page_keys,
    beside_table,
    fold,
    last_row_text,
    month_starts,
    set_stats_row,
    stats_table,
)
from yuntian.ui.sales.sale_fields import yuan
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

if TYPE_CHECKING:
    from yuntian.ui.common.background import Job

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


class ServiceStatsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._generation = 0  # answers to older questions are dropped
        self.stats: ServiceStats | None = None
        self.loading = False
        self.setObjectName("serviceStatsPage")

        self.period = PeriodPicker(
            services.clock().date(), with_any=False, preset=THIS_YEAR, parent=self
        )
        self.period.combo.setObjectName("serviceStatsPeriod")
        self.grouping = QComboBox()
        self.grouping.setObjectName("serviceStatsGrouping")
        for code, text in (
            (ServiceGrouping.STATE, self.tr("Per state")),
            (ServiceGrouping.TYPE, self.tr("Per service type")),
            (ServiceGrouping.TECHNICIAN, self.tr("Per technician")),
            (ServiceGrouping.OPERATOR, self.tr("Per operator")),
            (ServiceGrouping.WARRANTY, self.tr("Per warranty")),
            (ServiceGrouping.MONTH, self.tr("Per month")),
        ):
            self.grouping.addItem(text, code.value)
        self.chart_of = QComboBox()
        self.chart_of.setObjectName("serviceStatsChartOf")
        self.chart_of.addItem(self.tr("Orders"), CHART_COUNT)
        self.chart_of.addItem(self.tr("Fees"), CHART_FEES)

        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setObjectName("serviceStatsExport")
        self.export_button.setToolTip(self.tr("Write these figures to an Excel workbook (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setVisible(actor.can("data.import_export"))
        self.export_button.setEnabled(False)

        controls = QHBoxLayout()
        caption = QLabel(self.tr("&Period:"))
        caption.setBuddy(self.period.combo)
        for widget in (caption, self.period.combo, self.period.date_from, self.period.dash):
            controls.addWidget(widget)
        controls.addWidget(self.period.date_to)
        controls.addSpacing(12)
        for text, field in (
            (self.tr("&Show:"), self.grouping),
            (self.tr("C&hart:"), self.chart_of),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            controls.addWidget(caption)
            controls.addWidget(field)
        controls.addStretch(1)
        controls.addWidget(self.export_button)

        self.hint = QLabel()
        self.hint.setObjectName("serviceStatsHint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)

        self.table = stats_table("serviceStatsTable", 8, KEY)
        self._set_headers()
        self.status = QLabel()
        self.status.setObjectName("serviceStatsStatus")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.hint)
        self.chart = StatsChart()
        self.chart.setObjectName("serviceStatsChart")
        # Seven figures per row: the table takes the larger part, the chart the rest.
        layout.addWidget(beside_table(self.table, self.chart, (700, 420), (3, 2)), 1)
        layout.addWidget(self.status)
        self.stack, self.refusal = refusal_stack(self, content)

        add_page_keys(
            self,
            [
                (self.tr("Refresh"), self.reload, QKeySequence(QKeySequence.StandardKey.Refresh)),
                (self.tr("Export to Excel"), self.export, QKeySequence("Ctrl+E")),
            ],
        )
        self.period.changed.connect(self.reload)
        self.grouping.currentIndexChanged.connect(self.reload)
        self.chart_of.currentIndexChanged.connect(self._redraw)
        self.reload()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again (F5)."""
        self.reload()

    def reload(self) -> None:
        """Count again, off the GUI thread (a year of a busy shop is many orders to add up)."""
        span = self.period.range()
        if span is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.export_button.setEnabled(False)
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Counting…"))
        stats, actor = self._services.service_stats, self._actor
        grouping = ServiceGrouping(self.grouping.currentData())
        run_in_background(
            self,
            lambda: stats.summarize(actor, span[0], span[1], grouping),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, stats: ServiceStats) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.stack.setCurrentIndex(0)
        self.stats = stats
        self._fill(stats)
        self.export_button.setEnabled(True)

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

    def _set_headers(self, grouping: ServiceGrouping = ServiceGrouping.STATE) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.key_title(grouping),
                self.tr("Orders"),
                self.tr("% of orders"),
                self.tr("Parts"),
                self.tr("Service"),
                self.tr("Transport"),
                self.tr("Fees total"),
                self.tr("% of fees"),
            ]
        )
        for column in range(COUNT, FEE_SHARE + 1):
            item = self.table.horizontalHeaderItem(column)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _fill(self, stats: ServiceStats) -> None:
        self._set_headers(stats.grouping)
        locale = QLocale()
        self.table.setRowCount(0)
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            self._set(
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
        self._set(
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
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(
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
        stats = self.stats
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

    def _set(self, row: int, cells: tuple[str, ...], *, bold: bool = False) -> None:
        set_stats_row(self.table, row, cells, KEY, bold=bold)

    # --- export ----------------------------------------------------------------------

    def export(self, path: str | Path | None = None) -> Job | None:
        """Write the figures shown to an Excel workbook (asks for a file unless ``path`` is
        given); None when not allowed, nothing is shown yet or the file dialog was cancelled."""
        from yuntian.ui.common.excel_export import start_excel_export

        stats = self.stats
        if not self._actor.can("data.import_export") or stats is None or self.loading:
            return None
        service, actor = self._services.service_stats, self._actor

        def work(_job: Job, target: Path) -> int:
            service.export(actor, stats, target)
            return len(stats.rows)

        return start_excel_export(
            self,
            work,
            path=path,
            file_stem=self.tr("Service statistics"),
            today=self._services.clock().date(),
            title=self.tr("Export service statistics to Excel"),
            busy_text=self.tr("Exporting…"),
            failed_text=self.tr("The statistics could not be exported: {reason}"),
            done_text=self.tr("Statistics exported: {count} rows. File: {path}"),
        )

    def total_text(self, column: int) -> str:
        """The total row's figure in ``column``, as shown."""
        return last_row_text(self.table, column)
