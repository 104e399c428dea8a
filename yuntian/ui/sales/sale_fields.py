"""Small input pieces the sale editor and the payment dialog share: money boxes that take at most
two decimals, an optional date, and the way a finished record is shown read-only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from yuntian.services.common.money import money

# Whole yuan up to the column's ten digits, then at most two decimals: a third place is a typo.
_MONEY = QRegularExpression(r"\d{0,10}(\.\d{0,2})?")
DATE_FORMAT = "yyyy-MM-dd"
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


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMaximumWidth(FIELD_WIDTH)
    return edit


class OptionalDate(QWidget):
    """A date that may be left empty: a tick box in front of a date box.

    ``edited`` fires only for what the user does, not for ``set_value``, so a form can tell a
    value the user chose from one it worked out."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._setting = False
        self.check = QCheckBox()
        self.check.setObjectName(f"{name}Set")
        self.date = date_edit(f"{name}Date")
        self.date.setEnabled(False)
        self.setFocusProxy(self.date)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.date.dateChanged.connect(lambda _d: self._changed())

    def value(self) -> dt.date | None:
        return self.date.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: dt.date | None, fallback: dt.date | None = None) -> None:
        """Show ``day``, or an empty box whose calendar opens at ``fallback``."""
        self._setting = True
        try:
            if day is not None or fallback is not None:
                self.date.setDate(QDate(day or fallback))
            self.check.setChecked(day is not None)
        finally:
            self._setting = False

    def set_read_only(self) -> None:
        self.check.setEnabled(False)
        self.date.setReadOnly(True)

    def _toggled(self, on: bool) -> None:
        self.date.setEnabled(on)
        if on and not self._setting:
            self.date.setFocus()
        self._changed()

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()
