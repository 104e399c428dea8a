"""The main window: who sees which area, shortcuts, remembered geometry, status bar, home page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from shiboken6 import isValid

from tests.helpers import ADMIN_PASSWORD, login_admin
from yuntian.db import backup
from yuntian.db.models import Role
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.backup_task import BackupState, BackupTask
from yuntian.ui.shell.home_page import HomePage
from yuntian.ui.shell.main_window import MainWindow, fit_on_screens
from yuntian.ui.shell.pages import PageSpec, default_pages
from yuntian.ui.shell.session import Session
from yuntian.ui.shell.status_bar import LineState, PhoneLinesWidget


class FakePage(QLabel):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("page", parent)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def fake_specs() -> list[PageSpec]:
    return [
        PageSpec("one", "One", None, FakePage),
        PageSpec("two", "Two", None, FakePage),
        PageSpec("admin", "Admin only", "users.manage", FakePage),
    ]


def activate(qtbot, window: QWidget) -> None:
    """Shortcuts reach only the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def receptionist(services: Services) -> Actor:
    admin = login_admin(services)
    role = Role.get(Role.key == "receptionist").id
    services.users.create_user(admin, "wangfang", "王芳", "temp-pass1", [role])
    return services.auth.login("wangfang", "temp-pass1")


@pytest.fixture
def make_window(sqlite_services, qtbot, tmp_path):
    def make(actor: Actor | None = None, specs: list[PageSpec] | None = None, **kwargs):
        window = MainWindow(
            sqlite_services,
            actor or login_admin(sqlite_services),
            specs if specs is not None else fake_specs(),
            ui_state_at(tmp_path / "ui.ini"),
            **kwargs,
        )
        qtbot.addWidget(window)
        return window

    return make


def test_only_the_areas_a_user_may_use_are_shown(sqlite_services, make_window):
    admin = make_window(specs=default_pages())
    pages = [
        "home",
        "customers",
        "calls",
        "sales",
        "service_orders",
        "maintenance",
        "parts",
        "customer_stats",
        "sale_stats",
        "service_stats",
        "part_stats",
        "messages",
        "users",
        "audit",
    ]
    assert admin.page_keys() == pages
    assert admin.settings_action is not None

    clerk = make_window(receptionist(sqlite_services), specs=default_pages())
    assert clerk.page_keys() == [
        "home",
        "customers",
        "calls",
        "sales",
        "service_orders",
        "maintenance",
        "parts",
        "messages",
    ]  # no stats
    assert [clerk.navigation.item(i).text() for i in range(clerk.navigation.count())] == [
        "Home",
        "Customers",
        "Call log",
        "Sales & payments",
        "Service orders",
        "Due maintenance",
        "Spare parts",
        "Messages",
    ]
    assert clerk.settings_action is None
    assert "users" not in clerk.page_actions


def test_ctrl_number_switches_areas_and_pages_are_built_on_first_visit(make_window, qtbot):
    window = make_window()
    activate(qtbot, window)
    assert window.current_key() == "one"
    assert window.page("two") is None

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "two"
    assert window.stack.currentWidget() is window.page("two")

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "admin"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.page("admin").refreshed == 1
    assert window.page("two").refreshed == 0


def test_geometry_and_last_area_are_restored_from_ui_ini(make_window, tmp_path):
    first = make_window()
    first.show()
    first.resize(700, 480)  # the offscreen screen is 800x600: stay inside it
    first.show_page("two")
    first.close()
    assert (tmp_path / "ui.ini").exists()

    again = make_window()
    assert again.size() == QSize(700, 480)
    assert again.current_key() == "two"


def test_the_first_start_opens_maximised_and_later_ones_as_left(make_window):
    first = make_window()  # no ui.ini yet
    assert first.windowState() & Qt.WindowState.WindowMaximized
    first.show()
    first.close()
    again = make_window()
    assert again.windowState() & Qt.WindowState.WindowMaximized  # left maximised

    again.setWindowState(Qt.WindowState.WindowNoState)
    again.show()
    again.resize(640, 420)
    again.close()
    third = make_window()
    assert not third.windowState() & Qt.WindowState.WindowMaximized
    assert third.size() == QSize(640, 420)


def test_a_window_left_on_a_screen_gone_since_comes_back(make_window):
    first = make_window()
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.show()
    first.setGeometry(QRect(2600, 1500, 700, 480))  # on a second monitor, unplugged since
    first.close()
    again = make_window()
    screen = QApplication.primaryScreen().availableGeometry()
    assert screen.contains(again.geometry())
    assert again.size() == QSize(700, 480)


def test_fit_on_screens_keeps_what_fits_and_brings_back_what_does_not():
    left, right = QRect(0, 0, 1366, 728), QRect(1366, 0, 1920, 1040)
    inside = QRect(1500, 100, 1200, 700)
    assert fit_on_screens(inside, [left, right]) == inside
    gone = fit_on_screens(QRect(4000, 100, 1200, 700), [left, right])
    assert left.contains(gone) and gone.size() == QSize(1200, 700)
    too_big = fit_on_screens(QRect(-50, -20, 1900, 1000), [left])
    assert left.contains(too_big) and too_big.size() == QSize(1366, 728)
    half_off = fit_on_screens(QRect(1000, 300, 700, 600), [left])  # its right half hung off
    assert left.contains(half_off) and half_off.size() == QSize(700, 600)


def test_a_remembered_area_the_next_user_may_not_use_falls_back_to_the_first(
    sqlite_services, make_window
):
    admin = make_window()
    admin.show_page("admin")
    admin.close()
    clerk = make_window(receptionist(sqlite_services))
    assert clerk.current_key() == "one"


def test_a_broken_page_does_not_take_the_window_down(make_window):
    def broken(services, actor, parent):
        raise RuntimeError("no such module")

    window = make_window(specs=[*fake_specs(), PageSpec("bad", "Bad", None, broken)])
    window.show_page("bad")
    assert "no such module" in window.page("bad").text()


def test_status_bar_shows_user_roles_database_and_phone_lines(make_window, sqlite_services):
    window = make_window()
    assert window.user_label.text() == "系统管理员 (管理员)"
    assert window.database_label.full_text() == (
        f"Database: {sqlite_services.profile.sqlite_path} (SQLite)"
    )
    assert window.phone_lines.findChild(QLabel, "noPhoneLines").text() == (
        "No phone lines configured"
    )


def test_phone_line_widget_shows_each_line_state(qtbot):
    lines = PhoneLinesWidget()
    qtbot.addWidget(lines)
    lines.show()
    none = lines.findChild(QLabel, "noPhoneLines")
    assert none.isVisible()

    lines.set_lines({2: LineState.RINGING, 1: LineState.IDLE})
    assert not none.isVisible()
    assert [lines.line_text(n) for n in (1, 2)] == ["Line 1: idle", "Line 2: ringing"]
    lines.set_line_state(2, LineState.IN_CALL)
    assert lines.findChild(QLabel, "line2").text() == "Line 2: in call"
    assert lines.lines() == {1: LineState.IDLE, 2: LineState.IN_CALL}

    lines.set_lines({})
    assert none.isVisible()
    assert lines.lines() == {}


def test_settings_open_with_ctrl_comma_for_an_administrator(make_window, qtbot):
    opened: list[Actor] = []

    class FakeSettings(QDialog):
        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    def factory(services, actor, parent):
        opened.append(actor)
        return FakeSettings(parent)

    window = make_window(settings_dialog=factory)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert [a.username for a in opened] == ["system"]


def test_sign_out_returns_to_the_login_dialog(sqlite_services, qtbot, tmp_path):
    session = Session(sqlite_services, ui_state_at(tmp_path / "ui.ini"), pages=fake_specs)
    session.start()
    session.login.username.setText("system")
    session.login.password.setText(ADMIN_PASSWORD)
    session.login.sign_in()
    window = session.window
    assert window is not None
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.window is None
    assert session.login is not None and session.login.isVisible()
    qtbot.addWidget(session.login)


def test_home_page_shows_real_figures(sqlite_services, qtbot):
    admin = login_admin(sqlite_services)
    page = HomePage(sqlite_services, admin)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.shop_name.text() == "测试维修店"
    assert page.greeting.text() == "Good morning, 系统管理员."  # the fake clock says 09:30
    assert page.figure("customers") == "0"
    assert page.figure("users") == "1"
    assert page.figure("schema") != "…"
    assert page.last_backup.text() == "None yet"
    assert page.figure("myOpenOrders") == "0" and page.figure("maintenanceDue") == "0"

    made = backup.backup_now(sqlite_services.profile, None)
    moment = dt.datetime(2026, 11, 20, 8, 15)
    os.utime(made, (moment.timestamp(), moment.timestamp()))
    page.figures = None
    page.refresh()
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.overview is not None and page.overview.last_backup_file == made
    assert page.last_backup.text() == QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def test_home_page_shows_the_work_waiting(sqlite_services, qtbot):
    from tests.support.service_order_helpers import customer, in_state, product, sale, take
    from yuntian.services.service_orders.service_order_types import OrderState

    admin = login_admin(sqlite_services)
    buyer = customer(sqlite_services, admin, "王建国")
    take(sqlite_services, admin, buyer, appointment_at=dt.datetime(2026, 11, 20, 9, 0))
    in_state(sqlite_services, admin, buyer, OrderState.DISPATCHED)
    in_state(sqlite_services, admin, buyer, OrderState.COMPLETED)
    model = product(sqlite_services, admin, maintenance_interval_days=180)
    sale(sqlite_services, admin, buyer, model, next_maintenance=dt.date(2026, 11, 29))
    sale(sqlite_services, admin, buyer, model, next_maintenance=dt.date(2027, 3, 1))  # not yet
    page = HomePage(sqlite_services, admin)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.figures is not None)
    assert page.figure("myOpenOrders") == "2"
    assert page.figure("overdueOrders") == "1"
    assert "color" in page.cards["overdueOrders"].value.styleSheet()  # late work stands out
    assert page.figure("maintenanceDue") == "1"
    assert page.figure("ordersTaken") == "3"  # the day's figures: stats.view


def shown_cards(page: HomePage) -> set[str]:
    return {name for name, card in page.cards.items() if card.isVisibleTo(page)}


def test_each_user_sees_the_home_page_of_their_own_work(sqlite_services, qtbot):
    """A receptionist sees calls, messages and orders, never the database or the schema; a
    technician their own assigned orders; decided by permissions, not by role names."""
    from tests.support.service_order_helpers import customer, take

    admin = login_admin(sqlite_services)
    desk = receptionist(sqlite_services)
    role = Role.get(Role.key == "technician").id
    sqlite_services.users.create_user(admin, "liqiang", "李强", "temp-pass1", [role])
    tech = sqlite_services.auth.login("liqiang", "temp-pass1")
    buyer = customer(sqlite_services, admin, "王建国")
    late = dt.datetime(2026, 11, 19, 9, 0)  # the fake clock is past it
    take(sqlite_services, admin, buyer, technician_ids=(tech.user_id,), appointment_at=late)
    take(sqlite_services, desk, buyer)  # taken by the receptionist, nobody assigned

    pages = {}
    for actor in (desk, tech):
        page = HomePage(sqlite_services, actor)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda page=page: page.figures is not None)
        pages[actor.username] = page

    front = pages["wangfang"]
    assert {"callsToday", "toCallBack", "openMessages", "maintenanceDue", "myOpenOrders"} <= (
        shown_cards(front)
    )
    assert not {"schema", "users", "customers", "ordersTaken", "assignedOpen"} & shown_cards(front)
    assert not front.details.isVisibleTo(front)  # no database path for the front desk
    assert front.figure("myOpenOrders") == "1"

    work = pages["liqiang"]
    assert shown_cards(work) == {"assignedOpen", "assignedOverdue", "appointmentsToday"}
    assert work.figure("assignedOpen") == "1" and work.figure("assignedOverdue") == "1"


def test_backup_outcome_appears_in_the_status_bar(
    sqlite_services, make_window, qtbot, monkeypatch, tmp_path
):
    task = BackupTask(sqlite_services.profile, sqlite_services.clock)
    window = make_window(backup_task=task)
    label = window.backup_label
    assert label.isHidden()  # no backup yet, nothing to say

    task.start_daily()  # the real daily backup of the profile's SQLite file
    qtbot.waitUntil(lambda: task.state is not BackupState.RUNNING)
    assert task.state is BackupState.DONE
    assert Path(task.path).exists()
    assert label.text().startswith("Backed up at") and "9:30" in label.text()

    def broken(profile, now):
        raise OSError("disk full")

    monkeypatch.setattr(backup, "daily_backup", broken)
    task.start_daily()
    qtbot.waitUntil(lambda: task.state is not BackupState.RUNNING)
    assert label.text() == "Backup failed"
    assert "disk full" in label.toolTip()


def test_back_up_now_writes_a_manual_backup(sqlite_services, make_window, qtbot):
    assert make_window().backup_action is None  # no backup task, no menu entry

    task = BackupTask(sqlite_services.profile, sqlite_services.clock)
    window = make_window(backup_task=task)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: task.state is BackupState.DONE)
    assert task.path.parent == sqlite_services.profile.backups_dir / "manual"
    assert task.path.exists()
    assert window.statusBar().currentMessage() == f"Backed up to {task.path}"


def test_exit_ends_the_session(sqlite_services, qtbot, tmp_path):
    session = Session(sqlite_services, ui_state_at(tmp_path / "ui.ini"), pages=fake_specs)
    session.start()
    session.login.username.setText("system")
    session.login.password.setText(ADMIN_PASSWORD)
    session.login.sign_in()
    window = session.window
    # Not given to qtbot: the session deletes the window itself when it ends, and pytest-qt
    # would then close a deleted window at teardown whenever the deletion ran first.
    try:
        activate(qtbot, window)
        with qtbot.waitSignal(session.finished) as finished:
            qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert finished.args == [0]
        assert session.window is None
    finally:
        if isValid(window):
            window.close()
            window.deleteLater()


def test_a_damaged_database_is_named_in_the_status_bar_and_the_back_up_now_box(
    sqlite_services, make_window, qtbot, monkeypatch
):
    task = BackupTask(sqlite_services.profile, sqlite_services.clock)
    window = make_window(backup_task=task)
    live = sqlite_services.profile.sqlite_path

    def damaged(*args, **kwargs):
        raise backup.DamagedDatabaseError(live, "database disk image is malformed")

    monkeypatch.setattr(backup, "daily_backup", damaged)
    task.start_daily()
    qtbot.waitUntil(lambda: task.state is not BackupState.RUNNING)
    assert window.backup_label.text() == "Database damaged: backup not kept"
    assert "yuntian db check" in window.backup_label.toolTip()

    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(backup, "backup_now", damaged)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text())))
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    icon, text = shown[0]
    assert icon is QMessageBox.Icon.Critical
    assert str(live) in text and "was not kept" in text and "earlier backups are kept" in text
