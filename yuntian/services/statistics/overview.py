"""What the home page and the status bar show about the shop and the signed-in user. No Qt.

``home(actor)`` gives each user the parts their permissions call for (home_figures.py); the
system part (schema, database, users) only to those who manage users or settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from yuntian.config import Profile
from yuntian.db import migrations
from yuntian.db.connection import DatabaseInfo, describe_url
from yuntian.db.models import Customer, Role, Setting, User, UserRole
from yuntian.db.transactions import reading
from yuntian.services.common.audit import Clock
from yuntian.services.common.permissions import Actor
from yuntian.services.statistics import home_figures as figures

BACKUP_SUFFIXES = (".sqlite", ".dump", ".sql")  # SQLite copies, pg_dump and mariadb-dump files


@dataclass(frozen=True)
class Overview:
    shop_name: str
    customers: int
    active_users: int
    schema_version: int
    database: DatabaseInfo
    last_backup_at: dt.datetime | None  # None: no backup file in the profile's backups folder
    last_backup_file: Path | None


@dataclass(frozen=True)
class HomeFigures:
    """The home page's parts for one user; None: not theirs to see."""

    desk: figures.DeskFigures | None
    work: figures.WorkFigures | None
    day: figures.DayFigures | None
    system: Overview | None


class OverviewService:
    def __init__(
        self,
        db: pw.Database,
        profile: Profile,
        clock: Clock = dt.datetime.now,
        maintenance_due: Callable[[Actor], int] | None = None,
    ) -> None:
        """``maintenance_due(actor)``: the purchases due for maintenance without an order."""
        self._db = db
        self._profile = profile
        self._clock = clock
        self._maintenance_due = maintenance_due or (lambda _actor: 0)

    def home(self, actor: Actor) -> HomeFigures:
        """What the home page shows ``actor`` (module doc of home_figures.py); may take a
        moment on a big database (run it off the GUI)."""
        now = self._clock()
        with reading(self._db):
            desk = (
                figures.desk_figures(actor, now, self._maintenance_due(actor))
                if figures.shows_desk(actor)
                else None
            )
            work = None
            if actor.can("service.process"):
                work = figures.work_figures(actor, now)
                if not figures.shows_work(actor) and not work.assigned_open:
                    work = None  # the desk, with no orders of its own to do
            day = figures.day_figures(now) if figures.shows_day(actor) else None
        system = self.overview(actor) if figures.shows_system(actor) else None
        return HomeFigures(desk=desk, work=work, day=day, system=system)

    def overview(self, actor: Actor) -> Overview:
        """The system's figures; may take a moment on a big database (run it off the GUI)."""
        del actor  # the status bar's database line is everyone's; home() decides the rest
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
        files = [p for p in folder.rglob("*") if p.suffix in BACKUP_SUFFIXES and p.is_file()]
    except OSError:  # the folder vanished while we looked
        return None
    return max(files, key=lambda p: p.stat().st_mtime, default=None)
