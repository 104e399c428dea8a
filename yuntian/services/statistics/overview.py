"""What the home page and the status bar show about the shop and the signed-in user. No Qt.

Everyone who is signed in may read this: counts and the schema version are no secret among staff.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from yuntian.config import Profile
from yuntian.db import migrations
from yuntian.db.connection import DatabaseInfo, describe_url
from yuntian.db.models import Customer, Role, Setting, User, UserRole
from yuntian.services.common.permissions import Actor

BACKUP_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class Overview:
    shop_name: str
    customers: int
    active_users: int
    schema_version: int
    database: DatabaseInfo
    last_backup_at: dt.datetime | None  # None: no backup file in the profile's backups folder
    last_backup_file: Path | None


class OverviewService:
    def __init__(self, db: pw.Database, profile: Profile) -> None:
        self._db = db
        self._profile = profile

    def overview(self, actor: Actor) -> Overview:
        """Counts for the home page; may take a moment on a big database (run it off the GUI)."""
        del actor  # every signed-in user may see these figures
        shop = Setting.get_or_none(Setting.key == "shop_name")
        last = last_backup(self._profile.backups_dir)
        return Overview(
            shop_name=shop.value if shop else "",
            customers=Customer.select().where(Customer.archived == False).count(),  # noqa: E712
            active_users=User.select().where(User.active == True).count(),  # noqa: E712
            schema_version=migrations.current_version(self._db),
            database=describe_url(self._profile.database_url),
            last_backup_at=(
                dt.datetime.fromtimestamp(last.stat().st_mtime).replace(microsecond=0)
                if last
                else None
            ),
            last_backup_file=last,
        )

    def role_names(self, actor: Actor) -> list[str]:
        """The names of the actor's own roles, in the administrator's order."""
        query = (
            Role.select(Role.name)
            .join(UserRole, on=(UserRole.role == Role.id))
            .where(UserRole.user == actor.user_id)
            .order_by(Role.sort, Role.id)
        )
        return [r.name for r in query]


def last_backup(folder: Path) -> Path | None:
    """The newest finished backup file (daily, weekly, manual, pre-migration) under ``folder``."""
    try:
        files = [p for p in folder.rglob(f"*{BACKUP_SUFFIX}") if p.is_file()]
    except OSError:  # the folder vanished while we looked
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)
