"""The due-maintenance list (定期维护) as a lazily paged table model: keyed pages of
``MaintenanceService.due``, earliest due date first.

Beside each loaded row's id (the purchase's) the model keeps its due date, the paging key, so a
page dropped from memory is read again from the key of the row before it. After orders are
made, the rows show them in place (``show_orders``), so the user keeps their place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from yuntian.services.service_orders.maintenance_types import DueKey, DueMaintenanceView
from yuntian.services.service_orders.service_order_types import OrderState, ServiceOrderView
from yuntian.ui.common.keyed_paging import KeyedPagesModel, Runner
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders.service_order_words import state_label

# fetch(key of the last row shown or None for the top, limit) -> the next rows, earliest first
DueFetch = Callable[[DueKey | None, int], list[DueMaintenanceView]]

DUE, DAYS, CUSTOMER, PHONE, ADDRESS, PRODUCT, SERIAL, INTERVAL, ORDER = range(9)
COLUMN_COUNT = 9
NUMBER_COLUMNS = (DAYS, INTERVAL)

PAGE_SIZE = 200
CACHED_PAGES = 25
_ROOT = QModelIndex()
_GREY = "#8a8a8a"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("MaintenanceColumns", "Due"),
        QCoreApplication.translate("MaintenanceColumns", "Days"),
        QCoreApplication.translate("MaintenanceColumns", "Customer"),
        QCoreApplication.translate("MaintenanceColumns", "Phone"),
        QCoreApplication.translate("MaintenanceColumns", "Address"),
        QCoreApplication.translate("MaintenanceColumns", "Product"),
        QCoreApplication.translate("MaintenanceColumns", "Serial no."),
        QCoreApplication.translate("MaintenanceColumns", "Interval"),
        QCoreApplication.translate("MaintenanceColumns", "Maintenance order"),
    )
    return titles[column] if 0 <= column < len(titles) else ""


def days_text(days: int) -> str:
    """How far off the due date is, in words a receptionist reads at a glance."""
    if days == 0:
        return QCoreApplication.translate("MaintenanceColumns", "today")
    if days < 0:
        return QCoreApplication.translate("MaintenanceColumns", "{n} d overdue").format(n=-days)
    return QCoreApplication.translate("MaintenanceColumns", "in {n} d").format(n=days)


def interval_text(days: int) -> str:
    if days <= 0:
        return ""
    return QCoreApplication.translate("MaintenanceColumns", "{n} d").format(n=days)


def order_text(row: DueMaintenanceView) -> str:
    if row.order_state is None:
        return ""
    return f"{row.order_code} {state_label(row.order_state)}"


def display(row: DueMaintenanceView, column: int) -> str:
    if column == DUE:
        return row.due.isoformat()
    if column == DAYS:
        return days_text(row.days_until)
    if column == CUSTOMER:
        return row.customer_name
    if column == PHONE:
        return row.phone
    if column == ADDRESS:
        return row.address
    if column == PRODUCT:
        return row.product
    if column == SERIAL:
        return row.serial_number
    if column == INTERVAL:
        return interval_text(row.interval_days)
    if column == ORDER:
        return order_text(row)
    return ""


class MaintenanceListModel(KeyedPagesModel):
    """Overdue due dates are red and bold; a cancelled order for the due date is grey."""

    def __init__(
        self,
        runner: Runner | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent=None,
    ) -> None:
        super().__init__(runner, page_size, cached_pages, parent)

    def _key_number(self, row: DueMaintenanceView) -> int:
        return row.due.toordinal()

    def _make_key(self, number: int, row_id: int) -> DueKey:
        return DueKey(dt.date.fromordinal(number), row_id)

    def due_row(self, row: int) -> DueMaintenanceView | None:
        return self.row(row)

    def show_orders(self, orders: Iterable[ServiceOrderView]) -> None:
        """Show the maintenance orders just made in the rows of the due dates they serve."""
        for order in orders:
            row = self.row_of(order.sale_id) if order.sale_id is not None else -1
            shown = self.row(row) if row >= 0 else None
            if shown is None or shown.due != order.maintenance_due:
                continue
            page = self._pages.get(row // self._page_size)
            if page is not None:
                page[row % self._page_size] = dataclasses.replace(
                    shown, order_id=order.id, order_code=order.code, order_state=order.state
                )
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    # --- QAbstractTableModel ---------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        column = index.column()
        if row is None:  # gone since the page was read (voided, or its date moved on)
            if role == Qt.ItemDataRole.DisplayRole and column == DUE:
                return self.tr("(changed)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(_GREY))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMBER_COLUMNS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (DUE, DAYS) and row.overdue:
                return QBrush(QColor(ERROR_COLOUR))
            if column == ORDER and row.order_state is OrderState.CANCELLED:
                return QBrush(QColor(_GREY))
            return None
        if role == Qt.ItemDataRole.FontRole and column in (DUE, DAYS) and row.overdue:
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.sale_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMBER_COLUMNS:
            return _RIGHT
        return None

    def _tooltip(self, row: DueMaintenanceView, column: int) -> str | None:
        if column == CUSTOMER:
            return f"{row.customer_name} ({row.customer_code})"
        if column == PRODUCT:
            return f"{row.product} ({row.sale_code})"
        if column in (ADDRESS, SERIAL, PHONE):
            return display(row, column) or None
        if column == ORDER and row.order_state is None:
            return self.tr("No maintenance order for this due date yet (Ctrl+G makes one)")
        return None
