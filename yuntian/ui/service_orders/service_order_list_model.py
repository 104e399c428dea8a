"""The service-order list (售后服务单) as a lazily paged table model: keyed pages of
``ServiceOrderService.page``, the newest order taken first.

Beside each loaded row's id the model keeps the time the order was taken (the paging key), so
a page dropped from memory is read again from the key of the order before it. Rows can be
replaced or dropped in place after an action, so the user keeps their place in a long list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from yuntian.services.service_orders.service_order_types import (
    PRIORITY_URGENT,
    PRIORITY_VERY_URGENT,
    OrderState,
    ServiceOrderKey,
    ServiceOrderView,
    Warranty,
)
from yuntian.ui.common.list_columns import (
    GREY,
    KeyedListModel,
    bold_font,
    number_time,
    time_number,
)
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders.service_order_words import (
    priority_label,
    state_label,
    warranty_label,
)

# fetch(key of the last order shown or None for the top, limit) -> the next orders, newest first
OrderFetch = Callable[[ServiceOrderKey | None, int], list[ServiceOrderView]]

CODE, TAKEN, STATE, CUSTOMER, PHONE, PRODUCT, SERVICE_TYPE = range(7)
FAULT, WARRANTY, APPOINTMENT, PRIORITY, TECHNICIANS, TAKEN_BY, TOTAL = range(7, 14)
COLUMN_COUNT = 14

TIME_FORMAT = "%Y-%m-%d %H:%M"
# A state at a glance: open work stands out, finished work recedes.
STATE_COLOURS = {
    OrderState.PENDING: "#b35c00",
    OrderState.DISPATCHED: "#1f5fb3",
    OrderState.COMPLETED: "#2e7d32",
    OrderState.AUDITED: "#5f6b5f",
    OrderState.CANCELLED: GREY,
}


# What a column must show whole (with its title): the widths follow the font and the language.
COLUMN_SAMPLES = {
    CODE: "SH202611270001",
    TAKEN: "2026-11-27 09:30",
    STATE: "已出单派工",
    CUSTOMER: "欧阳明月先生",
    PHONE: "13800138000",
    PRODUCT: "格力 KFR-35GW",
    SERVICE_TYPE: "安装调试",
    FAULT: "空调不制冷，外机有异响",
    WARRANTY: "保外",
    APPOINTMENT: "2026-11-27 09:30",
    PRIORITY: "特急",
    TECHNICIANS: "张师傅、李师傅",
    TAKEN_BY: "欧阳明月",
    TOTAL: "99,999.00",
}


def column_samples() -> dict[int, list[str]]:
    """What each column may show, for its width before the rows are in (column_sizing.py),
    with the words of the language shown: "Dispatched" is wider than 已出单派工."""
    words = {
        STATE: [state_label(s) for s in OrderState],
        WARRANTY: [warranty_label(w) for w in Warranty],
        PRIORITY: [priority_label(p) for p in (PRIORITY_URGENT, PRIORITY_VERY_URGENT)],
    }
    return {column: [sample, *words.get(column, [])] for column, sample in COLUMN_SAMPLES.items()}


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("ServiceOrderColumns", "No."),
        QCoreApplication.translate("ServiceOrderColumns", "Taken at"),
        QCoreApplication.translate("ServiceOrderColumns", "State"),
        QCoreApplication.translate("ServiceOrderColumns", "Customer"),
        QCoreApplication.translate("ServiceOrderColumns", "Phone"),
        QCoreApplication.translate("ServiceOrderColumns", "Product"),
        QCoreApplication.translate("ServiceOrderColumns", "Service type"),
        QCoreApplication.translate("ServiceOrderColumns", "Fault"),
        QCoreApplication.translate("ServiceOrderColumns", "Warranty"),
        QCoreApplication.translate("ServiceOrderColumns", "Appointment"),
        QCoreApplication.translate("ServiceOrderColumns", "Priority"),
        QCoreApplication.translate("ServiceOrderColumns", "Technicians"),
        QCoreApplication.translate("ServiceOrderColumns", "Taken by"),
        QCoreApplication.translate("ServiceOrderColumns", "Total fee"),
    )
    return titles[column] if 0 <= column < len(titles) else ""


def one_line(text: str) -> str:
    return " ".join(text.split())


def display(order: ServiceOrderView, column: int) -> str:
    if column == CODE:
        return order.code
    if column == TAKEN:
        return order.taken_at.strftime(TIME_FORMAT)
    if column == STATE:
        return state_label(order.state)
    if column == CUSTOMER:
        return order.customer_name
    if column == PHONE:
        return phone_text(order.contact_phone)
    if column == PRODUCT:
        return order.product
    if column == SERVICE_TYPE:
        return order.service_type
    if column == FAULT:
        return one_line(order.fault)
    if column == WARRANTY:
        return warranty_label(order.warranty)
    if column == APPOINTMENT:
        return order.appointment_at.strftime(TIME_FORMAT) if order.appointment_at else ""
    if column == PRIORITY:
        return priority_label(order.priority) if order.priority else ""
    if column == TECHNICIANS:
        return "、".join(order.technician_names)
    if column == TAKEN_BY:
        return order.taken_by_name
    if column == TOTAL:
        done = order.state in (OrderState.COMPLETED, OrderState.AUDITED)
        return yuan(order.fee_total) if done else ""
    return ""


class ServiceOrderListModel(KeyedListModel):
    """Overdue appointments are red, urgent priorities bold, cancelled orders grey."""

    column_count = COLUMN_COUNT
    gone_column = CODE
    right_columns = (TOTAL,)

    def _key_number(self, row: ServiceOrderView) -> int:
        return time_number(row.taken_at)

    def _make_key(self, number: int, row_id: int) -> ServiceOrderKey:
        return ServiceOrderKey(number_time(number), row_id)

    def order(self, row: int) -> ServiceOrderView | None:
        return self.row(row)

    # --- cells -----------------------------------------------------------------------

    def _title(self, column: int) -> str:
        return column_title(column)

    def _display(self, order: ServiceOrderView, column: int) -> str:
        return display(order, column)

    def _colour(self, order: ServiceOrderView, column: int) -> str | None:
        if column == APPOINTMENT and order.overdue:
            return ERROR_COLOUR
        if column == STATE:
            return STATE_COLOURS[order.state]
        if column == PRIORITY and order.priority:
            return ERROR_COLOUR
        if order.state is OrderState.CANCELLED:
            return GREY
        return None

    def _font(self, order: ServiceOrderView, column: int) -> QFont | None:
        bold = (column == APPOINTMENT and order.overdue) or (column == PRIORITY and order.priority)
        return bold_font() if bold else None

    def _tooltip(self, order: ServiceOrderView, column: int) -> str | None:
        if column == FAULT:
            return order.fault or None
        if column == CUSTOMER:
            return f"{order.customer_name} ({order.customer_code})"
        if column == APPOINTMENT and order.overdue:
            return self.tr("Overdue: the appointment has passed")
        if column == STATE and order.state is OrderState.CANCELLED and order.cancel_reason:
            return self.tr("Cancelled: {reason}").format(reason=order.cancel_reason)
        if column == WARRANTY and order.warranty_reason:
            return order.warranty_reason
        if column in (PRODUCT, TECHNICIANS, PHONE):
            return display(order, column) or None
        return None
