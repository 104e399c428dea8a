"""Backups and restore under faults (issue 14 item 7): a damaged database is never taken for a
backup (and rotates no good one out), a killed backup's leftovers are cleaned at the next one,
and restore takes only Yuntian's own databases. Real files throughout."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from yuntian.cli import main
from yuntian.config import Profile
from yuntian.db.backup import DamagedDatabaseError, backup_now, daily_backup
from yuntian.db.connection import DatabaseUrlError
from yuntian.db.profile_database import open_profile_database

T0 = dt.datetime(2026, 11, 2, 9, 30, 0)


def filled_profile(make_profile) -> Profile:
    """A migrated profile with ~2 MB of audit rows, closed (the WAL checkpointed away)."""
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    conn = sqlite3.connect(profile.sqlite_path)
    with conn:
        conn.executemany(
            "INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)",
            (
                (T0.isoformat(" "), "system", "user.update", f"客户{i}", "修改 " * 60)
                for i in range(5000)
            ),
        )
    conn.close()
    return profile


def damage(path: Path, how: str) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        if how == "truncated":
            f.truncate(size // 2)
        else:  # garbage over pages in the middle of the audit table
            f.seek(size // 2)
            f.write(random.Random(14).randbytes(16384))


def passes_quick_check(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()


@pytest.mark.parametrize("how", ["garbled", "truncated"])
def test_a_damaged_database_rotates_no_good_daily_backup_out(make_profile, how):
    profile = filled_profile(make_profile)
    for day in range(7):  # a week of good backups: the rotation is full
        assert daily_backup(profile, T0 + dt.timedelta(days=day)) is not None
    daily = profile.backups_dir / "daily"
    good = sorted(p.name for p in daily.iterdir())
    assert len(good) == 7
    damage(profile.sqlite_path, how)

    for day in range(7, 10):
        with pytest.raises(DamagedDatabaseError) as raised:
            daily_backup(profile, T0 + dt.timedelta(days=day))
        assert f"{profile.sqlite_path} is damaged (" in str(raised.value)
        assert "earlier backups were left as they are" in str(raised.value)

    assert sorted(p.name for p in daily.iterdir()) == good  # nothing new, nothing rotated out
    assert all(passes_quick_check(daily / name) for name in good)
    assert not list(profile.backups_dir.rglob("*.partial*"))


def test_backup_command_of_a_damaged_database_fails_and_says_so(make_profile, capsys):
    profile = filled_profile(make_profile)
    damage(profile.sqlite_path, "garbled")
    assert main(["backup", "--profile", str(profile.root)]) != 0
    captured = capsys.readouterr()
    assert "Backed up" not in captured.out
    (line,) = captured.err.strip().splitlines()
    assert "backup failed:" in line and "is damaged" in line and "yuntian db check" in line
    assert not (profile.backups_dir / "manual").exists() or not list(
        (profile.backups_dir / "manual").iterdir()
    )


def test_a_damaged_database_is_not_migrated(make_profile):
    """The copy before a migration is checked too: migrating a damaged file could make it
    worse, so the profile is refused with a one-line reason."""
    profile = filled_profile(make_profile)
    conn = sqlite3.connect(profile.sqlite_path)
    conn.execute(
        "DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)"
    )
    conn.commit()
    conn.close()
    damage(profile.sqlite_path, "garbled")
    with pytest.raises(DatabaseUrlError, match=r"is damaged .*not migrated"):
        open_profile_database(profile)


def test_a_manual_backup_of_a_sound_database_still_works(make_profile):
    profile = filled_profile(make_profile)
    copy = backup_now(profile, None, now=T0)
    assert passes_quick_check(copy)
