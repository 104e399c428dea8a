"""The customer group manager: counts, add, rename (F2), delete (Del) moving members to no group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from tests.helpers import actor_without, login_admin
from tests.support.customer_ui import new_customer, wait_for_workers
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.customers.customer_groups_dialog import MEMBERS, NAME, CustomerGroupsDialog


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def make_dialog(qtbot, sqlite_services):
    def make(actor) -> CustomerGroupsDialog:
        dialog = CustomerGroupsDialog(sqlite_services, actor)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(dialog.isActiveWindow)  # activation comes a moment after showing
        shown(dialog)
        return dialog

    yield make
    wait_for_workers()


def shown(dialog: CustomerGroupsDialog) -> list[tuple[str, str]]:
    """The rows on screen, once the groups have been counted."""
    for _ in range(1000):
        if not dialog.loading:
            break
        QTest.qWait(10)
    table = dialog.table
    return [
        (table.item(r, NAME).text(), table.item(r, MEMBERS).text()) for r in range(table.rowCount())
    ]


def group_id(services, admin, name: str) -> int:
    return next(g.id for g in services.customer_groups.list_groups(admin) if g.name == name)


def test_groups_are_listed_with_their_member_counts(make_dialog, sqlite_services, admin):
    vip = group_id(sqlite_services, admin, "VIP客户")
    new_customer(sqlite_services, admin, "张三", group_id=vip)
    new_customer(sqlite_services, admin, "李四", group_id=vip)
    dialog = make_dialog(admin)
    assert shown(dialog) == [("普通客户", "0"), ("VIP客户", "2"), ("经销商", "0")]


def test_add_and_rename_with_the_keyboard(qtbot, make_dialog, sqlite_services, admin, monkeypatch):
    answers = iter(["批发商", "大客户"])
    monkeypatch.setattr(CustomerGroupsDialog, "_ask_name", lambda self, title, text: next(answers))
    dialog = make_dialog(admin)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    assert shown(dialog)[-1] == ("批发商", "0")
    assert dialog.selected().name == "批发商"
    assert dialog.changed

    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    assert [name for name, _ in shown(dialog)] == ["普通客户", "VIP客户", "经销商", "大客户"]


def test_a_duplicate_name_is_refused_in_the_dialog(make_dialog, admin, monkeypatch):
    monkeypatch.setattr(CustomerGroupsDialog, "_ask_name", lambda self, title, text: "vip客户")
    dialog = make_dialog(admin)
    dialog.add()
    error = dialog.findChild(QLabel, "groupsError")
    assert error.isVisible() and "already a customer group" in error.text()
    assert len(shown(dialog)) == 3


def test_deleting_a_group_moves_its_customers_to_no_group(
    qtbot, make_dialog, sqlite_services, admin, monkeypatch
):
    vip = group_id(sqlite_services, admin, "VIP客户")
    ids = [new_customer(sqlite_services, admin, n, group_id=vip).customer.id for n in "甲乙"]
    asked: list[str] = []
    monkeypatch.setattr(
        CustomerGroupsDialog,
        "_confirm_delete",
        lambda self, group: asked.append(f"{group.name} {group.customer_count}") or True,
    )
    dialog = make_dialog(admin)
    dialog.select_group("VIP客户")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)

    assert asked == ["VIP客户 2"]
    assert [name for name, _ in shown(dialog)] == ["普通客户", "经销商"]
    assert dialog.notice.text() == "Group VIP客户 deleted; 2 customers moved to no group."
    orphans = sqlite_services.customers.list_page(admin, CustomerFilter(no_group=True))
    assert [r.id for r in orphans] == ids  # nobody lost


def test_without_the_permissions_groups_can_only_be_looked_at(make_dialog, admin, monkeypatch):
    actor = actor_without(actor_without(admin, "customer_group.delete"), "customer_group.rename")
    monkeypatch.setattr(CustomerGroupsDialog, "_ask_name", lambda *a: pytest.fail("asked"))
    monkeypatch.setattr(CustomerGroupsDialog, "_confirm_delete", lambda *a: pytest.fail("asked"))
    dialog = make_dialog(actor)
    assert not dialog.delete_button.isVisible() and not dialog.rename_button.isVisible()
    assert dialog.add_button.isVisible()
    dialog.rename()
    dialog.delete()
    assert len(shown(dialog)) == 3
