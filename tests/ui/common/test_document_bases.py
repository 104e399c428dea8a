"""The document bases through a tiny form over a real sale: fields read-only by state and
permission, the service's complaint shown at its field, dirty tracking; and the shared
document actions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from tests.helpers import actor_without, login_admin
from tests.support.sale_helpers import customer, product, sale
from yuntian.services.common.errors import PermissionDenied
from yuntian.services.sales.sale_types import SaleInput, SaleView
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.document_actions import exec_dialog, reason_dialog, require, run_or_show
from yuntian.ui.common.document_form import DocumentForm, editable
from yuntian.ui.common.field_errors import FieldErrors, error_label


class TinySaleForm(DocumentForm):
    def __init__(self, errors: FieldErrors) -> None:
        super().__init__(errors)
        customer_box = self._customer_row("tiny")
        self.model = self._model_combo("tinyModel")
        self.serial = QLineEdit()
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 999)
        self.installed = DateInput("tinyInstalled")
        group = QGroupBox("Sale")
        form = self._form(group)
        add = self.errors.add_field_row
        add(form, "Customer:", "customer", customer_box)
        add(form, "&Model:", "product_model", self.model)
        add(form, "&Serial:", "serial_number", self.serial)
        add(form, "&Quantity:", "quantity", self.quantity)
        add(form, "&Installed:", "install_date", self.installed)
        QVBoxLayout(self).addWidget(group)

    def read_only_widgets(self):
        return [self.choose_customer, self.model, self.serial, self.quantity, self.installed]

    def fill(self, shown: SaleView) -> None:
        self.customer.setText(shown.customer_name)
        self.serial.setText(shown.serial_number)
        self.quantity.setValue(shown.quantity)
        self.installed.set_value(shown.install_date, shown.sale_date)


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def stored(sqlite_services, admin) -> SaleView:
    s = sqlite_services
    return sale(s, admin, customer(s, admin), product(s, admin), "100.00", serial_number="SN1")


@pytest.fixture
def form(qtbot) -> TinySaleForm:
    general = error_label("tinyError")
    made = TinySaleForm(FieldErrors(general))
    qtbot.addWidget(made)
    made.show()
    return made


def test_the_form_tracks_changes_since_it_was_filled(form, stored):
    form.fill(stored)
    form.mark_clean()
    assert not form.has_changes()
    form.serial.setText("SN2")
    assert form.has_changes()
    form.serial.setText("SN1")
    assert not form.has_changes()
    form.installed.set_value(dt.date(2026, 2, 1))
    assert form.has_changes()
    form.mark_clean()
    form.customer.setText("李四")  # another customer chosen
    assert form.has_changes()


def test_read_only_by_state_and_permission(form, sqlite_services, admin, stored):
    viewer = actor_without(admin, "record.edit")
    assert editable(admin, "record.edit") and not editable(viewer, "record.edit")
    assert not editable(admin, "record.edit", locked=True)  # voided, audited
    form.fill(stored)
    form.mark_clean()
    form.set_read_only()
    assert form.read_only and form.serial.isReadOnly() and form.quantity.isReadOnly()
    assert not form.model.isEnabled() and not form.choose_customer.isEnabled()
    assert form.installed.line.isReadOnly() and not form.installed.button.isEnabled()
    form.serial.setText("changed by code")
    assert not form.has_changes()  # nothing to save in a read-only form


def test_a_refused_save_shows_the_message_at_the_field(form, sqlite_services, admin, stored):
    form.fill(stored)
    bad = SaleInput(
        customer_id=stored.customer_id,
        sale_date=stored.sale_date,
        product_model_id=stored.product_model_id,
        unit_price=stored.unit_price,
        quantity=0,
    )
    assert (
        form.save_with(
            lambda: sqlite_services.sales.update(admin, stored.id, bad, version=stored.version)
        )
        is None
    )
    shown = form.errors.shown()
    assert set(shown) == {"quantity"} and form.quantity.hasFocus()
    good = dataclasses.replace(bad, quantity=2)
    saved = form.save_with(
        lambda: sqlite_services.sales.update(admin, stored.id, good, version=stored.version)
    )
    assert saved is not None and saved.quantity == 2 and form.errors.shown() == {}


def test_actions_refuse_early_and_show_a_refusal(qtbot, sqlite_services, admin):
    viewer = actor_without(admin, "sales.process")
    require(admin, "sales.process")
    with pytest.raises(PermissionDenied):
        require(viewer, "sales.process")
    shown = []

    def refused() -> None:
        require(viewer, "sales.process")

    parent = QLabel()
    qtbot.addWidget(parent)
    assert not run_or_show(parent, refused, lambda _p, exc: shown.append(exc))
    assert run_or_show(parent, lambda: None, lambda _p, exc: shown.append(exc))
    assert len(shown) == 1 and isinstance(shown[0], PermissionDenied)


def test_the_reason_dialog_wraps_its_question(qtbot):
    dialog = reason_dialog(None, "tinyReason", "Void XS1", "Why? " * 60)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "tinyReason" and dialog.windowTitle() == "Void XS1"
    assert all(label.wordWrap() for label in dialog.findChildren(QLabel))
    assert dialog.width() == 440


def test_exec_dialog_says_whether_it_was_accepted(qtbot):
    from PySide6.QtCore import QTimer

    dialog = QDialog()
    QTimer.singleShot(0, dialog.accept)
    assert exec_dialog(dialog)
    other = QDialog()
    QTimer.singleShot(0, other.reject)
    assert not exec_dialog(other)
