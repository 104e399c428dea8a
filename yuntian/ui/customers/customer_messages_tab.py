"""The customer card's messages tab (留言): the customer's messages, open and handled, newest
first, and a new one with the customer filled in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.calls.call_types import MessageKey, MessageView
from yuntian.services.common.errors import NotFound, ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.message_dialog import MessageDialog
from yuntian.ui.calls.message_list_model import CUSTOMER, HANDLED, MessageListModel
from yuntian.ui.calls.message_table import MessageTable
from yuntian.ui.common.message_boxes import ask_yes_no, show_error
from yuntian.ui.common.page_actions import buttons_over_table, page_action
from yuntian.ui.customers.lazy_tab import LazyCustomerTab

SHOWN = 50  # a card shows the latest; the messages page has them all


class CustomerMessagesTab(LazyCustomerTab):
    """``messages_changed()`` after a message was added, changed or deleted here."""

    messages_changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, parent)
        self.setObjectName("messagesTab")
        self.model = MessageListModel(page_size=SHOWN, parent=self)
        self.table = MessageTable(self.model)
        self.table.setObjectName("customerMessages")
        # A card is narrow: the customer is the card's own, handled rows are greyed out.
        self.table.setColumnHidden(CUSTOMER, True)
        self.table.setColumnHidden(HANDLED, True)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.add_button = QPushButton(self.tr("&Leave message…"))
        self.add_button.setObjectName("messageAdd")
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setVisible(actor.can("message.edit"))
        self.handled_button = QPushButton(self.tr("Mark &handled"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setVisible(actor.can("message.delete"))
        buttons_over_table(
            self,
            (self.add_button, self.edit_button, self.handled_button, self.delete_button),
            self.table,
        )

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.handled_button.clicked.connect(self.toggle_handled)
        self.delete_button.clicked.connect(self.delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if actor.can("message.delete"):
            delete_key = [QKeySequence.StandardKey.Delete]
            page_action(self, self.table, "", self.delete, delete_key, on_table=True)
        self._update_buttons()

    # --- the card calls this ---------------------------------------------------------

    def _load(self) -> None:
        customer_id, messages, actor = self.customer_id, self._services.messages, self._actor
        if customer_id is None:
            self.model.set_fetch(None)
        else:

            def fetch(after: MessageKey | None, limit: int) -> tuple[list[MessageView], bool]:
                if after is not None:
                    return [], False
                return messages.for_customer(actor, customer_id, limit), False

            self.model.set_fetch(fetch)
        self.add_button.setEnabled(customer_id is not None)
        self._update_buttons()

    # --- commands --------------------------------------------------------------------

    def make_dialog(self, message: MessageView | None = None) -> MessageDialog:
        if message is not None:
            return MessageDialog(self._services, self._actor, message=message, parent=self)
        caller, number = "", ""
        if self.customer_id is not None:
            rows = self._services.customers.rows_by_ids(self._actor, [self.customer_id])
            if rows:
                caller, number = rows[0].name, rows[0].phone
        return MessageDialog(
            self._services,
            self._actor,
            customer_id=self.customer_id,
            caller_name=caller,
            number=number,
            parent=self,
        )

    def add(self) -> None:
        if self.customer_id is None:
            return
        self._run(self.make_dialog())

    def edit(self) -> None:
        message = self.table.current()
        if message is None or not self._actor.can("message.edit"):
            return
        try:
            message = self._services.messages.get(self._actor, message.id)
        except NotFound:
            self.reload()
            return
        self._run(self.make_dialog(message))

    def toggle_handled(self) -> None:
        chosen = self.table.selected()
        if not chosen:
            return
        handled = not all(m.handled for m in chosen)
        try:
            self._services.messages.mark_handled(self._actor, [m.id for m in chosen], handled)
        except ServiceError as exc:
            show_error(self, exc)
        self._changed(chosen[0].id)

    def delete(self) -> None:
        chosen = self.table.selected()
        if not chosen or not self._actor.can("message.delete") or not self._confirm_delete(chosen):
            return
        try:
            self._services.messages.delete(self._actor, [m.id for m in chosen])
        except ServiceError as exc:
            show_error(self, exc)
        self._changed(None)

    # --- helpers ---------------------------------------------------------------------

    def _run(self, dialog: MessageDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._changed(dialog.saved.id)
        dialog.deleteLater()

    def _changed(self, select_id: int | None) -> None:
        self.reload()
        if select_id is not None:
            self.table.select_message(select_id)
        self.messages_changed.emit()

    def _update_buttons(self, *_args) -> None:
        chosen = self.table.selected()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.handled_button.setEnabled(bool(chosen))
        reopen = bool(chosen) and all(m.handled for m in chosen)
        self.handled_button.setText(self.tr("&Reopen") if reopen else self.tr("Mark &handled"))

    def _confirm_delete(self, chosen: list[MessageView]) -> bool:
        return ask_yes_no(
            self,
            self.tr("Delete messages"),
            self.tr("Delete {n} messages?").format(n=len(chosen))
            if len(chosen) > 1
            else self.tr("Delete this message?"),
        )
