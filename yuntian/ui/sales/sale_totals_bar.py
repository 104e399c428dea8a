"""The line under the purchase records list: how many sales the filter lets through and what
they add up to (count, quantity, receivable, received, outstanding)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from yuntian.services.sales.sale_types import SaleTotals
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_STYLE

PENDING = "…"


class SaleTotalsBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleTotals")
        self.setToolTip(self.tr("Totals of every sale the filters let through, loaded or not"))
        # Never squeezed by the status line beside it: the figures are what the line is for.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.totals: SaleTotals | None = None  # None while counting, or when it failed
        self._values: dict[str, QLabel] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for key, caption in (
            ("count", self.tr("Sales:")),
            ("quantity", self.tr("Qty:")),
            ("receivable", self.tr("Receivable:")),
            ("received", self.tr("Received:")),
            ("outstanding", self.tr("Outstanding:")),
        ):
            layout.addWidget(QLabel(caption))
            value = QLabel(PENDING)
            value.setObjectName(f"saleTotal_{key}")
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            layout.addWidget(value)
            layout.addSpacing(10)
            self._values[key] = value
        self.error = QLabel()
        self.error.setObjectName("saleTotalsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def value(self, key: str) -> str:
        return self._values[key].text()

    def show_pending(self) -> None:
        self.totals = None
        self.error.hide()
        for label in self._values.values():
            label.setText(PENDING)
        self._values["outstanding"].setStyleSheet("")

    def show_totals(self, totals: SaleTotals) -> None:
        self.totals = totals
        self.error.hide()
        self._values["count"].setText(f"{totals.count:,}")
        self._values["quantity"].setText(f"{totals.quantity:,}")
        self._values["receivable"].setText(yuan(totals.receivable))
        self._values["received"].setText(yuan(totals.received))
        self._values["outstanding"].setText(yuan(totals.outstanding))
        self._values["outstanding"].setStyleSheet(ERROR_STYLE if totals.outstanding > 0 else "")

    def show_failed(self, text: str) -> None:
        self.show_pending()
        for label in self._values.values():
            label.setText("?")
        self.error.setText(text)
        self.error.show()
