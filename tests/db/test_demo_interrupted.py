"""A demo whose generation is killed (issue 14 item 7): the profile says it is incomplete —
`db check` fails and names it, the application refuses it with one line — until `yuntian demo`
runs again and finishes."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from yuntian.cli import main
from yuntian.config import load_profile
from yuntian.db.models import Customer, Setting
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile, generator
from yuntian.demo.context import BASE_TIME
from yuntian.services.settings.setup import DEMO_INCOMPLETE_KEY, DemoIncompleteError

REPO = Path(__file__).resolve().parents[2]
SMALL = ["--customers", "30", "--calls", "0", "--sales", "0", "--orders", "0"]
SMALL += ["--today", BASE_TIME.date().isoformat()]

KILLED_AFTER_CUSTOMERS = """
import os, signal, sys
from yuntian.cli import main
from yuntian.demo import generator

def killed(ctx):
    os.kill(os.getpid(), signal.SIGKILL)  # mid-transaction: customers written, not committed

real = generator.generate
kill = generator.Step("killed", killed)
generator.generate = lambda db, profile, options, progress: real(
    db, profile, options, progress, steps=generator.STEPS[:2] + (kill,)
)
sys.exit(main(["demo", "--profile", sys.argv[1], *sys.argv[2:]]))
"""


def check(root: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["db", "check", "--profile", str(root)])
    return code, capsys.readouterr().out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
def test_a_killed_demo_is_reported_incomplete_until_it_is_made_again(tmp_path, capsys):
    root = tmp_path / "demo"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AFTER_CUSTOMERS, str(root), *SMALL],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    profile = load_profile(root, create=False)
    assert profile.config.demo  # what the issue saw: a demo profile ...
    db = open_profile_database(profile)
    assert Customer.select().count() == 0  # ... with no customers
    db.close()

    code, out = check(root, capsys)
    assert code == 1
    assert "demo data:        INCOMPLETE: its creation was interrupted" in out
    assert "healthy" not in out

    import yuntian.app

    with pytest.raises(DemoIncompleteError, match="demo data is incomplete"):
        yuntian.app.open_services(root)

    assert main(["demo", "--profile", str(root), *SMALL]) == 0  # no --force needed
    code, out = check(root, capsys)
    assert code == 0, out
    assert "demo data:        complete" in out
    yuntian.app.open_services(root).db.close()


def test_an_exception_inside_generation_leaves_the_profile_marked(tmp_path, monkeypatch):
    def broken(ctx):
        raise RuntimeError("disk trouble in the middle of the demo")

    real = generator.generate
    monkeypatch.setattr(
        generator,
        "generate",
        lambda db, profile, options, progress: real(
            db,
            profile,
            options,
            progress,
            steps=(*generator.STEPS[:3], generator.Step("x", broken)),
        ),
    )
    root = tmp_path / "demo"
    options = DemoOptions(customers=20, calls=0, sales=0, orders=0, today=BASE_TIME.date())
    with pytest.raises(RuntimeError, match="disk trouble"):
        create_demo_profile(root, options)
    db = open_profile_database(load_profile(root, create=False))
    try:
        assert Setting.get_or_none(Setting.key == DEMO_INCOMPLETE_KEY) is not None
        assert Customer.select().count() == 0
    finally:
        db.close()

    monkeypatch.setattr(generator, "generate", real)
    create_demo_profile(root, options)
    db = open_profile_database(load_profile(root, create=False))
    try:
        assert Setting.get_or_none(Setting.key == DEMO_INCOMPLETE_KEY) is None
        assert Customer.select().count() == 20
    finally:
        db.close()
