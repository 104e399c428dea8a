"""Users and roles carry a version: an edit from an older one is refused (StaleRecord) with
nothing written; signing in and passwords do not move it. On all three engines."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin, technician_role
from yuntian.db.models import Role, RolePermission, User
from yuntian.services.common.record_versions import StaleRecord


def test_a_user_saved_from_an_older_version_is_refused_and_nothing_written(services, clock):
    admin = login_admin(services)
    users = services.users
    tech = technician_role()
    opened = users.create_user(admin, "wangfang", "王芳", "Sales-123", [tech])
    assert opened.version == 1
    services.auth.login("wangfang", "Sales-123")  # a sign-in changes nothing an editor shows
    assert User.get_by_id(opened.id).version == 1

    clock.advance(minutes=2)
    first = users.update_user(
        admin, opened.id, display_name="王芳芳", role_ids=[tech], active=True, version=1
    )
    assert first.version == 2
    with pytest.raises(StaleRecord) as info:
        users.update_user(
            admin, opened.id, display_name="王芳", role_ids=[tech], active=False, version=1
        )
    assert info.value.kind == "user" and info.value.changed_at == clock.now
    assert info.value.current.display_name == "王芳芳"
    stored = User.get_by_id(opened.id)
    assert (stored.display_name, stored.active, stored.version) == ("王芳芳", True, 2)


def test_a_role_saved_from_an_older_version_is_refused_and_nothing_written(services):
    admin = login_admin(services)
    users = services.users
    opened = users.save_role(
        admin, None, name="质检", description="", permissions={"stats.view"}, version=None
    )
    assert opened.version == 1
    first = users.save_role(
        admin,
        opened.id,
        name="质检",
        description="查看统计",
        permissions={"stats.view", "audit.process"},
        version=1,
    )
    assert first.version == 2
    with pytest.raises(StaleRecord) as info:
        users.save_role(
            admin, opened.id, name="质检员", description="", permissions=set(), version=1
        )
    assert info.value.kind == "role" and info.value.current.description == "查看统计"
    stored = Role.get_by_id(opened.id)
    assert (stored.name, stored.description, stored.version) == ("质检", "查看统计", 2)
    codes = {p.code for p in RolePermission.select().where(RolePermission.role == opened.id)}
    assert codes == {"stats.view", "audit.process"}
