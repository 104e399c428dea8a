"""The GUI's daily backup of a PostgreSQL profile (issue 15): dumped where pg_dump is installed,
a quiet note on a PC without it, a red status-bar line (never a crash) when the dump fails."""

from __future__ import annotations

from yuntian.config import Config, Profile
from yuntian.db import migrations
from yuntian.db.connection import make_database
from yuntian.ui.shell.backup_task import BackupState, BackupTask
from yuntian.ui.shell.status_bar import BackupStatusLabel


def _label(task: BackupTask, qtbot) -> BackupStatusLabel:
    label = BackupStatusLabel(task)
    qtbot.addWidget(label)
    return label


def _run_daily(task: BackupTask, qtbot) -> None:
    task.start_daily()
    qtbot.waitUntil(lambda: task.state is not BackupState.RUNNING)


def test_daily_dump_of_a_server_profile_in_the_status_bar(
    make_profile, clock, qtbot, monkeypatch, tmp_path
):
    profile = make_profile("postgresql", migrated=True)
    db = make_database(profile.database_url)
    migrations.upgrade(db)
    db.close()
    task = BackupTask(profile, clock)
    label = _label(task, qtbot)

    _run_daily(task, qtbot)  # this PC has pg_dump: the dump is made here
    assert task.state is BackupState.DONE, task.error
    assert task.path == profile.backups_dir / "daily" / f"yuntian-{clock():%Y%m%d}.dump"
    assert label.text().startswith("Backed up at")

    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    clock.advance(days=1)
    _run_daily(task, qtbot)  # a reception PC without the client tools
    assert task.state is BackupState.NO_TOOLS
    assert label.text() == "No automatic backup on this PC"
    assert label.styleSheet() == ""  # a note, not an alarm
    assert "sudo apt install postgresql-client" in " ".join(label.toolTip().split())
    monkeypatch.undo()

    gone = Profile(tmp_path / "gone", Config(database_url="postgresql://postgres@127.0.0.1:1/x"))
    gone.save()
    failing = BackupTask(gone, clock)
    label = _label(failing, qtbot)
    _run_daily(failing, qtbot)  # the server cannot be reached: said, not raised
    assert failing.state is BackupState.FAILED
    assert label.text() == "Backup failed" and label.styleSheet() != ""
    assert "pg_dump failed for postgresql://postgres@127.0.0.1:1/x" in label.toolTip()
    assert not list(gone.backups_dir.rglob("*.partial"))


def test_the_manual_backup_without_tools_says_what_to_install(
    make_profile, clock, qtbot, monkeypatch, tmp_path
):
    profile = make_profile("mysql")
    empty = tmp_path / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    task = BackupTask(profile, clock)
    task.start_manual()
    qtbot.waitUntil(lambda: task.state is not BackupState.RUNNING)
    assert task.state is BackupState.FAILED  # asked for: the box names what to install
    assert "sudo apt install mariadb-client" in str(task.error)
