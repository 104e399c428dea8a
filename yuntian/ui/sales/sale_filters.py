"""The purchase records list's filter row: owing or settled, period, customer, salesperson,
sales unit, voided ones shown or not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from yuntian.services.sales.sale_types import SaleFilter, SalesUnitView, SaleView
from yuntian.ui.common.filter_bar import FilterBar

EVERY, OWING, SETTLED = range(3)  # the status buttons' ids


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


class SaleFilterBar(FilterBar):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.period = self._period(today, "salePeriodFilter")
        self._customer_button(
            "saleCustomerFilter",
            self.tr("Show every customer's sales"),
            self.tr("Show one customer's sales (Ctrl+F)"),
            self.tr("Any customer…"),
        )
        self.salesperson = self._combo("saleSalespersonFilter", 5)
        self.unit = self._combo("saleUnitFilter", 6)
        self.show_voided = QCheckBox(self.tr("Show &voided"))
        self.show_voided.setObjectName("saleShowVoided")
        self.clear_button = self._clear_button("clearSaleFilters")
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

        layout = self._row()
        self._add_period(layout, self.tr("&Period:"))
        layout.addSpacing(8)
        layout.addWidget(self.customer)
        layout.addWidget(self.customer_clear)
        self._add_captioned(
            layout, [(self.tr("Sale&sperson:"), self.salesperson), (self.tr("&Unit:"), self.unit)]
        )
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self._show_customer("")

        self.status.idClicked.connect(lambda _id: self.changed.emit())
        self.period.changed.connect(self.changed)
        for combo in (self.salesperson, self.unit):
            combo.currentIndexChanged.connect(self.changed)
        self.show_voided.toggled.connect(self.changed)

    # --- choices ---------------------------------------------------------------------

    def set_choices(self, salespeople: list[tuple[int, str]], units: list[SalesUnitView]) -> None:
        """Fill the salesperson and unit lists, keeping what was chosen where it still
        exists."""
        self._refill(
            [
                (self.salesperson, self.tr("Anyone"), salespeople),
                (self.unit, self.tr("All units"), [(u.id, u.name) for u in units]),
            ]
        )

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

    def set_status(self, status: int) -> None:
        """EVERY, OWING or SETTLED."""
        if self.status.checkedId() != status:
            self.status.button(status).setChecked(True)
            self.changed.emit()

    def toggle_owing(self) -> None:
        """Owing only, or back to every sale (Ctrl+Shift+O)."""
        self.set_status(EVERY if self.status.checkedId() == OWING else OWING)

    def clear(self) -> None:
        def reset() -> None:
            self.salesperson.setCurrentIndex(0)
            self.unit.setCurrentIndex(0)
            self.show_voided.setChecked(False)
            self.status.button(EVERY).setChecked(True)

        self._reset((self.salesperson, self.unit, self.show_voided), reset)
