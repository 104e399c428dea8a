"""The call log's filter row: period, line, direction, missed only, number fragment, customer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from yuntian.services.calls.call_types import FRAGMENT_MIN_DIGITS, LINES, CallFilter
from yuntian.ui.common.filter_bar import ALL, FilterBar
from yuntian.ui.common.styles import ERROR_STYLE

NUMBER_DELAY_MS = 300  # the list follows the number box a moment after the last key press


def digit_count(text: str) -> int:
    return sum(1 for c in text if c.isdecimal())  # full-width digits count as digits


class CallFilterBar(FilterBar):
    """A number fragment counts once it has enough digits; fewer, and the bar says so and
    filters by no number."""

    def __init__(
        self,
        today: dt.date,
        line_names: dict[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._number = ""  # the fragment in force (enough digits), "" for none
        self.period = self._period(today, "callPeriodFilter")
        self.line = QComboBox()
        self.line.setObjectName("callLineFilter")
        self.line.addItem(self.tr("All lines"), ALL)
        names = line_names or {}
        for n in LINES:
            text = self.tr("Line {n}").format(n=n)
            self.line.addItem(f"{text} {names[n]}" if names.get(n) else text, n)
        self.direction = QComboBox()
        self.direction.setObjectName("callDirectionFilter")
        self.direction.addItem(self.tr("In and out"), ALL)
        self.direction.addItem(self.tr("Incoming"), "in")
        self.direction.addItem(self.tr("Outgoing"), "out")
        self.missed = QCheckBox(self.tr("&Missed only"))
        self.missed.setObjectName("callMissedFilter")
        self.number = QLineEdit()
        self.number.setObjectName("callNumberFilter")
        self.number.setClearButtonEnabled(True)
        self.number.setPlaceholderText(self.tr("Digits of the number"))
        self.number.setToolTip(
            self.tr("Calls whose number contains these digits (at least {n}; Ctrl+F)").format(
                n=FRAGMENT_MIN_DIGITS
            )
        )
        self.number.setMinimumWidth(130)
        self.number.setMaxLength(32)  # the longest number is 15 digits, with room for separators
        self.number_hint = QLabel()
        self.number_hint.setObjectName("callNumberHint")
        self.number_hint.setStyleSheet(ERROR_STYLE)
        self.number_hint.hide()
        self.customer = QLabel()
        self.customer.setObjectName("callCustomerFilter")
        self._customer_clear(self.tr("Show every customer's calls"))
        self.clear_button = self._clear_button("clearCallFilters")

        layout = self._row(spacing=None)
        self._add_period(layout, self.tr("&Period:"))
        layout.addWidget(self.line)
        layout.addWidget(self.direction)
        layout.addWidget(self.missed)
        number = QLabel(self.tr("&Number:"))
        number.setBuddy(self.number)
        layout.addWidget(number)
        layout.addWidget(self.number)
        layout.addWidget(self.number_hint)
        layout.addWidget(self.customer)
        layout.addWidget(self.customer_clear)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self._show_customer("")

        self._number_timer = QTimer(self, singleShot=True, interval=NUMBER_DELAY_MS)
        self._number_timer.timeout.connect(self.apply_number)
        self.number.textChanged.connect(self._number_typed)
        self.number.returnPressed.connect(self.apply_number)
        self.period.changed.connect(self.changed)
        for combo in (self.line, self.direction):
            combo.currentIndexChanged.connect(self.changed)
        self.missed.toggled.connect(self.changed)

    # --- the filter ------------------------------------------------------------------

    def filter(self) -> CallFilter:
        span = self.period.range()
        line, direction = self.line.currentData(), self.direction.currentData()
        return CallFilter(
            date_from=span[0] if span else None,
            date_to=span[1] if span else None,
            line=line if isinstance(line, int) else None,
            direction=direction if direction in ("in", "out") else None,
            missed=True if self.missed.isChecked() else None,
            customer_id=self._customer,
            number=self._number,
        )

    def clear(self) -> None:
        def reset() -> None:
            self.line.setCurrentIndex(0)
            self.direction.setCurrentIndex(0)
            self.missed.setChecked(False)
            self.number.clear()
            self._number_timer.stop()
            self._number = ""
            self.number_hint.hide()

        self._reset((self.line, self.direction, self.missed, self.number), reset)

    def typing(self) -> bool:
        """The number box is being typed into (the list follows in a moment)."""
        return self._number_timer.isActive()

    # --- the number box --------------------------------------------------------------

    def _number_typed(self) -> None:
        self._number_timer.start()

    def apply_number(self) -> None:
        """Use what the number box holds now (Enter, or a moment after typing)."""
        self._number_timer.stop()
        text = self.number.text().strip()
        enough = digit_count(text) >= FRAGMENT_MIN_DIGITS
        self.number_hint.setVisible(bool(text) and not enough)
        self.number_hint.setText(self.tr("Type at least {n} digits").format(n=FRAGMENT_MIN_DIGITS))
        wanted = text if enough else ""
        if wanted != self._number:
            self._number = wanted
            self.changed.emit()

    def _show_customer(self, label: str) -> None:
        self.customer_label = label
        self.customer.setText(self.tr("Customer: {name}").format(name=label) if label else "")
        self.customer.setVisible(bool(label))
        self.customer_clear.setVisible(bool(label))
