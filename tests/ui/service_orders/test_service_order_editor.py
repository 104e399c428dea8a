"""The service-order form (售后服务单): taking an order on the phone, the warranty from the
purchase, a product not bought here, earlier orders in sight, and a locked order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import answer_modal
from tests.support.service_order_helpers import customer, finish, in_state, product, sale, take
from yuntian.services.service_orders.service_order_types import OrderState, Warranty
from yuntian.ui.service_orders import service_order_editor
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor, new_service_order
from yuntian.ui.service_orders.service_order_form import NO_PRODUCT, OUTSIDE

FAULT = "空调不制冷，外机有异响"


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """(services, admin, customer id, model id, sale): 王建国 bought a 格力 KFR-35GW on
    2026-03-15 with 12 months' warranty (in warranty on the clock's 2026-11-27)."""
    model = product(sqlite_services, admin, "KFR-35GW")
    buyer = customer(sqlite_services, admin, "王建国")
    bought = sale(sqlite_services, admin, buyer, model, serial_number="SN-001")
    return sqlite_services, admin, buyer, model, bought


@pytest.fixture
def open_editor(qtbot):
    def make(services, actor, **kwargs) -> ServiceOrderEditor:
        editor = ServiceOrderEditor(services, actor, **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def test_a_new_order_for_a_customer_with_one_purchase_is_in_warranty_and_saved(
    shop, open_editor, qtbot
):
    services, admin, buyer, _model, bought = shop
    editor = open_editor(services, admin, customer_id=buyer)
    f = editor.form
    assert "王建国" in f.customer.text() and not f.choose_customer.isVisible()
    assert f.contact_name.text() == "王建国"  # the contact comes from the customer
    assert editor.product_choice() == bought.id  # the only purchase is the one chosen
    assert "SN-001" in f.product.currentText()
    assert editor.automatic_warranty() is Warranty.IN
    assert f.warranty.text() == "<b>In warranty</b>"
    assert f.taken_by.text()  # the signed-in user takes it
    assert editor.focusWidget() is f.fault

    f.fault.setPlainText(FAULT)
    f.service_type.setCurrentText("送修")
    f.priority.setCurrentIndex(1)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = editor.saved_order
    assert saved is not None and saved.state is OrderState.PENDING
    assert (saved.sale_id, saved.warranty, saved.warranty_reason) == (bought.id, Warranty.IN, "")
    assert (saved.fault, saved.service_type, saved.priority) == (FAULT, "送修", 1)
    assert saved.taken_by_id == admin.user_id


def test_a_missing_fault_is_refused_at_the_field(shop, open_editor):
    services, admin, buyer, _model, _bought = shop
    editor = open_editor(services, admin, customer_id=buyer)
    editor.save()
    assert editor.errors.shown().get("fault")
    assert editor.isVisible() and editor.saved_order is None


def test_an_override_without_a_reason_is_refused_at_the_reason(shop, open_editor):
    services, admin, buyer, _model, _bought = shop
    editor = open_editor(services, admin, customer_id=buyer)
    f = editor.form
    f.fault.setPlainText(FAULT)
    assert not f.reason.isEnabled()
    f.override.setChecked(True)
    f.override_value.setCurrentIndex(f.override_value.findData(Warranty.OUT))
    assert f.reason.isEnabled()
    editor.save()
    assert "reason" in editor.errors.shown().get("warranty_reason", "")
    assert editor.focusWidget() is f.reason

    f.reason.setText("人为损坏，不在保修范围")
    editor.save()
    saved = editor.saved_order
    assert saved is not None and saved.warranty is Warranty.OUT and saved.warranty_overridden


def test_a_product_not_bought_here_becomes_a_purchase_record(shop, open_editor):
    services, admin, buyer, model, bought = shop
    editor = open_editor(services, admin, customer_id=buyer)
    f = editor.form
    f.product.setCurrentIndex(f.product.findData(OUTSIDE))
    assert f.outside.isVisible()
    assert editor.automatic_warranty() is Warranty.UNKNOWN  # no purchase date yet
    f.fault.setPlainText("洗衣机不脱水")
    editor.save()
    assert editor.errors.shown().get("product_model")  # a model is needed

    f.model.lineEdit().setText("格力 KFR-35GW")
    f.serial.setText("OUT-77")
    f.purchase_date.line.setText("2026/10/1")
    assert editor.automatic_warranty() is Warranty.IN  # 12 months from the purchase date
    editor.save()

    saved = editor.saved_order
    assert saved is not None and saved.sale_id not in (None, bought.id)
    assert saved.serial_number == "OUT-77" and saved.warranty is Warranty.IN
    record = services.sales.get(admin, saved.sale_id)
    assert (record.customer_id, record.product_model_id) == (buyer, model)
    assert record.sale_date == dt.date(2026, 10, 1) and record.receivable == 0


def test_earlier_orders_for_the_product_are_shown_and_follow_the_choice(shop, open_editor):
    services, admin, buyer, model, bought = shop
    other = sale(services, admin, buyer, model, serial_number="SN-002")
    earlier = finish(services, admin, take(services, admin, buyer, sale_id=bought.id).id)
    take(services, admin, buyer, sale_id=other.id, fault="遥控器失灵")
    editor = open_editor(services, admin, customer_id=buyer)
    f = editor.form
    assert editor.product_choice() is None  # two purchases: the user says which
    editor.save()
    f.fault.setPlainText(FAULT)
    editor.save()
    assert editor.errors.shown().get("sale")

    f.product.setCurrentIndex(f.product.findData(bought.id))
    assert [o.code for o in editor.earlier.orders] == [earlier.code]
    assert "更换电容" in editor.earlier.table.item(0, 4).text()  # what was done then
    assert "(1)" in editor.earlier.title()
    f.product.setCurrentIndex(f.product.findData(NO_PRODUCT))
    assert len(editor.earlier.orders) == 2  # without a product: every order of the customer


def test_an_audited_order_opens_read_only_with_its_history(shop, open_editor):
    services, admin, buyer, _model, bought = shop
    order = in_state(services, admin, buyer, OrderState.AUDITED, sale_id=bought.id)
    editor = open_editor(services, admin, order=order)
    assert editor.read_only
    assert editor.findChild(QDialog) is None
    assert editor.form.fault.isReadOnly() and not editor.form.product.isEnabled()
    assert editor.buttons.button(editor.buttons.StandardButton.Save) is None
    assert editor.history is not None and editor.history.events.rowCount() == 3
    assert editor.history.completion.isVisible()
    assert "¥115.60" in editor.history.fields["fees"].text().replace(",", "")
    editor.save()  # nothing happens
    assert services.service_orders.get(admin, order.id).fault == order.fault


def test_a_pending_order_is_edited_and_a_user_without_the_right_only_looks(shop, open_editor):
    services, admin, buyer, _model, bought = shop
    order = take(services, admin, buyer, sale_id=bought.id)
    editor = open_editor(services, admin, order=order)
    assert not editor.read_only and editor.history is not None
    assert editor.history.completion.isHidden()
    editor.form.fault.setPlainText("空调漏水")
    editor.save()
    assert services.service_orders.get(admin, order.id).fault == "空调漏水"

    looker = actor_without(admin, "service.process")
    assert open_editor(services, looker, order=order).read_only
    completed = finish(services, admin, order.id)
    assert not open_editor(
        services, actor_without(admin, "service.process"), order=completed
    ).read_only
    assert open_editor(services, actor_without(admin, "record.edit"), order=completed).read_only


def test_technicians_are_assigned_in_the_order_they_are_ticked(shop, open_editor):
    services, admin, buyer, _model, _bought = shop
    from tests.support.service_order_helpers import technician

    li = technician(services, admin, "li", "李师傅")
    zhao = technician(services, admin, "zhao", "赵师傅")
    editor = open_editor(services, admin, customer_id=buyer)
    editor.form.fault.setPlainText(FAULT)
    editor.form.technicians.set_chosen([zhao, li])
    assert "赵师傅 → 李师傅" in editor.form.assigned.text()
    editor.save()
    assert editor.saved_order is not None
    assert editor.saved_order.technician_names == ("赵师傅", "李师傅")


def test_a_blank_form_picks_the_customer_first(shop, open_editor, monkeypatch):
    services, admin, buyer, _model, bought = shop
    editor = open_editor(services, admin)
    assert editor.form.choose_customer.isVisible()
    editor.form.fault.setPlainText(FAULT)
    editor.save()
    assert editor.errors.shown().get("customer")
    editor.set_customer(buyer)
    assert editor.product_choice() == bought.id and editor.form.contact_name.text() == "王建国"


def test_new_service_order_from_a_purchase_returns_the_saved_order(shop, qtbot):
    services, admin, buyer, model, bought = shop
    sale(services, admin, buyer, model, serial_number="SN-002")  # the purchase asked for wins

    def fill(editor: ServiceOrderEditor) -> None:
        assert editor.product_choice() == bought.id and editor.customer_id == buyer
        editor.form.fault.setPlainText(FAULT)
        editor.save()

    answer_modal(fill)
    saved = new_service_order(None, services, admin, sale_id=bought.id)
    assert saved is not None and saved.customer_id == buyer and saved.sale_id == bought.id


def test_save_and_print_saves_then_opens_the_dispatch_slip(shop, open_editor, monkeypatch):
    services, admin, buyer, _model, _bought = shop
    printed = []
    import yuntian.ui.printing.print_dialog as print_dialog

    monkeypatch.setattr(
        print_dialog, "print_dispatch_slips", lambda s, a, ids, parent=None: printed.append(ids)
    )
    editor = open_editor(services, admin, customer_id=buyer)
    editor.form.fault.setPlainText(FAULT)
    editor.save_and_print()
    assert editor.saved_order is not None and printed == [[editor.saved_order.id]]
    assert service_order_editor.may_edit(admin, editor.saved_order)
