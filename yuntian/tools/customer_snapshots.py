"""The customer page's dialogs filled with telling content, for ``yuntian snapshot``: the card of
a blacklisted customer whose number another customer shares (when the data has one), the card
of a customer who owes money open on its purchases (when there are sales), the editor showing
the shared-number warning, a new-customer form, and the group manager."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import CustomerDetail, CustomerFilter
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.tools.service_order_snapshots import service_customer
from yuntian.ui.customers.customer_card import CustomerCard

if TYPE_CHECKING:
    from yuntian.ui.customers.customers_page import CustomersPage

LOOK_AT = 200  # blacklisted customers looked at for one with a shared number


def telling_customer(services: Services, actor: Actor) -> CustomerDetail | None:
    """The customer whose card shows the most: blacklisted, with a number another customer
    shares, with intentions or memos -- as many of these as the first blacklisted ones offer;
    the first customer when nobody is blacklisted."""
    customers = services.customers
    rows = customers.list_page(actor, CustomerFilter(blacklisted=True), limit=LOOK_AT)
    best: tuple[int, CustomerDetail] | None = None
    for row in rows:
        detail = customers.get(actor, row.id)
        shared = any(p.shared_with for p in detail.phones)
        score = 2 * shared + bool(detail.intentions or detail.memos)
        if best is None or score > best[0]:
            best = (score, detail)
        if score == 3:
            break
    if best is not None:
        return best[1]
    first = customers.list_page(actor, CustomerFilter(), limit=1)
    return customers.get(actor, first[0].id) if first else None


def buying_customer(services: Services, actor: Actor) -> int | None:
    """The customer of the newest sale still owing money, else of the newest sale."""
    for owing in (True, None):
        sales = services.sales.page(actor, SaleFilter(outstanding=owing), limit=1)
        if sales:
            return sales[0].customer_id
    return None


def _card_frame(
    page: CustomersPage, services: Services, actor: Actor
) -> tuple[QDialog, CustomerCard]:
    frame = QDialog(page)
    card = CustomerCard(services, actor)
    layout = QVBoxLayout(frame)
    layout.addWidget(card)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(frame.reject)
    layout.addWidget(buttons)
    frame.resize(620, 720)
    return frame, card


def customer_dialogs(
    page: CustomersPage, services: Services, actor: Actor
) -> list[tuple[str, QDialog]]:
    dialogs: list[tuple[str, QDialog]] = []
    try:
        customer = telling_customer(services, actor)
    except ServiceError:
        customer = None
    if customer is not None:
        frame, card = _card_frame(page, services, actor)
        frame.setWindowTitle(customer.name)
        card.show_detail(customer)
        dialogs.append(("card", frame))
        if actor.can("customer.edit"):
            dialogs.append(("editor", page.make_editor(customer.id)))
    try:
        buyer = buying_customer(services, actor)
    except ServiceError:
        buyer = None
    if buyer is not None:
        frame, card = _card_frame(page, services, actor)
        card.show_customer(buyer)
        frame.setWindowTitle(card.customer.name if card.customer else "")
        card.tabs.setCurrentWidget(card.purchases)
        if card.sales:
            card.purchases.select_sale(card.sales[0].id)
        dialogs.append(("card-purchases", frame))
    try:
        served = service_customer(services, actor)
    except ServiceError:
        served = None
    if served is not None:
        frame, card = _card_frame(page, services, actor)
        card.show_customer(served)
        frame.setWindowTitle(card.customer.name if card.customer else "")
        card.tabs.setCurrentWidget(card.service)
        frame.resize(900, 720)  # the orders' columns
        dialogs.append(("card-service", frame))
    if actor.can("customer.edit"):
        new = page.make_editor(None, phone="13912345678")
        new.name.setText("张三丰")
        dialogs.append(("editor-new", new))
    dialogs.append(("groups", page.make_groups_dialog()))
    if actor.can("data.import_export"):
        from yuntian.ui.customers.customer_import_dialog import snapshot_import_dialog

        dialogs.append(("import", snapshot_import_dialog(services, actor, page)))
    return dialogs
