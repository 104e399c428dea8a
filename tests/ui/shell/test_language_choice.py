"""The language switch is easy to find: on the login dialog and under View in the main window,
labelled in both languages; a choice is stored in this PC's config.toml and shown at once on
the login dialog (the main window: from the next sign-in, offered right away)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.helpers import ADMIN_PASSWORD
from tests.ui.shell.test_sign_in import _pages, _sign_in
from yuntian.config import load_profile
from yuntian.services import Services
from yuntian.ui.common.i18n import install_translators
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.language_choice import LABEL
from yuntian.ui.shell.session import Session


@pytest.fixture
def translated(qapp):
    """Real translators, as the application installs them; removed afterwards."""
    saved = QLocale()
    yield lambda language: install_translators(qapp, language)
    for translator in getattr(qapp, "_yuntian_translators", []):
        qapp.removeTranslator(translator)
    qapp._yuntian_translators = []
    QLocale.setDefault(saved)


def _session(services: Services, tmp_path: Path, translated) -> Session:
    return Session(
        services, ui_state_at(tmp_path / "ui.ini"), pages=_pages, language_changed=translated
    )


def _stored_language(services: Services) -> str:
    return load_profile(services.profile.root, create=False).config.language


def test_the_login_dialog_switches_the_language_at_once_and_keeps_the_name(
    sqlite_services, qtbot, tmp_path, translated
):
    services = sqlite_services
    services.settings.choose_language("en")
    translated("en")
    session = _session(services, tmp_path, translated)
    session.start()
    login = session.login
    qtbot.addWidget(login)
    assert login.sign_in_button.text() == "Sign in"
    labels = [label.text() for label in login.findChildren(QLabel)]
    assert LABEL in labels and login.language.isVisibleTo(login)
    assert login.language.currentText() == "English"

    login.username.setText("system")
    login.language.setCurrentIndex(login.language.findData("zh_CN"))
    chinese = session.login
    assert chinese is not None and chinese is not login
    qtbot.addWidget(chinese)
    assert _stored_language(services) == "zh_CN"  # in config.toml, for the next start too
    assert chinese.sign_in_button.text() == "登录"
    assert chinese.language.currentText() == "简体中文"
    assert chinese.username.text() == "system"
    _sign_in(qtbot, chinese, "system", ADMIN_PASSWORD)
    assert session.window is not None
    qtbot.addWidget(session.window)


def test_view_language_in_the_main_window_stores_it_and_offers_to_sign_out(
    sqlite_services, qtbot, tmp_path, translated, monkeypatch
):
    services = sqlite_services
    services.settings.choose_language("en")
    translated("en")
    session = _session(services, tmp_path, translated)
    session.start()
    qtbot.addWidget(session.login)
    _sign_in(qtbot, session.login, "system", ADMIN_PASSWORD)
    window = session.window
    qtbot.addWidget(window)

    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.language_menu.menuAction() in view.actions()
    assert window.language_menu.title() == LABEL
    checked = [a.text() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == ["English"]

    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    chinese = next(a for a in window.language_menu.actions() if a.data() == "zh_CN")
    chinese.trigger()
    assert _stored_language(services) == "zh_CN"
    assert asked and "Sign out now?" in asked[0]
    qtbot.waitUntil(lambda: session.login is not None)
    qtbot.addWidget(session.login)
    assert session.window is None
    assert session.login.sign_in_button.text() == "登录"  # signed out into the new language


def test_the_choice_needs_no_permission_but_a_known_language(sqlite_services):
    from yuntian.services.common.errors import ValidationError

    sqlite_services.settings.choose_language("system")
    assert _stored_language(sqlite_services) == "system"
    with pytest.raises(ValidationError):
        sqlite_services.settings.choose_language("fr")


def test_a_new_demo_profile_is_chinese_unless_asked(tmp_path):
    from yuntian.cli import main

    args = ["demo", "--customers", "5", "--calls", "0", "--sales", "0", "--orders", "0"]
    assert main([*args, "--profile", str(tmp_path / "zh")]) == 0
    assert load_profile(tmp_path / "zh", create=False).config.language == "zh_CN"
    assert main([*args, "--profile", str(tmp_path / "en"), "--language", "en"]) == 0
    assert load_profile(tmp_path / "en", create=False).config.language == "en"


def test_the_wizard_asks_what_init_asks_including_the_administrators_name(
    make_profile, clock, qtbot, tmp_path, translated
):
    """Wizard and `yuntian init` go through one service call: the same answers, the same
    refusals (here a bad user name, shown at its field)."""
    from PySide6.QtCore import Qt

    from yuntian.db.profile_database import open_profile_database
    from yuntian.services import build_services

    profile = make_profile()
    services = build_services(open_profile_database(profile), profile, clock)
    session = _session(services, tmp_path, translated)
    session.start()
    wizard = session.wizard
    qtbot.addWidget(wizard)
    assert wizard.admin_name.text() == "system"
    wizard.shop_name.setText("云天家电维修部")
    wizard.admin_name.setText("a b")
    wizard.password.setText("Secret-77")
    wizard.password_repeat.setText("Secret-77")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    errors = [
        label.text()
        for label in wizard.findChildren(QLabel)
        if label.objectName() == "usernameError" and not label.isHidden()
    ]
    assert errors and errors[0].startswith("A user name has 2 to 32")
    wizard.admin_name.setText("boss")
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert not services.setup.needs_first_run()
    login = session.login
    qtbot.addWidget(login)
    _sign_in(qtbot, login, "boss", "Secret-77")
    assert session.window is not None
    qtbot.addWidget(session.window)
