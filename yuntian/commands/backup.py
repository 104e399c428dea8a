"""``yuntian backup`` and ``yuntian restore``: copy the database out and back in.

A SQLite file is copied with SQLite's backup API; a server database is dumped with its own
client tools and restored only into an empty database. A missing or too old tool is one line
(``commands.failures``) saying what to install.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

import peewee as pw

from yuntian.cli import UserError
from yuntian.commands.common import check_output_file, check_output_folder, profile_from_args
from yuntian.db import backup as backups
from yuntian.db import migrations
from yuntian.db.backup_errors import ClientToolError
from yuntian.db.connection import check_url, describe_url
from yuntian.db.server_password import connect_url


def backup(args: argparse.Namespace) -> int:
    profile = profile_from_args(args)
    out = _checked_out(args.out)
    try:
        path = backups.backup_now(profile, out)
    except ClientToolError:
        raise  # one line on what to install: commands.failures
    except (backups.BackupError, OSError, sqlite3.Error) as exc:
        raise UserError(f"backup failed: {exc}") from None
    source = profile.sqlite_path if profile.uses_sqlite else _shown(profile.database_url)
    print(f"Backed up {source} to {path} ({human_size(path.stat().st_size)})")
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
    if args.database or not profile.uses_sqlite:
        url = args.database or connect_url(profile)
        return _restore_server(_asked_password(url) if args.database else url, source)
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


def _restore_server(url: str, source: Path) -> int:
    check_url(url)
    shown = _shown(url)
    try:
        done = backups.restore_server(url, source)
    except ClientToolError:
        raise
    except pw.OperationalError as exc:
        raise UserError(f"cannot connect to {shown}: {exc}".replace("\n", " ")) from None
    except (backups.BackupError, OSError, pw.DatabaseError) as exc:
        raise UserError(f"restore failed: {exc}".replace("\n", " ")) from None
    print(f"Restored {source} into {shown} (schema {done.version}).")
    if done.triggers_reinstalled:
        print(
            "The backup's login could not read the audit lock's triggers: they were installed "
            "again as this version of Yuntian defines them."
        )
    if done.version < migrations.LATEST:
        print(
            f"It is upgraded to schema {migrations.LATEST} when Yuntian next opens it "
            "(or run 'yuntian db upgrade --database URL' with the owner's login)."
        )
    print(
        "The restored tables belong to the login that restored them; if the shop uses an "
        "owner and an application login, run 'yuntian db roles ADMIN_URL' again."
    )
    return 0


def _asked_password(url: str) -> str:
    """--database URL naming a login without its password: asked on the terminal, so that it
    is not typed on a command line (without a terminal PGPASSWORD or a pgpass file serve)."""
    parts = urlsplit(url)
    if not parts.username or parts.password is not None or not sys.stdin.isatty():
        return url
    password = getpass.getpass(f"Password of {_shown(url)} (empty: none): ")
    if not password:
        return url
    login = f"{parts.username}:{quote(password, safe='')}@{parts.netloc.rpartition('@')[2]}"
    return urlunsplit((parts.scheme, login, parts.path, parts.query, parts.fragment))


def _shown(url: str) -> str:
    return describe_url(url).display


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
