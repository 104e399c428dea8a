"""Without a display the GUI says so and how to use xvfb-run, instead of Qt's abort about
libxcb-cursor0 (which is installed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from yuntian.commands.gui import missing_display

REPO = Path(__file__).resolve().parents[2]
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "YUNTIAN_PROFILE")


@pytest.mark.parametrize(
    ("env", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_missing_display(env, platform, missing):
    assert missing_display(env, platform) is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
@pytest.mark.parametrize("command", [[], ["gui"]])
def test_the_gui_without_a_display_explains_xvfb_run(tmp_path, command):
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    profile = tmp_path / "p"
    done = subprocess.run(
        [sys.executable, "-m", "yuntian", "--profile", str(profile), *command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "no display found" in done.stderr and "xvfb-run -a scripts/run-demo" in done.stderr
    assert "Traceback" not in done.stderr and "xcb" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not profile.exists()  # nothing was created on the way
