"""``yuntian`` / ``yuntian gui``: open the application.

Start-up probe for ``yuntian bench``: with ``YUNTIAN_STARTUP_PROBE=1`` the GUI prints one line
``login-dialog-shown SECONDS`` once the login dialog has been shown (and painted), then exits 0.
SECONDS counts from the start of the process itself on Linux (read from /proc, so Python's own
start-up and every import are included); elsewhere from the import of ``yuntian.app``. A profile
that still needs its first-run set-up prints ``first-run-wizard-shown SECONDS`` instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from yuntian.cli import UserError

NO_DISPLAY = (
    "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open. "
    "On a machine without a screen run it under a virtual X server: "
    "xvfb-run -a scripts/run-demo, or xvfb-run -a yuntian --profile DIR "
    "(scripts/bootstrap installs xvfb; Debian/Ubuntu: apt-get install xvfb xauth)"
)


def missing_display(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True on Linux without an X or Wayland display and no Qt platform chosen: Qt would
    abort with a misleading message about libxcb-cursor0 instead."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return False
    return not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if missing_display():
        raise UserError(NO_DISPLAY)
    from yuntian.app import run_gui  # Qt is loaded only when the GUI is really wanted

    profile = getattr(args, "profile", None)
    return run_gui(Path(profile) if profile else None)
