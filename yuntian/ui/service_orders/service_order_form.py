"""The fields of a service order (售后服务单), grouped as the receptionist takes a call: who and
where, which product, what is wrong and who goes. Layout only: the order editor fills them,
follows the product with the warranty and saves them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.service_orders.service_order_types import (
    PRIORITY_NORMAL,
    PRIORITY_URGENT,
    PRIORITY_VERY_URGENT,
    Warranty,
)
from yuntian.ui.common.date_input import DateInput, DateTimeInput
from yuntian.ui.common.document_form import DocumentForm
from yuntian.ui.common.field_errors import FieldErrors
from yuntian.ui.common.styles import HINT_STYLE
from yuntian.ui.service_orders.service_order_words import priority_label, warranty_label

NO_PRODUCT = 0  # the product combo's data for "no product"; purchases carry their sale id
OUTSIDE = -1  # ... and for "not bought here"


class TechnicianList(QListWidget):
    """Technicians to tick (the active users doing service work, by pinyin); the order they
    were ticked in is the order of assignment (the first goes as the lead). ``changed()`` when
    the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderTechnicians")
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._chosen: list[int] = []
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def fill(self, users: list[tuple[int, str]], chosen: list[tuple[int, str]]) -> None:
        """``users`` offered; ``chosen`` (id, name) ticked in this order, kept even when a user
        left since."""
        self._filling = True
        try:
            self.clear()
            known = {user_id for user_id, _name in users}
            for user_id, name in [*users, *[c for c in chosen if c[0] not in known]]:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, user_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = any(c[0] == user_id for c in chosen)
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
            self._chosen = [user_id for user_id, _name in chosen]
        finally:
            self._filling = False

    def chosen(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def chosen_names(self) -> list[str]:
        names = {
            self.item(r).data(Qt.ItemDataRole.UserRole): self.item(r).text()
            for r in range(self.count())
        }
        return [names[i] for i in self._chosen if i in names]

    def set_chosen(self, ids: list[int]) -> None:
        """Tick exactly these users, in this order (tests, and a reset)."""
        self._filling = True
        try:
            for row in range(self.count()):
                item = self.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._chosen = list(ids)
        finally:
            self._filling = False
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        user_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and user_id not in self._chosen:
            self._chosen.append(user_id)
        elif item.checkState() != Qt.CheckState.Checked and user_id in self._chosen:
            self._chosen.remove(user_id)
        self.changed.emit()


class ServiceOrderForm(DocumentForm):
    """Every input of an order, each with its error line registered in ``errors`` under the
    service's field name."""

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(errors, parent)
        self._build_widgets()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._customer_group())
        layout.addWidget(self._product_group())
        layout.addWidget(self._work_group())
        layout.addStretch(1)

    def _build_widgets(self) -> None:
        self._customer_box = self._customer_row("order", auto_default=False)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("orderContactName")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("orderContactPhone")
        self.address = QLineEdit()
        self.address.setObjectName("orderAddress")

        self.product = QComboBox()
        self.product.setObjectName("orderProduct")
        self.model = self._model_combo("orderOutsideModel")
        self.serial = QLineEdit()
        self.serial.setObjectName("orderOutsideSerial")
        self.purchase_date = DateInput("orderOutsideDate")

        self.warranty = QLabel()
        self.warranty.setObjectName("orderWarranty")
        self.override = QCheckBox(self.tr("Set by &hand:"))
        self.override.setObjectName("orderWarrantyOverride")
        self.override_value = QComboBox()
        self.override_value.setObjectName("orderWarrantyValue")
        for value in (Warranty.IN, Warranty.OUT, Warranty.UNKNOWN):
            self.override_value.addItem(warranty_label(value), value)
        self.override_value.setEnabled(False)
        self.reason = QLineEdit()
        self.reason.setObjectName("orderWarrantyReason")
        self.reason.setPlaceholderText(self.tr("Why (required), e.g. invoice shown"))
        self.reason.setEnabled(False)

        self.fault = QPlainTextEdit()
        self.fault.setObjectName("orderFault")
        self.fault.setTabChangesFocus(True)
        self.fault.setPlaceholderText(self.tr("What the customer says is wrong"))
        self.fault.setMinimumHeight(64)
        self.fault.setMaximumHeight(120)  # room for a few lines; the rest scrolls
        self.service_type = QComboBox()
        self.service_type.setObjectName("orderServiceType")
        self.priority = QComboBox()
        self.priority.setObjectName("orderPriority")
        for value in (PRIORITY_NORMAL, PRIORITY_URGENT, PRIORITY_VERY_URGENT):
            self.priority.addItem(priority_label(value), value)
        self.appointment = DateTimeInput("orderAppointment")  # empty: none made
        self.technicians = TechnicianList()
        self.technicians.setMaximumHeight(96)
        self.assigned = QLabel()
        self.assigned.setObjectName("orderAssigned")
        self.assigned.setStyleSheet(HINT_STYLE)
        self.assigned.setWordWrap(True)
        self.taken_by = QLabel()
        self.taken_by.setObjectName("orderTakenBy")

    def _customer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Customer and contact"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("Customer:"), "customer", self._customer_box)
        contact = QWidget()
        line = QHBoxLayout(contact)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.contact_name, 1)
        phone_label = QLabel(self.tr("&Phone:"))
        phone_label.setBuddy(self.contact_phone)
        line.addWidget(phone_label)
        line.addWidget(self.contact_phone, 1)
        add(form, self.tr("Co&ntact:"), "contact_name", contact)
        self.errors.add_error_row(form, "contact_phone", self.contact_phone)
        add(form, self.tr("A&ddress:"), "address", self.address)
        return group

    def _product_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Product and warranty"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("P&roduct:"), "sale", self.product)
        self.outside = QWidget()
        outside = QFormLayout(self.outside)
        outside.setContentsMargins(12, 0, 0, 0)
        outside.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outside.setVerticalSpacing(2)
        add(outside, self.tr("&Model:"), "product_model", self.model)
        add(outside, self.tr("&Serial number:"), "serial_number", self.serial)
        add(
            outside,
            self.tr("Bought on:"),
            "purchase_date",
            self.purchase_date,
            hint=self.tr("Leave empty when unknown. It is saved as a purchase record."),
        )
        form.addRow(self.outside)
        self.outside.setVisible(False)
        warranty = QWidget()
        row = QHBoxLayout(warranty)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.warranty)
        row.addSpacing(12)
        row.addWidget(self.override)
        row.addWidget(self.override_value)
        row.addStretch(1)
        form.addRow(self.tr("Warranty:"), warranty)
        add(form, self.tr("Rea&son:"), "warranty_reason", self.reason)
        return group

    def _work_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Fault and dispatch"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("&Fault:"), "fault", self.fault)
        kind = QWidget()
        row = QHBoxLayout(kind)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.service_type, 1)
        priority_label = QLabel(self.tr("Priori&ty:"))
        priority_label.setBuddy(self.priority)
        row.addWidget(priority_label)
        row.addWidget(self.priority)
        add(form, self.tr("Service t&ype:"), "service_type", kind)
        self.errors.add_error_row(form, "priority", self.priority)
        add(form, self.tr("Appoint&ment:"), "appointment_at", self.appointment)
        technicians = QWidget()
        column = QVBoxLayout(technicians)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.technicians)
        column.addWidget(self.assigned)
        add(form, self.tr("Techni&cians:"), "technicians", technicians)
        form.addRow(self.tr("Taken by:"), self.taken_by)
        return group

    def read_only_widgets(self) -> list[QWidget]:
        return [
            self.choose_customer,
            self.contact_name,
            self.contact_phone,
            self.address,
            self.product,
            self.model,
            self.serial,
            self.purchase_date,
            self.override,
            self.override_value,
            self.reason,
            self.fault,
            self.service_type,
            self.priority,
            self.appointment,
            self.technicians,
        ]
