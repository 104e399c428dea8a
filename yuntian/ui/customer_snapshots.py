"""The customer page's dialogs filled with telling content, for ``yuntian snapshot``: the card of
a blacklisted customer whose number another customer shares (when the data has one), the
editor showing the shared-number warning, a new-customer form, and the group manager."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from yuntian.services import Services
from yuntian.services.customer_types import CustomerDetail, CustomerFilter
from yuntian.services.errors import ServiceError
from yuntian.services.permissions import Actor
from yuntian.ui.customer_card import CustomerCard

if TYPE_CHECKING:
    from yuntian.ui.customers_page import CustomersPage

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


def customer_dialogs(
    page: CustomersPage, services: Services, actor: Actor
) -> list[tuple[str, QDialog]]:
    dialogs: list[tuple[str, QDialog]] = []
    try:
        customer = telling_customer(services, actor)
    except ServiceError:
        customer = None
    if customer is not None:
        frame = QDialog(page)
        frame.setWindowTitle(customer.name)
        card = CustomerCard(services, actor)
        card.show_detail(customer)
        layout = QVBoxLayout(frame)
        layout.addWidget(card)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(frame.reject)
        layout.addWidget(buttons)
        frame.resize(620, 720)
        dialogs.append(("card", frame))
        if actor.can("customer.edit"):
            dialogs.append(("editor", page.make_editor(customer.id)))
    if actor.can("customer.edit"):
        new = page.make_editor(None, phone="13912345678")
        new.name.setText("张三丰")
        dialogs.append(("editor-new", new))
    dialogs.append(("groups", page.make_groups_dialog()))
    if actor.can("data.import_export"):
        from yuntian.ui.customer_import_dialog import snapshot_import_dialog

        dialogs.append(("import", snapshot_import_dialog(services, actor, page)))
    return dialogs
