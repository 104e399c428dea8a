"""Users and roles: accounts, names, role membership, the last-administrator guard, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import login_admin, technician_role
from yuntian.db.models import Role, RolePermission, User, UserRole
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.errors import (
    AuthenticationFailed,
    Conflict,
    NotFound,
    ValidationError,
)
from yuntian.services.common.permissions import PERMISSIONS
from yuntian.services.common.record_versions import OVERWRITE

PASSWORD = "Start-123"


def role_ids(services, admin, *keys: str) -> list[int]:
    by_key = {r.key: r.id for r in services.users.list_roles(admin)}
    return [by_key[k] for k in keys]


def actions(services, admin) -> list[tuple[str, str, str]]:
    """(action, target, detail) of the audit trail, oldest first."""
    return [(e.action, e.target, e.detail) for e in reversed(services.audit.entries(admin))]


def admin_role_codes() -> set[str]:
    role = Role.get(Role.key == "admin")
    return {p.code for p in RolePermission.select().where(RolePermission.role == role.id)}


# --- creating users -----------------------------------------------------------------------


def test_a_new_user_must_change_the_password_at_first_login(services):
    admin = login_admin(services)
    info = services.users.create_user(
        admin, "wang.fang", "王芳", PASSWORD, role_ids(services, admin, "receptionist")
    )
    assert info.username == "wang.fang" and info.display_name == "王芳"
    assert info.must_change_password and info.active
    assert info.role_names == ("接线员",)

    actor = services.auth.login("wang.fang", PASSWORD)
    assert actor.must_change_password
    assert actor.display_name == "王芳"
    actor = services.auth.change_password(actor, PASSWORD, "Mine-456")
    assert not services.auth.login("wang.fang", "Mine-456").must_change_password
    assert ("user.create", "wang.fang", "接线员") in actions(services, admin)


def test_duplicate_user_names_are_refused_whatever_the_case(services):
    admin = login_admin(services)
    services.users.create_user(admin, "Zhang.San", "", PASSWORD, [technician_role()])
    for name in ("Zhang.San", "zhang.san", "ZHANG.SAN", " zhang.san ", "System"):
        with pytest.raises(Conflict):
            services.users.create_user(admin, name, "", PASSWORD, [technician_role()])
    assert User.select().count() == 2


@pytest.mark.parametrize(
    "name",
    ["", "a", "x" * 33, "two words", "semi;colon", "slash/name", "tab\tname", "'quote", "ｆｕｌｌ"],
)
def test_invalid_user_names_are_refused(sqlite_services, name):
    admin = login_admin(sqlite_services)
    with pytest.raises(ValidationError) as info:
        sqlite_services.users.create_user(admin, name, "", PASSWORD, [technician_role()])
    assert info.value.field == "username"
    assert User.select().count() == 1


@pytest.mark.parametrize("name", ["ab", "张三", "li_lei-2", "a.b", "x" * 32])
def test_valid_user_names_are_accepted(sqlite_services, name):
    admin = login_admin(sqlite_services)
    assert (
        sqlite_services.users.create_user(admin, name, "", PASSWORD, [technician_role()]).username
        == name
    )


def test_a_weak_first_password_is_refused(sqlite_services):
    admin = login_admin(sqlite_services)
    for weak in ("short", "liulei", "LiuLei", "123456", "password"):
        with pytest.raises(ValidationError) as info:
            sqlite_services.users.create_user(admin, "liulei", "", weak, [technician_role()])
        assert info.value.field == "password"
    assert not User.select().where(User.username == "liulei").exists()


def test_a_display_name_longer_than_its_column_is_refused_on_every_engine(services):
    admin = login_admin(services)
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "long", "名" * 65, PASSWORD, [technician_role()])
    assert info.value.field == "display_name"
    assert services.users.create_user(
        admin, "long", "名" * 64, PASSWORD, [technician_role()]
    ).display_name == ("名" * 64)


def test_an_unknown_role_creates_nothing(services):
    admin = login_admin(services)
    with pytest.raises(NotFound):
        services.users.create_user(admin, "ghost", "", PASSWORD, [9999])
    assert not User.select().where(User.username == "ghost").exists()


# --- roles and permissions ----------------------------------------------------------------


def test_permissions_are_the_union_of_the_users_roles(services):
    admin = login_admin(services)
    desk = services.users.save_role(
        admin,
        None,
        name="前台",
        description="",
        permissions={"customer.edit", "message.edit"},
        version=None,
    )
    store = services.users.save_role(
        admin,
        None,
        name="库管",
        description="",
        permissions={"parts.manage", "message.edit"},
        version=None,
    )
    info = services.users.create_user(admin, "zhao", "", PASSWORD, [desk.id, store.id])
    assert set(info.role_ids) == {desk.id, store.id}
    actor = services.auth.login("zhao", PASSWORD)
    assert actor.permissions == {"customer.edit", "message.edit", "parts.manage"}
    assert actor.can("parts.manage") and not actor.can("users.manage")

    services.users.update_user(
        admin, info.id, display_name="赵", role_ids=[store.id], active=True, version=OVERWRITE
    )
    assert services.auth.login("zhao", PASSWORD).permissions == {"parts.manage", "message.edit"}

    # Changing a role changes what its members can do at their next sign-in.
    services.users.save_role(
        admin,
        store.id,
        name="库管",
        description="仓库",
        permissions={"parts.manage", "stats.view"},
        version=OVERWRITE,
    )
    assert services.auth.login("zhao", PASSWORD).permissions == {"parts.manage", "stats.view"}
    roles = {r.id: r for r in services.users.list_roles(admin)}
    assert roles[store.id].user_count == 1 and roles[desk.id].user_count == 0
    assert roles[store.id].description == "仓库"


def test_preset_roles(sqlite_services):
    admin = login_admin(sqlite_services)
    roles = {r.key: r for r in sqlite_services.users.list_roles(admin)}
    assert [r.name for r in sqlite_services.users.list_roles(admin)][:4] == [
        "管理员",
        "经理",
        "接线员",
        "售后人员",
    ]
    assert roles["admin"].permissions == frozenset(PERMISSIONS)
    assert "users.manage" not in roles["manager"].permissions
    assert "audit.process" in roles["manager"].permissions
    assert {"service.process", "customer.edit"} <= roles["receptionist"].permissions
    assert "service.process" in roles["technician"].permissions
    for role in roles.values():
        assert role.permissions <= PERMISSIONS.keys()


def test_role_names_are_unique_whatever_the_case(services):
    admin = login_admin(services)
    services.users.save_role(
        admin, None, name="Sales", description="", permissions=set(), version=OVERWRITE
    )
    for name in ("Sales", "sales", " SALES ", "经理"):
        with pytest.raises(Conflict):
            services.users.save_role(
                admin, None, name=name, description="", permissions=set(), version=OVERWRITE
            )
    # Renaming a role to its own name in another case is fine.
    sales = next(r for r in services.users.list_roles(admin) if r.name == "Sales")
    assert (
        services.users.save_role(
            admin, sales.id, name="SALES", description="", permissions=set(), version=OVERWRITE
        )
    ).name == "SALES"


def test_role_input_is_checked(services):
    admin = login_admin(services)
    bad = [
        ({"name": "  "}, "name"),
        ({"name": "r" * 65}, "name"),
        ({"name": "ok", "description": "d" * 256}, "description"),
        ({"name": "ok", "permissions": {"customer.edit", "fly.plane"}}, "permissions"),
    ]
    for kwargs, field in bad:
        args = {"description": "", "permissions": set(), **kwargs}
        with pytest.raises(ValidationError) as info:
            services.users.save_role(admin, None, **args, version=None)
        assert info.value.field == field
    assert Role.select().count() == 4
    with pytest.raises(NotFound):
        services.users.save_role(
            admin, 9999, name="x", description="", permissions=set(), version=OVERWRITE
        )


# --- the last administrator ---------------------------------------------------------------


def test_the_admin_role_cannot_lose_user_management_while_it_holds_the_only_admin(services):
    admin = login_admin(services)
    admin_role = role_ids(services, admin, "admin")[0]
    before = admin_role_codes()
    with pytest.raises(Conflict):
        services.users.save_role(
            admin,
            admin_role,
            name="管理员",
            description="",
            permissions=set(PERMISSIONS) - {"users.manage"},
            version=OVERWRITE,
        )
    assert admin_role_codes() == before  # the whole change was rolled back
    assert services.auth.login("system", "Adm1n-pass").can("users.manage")


def test_the_only_administrator_cannot_take_away_their_own_admin_role(services):
    admin = login_admin(services)
    system = next(u for u in services.users.list_users(admin) if u.username == "system")
    with pytest.raises(Conflict):
        services.users.update_user(
            admin,
            system.id,
            display_name="系统管理员",
            role_ids=role_ids(services, admin, "manager"),
            active=True,
            version=OVERWRITE,
        )
    assert UserRole.select().where(UserRole.user == system.id).count() == 1
    assert services.users.list_users(admin)[0].role_names == ("管理员",)


def test_the_last_administrator_cannot_step_down(services):
    admin = login_admin(services)
    boss = services.users.create_user(
        admin, "boss", "老板", PASSWORD, role_ids(services, admin, "admin")
    )
    manager = role_ids(services, admin, "manager")
    system = next(u for u in services.users.list_users(admin) if u.username == "system")
    # With a second administrator, system may step down to manager...
    services.users.update_user(
        admin,
        system.id,
        display_name="系统管理员",
        role_ids=manager,
        active=True,
        version=OVERWRITE,
    )
    # ...and from then on only the boss manages users, and cannot give that up.
    boss_actor = services.auth.login("boss", PASSWORD)
    with pytest.raises(Conflict):
        services.users.update_user(
            boss_actor,
            boss.id,
            display_name="老板",
            role_ids=manager,
            active=True,
            version=OVERWRITE,
        )
    assert [r.key for r in Role.select().join(UserRole).where(UserRole.user == boss.id)] == [
        "admin"
    ]


def test_you_cannot_disable_yourself(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    services.users.create_user(admin, "boss", "", PASSWORD, role_ids(services, admin, "admin"))
    with pytest.raises(ValidationError) as info:
        services.users.update_user(
            admin,
            admin.user_id,
            display_name="x",
            role_ids=role_ids(services, admin, "admin"),
            active=False,
            version=OVERWRITE,
        )
    assert info.value.field == "active"
    user = User.get_by_id(admin.user_id)
    assert user.active and user.display_name == "系统管理员"


def test_unknown_user_is_not_found(sqlite_services):
    admin = login_admin(sqlite_services)
    with pytest.raises(NotFound):
        sqlite_services.users.update_user(
            admin, 9999, display_name="x", role_ids=[], active=True, version=OVERWRITE
        )
    with pytest.raises(NotFound):
        sqlite_services.users.reset_password(admin, 9999, PASSWORD)
    with pytest.raises(NotFound):
        sqlite_services.users.unlock(admin, 9999)


# --- deleting roles -----------------------------------------------------------------------


def test_preset_roles_cannot_be_deleted(services):
    admin = login_admin(services)
    for role_id in role_ids(services, admin, "admin", "manager", "receptionist", "technician"):
        with pytest.raises(Conflict):
            services.users.delete_role(admin, role_id)
    assert Role.select().count() == 4


def test_a_role_in_use_cannot_be_deleted_an_unused_one_can(services):
    admin = login_admin(services)
    used = services.users.save_role(
        admin, None, name="临时工", description="", permissions={"memo.manage"}, version=None
    )
    spare = services.users.save_role(
        admin,
        None,
        name="备用",
        description="",
        permissions={"stats.view", "memo.manage"},
        version=None,
    )
    user = services.users.create_user(admin, "temp", "", PASSWORD, [used.id])
    with pytest.raises(Conflict):
        services.users.delete_role(admin, used.id)
    assert Role.get_or_none(Role.id == used.id)

    services.users.delete_role(admin, spare.id)
    assert Role.get_or_none(Role.id == spare.id) is None
    assert not RolePermission.select().where(RolePermission.role == spare.id).exists()
    with pytest.raises(NotFound):
        services.users.delete_role(admin, spare.id)

    # Once nobody holds it, the first role can go too.
    services.users.update_user(
        admin,
        user.id,
        display_name="",
        role_ids=[technician_role()],
        active=True,
        version=OVERWRITE,
    )
    services.users.delete_role(admin, used.id)
    assert Role.select().count() == 4


# --- passwords ----------------------------------------------------------------------------


def test_reset_password_forces_a_change_and_unlocks(services):
    admin = login_admin(services)
    user = services.users.create_user(admin, "sun", "", PASSWORD, [technician_role()])
    services.auth.change_password(services.auth.login("sun", PASSWORD), PASSWORD, "Own-pass1")
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong password, then locked
            services.auth.login("sun", "wrong")
    assert User.get_by_id(user.id).locked_until is not None

    services.users.reset_password(admin, user.id, "Temp-pass9")
    stored = User.get_by_id(user.id)
    assert stored.locked_until is None and stored.failed_logins == 0
    actor = services.auth.login("sun", "Temp-pass9")
    assert actor.must_change_password
    with pytest.raises(AuthenticationFailed):
        services.auth.login("sun", "Own-pass1")
    with pytest.raises(ValidationError):
        services.users.reset_password(admin, user.id, "sun")


def test_unlock_lets_a_locked_user_in_at_once(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    user = services.users.create_user(admin, "qian", "", PASSWORD, [technician_role()])
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017
            services.auth.login("qian", "wrong")
    listed = next(u for u in services.users.list_users(admin) if u.username == "qian")
    assert listed.locked_until is not None
    services.users.unlock(admin, user.id)
    assert services.auth.login("qian", PASSWORD).username == "qian"


# --- audit --------------------------------------------------------------------------------


def test_each_change_is_audited(services):
    admin = login_admin(services)
    role = services.users.save_role(
        admin, None, name="质检", description="", permissions={"audit.process"}, version=None
    )
    user = services.users.create_user(admin, "zhou", "周", PASSWORD, [role.id])
    services.users.update_user(
        admin,
        user.id,
        display_name="周",
        role_ids=[role.id, *role_ids(services, admin, "technician")],
        active=True,
        version=OVERWRITE,
    )
    services.users.update_user(
        admin,
        user.id,
        display_name="周",
        role_ids=[technician_role()],
        active=False,
        version=OVERWRITE,
    )
    services.users.update_user(
        admin,
        user.id,
        display_name="周",
        role_ids=[technician_role()],
        active=True,
        version=OVERWRITE,
    )
    services.users.save_role(
        admin,
        role.id,
        name="质检",
        description="",
        permissions={"stats.view", "audit.process"},
        version=OVERWRITE,
    )
    services.users.reset_password(admin, user.id, "Temp-pass9")
    services.users.unlock(admin, user.id)
    services.users.delete_role(admin, role.id)

    trail = [a for a in actions(services, admin) if not a[0].startswith("login")]
    assert trail[-10:] == [
        ("role.create", "质检", encode_detail({"added": ["audit.process"], "removed": []})),
        ("user.create", "zhou", "质检"),
        ("user.roles", "zhou", "质检 -> 售后人员, 质检"),
        ("user.roles", "zhou", "售后人员, 质检 -> 售后人员"),
        ("user.disable", "zhou", ""),
        ("user.enable", "zhou", ""),
        ("role.change", "质检", encode_detail({"added": ["stats.view"], "removed": []})),
        ("password.reset", "zhou", ""),
        ("user.unlock", "zhou", ""),
        ("role.delete", "质检", ""),
    ]
    who = {e.username for e in services.audit.entries(admin) if e.action != "setup.complete"}
    assert who == {"system"}


def test_the_audit_trail_pages_newest_first_and_filters(services, clock):
    admin = login_admin(services)  # 09:30:00
    for minute in range(1, 6):
        clock.advance(minutes=1)
        services.users.create_user(admin, f"user{minute}", "", PASSWORD, [technician_role()])
    entries = services.audit.entries(admin, action="user.create")
    assert [e.target for e in entries] == [f"user{i}" for i in range(5, 0, -1)]
    assert entries[0].at == dt.datetime(2026, 11, 27, 9, 35)

    first = services.audit.entries(admin, action="user.create", limit=2)
    rest = services.audit.entries(admin, action="user.create", before_id=first[-1].id)
    assert [e.target for e in first + rest] == [e.target for e in entries]

    window = services.audit.entries(
        admin,
        since=dt.datetime(2026, 11, 27, 9, 32),
        until=dt.datetime(2026, 11, 27, 9, 34),
    )
    assert [e.target for e in window] == ["user3", "user2"]
    assert {e.username for e in services.audit.entries(admin, username="system")} == {"system"}
    assert {"login", "setup.complete", "user.create"} <= set(services.audit.actions(admin))
    assert services.audit.actions(admin) == sorted(services.audit.actions(admin))


def test_a_revoked_right_is_refused_at_once_without_signing_in_again(sqlite_services):
    """Another PC's administrator takes a role away: the signed-in user's next action fails."""
    from yuntian.services.common.errors import PermissionDenied

    services = sqlite_services
    admin = login_admin(services)
    roles = {r.key: r.id for r in services.users.list_roles(admin)}
    info = services.users.create_user(admin, "lisi", "李四", "Temp-pass1", [roles["admin"]])
    lisi = services.auth.login("lisi", "Temp-pass1")
    services.users.list_users(lisi)  # allowed while the role is held
    services.users.update_user(
        admin,
        info.id,
        display_name="李四",
        role_ids=[roles["receptionist"]],
        active=True,
        version=OVERWRITE,
    )
    with pytest.raises(PermissionDenied):
        services.users.list_users(lisi)
    services.users.update_user(
        admin,
        info.id,
        display_name="李四",
        role_ids=[roles["admin"]],
        active=False,
        version=OVERWRITE,
    )
    with pytest.raises(PermissionDenied):
        services.users.list_users(lisi)


def test_a_user_needs_at_least_one_role(sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    with pytest.raises(ValidationError) as info:
        services.users.create_user(admin, "wangwu", "王五", PASSWORD, [])
    assert info.value.field == "roles"
    assert not User.select().where(User.username == "wangwu").exists()
