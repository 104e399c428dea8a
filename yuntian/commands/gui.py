"""``yuntian`` / ``yuntian gui``: open the application.

Start-up probe for ``yuntian bench``: with ``YUNTIAN_STARTUP_PROBE=1`` the GUI prints one line
``login-dialog-shown SECONDS`` once the login dialog has been shown (and painted), then exits 0.
SECONDS counts from the start of the process itself on Linux (read from /proc, so Python's own
start-up and every import are included); elsewhere from the import of ``yuntian.app``. A profile
that still needs its first-run set-up prints ``first-run-wizard-shown SECONDS`` instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from yuntian.app import run_gui  # Qt is loaded only when the GUI is really wanted

    profile = getattr(args, "profile", None)
    return run_gui(Path(profile) if profile else None)
