"""Leave or change a message (留言): who called, for whom, what they want, call back or not.

The same dialog serves a new message (from the messages page, the customer card or the caller
pop-up, prefilled with what is known) and an edit (message.edit). The text field takes the
cursor first: the caller is usually still on the line. Ctrl+Enter saves from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.calls.call_types import MessageView
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.ui.calls.popup_call import PopupCall
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.customer_picker import CustomerPicker
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.message_boxes import show_error


class MessageDialog(EditorDialog):
    """``saved`` holds the message as stored once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        customer_id: int | None = None,
        call_id: int | None = None,
        number: str = "",
        caller_name: str = "",
        message: MessageView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("messageDialog")
        self._services = services
        self._actor = actor
        self._message = message
        self._call_id = message.call_id if message else call_id
        self.customer_id = message.customer_id if message else customer_id
        self.saved: MessageView | None = None
        self.setWindowTitle(self.tr("New message") if message is None else self.tr("Message"))

        self.customer = QLabel()
        self.customer.setObjectName("messageCustomer")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_customer = QPushButton(self.tr("C&hoose…"))
        self.choose_customer.setToolTip(self.tr("File the message under a customer"))
        self.choose_customer.clicked.connect(self._choose_customer)
        self.clear_customer = QPushButton(self.tr("No customer"))
        self.clear_customer.clicked.connect(lambda: self._set_customer(None))
        customer_row = QHBoxLayout()
        customer_row.setContentsMargins(0, 0, 0, 0)
        customer_row.addWidget(self.customer, 1)
        customer_row.addWidget(self.choose_customer)
        customer_row.addWidget(self.clear_customer)
        customer_box = QWidget()
        customer_box.setLayout(customer_row)

        self.caller_name = QLineEdit(message.caller_name if message else caller_name)
        self.caller_name.setObjectName("messageCallerName")
        self.caller_name.setPlaceholderText(self.tr("Who called"))
        self.number = QLineEdit(message.number if message else number)
        self.number.setObjectName("messageNumber")
        self.number.setPlaceholderText(self.tr("Number to call back"))
        self.for_user = QComboBox()
        self.for_user.setObjectName("messageForUser")
        self.text = QPlainTextEdit(message.text if message else "")
        self.text.setObjectName("messageText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What the caller wants"))
        self.text.setMinimumHeight(110)
        self.callback = QCheckBox(self.tr("&Call back wanted"))
        self.callback.setObjectName("messageCallback")
        self.callback.setChecked(message.callback_wanted if message else True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        general = error_label("messageError")
        self.errors = FieldErrors(general)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        self.errors.add_field_row(form, self.tr("Customer:"), "customer", customer_box)
        self.errors.add_field_row(form, self.tr("Caller's &name:"), "caller_name", self.caller_name)
        self.errors.add_field_row(form, self.tr("N&umber:"), "number", self.number)
        self.errors.add_field_row(form, self.tr("&For:"), "for_user", self.for_user)
        self.errors.add_field_row(form, self.tr("&Message:"), "text", self.text)
        form.addRow("", self.callback)
        if message is not None:
            taken = self.tr("Taken {time} by {user}").format(
                time=f"{message.created_at:%Y-%m-%d %H:%M}", user=message.created_by or "—"
            )
            form.addRow("", hint_label(taken))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self._fill_users(message)
        self._set_customer(self.customer_id, message)
        self.text.setFocus()
        self.resize(480, self.sizeHint().height())

    # --- filling ---------------------------------------------------------------------

    def _fill_users(self, message: MessageView | None) -> None:
        self.for_user.addItem(self.tr("Anyone"), None)
        try:
            users = self._services.customers.salespeople(self._actor)  # the active users
        except ServiceError:
            users = []
        for user_id, name in users:
            self.for_user.addItem(name, user_id)
        if message is not None and message.for_user_id is not None:
            if self.for_user.findData(message.for_user_id) < 0:  # disabled since: still shown
                self.for_user.addItem(message.for_user_name, message.for_user_id)
            self.for_user.setCurrentIndex(self.for_user.findData(message.for_user_id))

    def _set_customer(self, customer_id: int | None, message: MessageView | None = None) -> None:
        self.customer_id = customer_id
        text = ""
        if customer_id is not None and message is not None and message.customer_id == customer_id:
            text = f"{message.customer_name} ({message.customer_code})"
        elif customer_id is not None:
            rows = self._services.customers.rows_by_ids(self._actor, [customer_id])
            text = f"{rows[0].name} ({rows[0].code})" if rows else ""
        self.customer.setText(text or self.tr("None"))
        self.clear_customer.setEnabled(customer_id is not None)

    def _choose_customer(self) -> None:
        picker = CustomerPicker(
            self._services, self._actor, self.tr("Whom is the message about?"), self
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_id is not None:
            self._set_customer(picker.chosen_id)
            if not self.caller_name.text().strip():
                rows = self._services.customers.rows_by_ids(self._actor, [picker.chosen_id])
                if rows:
                    self.caller_name.setText(rows[0].name)
                    if not self.number.text().strip():
                        self.number.setText(rows[0].phone)
        picker.deleteLater()

    # --- saving ----------------------------------------------------------------------

    def save(self) -> None:
        messages = self._services.messages
        values = dict(
            caller_name=self.caller_name.text(),
            number=self.number.text(),
            for_user_id=self.for_user.currentData(),
            text=self.text.toPlainText(),
            callback_wanted=self.callback.isChecked(),
        )
        try:
            if self._message is None:
                self.saved = messages.create(
                    self._actor, customer_id=self.customer_id, call_id=self._call_id, **values
                )
            else:
                self.saved = messages.update(
                    self._actor,
                    self._message.id,
                    customer_id=self.customer_id,
                    **values,
                    version=self._message.version,
                )
        except StaleRecord as exc:
            self.show_conflict(exc, self._services.clock().date())
            return
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.accept()

    # --- someone else saved the message meanwhile --------------------------------------

    def opened_record(self) -> MessageView | None:
        return self._message

    def conflict_fields(self) -> list[ConflictField]:
        def customer(m: MessageView) -> str:
            return f"{m.customer_name} ({m.customer_code})" if m.customer_id else ""

        fields = (
            (self.tr("Customer:"), customer),
            (self.tr("Caller's &name:"), lambda m: m.caller_name),
            (self.tr("N&umber:"), lambda m: m.number),
            (self.tr("&For:"), lambda m: m.for_user_name),
            (self.tr("&Message:"), lambda m: m.text),
            (self.tr("&Call back wanted"), lambda m: "✓" if m.callback_wanted else ""),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, MessageView)
        self._message = current
        self.errors.clear()
        self.caller_name.setText(current.caller_name)
        self.number.setText(current.number)
        self.text.setPlainText(current.text)
        self.callback.setChecked(current.callback_wanted)
        index = self.for_user.findData(current.for_user_id)
        if index < 0:
            self.for_user.addItem(current.for_user_name, current.for_user_id)
            index = self.for_user.count() - 1
        self.for_user.setCurrentIndex(index)
        self._set_customer(current.customer_id, current)


def leave_message_for_call(
    parent: QWidget | None,
    services: Services,
    actor: Actor,
    call: PopupCall | None,
    customer_id: int | None,
) -> bool:
    """Open the message dialog for a caller (the pop-up's "Leave message"), prefilled with the
    customer's name when the caller is known, else the name the network sent. True if saved."""
    if call is None:
        return False
    name = ""
    if customer_id is not None:
        known = [row for row in call.customers if row.id == customer_id]
        if not known:
            try:
                known = services.customers.rows_by_ids(actor, [customer_id])
            except ServiceError as exc:
                show_error(parent, exc)
                return False
        name = known[0].name if known else ""
    dialog = MessageDialog(
        services,
        actor,
        customer_id=customer_id,
        call_id=call.call_id,
        number=call.raw_number or "",
        caller_name=name or call.network_name or "",
        parent=parent,
    )
    # The pop-ups stay on top of everything; the dialog must not open beneath them.
    dialog.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return saved
