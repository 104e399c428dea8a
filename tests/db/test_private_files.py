"""Private files (issue 14 item 5): on POSIX the profile folder is 700 and every file in it 600,
from creation on and after every rewrite; a profile an older version left loose is tightened
when opened. Each test runs under umask 022, where files are 644 unless made private."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import time
from pathlib import Path

import pytest

from tests.helpers import ADMIN_PASSWORD
from tests.telephony.audio_fakes import ToneSource
from yuntian import private_files
from yuntian.cli import main
from yuntian.config import Config, Profile, load_profile
from yuntian.db.backup import backup_now, daily_backup
from yuntian.db.connection import DatabaseUrlError
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.logging_setup import log_to_profile
from yuntian.telephony.recording import Recorder

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows keeps its ACLs")
NOW = dt.datetime(2026, 11, 27, 9, 30, 0)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def loose_entries(root: Path) -> list[str]:
    """Every folder under ``root`` (itself included) not 700 and every file not 600."""
    found = [] if mode(root) == 0o700 else [f"{root} {mode(root):o}"]
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            if mode(Path(folder, name)) != 0o700:
                found.append(f"{name}/ {mode(Path(folder, name)):o}")
        for name in files:
            if mode(Path(folder, name)) != 0o600:
                found.append(f"{name} {mode(Path(folder, name)):o}")
    return found


def test_init_makes_the_folder_700_and_its_files_600_with_the_wal(tmp_path, monkeypatch):
    root = tmp_path / "shop"
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", "Shop-pass-7")
    assert main(["init", "--profile", str(root), "--shop", "云天", "--area-code", "010"]) == 0
    assert loose_entries(root) == []
    db = open_profile_database(load_profile(root, create=False))
    try:
        db.execute_sql("UPDATE setting SET value = value")  # the WAL and its index appear
        wal, shm = Path(f"{root}/yuntian.sqlite-wal"), Path(f"{root}/yuntian.sqlite-shm")
        assert wal.exists() and shm.exists()
        assert loose_entries(root) == []
    finally:
        db.close()


def test_demo_profile_is_private_and_a_600_config_stays_so_when_demo_rewrites_it(tmp_path):
    root = tmp_path / "demo"
    options = DemoOptions(customers=20, calls=0, sales=0, orders=0, today=BASE_TIME.date())
    create_demo_profile(root, options)
    assert loose_entries(root) == []
    create_demo_profile(root, options, force=True)  # rewrites config.toml and the database
    assert loose_entries(root) == []


def test_save_local_keeps_a_600_config(services_on):
    services = services_on("sqlite")
    profile = services.profile
    profile.config_path.chmod(0o600)
    admin = services.auth.login("system", ADMIN_PASSWORD)
    services.settings.save_local(admin, local_area_code="021", language="en")
    assert load_profile(profile.root, create=False).config.local_area_code == "021"
    assert mode(profile.config_path) == 0o600
    assert loose_entries(profile.root) == []


def test_a_rewrite_never_goes_through_a_loose_file(tmp_path):
    profile = Profile(tmp_path / "p", Config())
    profile.save()
    assert mode(profile.config_path) == 0o600
    leftover = profile.config_path.with_name("config.toml.tmp")
    leftover.write_text("left by a crash")  # 644: must not be reused as it is
    profile.config.local_area_code = "0755"
    profile.save()
    assert mode(profile.config_path) == 0o600
    assert not leftover.exists()
    assert loose_entries(profile.root) == []


def test_backups_daily_weekly_and_manual_are_600(make_profile, tmp_path):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    assert daily_backup(profile, NOW) is not None
    backup_now(profile, None, now=NOW)
    assert loose_entries(profile.root) == []
    assert sorted(p.name for p in profile.backups_dir.iterdir()) == ["daily", "manual", "weekly"]


def test_a_backup_to_a_chosen_folder_is_600_and_the_folder_is_left_alone(make_profile, tmp_path):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    usb = tmp_path / "usb"
    usb.mkdir(mode=0o755)
    copy = backup_now(profile, usb, now=NOW)
    assert mode(copy) == 0o600
    assert mode(usb) == 0o755


def test_a_recording_is_600_in_private_folders(make_profile):
    profile = make_profile("sqlite")
    recorder = Recorder(profile.recordings_dir, ToneSource(), clock=lambda: NOW)
    recorder.start(1, "hw:1")
    time.sleep(0.3)
    relative = recorder.stop(1, timeout=2)
    assert relative is not None
    assert (profile.recordings_dir / relative).stat().st_size > 0
    assert loose_entries(profile.root) == []


def test_the_log_file_is_600_and_so_is_the_next_after_rotation(make_profile):
    profile = make_profile("sqlite")
    handler = log_to_profile(profile)
    try:
        logging.getLogger("yuntian.test").warning("a line for the log")
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("yuntian.test").warning("a line for the next file")
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert sorted(p.name for p in profile.logs_dir.iterdir()) == ["yuntian.log", "yuntian.log.1"]
    assert loose_entries(profile.root) == []


def test_a_profile_left_loose_by_an_older_version_is_tightened_when_opened(make_profile):
    profile = make_profile("sqlite")
    open_profile_database(profile).close()
    backup_now(profile, None, now=NOW)
    for folder, dirs, files in os.walk(profile.root):
        for name in dirs:
            Path(folder, name).chmod(0o755)
        for name in files:
            Path(folder, name).chmod(0o644)
    profile.root.chmod(0o755)
    assert len(loose_entries(profile.root)) >= 4

    load_profile(profile.root, create=False)
    assert loose_entries(profile.root) == []


def test_nothing_is_changed_where_modes_are_not_enforced(tmp_path, monkeypatch):
    """Windows: the per-user data folder is private by its ACL; chmod would only set the
    read-only flag there."""
    monkeypatch.setattr(private_files, "ENFORCED", False)
    profile = Profile(tmp_path / "p", Config())
    profile.save()
    assert mode(profile.config_path) == 0o644
    assert profile.config_path.read_text(encoding="utf-8").startswith("# Yuntian")


def test_a_database_file_that_cannot_be_created_is_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the database's folder should be")
    profile = Profile(tmp_path / "p", Config(database_url=f"sqlite:///{blocker}/yuntian.sqlite"))
    profile.save()
    with pytest.raises(DatabaseUrlError, match=r"not-a-folder/yuntian\.sqlite: cannot be created"):
        open_profile_database(profile)
