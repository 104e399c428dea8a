"""``yuntian snapshot`` pictures of the database connection windows: the start-up dialog for a
server that does not answer, and its Settings. The profile is copied in memory with a server
URL (never saved), and the check answers at once without the network."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog

from yuntian.config import Profile
from yuntian.db.connection_check import CheckKind, CheckResult
from yuntian.services import Services
from yuntian.ui.shell.startup_connection import ServerUnreachableDialog, StartupDatabaseDialog

SHOP_SERVER = "postgresql://yuntian@192.168.1.10:5432/yuntian"


def _unreachable(profile: Profile) -> CheckResult:
    return CheckResult(
        CheckKind.UNREACHABLE,
        "no database server answers at 192.168.1.10:5432",
        where=SHOP_SERVER,
        engine="postgresql",
        host="192.168.1.10",
        port=5432,
        database="yuntian",
        user="yuntian",
    )


def database_dialogs(services: Services) -> list[tuple[str, QDialog]]:
    profile = services.profile
    shop = Profile(profile.root, replace(profile.config, database_url=SHOP_SERVER))
    unreachable = ServerUnreachableDialog(shop, "", check=_unreachable)
    return [
        ("database-server-unreachable", unreachable),
        ("database-startup-settings", StartupDatabaseDialog(shop)),
    ]
