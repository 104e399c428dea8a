"""``yuntian backup`` and ``yuntian restore``: copy the SQLite database out and back in.

For a server database both explain the server's own tool and exit with code 2: nothing was
backed up or restored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from yuntian.cli import UserError
from yuntian.commands.common import check_output_file, check_output_folder, profile_from_args
from yuntian.db import backup as backups
from yuntian.db import migrations

NOT_DONE = 2  # exit code when a server database needs its own tools


def backup(args: argparse.Namespace) -> int:
    profile = profile_from_args(args)
    # A server's dump is written where its tool runs: only the instructions name that file.
    out = _checked_out(args.out) if profile.uses_sqlite else _given(args.out)
    try:
        path = backups.backup_now(profile, out)
    except backups.ServerDatabaseError as exc:
        print(exc)
        return NOT_DONE
    except (backups.BackupError, OSError, sqlite3.Error) as exc:
        raise UserError(f"backup failed: {exc}") from None
    print(f"Backed up {profile.sqlite_path} to {path} ({human_size(path.stat().st_size)})")
    return 0


def _checked_out(given: str | None) -> Path | None:
    """--out FILE, or an existing folder to write in; never creates missing folders."""
    out = _given(given)
    if out is None:
        return None
    return check_output_folder(out) if out.is_dir() else check_output_file(out)


def _given(given: str | None) -> Path | None:
    return Path(given).expanduser() if given else None


def restore(args: argparse.Namespace) -> int:
    profile = profile_from_args(args)
    source = Path(args.file).expanduser()
    if not profile.uses_sqlite:
        print(backups.server_restore_instructions(profile.database_url, source))
        return NOT_DONE
    check_output_file(profile.sqlite_path)
    try:
        version = backups.backup_schema_version(source)
    except backups.BackupError as exc:
        raise UserError(str(exc)) from None
    now = dt.datetime.now()
    safety = backups.safety_copy_path(profile, now)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(
                "restore replaces the whole database: run it in a terminal to confirm, or add --yes"
            )
        print("Close Yuntian on every PC that uses this profile before restoring.")
        keep = f"A copy of the current database is kept at {safety}"
        if not profile.sqlite_path.exists():
            keep = "The profile has no database yet"
        answer = input(
            f"Replace the database of profile {profile.root} with {source}? {keep}. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing restored.")
            return 1
    try:
        kept = backups.restore(profile, source, now=now)
    except (backups.BackupError, OSError) as exc:
        raise UserError(f"restore failed: {exc}") from None
    print(f"Restored {source} into {profile.sqlite_path} (schema {version}).")
    if kept:
        print(f"The previous database is kept at {kept}.")
    if version < migrations.LATEST:
        print(f"It is upgraded to schema {migrations.LATEST} when Yuntian next opens it.")
    return 0


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
