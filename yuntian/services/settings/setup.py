"""First run of a new profile: shop name, area code, language, the administrator's password."""

from __future__ import annotations

import json
from dataclasses import dataclass

import peewee as pw

from yuntian.db.models import Setting, User
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.passwords import hash_password
from yuntian.services.admin.auth import check_new_password
from yuntian.services.common.audit import AuditTrail
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import ChangeBus, announces
from yuntian.services.common.errors import Conflict, ValidationError
from yuntian.services.common.text import one_line
from yuntian.services.settings.settings import SettingsService, put_setting

ADMIN_USERNAME = "system"
DEMO_LOGINS_KEY = "demo_logins"
# Set before the demo data is generated and removed in the same transaction that commits it:
# still there, the generation was killed and the profile holds next to nothing.
DEMO_INCOMPLETE_KEY = "demo_incomplete"


class DemoIncompleteError(Exception):
    """The profile is a demo whose creation was interrupted; ``yuntian demo`` makes it anew."""

    def __init__(self, root: object) -> None:
        super().__init__(
            f"{root}: the demo data is incomplete (its creation was interrupted); "
            "run 'yuntian demo' for this profile again"
        )
        self.root = root


def demo_incomplete() -> bool:
    """Whether the bound database is a demo whose generation never finished."""
    return Setting.get_or_none(Setting.key == DEMO_INCOMPLETE_KEY) is not None


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: str


class SetupService:
    def __init__(
        self, db: pw.Database, audit: AuditTrail, settings: SettingsService, changes: ChangeBus
    ) -> None:
        self.changes = changes
        self._db = db
        self._audit = audit
        self._settings = settings

    def needs_first_run(self) -> bool:
        return not self._settings.general().setup_complete

    def check_demo_complete(self) -> None:
        """DemoIncompleteError for a demo profile whose generation was interrupted."""
        if demo_incomplete():
            raise DemoIncompleteError(self._settings.profile.root)

    def demo_logins(self) -> list[DemoLogin]:
        """The demo profile's sign-ins (one per role), shown on the login dialog; [] elsewhere."""
        if not self._settings.profile.config.demo:
            return []
        row = Setting.get_or_none(Setting.key == DEMO_LOGINS_KEY)
        if row is None:
            return []
        try:
            return [
                DemoLogin(d["username"], d["password"], d["role"]) for d in json.loads(row.value)
            ]
        except (ValueError, KeyError, TypeError):
            return []

    @announces(A.SETTINGS, A.USERS)
    def complete_first_run(
        self,
        *,
        shop_name: str,
        local_area_code: str,
        language: str,
        admin_password: str,
        admin_username: str = ADMIN_USERNAME,
    ) -> None:
        """Only possible once, before anyone has signed in; afterwards settings.manage rules.
        The first-run wizard and ``yuntian init`` both come here."""
        if not self.needs_first_run():
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This profile is already set up."))
        answers = check_first_run_answers(
            shop_name=shop_name,
            local_area_code=local_area_code,
            language=language,
            admin_password=admin_password,
            admin_username=admin_username,
        )
        shop_name, admin_username = answers
        with self._db.atomic():
            admin = User.get(User.username == ADMIN_USERNAME)
            admin.username = admin_username  # the built-in administrator, renamed if asked
            admin.password_hash = hash_password(admin_password)
            admin.must_change_password = False
            admin.failed_logins = 0  # wrong guesses at the default password are forgiven
            admin.locked_until = None
            admin.save()
            put_setting("shop_name", shop_name)
            put_setting("setup_complete", "1")
            self._audit.record(None, "setup.complete", shop_name, username=admin_username)
            profile = self._settings.profile
            profile.config.local_area_code = local_area_code.strip()
            profile.config.language = language
            profile.save()


def check_first_run_answers(
    *,
    shop_name: str,
    local_area_code: str,
    language: str,
    admin_password: str,
    admin_username: str = ADMIN_USERNAME,
) -> tuple[str, str]:
    """Check the first-run answers without touching any data (``yuntian init`` asks before it
    creates anything); returns the shop name and user name as they will be stored."""
    shop_name = one_line(shop_name)[:100]
    if not shop_name:
        raise ValidationError(
            "shop_name", QT_TRANSLATE_NOOP("Errors", "Please enter the shop's name.")
        )
    SettingsService._validate_local(local_area_code, language)
    from yuntian.services.admin.users import check_username  # not before the login dialog

    admin_username = one_line(admin_username)
    check_username(admin_username)
    check_new_password(admin_password, username=admin_username)
    return shop_name, admin_username
