"""From start to exit: first-run set-up, sign-in, forced password change, main window, sign-out.

Each step is a window shown without a nested event loop; its outcome starts the next step.
``finished(code)`` tells the application to exit.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.shell.login_dialog import LoginDialog

# Everything after the login dialog is imported when it is first needed: start-up shows the
# login dialog without loading the main window, its pages and their services
# (tests/ui/shell/test_startup_imports.py).
if TYPE_CHECKING:
    from yuntian.services.stations.station_link import StationLink
    from yuntian.services.stations.stations import Station
    from yuntian.ui.calls.call_desk import CallDesk, LinesFactory
    from yuntian.ui.calls.popup_call import PopupCall
    from yuntian.ui.common.connection_watcher import ConnectionWatcher
    from yuntian.ui.shell.backup_task import BackupTask
    from yuntian.ui.shell.change_password_dialog import ChangePasswordDialog
    from yuntian.ui.shell.first_run_wizard import FirstRunWizard
    from yuntian.ui.shell.main_window import MainWindow
    from yuntian.ui.shell.pages import PageSpec
    from yuntian.ui.shell.stations_status import StationSignals, StationsStatusWidget


class Session(QObject):
    finished = Signal(int)
    login_shown = Signal()  # the login dialog is on screen (the start-up probe waits for it)
    wizard_shown = Signal()

    def __init__(
        self,
        services: Services,
        ui_state: QSettings,
        *,
        pages: Callable[[], list[PageSpec]] | None = None,
        backup_task: BackupTask | None = None,
        language_changed: Callable[[str], None] | None = None,
        make_lines: LinesFactory | None = None,
        warm_up: Callable[[], None] | None = None,
        join_station: Callable[[Actor], Station] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``pages``: the main window's pages (default: ``pages.default_pages``);
        ``make_lines``: builds the phone-line manager for the signed-in user's call desk
        (None: no telephony, e.g. in tests of other areas); ``warm_up``: run on a thread of its
        own while the login dialog waits for the password (the imports the main window will
        need; it must not touch Qt), waited for before the main window opens; ``join_station``:
        joins this PC to the shop's stations after sign-in (``services.stations.join``; None:
        a session of its own, e.g. in tests of other areas)."""
        super().__init__(parent)
        self._services = services
        self._ui_state = ui_state
        self._pages = pages
        self._backup_task = backup_task
        self._language_changed = language_changed
        self._make_lines = make_lines
        self._warm_up = warm_up
        self._warm_up_thread: threading.Thread | None = None
        self._join_station = join_station
        self.station: Station | None = None  # this PC among the others, while signed in
        self.stations_status: StationsStatusWidget | None = None
        self._station_signals: StationSignals | None = None
        self._ended = False
        self.desk: CallDesk | None = None
        # What is on screen now, for tests and the probe; at most one of them at a time.
        self.wizard: FirstRunWizard | None = None
        self.login: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: MainWindow | None = None
        self.connection: ConnectionWatcher | None = None  # from the main window on
        self._shown_language: str | None = None  # the language the last login dialog had

    def start(self) -> None:
        if self._services.setup.needs_first_run():
            self._show_wizard()
        else:
            self.show_login()

    # --- steps -------------------------------------------------------------------------

    def _show_wizard(self) -> None:
        from yuntian.ui.shell.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self._services)
        self.wizard = wizard
        wizard.accepted.connect(self._wizard_done)
        wizard.rejected.connect(lambda: self.end(0))
        wizard.show()
        self.wizard_shown.emit()

    def _wizard_done(self) -> None:
        self._drop_dialog("wizard")
        if self._language_changed is not None:
            # The wizard may have chosen another language: sign in already in that one.
            self._language_changed(self._services.profile.config.language)
            self._shown_language = self._services.profile.config.language
        self.show_login()

    def show_login(self, username: str | None = None) -> None:
        """The login dialog, in the profile's language (it may have been changed since the
        last one); ``username`` keeps what was typed when the dialog is shown again."""
        language = self._services.profile.config.language
        changed = self._shown_language is not None and language != self._shown_language
        if changed and self._language_changed is not None:  # the first time: the app did it
            self._language_changed(language)
        self._shown_language = language
        login = LoginDialog(self._services, self._ui_state)
        if username is not None:
            login.username.setText(username)
        self.login = login
        login.language_chosen.connect(self._login_language_chosen)
        login.accepted.connect(lambda: self._signed_in(login.actor))
        login.rejected.connect(lambda: self.end(0))
        login.shown.connect(self.login_shown)
        if self._warm_up is not None and self._warm_up_thread is None:
            login.shown.connect(lambda: QTimer.singleShot(0, self._start_warm_up))  # painted
        login.show()

    def _login_language_chosen(self, language: str) -> None:
        login = self.login
        if login is None:
            return
        self._services.settings.choose_language(language)
        username = login.username.text()
        login.hide()
        self._drop_dialog("login")
        self.show_login(username)

    def _signed_in(self, actor: Actor | None) -> None:
        self._drop_dialog("login")
        if actor is None:
            self.end(0)
        elif actor.must_change_password:
            self._force_password_change(actor)
        else:
            self._open_main_window(actor)

    def _force_password_change(self, actor: Actor) -> None:
        self._wait_for_warm_up()
        from yuntian.ui.shell.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._services, actor, forced=True)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._password_changed(dialog.actor))
        dialog.rejected.connect(lambda: self.end(0))  # no way round it: quitting is the choice
        dialog.show()

    def _password_changed(self, actor: Actor | None) -> None:
        self._drop_dialog("password_dialog")
        if actor is None:
            self.end(0)
        else:
            self._open_main_window(actor)

    def _open_main_window(self, actor: Actor) -> None:
        self._wait_for_warm_up()
        from yuntian.ui.common.phone_display import use_area_code
        from yuntian.ui.shell.main_window import MainWindow
        from yuntian.ui.shell.pages import default_pages

        # Numbers are shown without the area code where it is the shop's own.
        use_area_code(lambda: self._services.profile.config.local_area_code)

        window = MainWindow(
            self._services,
            actor,
            (self._pages or default_pages)(),
            self._ui_state,
            backup_task=self._backup_task,
            connection=self._watch_connection(),
        )
        self.window = window
        window.sign_out_requested.connect(self._signed_out)
        window.closed.connect(lambda: self.end(0))
        window.show()
        if self._join_station is not None:
            self._join_stations(window, actor)
        if self._make_lines is not None:
            self._start_desk(window, actor)

    def _watch_connection(self) -> ConnectionWatcher:
        """The one watcher of the database connection, kept across sign-outs."""
        from yuntian.ui.common.connection_watcher import ConnectionWatcher

        if self.connection is None:
            self.connection = ConnectionWatcher(self._services, self)
        return self.connection

    @property
    def station_link(self) -> StationLink | None:
        """The link to the other stations while someone is signed in (the call desk's)."""
        return self.station.link if self.station is not None else None

    def _join_stations(self, window: MainWindow, actor: Actor) -> None:
        from yuntian.ui.shell.stations_status import StationSignals, StationsStatusWidget

        try:
            station = self._join_station(actor)  # type: ignore[misc]
        except Exception:  # the shop works without the others; the log says why
            logging.getLogger(__name__).exception("could not join the other stations")
            return
        self.station = station
        signals = StationSignals(station.presence, self)
        widget = StationsStatusWidget(station.identity.key)
        signals.snapshot.connect(widget.show_snapshot)
        window.statusBar().addPermanentWidget(widget)
        self._station_signals, self.stations_status = signals, widget

    def _leave_stations(self) -> None:
        """Sign-out or exit: this station shows offline on the others at once."""
        if self._station_signals is not None:
            self._station_signals.stop()
            self._station_signals.deleteLater()
            self._station_signals = None
        if self.station is not None:
            self.station.close()
            self.station = None
        self.stations_status = None

    def _start_desk(self, window: MainWindow, actor: Actor) -> None:
        from yuntian.ui.calls.call_desk import CallDesk

        desk = CallDesk(
            self._services,
            actor,
            window.phone_lines,
            self._make_lines,
            window=window,
            link=self.station_link,  # None on one PC: calls stay here
        )
        desk.open_customer_requested.connect(window.open_customer)
        desk.status_message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        window.phone_settings_changed.connect(desk.restart)
        window.close_check = lambda: self._may_discard_popups(window)
        desk.message_requested.connect(
            lambda call, customer_id: self._leave_message(window, actor, call, customer_id)
        )
        self.desk = desk
        desk.start()

    def _leave_message(
        self, window: MainWindow, actor: Actor, call: PopupCall | None, customer_id: int | None
    ) -> None:
        from yuntian.ui.calls.message_dialog import leave_message_for_call

        popup = self.desk.popups.popup_for_call(call) if self.desk and call else None
        leave_message_for_call(popup or window, self._services, actor, call, customer_id)

    def _may_discard_popups(self, window: MainWindow) -> bool:
        """Signing out or exiting closes the pop-ups: ask first if one holds typed details."""
        unsaved = self.desk.popups.unsaved() if self.desk is not None else []
        if not unsaved:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard the callers' details?"),
            self.tr(
                "%n caller pop-up(s) hold details typed in and not saved. Close them anyway?",
                "",
                len(unsaved),
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            window,
        )
        box.setObjectName("popupsDiscardQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Discard:
            return True
        unsaved[0].raise_()  # where the details are
        return False

    def _stop_desk(self) -> None:
        if self.desk is not None:
            self.desk.stop()
            self.desk.popups.close_all()
            self.desk.deleteLater()
            self.desk = None

    def _signed_out(self) -> None:
        self._stop_desk()
        self._leave_stations()
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.show_login()

    # --- helpers -----------------------------------------------------------------------

    def _start_warm_up(self) -> None:
        if self._warm_up is None or self._warm_up_thread is not None or self._ended:
            return
        self._warm_up_thread = threading.Thread(
            target=_run_warm_up, args=(self._warm_up,), name="warm-up", daemon=True
        )
        self._warm_up_thread.start()

    def _wait_for_warm_up(self) -> None:
        """One import at a time: the GUI thread imports nothing while the warm-up runs."""
        if self._warm_up_thread is not None:
            self._warm_up_thread.join()

    def _drop_dialog(self, name: str) -> None:
        dialog: QDialog | None = getattr(self, name)
        if dialog is not None:
            dialog.deleteLater()
            setattr(self, name, None)

    def end(self, code: int) -> None:
        """Close whatever is open and tell the application to exit with ``code``."""
        self._ended = True  # and no warm-up starts after this
        self._wait_for_warm_up()  # no import half done when the interpreter shuts down
        self._stop_desk()
        self._leave_stations()
        for name in ("wizard", "login", "password_dialog"):
            dialog = getattr(self, name)
            if dialog is not None:
                dialog.hide()
            self._drop_dialog(name)
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.finished.emit(code)


def _run_warm_up(warm_up: Callable[[], None]) -> None:
    try:
        warm_up()
    except Exception:  # only a head start: the main window imports what it needs anyway
        logging.getLogger(__name__).exception("warming up the imports failed")
