"""The service-order form (售后服务单): take a new order (service.process) or change one.

The customer is fixed when the form opens from a customer (card, pop-up, purchase), else
chosen with the customer picker. The product is one of the customer's purchases, a product
not bought here (saved as a purchase record) or none; the warranty (保内 / 保外) follows the
purchase unless set by hand with a reason. The earlier orders for the same product stay in
sight while typing. An order that may not be changed (audited, cancelled, or without the
right) opens read-only, with its history and completion record.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import ProductModelView, SaleView
from yuntian.services.sales.sales import add_months
from yuntian.services.service_orders.service_order_rules import automatic_warranty
from yuntian.services.service_orders.service_order_types import (
    OrderAction,
    OutsidePurchase,
    ServiceOrderInput,
    ServiceOrderView,
    Warranty,
    allowed,
    permission_for,
)
from yuntian.ui.common.conflict_dialog import ConflictField
from yuntian.ui.common.customer_picker import CustomerPicker
from yuntian.ui.common.document_actions import exec_dialog
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.common.message_boxes import show_error
from yuntian.ui.sales.sale_editor import NO_MODEL
from yuntian.ui.sales.warranty_words import warranty_text
from yuntian.ui.service_orders.service_order_conflicts import order_conflict_fields
from yuntian.ui.service_orders.service_order_form import NO_PRODUCT, OUTSIDE, ServiceOrderForm
from yuntian.ui.service_orders.service_order_history import (
    EarlierOrders,
    OrderHistory,
    order_notice,
    when,
)
from yuntian.ui.service_orders.service_order_words import state_label, warranty_label

# The form's own refusals, worded and translated like the service's.
NO_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Please choose the customer.")
NO_PRODUCT_CHOSEN = QT_TRANSLATE_NOOP(
    "Errors", "Please choose the product, “Not bought here” or “No product”."
)


def may_edit(actor: Actor, order: ServiceOrderView | None) -> bool:
    if order is None:
        return actor.can("service.process")
    return (
        not order.audited
        and allowed(OrderAction.EDIT, order.state)
        and actor.can(permission_for(OrderAction.EDIT, order.state))
    )


class ServiceOrderEditor(EditorDialog):
    """``saved_order`` holds the order as stored once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        *,
        order: ServiceOrderView | None = None,
        customer_id: int | None = None,
        sale_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serviceOrderEditor")
        self._services = services
        self._actor = actor
        self._order = order
        self.saved_order: ServiceOrderView | None = None
        if order is not None:
            customer_id, sale_id = order.customer_id, order.sale_id
        elif sale_id is not None and customer_id is None:
            customer_id = services.sales.get(actor, sale_id).customer_id
        self.customer_id = customer_id
        self._sale_id = sale_id  # the purchase asked for (or the order's)
        self._fixed_customer = customer_id is not None
        self.read_only = not may_edit(actor, order)
        self._today = (order.taken_at if order else services.clock()).date()
        self._earlier: dict[int | None, list[ServiceOrderView]] = {}  # by sale id, None: all
        self.sales: list[SaleView] = []
        self.setWindowTitle(
            self.tr("New service order")
            if order is None
            else self.tr("Service order {code} · {state}").format(
                code=order.code, state=state_label(order.state)
            )
        )
        self.error = error_label("orderError", banner=True)
        self.errors = FieldErrors(self.error)
        self.save_when_back(self.errors, services.changes, self.save)  # server lost
        self.form = ServiceOrderForm(self.errors)
        self.earlier = EarlierOrders()
        self.history = OrderHistory() if order is not None else None
        self._fill_choices()
        self._lay_out()
        self._fill()
        self._connect()
        if self.read_only:
            self.form.set_read_only()
        self.form.mark_clean()
        if self.customer_id is None:
            self.form.choose_customer.setFocus()
        elif order is None:
            self.form.fault.setFocus()
        self.resize(1120, max(720, self.sizeHint().height()))

    # --- layout ----------------------------------------------------------------------

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        order = self._order
        notice = order_notice(order, self.read_only)
        if notice is not None:
            layout.addWidget(notice)
        layout.addWidget(self.error)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.earlier)
        if self.history is not None:
            side.addWidget(self.history)
            side.setStretchFactor(1, 2)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.form)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setChildrenCollapsible(False)
        body.setSizes([620, 480])
        layout.addWidget(body, 1)
        self._lay_out_buttons(layout)

    def _lay_out_buttons(self, layout: QVBoxLayout) -> None:
        Std = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(Std.Close if self.read_only else Std.Save | Std.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.print_button = self.buttons.addButton(
            self.tr("Print dispatch slip…")
            if self.read_only
            else self.tr("Save and &print dispatch slip…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.print_button.setObjectName("orderSavePrint")
        self.print_button.setToolTip(self.tr("Ctrl+P"))
        self.print_button.clicked.connect(self.save_and_print)
        self.print_button.setVisible(not (self.read_only and self._order is None))
        QShortcut(QKeySequence("Ctrl+P"), self, self.save_and_print)
        if not self.read_only:
            save = self.buttons.button(Std.Save)
            save.setDefault(True)
            save.setObjectName("orderSave")
            save.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Enter)"))
            self.buttons.accepted.connect(self.save)
            for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
                QShortcut(QKeySequence(keys), self, self.save)
        row = QHBoxLayout()
        row.addWidget(self.buttons)
        layout.addLayout(row)

    # --- filling ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        services, actor, order, f = self._services, self._actor, self._order, self.form
        self._models: dict[int, ProductModelView] = {
            m.id: m for m in services.catalogue.product_models(actor)
        }
        for model in self._models.values():
            f.model.addItem(model.label, model.id)
        f.model.setCurrentIndex(-1)
        types = [v.name for v in services.settings.enum_values("service_type")]
        if order is not None and order.service_type and order.service_type not in types:
            types.append(order.service_type)  # renamed or removed since: kept for this order
        f.service_type.addItems(types)
        chosen = (
            list(zip(order.technician_ids, order.technician_names, strict=True)) if order else []
        )
        f.technicians.fill(services.service_orders.technicians(actor), chosen)

    def _fill(self) -> None:
        f, order = self.form, self._order
        f.choose_customer.setVisible(not self._fixed_customer and not self.read_only)
        self._load_customer(prefill=order is None)
        if order is None:
            name = self._actor.display_name or self._actor.username
            f.taken_by.setText(name)
            f.service_type.setCurrentIndex(0 if f.service_type.count() else -1)
            f.appointment.set_value(None, self._default_appointment())
        else:
            f.contact_name.setText(order.contact_name)
            f.contact_phone.setText(order.contact_phone)
            f.address.setText(order.address)
            f.fault.setPlainText(order.fault)
            f.service_type.setCurrentIndex(f.service_type.findText(order.service_type))
            f.priority.setCurrentIndex(max(0, f.priority.findData(order.priority)))
            f.appointment.set_value(order.appointment_at, self._default_appointment())
            f.taken_by.setText(
                self.tr("{user}, {time}").format(
                    user=order.taken_by_name or self.tr("—"), time=when(order.taken_at)
                )
            )
            if order.warranty_overridden:
                f.override.setChecked(True)
                f.override_value.setCurrentIndex(f.override_value.findData(order.warranty))
                f.reason.setText(order.warranty_reason)
            assert self.history is not None
            self.history.show_order(
                order,
                self._services.service_orders.events(self._actor, order.id),
                self._services.part_stock.for_order(self._actor, order.id)
                if order.completed_at is not None
                else (),
            )
        f.purchase_date.set_value(None, self._today)  # unknown until typed; the calendar opens here
        self._select_product(self._sale_id)
        self._override_toggled(f.override.isChecked())
        self._show_assigned()

    def _default_appointment(self) -> dt.datetime:
        """Tomorrow at nine: what a ticked appointment box starts from."""
        day = self._services.clock().date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, dt.time(9, 0))

    def _load_customer(self, *, prefill: bool) -> None:
        """Show the customer, offer their purchases and (for a new order) their contact."""
        f = self.form
        self._earlier.clear()
        if self.customer_id is None:
            f.customer.setText(self.tr("Not chosen yet"))
            self.sales = []
            self._fill_products()
            return
        detail = self._services.customers.get(self._actor, self.customer_id)
        f.customer.setText(f"{detail.code}  {detail.name}")
        kept = self._order.sale_id if self._order else None
        self.sales = [
            s
            for s in self._services.sales.for_customer(self._actor, self.customer_id)
            if not s.voided or s.id == kept
        ]
        self._fill_products()
        if prefill:
            f.contact_name.setText(detail.name)
            f.contact_phone.setText(detail.phones[0].raw if detail.phones else "")
            f.address.setText(detail.addresses[0].text if detail.addresses else "")

    def _fill_products(self) -> None:
        combo = self.form.product
        combo.blockSignals(True)
        try:
            combo.clear()
            for sale in self.sales:
                combo.addItem(self._sale_text(sale), sale.id)
            combo.addItem(self.tr("Not bought here…"), OUTSIDE)
            combo.addItem(self.tr("No product"), NO_PRODUCT)
        finally:
            combo.blockSignals(False)

    def _sale_text(self, sale: SaleView) -> str:
        parts = [sale.product]
        if sale.serial_number:
            parts.append(self.tr("SN {serial}").format(serial=sale.serial_number))
        parts.append(self.tr("bought {day}").format(day=sale.sale_date.isoformat()))
        warranty = warranty_text(sale.warranty_end, self._today)
        if warranty:
            parts.append(warranty)
        return " · ".join(parts)

    def _select_product(self, sale_id: int | None) -> None:
        """The order's purchase; for a new order the one asked for, the only one, or the
        choice left to the user when there are several."""
        combo = self.form.product
        if self._order is not None:
            wanted: int | None = sale_id if sale_id is not None else NO_PRODUCT
        elif sale_id is not None:
            wanted = sale_id
        elif len(self.sales) == 1:
            wanted = self.sales[0].id
        elif not self.sales:
            wanted = NO_PRODUCT
        else:
            wanted = None
        combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
        if wanted is None:
            combo.setPlaceholderText(self.tr("Which product? Choose one"))
        self._product_changed()

    def _connect(self) -> None:
        f = self.form
        f.choose_customer.clicked.connect(self._choose_customer)
        f.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        f.model.currentTextChanged.connect(lambda _t: self._show_warranty())
        f.purchase_date.edited.connect(self._show_warranty)
        f.override.toggled.connect(self._override_toggled)
        f.technicians.changed.connect(self._show_assigned)

    # --- following the product -------------------------------------------------------

    def product_choice(self) -> int | None:
        """The chosen sale id, OUTSIDE, NO_PRODUCT, or None when nothing is chosen yet."""
        index = self.form.product.currentIndex()
        return self.form.product.itemData(index) if index >= 0 else None

    def _product_changed(self) -> None:
        choice = self.product_choice()
        self.form.outside.setVisible(choice == OUTSIDE)
        self._show_warranty()
        self._show_earlier(choice)

    def outside_model(self) -> ProductModelView | None:
        """The model whose name is in the box (typed or picked), if it is one of the list."""
        box = self.form.model
        text = box.currentText().strip()
        index = box.currentIndex()
        if index < 0 or box.itemText(index) != text:
            index = box.findText(text, Qt.MatchFlag.MatchFixedString)
        return self._models.get(box.itemData(index)) if index >= 0 else None

    def automatic_warranty(self) -> Warranty:
        """What the service will set from the purchase (the order's day decides)."""
        choice = self.product_choice()
        end: dt.date | None = None
        if choice == OUTSIDE:
            model, bought = self.outside_model(), self.form.purchase_date.value()
            if model is not None and bought is not None and model.warranty_months:
                end = add_months(bought, model.warranty_months)
        elif choice not in (None, NO_PRODUCT):
            end = next((s.warranty_end for s in self.sales if s.id == choice), None)
        return automatic_warranty(end, self._today)

    def _show_warranty(self) -> None:
        automatic = self.automatic_warranty()
        label = self.form.warranty
        label.setText(f"<b>{warranty_label(automatic)}</b>")
        colours = {Warranty.IN: "#2e7d32", Warranty.OUT: "#b3261e"}
        label.setStyleSheet(f"color: {colours[automatic]};" if automatic in colours else "")
        if not self.form.override.isChecked():
            index = self.form.override_value.findData(automatic)
            self.form.override_value.setCurrentIndex(index)

    def _override_toggled(self, on: bool) -> None:
        f = self.form
        if self.read_only:
            return
        f.override_value.setEnabled(on)
        f.reason.setEnabled(on)
        if on:
            f.reason.setFocus()
        else:
            self._show_warranty()

    def _show_earlier(self, choice: int | None) -> None:
        """The product's earlier orders; without a product, the customer's."""
        sale_id = choice if choice not in (None, OUTSIDE, NO_PRODUCT) else None
        for_product = sale_id is not None
        if self.customer_id is None:
            self.earlier.show_orders([], for_product=False)
            return
        if sale_id not in self._earlier:
            orders = self._services.service_orders
            self._earlier[sale_id] = (
                orders.for_sale(self._actor, sale_id)
                if for_product
                else orders.for_customer(self._actor, self.customer_id)
            )
        own = self._order.id if self._order else None
        shown = [o for o in self._earlier[sale_id] if o.id != own]
        self.earlier.show_orders(shown, for_product=for_product)

    def _show_assigned(self) -> None:
        names = self.form.technicians.chosen_names()
        self.form.assigned.setText(
            self.tr("In this order: {names}").format(names=" → ".join(names)) if names else ""
        )
        self.form.assigned.setVisible(len(names) > 1)

    # --- customer --------------------------------------------------------------------

    def _choose_customer(self) -> None:
        picker = CustomerPicker(
            self._services, self._actor, self.tr("Who needs the service?"), self
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen_id is not None:
            self.set_customer(picker.chosen_id)
        picker.deleteLater()

    def set_customer(self, customer_id: int) -> None:
        """Take the order for this customer: their purchases and contact fill the form."""
        self.customer_id = customer_id
        self._load_customer(prefill=True)
        self._select_product(None)
        self.form.fault.setFocus()

    # --- saving ----------------------------------------------------------------------

    def data(self) -> ServiceOrderInput:
        """The form as the service takes it; ValidationError for what only the form knows."""
        f = self.form
        if self.customer_id is None:
            raise ValidationError("customer", NO_CUSTOMER)
        choice = self.product_choice()
        if choice is None:
            raise ValidationError(
                "sale",
                NO_PRODUCT_CHOSEN,
            )
        outside = None
        if choice == OUTSIDE:
            model = self.outside_model()
            if model is None:
                raise ValidationError("product_model", NO_MODEL)
            outside = OutsidePurchase(
                product_model_id=model.id,
                serial_number=f.serial.text(),
                purchase_date=f.purchase_date.read("purchase_date"),
            )
        warranty = Warranty(f.override_value.currentData()) if f.override.isChecked() else None
        return ServiceOrderInput(
            customer_id=self.customer_id,
            service_type=f.service_type.currentText(),
            fault=f.fault.toPlainText(),
            sale_id=choice if choice not in (OUTSIDE, NO_PRODUCT) else None,
            outside_purchase=outside,
            contact_name=f.contact_name.text(),
            contact_phone=f.contact_phone.text(),
            address=f.address.text(),
            warranty=warranty,
            warranty_reason=f.reason.text() if warranty is not None else "",
            appointment_at=f.appointment.read("appointment_at"),
            priority=int(f.priority.currentData()),
            technician_ids=f.technicians.chosen(),
        )

    def save(self) -> bool:
        """Save and close; False (the dialog stays open with the message) when refused."""
        if self.read_only:
            return False
        orders, order = self._services.service_orders, self._order

        def work() -> ServiceOrderView:
            data = self.data()
            if order is None:
                return orders.create(self._actor, data)
            return orders.update(self._actor, order.id, data, version=order.version)

        saved = self.form.save_with(work)
        if saved is None:
            return False
        self.saved_order = saved
        self.accept()
        return True

    # --- someone else saved the order meanwhile (DocumentForm.save_with shows it) -------

    def opened_record(self) -> ServiceOrderView | None:
        return self._order

    def conflict_fields(self) -> list[ConflictField]:
        return order_conflict_fields(self.form.priority)

    def reload_record(self, current: object) -> None:
        """The order as stored now; read-only when it may no longer be changed."""
        assert isinstance(current, ServiceOrderView)
        self._order = current
        self.customer_id, self._sale_id = current.customer_id, current.sale_id
        self.errors.clear()
        chosen = list(zip(current.technician_ids, current.technician_names, strict=True))
        services, actor = self._services, self._actor
        self.form.technicians.fill(services.service_orders.technicians(actor), chosen)
        self.form.override.setChecked(False)
        self.form.reason.clear()
        self._fill()
        self.setWindowTitle(
            self.tr("Service order {code} · {state}").format(
                code=current.code, state=state_label(current.state)
            )
        )
        if not may_edit(actor, current):
            self.read_only = True
            self.form.set_read_only()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.form.mark_clean()

    def has_changes(self) -> bool:
        """Something was changed since the order was shown (the customer chosen included)."""
        return not self.read_only and (self.form.has_changes() or super().has_changes())

    def save_and_print(self) -> None:
        """Save, then the dispatch slip's print preview (printing moves the order to
        dispatched); read-only: print the order as stored."""
        if not self.read_only and not self.save():
            return
        order = self.saved_order or self._order
        if order is None:
            return
        from yuntian.ui.printing.print_dialog import (
            print_dispatch_slips,  # Qt's print support, when asked
        )

        print_dispatch_slips(self._services, self._actor, [order.id], self.parentWidget())
        try:
            fresh = self._services.service_orders.get(self._actor, order.id)
        except ServiceError:
            return
        if self.saved_order is not None:
            self.saved_order = fresh


# --- what the card, the pop-up and the lists call ---------------------------------------


def new_service_order(
    parent: QWidget | None,
    services: Services,
    actor: Actor,
    *,
    customer_id: int | None = None,
    sale_id: int | None = None,
) -> ServiceOrderView | None:
    """Take an order (for this customer, or this purchase); the saved order, else None."""
    try:
        editor = ServiceOrderEditor(
            services, actor, customer_id=customer_id, sale_id=sale_id, parent=parent
        )
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return editor.saved_order if exec_dialog(editor) else None


def edit_service_order(
    parent: QWidget | None, services: Services, actor: Actor, order: ServiceOrderView
) -> ServiceOrderView | None:
    """Open the order as stored now (read-only when it may not be changed); the saved order,
    else None."""
    try:
        fresh = services.service_orders.get(actor, order.id)
        editor = ServiceOrderEditor(services, actor, order=fresh, parent=parent)
    except ServiceError as exc:
        show_error(parent, exc)
        return None
    return editor.saved_order if exec_dialog(editor) else None
