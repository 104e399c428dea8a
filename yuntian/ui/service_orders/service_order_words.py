"""The words a service order's values are shown with: states, warranty, priority, work hours."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from yuntian.services.service_orders.service_order_types import (
    PRIORITY_URGENT,
    PRIORITY_VERY_URGENT,
    OrderState,
    Warranty,
)


def state_label(state: OrderState) -> str:
    labels = {
        OrderState.PENDING: QCoreApplication.translate("ServiceOrderTexts", "Pending"),
        OrderState.DISPATCHED: QCoreApplication.translate("ServiceOrderTexts", "Dispatched"),
        OrderState.COMPLETED: QCoreApplication.translate("ServiceOrderTexts", "Completed"),
        OrderState.AUDITED: QCoreApplication.translate("ServiceOrderTexts", "Audited"),
        OrderState.CANCELLED: QCoreApplication.translate("ServiceOrderTexts", "Cancelled"),
    }
    return labels[state]


def warranty_label(warranty: Warranty) -> str:
    labels = {
        Warranty.IN: QCoreApplication.translate("ServiceOrderTexts", "In warranty"),
        Warranty.OUT: QCoreApplication.translate("ServiceOrderTexts", "Out of warranty"),
        Warranty.UNKNOWN: QCoreApplication.translate("ServiceOrderTexts", "Unknown"),
    }
    return labels[warranty]


def priority_label(priority: int) -> str:
    if priority == PRIORITY_VERY_URGENT:
        return QCoreApplication.translate("ServiceOrderTexts", "Very urgent")
    if priority == PRIORITY_URGENT:
        return QCoreApplication.translate("ServiceOrderTexts", "Urgent")
    return QCoreApplication.translate("ServiceOrderTexts", "Normal")


def hours_text(minutes: int) -> str:
    """Work time as hours with at most two places: 90 -> "1.5"."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"))
    text = f"{hours:f}".rstrip("0").rstrip(".")
    return text or "0"
