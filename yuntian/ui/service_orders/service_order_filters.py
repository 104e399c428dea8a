"""The service-order list's filters: a row of state buttons with their counts (全部 / 待处理 /
已出单派工 / 售后完成 / 审核完成 / 已取消 / 逾期) and the period, and a row for the customer,
technician, service type and warranty."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from yuntian.services.service_orders.service_order_types import (
    OrderState,
    ServiceOrderFilter,
    ServiceOrderView,
    Warranty,
)
from yuntian.ui.common.filter_bar import ALL, FilterBar
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

EVERY, OVERDUE = "every", "overdue"  # the state buttons beside the five states
TABS: tuple[str, ...] = (EVERY, *(s.value for s in OrderState), OVERDUE)
OVERDUE_STYLE = f"QToolButton {{ color: {ERROR_COLOUR}; font-weight: bold; }}"


def fits(order: ServiceOrderView, flt: ServiceOrderFilter) -> bool:
    """Whether ``order`` belongs in a list filtered by ``flt`` (after an action, without
    asking the database again)."""
    if flt.state is not None and order.state is not flt.state:
        return False
    if flt.overdue and not order.overdue:
        return False
    day = order.taken_at.date()
    if flt.date_from is not None and day < flt.date_from:
        return False
    if flt.date_to is not None and day > flt.date_to:
        return False
    if flt.technician_id is not None and flt.technician_id not in order.technician_ids:
        return False
    wanted = (
        (flt.customer_id, order.customer_id),
        (flt.sale_id, order.sale_id),
        (flt.service_type, order.service_type),
        (flt.warranty, order.warranty),
    )
    return all(want is None or want == have for want, have in wanted)


class ServiceOrderFilterBar(FilterBar):
    """``tabs`` is the row of state buttons and the period, laid out by the page."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int | None] = dict.fromkeys(TABS)
        # One click each, and each with its count: the receptionist's first question is
        # "what is still open?".
        self.state = QButtonGroup(self)
        self.state_buttons: dict[str, QToolButton] = {}
        for number, tab in enumerate(TABS):
            button = QToolButton()
            button.setCheckable(True)
            button.setObjectName(f"orderState_{tab}")
            button.setToolTip(self._tab_tip(tab))
            self.state.addButton(button, number)
            self.state_buttons[tab] = button
        self.state_buttons[EVERY].setChecked(True)
        self._show_counts()

        self.period = self._period(today, "orderPeriodFilter")
        self.technician = self._combo("orderTechnicianFilter", 5)
        self.service_type = self._combo("orderServiceTypeFilter", 5)
        self.warranty = QComboBox()
        self.warranty.setObjectName("orderWarrantyFilter")
        self.warranty.addItem(self.tr("Any"), ALL)
        for value in Warranty:
            self.warranty.addItem(warranty_label(value), value.value)
        self._customer_button(
            "orderCustomerFilter",
            self.tr("Show every customer's orders"),
            self.tr("Show one customer's orders (Ctrl+F)"),
            self.tr("Any customer…"),
        )
        self.clear_button = self._clear_button("clearOrderFilters")
        self.set_choices([], [])

        self.tabs = QWidget(self)
        tab_row = QHBoxLayout(self.tabs)
        tab_row.setContentsMargins(0, 0, 0, 0)
        tab_row.setSpacing(2)
        for tab in TABS:
            tab_row.addWidget(self.state_buttons[tab])
        # The period sits beside the state buttons, so each row fits a 1280-pixel window
        # even with dates and a customer shown.
        tab_row.addStretch(1)
        self._add_period(tab_row, self.tr("&Period:"))

        layout = self._row()
        layout.addWidget(self.customer)
        layout.addWidget(self.customer_clear)
        self._add_captioned(
            layout,
            [
                (self.tr("&Technician:"), self.technician),
                (self.tr("T&ype:"), self.service_type),
                (self.tr("&Warranty:"), self.warranty),
            ],
        )
        layout.addStretch(1)
        layout.addWidget(self.clear_button)
        self._show_customer("")

        self.state.idClicked.connect(lambda _id: self.changed.emit())
        self.period.changed.connect(self.changed)
        for combo in (self.technician, self.service_type, self.warranty):
            combo.currentIndexChanged.connect(self.changed)

    # --- choices ---------------------------------------------------------------------

    def set_choices(self, technicians: Sequence[tuple[int, str]], types: Sequence[str]) -> None:
        """Fill the technician and service-type lists, keeping what was chosen where it
        still exists."""
        self._refill(
            [
                (self.technician, self.tr("Anyone"), technicians),
                (self.service_type, self.tr("All types"), [(name, name) for name in types]),
            ]
        )

    def set_technician(self, user_id: int) -> None:
        """Show only this technician's orders (quietly: before the bar is listened to)."""
        index = self.technician.findData(user_id)
        if index >= 0:
            self.technician.blockSignals(True)
            self.technician.setCurrentIndex(index)
            self.technician.blockSignals(False)

    # --- the filter ------------------------------------------------------------------

    def tab(self) -> str:
        """The state button chosen: EVERY, OVERDUE or a state's value."""
        return TABS[max(0, self.state.checkedId())]

    def base_filter(self) -> ServiceOrderFilter:
        """Every filter but the state buttons: what the counts beside them are of."""
        span = self.period.range()
        person, kind = self.technician.currentData(), self.service_type.currentData()
        warranty = self.warranty.currentData()
        return ServiceOrderFilter(
            date_from=span[0] if span else None,
            date_to=span[1] if span else None,
            customer_id=self._customer,
            technician_id=person if isinstance(person, int) else None,
            service_type=kind if kind not in (None, ALL) else None,
            warranty=Warranty(warranty) if warranty not in (None, ALL) else None,
        )

    def filter(self) -> ServiceOrderFilter:
        base, tab = self.base_filter(), self.tab()
        if tab == OVERDUE:
            return replace(base, overdue=True)
        if tab == EVERY:
            return base
        return replace(base, state=OrderState(tab))

    def set_tab(self, tab: str) -> None:
        """Choose a state button (EVERY, OVERDUE or a state's value)."""
        if self.tab() != tab:
            self.state_buttons[tab].setChecked(True)
            self.changed.emit()

    def set_counts(self, counts: Mapping[OrderState, int] | None, overdue: int | None) -> None:
        """The figures beside the state buttons; None: being counted ("…")."""
        if counts is None:
            self._counts = dict.fromkeys(TABS)
        else:
            self._counts = {s.value: counts.get(s, 0) for s in OrderState}
            self._counts[EVERY] = sum(counts.values())
            self._counts[OVERDUE] = overdue
        self._show_counts()

    def count(self, tab: str) -> int | None:
        return self._counts.get(tab)

    def clear(self) -> None:
        def reset() -> None:
            for combo in (self.technician, self.service_type, self.warranty):
                combo.setCurrentIndex(0)
            self.state_buttons[EVERY].setChecked(True)

        self._reset((self.technician, self.service_type, self.warranty), reset)

    # --- showing ---------------------------------------------------------------------

    def _tab_name(self, tab: str) -> str:
        if tab == EVERY:
            return self.tr("All")
        if tab == OVERDUE:
            return self.tr("Overdue")
        return state_label(OrderState(tab))

    def _tab_tip(self, tab: str) -> str:
        if tab == EVERY:
            return self.tr("Every order")
        if tab == OVERDUE:
            return self.tr("Appointment passed, not yet completed")
        return self.tr("Orders now {state}").format(state=state_label(OrderState(tab)))

    def _show_counts(self) -> None:
        for tab, button in self.state_buttons.items():
            count = self._counts.get(tab)
            figure = "…" if count is None else str(count)
            button.setText(f"{self._tab_name(tab)} {figure}")
            overdue = tab == OVERDUE and bool(count)
            button.setStyleSheet(
                "QToolButton { color: #b3261e; font-weight: bold; }" if overdue else ""
            )
