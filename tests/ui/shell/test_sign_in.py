"""Getting in: first-run set-up, signing in, lockout, forced password change, demo logins,
start-up failures and the start-up probe."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from tests.helpers import ADMIN_PASSWORD, login_admin
from yuntian.config import load_profile
from yuntian.db.models import Role, Setting
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.services import Services, build_services
from yuntian.services.settings.settings import put_setting
from yuntian.services.settings.setup import DEMO_INCOMPLETE_KEY, DEMO_LOGINS_KEY
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.login_dialog import LoginDialog
from yuntian.ui.shell.pages import PageSpec
from yuntian.ui.shell.session import Session


class _Page(QLabel):
    def __init__(self, services: Services, actor, parent: QWidget | None = None) -> None:
        super().__init__(actor.display_name, parent)

    def refresh(self) -> None:
        pass


def _pages() -> list[PageSpec]:
    return [PageSpec("home", "Home", None, _Page)]


def _session(services: Services, tmp_path: Path, **kwargs) -> Session:
    return Session(services, ui_state_at(tmp_path / "ui.ini"), pages=_pages, **kwargs)


def _sign_in(qtbot, login: LoginDialog, username: str, password: str) -> None:
    login.username.setText(username)
    login.password.setText(password)
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)


def _visible_errors(dialog: QWidget) -> dict[str, str]:
    return {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("Error") and not label.isHidden()
    }


def test_first_run_wizard_sets_up_the_shop_and_the_admin_signs_in(
    make_profile, clock, qtbot, tmp_path
):
    profile = make_profile()
    services = build_services(open_profile_database(profile), profile, clock)
    languages: list[str] = []
    session = _session(services, tmp_path, language_changed=languages.append)
    session.start()
    wizard = session.wizard
    assert wizard is not None and session.login is None
    qtbot.addWidget(wizard)

    wizard.shop_name.setText("  ")
    wizard.password.setText("Secret-77")
    wizard.password_repeat.setText("Secret-77")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert _visible_errors(wizard) == {"shop_nameError": "Please enter the shop's name."}

    wizard.shop_name.setText("云天家电维修部")
    wizard.area_code.setText("75")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert list(_visible_errors(wizard)) == ["local_area_codeError"]

    wizard.area_code.setText("0755")
    wizard.password_repeat.setText("Secret-78")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert list(_visible_errors(wizard)) == ["password_repeatError"]

    wizard.password.setText("abc")
    wizard.password_repeat.setText("abc")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert _visible_errors(wizard) == {
        "passwordError": "The password must have at least 6 characters."
    }
    assert services.setup.needs_first_run()

    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    wizard.password.setText("Secret-77")
    wizard.password_repeat.setText("Secret-77")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)

    assert not services.setup.needs_first_run()
    assert languages == ["en"]
    assert profile.config.local_area_code == "0755"
    login = session.login
    assert login is not None and session.wizard is None
    qtbot.addWidget(login)
    assert login.windowTitle() == "云天家电维修部"

    _sign_in(qtbot, login, "system", "system")  # the factory password is gone
    assert session.window is None
    _sign_in(qtbot, login, "system", "Secret-77")
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    assert "云天家电维修部" in window.windowTitle()
    assert session.password_dialog is None  # the wizard already chose the admin's password


def test_a_wrong_password_is_refused_and_five_lock_the_account_for_15_minutes(
    sqlite_services, clock, qtbot, tmp_path
):
    login = LoginDialog(sqlite_services, ui_state_at(tmp_path / "ui.ini"))
    qtbot.addWidget(login)
    login.show()

    _sign_in(qtbot, login, "system", "wrong-1")
    assert login.message.isVisible()
    assert login.message.text() == "Wrong user name or password."
    assert login.password.text() == ""  # cleared for the next try
    assert login.actor is None

    for attempt in range(2, 6):
        _sign_in(qtbot, login, "system", f"wrong-{attempt}")
    assert "locked until 09:45" in login.message.text()
    assert "Try again in 15 minute" in login.message.text()

    clock.advance(minutes=10)
    _sign_in(qtbot, login, "system", ADMIN_PASSWORD)  # the right one does not help yet
    assert login.actor is None
    assert "Try again in 5 minute" in login.message.text()

    clock.advance(minutes=5, seconds=1)
    _sign_in(qtbot, login, "system", ADMIN_PASSWORD)
    assert login.actor is not None and login.actor.username == "system"
    assert login.result() == LoginDialog.DialogCode.Accepted


def _receptionist(services: Services, password: str = "temp-pass1") -> None:
    admin = login_admin(services)
    role = Role.get(Role.key == "receptionist").id
    services.users.create_user(admin, "lixiaohong", "李晓红", password, [role])


def test_a_temporary_password_must_be_changed_before_the_main_window_opens(
    sqlite_services, qtbot, tmp_path
):
    _receptionist(sqlite_services)
    session = _session(sqlite_services, tmp_path)
    session.start()
    assert session.login is not None
    _sign_in(qtbot, session.login, "lixiaohong", "temp-pass1")
    dialog = session.password_dialog
    assert dialog is not None and session.window is None
    qtbot.addWidget(dialog)
    assert "temporary password" in dialog.findChild(QLabel, "intro").text()
    ok = dialog.findChild(QWidget, "changeButton")

    dialog.old_password.setText("not-it")
    dialog.new_password.setText("Mine-2026")
    dialog.repeat_password.setText("Mine-2026")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert _visible_errors(dialog) == {"oldError": "The current password is not correct."}

    dialog.old_password.setText("temp-pass1")
    dialog.repeat_password.setText("Mine-2027")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert list(_visible_errors(dialog)) == ["repeatError"]
    assert session.window is None

    dialog.repeat_password.setText("Mine-2026")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert session.password_dialog is None
    assert session.window is not None
    qtbot.addWidget(session.window)
    actor = sqlite_services.auth.login("lixiaohong", "Mine-2026")
    assert not actor.must_change_password


def test_cancelling_the_forced_password_change_quits(sqlite_services, qtbot, tmp_path):
    _receptionist(sqlite_services)
    session = _session(sqlite_services, tmp_path)
    session.start()
    _sign_in(qtbot, session.login, "lixiaohong", "temp-pass1")
    dialog = session.password_dialog
    # Not given to qtbot: the session deletes the dialog itself when it ends (see
    # test_main_window.test_exit_ends_the_session).
    try:
        quit_button = dialog.findChild(QWidget, "cancelButton")
        assert quit_button.text() == "Quit"
        with qtbot.waitSignal(session.finished) as finished:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert finished.args == [0]
        assert session.window is None
    finally:
        if isValid(dialog):
            dialog.deleteLater()


def test_the_last_user_name_is_remembered(sqlite_services, qtbot, tmp_path):
    ui_state = ui_state_at(tmp_path / "ui.ini")
    first = LoginDialog(sqlite_services, ui_state)
    qtbot.addWidget(first)
    assert first.username.text() == ""
    _sign_in(qtbot, first, "system", ADMIN_PASSWORD)

    again = LoginDialog(sqlite_services, ui_state_at(tmp_path / "ui.ini"))
    qtbot.addWidget(again)
    again.show()
    assert again.username.text() == "system"
    assert again.focusWidget() is again.password
    again.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(again.password, Qt.Key.Key_Return)  # Enter signs in
    assert again.actor is not None


def _demo_setting(services: Services) -> None:
    _receptionist(services, password="demo-123")
    put_setting(
        DEMO_LOGINS_KEY,
        json.dumps(
            [
                {"username": "system", "password": ADMIN_PASSWORD, "role": "管理员"},
                {"username": "lixiaohong", "password": "demo-123", "role": "接线员"},
            ]
        ),
    )


def test_demo_logins_appear_only_on_a_demo_profile(sqlite_services, qtbot, tmp_path):
    _demo_setting(sqlite_services)
    ui_state = ui_state_at(tmp_path / "ui.ini")
    ordinary = LoginDialog(sqlite_services, ui_state)
    qtbot.addWidget(ordinary)
    assert ordinary.demo_table is None
    assert ordinary.findChild(QWidget, "demoLogins") is None

    sqlite_services.profile.config.demo = True
    demo = LoginDialog(sqlite_services, ui_state)
    qtbot.addWidget(demo)
    demo.show()
    table = demo.demo_table
    assert table is not None
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["system", "管理员", ADMIN_PASSWORD], ["lixiaohong", "接线员", "demo-123"]]

    cell = table.visualItemRect(table.item(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert (demo.username.text(), demo.password.text()) == ("lixiaohong", "demo-123")
    assert demo.actor is None

    cell = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # a double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert demo.actor is not None and demo.actor.username == "system"


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("[ui]\nlanguage = 5\n", "key 'ui.language': must be a quoted string"),
        ("[database\n", "not valid TOML"),
    ],
)
def test_an_unusable_profile_gives_a_one_line_message_and_exit_code_2(
    tmp_path, monkeypatch, qapp, config, expected
):
    import yuntian.app

    (tmp_path / "config.toml").write_text(config, encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(
        yuntian.app.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    assert yuntian.app.run_gui(tmp_path, probe=False) == 2
    assert len(shown) == 1
    assert expected in shown[0]
    assert "\n" not in shown[0] and "Traceback" not in shown[0]


def test_the_startup_probe_reports_the_login_dialog_and_the_daily_backup_runs(
    sqlite_services, tmp_path
):
    root = sqlite_services.profile.root
    sqlite_services.db.close()
    env = dict(os.environ, YUNTIAN_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "yuntian", "--profile", str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"login-dialog-shown \d+\.\d{3}", lines[0])
    assert 0 < float(lines[0].split()[1]) < 60
    assert list((root / "backups" / "daily").glob("yuntian-*.sqlite"))


def test_the_application_names_an_incomplete_demo_in_one_line(tmp_path, monkeypatch, qapp):
    """A demo whose generation was killed (tests/db/test_demo_interrupted.py) is refused."""
    import yuntian.app

    root = tmp_path / "demo"
    options = DemoOptions(customers=5, calls=0, sales=0, orders=0, today=BASE_TIME.date())
    create_demo_profile(root, options)
    db = open_profile_database(load_profile(root, create=False))
    Setting.create(key=DEMO_INCOMPLETE_KEY, value="1")
    db.close()
    shown: list[str] = []
    monkeypatch.setattr(
        yuntian.app.QMessageBox, "critical", lambda parent, title, text: shown.append(text)
    )
    assert yuntian.app.run_gui(root, probe=False) == 2
    (text,) = shown
    assert str(root) in text and "incomplete" in text and "yuntian demo" in text
    assert "\n" not in text
