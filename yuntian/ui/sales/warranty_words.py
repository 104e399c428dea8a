"""A purchase's warranty in words, for the customer card and the service order form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from yuntian.services.sales.warranty import warranty_status


def warranty_text(warranty_end: dt.date | None, today: dt.date) -> str:
    """保内 剩N天 / 保外 / "" when no warranty end is known."""
    status = warranty_status(warranty_end, today)
    if status.in_warranty is None:
        return ""
    if status.in_warranty:
        return QCoreApplication.translate("PurchaseTexts", "In warranty, days left: {n}").format(
            n=status.days_left
        )
    return QCoreApplication.translate("PurchaseTexts", "Out of warranty")
