"""The purchases and receivables page (购机与回款): every sale, or those still owing (欠款) or
settled, filtered by period, customer, salesperson and sales unit, with the totals of the whole
filter under the list; recording, opening, taking payments, refunding and voiding.

Pages come from ``SaleService.page`` off the GUI thread; the totals are summed off it too, so
the first rows show at once and the figures follow ("…" meanwhile). A change to one sale is
shown in place -- the row updated, or dropped when it no longer fits the filter -- so the user
keeps their place in a long list.
"""

from __future__ import annotations

import contextlib
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import NotFound, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import SaleFilter, SaleKey, SaleTotals, SaleView
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.i18n import error_text, failure_text
from yuntian.ui.common.list_columns import PAGE_SIZE
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.list_table import ListTable
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.printing.print_dialog import print_sales_slips
from yuntian.ui.sales import sale_list_model as cols
from yuntian.ui.sales.sale_filters import SaleFilterBar, fits
from yuntian.ui.sales.sale_list_model import SaleFetch, SaleListModel
from yuntian.ui.sales.sale_totals_bar import SaleTotalsBar

# What a column must show whole (with its title): the widths follow the font and the language.
COLUMN_SAMPLES = {
    cols.CODE: "XS202611270001",
    cols.DATE: "2026-11-27",
    cols.CUSTOMER: "欧阳明月先生",
    cols.PRODUCT: "格力 KFR-35GW/(3",
    cols.SERIAL: "SN123456789",
    cols.QUANTITY: "999",
    cols.RECEIVABLE: "999,999.00",
    cols.RECEIVED: "999,999.00",
    cols.OUTSTANDING: "999,999.00",
    cols.SALESPERSON: "欧阳明月",
    cols.UNIT: "开发区专卖店",
    cols.WARRANTY: "2026-11-27",
}
LOOK_AT = 200  # sales looked through for a telling one to picture (snapshots)


class SalesPage(ListPage):
    watched = (Area.SALES, Area.PAYMENTS, Area.CUSTOMERS, Area.CATALOGUE)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        open_card: CardOpener | None = None,
        customer_id: int | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(services, actor, parent, open_card=open_card)
        self._flt = SaleFilter()  # the filter the rows shown were read with
        self.totals_pending = False
        self.setObjectName("salesPage")

        self.filters = SaleFilterBar(services.clock().date())
        self._set_up_list(
            SaleListModel(self.runner(), page_size=page_size, parent=self),
            "saleTable",
            "saleStatus",
            stretch=cols.NOTES,
            samples=COLUMN_SAMPLES,
        )
        self.table.setSelectionMode(ListTable.SelectionMode.SingleSelection)
        self.totals = SaleTotalsBar()
        # Second to the totals: it gives way (clipped, whole in the tooltip) when room is short.
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._build_actions()

        bottom = QHBoxLayout()
        bottom.addWidget(self.totals)
        bottom.addWidget(self.status, 1)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.filters.status_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._refresh_choices()
        if customer_id is not None:  # before the bar is listened to: one first load
            self.filters.set_customer(customer_id, self.customer_label(customer_id))
        self.filters.changed.connect(self.reload)
        self.filters.customer_wanted.connect(self.choose_customer)
        self._listen()
        self.reload()

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        can = self._actor.can
        self.new_action = make(self.tr("&New sale…"), self.new_sale, [QKeySequence.StandardKey.New])
        self.new_action.setToolTip(self.tr("Record a purchase (Ctrl+N)"))
        self.open_action = make(
            self.tr("&Open…"), self.open_sale, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.open_action.setToolTip(
            self.tr("Show the chosen sale, to change it (Enter)")
            if can("record.edit")
            else self.tr("Show the chosen sale (Enter)")
        )
        self.payment_action = make(self.tr("Record &payment…"), self.record_payment, ["Ctrl+P"])
        self.payment_action.setToolTip(self.tr("Record money received for the sale (Ctrl+P)"))
        self.refund_action = make(self.tr("Re&fund…"), self.refund, ["Ctrl+Shift+P"])
        self.refund_action.setToolTip(self.tr("Pay money back to the customer (Ctrl+Shift+P)"))
        self.remove_action = make(
            self.tr("&Void / delete…"), self.remove_sale, [QKeySequence.StandardKey.Delete],
            on_table=True,
        )  # fmt: skip
        self.remove_action.setToolTip(
            self.tr("Delete the sale, or void it with a reason once money was paid (Del)")
        )
        self.print_action = make(self.tr("P&rint sales slip…"), self.print_slip, ["Ctrl+Alt+P"])
        self.print_action.setToolTip(
            self.tr("Preview and print the chosen sale's slip (Ctrl+Alt+P)")
        )
        self.customer_action = make(self.tr("Open &customer"), self.open_customer, ["Ctrl+O"])
        self.customer_action.setToolTip(self.tr("Show the card of the sale's customer (Ctrl+O)"))
        self.owing_action = make(self.tr("Owing only"), self.filters.toggle_owing, ["Ctrl+Shift+O"])
        self.find_action = make(self.tr("Choose a customer"), self.choose_customer, ["Ctrl+F"])
        self._menu_groups = (
            (
                self.new_action,
                self.open_action,
                self.payment_action,
                self.refund_action,
                self.print_action,
            ),
            (self.customer_action, self.remove_action),
        )
        self.toolbar = text_toolbar(
            (self.new_action, self.open_action),
            (self.payment_action, self.refund_action),
            (self.print_action,),
            (self.customer_action, self.remove_action),
        )
        self._update_actions()

    def _update_actions(self) -> None:
        can = self._actor.can
        sale = self.current_sale()
        self.new_action.setEnabled(can("sales.process"))
        self.open_action.setEnabled(sale is not None)
        self.payment_action.setEnabled(
            sale is not None and can("sales.process") and not sale.voided and sale.outstanding > 0
        )
        self.refund_action.setEnabled(
            sale is not None and can("sales.process") and sale.received > 0
        )
        self.remove_action.setEnabled(sale is not None and can("record.delete") and not sale.voided)
        self.customer_action.setEnabled(sale is not None)
        self.print_action.setEnabled(sale is not None)

    def _activated(self) -> None:
        self.open_sale()

    # --- loading ---------------------------------------------------------------------

    def busy(self) -> bool:
        """A page or the totals are on their way."""
        return self.model.loading or self.totals_pending

    def _fetch(self) -> SaleFetch:
        self._flt = flt = self.filters.filter()
        sales, actor = self._services.sales, self._actor

        def fetch(after: SaleKey | None, limit: int) -> list[SaleView]:
            return sales.page(actor, flt, after, limit)

        return fetch

    def _reloaded(self) -> None:
        """Sum the whole filter off the GUI thread; an answer for an older filter is dropped."""
        flt, sales, actor = self._flt, self._services.sales, self._actor
        self.totals_pending = True
        self.totals.show_pending()
        self._beside(lambda: sales.totals(actor, flt), self._counted, self._count_failed)

    def _counted(self, totals: SaleTotals) -> None:
        self.totals_pending = False
        self.totals.show_totals(totals)

    def _count_failed(self, exc: Exception) -> None:
        self.totals_pending = False
        self.totals.show_failed(failure_text(exc))

    def _refresh_choices(self) -> None:
        try:
            people = self._services.customers.salespeople(self._actor)
            units = self._services.catalogue.sales_units(self._actor)
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        self.filters.set_choices(people, units)

    # --- selection and status --------------------------------------------------------

    def current_sale(self) -> SaleView | None:
        return self.current_record()

    def select_sale(self, sale_id: int) -> bool:
        return self.select_ids([sale_id])

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No sales yet: record one with New sale (Ctrl+N)."),
            filtered=self.tr("No sale matches the filters."),
            more=self.tr("{n}+ shown, newest first; scroll for more."),
            all=self.tr("{n} shown, newest first."),
        )

    # --- commands --------------------------------------------------------------------

    def new_sale(self) -> None:
        if not self._actor.can("sales.process"):
            return
        from yuntian.ui.sales import sale_actions

        flt = self.filters.filter()
        sale = sale_actions.new_sale(self, self._services, self._actor, customer_id=flt.customer_id)
        if sale is None:
            return
        if not fits(sale, flt):
            self.say(self.tr("Sale {code} recorded; the filters hide it.").format(code=sale.code))
        self.reload(keep=sale.id)

    def open_sale(self) -> None:
        sale = self._fresh_current()
        if sale is None:
            return
        from yuntian.ui.sales import sale_actions

        if sale_actions.edit_sale(self, self._services, self._actor, sale) is not None:
            self.sale_changed(sale.id)

    def record_payment(self, refund: bool = False) -> None:
        sale = self._fresh_current()
        if sale is None or not self._actor.can("sales.process"):
            return
        from yuntian.ui.sales import sale_actions

        done = sale_actions.record_payment(self, self._services, self._actor, sale, refund=refund)
        if done is not None:
            self.sale_changed(sale.id)

    def refund(self) -> None:
        self.record_payment(refund=True)

    def remove_sale(self) -> None:
        sale = self._fresh_current()
        if sale is None or not self._actor.can("record.delete"):
            return
        from yuntian.ui.sales import sale_actions

        if sale_actions.remove_sale(self, self._services, self._actor, sale):
            self.sale_changed(sale.id)

    def print_slip(self) -> None:
        sale = self.current_sale()
        if sale is not None:
            self.print_sales_slips([sale.id])

    def open_customer(self) -> None:
        sale = self.current_sale()
        if sale is None:
            return
        self.show_card(sale.customer_id)
        self.sale_changed(sale.id)  # the card may have taken payments or voided it

    def sale_changed(self, sale_id: int) -> None:
        """Show a sale as it is now: updated in its row, or dropped from the list when it is
        gone or no longer fits the filter; the totals are summed again."""
        self.changed([sale_id])

    def _read_fresh(self, ids: list[int]) -> dict[int, SaleView]:
        fresh = {}
        for sale_id in ids:
            with contextlib.suppress(NotFound):
                fresh[sale_id] = self._services.sales.get(self._actor, sale_id)
        return fresh

    def _fits(self, row: SaleView) -> bool:
        return fits(row, self._flt)

    def _fresh_current(self) -> SaleView | None:
        """The chosen sale as stored now (another PC may have taken a payment meanwhile)."""
        sale = self.current_sale()
        if sale is None:
            return None
        try:
            fresh = self._services.sales.get(self._actor, sale.id)
        except NotFound:
            self.sale_changed(sale.id)
            self.say(self.tr("Sale {code} was deleted meanwhile.").format(code=sale.code))
            return None
        except ServiceError as exc:
            self.say(error_text(exc))
            return None
        if fresh != sale:
            self.model.replace(fresh)
            self._update_actions()
        return fresh

    # --- dialogs (tests replace these) -----------------------------------------------

    def print_sales_slips(self, sale_ids: list[int]) -> None:
        print_sales_slips(self._services, self._actor, sale_ids, self)

    def pick_customer(self) -> int | None:
        return self._pick_customer(self.tr("Show the sales of this customer:"))

    # --- snapshots -------------------------------------------------------------------

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        """The editor on a telling sale (custom fields and part paid, if the data has one)
        and the payment dialog on a sale still owing; nothing without sales."""
        from yuntian.ui.sales.payment_dialog import PaymentDialog
        from yuntian.ui.sales.sale_editor import SaleEditor

        sales, actor = self._services.sales, self._actor
        try:
            recent = sales.page(actor, SaleFilter(), limit=LOOK_AT)
            owing = sales.page(actor, SaleFilter(outstanding=True), limit=LOOK_AT)
        except ServiceError:
            return []
        if not recent:
            return []

        def telling(s: SaleView) -> int:
            part_paid = 0 < s.received < s.receivable
            return 2 * part_paid + any(s.custom) + bool(s.serial_number)

        shown = max(owing + recent, key=telling)
        dialogs: list[tuple[str, QDialog]] = [
            ("sale-editor", SaleEditor(self._services, actor, sale=shown, parent=self))
        ]
        if owing:
            debtor = max(owing, key=telling)
            dialogs.append(("payment", PaymentDialog(self._services, actor, debtor, parent=self)))
        return dialogs
