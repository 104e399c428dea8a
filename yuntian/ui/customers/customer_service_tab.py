"""The customer card's service tab (售后服务): every service order of the customer, newest
first, with its state (overdue ones in red), the product, the fault, who went and what it
cost; a new order for the customer, and opening one (Enter / double-click). Under them, the
parts used on the customer's orders.

The orders are read when the tab is first on screen (the caller pop-up's card opens on
another tab and must not wait for them); the card counts the open ones for the tab's title.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import UsedLine
from yuntian.services.service_orders.service_order_types import (
    OrderAction,
    OrderState,
    ServiceOrderView,
)
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.page_actions import buttons_over_table, page_action
from yuntian.ui.common.record_tables import history_table
from yuntian.ui.common.styles import ERROR_COLOUR, ERROR_STYLE, HINT_STYLE
from yuntian.ui.customers.lazy_tab import LazyCustomerTab
from yuntian.ui.parts.parts_tables import USED_BY_CUSTOMER, fill_used, used_table
from yuntian.ui.service_orders.service_order_actions import available, complete_order, print_orders
from yuntian.ui.service_orders.service_order_history import GREY, one_line, product_text, when
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

CODE, TAKEN, STATE, TYPE, PRODUCT, FAULT, TECHNICIANS, WARRANTY, FEE = range(9)
COLUMN_COUNT = 9
TOOLTIPS = (PRODUCT, FAULT, TECHNICIANS)  # long texts: whole in the tooltip
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def open_order_html(order: ServiceOrderView) -> str:
    """One open order for the card's header and the caller pop-up: code, state, type, product
    and appointment; red when the appointment has passed."""
    parts = [
        f"<b>{escape(order.code)}</b>",
        escape(state_label(order.state)),
        escape(order.service_type),
    ]
    if order.product:
        parts.append(escape(order.product))
    if order.appointment_at is not None:
        parts.append(
            escape(
                QCoreApplication.translate("CustomerServiceTab", "appointment {time}").format(
                    time=f"{order.appointment_at:%m-%d %H:%M}"
                )
            )
        )
    line = " · ".join(p for p in parts if p)
    if order.overdue:
        overdue = QCoreApplication.translate("CustomerServiceTab", "overdue")
        line = f'<span style="color:{ERROR_COLOUR}">{line} · <b>{escape(overdue)}</b></span>'
    return line


class CustomerServiceTab(LazyCustomerTab):
    """``changed()`` after an order was taken or changed here."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("serviceTab")
        self.orders: list[ServiceOrderView] = []
        self._archived = False
        self._select_after: int | None = None

        self.table = history_table(
            "customerServiceOrders",
            [
                self.tr("No."),
                self.tr("Taken"),
                self.tr("State"),
                self.tr("Type"),
                self.tr("Product"),
                self.tr("Fault"),
                self.tr("Technicians"),
                self.tr("Warranty"),
                self.tr("Total fee"),
            ],
            QAbstractItemView.SelectionMode.ExtendedSelection,
            stretch=FAULT,
        )

        self.add_button = QPushButton(self.tr("&New service order…"))
        self.add_button.setObjectName("serviceAdd")
        self.add_button.setToolTip(self.tr("Take a service order for this customer (Ins)"))
        self.add_button.setVisible(actor.can("service.process"))
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setObjectName("serviceOpen")
        self.open_button.setToolTip(self.tr("Open the chosen order (Enter)"))
        self.complete_button = QPushButton(self.tr("&Complete…"))
        self.complete_button.setObjectName("serviceComplete")
        self.complete_button.setToolTip(self.tr("Record what was done and the fees (售后完成)"))
        self.print_button = QPushButton(self.tr("&Print slips…"))
        self.print_button.setObjectName("servicePrint")
        self.print_button.setToolTip(self.tr("Print the chosen orders' dispatch slips"))
        self.summary = QLabel()
        self.summary.setObjectName("serviceSummary")
        self.summary.setStyleSheet(HINT_STYLE)
        buttons_over_table(
            self,
            (self.add_button, self.open_button, self.complete_button, self.print_button),
            self.table,
        )
        # The parts used on the customer's orders (net of reversals), under the orders.
        self.parts_used = used_table("customerPartsUsed", USED_BY_CUSTOMER)
        self.parts_used.setMaximumHeight(self.parts_used.fontMetrics().height() * 9)
        self.parts_box = QGroupBox(self.tr("Parts used"))
        self.parts_box.setObjectName("serviceParts")
        QVBoxLayout(self.parts_box).addWidget(self.parts_used)
        self.parts_box.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.summary)
        layout.addWidget(self.parts_box)

        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.complete_button.clicked.connect(self.complete_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.table.activated.connect(lambda _index: self.open_selected())  # Enter, double-click
        self.table.installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        page_action(self, self.table, "", self.add, [Qt.Key.Key_Insert], on_table=True)
        self._update_buttons()

    # --- the card calls this ---------------------------------------------------------

    def set_archived(self, archived: bool) -> None:
        """An archived customer takes no new orders (the card says so before each load)."""
        self._archived = archived
        self._update_buttons()

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id != self.customer_id:
            self._select_after = None
        super().show_customer(customer_id)
        self._update_buttons()

    def _load(self) -> None:
        keep = self._select_after if self._select_after is not None else self._current_id()
        self._select_after = None
        error = ""
        orders: list[ServiceOrderView] = []
        parts: list[UsedLine] = []
        if self.customer_id is not None:
            try:
                orders = self._services.service_orders.for_customer(self._actor, self.customer_id)
                parts = self._services.part_stock.for_customer(self._actor, self.customer_id)
            except ServiceError as exc:
                error = error_text(exc)
        self._fill(orders, error)
        fill_used(self.parts_used, parts)
        self.parts_box.setVisible(bool(parts))
        if keep is not None:
            self.select_order(keep)

    # --- reading ---------------------------------------------------------------------

    def selected_orders(self) -> list[ServiceOrderView]:
        """The chosen orders, in list order (empty while the tab waits to be shown)."""
        if self._stale:
            return []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.orders[r] for r in rows if 0 <= r < len(self.orders)]

    def select_order(self, order_id: int) -> None:
        for row, order in enumerate(self.orders):
            if order.id == order_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    # --- commands --------------------------------------------------------------------

    def add(self) -> None:
        if self.customer_id is None or self._archived or not self._actor.can("service.process"):
            return
        from yuntian.ui.service_orders.service_order_editor import new_service_order

        saved = new_service_order(self, self._services, self._actor, customer_id=self.customer_id)
        if saved is not None:
            self._changed(saved.id)

    def open_selected(self) -> None:
        chosen = self.selected_orders()
        if not chosen:
            return
        from yuntian.ui.service_orders.service_order_editor import edit_service_order

        saved = edit_service_order(self, self._services, self._actor, chosen[0])
        if saved is not None:
            self._changed(saved.id)

    def complete_selected(self) -> None:
        chosen = self.selected_orders()
        if not available(self._actor, OrderAction.COMPLETE, chosen):
            return
        saved = complete_order(self, self._services, self._actor, chosen[0])
        if saved is not None:
            self._changed(saved.id)

    def print_selected(self) -> None:
        chosen = self.selected_orders()
        if chosen:
            print_orders(self, self._services, self._actor, chosen)
            self._changed(chosen[0].id)  # printing dispatches the pending ones

    # --- helpers ---------------------------------------------------------------------

    def _fill(self, orders: Sequence[ServiceOrderView], error: str) -> None:
        self.orders = list(orders)
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            for column in range(COLUMN_COUNT):
                self.table.setItem(row, column, self._item(order, column))
        self._fill_summary(error)
        self._update_buttons()

    def _item(self, order: ServiceOrderView, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem(self._text(order, column))
        if column == FEE:
            item.setTextAlignment(_RIGHT)
        if order.state is OrderState.CANCELLED:
            item.setForeground(QBrush(QColor(GREY)))
            item.setToolTip(self.tr("Cancelled: {reason}").format(reason=order.cancel_reason))
        elif order.overdue:
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            item.setToolTip(
                self.tr("Overdue: the appointment was {time}").format(
                    time=when(order.appointment_at)
                )
            )
        elif column == FAULT:
            item.setToolTip(order.fault)
        elif column in TOOLTIPS:
            item.setToolTip(item.text())
        return item

    def _text(self, order: ServiceOrderView, column: int) -> str:
        if column == CODE:
            return order.code
        if column == TAKEN:
            return f"{order.taken_at:%Y-%m-%d}"
        if column == STATE:
            text = state_label(order.state)
            return self.tr("{state}, overdue").format(state=text) if order.overdue else text
        if column == TYPE:
            return order.service_type
        if column == PRODUCT:
            return product_text(order)
        if column == FAULT:
            return one_line(order.fault)
        if column == TECHNICIANS:
            return ", ".join(order.technician_names)
        if column == WARRANTY:
            return warranty_label(order.warranty)
        if order.completed_at is None:
            return ""
        return f"¥{yuan(order.fee_total)}"

    def _fill_summary(self, error: str) -> None:
        if error:
            self.summary.setText(error)
            self.summary.setStyleSheet(ERROR_STYLE)
            return
        self.summary.setStyleSheet(HINT_STYLE)
        if self.customer_id is None:
            self.summary.clear()
        elif not self.orders:
            self.summary.setText(self.tr("No service orders yet."))
        else:
            open_count = sum(
                o.state in (OrderState.PENDING, OrderState.DISPATCHED) for o in self.orders
            )
            overdue = sum(o.overdue for o in self.orders)
            text = self.tr("Orders: {n}, open: {open}").format(n=len(self.orders), open=open_count)
            if overdue:
                text += " · " + self.tr("overdue: {n}").format(n=overdue)
            self.summary.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the table opens the chosen order, even in a window with an Enter of its
        own (the caller pop-up's "open customer")."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.selected_orders()
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _current_id(self) -> int | None:
        chosen = self.selected_orders()
        return chosen[0].id if chosen else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.customer_id is not None and not self._archived)
        chosen = self.selected_orders()
        self.open_button.setEnabled(len(chosen) == 1)
        self.complete_button.setEnabled(available(self._actor, OrderAction.COMPLETE, chosen))
        correcting = len(chosen) == 1 and chosen[0].state is OrderState.COMPLETED
        self.complete_button.setText(
            self.tr("Co&rrect completion…") if correcting else self.tr("&Complete…")
        )
        self.print_button.setEnabled(bool(chosen))

    def _changed(self, select_id: int | None) -> None:
        self._select_after = select_id
        self.changed.emit()  # the card reloads, and with it this tab
        if self._select_after is not None:  # not in a card: nobody did
            self.reload()
