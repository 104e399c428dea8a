"""A database server lost during work, seen from the screen: the status bar warns and clears, open
pages reload, and an editor keeps what was typed and saves it once after the reconnect. A real
outage: the connection runs through a TCP proxy the test cuts (tests/support/tcp_proxy.py)."""

from __future__ import annotations

import psycopg
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.support.customer_ui import retype, type_text
from tests.support.tcp_proxy import SERVER_PORTS
from yuntian.db.models import Customer
from yuntian.services import Services
from yuntian.ui.common.connection_watcher import ConnectionWatcher, reconnected_changes
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.customers.customer_editor import CustomerEditor
from yuntian.ui.shell.main_window import MainWindow
from yuntian.ui.shell.pages import default_pages

pytest_plugins = ("tests.support.outage",)  # services_behind_proxy


def watcher_for(services: Services) -> ConnectionWatcher:
    """Probing every few milliseconds instead of 1, 2, 4 … 30 s."""
    return ConnectionWatcher(services, first_delay=0.02, longest_delay=0.2)


def rename_elsewhere(services: Services, customer_id: int, name: str) -> None:
    """Another station changes the customer, straight on the server (not through the proxy)."""
    url = services.profile.database_url
    dbname = url.rsplit("/", 1)[1]
    with psycopg.connect(
        host="127.0.0.1", port=SERVER_PORTS["postgresql"], user="postgres", dbname=dbname,
        autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute("UPDATE customer SET name = %s WHERE id = %s", (name, customer_id))


def test_the_status_bar_warns_while_the_server_is_away_and_pages_reload_when_it_is_back(
    qtbot, services_behind_proxy, tmp_path
):
    services, proxy = services_behind_proxy("postgresql")
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    watcher = watcher_for(services)
    window = MainWindow(
        services, admin, default_pages(), ui_state_at(tmp_path / "ui.ini"), connection=watcher
    )
    qtbot.addWidget(window)
    window.show()
    window.show_page("customers")
    page = window.page("customers")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    status = window.statusBar().findChild(QLabel, "connectionStatus")
    assert not status.isVisible()

    proxy.cut()
    page.refresh()  # the page's background query meets the outage
    qtbot.waitUntil(status.isVisible)
    assert status.text() == "Connection to the database server lost, reconnecting…"
    rename_elsewhere(services, zhang.id, "张三丰")
    qtbot.waitUntil(lambda: watcher.probes >= 3)  # it keeps asking, each time later
    assert watcher.next_delay() > 0.02
    assert status.isVisible()

    proxy.restore()
    qtbot.waitUntil(lambda: status.text() == "Reconnected")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0).name == "张三丰")
    assert not watcher.is_lost


def test_an_editor_keeps_what_was_typed_and_saves_it_once_after_the_reconnect(
    qtbot, services_behind_proxy
):
    services, proxy = services_behind_proxy("postgresql")
    admin = login_admin(services)
    watcher = watcher_for(services)
    editor = CustomerEditor(services, admin, phone="13800138000")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    retype(qtbot, editor.name, "李四")
    editor.notes.setFocus()
    type_text(qtbot, editor.notes, "下午三点前上门")

    proxy.cut()
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    message = editor.findChild(QLabel, "editorError")
    assert editor.isVisible() and message.isVisible()
    assert "is saved by itself as soon as the server answers" in message.text()
    assert editor.name.text() == "李四" and editor.notes.toPlainText() == "下午三点前上门"
    assert editor.waiting_for_server()
    qtbot.waitUntil(lambda: watcher.probes >= 2)
    assert editor.isVisible()

    proxy.restore()
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted)
    assert editor.saved_after_reconnect and editor.saved.customer.name == "李四"
    services.changes.publish(reconnected_changes())  # another reconnect: nothing saved again
    qtbot.wait(50)
    assert [(c.name, c.notes) for c in Customer.select()] == [("李四", "下午三点前上门")]


def test_an_editor_whose_save_may_have_reached_the_server_does_not_save_it_again(
    qtbot, services_behind_proxy
):
    services, proxy = services_behind_proxy("postgresql")
    admin = login_admin(services)
    watcher = watcher_for(services)
    editor = CustomerEditor(services, admin, phone="13800138000")
    qtbot.addWidget(editor)
    editor.show()
    retype(qtbot, editor.name, "李四")

    proxy.cut_when_sent(b"COMMIT")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    message = editor.findChild(QLabel, "editorError")
    assert "it is not known whether the change was stored" in message.text()
    assert not editor.waiting_for_server()
    proxy.restore()
    qtbot.waitUntil(lambda: not watcher.is_lost)
    qtbot.wait(50)
    assert editor.isVisible() and editor.name.text() == "李四"
