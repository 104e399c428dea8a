"""Backups and restore under faults (issue 14 item 7): a damaged database is never taken for a
backup (and rotates no good one out), a killed backup's leftovers are cleaned at the next one,
and restore takes only Yuntian's own databases. Real files throughout."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.sqlite_files import sqlite_file
from yuntian.cli import main
from yuntian.config import Profile
from yuntian.db.backup import DamagedDatabaseError, backup_now, daily_backup, restore
from yuntian.db.connection import DatabaseUrlError
from yuntian.db.identity import APPLICATION_ID, CORE_TABLES
from yuntian.db.profile_database import open_profile_database

T0 = dt.datetime(2026, 11, 2, 9, 30, 0)
REPO = Path(__file__).resolve().parents[2]


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
    with pytest.raises(DatabaseUrlError, match=r"(?s)is damaged .*not migrated"):
        open_profile_database(profile)


def test_a_manual_backup_of_a_sound_database_still_works(make_profile):
    profile = filled_profile(make_profile)
    copy = backup_now(profile, None, now=T0)
    assert passes_quick_check(copy)


KILLED_MIDWAY = """
import os, signal, sys
from pathlib import Path
from yuntian.db import backup

def killed(conn):
    # The copy is written; a change to it is half done (its journal is on disk): then the
    # process is killed, as by the task manager or a power cut of the process alone.
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DELETE FROM audit_log")
    os.kill(os.getpid(), signal.SIGKILL)

backup._quick_check = killed
backup.online_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX kill")
def test_a_killed_backup_leaves_files_the_next_backup_removes(make_profile):
    profile = filled_profile(make_profile)
    manual = profile.backups_dir / "manual"
    dest = manual / "yuntian-20261102-093000.sqlite"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MIDWAY, str(profile.sqlite_path), str(dest)],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = sorted(p.name for p in manual.iterdir())
    assert [name.rsplit(".", 1)[-1] for name in left] == ["partial", "partial-journal"]
    assert (manual / left[0]).stat().st_size > 1_000_000

    copy = backup_now(profile, None, now=T0 + dt.timedelta(minutes=1))
    assert sorted(manual.iterdir()) == [copy]
    assert passes_quick_check(copy)


def test_the_daily_backup_cleans_every_backup_folder_but_spares_a_copy_under_way(make_profile):
    profile = filled_profile(make_profile)
    busy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = _dead_pid()
        folders = [profile.backups_dir / sub for sub in ("", "manual", "weekly")]
        leftovers, under_way = [], []
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
            for suffix in (".partial", ".partial-journal"):
                name = f"yuntian-20261101.sqlite.{dead}-0123abcd{suffix}"
                leftovers.append(folder / name)
                (folder / name).write_bytes(b"\0" * 4096)
            under_way.append(folder / f"yuntian-20261102.sqlite.{busy.pid}-89abcdef.partial")
            under_way[-1].write_bytes(b"\0" * 4096)
        old_style = profile.backups_dir / "pre-restore-20261101-090000.sqlite.4567cdef.partial"
        old_style.write_bytes(b"\0" * 4096)
        an_hour_ago = time.time() - 3600
        os.utime(old_style, (an_hour_ago, an_hour_ago))
        mine = profile.backups_dir / "notes.partial.txt"  # not named like a copy: not ours
        mine.write_text("keep me")

        assert daily_backup(profile, T0) is not None

        assert not any(p.exists() for p in [*leftovers, old_style])
        assert all(p.exists() for p in under_way)
        assert mine.exists()
    finally:
        busy.kill()
        busy.wait()


def _dead_pid() -> int:
    """The process id of a process that has ended."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid


def application_id(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def test_our_databases_and_their_backups_carry_the_application_id(make_profile):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    assert application_id(profile.sqlite_path) == APPLICATION_ID == 0x59545356
    assert application_id(backup_now(profile, None, now=T0)) == APPLICATION_ID


def test_a_database_made_before_the_id_gets_it_when_next_opened(make_profile):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    conn = sqlite3.connect(profile.sqlite_path)
    conn.execute("PRAGMA application_id = 0")  # as every database before this version
    conn.close()
    assert application_id(profile.sqlite_path) == 0
    open_profile_database(profile).close()
    assert application_id(profile.sqlite_path) == APPLICATION_ID


FOREIGN_VERSIONS = [
    "CREATE TABLE schema_version (version INTEGER, name TEXT, applied_at TEXT)",
    "INSERT INTO schema_version VALUES (3, 'their own step', '2026-01-01')",
    "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
    "INSERT INTO invoices (total) VALUES (99.5)",
]


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ([], "lacks Yuntian's tables audit_log, enum_item"),
        # Every table name right, but the header says which program made it.
        (
            [f"CREATE TABLE {t} (id INTEGER)" for t in sorted(CORE_TABLES - {"schema_version"})]
            + [f"PRAGMA application_id = {0x46524F47}"],
            "belongs to another program: application id 0x46524f47",
        ),
    ],
    ids=["other_tables", "other_application_id"],
)
def test_restore_refuses_a_foreign_database_with_a_schema_version_table(
    make_profile, tmp_path, capsys, extra, reason
):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    before = profile.sqlite_path.read_bytes()
    source = sqlite_file(tmp_path / "other-app.sqlite", FOREIGN_VERSIONS + extra)

    code = main(["restore", str(source), "--yes", "--profile", str(profile.root)])

    assert code != 0
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert f"{source} is not a Yuntian backup (" in line and reason in line
    assert profile.sqlite_path.read_bytes() == before
    assert not list(profile.backups_dir.glob("pre-restore-*"))


def test_a_backup_made_before_the_id_is_still_restored(make_profile, tmp_path):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    copy = backup_now(profile, tmp_path / "old.sqlite", now=T0)
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    restore(profile, copy, now=T0)
    open_profile_database(profile).close()
    assert application_id(profile.sqlite_path) == APPLICATION_ID


@pytest.mark.parametrize("how", ["garbled", "truncated"])
def test_a_good_backup_restores_over_a_damaged_database(make_profile, tmp_path, capsys, how):
    """Restoring is how a damaged database is mended: its copy is kept byte for byte when
    SQLite cannot read it, and the restore goes ahead."""
    profile = filled_profile(make_profile)
    good = backup_now(profile, tmp_path / "good.sqlite", now=T0)
    damage(profile.sqlite_path, how)
    damaged_bytes = profile.sqlite_path.read_bytes()

    assert main(["restore", str(good), "--yes", "--profile", str(profile.root)]) == 0

    assert "The previous database is kept at" in capsys.readouterr().out
    (kept,) = profile.backups_dir.glob("pre-restore-*.sqlite")
    if how == "truncated":  # SQLite cannot read it: kept byte for byte
        assert kept.read_bytes() == damaged_bytes
    assert passes_quick_check(profile.sqlite_path)
    db = open_profile_database(profile)
    db.close()
