"""Users and roles (users.manage): accounts, role membership, role permissions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import peewee as pw

from yuntian.db.models import Role, RolePermission, User, UserRole
from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.passwords import hash_password
from yuntian.services.admin.auth import check_new_password
from yuntian.services.common.changes import Area as A
from yuntian.services.common.changes import announces
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.people import person_sort_key, user_label
from yuntian.services.common.permissions import PERMISSIONS, Actor, require
from yuntian.services.common.record_versions import (
    Expected,
    StaleRecord,
    claim_version,
    last_change,
)
from yuntian.services.common.service_base import ServiceBase
from yuntian.services.common.text import bounded, one_line

# What a password reset writes (not the version: no editor shows these).
_PASSWORD_COLUMNS = [User.password_hash, User.must_change_password, User.failed_logins,
                     User.locked_until]  # fmt: skip
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{2,32}$")


def check_username(username: str) -> None:
    """The rule every user name must pass."""
    if not _USERNAME.fullmatch(username):
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP(
                "Errors",
                "A user name has 2 to 32 letters, digits, Chinese characters, '.', '_' or '-'.",
            ),
        )


@dataclass(frozen=True)
class RoleInfo:
    id: int
    key: str | None  # preset roles: admin, manager, receptionist, technician
    name: str
    description: str
    permissions: frozenset[str]
    user_count: int
    service_work: bool = False  # its users are technicians: offered to assign service orders
    version: int = 1  # what a save from this view names (schema 12)


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    active: bool
    role_ids: tuple[int, ...]
    role_names: tuple[str, ...]
    must_change_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int = 1  # what a save from this view names (schema 12)


class UserService(ServiceBase):
    # --- users -------------------------------------------------------------------------

    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(actor, "users.manage")
        users = sorted(
            User.select(),
            key=lambda u: (person_sort_key(user_label(u.display_name, u.username)), u.id),
        )
        return [self._info(u) for u in users]

    @announces(A.USERS)
    def create_user(
        self, actor: Actor, username: str, display_name: str, password: str, role_ids: list[int]
    ) -> UserInfo:
        require(actor, "users.manage")
        username = one_line(username)
        display_name = bounded("display_name", display_name, 64)
        check_username(username)
        check_new_password(password, username=username)
        with self._db.atomic():
            if User.select().where(pw.fn.LOWER(User.username) == username.lower()).exists():
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The user name '{name}' is already taken."),
                    name=username,
                )
            user = User.create(
                username=username,
                display_name=display_name or username,
                password_hash=hash_password(password),
                must_change_password=True,
                created_at=self._clock().replace(microsecond=0),
            )
            self._set_roles(user, role_ids)
            self._audit.record(actor, "user.create", username, self._roles_text(user))
            return self._info(user)

    @announces(A.USERS)
    def update_user(
        self,
        actor: Actor,
        user_id: int,
        *,
        display_name: str,
        role_ids: list[int],
        active: bool,
        version: Expected,
    ) -> UserInfo:
        """``version``: the one the form (or list row) was loaded from (StaleRecord, nothing
        written, when the user was saved since), or OVERWRITE. Sign-ins and passwords do
        not move it: they change nothing a user editor shows."""
        require(actor, "users.manage")
        display_name = bounded("display_name", display_name, 64)
        with self._db.atomic():
            claim_version(User, user_id, version, lambda: self._stale_user(user_id))
            user = self._user(user_id)
            if user.id == actor.user_id and not active:
                raise ValidationError(
                    "active", QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account.")
                )
            before = self._roles_text(user)
            renamed = user.display_name != (display_name or user.username)
            user.display_name = display_name or user.username
            changed_active = user.active != active
            user.active = active
            user.save()
            self._set_roles(user, role_ids)
            self._ensure_an_administrator_remains()
            after = self._roles_text(user)
            if renamed:
                self._audit.record(
                    actor, "user.edit", user.username, {"display_name": user.display_name}
                )
            if before != after:
                self._audit.record(actor, "user.roles", user.username, f"{before} -> {after}")
            if changed_active:
                self._audit.record(
                    actor, "user.enable" if active else "user.disable", user.username
                )
            return self._info(user)

    @announces(A.USERS)
    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> None:
        """Set a temporary password; the user must choose a new one at next login."""
        require(actor, "users.manage")
        with self._db.atomic():
            user = self._user(user_id)
            check_new_password(new_password, username=user.username)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            user.save(only=_PASSWORD_COLUMNS)
            self._audit.record(actor, "password.reset", user.username)

    @announces(A.USERS)
    def unlock(self, actor: Actor, user_id: int) -> None:
        require(actor, "users.manage")
        with self._db.atomic():
            user = self._user(user_id)
            user.failed_logins = 0
            user.locked_until = None
            user.save(only=[User.failed_logins, User.locked_until])
            self._audit.record(actor, "user.unlock", user.username)

    # --- roles -------------------------------------------------------------------------

    def list_roles(self, actor: Actor) -> list[RoleInfo]:
        require(actor, "users.manage")
        return [self._role_info(r) for r in Role.select().order_by(Role.sort, Role.id)]

    @announces(A.USERS)
    def save_role(
        self,
        actor: Actor,
        role_id: int | None,
        *,
        name: str,
        description: str,
        permissions: set[str],
        service_work: bool | None = None,
        version: Expected | None,
    ) -> RoleInfo:
        """Create (``role_id`` None) or change a role's name, description and permissions;
        ``service_work``: whether its users do service work (None: as it was; a new role
        does not). ``version``: None for a new role, else the one the form was loaded from
        (StaleRecord, nothing written, when the role was saved since) or OVERWRITE."""
        require(actor, "users.manage")
        name = bounded("name", name, 64)
        description = bounded("description", description, 255)
        if not name:
            raise ValidationError("name", QT_TRANSLATE_NOOP("Errors", "A role needs a name."))
        unknown = set(permissions) - PERMISSIONS.keys()
        if unknown:
            raise ValidationError(
                "permissions",
                QT_TRANSLATE_NOOP("Errors", "Unknown permission: {codes}."),
                codes=", ".join(sorted(unknown)),
            )
        with self._db.atomic():
            # Case-blind on every engine, as MySQL's collation already is.
            clash = Role.select().where(pw.fn.LOWER(Role.name) == name.lower())
            if role_id is not None:
                clash = clash.where(Role.id != role_id)
            if clash.exists():
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "There is already a role named '{name}'."),
                    name=name,
                )
            if role_id is None:
                sort = (Role.select(pw.fn.MAX(Role.sort)).scalar() or 0) + 1
                role = Role.create(
                    name=name, description=description, sort=sort, service_work=bool(service_work)
                )
                before: set[str] = set()
                was_service_work = False
            else:
                claim_version(Role, role_id, version, lambda: self._stale_role(role_id))
                role = self._role(role_id)
                before = {p.code for p in role.permissions}
                was_service_work = role.service_work
                role.name = name
                role.description = description
                if service_work is not None:
                    role.service_work = service_work
                role.save()
            RolePermission.delete().where(RolePermission.role == role.id).execute()
            if permissions:
                RolePermission.insert_many(
                    [(role.id, code) for code in sorted(permissions)],
                    fields=[RolePermission.role, RolePermission.code],
                ).execute()
            self._ensure_an_administrator_remains()
            added, removed = set(permissions) - before, before - set(permissions)
            detail: dict[str, object] = {"added": sorted(added), "removed": sorted(removed)}
            if bool(role.service_work) != bool(was_service_work):
                detail["service_work"] = bool(role.service_work)
            self._audit.record(
                actor, "role.create" if role_id is None else "role.change", name, detail
            )
            return self._role_info(role)

    @announces(A.USERS)
    def delete_role(self, actor: Actor, role_id: int) -> None:
        require(actor, "users.manage")
        with self._db.atomic():
            role = self._role(role_id)
            if role.key:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "A preset role can be edited but not deleted.")
                )
            if UserRole.select().where(UserRole.role == role.id).exists():
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The role '{name}' still has users; take them out first."
                    ),
                    name=role.name,
                )
            role.delete_instance(recursive=True)
            self._audit.record(actor, "role.delete", role.name)

    # --- helpers -----------------------------------------------------------------------

    def _stale_user(self, user_id: int) -> StaleRecord:
        current = self._info(self._user(user_id))
        last = last_change("user.", target=current.username)
        return StaleRecord(
            "user", user_label(current.display_name, current.username), last, current
        )

    def _stale_role(self, role_id: int) -> StaleRecord:
        current = self._role_info(self._role(role_id))
        last = last_change("role.", target=current.name)
        return StaleRecord("role", current.name, last, current)

    def _user(self, user_id: int) -> User:
        user = User.get_or_none(User.id == user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This user no longer exists."))
        return user

    def _role(self, role_id: int) -> Role:
        role = Role.get_or_none(Role.id == role_id)
        if role is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This role no longer exists; it may have been deleted.")
            )
        return role

    def _set_roles(self, user: User, role_ids: list[int]) -> None:
        wanted = set(role_ids)
        if not wanted:
            raise ValidationError(
                "roles", QT_TRANSLATE_NOOP("Errors", "A user needs at least one role.")
            )
        found = {r.id for r in Role.select(Role.id).where(Role.id.in_(wanted))} if wanted else set()
        if found != wanted:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "This role no longer exists; it may have been deleted.")
            )
        UserRole.delete().where(UserRole.user == user.id).execute()
        for role_id in sorted(wanted):
            UserRole.create(user=user.id, role=role_id)

    def _ensure_an_administrator_remains(self) -> None:
        admins = (
            User.select()
            .join(UserRole, on=(UserRole.user == User.id))
            .join(RolePermission, on=(RolePermission.role == UserRole.role))
            .where(User.active == True, RolePermission.code == "users.manage")  # noqa: E712
        )
        if not admins.exists():
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "At least one active user must keep the permission to manage users.",
                )
            )

    def _roles_text(self, user: User) -> str:
        return ", ".join(
            r.name
            for r in Role.select()
            .join(UserRole)
            .where(UserRole.user == user.id)
            .order_by(Role.sort)
        )

    def _info(self, user: User) -> UserInfo:
        roles = list(
            Role.select().join(UserRole).where(UserRole.user == user.id).order_by(Role.sort)
        )
        return UserInfo(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            active=user.active,
            role_ids=tuple(r.id for r in roles),
            role_names=tuple(r.name for r in roles),
            must_change_password=user.must_change_password,
            locked_until=user.locked_until,
            last_login_at=user.last_login_at,
            version=user.version,
        )

    def _role_info(self, role: Role) -> RoleInfo:
        return RoleInfo(
            id=role.id,
            key=role.key,
            name=role.name,
            description=role.description,
            permissions=frozenset(p.code for p in role.permissions),
            user_count=UserRole.select().where(UserRole.role == role.id).count(),
            service_work=bool(role.service_work),
            version=role.version,
        )
