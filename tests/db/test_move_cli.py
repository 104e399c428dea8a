"""``yuntian db move``: a real process killed in the middle of a copy leaves a target the next
move finds and redoes; the profile's own file is never written; a password is never shown."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from yuntian.db.connection import make_database
from yuntian.db.move import PAUSE_ENV
from yuntian.db.move_target import MARKER, tables_of

MAIN = "import sys; from yuntian.cli import main; sys.exit(main())"
ROOT = Path(__file__).resolve().parents[2]


def _yuntian(*args: str, pause: float = 0.0) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), PAUSE_ENV: str(pause)}
    return subprocess.Popen(
        [sys.executable, "-c", MAIN, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


@pytest.mark.slow
def test_a_move_killed_mid_copy_is_redone_by_the_next(demo, make_profile):
    profile, db = demo(150, calls=400)
    db.close()  # as a shop closes Yuntian before moving
    before = _state(profile.sqlite_path)
    url = make_profile("postgresql", name="pg").database_url
    with_password = url.replace("postgres@", "postgres:Sh0p-s3cret@")

    mover = _yuntian("db", "move", "--to", with_password, "--profile", str(profile.root), pause=0.3)
    seen = []
    assert mover.stdout is not None
    for line in mover.stdout:
        seen.append(line)
        if line.strip().startswith("customer "):  # a table done, more to come
            break
    mover.send_signal(signal.SIGKILL)
    mover.wait(timeout=30)
    assert mover.returncode == -signal.SIGKILL, "".join(seen)
    assert not any("Verifying" in line for line in seen)
    target = make_database(url)
    assert MARKER in tables_of(target)  # what tells the next move
    target.close()

    again = _yuntian("db", "move", "--to", with_password, "--profile", str(profile.root))
    out, _ = again.communicate(timeout=300)

    assert again.returncode == 0, out
    assert "did not finish" in out and "doing it again" in out
    table = [line.split() for line in out.splitlines() if line.endswith((" OK", "DIFFERENT"))]
    assert len(table) >= 27 and all(row[-1] == "OK" for row in table)
    assert "Sh0p-s3cret" not in "".join(seen) + out
    target = make_database(url)
    assert MARKER not in tables_of(target)
    target.close()
    assert _state(profile.sqlite_path) == before  # the source: not a byte, not its time


def test_a_refused_move_says_what_the_target_holds(demo, tmp_path):
    profile, db = demo(20)
    db.close()
    target = tmp_path / "moved.sqlite"
    first = _yuntian("db", "move", "--to", f"sqlite:///{target}", "--profile", str(profile.root))
    assert first.wait(timeout=120) == 0
    started = time.monotonic()

    second = _yuntian("db", "move", "--to", f"sqlite:///{target}", "--profile", str(profile.root))
    out, _ = second.communicate(timeout=120)

    assert second.returncode == 2
    last = out.strip().splitlines()[-1]
    assert last.startswith("yuntian: ") and "not empty" in last and "20 customers" in last
    assert "--replace" in last
    assert time.monotonic() - started < 60
