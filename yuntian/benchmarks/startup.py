"""Benchmark "startup": from launching the GUI process to its login dialog on screen.

The GUI's start-up probe (``YUNTIAN_STARTUP_PROBE=1``, see yuntian/commands/gui.py) prints
``login-dialog-shown SECONDS`` once the dialog has been painted and exits. We time it two ways:
externally, from starting the process to reading that line, and as the process reports it
(seconds since the process started). The baseline, measured the same two ways in the same run,
is a bare PySide6 process that shows an empty QDialog: what Python + Qt cost before any of ours.
Runs alternate between the two so a busy machine slows both alike; one untimed warm-up each
fills the file cache. Qt runs offscreen, so no display is needed.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure, median

PROBE_LINE = "login-dialog-shown"
RUNS = 5
TIMEOUT = 120.0  # seconds for one launch
DATASET_CUSTOMERS = 100_000  # start-up on a large shop's database
GOAL = "<= 0.8"  # issue 13: nothing but the login dialog before sign-in

# The baseline process. It reports with the GUI probe's clock (seconds since the process
# started, from /proc on Linux) and prints after the dialog has been shown and the event loop
# has turned once, as the probe does.
BARE_QT_DIALOG = """
import os, sys, time
_t0 = time.perf_counter()

def since_start():
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start
    except (OSError, IndexError, ValueError, AttributeError):
        return time.perf_counter() - _t0

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication(sys.argv[:1])
dialog = QDialog()
dialog.setWindowTitle("baseline")

def done():
    print(f"login-dialog-shown {since_start():.3f}", flush=True)
    app.exit(0)

def show():
    dialog.show()
    QTimer.singleShot(0, done)

QTimer.singleShot(0, show)
sys.exit(app.exec())
"""


class StartupProbeError(RuntimeError):
    """The launched process never reported its login dialog."""


@dataclass(frozen=True)
class Launch:
    external: float  # seconds from starting the process to reading the probe line
    reported: float  # seconds the process itself reported


def probe_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["YUNTIAN_STARTUP_PROBE"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def launch_once(command: Sequence[str], env: dict[str, str], timeout: float = TIMEOUT) -> Launch:
    """Start ``command``, wait for the probe line, let the process finish."""
    name = shlex.join(command)
    name = name if len(name) <= 80 else name[:77] + "..."
    # stderr goes to a file: a chatty process must not block on a full pipe before its line.
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(command),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        reported: float | None = None
        external = 0.0
        timed_out = threading.Event()

        def kill() -> None:  # a hung process must not hang the benchmark in the read loop
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:  # the probe flushes its line
                if line.startswith(PROBE_LINE + " "):
                    external = time.perf_counter() - started
                    reported = float(line.split()[1])
                    break
            proc.stdout.read()  # let the process finish writing and exit
            proc.wait()
        finally:
            timer.cancel()
            proc.stdout.close()  # type: ignore[union-attr]
        if reported is None:
            err.seek(0)
            tail = " | ".join(err.read().strip().splitlines()[-3:])
            ended = (
                f"was stopped after {timeout:.0f} s"
                if timed_out.is_set()
                else f"exited with {proc.returncode}"
            )
            raise StartupProbeError(f"{name} {ended} without '{PROBE_LINE}': {tail}")
    return Launch(external, reported)


def measure(
    gui: Sequence[str],
    baseline: Sequence[str],
    *,
    runs: int = RUNS,
    warmup: bool = True,
    env: dict[str, str] | None = None,
) -> list[Figure]:
    env = env or probe_environment()
    if warmup:
        launch_once(gui, env)
        launch_once(baseline, env)
    app_runs: list[Launch] = []
    bare_runs: list[Launch] = []
    for _ in range(runs):
        app_runs.append(launch_once(gui, env))
        bare_runs.append(launch_once(baseline, env))
    return [
        Figure(
            "startup.login_dialog",
            median([r.external for r in app_runs]),
            "s",
            GOAL,
            median([r.external for r in bare_runs]),
        ),
        Figure(
            "startup.login_dialog_reported",
            median([r.reported for r in app_runs]),
            "s",
            GOAL,
            median([r.reported for r in bare_runs]),
        ),
    ]


def gui_command(profile_dir: os.PathLike[str] | str) -> list[str]:
    return [sys.executable, "-m", "yuntian", "gui", "--profile", str(profile_dir)]


def baseline_command() -> list[str]:
    return [sys.executable, "-c", BARE_QT_DIALOG]


def run(ctx: BenchContext) -> list[Figure]:
    profile = ctx.datasets.demo_profile(DATASET_CUSTOMERS)
    ctx.log(f"bench: startup: {RUNS} launches of the GUI and of a bare Qt dialog, alternating")
    return measure(gui_command(profile.root), baseline_command())


BENCHMARK = Benchmark(
    "startup",
    f"launch to login dialog shown (median of {RUNS}) vs a bare PySide6 dialog",
    run,
)
