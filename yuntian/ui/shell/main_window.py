"""The main window: navigation on the left, the current area on the right, status bar below."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from yuntian import __version__
from yuntian.db.backup import BackupError, DamagedDatabaseError
from yuntian.db.connection import describe_url
from yuntian.services import Services
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.permissions import Actor
from yuntian.ui.calls.message_count import MessageCountButton
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.connection_watcher import ConnectionWatcher
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.common.ui_state import set_table_memory
from yuntian.ui.shell.backup_task import BackupState, BackupTask
from yuntian.ui.shell.change_password_dialog import ChangePasswordDialog
from yuntian.ui.shell.connection_status import ConnectionStatusLabel
from yuntian.ui.shell.language_choice import LABEL as LANGUAGE_LABEL
from yuntian.ui.shell.language_choice import language_menu
from yuntian.ui.shell.pages import PageSpec
from yuntian.ui.shell.status_bar import (
    BackupStatusLabel,
    ElidedLabel,
    PhoneLinesWidget,
    damaged_text,
    database_text,
    engine_name,
    user_text,
)

log = logging.getLogger(__name__)

SettingsFactory = Callable[[Services, Actor, QWidget], QDialog]
GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
LAST_PAGE_KEY = "mainWindow/lastPage"
DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR = 30  # geometry() is inside the frame: leave the title bar on the screen


def default_settings_dialog(services: Services, actor: Actor, parent: QWidget) -> QDialog:
    from yuntian.ui.settings.settings_dialog import SettingsDialog

    return SettingsDialog(services, actor, parent)


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    closed = Signal()  # closed for good (Exit, window close), not by signing out
    phone_settings_changed = Signal()  # devices or lines were saved: restart the lines

    def __init__(
        self,
        services: Services,
        actor: Actor,
        pages: list[PageSpec],
        ui_state: QSettings,
        *,
        backup_task: BackupTask | None = None,
        settings_dialog: SettingsFactory = default_settings_dialog,
        connection: ConnectionWatcher | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._connection = connection
        self._services = services
        self._actor = actor
        self._ui_state = ui_state
        set_table_memory(ui_state)  # the column widths the user drags, per table
        self._backup_task = backup_task
        self._settings_dialog = settings_dialog
        self._signing_out = False
        # Asked before the window closes (sign-out, exit); False keeps it open.
        self.close_check: Callable[[], bool] | None = None
        self.specs = [spec for spec in pages if spec.allowed(actor)]
        self._widgets: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self.update_title()

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(28, 28))
        font = self.navigation.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.navigation.setFont(font)
        self.navigation.setStyleSheet(
            "QListWidget { outline: 0; } QListWidget::item { padding: 10px 8px; }"
        )
        for position, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            if position <= 9:
                item.setToolTip(f"Ctrl+{position}")
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(max(180, self.navigation.sizeHintForColumn(0) + 24))
        self.navigation.currentRowChanged.connect(self._row_changed)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self._restore()
        watch_changes(self, services.changes, (Area.SETTINGS,), self._settings_changed)

    # --- pages -------------------------------------------------------------------------

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def page(self, key: str) -> QWidget | None:
        """The page widget, if it has been opened (pages are built on their first visit)."""
        return self._widgets.get(key)

    def show_page(self, key: str) -> None:
        if key in self.page_keys():
            self.navigation.setCurrentRow(self.page_keys().index(key))

    def open_customer(self, customer_id: int) -> None:
        """Show the customer's card in the customers area (e.g. from the caller pop-up)."""
        self.show_page("customers")
        page = self.page("customers")
        if page is not None and hasattr(page, "show_customer"):
            page.show_customer(customer_id)
        self.raise_()
        self.activateWindow()

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._widgets.get(key) if key else None

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, "refresh"):
            page.refresh()

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        widget = self._widgets.get(spec.key)
        if widget is None:
            widget = self._build_page(spec)
            self._widgets[spec.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def _build_page(self, spec: PageSpec) -> QWidget:
        try:
            return spec.factory(self._services, self._actor, self.stack)
        except Exception as exc:  # one broken area must not take the window down
            log.exception("cannot open page %s", spec.key)
            reason = failure_text(exc)  # e.g. the database server out of reach
            label = QLabel(self.tr("This area could not be opened: {reason}").format(reason=reason))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    # --- menus -------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action: QAction | None = None
        if self._backup_task is not None:
            self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now)
            file_menu.addAction(self.backup_action)
            file_menu.addSeparator()
        self.change_password_action = self._action(
            self.tr("&Change my password…"), self.change_password
        )
        self.sign_out_action = self._action(self.tr("Sign &out"), self.sign_out, "Ctrl+Shift+L")
        self.exit_action = self._action(self.tr("E&xit"), self.close, "Ctrl+Q")
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.exit_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.page_actions: dict[str, QAction] = {}
        for position, spec in enumerate(self.specs, start=1):
            keys = [QKeySequence(f"Ctrl+{position}")] if position <= 9 else []
            if spec.shortcut:
                keys.append(QKeySequence(spec.shortcut))
            action = self._action(spec.title, lambda key=spec.key: self.show_page(key))
            action.setShortcuts(keys)
            go_menu.addAction(action)
            self.page_actions[spec.key] = action
        go_menu.addSeparator()
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_current, "F5")
        go_menu.addAction(self.refresh_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.language_menu = language_menu(
            view_menu, self._services.profile.config.language, self.choose_language
        )

        self.settings_action: QAction | None = None
        if self._actor.can("settings.manage"):
            settings_menu = bar.addMenu(self.tr("&Settings"))
            self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
            settings_menu.addAction(self.settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Yuntian"), self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(
            user_text(self._actor.display_name, self._services.overview.role_names(self._actor))
        )
        self.user_label.setObjectName("userStatus")
        self.database_label = ElidedLabel()
        self.database_label.setObjectName("databaseStatus")
        self.database_label.setText(
            database_text(describe_url(self._services.profile.database_url))
        )
        self.backup_label = BackupStatusLabel(self._backup_task)
        self.phone_lines = PhoneLinesWidget()
        for label in (self.user_label, self.database_label):
            label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.user_label)
        bar.addWidget(_separator())
        bar.addWidget(self.database_label, 1)
        self.backup_label.setContentsMargins(6, 0, 12, 0)
        self.message_count = MessageCountButton(
            self._services, self._actor, lambda: self.show_page("messages")
        )
        if self._connection is not None:  # permanent, first: a passing message never hides it
            bar.addPermanentWidget(ConnectionStatusLabel(self._connection))
        bar.addPermanentWidget(self.message_count)
        bar.addPermanentWidget(self.backup_label)
        bar.addPermanentWidget(self.phone_lines)

    # --- actions -----------------------------------------------------------------------

    def update_title(self) -> None:
        shop = self._services.settings.general().shop_name
        if shop:
            self.setWindowTitle(
                self.tr("Yuntian After-Sales Service Manager — {shop}").format(shop=shop)
            )
        else:
            self.setWindowTitle(self.tr("Yuntian After-Sales Service Manager"))

    def _settings_changed(self, _changes: Changes) -> None:
        self.update_title()  # the shop name may be new

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self._services, self._actor, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self._actor = dialog.actor
            self.statusBar().showMessage(self.tr("Your password has been changed."), 5000)
        dialog.deleteLater()

    def choose_language(self, language: str) -> None:
        """Stored for this PC at once; shown from the next sign-in (the window's texts are
        built once), so offer to sign out now."""
        self._services.settings.choose_language(language)
        answer = QMessageBox.question(
            self,
            LANGUAGE_LABEL,
            # in both languages: the reader may not read the one showing
            "新的界面语言在下次登录时生效。现在注销吗？\n"
            "Yuntian shows the new language from the next sign-in. Sign out now?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sign_out()

    def open_settings(self) -> None:
        dialog = self._settings_dialog(self._services, self._actor, self)
        changed = []
        signal = getattr(dialog, "phone_settings_changed", None)  # test dialogs may lack it
        if signal is not None:
            signal.connect(lambda: changed.append(True))
        dialog.exec()
        dialog.deleteLater()
        if changed:  # after exec(): the device test window has let go of the device
            self.phone_settings_changed.emit()
        # The shop name or lists may have changed: show what is stored now.
        self.update_title()
        self.refresh_current()

    def back_up_now(self) -> None:
        task = self._backup_task
        if task is None:
            return
        task.changed.connect(self._manual_backup_changed)
        task.start_manual()

    def _manual_backup_changed(self) -> None:
        task = self._backup_task
        if task is None or task.state is BackupState.RUNNING:
            return
        task.changed.disconnect(self._manual_backup_changed)
        if task.state is BackupState.FAILED and isinstance(task.error, BackupError):
            # e.g. a server database: the text says which command to run instead
            icon, text = QMessageBox.Icon.Information, str(task.error)
            if isinstance(task.error, DamagedDatabaseError):  # nothing to do but check it
                icon, text = QMessageBox.Icon.Critical, damaged_text(task.error)
            box = QMessageBox(icon, self.tr("Back up now"), "", parent=self)
            box.setText(text)
            box.setObjectName("backupMessage")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        elif task.state is BackupState.DONE:
            self.statusBar().showMessage(
                self.tr("Backed up to {file}").format(file=task.path), 8000
            )
        self.refresh_current()

    def show_about(self) -> None:
        info = describe_url(self._services.profile.database_url)
        shop = self._services.settings.general().shop_name
        text = self.tr(
            "<h3>Yuntian {version}</h3>"
            "<p>云天售后服务管理系统: caller ID, customers and after-sales service "
            "for small service shops.</p>"
            "<p>Shop: {shop}<br>Database: {database}<br>Profile: {profile}</p>"
        ).format(
            version=__version__,
            shop=shop or "—",
            database=f"{info.display} ({engine_name(info.engine)})",
            profile=self._services.profile.root,
        )
        QMessageBox.about(self, self.tr("About Yuntian"), text)

    def sign_out(self) -> None:
        self._signing_out = True
        self.close()

    # --- remembered state --------------------------------------------------------------

    def _restore(self) -> None:
        """As the user left it (maximised or not), on a screen that is still there; the
        first time maximised, so no list opens with its columns cut."""
        geometry = self._ui_state.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self._ui_state.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
            screens = [s.availableGeometry() for s in QApplication.screens()]
            if not self.isMaximized() and screens:
                self.setGeometry(fit_on_screens(self.geometry(), screens))
        else:
            screen = QApplication.primaryScreen()
            available = screen.availableGeometry().size() if screen else DEFAULT_SIZE
            self.resize(DEFAULT_SIZE.boundedTo(available * 0.95))  # when un-maximised
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        last = str(self._ui_state.value(LAST_PAGE_KEY, "") or "")
        self.show_page(
            last if last in self.page_keys() else self.page_keys()[0] if self.specs else ""
        )

    def save_state(self) -> None:
        self._ui_state.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._ui_state.setValue(STATE_KEY, self.saveState())
        if self.current_key():
            self._ui_state.setValue(LAST_PAGE_KEY, self.current_key())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_check is not None and not self.close_check():
            event.ignore()  # e.g. a caller pop-up holds details not saved
            self._signing_out = False
            return
        self.save_state()
        super().closeEvent(event)
        if self._signing_out:
            self._signing_out = False
            self.sign_out_requested.emit()
        else:
            self.closed.emit()


def fit_on_screens(rect: QRect, screens: list[QRect]) -> QRect:
    """``rect`` moved (and shrunk) into the screen it overlaps most, the first screen when it
    overlaps none (a monitor unplugged since, a smaller resolution): the title bar reachable."""
    overlap = [(s.intersected(rect).width() * s.intersected(rect).height(), s) for s in screens]
    area, screen = max(overlap, key=lambda pair: pair[0])
    if area == 0:
        screen = screens[0]
    width, height = min(rect.width(), screen.width()), min(rect.height(), screen.height())
    x = min(max(rect.x(), screen.left()), screen.left() + screen.width() - width)
    y = min(max(rect.y(), screen.top() + TITLE_BAR), screen.top() + screen.height() - height)
    return QRect(x, max(y, screen.top()), width, height)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
