"""The base of the statistics pages (新录入客户统计, 购机统计, 售后服务统计): a period and grouping
bar, the table with its chart beside it, the bold total row, a status line, the refusal for
those without stats.view, the counting off the GUI thread (answers to older questions are
dropped), F5, and "Export to Excel" (Ctrl+E) for pages that export and people who may
(data.import_export).

A subclass declares what differs: its object-name prefix, table width and split, the grouping
choices, its own fields (``build_controls``), the query (``query``), the headers and how a
result is shown (``headers``, ``show_result``), and for exports the service that writes the
workbook (``stats_exporter``, with ``exports = True``), and the areas whose changes it
follows (``watched``: a visible page counts again, a hidden one when it is shown next).

The base's own words are translated with the explicit context "StatsPage": ``self.tr()`` in a
base method would look them up under the subclass's name, where lupdate does not put them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import PermissionDenied, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.excel_export import start_excel_export
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.periods import THIS_YEAR, PeriodPicker
from yuntian.ui.common.refusal_stack import refusal_stack
from yuntian.ui.common.stats_chart import (
    StatsChart,
    add_page_keys,
    beside_table,
    last_row_text,
    set_stats_row,
    stats_table,
)
from yuntian.ui.common.styles import ERROR_STYLE, HINT_STYLE

Field = tuple[str, QWidget]  # a caption (with its mnemonic) and the field it names


class StatsExporter(Protocol):
    """A statistics service's export: checks data.import_export, writes ``stats`` to ``path``."""

    def export(self, actor: Actor, stats: Any, path: Path) -> None: ...


class StatsPage(QWidget):
    object_prefix: ClassVar[str] = "stats"  # "<prefix>Period", "<prefix>Table", ...
    page_name: ClassVar[str | None] = None  # the page's object name; None: "<prefix>Page"
    grouping_name: ClassVar[str] = "Grouping"  # the grouping combo is "<prefix><grouping_name>"
    columns: ClassVar[int] = 2
    text_columns: ClassVar[tuple[int, ...]] = (0,)  # left-aligned; the others are figures
    split_sizes: ClassVar[tuple[int, int]] = (560, 490)  # the table's and the chart's width
    split_stretch: ClassVar[tuple[int, int]] = (1, 1)
    default_grouping: ClassVar[str | None] = None  # None: the first choice
    with_hint: ClassVar[bool] = False  # a grey explanation under the bar
    exports: ClassVar[bool] = False  # offers "Export to Excel" (with ``stats_exporter``)
    watched: ClassVar[tuple[Area, ...]] = ()  # count again when these change

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._generation = 0  # answers to older questions are dropped
        self.result: Any = None  # what the last count answered
        self.loading = False
        prefix = self.object_prefix
        self.setObjectName(self.page_name or f"{prefix}Page")

        self.period = PeriodPicker(
            services.clock().date(), with_any=False, preset=THIS_YEAR, parent=self
        )
        self.period.combo.setObjectName(f"{prefix}Period")
        self.grouping = QComboBox()
        self.grouping.setObjectName(f"{prefix}{self.grouping_name}")
        for code, text in self.groupings():
            self.grouping.addItem(text, code)
        if self.default_grouping is not None:
            self.grouping.setCurrentIndex(self.grouping.findData(self.default_grouping))
        self.hint = QLabel()
        self.hint.setObjectName(f"{prefix}Hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        beside, below = self.build_controls()

        self.export_button: QPushButton | None = None
        if self.exports:
            self.export_button = QPushButton(
                QCoreApplication.translate("StatsPage", "E&xport to Excel…")
            )
            self.export_button.setObjectName(f"{prefix}Export")
            self.export_button.setToolTip(
                QCoreApplication.translate(
                    "StatsPage", "Write these figures to an Excel workbook (Ctrl+E)"
                )
            )
            self.export_button.clicked.connect(lambda: self.export_to_excel())
            self.export_button.setVisible(actor.can("data.import_export"))
            self.export_button.setEnabled(False)

        self.table = self.build_table()
        self.set_headers(self.headers(None))
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}Status")
        self.chart = StatsChart()
        self.chart.setObjectName(f"{prefix}Chart")

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in self._control_rows(beside, below):
            layout.addLayout(row)
        layout.addWidget(self.hint)
        self.hint.setVisible(self.with_hint)  # hidden, it takes no room
        layout.addWidget(
            beside_table(self.table, self.chart, self.split_sizes, self.split_stretch), 1
        )
        layout.addWidget(self.status)
        self.stack, self.refusal = refusal_stack(self, content)

        keys = [
            (
                QCoreApplication.translate("StatsPage", "Refresh"),
                self.refresh,
                QKeySequence(QKeySequence.StandardKey.Refresh),
            )
        ]
        if self.export_button is not None:
            keys.append(
                (
                    QCoreApplication.translate("StatsPage", "Export to Excel"),
                    self.export_to_excel,
                    QKeySequence("Ctrl+E"),
                )
            )
        add_page_keys(self, keys)
        self.period.changed.connect(self.reload)
        self.grouping.currentIndexChanged.connect(self.reload)
        self.reload()
        if self.watched:
            watch_changes(self, services.changes, self.watched)

    # --- what a subclass declares ----------------------------------------------------------

    def groupings(self) -> list[tuple[str, str]]:
        """The "Show:" choices: (code, text)."""
        raise NotImplementedError

    def build_controls(self) -> tuple[list[Field], list[Field]]:
        """Make the page's own fields (connecting them to ``reload`` or a redraw); returns those
        beside the grouping and those on a second row."""
        return [], []

    def build_table(self) -> QTableWidget:
        return stats_table(f"{self.object_prefix}Table", self.columns, self.text_columns[0])

    def headers(self, result: Any) -> list[str]:
        """The table's headers for ``result`` (None: before the first count)."""
        raise NotImplementedError

    def query(self, first: dt.date, last: dt.date) -> Callable[[], Any]:
        """The count to run off the GUI thread: read the fields here, not in the callable."""
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        """Fill the table (``set_row``), the chart and the status line (``show_status``)."""
        raise NotImplementedError

    def stats_exporter(self) -> StatsExporter:
        raise NotImplementedError

    def export_names(self) -> tuple[str, str]:
        """The suggested file name's stem and the file dialog's title."""
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again (F5)."""
        self.reload()

    def reload(self) -> None:
        """Count again, off the GUI thread (a year of a busy shop is many records to add up)."""
        span = self.period.range()
        if span is None:
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        if self.export_button is not None:
            self.export_button.setEnabled(False)
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(QCoreApplication.translate("StatsPage", "Counting…"))
        run_in_background(
            self,
            self.query(*span),
            lambda result: self._loaded(generation, result),
            lambda exc: self._failed(generation, exc),
        )

    def _loaded(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.stack.setCurrentIndex(0)
        self.result = result
        self.show_result(result)
        if self.export_button is not None:
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
            QCoreApplication.translate(
                "StatsPage", "The statistics could not be counted: {reason}"
            ).format(reason=reason)
        )

    # --- showing ---------------------------------------------------------------------

    def set_headers(self, labels: list[str]) -> None:
        """The headers, those of the figures right-aligned above them."""
        self.table.setHorizontalHeaderLabels(labels)
        for column in range(self.columns):
            if column not in self.text_columns:
                item = self.table.horizontalHeaderItem(column)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_row(self, row: int, cells: tuple[str, ...], *, bold: bool = False) -> None:
        set_stats_row(self.table, row, cells, self.text_columns, bold=bold)

    def show_status(self, text: str) -> None:
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(text)

    def total_text(self, column: int) -> str:
        """The total row's figure in ``column``, as shown."""
        return last_row_text(self.table, column)

    # --- export ----------------------------------------------------------------------

    def export_to_excel(self, path: str | Path | None = None) -> Any:
        """Write the figures shown to an Excel workbook (asks for a file unless ``path`` is
        given); the running job, or None when the page does not export, the person may not,
        nothing is shown yet or the file dialog was cancelled."""
        result, actor = self.result, self._actor
        if not self.exports or result is None or self.loading:
            return None
        if not actor.can("data.import_export"):
            return None
        exporter = self.stats_exporter()

        def work(_job: object, target: Path) -> int:
            exporter.export(actor, result, target)
            return len(result.rows)

        file_stem, title = self.export_names()
        return start_excel_export(
            self,
            work,
            profile=self._services.profile,
            path=path,
            file_stem=file_stem,
            today=self._services.clock().date(),
            title=title,
            busy_text=QCoreApplication.translate("StatsPage", "Exporting…"),
            failed_text=QCoreApplication.translate(
                "StatsPage", "The statistics could not be exported: {reason}"
            ),
            done_text=QCoreApplication.translate(
                "StatsPage", "Statistics exported: {count} rows. File: {path}"
            ),
        )

    def export(self, path: str | Path | None = None) -> Any:
        """``export_to_excel`` under the name the pages' callers know."""
        return self.export_to_excel(path)

    # --- layout ----------------------------------------------------------------------

    def _control_rows(self, beside: list[Field], below: list[Field]) -> list[QHBoxLayout]:
        """Period, "Show:" and ``beside`` with the export button at the right end; ``below``
        on a second row where the captions would not fit in one."""
        controls = QHBoxLayout()
        period = self.period
        caption = QLabel(QCoreApplication.translate("StatsPage", "&Period:"))
        caption.setBuddy(period.combo)
        for widget in (caption, period.combo, period.date_from, period.dash, period.date_to):
            controls.addWidget(widget)
        controls.addSpacing(12)
        _add_fields(
            controls, [(QCoreApplication.translate("StatsPage", "&Show:"), self.grouping), *beside]
        )
        controls.addStretch(1)
        if self.export_button is not None:
            controls.addWidget(self.export_button)
        if not below:
            return [controls]
        second = QHBoxLayout()
        _add_fields(second, below)
        second.addStretch(1)
        return [controls, second]


def _add_fields(row: QHBoxLayout, fields: list[Field]) -> None:
    for text, field in fields:
        caption = QLabel(text)
        caption.setBuddy(field)
        row.addWidget(caption)
        row.addWidget(field)
