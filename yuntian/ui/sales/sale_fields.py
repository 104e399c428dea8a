"""Small input pieces the sale editor and the payment dialog share: money boxes that take at most
two decimals (dates are yuntian.ui.common.date_input's)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from yuntian.services.common.money import money

# Whole yuan up to the column's ten digits, then at most two decimals: a third place is a typo.
_MONEY = QRegularExpression(r"\d{0,10}(\.\d{0,2})?")
FIELD_WIDTH = 160  # amounts, dates and counts: wide enough for their longest value, no wider


def money_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setValidator(QRegularExpressionValidator(_MONEY, edit))
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setMaximumWidth(FIELD_WIDTH)
    return edit


def read_money(edit: QLineEdit, field: str) -> Decimal:
    """The amount typed, exact; ValidationError at ``field`` when it is not one."""
    return money(field, edit.text().replace(",", "").strip() or "-")
