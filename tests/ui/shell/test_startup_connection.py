"""A database that cannot be opened at start gets a dialog with the reason in plain words,
Retry (off the GUI thread) and Settings (without signing in), not a one-line error box."""

from __future__ import annotations

import socket
import threading

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import PG_ADMIN, ServerDatabases, _pg_dsn
from yuntian.config import load_profile
from yuntian.credentials import PASSWORD_FILE
from yuntian.db.connection_check import CheckKind, CheckResult
from yuntian.db.server_password import with_password
from yuntian.ui.shell.startup_connection import ServerUnreachableDialog


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _open(qtbot, profile, **kwargs) -> ServerUnreachableDialog:
    dialog = ServerUnreachableDialog(profile, "cannot connect to the server", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result is not None)
    return dialog


@pytest.mark.server
def test_retry_succeeds_once_the_missing_database_is_there(qtbot, make_profile):
    profile = make_profile("postgresql", migrated=True)
    url = profile.database_url
    name = url.rsplit("/", 1)[1]
    servers = ServerDatabases()
    servers.drop("postgresql", url)  # the server is up, the database is not
    dialog = _open(qtbot, profile)
    assert dialog.result.kind is CheckKind.DATABASE_MISSING
    assert name in dialog.reason.text() and "no database named" in dialog.reason.text()
    assert "Traceback" not in dialog.reason.text()

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.retry_button.isEnabled() or dialog.isHidden())
    qtbot.waitUntil(lambda: dialog.retry_button.isEnabled())
    assert dialog.isVisible() and dialog.result.kind is CheckKind.DATABASE_MISSING

    with psycopg.connect(_pg_dsn(PG_ADMIN), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # whoever runs the server fixes it
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.result.kind is CheckKind.EMPTY  # the start-up then creates the tables


@pytest.mark.server
def test_settings_point_this_pc_at_the_server_without_signing_in(qtbot, make_profile):
    server = make_profile("postgresql", name="server", migrated=True).database_url
    profile = make_profile("sqlite", name="pc")
    profile.config.database_url = server.replace(":5432/", f":{_closed_port()}/")
    profile.save()
    dialog = _open(qtbot, profile)
    assert dialog.result.kind is CheckKind.UNREACHABLE
    assert "No database server answers" in dialog.reason.text()

    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    settings = dialog.settings_dialog
    assert settings is not None and settings.isVisible()
    fields = settings.panel.fields
    assert fields.engine_name() == "postgresql" and fields.host.text() == "127.0.0.1"
    fields.port.setValue(5432)
    fields.password.setText("typed-password")
    with qtbot.waitSignal(dialog.accepted):  # saved, then tried again by itself
        qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result.kind is CheckKind.OK
    saved = load_profile(profile.root, create=False)
    assert saved.config.database_url == server
    assert "typed-password" not in saved.config_path.read_text(encoding="utf-8")
    assert "typed-password" in (profile.root / PASSWORD_FILE).read_text(encoding="utf-8")
    assert with_password(server, "typed-password") == settings.panel.url()


@pytest.mark.real_threads
def test_the_dialog_answers_while_a_retry_waits_for_the_server(qtbot, make_profile):
    profile = make_profile("sqlite")
    release = threading.Event()
    calls: list[str] = []

    def slow_check(_profile) -> CheckResult:
        calls.append("check")
        if len(calls) > 1:
            assert release.wait(30)  # the server takes its time to answer
            return CheckResult(CheckKind.OK, "ok")
        return CheckResult(CheckKind.UNREACHABLE, "down", host="shop-server", port=5432)

    dialog = _open(qtbot, profile, check=slow_check)
    assert "shop-server" in dialog.reason.text()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 2)
    # The GUI thread is free: the dialog repaints and takes clicks while the check waits.
    assert dialog.reason.text() == "Trying again…" and not dialog.retry_button.isEnabled()
    assert dialog.quit_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.result.kind is CheckKind.OK)
    qtbot.waitUntil(dialog.isHidden)
    assert dialog.isHidden()


def test_run_gui_shows_the_dialog_instead_of_an_error_box(tmp_path, monkeypatch, qapp):
    import yuntian.app

    (tmp_path / "config.toml").write_text(
        f'[database]\nurl = "postgresql://nobody@127.0.0.1:{_closed_port()}/yt"\n',
        encoding="utf-8",
    )
    boxes: list[str] = []
    monkeypatch.setattr(
        yuntian.app.QMessageBox, "critical", lambda parent, title, text: boxes.append(text)
    )
    shown: list[str] = []

    def quit_at_once(dialog: ServerUnreachableDialog) -> int:
        shown.append(dialog.heading.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ServerUnreachableDialog, "exec", quit_at_once)
    assert yuntian.app.run_gui(tmp_path, probe=False) == 2
    assert boxes == []
    assert shown and "postgresql://nobody@127.0.0.1" in shown[0]


def test_a_data_file_from_a_newer_yuntian_is_refused_naming_the_versions(qtbot, sqlite_services):
    from yuntian.db import migrations

    profile = sqlite_services.profile
    newer = migrations.LATEST + 2
    sqlite_services.db.execute_sql(
        f"INSERT INTO schema_version VALUES ({newer}, 'from the future', '2030-01-01')"
    )
    sqlite_services.db.close()
    dialog = _open(qtbot, profile)
    assert dialog.result.kind is CheckKind.SCHEMA_NEWER
    text = dialog.reason.text()
    assert f"data version {newer}" in text and f"up to {migrations.LATEST}" in text
    assert "Install the newer Yuntian" in text
    assert "data file" in dialog.heading.text()
