"""The due-maintenance page (定期维护): purchases whose next maintenance falls within the
reminder lead days (the overdue ones too) or a chosen range, earliest first; maintenance
orders made for the chosen ones in one go (Ctrl+G), and the customer's card (Enter).

Pages come from ``MaintenanceService.due`` off the GUI thread, and the orders are made off it
too (one transaction for the lot). The rows then show their new orders in place, so the user
keeps their place in a long list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.maintenance_rules import FAULT_TEMPLATE
from yuntian.services.service_orders.maintenance_types import (
    DueKey,
    DueMaintenanceView,
    GenerateResult,
)
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.i18n import error_text, failure_text
from yuntian.ui.common.list_columns import PAGE_SIZE
from yuntian.ui.common.list_page import ListPage, StatusTexts
from yuntian.ui.common.message_boxes import ask_yes_no
from yuntian.ui.common.page_actions import page_action, text_toolbar
from yuntian.ui.common.periods import ANY_TIME, PeriodPicker
from yuntian.ui.common.styles import HINT_STYLE
from yuntian.ui.service_orders import maintenance_list_model as cols
from yuntian.ui.service_orders.maintenance_list_model import (
    DueFetch,
    MaintenanceListModel,
)
from yuntian.ui.service_orders.service_order_actions import print_orders

# What a column must show whole (with its title): the widths follow the font and the language.
COLUMN_SAMPLES = {
    cols.DUE: "2026-11-27",
    cols.CUSTOMER: "欧阳明月先生",
    cols.PHONE: "010-62345678",
    cols.ADDRESS: "北京市海淀区中关村大街",
    cols.PRODUCT: "格力 KFR-35GW/(3",
    cols.SERIAL: "SN123456789",
    cols.ORDER: "SH202611270001 已出单派工",
}
ASK_ABOVE = 1  # more chosen purchases than this: confirm before making orders


class MaintenancePage(ListPage):
    watched = (Area.MAINTENANCE, Area.SERVICE_ORDERS, Area.SALES)

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        open_card: CardOpener | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(services, actor, parent, open_card=open_card)
        self._include_ordered = True  # as the rows shown were read
        self._message = ""  # the outcome of the last generation, shown under the list
        self.generating = False
        self._lead = 0  # the shop's reminder lead days, read with the list
        self.setObjectName("maintenancePage")

        self.period = PeriodPicker(
            services.clock().date(), with_any=True, preset=ANY_TIME, parent=self
        )
        self.period.combo.setObjectName("maintenancePeriod")
        self.include_ordered = QCheckBox(self.tr("Include already &ordered"))
        self.include_ordered.setObjectName("maintenanceIncludeOrdered")
        self.include_ordered.setChecked(True)
        self.include_ordered.setToolTip(
            self.tr("Also list the purchases whose due date already has a maintenance order")
        )
        self.range_hint = QLabel()
        self.range_hint.setObjectName("maintenanceRangeHint")
        self.range_hint.setStyleSheet(HINT_STYLE)

        model = MaintenanceListModel(self.runner(), page_size=page_size, parent=self)
        # The address takes the room left over (and scrolls sideways rather than be cut short).
        samples = COLUMN_SAMPLES | {
            cols.DAYS: cols.days_text(-365),  # in the language shown
            cols.INTERVAL: cols.interval_text(365),
        }
        self._set_up_list(
            model, "maintenanceTable", "maintenanceStatus", stretch=cols.ADDRESS, samples=samples
        )
        self._build_actions()

        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Due:"))
        caption.setBuddy(self.period.combo)
        filters.addWidget(caption)
        filters.addLayout(self.period.row())
        filters.addSpacing(12)
        filters.addWidget(self.include_ordered)
        filters.addSpacing(12)
        filters.addWidget(self.range_hint)
        filters.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.period.changed.connect(self.reload)
        self.include_ordered.toggled.connect(lambda _on: self.reload())
        self._listen()
        self._show_lead()
        self.reload()

    # --- actions ---------------------------------------------------------------------

    def _build_actions(self) -> None:
        make = partial(page_action, self, self.table)
        self.generate_action = make(
            self.tr("Generate &maintenance orders"), self.generate, ["Ctrl+G"]
        )
        self.generate_action.setToolTip(
            self.tr("Make a maintenance order for each chosen purchase not yet ordered (Ctrl+G)")
        )
        self.print_action = make(self.tr("&Print dispatch slips…"), self.print_slips, ["Ctrl+P"])
        self.print_action.setToolTip(
            self.tr("Print the dispatch slips of the chosen rows' maintenance orders (Ctrl+P)")
        )
        self.customer_action = make(
            self.tr("Open &customer"), self.open_customer, [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            on_table=True,
        )  # fmt: skip
        self.customer_action.setToolTip(self.tr("Show the card of the chosen customer (Enter)"))
        # F5 belongs to the main window (it refreshes whichever page is shown).
        self.refresh_action = make(self.tr("&Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Read the list again (F5)"))
        self._menu_groups = (
            (self.generate_action, self.print_action, self.customer_action),
            (self.refresh_action,),
        )
        self.toolbar = text_toolbar(
            (self.generate_action, self.print_action),
            (self.customer_action,),
            (self.refresh_action,),
        )
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.chosen_rows()
        can_make = self._actor.can("service.process")
        self.generate_action.setEnabled(
            can_make and not self.generating and any(not r.ordered for r in chosen)
        )
        if not can_make:
            self.generate_action.setToolTip(
                self.tr("Making maintenance orders needs the permission to process service orders")
            )
        self.customer_action.setEnabled(len(chosen) == 1)
        self.print_action.setEnabled(any(r.order_id is not None for r in chosen))

    def _activated(self) -> None:
        self.open_customer()

    # --- loading ---------------------------------------------------------------------

    def reload(self, keep: Iterable[int] | int | None = None) -> None:
        """Read the list from the top as the filters are; ``keep``: the purchases to choose
        again if they are among the first rows."""
        self._message = ""
        self._include_ordered = self.include_ordered.isChecked()
        super().reload(keep)

    def _refresh_choices(self) -> None:
        self._show_lead()

    def busy(self) -> bool:
        return self.model.loading or self.generating

    def _fetch(self) -> DueFetch:
        span = self.period.range()
        date_from, date_to = span if span is not None else (None, None)
        include = self._include_ordered
        maintenance, actor = self._services.maintenance, self._actor

        def fetch(after: DueKey | None, limit: int) -> list[DueMaintenanceView]:
            return maintenance.due(
                actor, date_from, date_to, include_ordered=include, after=after, limit=limit
            )

        return fetch

    def _show_lead(self) -> None:
        """Name the default range by the shop's lead days (Settings may have changed them)."""
        try:
            lead = self._services.settings.general().reminder_lead_days
        except ServiceError as exc:
            self.say(error_text(exc))
            return
        self._lead = lead
        combo = self.period.combo
        combo.setItemText(
            combo.findData(ANY_TIME),
            self.tr("Within the reminder lead days ({n})").format(n=lead),
        )
        self._show_range()

    def _show_range(self) -> None:
        span = self.period.range()
        today = self._services.clock().date()
        if span is None:
            last = today + dt.timedelta(days=self._lead)
            text = self.tr("Due by {date}, overdue ones included").format(date=last.isoformat())
        else:
            text = ""
        self.range_hint.setText(text)

    # --- selection -------------------------------------------------------------------

    def chosen_rows(self) -> list[DueMaintenanceView]:
        return self.selected_rows()

    def current_row(self) -> DueMaintenanceView | None:
        chosen = self.chosen_rows()
        return chosen[0] if len(chosen) == 1 else None

    # --- status ----------------------------------------------------------------------

    def _update_status(self) -> None:
        self._show_range()
        super()._update_status()

    def _status_texts(self) -> StatusTexts:
        empty = self.tr("No purchase is due for maintenance in this range.")
        return StatusTexts(
            empty=empty,
            filtered=empty,
            more=self.tr("{n}+ due, earliest first; scroll for more."),
            all=self.tr("{n} due, earliest first."),
        )

    def _status_extra(self, text: str) -> str:
        return f"{self._message}  {text}" if self._message else text

    # --- commands --------------------------------------------------------------------

    def generate(self) -> None:
        """Make maintenance orders for the chosen purchases (Ctrl+G), off the GUI thread."""
        if self.generating or not self._actor.can("service.process"):
            return
        chosen = self.chosen_rows()
        items = [(r.sale_id, r.due) for r in chosen if not r.ordered]
        if not items:
            return
        already = len(chosen) - len(items)
        if len(items) > ASK_ABOVE and not self.confirm(len(items)):
            return
        template = QCoreApplication.translate("Maintenance", FAULT_TEMPLATE)
        maintenance, actor = self._services.maintenance, self._actor
        self.generating = True
        self._update_actions()
        self.show_status(self.tr("Making {n} maintenance orders…").format(n=len(items)))
        run_in_background(
            self,
            lambda: maintenance.generate(actor, items, fault_template=template),
            lambda result: self._generated(result, already),
            self._generate_failed,
        )

    def _generated(self, result: GenerateResult, already: int) -> None:
        self.generating = False
        self._message = self.tr("{created} created, {skipped} skipped (already ordered).").format(
            created=len(result.created), skipped=result.skipped + already
        )
        if self._include_ordered:
            self.model.show_orders(result.created)
        else:
            self.model.remove_ids([o.sale_id for o in result.created if o.sale_id is not None])
        self.say(self._message)
        self._update_actions()
        self._update_status()

    def _generate_failed(self, exc: Exception) -> None:
        self.generating = False
        self._message = ""
        self._update_actions()
        self._update_status()
        self.warn(failure_text(exc))

    def print_slips(self) -> None:
        """The dispatch slips of the orders made for the chosen rows, one print job (Ctrl+P);
        printing dispatches the pending ones."""
        ids = [r.order_id for r in self.chosen_rows() if r.order_id is not None]
        if not ids:
            return
        orders = self._services.service_orders.get_many(self._actor, ids)
        print_orders(self, self._services, self._actor, orders)
        self.refresh()

    def open_customer(self) -> None:
        row = self.current_row()
        if row is None:
            return
        self.show_card(row.customer_id)
        self.refresh()  # the card may have changed the purchase or made an order

    # --- dialogs (tests replace these) -----------------------------------------------

    def confirm(self, count: int) -> bool:
        return ask_yes_no(
            self,
            self.tr("Generate maintenance orders"),
            self.tr("Make a maintenance order for each of the {n} chosen purchases?").format(
                n=count
            ),
            default_yes=True,
        )

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Generate maintenance orders"), text)
