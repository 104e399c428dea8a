"""Who is offered as a technician, and how people are listed (issue 13 item 6): the active
users holding a role that does service work -- the preset 售后人员 and any role the shop marks so
-- by the pinyin of their names, as every list of people is."""

from __future__ import annotations

import json

import pytest

from tests.helpers import login_admin
from tests.support.customer_helpers import audit_actions
from tests.support.service_order_helpers import staff as hire_staff
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import OVERWRITE


@pytest.fixture
def staff(services):
    """Technicians 张伟, 李娜 and 陈静 (created in that order), receptionist 安琪, manager 白雪,
    a former technician 王芳 (inactive)."""
    admin = login_admin(services)
    return admin, hire_staff(services, admin)


def names(people: list[tuple[int, str]]) -> list[str]:
    return [name for _id, name in people]


def test_only_active_users_doing_service_work_are_offered_by_pinyin(services, staff):
    admin, _ids = staff
    # 陈 chen, 李 li, 张 zhang: not the code-point order (张 < 李 < 陈) they had.
    assert names(services.service_orders.technicians(admin)) == ["陈静", "李娜", "张伟"]


def test_people_pickers_list_by_pinyin(services, staff):
    admin, _ids = staff
    assert names(services.customers.salespeople(admin)) == [
        "安琪", "白雪", "陈静", "李娜", "系统管理员", "张伟",
    ]  # fmt: skip
    listed = [u.display_name for u in services.users.list_users(admin)]
    assert listed == ["安琪", "白雪", "陈静", "李娜", "王芳", "系统管理员", "张伟"]


def test_a_role_the_shop_marks_as_doing_service_work_makes_technicians(services, staff):
    admin, ids = staff
    installers = services.users.save_role(
        admin, None, name="安装工", description="", permissions={"service.process"},
        service_work=True, version=None
    )  # fmt: skip
    assert installers.service_work
    fitter = services.users.create_user(admin, "fitter", "曾强", "Sales-123", [installers.id])
    # 曾 as a surname reads zeng: after 李 li, before 张 zhang.
    assert names(services.service_orders.technicians(admin)) == [
        "陈静", "李娜", "曾强", "张伟",
    ]  # fmt: skip
    # Saving the role without saying keeps it; unticking it takes its users off the list.
    kept = services.users.save_role(
        admin,
        installers.id,
        name="安装工",
        description="上门安装",
        permissions={"service.process"},
        version=OVERWRITE,
    )
    assert kept.service_work
    services.users.save_role(
        admin, installers.id, name="安装工", description="", permissions={"service.process"},
        service_work=False, version=OVERWRITE
    )  # fmt: skip
    assert fitter not in dict(services.service_orders.technicians(admin))
    assert ids["张伟"] in dict(services.service_orders.technicians(admin))
    changes = [d for a, t, d in audit_actions(services, admin) if a == "role.change"]
    assert json.loads(changes[-1]) == {"added": [], "removed": [], "service_work": False}


def test_the_preset_technician_role_does_service_work_and_the_others_do_not(services):
    admin = login_admin(services)
    roles = {r.key: r.service_work for r in services.users.list_roles(admin)}
    assert roles == {"admin": False, "manager": False, "receptionist": False, "technician": True}


def test_every_user_may_read_the_technicians(services, staff):
    _admin, ids = staff
    receptionist = Actor(ids["安琪"], "anqi", "安琪")  # no permission needed
    assert names(services.service_orders.technicians(receptionist)) == ["陈静", "李娜", "张伟"]
