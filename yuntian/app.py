"""Composition root: read the profile, open the database, build the services, start Qt.

No logic of its own beyond wiring; every step that can fail because of the user's files says
so in one line (a message box here, stderr on the command line) instead of a traceback.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from yuntian import __version__
from yuntian.config import APP_NAME, ConfigError, load_profile, resolve_profile_dir
from yuntian.db.connection import CHECKPOINT_SECONDS, DatabaseUrlError, checkpoint, describe_url
from yuntian.db.migrations import SchemaError
from yuntian.db.profile_database import open_profile_database
from yuntian.logging_setup import LOG_FILE, log_to_profile
from yuntian.services import Services, build_services, import_service_modules, system_clock
from yuntian.services.common.audit import Clock
from yuntian.services.common.permissions import Actor
from yuntian.services.settings.setup import DemoIncompleteError
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.i18n import install_translators
from yuntian.ui.common.ui_state import open_ui_state
from yuntian.ui.common.unexpected_errors import ErrorGuard
from yuntian.ui.shell.backup_task import BackupTask
from yuntian.ui.shell.session import Session

# Only what the login dialog needs is imported before it is shown; telephony, the main window
# and the services' modules come after sign-in (tests/ui/shell/test_startup_imports.py).
if TYPE_CHECKING:
    from yuntian.telephony.line_events import LineEvent
    from yuntian.telephony.line_manager import LineManager
    from yuntian.ui.calls.call_desk import LinesFactory

log = logging.getLogger(__name__)
PROBE_ENV = "YUNTIAN_STARTUP_PROBE"
ORGANIZATION = "Yuntian"
_IMPORTED_AT = time.perf_counter()
STARTUP_ERRORS = (ConfigError, DatabaseUrlError, SchemaError)


def seconds_since_start(fallback_start: float = _IMPORTED_AT) -> float:
    """Seconds since this process started (Linux: from /proc, so the interpreter's own start-up
    counts too); elsewhere since ``fallback_start`` on the perf_counter clock."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            after_name = stat.read().rsplit(")", 1)[1].split()
        started_ticks = int(after_name[19])  # field 22, starttime, counted after "(comm)"
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
        return now - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, AttributeError):
        return time.perf_counter() - fallback_start


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (tests already have one)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    return app


def open_services(profile_dir: Path | None, clock: Clock = system_clock) -> Services:
    """Profile -> database (migrated) -> services. Raises one of STARTUP_ERRORS."""
    profile = load_profile(resolve_profile_dir(profile_dir))
    try:
        db = open_profile_database(profile)
    except pw.DatabaseError as exc:  # e.g. "file is not a database": say which one
        where = describe_url(profile.database_url).display
        raise DatabaseUrlError(f"{where}: {exc}") from None
    services = build_services(db, profile, clock)
    try:
        services.setup.check_demo_complete()
    except DemoIncompleteError:
        db.close()
        raise
    return services


def show_startup_error(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "Yuntian cannot start"), text)


def open_or_ask(profile_dir: Path | None, clock: Clock = system_clock) -> Services | None:
    """open_services; when the database cannot be opened, the dialog with the reason, Retry
    and Settings (yuntian.ui.shell.startup_connection) until it opens or the user quits
    (None). A broken config.toml or an unfinished demo get their one-line message."""
    while True:
        try:
            return open_services(profile_dir, clock)
        except ConfigError as exc:
            log.warning("cannot start: %s", exc)
            show_startup_error(_one_line(exc))
            return None
        except DemoIncompleteError as exc:
            log.warning("cannot start: %s", exc)
            show_startup_error(demo_incomplete_text(exc.root))
            return None
        except STARTUP_ERRORS as exc:
            log.warning("cannot open the database: %s", exc)
            error = _one_line(exc)
        if not ask_about_database(profile_dir, error):
            return None


def ask_about_database(profile_dir: Path | None, error: str) -> bool:
    """The start-up connection dialog; True when Retry found the database usable."""
    from yuntian.ui.shell.startup_connection import ServerUnreachableDialog

    try:
        profile = load_profile(resolve_profile_dir(profile_dir))
    except ConfigError as exc:
        show_startup_error(_one_line(exc))
        return False
    dialog = ServerUnreachableDialog(profile, error)
    accepted = dialog.exec() == ServerUnreachableDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def demo_incomplete_text(root: object) -> str:
    return QCoreApplication.translate(
        "Startup",
        "The demo profile {folder} is incomplete: its creation was interrupted. Run "
        "'yuntian demo' for this profile again.",
    ).format(folder=root)


def run_gui(
    profile_dir: Path | None,
    *,
    argv: list[str] | None = None,
    clock: Clock = system_clock,
    probe: bool | None = None,
) -> int:
    """Open the application on a profile; returns the process exit code (2: unusable profile).

    ``probe`` (default: ``YUNTIAN_STARTUP_PROBE=1``) prints ``login-dialog-shown SECONDS``
    as soon as the login dialog is on screen, then exits 0: the start-up benchmark.
    """
    if probe is None:
        probe = os.environ.get(PROBE_ENV) == "1"
    app = application(argv)
    install_translators(app, "system")  # the profile's own choice is not known yet
    services = open_or_ask(profile_dir, clock)
    if services is None:
        return 2
    profile = services.profile
    log_handler = log_to_profile(profile)
    guard = ErrorGuard(profile.logs_dir / LOG_FILE).install()  # no traceback on screen
    install_translators(app, profile.config.language)
    app.setQuitOnLastWindowClosed(False)  # between sign-out and the login dialog none is open

    backup_task = BackupTask(profile, clock)
    session = Session(
        services,
        open_ui_state(profile),
        backup_task=backup_task,
        language_changed=lambda language: install_translators(app, language),
        make_lines=phone_lines_factory(services),
        warm_up=import_for_main_window,
        join_station=lambda actor: services.stations.join(actor),
    )
    session.finished.connect(app.exit)
    if probe:
        _attach_probe(session)
    backup_task.start_daily()
    checkpoints = wal_checkpoints(services, app)
    QTimer.singleShot(0, session.start)
    code = app.exec()
    checkpoints.stop()
    backup_task.wait()  # a backup half written at exit would be useless
    QThreadPool.globalInstance().waitForDone(5000)
    services.db.close()
    guard.uninstall()
    logging.getLogger().removeHandler(log_handler)
    log_handler.close()
    return code


def wal_checkpoints(services: Services, parent: QObject) -> QTimer:
    """Checkpoint the SQLite WAL on a pool thread every CHECKPOINT_SECONDS, so that no commit
    (the caller pop-up's call above all) does it on its way (see connection.SQLITE_PRAGMAS)."""
    timer = QTimer(parent)
    timer.setInterval(CHECKPOINT_SECONDS * 1000)

    def failed(exc: Exception) -> None:
        log.warning("WAL checkpoint failed: %s", exc)

    timer.timeout.connect(
        lambda: run_in_background(timer, lambda: checkpoint(services.db), lambda _: None, failed)
    )
    timer.start()
    return timer


def import_for_main_window() -> None:
    """What the main window will need that does not touch Qt: imported on a thread of its own
    while the login dialog waits for the password, so signing in does not wait for it."""
    import_service_modules()
    import yuntian.telephony.drivers
    import yuntian.telephony.line_manager  # noqa: F401


def phone_lines_factory(services: Services) -> LinesFactory:
    """The line manager for this PC's configured devices and lines (read at each sign-in).
    A demo simulator rings with the demo customers' numbers, read once on its own thread."""
    numbers: list[str] = []

    def demo_numbers() -> list[str]:
        from yuntian.demo.callers import demo_caller_numbers

        if not numbers:
            numbers.extend(demo_caller_numbers(services.db))
        return numbers

    def make(sink: Callable[[LineEvent], None]) -> LineManager:
        from yuntian.telephony.drivers import make_driver
        from yuntian.telephony.line_manager import LineManager

        config = services.profile.config
        return LineManager(
            config.lines,
            config.devices,
            sink,
            driver_factory=lambda device, device_sink: make_driver(
                device, device_sink, numbers=demo_numbers
            ),
        )

    return make


def _attach_probe(session: Session) -> None:
    def report(what: str) -> Callable[[], None]:
        def later() -> None:
            # After this turn of the event loop the dialog has been painted once.
            QTimer.singleShot(0, lambda: _probe_done(session, what))

        return later

    session.login_shown.connect(report("login-dialog-shown"))
    session.wizard_shown.connect(report("first-run-wizard-shown"))  # a profile not set up yet


def _probe_done(session: Session, what: str) -> None:
    print(f"{what} {seconds_since_start():.3f}", flush=True)
    session.end(0)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


def render_snapshots(services: Services, actor: Actor, out_dir: Path, language: str) -> list[Path]:
    """``yuntian snapshot``: every page and main dialog to PNG files in ``out_dir``."""
    from yuntian.tools.snapshots import render_all

    app = application()
    install_translators(app, language)
    try:
        return render_all(services, actor, out_dir)
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
