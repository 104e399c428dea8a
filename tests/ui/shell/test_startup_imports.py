"""Start-up imports nothing but what the login dialog needs (issue 13, item 19).

Importing the main window, the pages, the services' modules and their libraries (openpyxl,
jinja2, pypinyin, phonenumbers, telephony) before sign-in made the login dialog take 1.74 s
instead of well under one. The GUI is started here as a user starts it, through the command
line, up to its login dialog (the start-up probe exits there); the modules loaded by then are
checked against what only a signed-in user needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.helpers import ADMIN_PASSWORD
from yuntian.services import Services, _BuiltOnUse, import_service_modules
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.shell.pages import PageSpec
from yuntian.ui.shell.session import Session

# Run as `yuntian --profile DIR` is; the probe exits once the login dialog is painted, and
# anything imported after it (while shutting down) would only make this test stricter.
_GUI_UP_TO_LOGIN = """
import json, sys
from yuntian.cli import main
code = main(["--profile", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# Modules and packages (with everything below them) that only a signed-in user needs.
AFTER_SIGN_IN = (
    "openpyxl",
    "jinja2",
    "pypinyin",
    "phonenumbers",
    "numpy",
    "serial",
    "yuntian.telephony",
    "yuntian.exports",
    "yuntian.demo",
    "yuntian.phone_numbers",
    "yuntian.db.search_index",
    "yuntian.db.search_tokens",
    "yuntian.ui.shell.main_window",
    "yuntian.ui.shell.pages",
    "yuntian.ui.shell.home_page",
    "yuntian.ui.shell.first_run_wizard",
    "yuntian.ui.shell.change_password_dialog",
    "yuntian.ui.calls",
    "yuntian.ui.customers",
    "yuntian.ui.sales",
    "yuntian.ui.service_orders",
    "yuntian.ui.statistics",
    "yuntian.ui.printing",
    "yuntian.ui.admin",
)
# The services the login dialog uses (sign-in, the shop's name, the demo logins) and their
# common parts; every other service package must wait.
SERVICES_BEFORE_SIGN_IN = ("common", "admin.auth", "settings.settings", "settings.setup")


def _under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_the_login_dialog_comes_up_without_the_main_window_or_its_libraries(
    sqlite_services, tmp_path
):
    root = sqlite_services.profile.root
    sqlite_services.db.close()
    env = dict(os.environ, YUNTIAN_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _GUI_UP_TO_LOGIN, str(root)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("login-dialog-shown "), result.stdout
    report = json.loads(lines[-1])
    assert report["code"] == 0
    modules = report["modules"]
    assert "yuntian.ui.shell.login_dialog" in modules  # the walk saw the real start-up

    too_early = sorted(m for m in modules if any(_under(m, p) for p in AFTER_SIGN_IN))
    assert not too_early, f"imported before sign-in: {too_early}"
    allowed = [f"yuntian.services.{name}" for name in SERVICES_BEFORE_SIGN_IN]
    services = [m for m in modules if _under(m, "yuntian.services") and m != "yuntian.services"]
    early_services = sorted(
        m for m in services if not any(_under(a, m) or _under(m, a) for a in allowed)
    )
    assert not early_services, f"services imported before sign-in: {early_services}"


def test_services_are_built_on_first_use_once_and_the_warm_up_names_their_modules(
    sqlite_services,
):
    # What the GUI warms up while the login dialog waits is where each service really lives.
    fresh = Services(sqlite_services.db, sqlite_services.profile, sqlite_services.clock)
    assert "customers" not in vars(fresh)
    for name, attribute in vars(Services).items():
        if isinstance(attribute, _BuiltOnUse):
            service = getattr(fresh, name)
            assert type(service).__module__ == attribute.module, name
            assert getattr(fresh, name) is service  # built once, then kept
    assert fresh.customer_import._customers is fresh.customers  # shared, not rebuilt
    import_service_modules()  # imports cleanly on its own


def test_the_warm_up_runs_off_the_gui_thread_while_the_login_waits_and_before_the_window(
    sqlite_services, qtbot, tmp_path
):
    ran: list[tuple[str, bool]] = []
    release = threading.Event()

    def warm_up() -> None:
        release.wait(10)  # as if importing took a while
        time.sleep(0.05)
        ran.append((threading.current_thread().name, session.window is None))

    def home(services, actor, parent=None) -> QLabel:
        label = QLabel("home", parent)
        label.refresh = lambda: None
        return label

    pages = lambda: [PageSpec("home", "Home", None, home)]  # noqa: E731
    session = Session(
        sqlite_services, ui_state_at(tmp_path / "ui.ini"), pages=pages, warm_up=warm_up
    )
    session.start()
    login = session.login
    assert login is not None
    qtbot.waitUntil(lambda: session._warm_up_thread is not None)  # started once painted
    assert not ran  # the dialog is up and answering while the warm-up still runs
    login.username.setText("system")
    login.password.setText(ADMIN_PASSWORD)
    release.set()
    qtbot.mouseClick(login.sign_in_button, Qt.MouseButton.LeftButton)
    assert session.window is not None
    qtbot.addWidget(session.window)
    assert ran == [("warm-up", True)]  # finished on its own thread before the window opened
    session.end(0)
