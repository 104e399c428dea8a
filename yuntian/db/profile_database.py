"""Open a profile's database ready for use: connect, back up if a migration is due, migrate."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from yuntian.config import Profile
from yuntian.db import migrations
from yuntian.db.backup import online_backup
from yuntian.db.connection import open_database

log = logging.getLogger(__name__)


@dataclass
class MigrationResult:
    steps: list[migrations.Step] = field(default_factory=list)
    backup: Path | None = None  # the pre-migration copy of a SQLite file, if one was made


def open_profile_database(profile: Profile, *, migrate: bool = True) -> pw.Database:
    db = open_database(profile.database_url)
    if migrate:
        try:
            migrate_profile_database(profile, db)
        except BaseException:
            db.close()  # the caller gets no database to close
            raise
    return db


def migrate_profile_database(profile: Profile, db: pw.Database) -> MigrationResult:
    """Apply the pending schema steps, copying a populated SQLite file first."""
    result = MigrationResult()

    def before(current: int, steps: list[migrations.Step]) -> None:
        result.backup = _before_migration(profile, current)

    result.steps = migrations.upgrade(db, before=before)
    return result


def _before_migration(profile: Profile, current: int) -> Path | None:
    """Copy a populated SQLite file before its schema changes; a new file needs no copy."""
    if not profile.uses_sqlite or current == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = profile.backups_dir / f"pre-migration-v{current}-{stamp}.sqlite"
    online_backup(profile.sqlite_path, dest)
    log.info(
        "backed up %s to %s before migrating from schema %d", profile.sqlite_path, dest, current
    )
    return dest
