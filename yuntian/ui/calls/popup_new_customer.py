"""The pop-up's form for an unknown caller: type the name while talking, save with Ctrl+S.

The caller's number is already filled in; "More fields…" opens the full customer editor and
"Add to an existing customer…" files the number under someone already on record.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_types import (
    AddressInput,
    CustomerInput,
    PhoneInput,
    SaveResult,
)
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.common.phone_display import phone_text

NOTICE_STYLE = "background: #e8f0fe; border: 1px solid #c6d5f5; border-radius: 3px; padding: 6px;"


class NewCallerForm(QWidget):
    """``saved(SaveResult)`` after the customer was created; ``more_requested()`` and
    ``add_to_existing_requested()`` for the two other ways."""

    saved = Signal(object)
    more_requested = Signal()
    add_to_existing_requested = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCallerForm")
        self._services = services
        self._actor = actor
        self.number = ""
        self.notice = QLabel()
        self.notice.setObjectName("newCallerNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.name = QLineEdit()
        self.name.setObjectName("newCallerName")
        self.name.setPlaceholderText(self.tr("Name as the caller gives it"))
        self.phone = QLabel()
        self.phone.setObjectName("newCallerPhone")
        self.address = QLineEdit()
        self.address.setObjectName("newCallerAddress")
        self.address.setPlaceholderText(self.tr("Street and number (optional)"))
        self.notes = QLineEdit()
        self.notes.setObjectName("newCallerNotes")
        self.general_error = error_label("newCallerError", banner=True)
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        self.errors.add_field_row(form, self.tr("&Name:"), "name", self.name)
        form.addRow(self.tr("Phone:"), self.phone)
        self.errors.add_field_row(form, self.tr("A&ddress:"), "addresses", self.address)
        self.errors.add_field_row(form, self.tr("No&tes:"), "notes", self.notes)

        self.save_button = QPushButton(self.tr("&Save customer"))
        self.save_button.setObjectName("newCallerSave")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        self.name.returnPressed.connect(self.save)
        self.more_button = QPushButton(self.tr("More fields…"))
        self.more_button.setObjectName("newCallerMore")
        self.more_button.clicked.connect(self.more_requested)
        self.add_button = QPushButton(self.tr("Add to an &existing customer…"))
        self.add_button.setObjectName("newCallerAddExisting")
        self.add_button.clicked.connect(self.add_to_existing_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        allowed = actor.can("customer.edit")
        for widget in (self.name, self.address, self.notes, self.save_button, self.more_button):
            widget.setEnabled(allowed)
        self.add_button.setEnabled(allowed)

    def start(self, number: str | None) -> None:
        """Empty the form for a new caller (None: the number was not sent)."""
        self.number = number or ""
        self.errors.clear()
        for edit in (self.name, self.address, self.notes):
            edit.clear()
        self.phone.setText(phone_text(self.number) or "—")
        if self.number:
            self.notice.setText(self.tr("No customer has this number yet."))
        else:
            self.notice.setText(self.tr("The caller's number was not sent."))
        self.add_button.setVisible(bool(self.number))

    def has_input(self) -> bool:
        """Something typed in that is not saved (the form empties once it is)."""
        return any(edit.text().strip() for edit in (self.name, self.address, self.notes))

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        street = self.address.text().strip()
        data = CustomerInput(
            name=self.name.text(),
            phones=(PhoneInput(self.number),) if self.number else (),
            addresses=(AddressInput(street=street),) if street else (),
            notes=self.notes.text(),
        )
        try:
            result: SaveResult = self._services.customers.create(self._actor, data)
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self.saved.emit(result)
