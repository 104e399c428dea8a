"""The due-maintenance list (定期维护) as a lazily paged table model: keyed pages of
``MaintenanceService.due``, earliest due date first.

Beside each loaded row's id (the purchase's) the model keeps its due date, the paging key, so a
page dropped from memory is read again from the key of the row before it. After orders are
made, the rows show them in place (``show_orders``), so the user keeps their place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from yuntian.services.service_orders.maintenance_types import DueKey, DueMaintenanceView
from yuntian.services.service_orders.service_order_types import OrderState, ServiceOrderView
from yuntian.ui.common.list_columns import (
    GREY,
    KeyedListModel,
    bold_font,
    day_number,
    number_day,
)
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders.service_order_words import state_label

# fetch(key of the last row shown or None for the top, limit) -> the next rows, earliest first
DueFetch = Callable[[DueKey | None, int], list[DueMaintenanceView]]

DUE, DAYS, CUSTOMER, PHONE, ADDRESS, PRODUCT, SERIAL, INTERVAL, ORDER = range(9)
COLUMN_COUNT = 9
NUMBER_COLUMNS = (DAYS, INTERVAL)


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
        return phone_text(row.phone)
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


class MaintenanceListModel(KeyedListModel):
    """Overdue due dates are red and bold; a cancelled order for the due date is grey."""

    column_count = COLUMN_COUNT
    gone_column = DUE
    right_columns = NUMBER_COLUMNS

    def _key_number(self, row: DueMaintenanceView) -> int:
        return day_number(row.due)

    def _make_key(self, number: int, row_id: int) -> DueKey:
        return DueKey(number_day(number), row_id)

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
            self._row_changed(row)

    # --- cells -----------------------------------------------------------------------

    def _gone_text(self) -> str:
        return self.tr("(changed)")  # voided, or its date moved on

    def _title(self, column: int) -> str:
        return column_title(column)

    def _display(self, row: DueMaintenanceView, column: int) -> str:
        return display(row, column)

    def _colour(self, row: DueMaintenanceView, column: int) -> str | None:
        if column in (DUE, DAYS) and row.overdue:
            return ERROR_COLOUR
        if column == ORDER and row.order_state is OrderState.CANCELLED:
            return GREY
        return None

    def _font(self, row: DueMaintenanceView, column: int) -> QFont | None:
        return bold_font() if column in (DUE, DAYS) and row.overdue else None

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
