"""The purchase record editor (购机记录): a new sale (sales.process) or changes to one
(record.edit); a voided sale, or any sale for someone without record.edit, opens read-only.

Picking a product model fills in what the model implies (list price, warranty end, maintenance
and callback intervals and their next dates), worked out live with the service's own rule, and
keeps following the model and the dates until the user types a value of their own. Values the
user never touched are sent as ``None`` so the service computes them; typed ones are sent as typed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.money import MONEY_MAX
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import AUTO, Derived, ProductModelView, SaleInput, SaleView
from yuntian.services.sales.sales import add_months
from yuntian.ui.common.conflict_dialog import ConflictField
from yuntian.ui.common.customer_picker import CustomerPicker
from yuntian.ui.common.document_form import editable
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import BANNER_STYLE, ERROR_STYLE
from yuntian.ui.sales.sale_conflicts import sale_conflict_fields
from yuntian.ui.sales.sale_fields import read_money
from yuntian.ui.sales.sale_form import SaleForm

NO_MODEL = QT_TRANSLATE_NOOP("Errors", "Please choose a product model.")  # the service's words


def derived_dates(
    model: ProductModelView | None, start: dt.date, maintenance_days: int, callback_days: int
) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """Warranty end, next maintenance and next callback as the service works them out."""
    warranty = add_months(start, model.warranty_months) if model and model.warranty_months else None

    def after(days: int) -> dt.date | None:
        return start + dt.timedelta(days=days) if days else None

    return warranty, after(maintenance_days), after(callback_days)


class SaleEditor(EditorDialog):
    """``saved_sale`` holds the sale as stored once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        sale: SaleView | None = None,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saleEditor")
        self._services = services
        self._actor = actor
        self._sale = sale
        self.saved_sale: SaleView | None = None
        self.customer_id = sale.customer_id if sale else customer_id
        self._overridden: set[str] = set()
        self._filling = False
        self._model_id: int | None = None
        self.read_only = sale is not None and not editable(actor, "record.edit", locked=sale.voided)
        self.setWindowTitle(
            self.tr("New purchase record")
            if sale is None
            else self.tr("Purchase record {code}").format(code=sale.code)
        )
        self.error = error_label("saleError", banner=True)  # what no field's own label says
        self.errors = FieldErrors(self.error)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        self.form = SaleForm(
            self.errors,
            services.settings.custom_field_labels(),
            sale.custom if sale else ("",) * 5,
            existing=sale is not None,
        )
        f = self.form
        f.choose_customer.setVisible(self.customer_id is None)
        f.choose_customer.clicked.connect(self._choose_customer)
        self._fill_choices()
        self._lay_out()
        self._fill()
        self._connect()
        if self.read_only:
            f.set_read_only()
        f.mark_clean()
        (f.model if self.customer_id is not None else f.choose_customer).setFocus()
        self.resize(max(900, self.sizeHint().width()), self.sizeHint().height())

    # --- layout ----------------------------------------------------------------------

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        if self._sale is not None and self._sale.voided:
            voided = QLabel(
                self.tr("This sale was voided: {reason}").format(reason=self._sale.void_reason)
            )
            voided.setObjectName("saleVoided")
            voided.setWordWrap(True)
            voided.setStyleSheet(BANNER_STYLE)
            layout.addWidget(voided)
        elif self.read_only:
            layout.addWidget(hint_label(self.tr("You may look, but not change sales.")))
        elif self._sale is None and not self._actor.can("sales.process"):
            layout.addWidget(hint_label(self.tr("You may look, but not record sales.")))
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        if self.read_only:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            save.setDefault(True)
            save.setToolTip(self.tr("Save (Enter or Ctrl+Enter)"))
            save.setEnabled(self._sale is not None or self._actor.can("sales.process"))
            self.buttons.accepted.connect(self.save)
            self.buttons.rejected.connect(self.reject)
            for keys in ("Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(keys), self, self.save)
        if self._sale is not None:
            self.print_button = self.buttons.addButton(
                self.tr("Print sales slip…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.print_button.setObjectName("printSalesSlip")
            self.print_button.setToolTip(
                self.tr("Preview, print or save as PDF the slip of this sale as saved (Ctrl+Alt+P)")
            )
            self.print_button.clicked.connect(self.print_slip)
            QShortcut(QKeySequence("Ctrl+Alt+P"), self, self.print_slip)
        layout.addWidget(self.buttons)

    # --- filling ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        services, actor, sale = self._services, self._actor, self._sale
        models = services.catalogue.product_models(actor)
        if sale is not None and all(m.id != sale.product_model_id for m in models):
            models += [  # retired since the sale: still shown for it
                m
                for m in services.catalogue.product_models(actor, include_inactive=True)
                if m.id == sale.product_model_id
            ]
        self._models = {m.id: m for m in models}
        for m in models:
            self.form.model.addItem(m.label, m.id)
        self.form.model.setCurrentIndex(-1)
        self.form.salesperson.addItem(self.tr("Nobody"), None)
        for user_id, name in services.customers.salespeople(actor):
            self.form.salesperson.addItem(name, user_id)
        self._units = {u.id: u for u in services.catalogue.sales_units(actor)}
        self.form.sales_unit.addItem(self.tr("None"), None)
        for unit in self._units.values():
            self.form.sales_unit.addItem(unit.name, unit.id)

    def _fill(self) -> None:
        self._filling = True
        try:
            self._show_customer()
            sale = self._sale
            if sale is None:
                self.form.sale_date.set_value(self._services.clock().date())
                self.form.install_date.set_value(None, self._services.clock().date())
                self._apply_model()
                return
            self.form.model.setCurrentIndex(self.form.model.findData(sale.product_model_id))
            self._model_id = sale.product_model_id
            self.form.serial.setText(sale.serial_number)
            _select(self.form.salesperson, sale.salesperson_id, sale.salesperson_name)
            _select(self.form.sales_unit, sale.sales_unit_id, sale.sales_unit_name)
            self.form.quantity.setValue(sale.quantity)
            self.form.unit_price.setText(f"{sale.unit_price}")
            self.form.receivable.setText(f"{sale.receivable}")
            self.form.received.setText(yuan(sale.received))
            self.form.outstanding.setText(yuan(sale.outstanding))
            if sale.outstanding > 0 and not sale.voided:
                self.form.outstanding.setStyleSheet(ERROR_STYLE)
            self.form.sale_date.set_value(sale.sale_date)
            self.form.install_date.set_value(sale.install_date, sale.sale_date)
            self.form.warranty_end.set_value(sale.warranty_end, sale.sale_date)
            self.form.maintenance_days.setValue(sale.maintenance_interval_days)
            self.form.next_maintenance.set_value(sale.next_maintenance, sale.sale_date)
            self.form.callback_days.setValue(sale.callback_interval_days)
            self.form.next_callback.set_value(sale.next_callback, sale.sale_date)
            for edit, value in zip(self.form.custom, sale.custom, strict=True):
                edit.setText(value)
            self.form.notes.setPlainText(sale.notes)
            self._overridden = self._stored_overrides(sale)
        finally:
            self._filling = False

    def _stored_overrides(self, sale: SaleView) -> set[str]:
        """A stored value that equals what the model and dates give keeps following them (a
        sale saved before installation moves its warranty when the install date is entered);
        one set by hand stays put. The price is the sale's own."""
        model = self._models.get(sale.product_model_id)
        start = sale.install_date or sale.sale_date
        warranty, maintenance, callback = derived_dates(
            model, start, sale.maintenance_interval_days, sale.callback_interval_days
        )
        overridden = {"unit_price"}
        checks = {
            "receivable": sale.receivable == sale.unit_price * sale.quantity,
            "warranty_end": sale.warranty_end == warranty,
            "maintenance_interval_days": model is not None
            and sale.maintenance_interval_days == model.maintenance_interval_days,
            "next_maintenance": sale.next_maintenance == maintenance,
            "callback_interval_days": model is not None
            and sale.callback_interval_days == model.callback_interval_days,
            "next_callback": sale.next_callback == callback,
        }
        overridden.update(name for name, follows in checks.items() if not follows)
        return overridden

    def _show_customer(self) -> None:
        text = ""
        if self._sale is not None:
            text = f"{self._sale.customer_code}  {self._sale.customer_name}"
        elif self.customer_id is not None:
            rows = self._services.customers.rows_by_ids(self._actor, [self.customer_id])
            text = f"{rows[0].code}  {rows[0].name}" if rows else ""
        self.form.customer.setText(text or self.tr("Not chosen yet"))

    def _connect(self) -> None:
        self.form.model.currentTextChanged.connect(lambda _t: self._model_edited())
        self.form.sales_unit.activated.connect(lambda _i: self._unit_chosen())
        self.form.quantity.valueChanged.connect(lambda _v: self._recompute())
        self.form.unit_price.textEdited.connect(lambda _t: self._edited("unit_price"))
        self.form.receivable.textEdited.connect(lambda _t: self._edited("receivable"))
        self.form.sale_date.edited.connect(self._recompute)
        self.form.install_date.edited.connect(self._recompute)
        self.form.warranty_end.edited.connect(lambda: self._edited("warranty_end"))
        self.form.maintenance_days.valueChanged.connect(
            lambda _v: self._edited("maintenance_interval_days")
        )
        self.form.next_maintenance.edited.connect(lambda: self._edited("next_maintenance"))
        self.form.callback_days.valueChanged.connect(
            lambda _v: self._edited("callback_interval_days")
        )
        self.form.next_callback.edited.connect(lambda: self._edited("next_callback"))

    # --- following the model ---------------------------------------------------------

    def current_model(self) -> ProductModelView | None:
        """The model whose name is in the box (typed or picked), if it is one of the list."""
        text = self.form.model.currentText().strip()
        index = self.form.model.currentIndex()
        if index < 0 or self.form.model.itemText(index) != text:
            index = self.form.model.findText(text, Qt.MatchFlag.MatchFixedString)
        return self._models.get(self.form.model.itemData(index)) if index >= 0 else None

    def _model_edited(self) -> None:
        if self._filling:
            return
        model = self.current_model()
        model_id = model.id if model else None
        if model_id != self._model_id:
            self._model_id = model_id
            self._apply_model()

    def _apply_model(self) -> None:
        """A new sale takes the model's list price (unless a price was typed) and defaults."""
        model = self._models.get(self._model_id) if self._model_id is not None else None
        filling, self._filling = self._filling, True
        try:
            new_price = model.list_price if self._sale is None and model is not None else None
            if new_price is not None and "unit_price" not in self._overridden:
                self.form.unit_price.setText(f"{new_price}")
            if "maintenance_interval_days" not in self._overridden:
                self.form.maintenance_days.setValue(model.maintenance_interval_days if model else 0)
            if "callback_interval_days" not in self._overridden:
                self.form.callback_days.setValue(model.callback_interval_days if model else 0)
        finally:
            self._filling = filling
        self._recompute()

    def _edited(self, name: str) -> None:
        if self._filling:
            return
        self._overridden.add(name)
        self._recompute()

    def _recompute(self) -> None:
        """Show what the service will store for every value the user has not set."""
        model = self._models.get(self._model_id) if self._model_id is not None else None
        start = self.form.install_date.value() or self.form.sale_date.value()
        if start is None:
            return  # no day to count from yet (the field says why)
        warranty, maintenance, callback = derived_dates(
            model, start, self.form.maintenance_days.value(), self.form.callback_days.value()
        )
        filling, self._filling = self._filling, True
        try:
            if "warranty_end" not in self._overridden:
                self.form.warranty_end.set_value(warranty, start)
            if "next_maintenance" not in self._overridden:
                self.form.next_maintenance.set_value(maintenance, start)
            if "next_callback" not in self._overridden:
                self.form.next_callback.set_value(callback, start)
            if "receivable" not in self._overridden:
                self.form.receivable.setText(self._product_of_price())
        finally:
            self._filling = filling

    def _product_of_price(self) -> str:
        try:
            price = read_money(self.form.unit_price, "unit_price")
        except ServiceError:
            return ""
        total = price * self.form.quantity.value()
        return f"{total}" if total <= MONEY_MAX else ""

    def _unit_chosen(self) -> None:
        """A unit's sales rep fills an empty salesperson."""
        unit = self._units.get(self.form.sales_unit.currentData())
        if (
            unit is None
            or unit.sales_rep_id is None
            or self.form.salesperson.currentData() is not None
        ):
            return
        _select(self.form.salesperson, unit.sales_rep_id, unit.sales_rep_name)

    # --- customer --------------------------------------------------------------------

    def _choose_customer(self) -> None:
        picker = CustomerPicker(
            self._services, self._actor, self.tr("Who bought the product?"), self
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_id is not None:
            self.customer_id = picker.chosen_id
            self._show_customer()
        picker.deleteLater()

    # --- saving ----------------------------------------------------------------------

    def data(self) -> SaleInput:
        """The form as the service takes it; ValidationError for an amount that is none."""
        assert self.customer_id is not None
        if self._model_id is None:  # checked before the price, as the form reads
            raise ValidationError("product_model", NO_MODEL)

        def own(name: str, value: object) -> object:
            return value if name in self._overridden else None

        def own_date(name: str, value: dt.date | None) -> dt.date | Derived | None:
            return value if name in self._overridden else AUTO

        receivable: Decimal | None = None
        if "receivable" in self._overridden and self.form.receivable.text().strip():
            receivable = read_money(self.form.receivable, "receivable")
        return SaleInput(
            customer_id=self.customer_id,
            sale_date=self.form.sale_date.read("sale_date"),
            product_model_id=self._model_id,
            unit_price=read_money(self.form.unit_price, "unit_price"),
            quantity=self.form.quantity.value(),
            receivable=receivable,
            serial_number=self.form.serial.text(),
            salesperson_id=self.form.salesperson.currentData(),
            sales_unit_id=self.form.sales_unit.currentData(),
            install_date=self.form.install_date.read("install_date"),
            warranty_end=own_date("warranty_end", self.form.warranty_end.read("warranty_end")),
            custom=tuple(edit.text() for edit in self.form.custom),
            maintenance_interval_days=own(
                "maintenance_interval_days", self.form.maintenance_days.value()
            ),
            next_maintenance=own_date(
                "next_maintenance", self.form.next_maintenance.read("next_maintenance")
            ),
            callback_interval_days=own("callback_interval_days", self.form.callback_days.value()),
            next_callback=own_date("next_callback", self.form.next_callback.read("next_callback")),
            notes=self.form.notes.toPlainText(),
        )

    def print_slip(self) -> None:
        """The sales slip (销售单) of the sale as stored; unsaved changes are not on it."""
        if self._sale is None:
            return
        from yuntian.ui.printing.print_dialog import (
            print_sales_slips,  # Qt's print support, when asked
        )

        print_sales_slips(self._services, self._actor, [self._sale.id], self)

    def save(self) -> None:
        if self.read_only:
            return
        self.errors.clear()
        if self.customer_id is None:
            self.errors.show_text("customer", self.tr("Please choose the customer."))
            self.form.choose_customer.setFocus()
            return
        sales, sale = self._services.sales, self._sale

        def work() -> SaleView:
            data = self.data()
            if sale is None:
                return sales.create(self._actor, data)
            return sales.update(self._actor, sale.id, data, version=sale.version)

        saved = self.form.save_with(work)
        if saved is not None:
            self.saved_sale = saved
            self.accept()

    # --- someone else saved the sale meanwhile (DocumentForm.save_with shows it) --------

    def opened_record(self) -> SaleView | None:
        return self._sale

    def conflict_fields(self) -> list[ConflictField]:
        return sale_conflict_fields(self._services.settings.custom_field_labels())

    def reload_record(self, current: object) -> None:
        """The sale as stored now; read-only once voided."""
        assert isinstance(current, SaleView)
        self._sale = current
        self.errors.clear()
        self._fill()
        if current.voided and not self.form.read_only:
            self.read_only = True
            self.form.set_read_only()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.form.mark_clean()

    def has_changes(self) -> bool:
        """Something was changed since the sale was shown (the customer chosen included)."""
        return not self.form.read_only and (self.form.has_changes() or super().has_changes())


def _select(combo: QComboBox, value: int | None, label: str) -> None:
    """Select ``value``; one no longer offered (a user who left) is added so it is kept."""
    index = combo.findData(value)
    if index < 0 and value is not None:
        combo.addItem(label, value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))
