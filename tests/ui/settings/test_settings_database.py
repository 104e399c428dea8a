"""The 数据库 tab: choose the data file or a server, Test connection says what is wrong in plain
words (Upgrade database for an older schema), and saving keeps the password out of config.toml."""

from __future__ import annotations

import socket

import keyring
import pytest
from PySide6.QtCore import Qt

from tests.helpers import login_admin
from tests.support.memory_keyring import MemoryKeyring
from yuntian.config import load_profile
from yuntian.credentials import SERVICE
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.db.connection_check import CheckKind
from yuntian.db.server_password import login_key, with_password
from yuntian.ui.settings import settings_database
from yuntian.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(
        settings_database, "tell_restart", lambda parent, title, text: messages.append(text)
    )
    return messages


@pytest.fixture
def page(qtbot, sqlite_services):
    dialog = SettingsDialog(sqlite_services, login_admin(sqlite_services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.database)
    qtbot.waitUntil(dialog.database.panel.isEnabled)
    page = dialog.database
    page.dialog = dialog
    return page


def _test(qtbot, page) -> None:
    page.panel.result = None
    qtbot.mouseClick(page.panel.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.result is not None)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_sqlite_profile_shows_its_own_data_file_and_is_not_changed(page, sqlite_services):
    fields = page.panel.fields
    assert fields.engine_name() == "sqlite"
    assert fields.file_path.placeholderText() == str(sqlite_services.profile.sqlite_path)
    assert not page.is_dirty()
    assert "needs no password" in page.panel.password_place.text()


def test_switching_engines_brings_their_default_ports(page):
    fields = page.panel.fields
    fields.engine.setCurrentIndex(fields.engine.findData("mysql"))
    assert fields.port.value() == 3306 and fields.host.isVisible()
    assert not fields.file_path.isVisible()
    fields.engine.setCurrentIndex(fields.engine.findData("postgresql"))
    assert fields.port.value() == 5432
    assert not page.is_valid()  # no host yet: OK is off
    assert not page.dialog.ok_button.isEnabled()


@pytest.mark.server
def test_a_closed_port_is_reported_in_plain_words(qtbot, page):
    port = _closed_port()
    page.panel.set_url(f"postgresql://yuntian:pw@127.0.0.1:{port}/yuntian")
    _test(qtbot, page)
    shown = page.panel.problem.text()
    assert page.panel.problem.isVisible()
    assert f"127.0.0.1, port {port}" in shown and "firewall" in shown
    assert "Traceback" not in shown and "psycopg" not in shown
    assert not page.panel.upgrade_button.isVisible()


@pytest.mark.server
def test_saving_a_server_keeps_the_password_in_the_credential_store(
    qtbot, page, make_profile, told
):
    store = MemoryKeyring()
    keyring.set_keyring(store)
    server = make_profile("postgresql", name="server", migrated=True).database_url
    full = with_password(server, "s3cret-pw")
    page.panel.set_url(full)
    _test(qtbot, page)
    assert page.panel.result.kind is CheckKind.OK
    assert "Connected to PostgreSQL" in page.panel.answer.text()
    assert page.is_dirty()

    assert page.dialog.apply()
    profile_dir = page._settings.profile.root
    text = (profile_dir / "config.toml").read_text(encoding="utf-8")
    assert "s3cret-pw" not in text and server in text
    assert store.entries[(SERVICE, login_key(server))] == "s3cret-pw"
    assert load_profile(profile_dir).config.database_url == server
    assert len(told) == 1 and "started again" in told[0]
    assert not page.is_dirty()


def test_an_older_data_file_is_offered_the_upgrade(qtbot, page, tmp_path, told):
    path = tmp_path / "older.sqlite"
    db = make_database(f"sqlite:///{path}")
    migrations.upgrade(db, target=migrations.LATEST - 1)
    db.close()
    page.panel.set_url(f"sqlite:///{path}")
    _test(qtbot, page)
    assert page.panel.result.kind is CheckKind.SCHEMA_OLDER
    assert page.panel.upgrade_button.isVisible()
    assert f"data version {migrations.LATEST - 1}" in page.panel.problem.text()

    page.panel.result = None
    qtbot.mouseClick(page.panel.upgrade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.panel.result is not None)
    assert page.panel.result.kind is CheckKind.OK
    assert not page.panel.upgrade_button.isVisible()
    backups = list((page._settings.profile.backups_dir).glob("pre-migration-*.sqlite"))
    assert backups  # the file was copied before its schema changed


@pytest.mark.server
def test_a_password_left_in_config_by_an_older_yuntian_moves_out_on_ok(
    qtbot, sqlite_services, make_profile, told
):
    server = make_profile("postgresql", name="server", migrated=True).database_url
    profile = sqlite_services.profile
    old_url = with_password(server, "old-secret")
    profile.config.database_url = old_url
    profile.save()  # as an older version wrote it
    dialog = SettingsDialog(sqlite_services, login_admin(sqlite_services))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.database.panel.isEnabled)
    assert dialog.database.panel.url() == old_url  # the fields show what is in use
    assert dialog.database.is_dirty() and dialog.apply_button.isEnabled()
    assert dialog.apply()
    text = profile.config_path.read_text(encoding="utf-8")
    assert "old-secret" not in text and server in text
    assert not dialog.database.is_dirty()


def test_the_move_button_opens_the_move_wizard_over_the_settings(qtbot, page):
    from yuntian.ui.settings.database_move_wizard import DatabaseMoveWizard

    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    wizards = page.findChildren(DatabaseMoveWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].reject()
