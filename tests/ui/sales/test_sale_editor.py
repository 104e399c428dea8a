"""The purchase record editor (购机记录) and the shared sale actions (delete / void)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from tests.helpers import actor_without, login_admin
from tests.support.customer_helpers import salesperson
from tests.support.customer_ui import answer_modal
from tests.support.sale_helpers import DAY, D, customer, product, sale
from yuntian.services.common.errors import NotFound
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.sales.sales import add_months
from yuntian.ui.sales import sale_actions
from yuntian.ui.sales.sale_editor import SaleEditor

TODAY = dt.date(2026, 11, 27)  # the FakeClock's day


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def shop(sqlite_services, admin):
    """(services, admin, customer id, model id): a model with list price 3299, 12 months'
    warranty, maintenance every 180 days and a callback after 30."""
    model = product(sqlite_services, admin, "KFR-35GW", list_price=D("3299.00"))
    return sqlite_services, admin, customer(sqlite_services, admin, "王建国"), model


@pytest.fixture
def open_editor(qtbot):
    def make(services, actor, **kwargs) -> SaleEditor:
        editor = SaleEditor(services, actor, **kwargs)
        qtbot.addWidget(editor)
        editor.show()
        return editor

    return make


def pick_model(editor: SaleEditor, label: str = "格力 KFR-35GW") -> None:
    """Type the model's name as a user would (the completer fills the box the same way)."""
    editor.form.model.lineEdit().setText(label)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def set_user_date(box, day: dt.date) -> None:
    """Type a day the short way and press Enter, as a user does (not set_value)."""
    box.line.setFocus()
    box.line.selectAll()
    QTest.keyClicks(box.line, day.strftime("%Y%m%d"))
    QTest.keyClick(box.line, Qt.Key.Key_Return)
    assert box.line.text() == day.isoformat()  # shown the one way


def shown_errors(editor: SaleEditor) -> dict[str, str]:
    return {k: v for k, v in editor.errors.shown().items() if v}


def test_a_new_sale_takes_price_warranty_and_reminders_from_the_model(shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    assert "王建国" in editor.form.customer.text()
    assert not editor.form.choose_customer.isVisible()  # the customer is given

    pick_model(editor)
    assert editor.form.unit_price.text() == "3299.00"
    assert editor.form.receivable.text() == "3299.00"
    assert editor.form.warranty_end.value() == add_months(TODAY, 12)
    assert editor.form.next_maintenance.value() == TODAY + dt.timedelta(days=180)
    assert editor.form.next_callback.value() == TODAY + dt.timedelta(days=30)

    installed = TODAY + dt.timedelta(days=3)  # the dates then run from the installation
    set_user_date(editor.form.install_date, installed)
    assert editor.form.warranty_end.value() == add_months(installed, 12)
    assert editor.form.next_callback.value() == installed + dt.timedelta(days=30)
    editor.form.maintenance_days.setValue(90)
    assert editor.form.next_maintenance.value() == installed + dt.timedelta(days=90)

    editor.save()
    stored = services.sales.get(admin, editor.saved_sale.id)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert (stored.customer_id, stored.product, stored.sale_date) == (buyer, "格力 KFR-35GW", TODAY)
    assert (stored.unit_price, stored.receivable) == (D("3299.00"), D("3299.00"))
    assert stored.install_date == installed
    assert stored.warranty_end == add_months(installed, 12)
    assert (stored.maintenance_interval_days, stored.next_maintenance) == (
        90,
        installed + dt.timedelta(days=90),
    )
    assert stored.next_callback == installed + dt.timedelta(days=30)


def test_a_warranty_end_set_by_hand_is_kept_when_the_dates_move(shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    pick_model(editor)
    own_end = dt.date(2029, 12, 31)  # the shop sold an extended warranty
    set_user_date(editor.form.warranty_end, own_end)
    set_user_date(editor.form.install_date, TODAY + dt.timedelta(days=10))
    assert editor.form.warranty_end.value() == own_end

    editor.save()
    assert services.sales.get(admin, editor.saved_sale.id).warranty_end == own_end


def test_emptying_the_warranty_end_sells_without_warranty(shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    pick_model(editor)
    assert editor.form.warranty_end.value() == add_months(TODAY, 12)
    box = editor.form.warranty_end.line  # a second-hand unit, no warranty
    box.setFocus()
    box.selectAll()
    QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert editor.form.warranty_end.value() is None

    editor.save()
    stored = services.sales.get(admin, editor.saved_sale.id)
    assert stored.warranty_end is None
    assert stored.next_maintenance == TODAY + dt.timedelta(days=180)  # still from the model


def test_the_receivable_follows_quantity_and_price_until_it_is_typed(qtbot, shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    pick_model(editor)
    editor.form.quantity.setValue(3)
    assert editor.form.receivable.text() == "9897.00"
    type_into(qtbot, editor.form.unit_price, "3000.5")
    assert editor.form.receivable.text() == "9001.50"

    type_into(qtbot, editor.form.receivable, "8800")  # a discount for three
    editor.form.quantity.setValue(4)
    assert editor.form.receivable.text() == "8800"

    editor.save()
    stored = services.sales.get(admin, editor.saved_sale.id)
    assert (stored.quantity, stored.unit_price, stored.receivable) == (
        4,
        D("3000.50"),
        D("8800.00"),
    )


def test_bad_amounts_are_refused_at_their_field_and_nothing_is_stored(shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    pick_model(editor)
    editor.form.unit_price.setText("12.345")  # pasted: the validator only guards typing
    editor.save()
    assert set(shown_errors(editor)) == {"unit_price"}
    assert editor.findChild(QLabel, "error_unit_price").isVisible()
    assert editor.result() != QDialog.DialogCode.Accepted

    editor.form.unit_price.setText("9999999999.00")
    editor.form.quantity.setValue(2)  # over what a receivable can hold
    editor.save()
    assert set(shown_errors(editor)) == {"receivable"}
    assert "yuan" in shown_errors(editor)["receivable"]
    assert services.sales.for_customer(admin, buyer) == []


def test_a_sale_needs_a_customer_and_a_model_from_the_list(shop, open_editor):
    services, admin, _buyer, _model = shop
    editor = open_editor(services, admin)
    assert editor.form.choose_customer.isVisible()
    editor.save()
    assert set(shown_errors(editor)) == {"customer"}

    editor.customer_id = customer(services, admin, "李四")
    pick_model(editor, "不存在的型号")
    editor.save()
    assert set(shown_errors(editor)) == {"product_model"}
    assert services.sales.for_customer(admin, editor.customer_id) == []


def test_the_customer_is_chosen_with_the_picker(shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin)

    def choose(picker) -> None:
        picker.search.setText("王建国")
        picker.run_search()
        picker.accept()

    answer_modal(choose)
    editor.form.choose_customer.click()
    assert editor.customer_id == buyer
    assert "王建国" in editor.form.customer.text()
    pick_model(editor)
    editor.save()
    assert editor.saved_sale is not None and editor.saved_sale.customer_id == buyer


def test_editing_keeps_id_code_and_stored_values(qtbot, shop, open_editor):
    services, admin, buyer, model = shop
    rep = salesperson(services, admin, "xiaoli", "小李")
    original = sale(
        services,
        admin,
        buyer,
        model,
        "3000.00",
        quantity=2,
        receivable=D("5800.00"),
        salesperson_id=rep,
        custom=("N123", "", "", "", ""),
        notes="赠送挂架",
    )
    services.payments.record(admin, original.id, DAY, D("1000"), "现金")
    editor = open_editor(services, admin, sale=services.sales.get(admin, original.id))
    assert editor.form.received.text() == "1,000.00"
    assert editor.form.outstanding.text() == "4,800.00"
    assert editor.form.receivable.text() == "5800.00"
    assert editor.form.salesperson.currentText() == "小李"
    type_into(qtbot, editor.form.serial, "SN-2026-001")

    editor.save()
    saved = editor.saved_sale
    assert (saved.id, saved.code) == (original.id, original.code)
    assert saved.serial_number == "SN-2026-001"
    assert (saved.receivable, saved.salesperson_id, saved.custom[0], saved.notes) == (
        D("5800.00"),
        rep,
        "N123",
        "赠送挂架",
    )
    assert saved.warranty_end == original.warranty_end


def test_entering_the_install_date_later_moves_the_dates_that_followed_the_model(shop, open_editor):
    services, admin, buyer, model = shop
    original = sale(services, admin, buyer, model)  # sold 2026-03-15, not yet installed
    editor = open_editor(services, admin, sale=original)
    installed = DAY + dt.timedelta(days=20)
    set_user_date(editor.form.install_date, installed)
    editor.save()
    assert editor.saved_sale.warranty_end == add_months(installed, 12)
    assert editor.saved_sale.next_callback == installed + dt.timedelta(days=30)


def test_without_record_edit_a_sale_opens_read_only(qtbot, shop, open_editor):
    services, admin, buyer, model = shop
    original = sale(services, admin, buyer, model, serial_number="A1")
    editor = open_editor(services, actor_without(admin, "record.edit"), sale=original)
    assert editor.read_only
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert editor.form.serial.isReadOnly() and not editor.form.model.isEnabled()
    editor.form.serial.setText("B2")
    editor.save()
    assert services.sales.get(admin, original.id).serial_number == "A1"


def test_a_voided_sale_opens_read_only_with_its_reason(shop, open_editor):
    services, admin, buyer, model = shop
    voided = services.sales.void(admin, sale(services, admin, buyer, model).id, "客户退货")
    editor = open_editor(services, admin, sale=voided)
    assert editor.read_only
    assert "客户退货" in editor.findChild(QLabel, "saleVoided").text()


def test_a_sales_unit_fills_an_empty_salesperson_with_its_rep(shop, open_editor):
    services, admin, buyer, _model = shop
    rep = salesperson(services, admin, "xiaoli", "小李")
    unit = services.catalogue.save_sales_unit(admin, None, "城东门店", None, rep, version=None)
    editor = open_editor(services, admin, customer_id=buyer)
    index = editor.form.sales_unit.findData(unit.id)
    editor.form.sales_unit.setCurrentIndex(index)
    editor.form.sales_unit.activated.emit(index)
    assert editor.form.salesperson.currentData() == rep


def test_custom_fields_carry_the_shops_labels_and_blank_ones_are_hidden(shop, open_editor):
    services, admin, buyer, _model = shop
    services.settings.save_custom_field_labels(
        admin, ["发动机号", "", "车架号", "", ""], version=OVERWRITE
    )
    editor = open_editor(services, admin, customer_id=buyer)
    labels = {label.text() for label in editor.findChildren(QLabel)}
    assert {"发动机号:", "车架号:"} <= labels
    visible = [edit.isVisible() for edit in editor.form.custom]
    assert visible == [True, False, True, False, False]


def test_enter_saves_and_escape_cancels(qtbot, shop, open_editor):
    services, admin, buyer, _model = shop
    editor = open_editor(services, admin, customer_id=buyer)
    pick_model(editor)
    qtbot.keyClick(editor.form.serial, Qt.Key.Key_Return)
    assert editor.saved_sale is not None and editor.result() == QDialog.DialogCode.Accepted

    other = open_editor(services, admin, customer_id=buyer)
    pick_model(other)
    qtbot.keyClick(other.form.serial, Qt.Key.Key_Escape)
    assert not other.isVisible() and other.saved_sale is None
    assert len(services.sales.for_customer(admin, buyer)) == 1


# --- sale_actions ----------------------------------------------------------------------


def test_edit_sale_opens_the_current_sale_and_returns_what_was_saved(shop):
    services, admin, buyer, model = shop
    original = sale(services, admin, buyer, model)
    services.payments.record(admin, original.id, DAY, D("400"), "现金")  # since the list loaded

    def fill(dialog) -> None:
        assert dialog.form.outstanding.text() == "600.00"
        dialog.form.serial.setText("SN-9")
        dialog.save()

    answer_modal(fill)
    saved = sale_actions.edit_sale(None, services, admin, original)
    assert saved is not None and saved.serial_number == "SN-9"


def test_remove_sale_deletes_a_sale_without_payments_after_asking(shop, monkeypatch):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model)
    asked = []
    monkeypatch.setattr(sale_actions, "confirm_delete", lambda _p, s: asked.append(s.code) or True)
    monkeypatch.setattr(sale_actions, "ask_void_reason", lambda *a: pytest.fail("asked"))
    assert sale_actions.remove_sale(None, services, admin, target)
    assert asked == [target.code]
    with pytest.raises(NotFound):
        services.sales.get(admin, target.id)


def test_remove_sale_keeps_the_sale_when_the_delete_is_not_confirmed(shop, monkeypatch):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model)
    monkeypatch.setattr(sale_actions, "confirm_delete", lambda *a: False)
    assert not sale_actions.remove_sale(None, services, admin, target)
    assert services.sales.get(admin, target.id).voided is False


def test_remove_sale_voids_a_paid_sale_with_the_reason_asked_for(shop, monkeypatch):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model)
    services.payments.record(admin, target.id, DAY, D("100"), "现金")
    answers = iter(["", "客户退货"])  # an empty reason is refused and asked again
    prompts = []

    def ask(_parent, _sale, why):
        prompts.append(why)
        return next(answers)

    monkeypatch.setattr(sale_actions, "confirm_delete", lambda *a: pytest.fail("asked"))
    monkeypatch.setattr(sale_actions, "ask_void_reason", ask)
    assert sale_actions.remove_sale(None, services, admin, target)
    voided = services.sales.get(admin, target.id)
    assert (voided.voided, voided.void_reason) == (True, "客户退货")
    assert "payments" in prompts[0] and "reason" in prompts[1]


def test_remove_sale_without_permission_says_so_and_changes_nothing(shop, monkeypatch):
    services, admin, buyer, model = shop
    target = sale(services, admin, buyer, model)
    shown = []
    monkeypatch.setattr(sale_actions, "show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(sale_actions, "confirm_delete", lambda *a: pytest.fail("asked"))
    assert not sale_actions.remove_sale(
        None, services, actor_without(admin, "record.delete"), target
    )
    assert shown == ["You do not have the permission 'Delete records'."]
    assert services.sales.get(admin, target.id).voided is False
