"""The service-order page (售后服务单): every order, or those in one state or overdue, with the
count of each state beside its button; filtered by period, technician, service type,
warranty and customer. Taking, opening, dispatching, printing dispatch slips (a batch),
completing, cancelling, auditing, un-auditing and deleting, each button enabled by
``service_order_actions.available`` on the chosen orders.

Pages come from ``ServiceOrderService.page`` off the GUI thread, and so do the counts. After
an action the rows and counts are read again and the chosen orders chosen again where they are
still listed.
"""

from __future__ import annotations

from dataclasses import replace
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
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.service_order_types import (
    OrderAction,
    OrderState,
    ServiceOrderFilter,
    ServiceOrderKey,
    ServiceOrderView,
)
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.list_columns import PAGE_SIZE
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.service_orders import service_order_actions as actions
from yuntian.ui.service_orders import service_order_list_model as cols
from yuntian.ui.service_orders.service_order_filters import ServiceOrderFilterBar, fits
from yuntian.ui.service_orders.service_order_list_model import (
    OrderFetch,
    ServiceOrderListModel,
)

A = OrderAction
LOOK_AT = 200  # orders looked through for telling ones to picture (snapshots)


class ServiceOrdersPage(ListPage):
    watched = (Area.SERVICE_ORDERS, Area.CUSTOMERS)

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
        self._flt = ServiceOrderFilter()  # the filter the rows shown were read with
        self.counts_pending = False
        self.setObjectName("serviceOrdersPage")

        self.filters = ServiceOrderFilterBar(services.clock().date())
        model = ServiceOrderListModel(self.runner(), page_size=page_size, parent=self)
        self._set_up_list(
            model,
            "serviceOrderTable",
            "serviceOrderStatus",
            stretch=cols.FAULT,
            samples=cols.column_samples(),
        )
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters.tabs)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        technicians = self._refresh_choices()
        if customer_id is not None:  # before the bar is listened to: one first load
            self.filters.set_customer(customer_id, self.customer_label(customer_id))
        elif actor.user_id in dict(technicians):
            self.filters.set_technician(actor.user_id)  # a technician starts on their own
        self.filters.changed.connect(self.reload)
        self.filters.customer_wanted.connect(self.choose_customer)
        self._listen()
        self.reload()

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        self.new_action = make(
            self.tr("&New order…"), self.new_order, [QKeySequence.StandardKey.New]
        )
        self.new_action.setToolTip(self.tr("Take a service order (Ctrl+N)"))
        self.open_action = make(
            self.tr("&Open…"), self.open_order, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.open_action.setToolTip(self.tr("Show the chosen order, to change it (Enter)"))
        self.dispatch_action = make(self.tr("&Dispatch"), self.dispatch, ["Ctrl+D"])
        self.dispatch_action.setToolTip(
            self.tr("Mark the chosen pending orders dispatched without printing (Ctrl+D)")
        )
        self.print_action = make(
            self.tr("&Print dispatch slips…"), self.print_slips, [QKeySequence.StandardKey.Print]
        )
        self.print_action.setToolTip(
            self.tr("Preview and print the chosen orders' dispatch slips in one job (Ctrl+P)")
        )
        self.complete_action = make(self.tr("&Complete…"), self.complete, ["Ctrl+E"])
        self.complete_action.setToolTip(
            self.tr("Record what was done, the fees and the feedback (Ctrl+E)")
        )
        self.cancel_action = make(self.tr("Ca&ncel order…"), self.cancel, ["Ctrl+Shift+X"])
        self.cancel_action.setToolTip(
            self.tr("Cancel the chosen order, with a reason (Ctrl+Shift+X)")
        )
        self.audit_action = make(self.tr("&Audit"), self.audit, ["Ctrl+Shift+A"])
        self.audit_action.setToolTip(
            self.tr("Audit the chosen completed orders; they are then locked (Ctrl+Shift+A)")
        )
        self.unaudit_action = make(self.tr("&Un-audit"), self.unaudit, ["Ctrl+Shift+U"])
        self.unaudit_action.setToolTip(
            self.tr("Take back the audit of the chosen orders (Ctrl+Shift+U)")
        )
        self.delete_action = make(
            self.tr("De&lete…"), self.delete, [QKeySequence.StandardKey.Delete], on_table=True
        )
        self.delete_action.setToolTip(self.tr("Delete a pending or cancelled order (Del)"))
        self.customer_action = make(self.tr("Open c&ustomer"), self.open_customer, ["Ctrl+O"])
        self.customer_action.setToolTip(self.tr("Show the card of the order's customer (Ctrl+O)"))
        self.find_action = make(self.tr("Choose a customer"), self.choose_customer, ["Ctrl+F"])
        self._menu_groups = (
            (self.new_action, self.open_action),
            (self.dispatch_action, self.print_action, self.complete_action, self.cancel_action),
            (self.audit_action, self.unaudit_action),
            (self.customer_action, self.delete_action),
        )
        self.toolbar = text_toolbar(*self._menu_groups)
        self.toolbar.setObjectName("serviceOrderToolbar")
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.selected_orders()
        can = self._actor.can

        def offer(action: OrderAction) -> bool:
            return actions.available(self._actor, action, chosen)

        self.new_action.setEnabled(can("service.process"))
        self.open_action.setEnabled(len(chosen) == 1)
        self.dispatch_action.setEnabled(offer(A.DISPATCH))
        self.print_action.setEnabled(bool(chosen))
        self.complete_action.setEnabled(offer(A.COMPLETE))
        self.complete_action.setText(
            self.tr("Correct &completion…")
            if len(chosen) == 1 and chosen[0].state is OrderState.COMPLETED
            else self.tr("&Complete…")
        )
        self.cancel_action.setEnabled(offer(A.CANCEL))
        self.audit_action.setEnabled(offer(A.AUDIT))
        self.unaudit_action.setEnabled(offer(A.UNAUDIT))
        self.delete_action.setEnabled(offer(A.DELETE))
        self.customer_action.setEnabled(len(chosen) == 1)

    def _activated(self) -> None:
        self.open_order()

    # --- loading ---------------------------------------------------------------------

    def busy(self) -> bool:
        """A page or the counts are on their way."""
        return self.model.loading or self.counts_pending

    def _fetch(self) -> OrderFetch:
        self._flt = flt = self.filters.filter()
        orders, actor = self._services.service_orders, self._actor

        def fetch(after: ServiceOrderKey | None, limit: int) -> list[ServiceOrderView]:
            return orders.page(actor, flt, after, limit)

        return fetch

    def _reloaded(self) -> None:
        """Count each state, and the overdue ones, for the other filters off the GUI thread;
        an answer for an older filter is dropped."""
        base = self.filters.base_filter()
        orders, actor = self._services.service_orders, self._actor

        def work() -> tuple[dict[OrderState, int], int]:
            counts = orders.counts_by_state(actor, base)
            late = orders.counts_by_state(actor, replace(base, overdue=True))
            return counts, sum(late.values())

        self.counts_pending = True
        self.filters.set_counts(None, None)
        self._beside(work, self._counted, self._count_failed)

    def _counted(self, result: tuple[dict[OrderState, int], int]) -> None:
        self.counts_pending = False
        self.filters.set_counts(*result)

    def _count_failed(self, exc: Exception) -> None:
        self.counts_pending = False
        self.filters.set_counts(None, None)
        self.say(error_text(exc) if isinstance(exc, ServiceError) else str(exc))

    def _refresh_choices(self) -> list[tuple[int, str]]:
        """Fill the technician and service-type filters; the technicians offered."""
        try:
            people = self._services.service_orders.technicians(self._actor)
            types = [v.name for v in self._services.settings.enum_values("service_type")]
        except ServiceError as exc:
            self.say(error_text(exc))
            return []
        self.filters.set_choices(people, types)
        return people

    # --- selection and status --------------------------------------------------------

    def selected_orders(self) -> list[ServiceOrderView]:
        """The chosen orders still listed, top to bottom."""
        return self.selected_rows()

    def current_order(self) -> ServiceOrderView | None:
        chosen = self.selected_orders()
        return chosen[0] if len(chosen) == 1 else None

    def select_orders(self, ids: list[int]) -> bool:
        return self.select_ids(ids)

    def _status_texts(self) -> StatusTexts:
        return StatusTexts(
            empty=self.tr("No service orders yet: take one with New order (Ctrl+N)."),
            filtered=self.tr("No order matches the filters."),
            more=self.tr("{n}+ shown, newest first; scroll for more."),
            all=self.tr("{n} shown, newest first."),
        )

    # --- commands --------------------------------------------------------------------

    def new_order(self) -> None:
        if not self._actor.can("service.process"):
            return
        from yuntian.ui.service_orders.service_order_editor import new_service_order

        flt = self.filters.filter()
        order = new_service_order(self, self._services, self._actor, customer_id=flt.customer_id)
        if order is None:
            return
        if not fits(order, flt):
            self.say(self.tr("Order {code} taken; the filters hide it.").format(code=order.code))
        self.reload(keep=[order.id])

    def open_order(self) -> None:
        order = self.current_order()
        if order is None:
            return
        from yuntian.ui.service_orders.service_order_editor import edit_service_order

        edit_service_order(self, self._services, self._actor, order)
        self.changed([order.id])  # saved, or changed by another PC meanwhile: show it as is

    def dispatch(self) -> None:
        self._batch(A.DISPATCH, actions.dispatch_orders)

    def audit(self) -> None:
        self._batch(A.AUDIT, actions.audit_orders)

    def unaudit(self) -> None:
        self._batch(A.UNAUDIT, actions.unaudit_orders)

    def print_slips(self) -> None:
        chosen = self.selected_orders()
        if chosen:
            actions.print_orders(self, self._services, self._actor, chosen)
            self.changed([o.id for o in chosen])  # printing dispatches the pending ones

    def complete(self) -> None:
        order = self._single(A.COMPLETE)
        if order is not None and actions.complete_order(self, self._services, self._actor, order):
            self.changed([order.id])

    def cancel(self) -> None:
        order = self._single(A.CANCEL)
        if order is not None and actions.cancel_order(self, self._services, self._actor, order):
            self.changed([order.id])

    def delete(self) -> None:
        order = self._single(A.DELETE)
        if order is not None and actions.delete_order(self, self._services, self._actor, order):
            self.changed([order.id])

    def open_customer(self) -> None:
        order = self.current_order()
        if order is None:
            return
        self.show_card(order.customer_id)
        self.changed([order.id])  # the card may have changed it

    def _read_fresh(self, ids: list[int]) -> dict[int, ServiceOrderView]:
        # A pending tab drops an order once dispatched; the counts are read again.
        return {o.id: o for o in self._services.service_orders.get_many(self._actor, ids)}

    def _fits(self, row: ServiceOrderView) -> bool:
        return fits(row, self._flt)

    def _single(self, action: OrderAction) -> ServiceOrderView | None:
        chosen = self.selected_orders()
        return chosen[0] if actions.available(self._actor, action, chosen) else None

    def _batch(self, action: OrderAction, run) -> None:
        chosen = self.selected_orders()
        if actions.available(self._actor, action, chosen) and run(
            self, self._services, self._actor, chosen
        ):
            self.changed([o.id for o in chosen])

    # --- dialogs (tests replace these) -----------------------------------------------

    def pick_customer(self) -> int | None:
        return self._pick_customer(self.tr("Show the orders of this customer:"))

    # --- snapshots -------------------------------------------------------------------

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        """The completion dialog on an open order (a completed one to correct when none is
        open); nothing without orders."""
        from yuntian.ui.service_orders.completion_dialog import CompletionDialog

        orders, actor = self._services.service_orders, self._actor
        try:
            recent = orders.page(actor, ServiceOrderFilter(), limit=LOOK_AT)
        except ServiceError:
            return []
        if not recent:
            return []

        def telling(o: ServiceOrderView) -> int:
            open_ = o.state in (OrderState.PENDING, OrderState.DISPATCHED)
            return 4 * open_ + 2 * bool(o.technician_ids) + bool(o.product)

        shown = max(recent, key=telling)
        if shown.state not in (OrderState.PENDING, OrderState.DISPATCHED, OrderState.COMPLETED):
            return []
        return [("complete", CompletionDialog(self._services, actor, shown, parent=self))]
