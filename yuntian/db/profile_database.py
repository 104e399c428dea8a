"""Open a profile's database ready for use: connect, back up if a migration is due, migrate."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from yuntian.config import Profile
from yuntian.db import migrations
from yuntian.db.backup import DamagedDatabaseError, online_backup
from yuntian.db.connection import DatabaseUrlError, describe_url, make_database, open_database
from yuntian.db.server_password import connect_url
from yuntian.private_files import private_dir, private_file

log = logging.getLogger(__name__)


@dataclass
class MigrationResult:
    steps: list[migrations.Step] = field(default_factory=list)
    backup: Path | None = None  # the pre-migration copy of a SQLite file, if one was made


def open_profile_database(profile: Profile, *, migrate: bool = True) -> pw.Database:
    db = connect_profile_database(profile)
    if migrate:
        try:
            migrate_profile_database(profile, db)
        except BaseException:
            db.close()  # the caller gets no database to close
            raise
    return db


def connect_profile_database(profile: Profile) -> pw.Database:
    """Connect to the profile's database; a SQLite file is created private first (SQLite
    gives its -wal and -shm files the database file's mode)."""
    info = describe_url(profile.database_url)
    if info.engine == "sqlite" and info.display != ":memory:":
        path = Path(info.display)
        try:
            private_dir(path.parent, tighten=path.parent == profile.root)
            private_file(path)
        except OSError as exc:  # a read-only folder, a file where the folder should be
            raise DatabaseUrlError(f"{path}: cannot be created ({exc.strerror})") from None
    return open_database(connect_url(profile))


def migrate_profile_database(profile: Profile, db: pw.Database) -> MigrationResult:
    """Apply the pending schema steps, copying a populated SQLite file first."""
    result = MigrationResult()

    def before(current: int, steps: list[migrations.Step]) -> None:
        result.backup = _before_migration(profile, current)

    result.steps = migrations.upgrade(db, before=before)
    return result


def upgrade_url(url: str, backups_dir: Path) -> MigrationResult:
    """What ``yuntian db upgrade`` does, for a database named by its URL (the settings page's
    Upgrade button): a populated SQLite file is copied into ``backups_dir`` first. The models'
    own binding is left alone (the running application may be using another database)."""
    db = make_database(url)
    db.connect()
    result = MigrationResult()
    try:

        def before(current: int, steps: list[migrations.Step]) -> None:
            if isinstance(db, pw.SqliteDatabase) and current:
                result.backup = _copy_before_migration(Path(db.database), backups_dir, current)

        result.steps = migrations.upgrade(db, before=before)
    finally:
        db.close()
    return result


def _before_migration(profile: Profile, current: int) -> Path | None:
    """Copy a populated SQLite file before its schema changes; a new file needs no copy."""
    if not profile.uses_sqlite or current == 0:
        return None
    return _copy_before_migration(profile.sqlite_path, profile.backups_dir, current)


def _copy_before_migration(source: Path, backups_dir: Path, current: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backups_dir / f"pre-migration-v{current}-{stamp}.sqlite"
    try:
        online_backup(source, dest)
    except DamagedDatabaseError as exc:  # migrating it could make matters worse
        raise DatabaseUrlError(
            f"{exc.source} is damaged ({exc.problem}): not migrated; run 'yuntian db check' "
            "or restore a backup"
        ) from None
    log.info("backed up %s to %s before migrating from schema %d", source, dest, current)
    return dest


def damage_of(profile: Profile, db: pw.Database) -> str | None:
    """SQLite's first complaint about the profile's file (``PRAGMA quick_check``, which reads
    every page: ~0.4 s for 90 MB), or None when it is sound or on a server. Commands check
    before any work: on a damaged file they would carry on with what can still be read."""
    if not profile.uses_sqlite:
        return None
    problems = [row[0] for row in db.execute_sql("PRAGMA quick_check(1)").fetchall()]
    return None if problems == ["ok"] else problems[0]


def damaged_message(profile: Profile, problem: str) -> str:
    return (
        f"{profile.sqlite_path}: the database is damaged ({problem}); 'yuntian db check' "
        "shows more, 'yuntian restore FILE' puts a backup back"
    )
