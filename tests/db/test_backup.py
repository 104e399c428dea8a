"""Backups while Yuntian writes, restore with identical data, daily/weekly rotation, refusals."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tests.support.sqlite_files import sqlite_file
from yuntian.config import Config, Profile
from yuntian.db import migrations
from yuntian.db.backup import (
    BackupError,
    backup_now,
    daily_backup,
    restore,
)
from yuntian.db.models import AuditEntry
from yuntian.db.profile_database import open_profile_database

T0 = dt.datetime(2026, 11, 27, 9, 30, 0)


class TickWriter(threading.Thread):
    """Another connection (another PC, the GUI) committing one audit row after another."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self.path = path
        self.committed = 0
        self.stop = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            conn.execute("PRAGMA synchronous=NORMAL")
            while not self.stop.is_set():
                n = self.committed + 1
                conn.execute(
                    "INSERT INTO audit_log (at, username, action, target, detail) "
                    "VALUES (?, 'zhangsan', 'test.tick', ?, '来电记录')",
                    (T0.isoformat(" "), str(n)),
                )
                self.committed = n  # read by the test thread; the row is committed now
            conn.close()
        except BaseException as exc:  # pragma: no cover - reported by the test
            self.error = exc

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 20
        while self.committed < count:
            assert self.error is None, self.error
            assert time.monotonic() < deadline, "the writer made no progress"
            time.sleep(0.005)


def ticks(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT target FROM audit_log WHERE action = 'test.tick'").fetchall()
    finally:
        conn.close()
    return sorted(int(r[0]) for r in rows)


def table_contents(path: Path) -> dict[str, collections.Counter]:
    """Every table's rows (as a multiset) plus the schema itself."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = conn.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        contents = {"<schema>": collections.Counter(schema)}
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            contents[name] = collections.Counter(rows)
    finally:
        conn.close()
    return contents


def fill(path: Path, rows: int) -> None:
    """Make the file big enough (~15 MB) that a backup takes a while."""
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO audit_log (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)",
            (
                (T0.isoformat(" "), "system", "user.update", f"客户{i}", "修改记录 " * 40)
                for i in range(rows)
            ),
        )
    conn.close()


@pytest.fixture
def sqlite_profile(make_profile) -> Profile:
    profile = make_profile("sqlite")
    open_profile_database(profile)  # migrated; the connection stays open like a running app
    return profile


def test_backup_while_another_connection_writes_then_restore(sqlite_profile):
    profile = sqlite_profile
    fill(profile.sqlite_path, 30_000)
    writer = TickWriter(profile.sqlite_path)
    writer.start()
    try:
        writer.wait_for(20)
        before = writer.committed
        copy = backup_now(profile, None)
        after = writer.committed
        writer.wait_for(after + 20)  # the live database moves on past the backup
    finally:
        writer.stop.set()
        writer.join()
    assert writer.error is None
    assert after > before, "the writer was not writing during the backup"

    assert copy.parent == profile.backups_dir / "manual"
    assert not Path(f"{copy}-wal").exists()  # a self-contained file
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone() == (
        migrations.LATEST,
    )
    conn.close()
    saved = ticks(copy)
    # A consistent prefix: everything committed before the backup began, nothing half-done.
    assert saved == list(range(1, len(saved) + 1))
    assert before <= len(saved) <= after
    live_ticks = ticks(profile.sqlite_path)
    assert len(live_ticks) == writer.committed > len(saved)

    kept = restore(profile, copy)

    assert table_contents(profile.sqlite_path) == table_contents(copy)
    assert kept is not None and kept.parent == profile.backups_dir
    assert kept.name.startswith("pre-restore-")
    assert ticks(kept) == live_ticks  # what the restore replaced is not lost
    # The connection that stayed open sees the restored content, in WAL mode as before.
    assert AuditEntry.select().where(AuditEntry.action == "test.tick").count() == len(saved)
    conn = sqlite3.connect(profile.sqlite_path)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_backup_to_a_chosen_file_or_folder(sqlite_profile, tmp_path):
    out = backup_now(sqlite_profile, tmp_path / "u盘" / "云天备份.sqlite")
    assert out == tmp_path / "u盘" / "云天备份.sqlite"
    assert ticks(out) == []
    folder = tmp_path / "folder"
    folder.mkdir()
    into = backup_now(sqlite_profile, folder, now=T0)
    assert into == folder / "yuntian-20261127-093000.sqlite"
    assert into.stat().st_size > 0
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".partial")]
    with pytest.raises(BackupError, match="the database itself"):
        backup_now(sqlite_profile, sqlite_profile.sqlite_path)


def test_daily_and_weekly_rotation_over_forty_days(sqlite_profile):
    profile = sqlite_profile
    daily_dir = profile.backups_dir / "daily"
    weekly_dir = profile.backups_dir / "weekly"
    daily_dir.mkdir(parents=True)
    weekly_dir.mkdir(parents=True)
    strangers = [
        daily_dir / "readme.txt",
        daily_dir / "yuntian-20200101-copy.sqlite",
        weekly_dir / "yuntian-2020-W01.sqlite.bak",
    ]
    for path in strangers:
        path.write_text("not ours")

    start = dt.datetime(2026, 1, 1, 8, 0)  # a Thursday, in ISO week 2026-W01
    days = [start + dt.timedelta(days=i) for i in range(40)]
    made = []
    for day in days:
        made.append(daily_backup(profile, day))
        assert daily_backup(profile, day + dt.timedelta(hours=9)) is None  # once a day

    assert made == [daily_dir / f"yuntian-{d:%Y%m%d}.sqlite" for d in days]
    newest_days = {f"yuntian-{d:%Y%m%d}.sqlite" for d in days[-7:]}
    assert {p.name for p in daily_dir.glob("yuntian-????????.sqlite")} == newest_days
    weeks = sorted({d.isocalendar()[:2] for d in days})
    newest_weeks = {f"yuntian-{y}-W{w:02d}.sqlite" for y, w in weeks[-4:]}
    assert {p.name for p in weekly_dir.glob("yuntian-*-W*.sqlite")} == newest_weeks
    assert all(p.read_text() == "not ours" for p in strangers)
    # each weekly file is a usable database of its own
    assert ticks(sorted(weekly_dir.glob("*.sqlite"))[0]) == []


def test_weekly_copy_is_taken_on_the_first_backup_of_a_week(sqlite_profile):
    monday = dt.datetime(2026, 12, 28, 9, 0)  # ISO week 2026-W53
    daily_backup(sqlite_profile, monday)
    daily_backup(sqlite_profile, monday + dt.timedelta(days=6))  # Sunday, same week
    daily_backup(sqlite_profile, monday + dt.timedelta(days=7))  # 2027-W01
    weekly = sorted(p.name for p in (sqlite_profile.backups_dir / "weekly").iterdir())
    assert weekly == ["yuntian-2026-W53.sqlite", "yuntian-2027-W01.sqlite"]


def test_no_daily_backup_when_turned_off(sqlite_profile, tmp_path):
    sqlite_profile.config.auto_backup = False
    assert daily_backup(sqlite_profile, T0) is None
    assert not (sqlite_profile.backups_dir / "daily").exists()
    server = Profile(tmp_path / "srv", Config(database_url="postgresql://yt@db/yuntian"))
    server.config.auto_backup = False
    assert daily_backup(server, T0) is None  # no pg_dump run, no server asked


def _fingerprint(profile: Profile) -> tuple[str, ...]:
    files = (profile.sqlite_path, Path(f"{profile.sqlite_path}-wal"))
    return tuple(hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "" for p in files)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("random", "not a SQLite database"),
        ("text", "not a SQLite database"),
        ("other_sqlite", "no schema_version table"),
        ("empty_versions", "schema_version table is empty"),
    ],
)
def test_restore_refuses_what_is_not_a_backup(sqlite_profile, tmp_path, kind, reason):
    source = tmp_path / f"{kind}.sqlite"
    if kind == "random":
        source.write_bytes(os.urandom(16384))
    elif kind == "text":
        source.write_text("客户名单\n张三,13800138000\n" * 200, encoding="utf-8")
    elif kind == "other_sqlite":
        sqlite_file(source, ["CREATE TABLE t (x)", "INSERT INTO t VALUES (1)"])
    else:
        sqlite_file(source, ["CREATE TABLE schema_version (version INTEGER)"])
    fingerprint = _fingerprint(sqlite_profile)

    with pytest.raises(BackupError) as raised:
        restore(sqlite_profile, source)

    assert str(raised.value).startswith(f"{source} is not a Yuntian backup (")
    assert reason in str(raised.value)
    assert "\n" not in str(raised.value)
    assert _fingerprint(sqlite_profile) == fingerprint
    assert not list(sqlite_profile.backups_dir.glob("pre-restore-*"))


def test_restore_refuses_a_backup_from_a_newer_version(sqlite_profile):
    copy = backup_now(sqlite_profile, None)
    conn = sqlite3.connect(copy)
    conn.execute(
        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', ?)",
        (migrations.LATEST + 1, T0.isoformat(" ")),
    )
    conn.commit()
    conn.close()
    fingerprint = _fingerprint(sqlite_profile)
    with pytest.raises(BackupError, match=r"newer Yuntian .*update Yuntian before restoring"):
        restore(sqlite_profile, copy)
    assert _fingerprint(sqlite_profile) == fingerprint


def test_restore_accepts_an_older_schema_and_it_is_migrated_at_next_open(make_profile, tmp_path):
    old = make_profile("sqlite", name="old")
    from yuntian.db.connection import open_database

    db = open_database(old.database_url)
    migrations.upgrade(db, target=1)
    db.close()
    copy = backup_now(old, tmp_path / "schema1.sqlite")

    profile = make_profile("sqlite", name="current")
    open_profile_database(profile).close()
    restore(profile, copy)
    db = open_profile_database(profile)
    assert migrations.current_version(db) == migrations.LATEST
    assert list(profile.backups_dir.glob("pre-migration-v1-*.sqlite"))
    db.close()


def test_backup_of_each_engine(make_profile, engine):
    """SQLite is copied; a server is dumped with its own tool (tests/db/test_server_backup.py)."""
    profile = make_profile(engine)
    open_profile_database(profile).close()
    made = backup_now(profile, None, now=T0)
    suffix = {"sqlite": ".sqlite", "postgresql": ".dump", "mysql": ".sql"}[engine]
    assert made == profile.backups_dir / "manual" / f"yuntian-20261127-093000{suffix}"
    if engine == "sqlite":
        assert ticks(made) == []


def test_restore_of_a_file_with_another_page_size(make_profile, tmp_path):
    """A copy VACUUMed elsewhere with a larger page size still restores into the WAL file."""
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    copy = backup_now(profile, tmp_path / "big-pages.sqlite")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("UPDATE setting SET value = '大页面' WHERE key = 'shop_name'")
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()

    restore(profile, copy)

    assert table_contents(profile.sqlite_path) == table_contents(copy)
    conn = sqlite3.connect(profile.sqlite_path)
    assert conn.execute("PRAGMA page_size").fetchone() == (8192,)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()
