"""The customer card's purchases tab (购机记录): every sale of the customer, newest first, with
warranty state (保内 / 保外), the next maintenance and callback, the money owed, and the
actions on a sale (new, edit, payment, void or delete).

The card reads the customer's sales once per load (its header shows the debt and products from
them too) and hands them over with :meth:`CustomerPurchasesTab.show_sales`; after an action the
tab emits ``changed`` and the card reloads, which brings the new figures to every place at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.money import ZERO
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import SaleView
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.page_actions import buttons_over_table, page_action
from yuntian.ui.common.record_tables import history_table
from yuntian.ui.common.styles import ERROR_COLOUR, ERROR_STYLE, HINT_STYLE
from yuntian.ui.sales import sale_actions
from yuntian.ui.sales.warranty_words import warranty_text
from yuntian.ui.service_orders.service_order_editor import new_service_order

CODE, DATE, PRODUCT, SERIAL, QUANTITY, WARRANTY = range(6)
MAINTENANCE, CALLBACK, RECEIVABLE, RECEIVED, OUTSTANDING = range(6, 11)
COLUMN_COUNT = 11
NUMBER_COLUMNS = (QUANTITY, RECEIVABLE, RECEIVED, OUTSTANDING)
GREY = "#8a8a8a"
# A card is narrow: long model names and serial numbers are cut (the tooltip has them whole),
# so the warranty and the money stay in sight.
TOOLTIPS = (PRODUCT, SERIAL)  # long texts: whole in the tooltip
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def product_html(sale: SaleView, today: dt.date) -> str:
    """One product for the card's header and the caller pop-up: 格力 KFR-35GW · 保内 剩200天,
    the warranty never broken over two lines."""
    text = escape(sale.product)
    if sale.quantity > 1:
        text += f" ×{sale.quantity}"
    warranty = warranty_text(sale.warranty_end, today)
    if not warranty:
        return text
    # Qt breaks CJK text between any two characters; word joiners hold the warranty together.
    return f"{text} · " + escape("\u2060".join(warranty.replace(" ", "\u00a0")))


def outstanding_total(sales: Sequence[SaleView]) -> Decimal:
    """What the customer owes over the sales not voided (a voided sale owes nothing)."""
    return sum((s.outstanding for s in sales if not s.voided), ZERO)


class CustomerPurchasesTab(QWidget):
    """``changed()`` after a sale was added, changed, paid or removed here."""

    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasesTab")
        self._services = services
        self._actor = actor
        self.customer_id: int | None = None
        self.sales: list[SaleView] = []
        self._archived = False

        self.table = history_table(
            "customerPurchases",
            [
                self.tr("No."),
                self.tr("Purchase date"),
                self.tr("Product"),
                self.tr("Serial no."),
                self.tr("Qty"),
                self.tr("Warranty"),
                self.tr("Next maintenance"),
                self.tr("Next callback"),
                self.tr("Receivable"),
                self.tr("Received"),
                self.tr("Outstanding"),
            ],
            stretch=PRODUCT,
        )
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps a model's suffix

        self.add_button = QPushButton(self.tr("&New purchase…"))
        self.add_button.setObjectName("purchaseAdd")
        self.add_button.setVisible(actor.can("sales.process"))
        can_edit = actor.can("record.edit")
        self.edit_button = QPushButton(self.tr("Ed&it…") if can_edit else self.tr("&View…"))
        self.edit_button.setObjectName("purchaseEdit")
        self.pay_button = QPushButton(self.tr("Pa&yment…"))
        self.pay_button.setObjectName("purchasePay")
        self.pay_button.setVisible(actor.can("sales.process"))
        self.service_button = QPushButton(self.tr("&Service order…"))
        self.service_button.setObjectName("purchaseService")
        self.service_button.setToolTip(self.tr("Take a service order for the chosen product"))
        self.service_button.setVisible(actor.can("service.process"))
        self.remove_button = QPushButton(self.tr("&Void / delete…"))
        self.remove_button.setObjectName("purchaseRemove")
        self.remove_button.setVisible(actor.can("record.delete"))

        self.units = QLabel()
        self.units.setObjectName("purchasesUnits")
        self.units.setStyleSheet(HINT_STYLE)
        self.debt = QLabel()
        self.debt.setObjectName("purchasesDebt")
        buttons = (
            self.add_button,
            self.edit_button,
            self.pay_button,
            self.service_button,
            self.remove_button,
        )
        buttons_over_table(self, buttons, self.table)
        summary = QHBoxLayout()  # under the table, like a total: the buttons fill a narrow card
        summary.addWidget(self.units)
        summary.addSpacing(12)
        summary.addWidget(self.debt)
        summary.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(summary)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.pay_button.clicked.connect(self.pay)
        self.service_button.clicked.connect(self.new_service_order)
        self.remove_button.clicked.connect(self.remove)
        self.table.activated.connect(lambda _index: self.edit())  # Enter, double-click
        self.table.installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        if actor.can("record.delete"):
            delete_key = [QKeySequence.StandardKey.Delete]
            page_action(self, self.table, "", self.remove, delete_key, on_table=True)
        self._select_after: int | None = None  # chosen after the reload an action asks for
        self._keep: int | None = None  # chosen once the table is filled
        self._stale = False  # the table waits to be shown
        self.show_sales(None, [])

    # --- the card calls this ---------------------------------------------------------

    def show_sales(
        self,
        customer_id: int | None,
        sales: Sequence[SaleView],
        *,
        archived: bool = False,
        error: str = "",
    ) -> None:
        """Show the sales of ``customer_id`` (newest first, voided ones included); ``error``
        replaces the summary when they could not be read. The table is filled when on screen,
        else when first shown: the caller pop-up's card opens on another tab."""
        keep = self._select_after
        if keep is None and customer_id == self.customer_id:
            # the same customer read again: stay on the same sale
            keep = self._keep if self._stale else self._current_id()
        self._select_after = None
        self.customer_id = customer_id
        self.sales = list(sales)
        self._archived = archived
        self._fill_summary(error)
        self._keep = keep
        self._stale = True
        if self.isVisible():
            self._fill_table()
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._fill_table()

    # --- reading ---------------------------------------------------------------------

    def selected(self) -> SaleView | None:
        if self._stale:
            return None  # nothing is chosen in a table not yet filled
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.sales):
            return None
        return self.sales[row]

    def select_sale(self, sale_id: int) -> None:
        if self._stale:
            self._fill_table()
        for row, sale in enumerate(self.sales):
            if sale.id == sale_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                return

    # --- commands (the dialogs are the sale area's) ---------------------------------

    def add(self) -> None:
        if self.customer_id is None or self._archived or not self._actor.can("sales.process"):
            return
        saved = sale_actions.new_sale(self, self._services, self._actor, self.customer_id)
        if saved is not None:
            self._changed(saved.id)

    def edit(self) -> None:
        sale = self.selected()
        if sale is None:
            return
        saved = sale_actions.edit_sale(self, self._services, self._actor, sale)
        if saved is not None:
            self._changed(saved.id)

    def pay(self) -> None:
        sale = self.selected()
        if sale is None or not self._can_pay(sale):
            return
        if sale_actions.record_payment(self, self._services, self._actor, sale) is not None:
            self._changed(sale.id)

    def new_service_order(self) -> None:
        """A service order for the chosen product (报修), the customer and product filled in."""
        sale = self.selected()
        if sale is None or sale.voided or not self._actor.can("service.process"):
            return
        saved = new_service_order(
            self, self._services, self._actor, customer_id=sale.customer_id, sale_id=sale.id
        )
        if saved is not None:
            self._changed(sale.id)

    def remove(self) -> None:
        sale = self.selected()
        if sale is None or sale.voided or not self._actor.can("record.delete"):
            return
        if sale_actions.remove_sale(self, self._services, self._actor, sale):
            self._changed(sale.id)  # a voided sale stays in the list, greyed

    # --- helpers ---------------------------------------------------------------------

    def _fill_table(self) -> None:
        self._stale = False
        today = self._services.clock().date()  # the services' clock: tests can set the day
        self.table.setRowCount(len(self.sales))
        for row, sale in enumerate(self.sales):
            for column in range(COLUMN_COUNT):
                self.table.setItem(row, column, self._item(sale, column, today))
        keep, self._keep = self._keep, None
        if keep is not None:
            self.select_sale(keep)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the table opens the chosen sale, even in a window that has an Enter of its
        own (the caller pop-up's "open customer"): the table claims the key before shortcuts."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.selected() is not None
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _item(self, sale: SaleView, column: int, today: dt.date) -> QTableWidgetItem:
        item = QTableWidgetItem(self._text(sale, column, today))
        if column in NUMBER_COLUMNS:
            item.setTextAlignment(_RIGHT)
        if sale.voided:
            item.setForeground(QBrush(QColor(GREY)))
            reason = sale.void_reason
            item.setToolTip(
                self.tr("Voided: {reason}").format(reason=reason) if reason else self.tr("Voided")
            )
        elif column == OUTSTANDING and sale.outstanding > 0:
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
        elif column in TOOLTIPS:
            notes = sale.notes if column == PRODUCT else ""
            item.setToolTip("\n".join(t for t in (item.text(), notes) if t))
        return item

    def _text(self, sale: SaleView, column: int, today: dt.date) -> str:
        if column == CODE:
            return sale.code
        if column == DATE:
            return sale.sale_date.isoformat()
        if column == PRODUCT:
            return sale.product
        if column == SERIAL:
            return sale.serial_number
        if column == QUANTITY:
            return str(sale.quantity)
        if column == WARRANTY:
            return self.tr("Voided") if sale.voided else warranty_text(sale.warranty_end, today)
        if column == MAINTENANCE:
            return sale.next_maintenance.isoformat() if sale.next_maintenance else ""
        if column == CALLBACK:
            return sale.next_callback.isoformat() if sale.next_callback else ""
        amount = {RECEIVABLE: sale.receivable, RECEIVED: sale.received}.get(
            column, sale.outstanding
        )
        return f"{amount:,.2f}"

    def _fill_summary(self, error: str) -> None:
        if error:
            self.units.setText(error)
            self.units.setStyleSheet(ERROR_STYLE)
            self.debt.clear()
            return
        self.units.setStyleSheet(HINT_STYLE)
        if self.customer_id is None:
            self.units.clear()
            self.debt.clear()
            return
        kept = [s for s in self.sales if not s.voided]
        if not self.sales:
            self.units.setText(self.tr("No purchases recorded yet."))
            self.debt.clear()
            return
        self.units.setText(self.tr("Units: {n}").format(n=sum(s.quantity for s in kept)))
        owed = outstanding_total(self.sales)
        if owed > 0:
            self.debt.setText(self.tr("Outstanding: {amount}").format(amount=f"¥{yuan(owed)}"))
            self.debt.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        else:
            self.debt.setText(self.tr("Nothing outstanding"))
            self.debt.setStyleSheet(HINT_STYLE)

    def _current_id(self) -> int | None:
        sale = self.selected()
        return sale.id if sale else None

    def _can_pay(self, sale: SaleView) -> bool:
        return self._actor.can("sales.process") and not sale.voided and sale.outstanding > 0

    def _update_buttons(self) -> None:
        sale = self.selected()
        self.add_button.setEnabled(self.customer_id is not None and not self._archived)
        self.edit_button.setEnabled(sale is not None)
        self.pay_button.setEnabled(sale is not None and self._can_pay(sale))
        self.service_button.setEnabled(sale is not None and not sale.voided and not self._archived)
        self.remove_button.setEnabled(sale is not None and not sale.voided)

    def _changed(self, select_id: int | None) -> None:
        self._select_after = select_id
        self.changed.emit()
