"""What several subcommands need: open the profile named on the command line, refuse a damaged
database before any work, and check every output path before any work starts."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import peewee as pw

from yuntian.cli import UserError
from yuntian.config import Profile, load_profile, resolve_profile_dir
from yuntian.db.connection import check_url
from yuntian.db.profile_database import (
    damage_of,
    damaged_message,
    migrate_profile_database,
    open_profile_database,
)


def profile_from_args(args: argparse.Namespace, *, create: bool = False) -> Profile:
    profile = load_profile(resolve_profile_dir(args.profile), create=create)
    check_url(profile.database_url)  # a bad URL is refused before anything is done with it
    return profile


def open_from_args(
    args: argparse.Namespace, *, create: bool = False, migrate: bool = True
) -> tuple[Profile, pw.Database]:
    """The profile and its database, refused when damaged, migrated when asked."""
    profile = profile_from_args(args, create=create)
    db = open_profile_database(profile, migrate=False)
    try:
        refuse_damaged(profile, db)
        if migrate:
            migrate_profile_database(profile, db)
    except BaseException:
        db.close()
        raise
    return profile, db


def refuse_damaged(profile: Profile, db: pw.Database) -> None:
    """UserError when SQLite finds the file damaged (profile_database.damage_of)."""
    problem = damage_of(profile, db)
    if problem is not None:
        raise UserError(damaged_message(profile, problem))


def check_output_file(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path if a file can be written there; else UserError saying why. Called by
    every command for every file it writes, before any work starts: a missing folder is
    refused (never created), as is a folder or a place this user may not write to."""
    path = Path(path).expanduser()
    parent = path.parent
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    _check_folder(path, parent)
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"cannot write {path}: permission denied")
    return path


def check_output_folder(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path if files can be written in it, or it can be made in an existing
    folder; else UserError saying why."""
    path = Path(path).expanduser()
    if path.is_dir():
        _check_folder(path, path)
    elif path.exists():
        raise UserError(f"cannot write in {path}: it is a file, not a folder")
    else:
        _check_folder(path, path.parent)
    return path


def _check_folder(path: Path, folder: Path) -> None:
    what = f"cannot write in {folder}" if path == folder else f"cannot write {path}"
    if not folder.exists():
        raise UserError(f"{what}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise UserError(f"{what}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        if _read_only_file_system(folder):
            raise UserError(f"{what}: {folder} is on a read-only file system")
        raise UserError(f"{what}: permission denied in {folder}")


def _read_only_file_system(folder: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    return statvfs is not None and bool(statvfs(folder).f_flag & os.ST_RDONLY)
