"""The technician pickers and the technician's own order list (issue 13 item 6): only the
active users doing service work, by pinyin; a technician's order list starts on their own
orders, which they can clear; a role is made a technician role on the roles page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers import login_admin, technician_role
from tests.support.customer_ui import wait_for_workers
from tests.support.service_order_helpers import FAULT, customer, in_state, staff
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.ui.admin.role_editor import RolesTab
from yuntian.ui.admin.users_page import DISPLAY_NAME, UsersTab
from yuntian.ui.service_orders import service_order_list_model as cols
from yuntian.ui.service_orders.completion_dialog import CompletionDialog
from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor
from yuntian.ui.service_orders.service_orders_page import ServiceOrdersPage

PASSWORD = "Sales-123"


@pytest.fixture
def shop(sqlite_services):
    """The staff of ``staff`` (technicians 张伟 李娜 陈静, receptionist 安琪, manager 白雪,
    inactive technician 王芳); an order each for 张伟 and 陈静, one nobody's."""
    s = sqlite_services
    admin = login_admin(s)
    people = staff(s, admin)
    buyer = customer(s, admin, "王建国")
    orders = {
        "张伟": in_state(s, admin, buyer, OrderState.DISPATCHED, technician_ids=(people["张伟"],)),
        "陈静": in_state(s, admin, buyer, OrderState.DISPATCHED, technician_ids=(people["陈静"],)),
        "nobody": in_state(s, admin, buyer, OrderState.PENDING),
    }
    yield s, admin, people, buyer, orders
    wait_for_workers()


def listed(widget) -> list[str]:
    return [widget.item(r).text() for r in range(widget.count())]


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


TECHNICIANS = ["陈静", "李娜", "张伟"]


def test_the_order_editor_offers_only_the_technicians_by_pinyin(qtbot, shop):
    services, admin, people, buyer, orders = shop
    editor = ServiceOrderEditor(services, admin, customer_id=buyer)
    qtbot.addWidget(editor)
    assert listed(editor.form.technicians) == TECHNICIANS  # not 系统管理员, 安琪, 王芳

    # An order someone else was assigned to (before the flag, or since gone) keeps them.
    services.users.update_user(
        admin,
        people["张伟"],
        display_name="张伟",
        role_ids=[technician_role()],
        active=False,
        version=OVERWRITE,
    )
    old = ServiceOrderEditor(
        services, admin, order=services.service_orders.get(admin, orders["张伟"].id)
    )
    qtbot.addWidget(old)
    assert listed(old.form.technicians) == ["陈静", "李娜", "张伟"]
    assert old.form.technicians.chosen() == (people["张伟"],)


def test_a_new_order_can_be_given_to_a_technician(qtbot, shop):
    services, admin, people, buyer, _orders = shop
    editor = ServiceOrderEditor(services, admin, customer_id=buyer)
    qtbot.addWidget(editor)
    editor.form.fault.setPlainText(FAULT)
    editor.form.technicians.set_chosen([people["李娜"]])
    editor.save()
    assert editor.saved_order is not None and editor.saved_order.technician_names == ("李娜",)


def test_the_completion_dialog_offers_the_assigned_then_the_technicians(qtbot, shop):
    services, admin, _people, _buyer, orders = shop
    dialog = CompletionDialog(services, admin, orders["陈静"])
    qtbot.addWidget(dialog)
    assert listed(dialog.technicians) == ["陈静", "李娜", "张伟"]
    assert dialog.technicians.item(0).checkState() == Qt.CheckState.Checked


def make_page(qtbot, services, actor) -> ServiceOrdersPage:
    page = ServiceOrdersPage(services, actor)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    return page


def codes(page: ServiceOrdersPage) -> set[str]:
    model = page.model
    return {model.index(r, cols.CODE).data() for r in range(model.rowCount())}


def test_a_technicians_order_list_starts_on_their_own_orders(qtbot, shop):
    services, _admin, _people, _buyer, orders = shop
    zhang = services.auth.login("zhangwei", PASSWORD)
    page = make_page(qtbot, services, zhang)
    assert combo_texts(page.filters.technician)[1:] == TECHNICIANS
    assert page.filters.technician.currentText() == "张伟"
    assert codes(page) == {orders["张伟"].code}

    page.filters.clear()  # they can see everyone's
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert codes(page) == {o.code for o in orders.values()}


def test_everyone_elses_order_list_starts_on_every_order(qtbot, shop):
    services, admin, _people, _buyer, orders = shop
    for actor in (admin, services.auth.login("anqi", PASSWORD)):
        page = make_page(qtbot, services, actor)
        assert page.filters.technician.currentIndex() == 0  # Anyone
        assert codes(page) == {o.code for o in orders.values()}


def test_a_role_is_made_a_technician_role_on_the_roles_page(qtbot, shop):
    services, admin, people, _buyer, _orders = shop
    tab = RolesTab(services, admin)
    qtbot.addWidget(tab)
    tab.refresh()
    receptionists = next(r for r in services.users.list_roles(admin) if r.key == "receptionist")
    tab.select_role(receptionists.id)
    editor = tab.editor
    assert not editor.service_work.isChecked()
    editor.service_work.setChecked(True)
    assert editor.save_button.isEnabled()
    assert editor.save()
    technicians = [name for _id, name in services.service_orders.technicians(admin)]
    assert technicians == ["安琪", "陈静", "李娜", "张伟"]
    assert people["安琪"] in dict(services.service_orders.technicians(admin))


def test_the_users_table_lists_names_by_pinyin(qtbot, shop):
    services, admin, _people, _buyer, _orders = shop
    tab = UsersTab(services, admin)
    qtbot.addWidget(tab)
    tab.refresh()
    names = [tab.table.item(r, DISPLAY_NAME).text() for r in range(tab.table.rowCount())]
    assert names == ["安琪", "白雪", "陈静", "李娜", "王芳", "系统管理员", "张伟"]
