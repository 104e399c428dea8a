"""The purchase records list's filter row: owing or settled, period, customer, salesperson,
sales unit, voided ones shown or not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from yuntian.services.sales.sale_types import SaleFilter, SalesUnitView, SaleView
from yuntian.ui.common.periods import ANY_TIME, PeriodPicker

ALL = "all"
EVERY, OWING, SETTLED = range(3)  # the status buttons' ids
CUSTOMER_WIDTH = 190


def fits(sale: SaleView, flt: SaleFilter) -> bool:
    """Whether ``sale`` belongs in a list filtered by ``flt`` (after a change, without asking
    the database again)."""
    if sale.voided and not flt.include_voided:
        return False
    if flt.date_from is not None and sale.sale_date < flt.date_from:
        return False
    if flt.date_to is not None and sale.sale_date > flt.date_to:
        return False
    wanted = (
        (flt.customer_id, sale.customer_id),
        (flt.salesperson_id, sale.salesperson_id),
        (flt.sales_unit_id, sale.sales_unit_id),
    )
    if any(want is not None and want != have for want, have in wanted):
        return False
    return flt.outstanding is None or (sale.outstanding > 0) == flt.outstanding


class SaleFilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes changes; ``customer_wanted`` when the
    user asks to choose a customer (the page owns the picker)."""

    changed = Signal()
    customer_wanted = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer: int | None = None
        self.customer_label = ""
        # One click each, 欠款 most of all: a row of buttons rather than a combo.
        self.status = QButtonGroup(self)
        status_buttons = []
        for code, text, tip in (
            (EVERY, self.tr("All"), self.tr("Every sale")),
            (OWING, self.tr("Owing"), self.tr("Sales with money still owed (Ctrl+Shift+O)")),
            (SETTLED, self.tr("Settled"), self.tr("Sales paid in full")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setObjectName(f"saleStatus{code}")
            self.status.addButton(button, code)
            status_buttons.append(button)
        self.status.button(EVERY).setChecked(True)
        self.period = PeriodPicker(today, with_any=True, preset=ANY_TIME, parent=self)
        self.period.combo.setObjectName("salePeriodFilter")
        self.customer = QPushButton()
        self.customer.setObjectName("saleCustomerFilter")
        self.customer.setMaximumWidth(CUSTOMER_WIDTH)
        self.customer_clear = QToolButton()
        self.customer_clear.setText("✕")
        self.customer_clear.setToolTip(self.tr("Show every customer's sales"))
        self.customer_clear.setAutoRaise(True)
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("saleSalespersonFilter")
        self.salesperson.setMinimumContentsLength(5)
        self.unit = QComboBox()
        self.unit.setObjectName("saleUnitFilter")
        self.unit.setMinimumContentsLength(6)
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.show_voided.setObjectName("saleShowVoided")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearSaleFilters")
        self.set_choices([], [])

        # The status buttons and "show voided" sit apart (the page puts them beside its
        # toolbar), so the row of the other filters fits a 1280-pixel window even with dates
        # and a customer shown.
        self.status_box = QWidget(self)
        status_row = QHBoxLayout(self.status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.setSpacing(2)
        status_row.addWidget(QLabel(self.tr("Show:")))
        for button in status_buttons:
            status_row.addWidget(button)
        status_row.addSpacing(10)
        status_row.addWidget(self.show_voided)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        period = QLabel(self.tr("&Period:"))
        period.setBuddy(self.period.combo)
        layout.addWidget(period)
        layout.addWidget(self.period.combo)
        layout.addWidget(self.period.date_from)
        layout.addWidget(self.period.dash)
        layout.addWidget(self.period.date_to)
        layout.addSpacing(8)
        layout.addWidget(self.customer)
        layout.addWidget(self.customer_clear)
        for text, combo in (
            (self.tr("Sale&sperson:"), self.salesperson),
            (self.tr("&Unit:"), self.unit),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            layout.addSpacing(8)
            layout.addWidget(caption)
            layout.addWidget(combo)
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self._show_customer("")

        self.status.idClicked.connect(lambda _id: self.changed.emit())
        self.period.changed.connect(self.changed)
        for combo in (self.salesperson, self.unit):
            combo.currentIndexChanged.connect(self.changed)
        self.show_voided.toggled.connect(self.changed)
        self.customer.clicked.connect(self.customer_wanted)
        self.customer_clear.clicked.connect(lambda: self.set_customer(None))
        self.clear_button.clicked.connect(self.clear)

    # --- choices ---------------------------------------------------------------------

    def set_choices(self, salespeople: list[tuple[int, str]], units: list[SalesUnitView]) -> None:
        """Fill the salesperson and unit lists, keeping what was chosen where it still
        exists."""
        person, unit = self.salesperson.currentData(), self.unit.currentData()
        for combo in (self.salesperson, self.unit):
            combo.blockSignals(True)
            combo.clear()
        self.salesperson.addItem(self.tr("Anyone"), ALL)
        for user_id, name in salespeople:
            self.salesperson.addItem(name, user_id)
        self.unit.addItem(self.tr("All units"), ALL)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(person)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        for combo in (self.salesperson, self.unit):
            combo.blockSignals(False)
        was = (person, unit)
        if None not in was and (self.salesperson.currentData(), self.unit.currentData()) != was:
            self.changed.emit()  # the chosen one is gone meanwhile

    # --- the filter ------------------------------------------------------------------

    def filter(self) -> SaleFilter:
        span = self.period.range()
        person, unit = self.salesperson.currentData(), self.unit.currentData()
        status = self.status.checkedId()
        return SaleFilter(
            date_from=span[0] if span else None,
            date_to=span[1] if span else None,
            customer_id=self._customer,
            salesperson_id=person if isinstance(person, int) else None,
            sales_unit_id=unit if isinstance(unit, int) else None,
            outstanding={OWING: True, SETTLED: False}.get(status),
            include_voided=self.show_voided.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.filter() != SaleFilter()

    def set_status(self, status: int) -> None:
        """EVERY, OWING or SETTLED."""
        if self.status.checkedId() != status:
            self.status.button(status).setChecked(True)
            self.changed.emit()

    def toggle_owing(self) -> None:
        """Owing only, or back to every sale (Ctrl+Shift+O)."""
        self.set_status(EVERY if self.status.checkedId() == OWING else OWING)

    def set_customer(self, customer_id: int | None, label: str = "") -> None:
        """Show only this customer's sales (None: everyone's); ``label`` names it."""
        if customer_id == self._customer:
            return
        self._customer = customer_id
        self._show_customer(label if customer_id is not None else "")
        self.changed.emit()

    def clear(self) -> None:
        widgets = (self.salesperson, self.unit, self.period.combo, self.show_voided)
        for widget in widgets:
            widget.blockSignals(True)
        self.salesperson.setCurrentIndex(0)
        self.unit.setCurrentIndex(0)
        self.show_voided.setChecked(False)
        self.period.set_preset(ANY_TIME)
        for widget in widgets:
            widget.blockSignals(False)
        self.status.button(EVERY).setChecked(True)
        self._customer = None
        self._show_customer("")
        self.changed.emit()

    def _show_customer(self, label: str) -> None:
        self.customer_label = label
        text = self.tr("Customer: {name}").format(name=label) if label else self.tr("Any customer…")
        room = CUSTOMER_WIDTH - 2 * self.customer.fontMetrics().averageCharWidth() - 12
        elided = self.customer.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.customer.setText(elided)
        self.customer.setToolTip(
            text if elided != text else self.tr("Show one customer's sales (Ctrl+F)")
        )
        self.customer_clear.setVisible(bool(label))
