"""The fields of a purchase record, grouped as the shop reads them: customer and product,
amounts, dates and warranty, maintenance and callbacks, custom fields, notes. Layout only: the
sale editor fills them, makes them follow the product model and saves them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.sales.catalogue import DAYS_MAX
from yuntian.services.sales.sales import QUANTITY_MAX
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.document_form import DocumentForm
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.sales.sale_fields import FIELD_WIDTH, money_edit


class SaleForm(DocumentForm):
    """Every input of a sale, each with its error line registered in ``errors`` under the
    service's field name. ``existing``: also show what was received and what is owed."""

    def __init__(
        self,
        errors: FieldErrors,
        custom_labels: list[str],
        custom_values: tuple[str, ...],
        *,
        existing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(errors, parent)
        self._existing = existing
        self._build_widgets()
        body = QGridLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setHorizontalSpacing(12)
        body.addWidget(self._product_group(), 0, 0)
        body.addWidget(self._amount_group(), 1, 0)
        body.addWidget(self._date_group(), 0, 1)
        body.addWidget(self._service_group(), 1, 1)
        custom = self._custom_group(custom_labels, custom_values)
        if custom is not None:
            body.addWidget(custom, 2, 1)
        body.addWidget(self._notes_group(), 2, 0)
        body.setColumnStretch(0, 1)
        body.setColumnStretch(1, 1)

    def _build_widgets(self) -> None:
        self._customer_box = self._customer_row("sale")
        self.model = self._model_combo("saleModel")
        self.serial = QLineEdit()
        self.serial.setObjectName("saleSerial")
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("saleSalesperson")
        self.sales_unit = QComboBox()
        self.sales_unit.setObjectName("saleSalesUnit")
        self.quantity = QSpinBox()
        self.quantity.setObjectName("saleQuantity")
        self.quantity.setRange(1, QUANTITY_MAX)
        self.quantity.setMaximumWidth(FIELD_WIDTH)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit_price = money_edit("saleUnitPrice")
        self.receivable = money_edit("saleReceivable")
        self.receivable.setPlaceholderText(self.tr("Quantity × unit price"))
        self.received = QLabel()
        self.received.setObjectName("saleReceived")
        self.outstanding = QLabel()
        self.outstanding.setObjectName("saleOutstanding")
        self.sale_date = DateInput("saleDate", required=True)
        self.install_date = DateInput("saleInstallDate")
        self.warranty_end = DateInput("saleWarrantyEnd")
        self.maintenance_days = self._days_box("saleMaintenanceDays")
        self.next_maintenance = DateInput("saleNextMaintenance")
        self.callback_days = self._days_box("saleCallbackDays")
        self.next_callback = DateInput("saleNextCallback")
        self.custom = [QLineEdit() for _ in range(5)]
        for number, edit in enumerate(self.custom, 1):
            edit.setObjectName(f"saleCustom{number}")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("saleNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

    def _days_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, DAYS_MAX)
        box.setMaximumWidth(FIELD_WIDTH)
        box.setSuffix(self.tr(" days"))
        box.setSpecialValueText(self.tr("None"))  # 0: no reminders
        return box

    def _product_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Customer and product"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("Customer:"), "customer", self._customer_box)
        add(form, self.tr("Product &model:"), "product_model", self.model)
        add(form, self.tr("&Serial number:"), "serial_number", self.serial)
        add(form, self.tr("Sales&person:"), "salesperson", self.salesperson)
        add(form, self.tr("Sales &unit:"), "sales_unit", self.sales_unit)
        return group

    def _amount_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Amounts (yuan)"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("&Quantity:"), "quantity", self.quantity)
        add(form, self.tr("Unit pri&ce:"), "unit_price", self.unit_price)
        add(form, self.tr("&Receivable:"), "receivable", self.receivable)
        if self._existing:
            form.addRow(self.tr("Received:"), self.received)
            form.addRow(self.tr("Outstanding:"), self.outstanding)
        return group

    def _date_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Dates and warranty"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, self.tr("Sale &date:"), "sale_date", self.sale_date)
        add(form, self.tr("&Installed on:"), "install_date", self.install_date)
        add(form, self.tr("&Warranty until:"), "warranty_end", self.warranty_end)
        return group

    def _service_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Maintenance and callbacks"))
        form = self._form(group)
        add = self.errors.add_field_row
        add(
            form, self.tr("Main&tenance every:"), "maintenance_interval_days", self.maintenance_days
        )
        add(form, self.tr("Next maintenance:"), "next_maintenance", self.next_maintenance)
        add(form, self.tr("Call&back every:"), "callback_interval_days", self.callback_days)
        add(form, self.tr("Next callback:"), "next_callback", self.next_callback)
        return group

    def _custom_group(self, labels: list[str], stored: tuple[str, ...]) -> QGroupBox | None:
        """A field whose label is blank is hidden, unless this sale has a value in it."""
        group = QGroupBox(self.tr("Custom fields"))
        form = self._form(group)
        shown = False
        for number, (label, value, edit) in enumerate(
            zip(labels, stored, self.custom, strict=True), 1
        ):
            if not label.strip() and not value:
                continue
            text = f"{label.strip()}:" if label.strip() else self.tr("Field {n}:").format(n=number)
            self.errors.add_field_row(form, text, f"custom{number}", edit)
            shown = True
        return group if shown else None

    def _notes_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("&Notes"))
        layout = QVBoxLayout(group)
        error = error_label("error_notes")
        self.errors.register("notes", error, self.notes)
        layout.addWidget(self.notes)
        layout.addWidget(error)
        return group

    def read_only_widgets(self) -> list[QWidget]:
        return [
            self.choose_customer,
            self.model,
            self.serial,
            self.salesperson,
            self.sales_unit,
            self.quantity,
            self.unit_price,
            self.receivable,
            self.sale_date,
            self.install_date,
            self.warranty_end,
            self.maintenance_days,
            self.next_maintenance,
            self.callback_days,
            self.next_callback,
            *self.custom,
            self.notes,
        ]
