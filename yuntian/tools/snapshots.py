"""Render every window of the application to PNG files (``yuntian snapshot``).

Pictures: login.png, first-run.png, change-password.png, main-<page>.png for each page the
actor may open (1280x800), settings-<n>-<tab>.png for each settings tab, and
<page>-<name>.png for the dialogs a page lists in its ``snapshot_dialogs()`` hook,
print-forms.png (the form designer) and print-<kind>-<form>.png (each built-in's preview),
service-order-new.png and service-order-completed.png (the order form),
part-card.png and my-parts-technician.png (the stock views, when parts are in stock),
move-wizard-<n>-<page>.png (the database move wizard's pages),
database-server-unreachable.png and database-startup-settings.png (the start-up dialog),
conflict-dialog.png (a save refused because someone else saved the customer first).
The profile's own ui.ini is never read or written: a throw-away one is used.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.tools.caller_snapshots import caller_popups
from yuntian.tools.conflict_snapshots import conflict_dialogs
from yuntian.tools.customer_snapshots import customer_dialogs
from yuntian.tools.database_snapshots import database_dialogs
from yuntian.tools.move_snapshots import move_wizard_dialogs
from yuntian.tools.parts_snapshots import parts_dialogs
from yuntian.tools.parts_stock_snapshots import parts_stock_dialogs
from yuntian.tools.print_snapshots import print_snapshot_dialogs
from yuntian.tools.service_order_snapshots import service_order_dialogs
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.backup_task import BackupTask
from yuntian.ui.shell.change_password_dialog import ChangePasswordDialog
from yuntian.ui.shell.first_run_wizard import FirstRunWizard
from yuntian.ui.shell.login_dialog import LAST_USER_KEY, LoginDialog
from yuntian.ui.shell.main_window import MainWindow, SettingsFactory, default_settings_dialog
from yuntian.ui.shell.pages import PageSpec, default_pages

WINDOW_SIZE = QSize(1280, 800)


def render_all(
    services: Services,
    actor: Actor,
    out_dir: Path,
    *,
    pages: list[PageSpec] | None = None,
    settings_dialog: SettingsFactory = default_settings_dialog,
) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="yuntian-snapshot-") as tmp:
        ui_state = ui_state_at(Path(tmp) / "ui.ini")
        ui_state.setValue(LAST_USER_KEY, actor.username)
        shots = _Shots(out_dir)
        shots.dialog("login", LoginDialog(services, ui_state))
        shots.dialog("first-run", FirstRunWizard(services))
        shots.dialog("change-password", ChangePasswordDialog(services, actor, forced=True))

        window = MainWindow(
            services,
            actor,
            pages if pages is not None else default_pages(),
            ui_state,
            backup_task=BackupTask(services.profile, services.clock),
        )
        window.setWindowState(Qt.WindowState.WindowNoState)  # not the first start's maximised
        window.resize(WINDOW_SIZE)
        window.show()
        for key in window.page_keys():
            window.show_page(key)
            shots.widget(f"main-{key}", window)
        for key in window.page_keys():
            page = window.page(key)
            hook = getattr(page, "snapshot_dialogs", None)
            if key == "customers":  # built here: the UI does not import the tooling
                dialogs = customer_dialogs(page, services, actor)
            else:
                dialogs = hook() if callable(hook) else []
            for name, dialog in dialogs:
                shots.dialog(f"{key}-{name}", dialog)
        if window.settings_action is not None:
            shots.tabbed_dialog("settings", settings_dialog(services, actor, window))
        for name, dialog in database_dialogs(services):
            shots.dialog(name, dialog)
        for name, dialog in print_snapshot_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, dialog in service_order_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, dialog in parts_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, dialog in parts_stock_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, dialog in move_wizard_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, dialog in conflict_dialogs(services, actor):
            shots.dialog(name, dialog)
        for name, popup in caller_popups(services, actor):
            popup.show()
            shots.widget(name, popup)
            popup.hide()
            popup.deleteLater()
        window.hide()
        window.deleteLater()
        _settle()
        return shots.written


class _Shots:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.written: list[Path] = []

    def widget(self, name: str, widget: QWidget) -> None:
        _settle()
        path = self.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        self.written.append(path)

    def dialog(self, name: str, dialog: QDialog) -> None:
        dialog.show()  # never exec(): nothing may wait for a click
        self.widget(name, dialog)
        dialog.hide()
        dialog.deleteLater()

    def tabbed_dialog(self, name: str, dialog: QDialog) -> None:
        """One picture per tab when the dialog is a set of tabs, else one picture."""
        tabs = dialog.findChild(QTabWidget)
        if tabs is None or tabs.count() == 0:
            self.dialog(name, dialog)
            return
        dialog.show()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.widget(f"{name}-{index + 1}-{tab_name(tabs.widget(index))}", dialog)
        dialog.hide()
        dialog.deleteLater()


def tab_name(page: QWidget) -> str:
    """A file-name word for a tab that does not change with the language: the page's
    objectName, else its class name (``ThisPcPage`` -> ``this-pc``)."""
    name = page.objectName() or re.sub(r"Page$", "", type(page).__name__)
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", name).lower()
    return re.sub(r"[^a-z0-9]+", "-", words).strip("-") or "tab"


def _settle() -> None:
    """Let background loads finish and their answers reach the widgets before a picture."""
    QThreadPool.globalInstance().waitForDone(30_000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents()
