"""The audit trail page and its lazily paged model."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.helpers import actor_without, login_admin
from yuntian.db.models import AuditEntry
from yuntian.ui.admin.audit_model import (
    ACTION,
    ACTION_LABELS,
    DETAIL,
    TARGET,
    USER,
    AuditModel,
    action_label,
)
from yuntian.ui.admin.audit_page import CUSTOM, LAST_7_DAYS, AuditPage
from yuntian.ui.admin.users_page import UsersPage
from yuntian.ui.common.i18n import permission_label

SERVICES_DIR = Path(__file__).resolve().parents[3] / "yuntian" / "services"


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


def bulk_entries(services, actor, n: int) -> None:
    with services.db.atomic():
        for i in range(n):
            services.audit.record(actor, "enum.add", "service_type", f"类型 {i}")


def shown(page: AuditPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_model_pages_through_the_whole_trail(qtbot, qtlog, sqlite_services, admin):
    bulk_entries(sqlite_services, admin, 520)
    total = AuditEntry.select().count()
    model = AuditModel(page_size=200)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    # The tester calls fetchMore while it still counts a reset or an insertion as "in flight"
    # and then reports the rows that fetch inserts as a failure; this test fetches instead.
    tester.setUseFetchMore(False)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))

    model.set_fetch(
        lambda before, limit: sqlite_services.audit.entries(admin, before_id=before, limit=limit)
    )
    assert model.rowCount() == 200
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()

    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    assert model.rowCount() == total
    assert inserted == [(200, 399), (400, total - 1)]
    ids = [model.record(row).id for row in range(total)]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == total
    del tester


def test_scrolling_the_view_loads_older_entries(qtbot, sqlite_services, admin):
    bulk_entries(sqlite_services, admin, 520)
    page = AuditPage(sqlite_services, admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 200
    assert "scroll down for older ones" in page.status.text()

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 400)
    for _ in range(5):
        page.table.scrollToBottom()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: not page.model.canFetchMore())
    assert page.model.rowCount() == AuditEntry.select().count()
    assert page.status.text() == f"Entries: {page.model.rowCount()}"


def test_a_role_change_appears_in_the_audit_page(qtbot, sqlite_services, admin):
    users = UsersPage(sqlite_services, admin)
    qtbot.addWidget(users)
    tab = users.roles_tab
    tab.select_role(next(r.id for r in tab._roles if r.key == "technician"))
    tab.editor.boxes["parts.manage"].setChecked(True)
    tab.editor.boxes["message.edit"].setChecked(False)
    tab.editor.save_button.click()

    page = AuditPage(sqlite_services, admin)
    qtbot.addWidget(page)
    assert shown(page, ACTION)[0] == "Role changed"
    assert shown(page, TARGET)[0] == "售后人员"
    assert shown(page, USER)[0] == "system"
    assert shown(page, DETAIL)[0] == (
        f"+{permission_label('parts.manage')}, -{permission_label('message.edit')}"
    )


def test_filters_narrow_the_rows(qtbot, sqlite_services, admin, clock):
    roles = {r.key: r.id for r in sqlite_services.users.list_roles(admin)}
    clock.advance(days=-40)
    sqlite_services.users.create_user(admin, "zhangsan", "张三", "Zhang-2026", [roles["manager"]])
    clock.advance(days=40)
    sqlite_services.auth.login("zhangsan", "Zhang-2026")
    sqlite_services.users.create_user(admin, "lisi", "李四", "Lisi-2026", [roles["technician"]])
    page = AuditPage(sqlite_services, admin)
    qtbot.addWidget(page)
    everything = page.model.rowCount()

    page.action_filter.setCurrentIndex(page.action_filter.findData("user.create"))
    assert shown(page, ACTION) == ["User created", "User created"]
    assert shown(page, TARGET) == ["lisi", "zhangsan"]

    page.period.setCurrentIndex(LAST_7_DAYS)
    assert shown(page, TARGET) == ["lisi"]

    page.period.setCurrentIndex(CUSTOM)
    forty_days_ago = clock.now.date() - dt.timedelta(days=40)
    for edit in (page.date_from, page.date_to):  # typed the short way
        edit.line.setText(forty_days_ago.strftime("%Y/%m/%d"))
        edit.line.editingFinished.emit()
    assert shown(page, TARGET) == ["zhangsan"]

    page.clear_filters()
    qtbot.keyClicks(page.user_filter, "zhangsan")
    qtbot.keyClick(page.user_filter, Qt.Key.Key_Return)
    assert shown(page, USER) == ["zhangsan"]
    assert shown(page, ACTION) == ["Signed in"]

    page.clear_filters()
    assert page.model.rowCount() == everything
    page.user_filter.setText("nobody")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.status.text() == "No entries match the filters."


def test_f5_shows_new_entries(qtbot, sqlite_services, admin):
    page = AuditPage(sqlite_services, admin)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.table.setFocus()
    before = page.model.rowCount()
    bulk_entries(sqlite_services, admin, 3)

    qtbot.keyClick(page.table, Qt.Key.Key_F5)

    assert page.model.rowCount() == before + 3
    assert page.action_filter.findData("enum.add") >= 0  # the new action is offered as a filter


def test_every_action_the_services_record_has_a_readable_name():
    recorded: set[str] = set()
    for source in SERVICES_DIR.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        recorded |= set(re.findall(r"\.record\(\s*\w+,\s*\"([a-z_.]+)\"", text))
        # Actions chosen by a conditional; not the permission a require() picks the same way.
        chosen = "\n".join(line for line in text.splitlines() if "require(" not in line)
        recorded |= {m for m in re.findall(r"\"([a-z_]+\.[a-z_.]+)\" if ", chosen)}
        recorded |= {m for m in re.findall(r" else \"([a-z_]+\.[a-z_.]+)\"", chosen)}
    assert {"login", "role.change", "user.enable", "user.disable"} <= recorded
    assert recorded <= set(ACTION_LABELS), recorded - set(ACTION_LABELS)
    assert action_label("role.change") == "Role changed"
    assert action_label("something.new") == "something.new"


def test_without_user_management_the_page_refuses_clearly(qtbot, sqlite_services, admin):
    page = AuditPage(sqlite_services, actor_without(admin, "users.manage"))
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.refusal
    assert page.refusal.text() == "You do not have the permission 'Manage users and roles'."
    page.refresh()  # F5 on a refused page stays calm
    assert page.model.rowCount() == 0
