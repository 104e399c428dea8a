"""Permission codes and the one check every service uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from yuntian.db.models import RolePermission, User, UserRole
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import PermissionDenied

# code -> English label (translated in the UI under the context "Permissions")
PERMISSIONS: dict[str, str] = {
    "customer_group.rename": QT_TRANSLATE_NOOP("Permissions", "Rename customer groups"),
    "customer_group.delete": QT_TRANSLATE_NOOP("Permissions", "Delete customer groups"),
    "customer.edit": QT_TRANSLATE_NOOP("Permissions", "Add and edit customers"),
    "customer.delete": QT_TRANSLATE_NOOP("Permissions", "Delete customers"),
    "call_log.delete": QT_TRANSLATE_NOOP("Permissions", "Delete call log entries"),
    "data.import_export": QT_TRANSLATE_NOOP("Permissions", "Import and export data"),
    "message.edit": QT_TRANSLATE_NOOP("Permissions", "Add and edit messages"),
    "message.delete": QT_TRANSLATE_NOOP("Permissions", "Delete messages"),
    "record.edit": QT_TRANSLATE_NOOP("Permissions", "Edit records"),
    "record.delete": QT_TRANSLATE_NOOP("Permissions", "Delete records"),
    "memo.manage": QT_TRANSLATE_NOOP("Permissions", "Manage memos"),
    "settings.manage": QT_TRANSLATE_NOOP("Permissions", "Change settings"),
    "sales.process": QT_TRANSLATE_NOOP("Permissions", "Process sales"),
    "service.process": QT_TRANSLATE_NOOP("Permissions", "Process service orders"),
    "complaint.process": QT_TRANSLATE_NOOP("Permissions", "Process complaints and suggestions"),
    "callback.process": QT_TRANSLATE_NOOP("Permissions", "Process callbacks"),
    "audit.process": QT_TRANSLATE_NOOP("Permissions", "Audit and un-audit records"),
    "parts.manage": QT_TRANSLATE_NOOP("Permissions", "Manage spare parts"),
    "stats.view": QT_TRANSLATE_NOOP("Permissions", "View statistics"),
    "points.manage": QT_TRANSLATE_NOOP("Permissions", "Manage customer points"),
    "users.manage": QT_TRANSLATE_NOOP("Permissions", "Manage users and roles"),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user a service acts for."""

    user_id: int
    username: str
    display_name: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    must_change_password: bool = False

    def can(self, code: str) -> bool:
        return code in self.permissions


def require(actor: Actor, code: str) -> None:
    """Refuse unless ``actor`` holds ``code``. Every service method calls this first.

    The grant is re-read from the database (one indexed query), so a user an administrator
    disabled or took a role from loses the right at once, on every PC, not at next sign-in.
    """
    if code not in PERMISSIONS:
        raise KeyError(f"unknown permission code {code!r}")
    if not actor.can(code) or not _still_granted(actor.user_id, code):
        raise PermissionDenied(code, PERMISSIONS[code])


def _still_granted(user_id: int, code: str) -> bool:
    return (
        RolePermission.select(RolePermission.id)
        .join(UserRole, on=(UserRole.role == RolePermission.role))
        .join(User, on=(User.id == UserRole.user))
        .where(UserRole.user == user_id, RolePermission.code == code, User.active == True)  # noqa: E712
        .exists()
    )
