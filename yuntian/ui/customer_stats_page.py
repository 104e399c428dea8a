"""New-customer statistics (新录入客户统计, stats.view): customers entered per day, week, month
or period, overall or by salesperson or group, as a table with a total row."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.customer_types import StatRow
from yuntian.services.errors import PermissionDenied, ServiceError
from yuntian.services.permissions import Actor
from yuntian.ui.background import run_in_background
from yuntian.ui.field_errors import ERROR_STYLE, HINT_STYLE
from yuntian.ui.i18n import error_text
from yuntian.ui.periods import THIS_YEAR, PeriodPicker

PERIOD, KEY, COUNT = range(3)


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
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 3)
        table_row.addStretch(2)  # a narrow table reads better than one spread over the page
        layout.addLayout(table_row, 1)
        layout.addWidget(self.status)
        self.refusal = QLabel()
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.refusal)
        QVBoxLayout(self).addWidget(self.stack)

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
            db=self._services.db,
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
        self.table.setRowCount(len(rows) + 1)
        for row, stat in enumerate(rows):
            key = stat.key_label or (none if by != "none" else "")
            self._set(row, (stat.period_label, key, locale.toString(stat.count)))
        total = sum(stat.count for stat in rows)
        self._set(len(rows), (self.tr("Total"), "", locale.toString(total)), bold=True)
        self.status.setStyleSheet(HINT_STYLE)
        span = self.period.range()
        self.status.setText(
            self.tr("{n} new customers from {first} to {last}.").format(
                n=locale.toString(total), first=span[0].isoformat(), last=span[1].isoformat()
            )
            if span
            else ""
        )

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
