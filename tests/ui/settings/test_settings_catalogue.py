"""The catalogue tabs of the settings dialog: product models (商品名称型号) and sales units
(商品销售单位), each action stored at once, refusals shown where the user looks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from tests.helpers import actor_without, login_admin, technician_role
from tests.support.sale_helpers import customer, product, sale
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.ui.sales.product_model_dialog import ProductModelDialog
from yuntian.ui.settings.settings_dialog import SettingsDialog
from yuntian.ui.settings.settings_product_models import ProductModelsPage
from yuntian.ui.settings.settings_sales_units import SalesUnitDialog, SalesUnitsPage

REFUSAL = "You do not have the permission 'Change settings'."


@pytest.fixture
def admin(sqlite_services: Services) -> Actor:
    return login_admin(sqlite_services)


@pytest.fixture
def open_dialog(qtbot, sqlite_services: Services, admin: Actor):
    """``open_dialog(tab, actor=admin)``: the settings dialog showing ``tab`` ("product_models"
    or "sales_units")."""

    opened: list[SettingsDialog] = []  # alive while the test reaches into one of its pages

    def open_(tab: str, actor: Actor = admin) -> SettingsDialog:
        dialog = SettingsDialog(sqlite_services, actor)
        opened.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(getattr(dialog, tab))
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return open_


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: QDialog) -> None:
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def shown(parent: QWidget, name: str) -> str:
    label = parent.findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def answer(qtbot, page: ProductModelsPage | SalesUnitsPage, name: str, yes: bool = True) -> str:
    """Answer the question the page is asking (it must be ``name``); returns its text."""
    box = page.question
    assert isinstance(box, QMessageBox) and box.objectName() == name
    qtbot.waitUntil(box.isVisible)
    text = box.text()
    button = box.findChild(QWidget, "yes") if yes else box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, button)
    return text


def rows(page: ProductModelsPage | SalesUnitsPage, visible_only: bool = True) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
        if not (visible_only and table.isRowHidden(r))
    ]


def select(page: ProductModelsPage | SalesUnitsPage, first_cell: str) -> None:
    table = page.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == first_cell)
    table.selectRow(row)
    table.setFocus()


def model_dialog(page: ProductModelsPage) -> ProductModelDialog:
    assert isinstance(page.dialog, ProductModelDialog)
    return page.dialog


def models(services: Services, admin: Actor) -> dict[str, tuple]:
    return {
        m.label: (m.category, m.list_price, m.warranty_months, m.active)
        for m in services.catalogue.product_models(admin, include_inactive=True)
    }


# --- the tabs ------------------------------------------------------------------------------


def test_both_tabs_follow_the_option_lists_and_the_payment_methods_list_is_offered(
    open_dialog,
) -> None:
    dialog = open_dialog("product_models")
    names = [dialog.tabs.widget(i).objectName() for i in range(dialog.tabs.count())]
    assert names[4:7] == ["enumerations", "product_models", "sales_units"]

    kinds = dialog.enumerations.kinds
    labels = {
        kinds.item(i).data(Qt.ItemDataRole.UserRole): kinds.item(i).text()
        for i in range(kinds.count())
    }
    assert labels["payment_method"] == "Payment methods"
    kinds.setCurrentRow(list(labels).index("payment_method"))
    assert dialog.enumerations.entries.count() > 0  # the seeded methods (现金, 转账, ...)


# --- product models ------------------------------------------------------------------------


def test_add_edit_and_delete_a_model_each_stored_at_once(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    dialog = open_dialog("product_models")
    page = dialog.product_models
    assert rows(page) == []

    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    form = model_dialog(page)
    form.brand.setText("格力")
    form.model.setText("KFR-35GW")
    form.category.setText("空调")
    form.list_price.setText("2,999.00")  # thousands separators are how people write prices
    form.warranty.setValue(72)
    form.maintenance.setValue(180)
    form.callback.setValue(30)
    ok(qtbot, form)

    assert models(sqlite_services, admin) == {
        "格力 KFR-35GW": ("空调", Decimal("2999.00"), 72, True)
    }
    assert rows(page) == [["格力", "KFR-35GW", "空调", "2,999.00", "72", "180", "30", ""]]
    assert page.dialog is None

    # Enter in the list edits the model (and does not press the settings dialog's OK).
    select(page, "格力")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    form = model_dialog(page)
    assert (form.list_price.text(), form.warranty.value()) == ("2,999.00", 72)
    form.list_price.setText("3199")
    form.inactive.setChecked(True)
    ok(qtbot, form)

    assert models(sqlite_services, admin) == {
        "格力 KFR-35GW": ("空调", Decimal("3199.00"), 72, False)
    }
    assert rows(page)[0][3] == "3,199.00" and rows(page)[0][7] == "yes"

    select(page, "格力")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "格力 KFR-35GW" in answer(qtbot, page, "confirmDelete")
    assert models(sqlite_services, admin) == {}
    assert rows(page) == []
    assert dialog.isVisible()


def test_a_bad_price_is_refused_at_the_field_and_nothing_is_stored(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    page = open_dialog("product_models").product_models
    click(qtbot, page.add_button)
    form = model_dialog(page)
    form.model.setText("KFR-35GW")

    for typed in ("12.345", "两千", "-5"):
        form.list_price.setText(typed)
        ok(qtbot, form)
        assert form.isVisible(), typed
        assert shown(form, "error_list_price").startswith("An amount is a number from 0.00"), typed
        assert form.focusWidget() is form.list_price  # the cursor is put into the field to fix
    assert models(sqlite_services, admin) == {}

    form.list_price.setText("")  # no list price at all is fine
    ok(qtbot, form)
    assert models(sqlite_services, admin) == {"KFR-35GW": ("", None, 0, True)}
    assert rows(page)[0][3] == ""


def test_a_second_model_of_the_same_name_is_refused_at_the_model_field(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    product(sqlite_services, admin, "KFR-35GW", brand="格力")
    page = open_dialog("product_models").product_models
    click(qtbot, page.add_button)
    form = model_dialog(page)
    form.brand.setText("格力")
    form.model.setText("KFR-35GW")
    ok(qtbot, form)

    assert shown(form, "error_model") == "This brand already has a model named KFR-35GW."
    assert len(models(sqlite_services, admin)) == 1
    form.reject()
    assert page.dialog is None


def test_a_model_sales_name_is_not_deleted_but_can_be_set_inactive(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    used = product(sqlite_services, admin, "KFR-35GW", brand="格力")
    sale(sqlite_services, admin, customer(sqlite_services, admin), used)
    page = open_dialog("product_models").product_models

    # Declining the offer changes nothing.
    select(page, "格力")
    click(qtbot, page.delete_button)
    answer(qtbot, page, "confirmDelete")
    text = answer(qtbot, page, "offerInactive", yes=False)
    assert "Purchase records name “格力 KFR-35GW”, so it cannot be deleted." in text
    assert models(sqlite_services, admin)["格力 KFR-35GW"][3] is True

    click(qtbot, page.delete_button)
    answer(qtbot, page, "confirmDelete")
    answer(qtbot, page, "offerInactive")
    assert models(sqlite_services, admin)["格力 KFR-35GW"][3] is False
    assert rows(page)[0][7] == "yes"
    assert sqlite_services.catalogue.product_models(admin) == []  # out of new sales

    # Already inactive: nothing more to offer, the service's reason is shown.
    click(qtbot, page.delete_button)
    answer(qtbot, page, "confirmDelete")
    assert page.question is None
    assert shown(page, "error_banner") == "Sales name this product model: set it inactive instead."
    assert "格力 KFR-35GW" in models(sqlite_services, admin)


def test_the_filter_hides_other_models_and_actions_follow_what_is_shown(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    product(sqlite_services, admin, "KFR-35GW", brand="格力", category="空调")
    product(sqlite_services, admin, "BCD-470", brand="海尔", category="冰箱")
    product(sqlite_services, admin, "KFR-26GW", brand="美的", category="空调")
    page = open_dialog("product_models").product_models

    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus()
    page.filter.setText("空调 kfr")
    assert [r[0] for r in rows(page)] == ["格力", "美的"]
    page.filter.setText("冰箱")
    assert [r[0] for r in rows(page)] == ["海尔"]
    assert page.current().brand == "海尔"  # the selection moved to what is shown
    page.filter.setText("东芝")
    assert rows(page) == [] and not page.edit_button.isEnabled()

    # A model stored while the filter would hide it is shown: the filter is cleared.
    click(qtbot, page.add_button)
    form = model_dialog(page)
    form.brand.setText("西门子")
    form.model.setText("WM12")
    ok(qtbot, form)
    assert page.filter.text() == ""
    assert page.current().label == "西门子 WM12"


# --- sales units ---------------------------------------------------------------------------


def test_units_with_technical_lead_and_sales_rep(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    users = sqlite_services.users
    wang = users.create_user(admin, "wang", "王工", "Passw0rd-1", [technician_role()])
    li = users.create_user(admin, "lisi", "李思思", "Passw0rd-1", [technician_role()])
    gone = users.create_user(admin, "zhao", "赵离职", "Passw0rd-1", [technician_role()])
    users.update_user(
        admin,
        gone.id,
        display_name="赵离职",
        role_ids=[technician_role()],
        active=False,
        version=OVERWRITE,
    )
    page = open_dialog("sales_units").sales_units

    click(qtbot, page.add_button)
    form = page.dialog
    assert isinstance(form, SalesUnitDialog)
    choices = [form.technical_lead.itemText(i) for i in range(form.technical_lead.count())]
    assert "王工" in choices and "李思思" in choices and "赵离职" not in choices
    assert form.technical_lead.currentData() is None  # nobody until chosen

    ok(qtbot, form)  # no name yet
    assert shown(form, "error_name") == "Please enter a name."
    form.name.setText("城东门店")
    form.technical_lead.setCurrentIndex(form.technical_lead.findData(wang.id))
    form.sales_rep.setCurrentIndex(form.sales_rep.findData(li.id))
    ok(qtbot, form)

    [unit] = sqlite_services.catalogue.sales_units(admin)
    assert (unit.name, unit.technical_lead_id, unit.sales_rep_id) == ("城东门店", wang.id, li.id)
    assert rows(page) == [["城东门店", "王工", "李思思"]]

    select(page, "城东门店")
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    form = page.dialog
    assert form.sales_rep.currentData() == li.id
    form.sales_rep.setCurrentIndex(0)  # Nobody
    ok(qtbot, form)
    [unit] = sqlite_services.catalogue.sales_units(admin)
    assert (unit.technical_lead_id, unit.sales_rep_id) == (wang.id, None)
    assert rows(page) == [["城东门店", "王工", ""]]

    select(page, "城东门店")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "城东门店" in answer(qtbot, page, "confirmDelete")
    assert sqlite_services.catalogue.sales_units(admin) == []
    assert rows(page) == []


def test_a_unit_keeps_a_lead_who_is_no_longer_active(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    users = sqlite_services.users
    zhao = users.create_user(admin, "zhao", "赵工", "Passw0rd-1", [technician_role()])
    sqlite_services.catalogue.save_sales_unit(admin, None, "城西店", zhao.id, None, version=None)
    users.update_user(
        admin,
        zhao.id,
        display_name="赵工",
        role_ids=[technician_role()],
        active=False,
        version=OVERWRITE,
    )
    page = open_dialog("sales_units").sales_units

    select(page, "城西店")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.dialog
    assert form.technical_lead.currentText() == "赵工"
    form.name.setText("城西二店")
    ok(qtbot, form)
    [unit] = sqlite_services.catalogue.sales_units(admin)
    assert (unit.name, unit.technical_lead_id) == ("城西二店", zhao.id)


# --- without settings.manage ---------------------------------------------------------------


def test_without_permission_nothing_is_stored_and_the_refusal_is_shown(
    qtbot, open_dialog, sqlite_services: Services, admin: Actor
) -> None:
    product(sqlite_services, admin, "KFR-35GW", brand="格力")
    sqlite_services.catalogue.save_sales_unit(admin, None, "城东门店", None, None, version=None)
    clerk = actor_without(admin, "settings.manage")

    dialog = open_dialog("product_models", clerk)
    page = dialog.product_models
    click(qtbot, page.add_button)
    form = model_dialog(page)
    form.model.setText("偷加型号")
    ok(qtbot, form)
    assert form.isVisible()
    assert shown(form, "errorLabel") == REFUSAL
    form.reject()

    select(page, "格力")
    click(qtbot, page.delete_button)
    answer(qtbot, page, "confirmDelete")
    assert shown(page, "error_banner") == REFUSAL
    assert list(models(sqlite_services, admin)) == ["格力 KFR-35GW"]

    dialog.tabs.setCurrentWidget(dialog.sales_units)
    units = dialog.sales_units
    select(units, "城东门店")
    click(qtbot, units.delete_button)
    answer(qtbot, units, "confirmDelete")
    assert shown(units, "error_banner") == REFUSAL
    assert [u.name for u in sqlite_services.catalogue.sales_units(admin)] == ["城东门店"]
