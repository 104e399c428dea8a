"""Purchase statistics (购机统计, stats.view): the sales of a period per day, month, product
model, sales rep or sales unit, optionally of one rep or unit, as a table with a bold total row
and a chart of receivable against received beside it; "Export to Excel" for those who may
export (data.import_export)."""

from __future__ import annotations

from decimal import Decimal
from itertools import accumulate
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
from yuntian.services.statistics.sale_stats import SaleGrouping, SaleStats
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
    days,
    fold,
    last_row_text,
    month_starts,
    set_stats_row,
    stats_table,
)
from yuntian.ui.sales.sale_fields import yuan

if TYPE_CHECKING:
    from yuntian.ui.common.background import Job

KEY, COUNT, QUANTITY, RECEIVABLE, RECEIVED, OUTSTANDING = range(6)
MONEY_COLUMNS = (RECEIVABLE, RECEIVED, OUTSTANDING)


class SaleStatsPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._generation = 0  # answers to older questions are dropped
        self.stats: SaleStats | None = None
        self.loading = False
        self.setObjectName("saleStatsPage")

        self.period = PeriodPicker(
            services.clock().date(), with_any=False, preset=THIS_YEAR, parent=self
        )
        self.period.combo.setObjectName("saleStatsPeriod")
        self.grouping = QComboBox()
        self.grouping.setObjectName("saleStatsGrouping")
        for code, text in (
            (SaleGrouping.DAY, self.tr("Per day")),
            (SaleGrouping.MONTH, self.tr("Per month")),
            (SaleGrouping.MODEL, self.tr("Per product model")),
            (SaleGrouping.REP, self.tr("Per sales rep")),
            (SaleGrouping.UNIT, self.tr("Per sales unit")),
        ):
            self.grouping.addItem(text, code.value)
        self.grouping.setCurrentIndex(self.grouping.findData(SaleGrouping.MONTH.value))
        self.rep = QComboBox()
        self.rep.setObjectName("saleStatsRep")
        self.unit = QComboBox()
        self.unit.setObjectName("saleStatsUnit")
        self._fill_filters()

        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.setObjectName("saleStatsExport")
        self.export_button.setToolTip(self.tr("Write these figures to an Excel workbook (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.export())
        self.export_button.setVisible(actor.can("data.import_export"))
        self.export_button.setEnabled(False)

        # Two rows: in one, the English captions would widen the main window past 1280.
        controls, filters = QHBoxLayout(), QHBoxLayout()
        caption = QLabel(self.tr("&Period:"))
        caption.setBuddy(self.period.combo)
        for widget in (caption, self.period.combo, self.period.date_from, self.period.dash):
            controls.addWidget(widget)
        controls.addWidget(self.period.date_to)
        controls.addSpacing(12)
        for row, text, field in (
            (controls, self.tr("&Show:"), self.grouping),
            (filters, self.tr("Sales &rep:"), self.rep),
            (filters, self.tr("Sales &unit:"), self.unit),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            row.addWidget(caption)
            row.addWidget(field)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        filters.addStretch(1)

        self.hint = QLabel(
            self.tr(
                "Received counts every payment made to date on these sales, refunds "
                "subtracted; outstanding = receivable − received."
            )
        )
        self.hint.setObjectName("saleStatsHint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)

        self.table = stats_table("saleStatsTable", 6, KEY)
        self._set_headers()
        self.status = QLabel()
        self.status.setObjectName("saleStatsStatus")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(filters)
        layout.addWidget(self.hint)
        self.chart = StatsChart()
        self.chart.setObjectName("saleStatsChart")
        # The table just wide enough for its five figures and a model name (figures read
        # better close to their labels), the chart in the rest; the user may move the line.
        layout.addWidget(beside_table(self.table, self.chart, (560, 490), (1, 1)), 1)
        layout.addWidget(self.status)
        self.stack, self.refusal = refusal_stack(self, content)

        add_page_keys(
            self,
            [
                (self.tr("Refresh"), self.refresh, QKeySequence(QKeySequence.StandardKey.Refresh)),
                (self.tr("Export to Excel"), self.export, QKeySequence("Ctrl+E")),
            ],
        )
        self.period.changed.connect(self.reload)
        for combo in (self.grouping, self.rep, self.unit):
            combo.currentIndexChanged.connect(self.reload)
        self.reload()

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the rep and unit lists and count again (F5)."""
        self._fill_filters()
        self.reload()

    def reload(self) -> None:
        """Count again, off the GUI thread (a year of a busy shop is many sales to add up)."""
        span = self.period.range()
        if span is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        self.export_button.setEnabled(False)
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Counting…"))
        stats, actor = self._services.sale_stats, self._actor
        grouping = SaleGrouping(self.grouping.currentData())
        rep, unit = self.rep.currentData(), self.unit.currentData()
        run_in_background(
            self,
            lambda: stats.summarize(
                actor, span[0], span[1], grouping, salesperson_id=rep, sales_unit_id=unit
            ),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
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

    def _loaded(self, generation: int, stats: SaleStats) -> None:
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

    def key_title(self, grouping: SaleGrouping) -> str:
        return {
            SaleGrouping.DAY: self.tr("Date"),
            SaleGrouping.MONTH: self.tr("Month"),
            SaleGrouping.MODEL: self.tr("Product model"),
            SaleGrouping.REP: self.tr("Sales rep"),
            SaleGrouping.UNIT: self.tr("Sales unit"),
        }[grouping]

    def _set_headers(self, grouping: SaleGrouping = SaleGrouping.MONTH) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.key_title(grouping),
                self.tr("Sales"),
                self.tr("Quantity"),
                self.tr("Receivable"),
                self.tr("Received"),
                self.tr("Outstanding"),
            ]
        )
        for column in range(COUNT, OUTSTANDING + 1):
            item = self.table.horizontalHeaderItem(column)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _fill(self, stats: SaleStats) -> None:
        self._set_headers(stats.grouping)
        locale = QLocale()
        none = self.tr("(none)")
        # Emptied first: replacing the items of hundreds of shown rows one by one resizes the
        # columns to their contents each time, half a minute for a year of days.
        self.table.setRowCount(0)
        self.table.setRowCount(len(stats.rows) + 1)
        for row, r in enumerate(stats.rows):
            self._set(
                row,
                r.label or none,
                (locale.toString(r.count), locale.toString(r.quantity)),
                (r.receivable, r.received, r.outstanding),
            )
        t = stats.total
        self._set(
            len(stats.rows),
            self.tr("Total"),
            (locale.toString(t.count), locale.toString(t.quantity)),
            (t.receivable, t.received, t.outstanding),
            bold=True,
        )
        self._chart(stats)
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(
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

    def _set(
        self,
        row: int,
        label: str,
        counts: tuple[str, str],
        amounts: tuple[Decimal, Decimal, Decimal],
        *,
        bold: bool = False,
    ) -> None:
        cells = (label, *counts, *(yuan(a) for a in amounts))
        set_stats_row(self.table, row, cells, KEY, bold=bold)

    # --- export ----------------------------------------------------------------------

    def export(self, path: str | Path | None = None) -> Job | None:
        """Write the figures shown to an Excel workbook (asks for a file unless ``path`` is
        given); None when not allowed, nothing is shown yet or the file dialog was cancelled."""
        from yuntian.ui.common.excel_export import start_excel_export

        stats = self.stats
        if not self._actor.can("data.import_export") or stats is None or self.loading:
            return None
        service, actor = self._services.sale_stats, self._actor

        def work(_job: Job, target: Path) -> int:
            service.export(actor, stats, target)
            return len(stats.rows)

        return start_excel_export(
            self,
            work,
            path=path,
            file_stem=self.tr("Purchase statistics"),
            today=self._services.clock().date(),
            title=self.tr("Export purchase statistics to Excel"),
            busy_text=self.tr("Exporting…"),
            failed_text=self.tr("The statistics could not be exported: {reason}"),
            done_text=self.tr("Statistics exported: {count} rows. File: {path}"),
        )

    def total_text(self, column: int) -> str:
        """The total row's figure in ``column``, as shown."""
        return last_row_text(self.table, column)
