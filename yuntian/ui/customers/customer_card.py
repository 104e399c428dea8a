"""The customer card (360° view): who the customer is, how to reach them, and their history.

Reused wherever a customer is shown (beside the customer list, later in the caller pop-up).
Later areas add their history as tabs with ``add_history_tab``; a tab widget that has a
``show_customer(customer_id: int | None)`` method is told whenever the card changes customer.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import NotFound, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerDetail, CustomerRow, PhoneView
from yuntian.services.sales.sale_types import SaleView
from yuntian.services.service_orders.service_order_types import ServiceOrderView
from yuntian.ui.common.card_opener import CardOpener
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.list_columns import GREY
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.phone_display import phone_text
from yuntian.ui.common.styles import BANNER_STYLE, ERROR_STYLE, HINT_STYLE
from yuntian.ui.customers.customer_calls_tab import CustomerCallsTab
from yuntian.ui.customers.customer_history_tabs import IntentionsTab, MemosTab
from yuntian.ui.customers.customer_messages_tab import CustomerMessagesTab
from yuntian.ui.customers.customer_purchases_tab import (
    CustomerPurchasesTab,
    outstanding_total,
    product_html,
)
from yuntian.ui.customers.customer_service_tab import CustomerServiceTab, open_order_html
from yuntian.ui.settings.phone_kinds import phone_kind_label

LINK_PREFIX = "customer:"
PRODUCTS_SHOWN = 3  # the newest purchases named in the card's header; the tab has them all
OPEN_ORDERS_SHOWN = 3  # the newest open service orders named there; the Service tab has all


def customer_link(customer_id: int, text: str) -> str:
    return f'<a href="{LINK_PREFIX}{customer_id}">{escape(text)}</a>'


# What the card shows besides the customer: history tabs, debts, open orders, memos.
CARD_AREAS = (
    Area.CUSTOMERS,
    Area.CUSTOMER_NOTES,
    Area.SALES,
    Area.PAYMENTS,
    Area.SERVICE_ORDERS,
    Area.MESSAGES,
)


class CustomerCard(QWidget):
    """Shows one customer; ``customer_requested(id)`` when a link to another one is clicked,
    ``edit_requested(id)`` for the Edit button, ``changed(id)`` after a tab changed records."""

    customer_requested = Signal(int)
    edit_requested = Signal(int)
    changed = Signal(int)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.customer: CustomerDetail | None = None
        self.sales: list[SaleView] = []  # the customer's purchases, newest first
        self.setObjectName("customerCard")

        self.name = QLabel()
        self.name.setObjectName("cardName")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setObjectName("cardCode")
        self.code.setStyleSheet(HINT_STYLE)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("cardEdit")
        self.edit_button.setVisible(actor.can("customer.edit"))
        self.edit_button.clicked.connect(self._edit_clicked)
        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        title.addWidget(self.code)
        title.addWidget(self.edit_button)

        self.banner = QLabel()
        self.banner.setObjectName("blacklistBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE + " font-weight: bold;")
        self.archived = QLabel()
        self.archived.setObjectName("archivedNotice")
        self.archived.setWordWrap(True)
        self.archived.setStyleSheet(
            "background: #f1f1f1; border: 1px solid #cfcfcf; border-radius: 3px; padding: 6px;"
        )
        self.debt = QLabel()
        self.debt.setObjectName("cardDebt")
        debt_font = QFont(self.debt.font())
        debt_font.setPointSizeF(debt_font.pointSizeF() * 1.2)
        debt_font.setBold(True)
        self.debt.setFont(debt_font)
        self.debt.setStyleSheet(ERROR_STYLE)
        self.debt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("phones", self.tr("Phones:")),
            ("purchases", self.tr("Products:")),
            ("service", self.tr("Open orders:")),
            ("group", self.tr("Group:")),
            ("salesperson", self.tr("Salesperson:")),
            ("addresses", self.tr("Addresses:")),
            ("contacts", self.tr("Contacts:")),
            ("email", self.tr("E-mail:")),
            ("other_contact", self.tr("QQ / WeChat:")),
            ("notes", self.tr("Notes:")),
            ("created", self.tr("Created:")),
        ):
            label = QLabel()
            label.setObjectName(f"card_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._link)
            self.fields[key] = label
            self.form.addRow(text, label)
        self.fields["phones"].setTextFormat(Qt.TextFormat.RichText)
        self.fields["purchases"].setTextFormat(Qt.TextFormat.RichText)
        self.fields["service"].setTextFormat(Qt.TextFormat.RichText)
        self.open_orders: list[ServiceOrderView] = []  # pending and dispatched, newest first

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(title)
        details_layout.addWidget(self.banner)
        details_layout.addWidget(self.debt)
        details_layout.addWidget(self.archived)
        details_layout.addLayout(self.form)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("historyTabs")
        self.intentions = IntentionsTab(services, actor)
        self.memos = MemosTab(services, actor)
        self._history: list[QWidget] = []
        self._titles: dict[QWidget, str] = {}
        self.purchases = CustomerPurchasesTab(services, actor)
        self.purchases.changed.connect(self._tab_changed)
        self.add_history_tab(self.tr("Purchases"), self.purchases)
        self.service = CustomerServiceTab(services, actor)
        self.service.changed.connect(self._tab_changed)
        self.add_history_tab(self.tr("Service"), self.service)
        self.add_history_tab(self.tr("Purchase intentions"), self.intentions)
        self.add_history_tab(self.tr("Memos"), self.memos)
        for tab in (self.intentions, self.memos):
            tab.changed.connect(self._tab_changed)
        self.messages = CustomerMessagesTab(services, actor)
        self.add_history_tab(self.tr("Messages"), self.messages)
        self.calls = CustomerCallsTab(services, actor, open_card=card_opener(services, actor))
        self.add_history_tab(self.tr("Calls"), self.calls)

        self._details = details
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self._user_sized = False  # once the user drags the divider, it stays where they put it
        splitter.splitterMoved.connect(self._divider_moved)

        self.empty = QLabel(self.tr("Choose a customer in the list to see their card."))
        self.empty.setObjectName("cardEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(HINT_STYLE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_detail(None)

        # --- public ----------------------------------------------------------------------
        watch_changes(self, services.changes, CARD_AREAS, self._data_changed)

    def _data_changed(self, changes: Changes) -> None:
        """Read the card again when what it shows may have changed (not for other customers'
        own edits: their ids are known and this one is not among them)."""
        shown = self.customer_id()
        if shown is None:
            return
        others = changes.touched.keys() - {Area.CUSTOMERS}
        if not others and changes.ids(Area.CUSTOMERS) and shown not in changes.ids(Area.CUSTOMERS):
            return
        self.reload()

    def add_history_tab(self, title: str, widget: QWidget) -> None:
        """Add a tab for a history area; the widget's ``show_customer(id)`` is called (if it
        has one) with the card's customer now and whenever it changes."""
        self._history.append(widget)
        self._titles[widget] = title
        self.tabs.addTab(widget, title)
        self._tell(widget)

    def show_customer(self, customer_id: int | None) -> None:
        """Load and show a customer (None: empty card)."""
        if customer_id is None:
            self.show_detail(None)
            return
        try:
            detail = self._services.customers.get(self._actor, customer_id)
        except NotFound:
            self.show_detail(None, self.tr("This customer no longer exists."))
            return
        except ServiceError as exc:
            self.show_detail(None, error_text(exc))
            return
        self.show_detail(detail)

    def reload(self) -> None:
        self.show_customer(self.customer.id if self.customer else None)

    def customer_id(self) -> int | None:
        return self.customer.id if self.customer else None

    def show_detail(self, detail: CustomerDetail | None, message: str = "") -> None:
        self.customer = detail
        if detail is None:
            self.empty.setText(
                message or self.tr("Choose a customer in the list to see their card.")
            )
            self.stack.setCurrentWidget(self.empty)
        else:
            self._fill(detail)
            self.stack.setCurrentIndex(1)
        self._show_sales(detail)
        self._show_open_orders(detail)
        self.intentions.show_detail(detail)
        self.memos.show_detail(detail)
        for widget in self._history:
            self._tell(widget)

    def preview(self, row: CustomerRow) -> None:
        """Show at once what a list row knows (name, code, blacklist, first number and
        address, group, salesperson); ``show_customer`` then fills in the rest."""
        self.customer = None
        self.name.setText(row.name)
        self.code.setText(row.code)
        self.banner.setVisible(row.blacklisted)
        self.banner.setText(self.tr("Blacklisted"))
        self.archived.setVisible(False)
        self.debt.setVisible(False)  # the sales are read with the whole card
        self.form.setRowVisible(self.fields["purchases"], False)
        self.form.setRowVisible(self.fields["service"], False)
        none = self.tr("—")
        phone = " &nbsp;".join(escape(p) for p in (phone_text(row.phone), row.region) if p)
        for key in self.fields:
            self._set(key, "…")
        self._set("phones", f"<b>{phone}</b>" if phone else none)
        self._set("group", row.group_name or self.tr("No group"))
        self._set("salesperson", row.salesperson_name or none)
        self._set("addresses", row.address or none)
        self.stack.setCurrentIndex(1)

    # --- filling ---------------------------------------------------------------------

    def _fill(self, c: CustomerDetail) -> None:
        self.name.setText(c.name)
        self.code.setText(c.code)
        self.edit_button.setEnabled(not c.archived)
        self.banner.setVisible(c.blacklisted)
        if c.blacklisted:
            self.banner.setText(
                self.tr("Blacklisted: {reason}").format(reason=c.blacklist_reason)
                if c.blacklist_reason
                else self.tr("Blacklisted")
            )
        self.archived.setVisible(c.archived)
        self.archived.setText(
            self.tr(
                "Archived: this customer has history, so it is kept for the reports but no "
                "longer appears in the customer list."
            )
        )
        none = self.tr("—")
        self._set("phones", "<br>".join(self._phone_html(p) for p in c.phones) or none)
        self._set("group", c.group_name or self.tr("No group"))
        self._set("salesperson", c.salesperson_name or none)
        self._set("addresses", "\n".join(a.text for a in c.addresses) or none)
        self._set(
            "contacts",
            "\n".join(
                " ".join(part for part in (ct.name, ct.title, phone_text(ct.phone)) if part)
                for ct in c.contacts
            )
            or none,
        )
        self._set("email", c.email or none)
        self._set("other_contact", c.other_contact or none)
        self._set("notes", c.notes or none)
        self._set(
            "created",
            self.tr("{time} by {user}").format(
                time=c.created_at.strftime("%Y-%m-%d %H:%M"), user=c.created_by or none
            ),
        )
        self._retitle(self.intentions, len(c.intentions))
        self._retitle(self.memos, len(c.memos))

    def _show_sales(self, detail: CustomerDetail | None) -> None:
        """Read the customer's purchases with the rest of the card (two reads on the sale's
        customer index): the header names the newest and what is owed, the tab lists them all.
        """
        sales: list[SaleView] = []
        error = ""
        if detail is not None:
            try:
                sales = self._services.sales.for_customer(self._actor, detail.id)
            except ServiceError as exc:
                error = error_text(exc)
        self.sales = sales
        owed = outstanding_total(sales)
        self.debt.setVisible(owed > 0)
        self.debt.setText(self.tr("Outstanding: {amount}").format(amount=f"¥{yuan(owed)}"))
        today = self._services.clock().date()
        kept = [s for s in sales if not s.voided]
        lines = [product_html(s, today) for s in kept[:PRODUCTS_SHOWN]]
        if len(kept) > PRODUCTS_SHOWN:
            lines.append(escape(self.tr("… and {n} more").format(n=len(kept) - PRODUCTS_SHOWN)))
        self._set("purchases", "<br>".join(lines))
        self.form.setRowVisible(self.fields["purchases"], bool(lines))
        self.purchases.show_sales(
            detail.id if detail else None,
            sales,
            archived=bool(detail and detail.archived),
            error=error,
        )
        self._retitle(self.purchases, len(sales))
        if detail is not None:
            self._fit_details()

    def _show_open_orders(self, detail: CustomerDetail | None) -> None:
        """The open orders in the header (what the caller is probably ringing about) and
        their count on the Service tab, read with the rest of the card."""
        orders: list[ServiceOrderView] = []
        if detail is not None:
            try:
                orders = self._services.service_orders.open_for_customer(self._actor, detail.id)
            except ServiceError:
                orders = []  # the Service tab shows the error when opened
        self.open_orders = orders
        lines = [open_order_html(o) for o in orders[:OPEN_ORDERS_SHOWN]]
        if len(orders) > OPEN_ORDERS_SHOWN:
            lines.append(
                escape(self.tr("… and {n} more").format(n=len(orders) - OPEN_ORDERS_SHOWN))
            )
        self._set("service", "<br>".join(lines))
        self.form.setRowVisible(self.fields["service"], bool(lines))
        self.service.set_archived(bool(detail and detail.archived))
        self._retitle(self.service, len(orders))

    def _fit_details(self) -> None:
        """The details take the height they need (up to two thirds), the history the rest."""
        if self._user_sized:
            return
        total = sum(self.splitter.sizes()) or self.height()
        if total <= 0:
            return
        self._details.adjustSize()
        wanted = min(self._details.sizeHint().height() + 4, total * 2 // 3)
        self.splitter.setSizes([wanted, max(0, total - wanted)])

    def _divider_moved(self) -> None:
        self._user_sized = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.customer is not None:
            self._fit_details()

    def _set(self, key: str, text: str) -> None:
        self.fields[key].setText(text)

    def _phone_html(self, phone: PhoneView) -> str:
        shown = phone_text(phone.raw)
        parts = [f"<b>{escape(shown)}</b>", escape(phone_kind_label(phone.kind))]
        where = " ".join(part for part in (phone.region, phone.carrier) if part)
        if where:
            parts.append(escape(where))
        if _digits(shown) != _digits(phone.raw):  # typed otherwise: kept in sight, for reference
            typed = self.tr("typed: {number}").format(number=phone.raw)
            parts.append(f'<span style="color:{GREY}; white-space:nowrap">{escape(typed)}</span>')
        line = " &nbsp;".join(parts)
        if phone.shared_with:
            owners = ", ".join(
                customer_link(ref.id, f"{ref.name} ({ref.code})") for ref in phone.shared_with
            )
            line += "<br>&nbsp;&nbsp;" + self.tr("also used by: {customers}").format(
                customers=owners
            )
        return line

    def _retitle(self, widget: QWidget, count: int) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setTabText(index, f"{self._titles[widget]} ({count})")

    def _tell(self, widget: QWidget) -> None:
        show = getattr(widget, "show_customer", None)
        if callable(show):
            show(self.customer.id if self.customer else None)

    # --- reactions -------------------------------------------------------------------

    def _link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.customer_requested.emit(int(href[len(LINK_PREFIX) :]))

    def _edit_clicked(self) -> None:
        if self.customer is not None:
            self.edit_requested.emit(self.customer.id)

    def _tab_changed(self) -> None:
        if self.customer is None:
            return
        customer_id = self.customer.id
        self.reload()
        self.changed.emit(customer_id)


class CustomerCardDialog(QDialog):
    """A customer's card on its own (e.g. the other owner of a shared number)."""

    def __init__(
        self, services: Services, actor: Actor, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.card = CustomerCard(services, actor)
        self.card.edit_button.hide()  # editing from here would stack editors
        self.card.customer_requested.connect(self.card.show_customer)
        self.card.show_customer(customer_id)
        self.setWindowTitle(self.card.customer.name if self.card.customer else self.tr("Customer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(buttons)
        self.resize(900, 700)  # the Purchases tab shows its eleven columns without scrolling


def card_opener(services: Services, actor: Actor) -> CardOpener:
    """Opens a customer's card in a dialog of its own; given to the pages and dialogs the card
    leads to (the call log, the editor), which do not import the card."""

    def open_card(customer_id: int, parent: QWidget) -> None:
        dialog = CustomerCardDialog(services, actor, customer_id, parent)
        dialog.exec()
        dialog.deleteLater()

    return open_card


def _digits(number: str) -> str:
    """A number without its spacing: 133-0135-3432 and 133 0135 3432 are typed alike."""
    return "".join(ch for ch in number if ch.isalnum() or ch == "+")
