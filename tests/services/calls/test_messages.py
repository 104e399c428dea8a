"""Messages (留言): left by anyone, listed and counted while open, handled, edited and deleted
only with their permissions."""

from __future__ import annotations

import pytest

from tests.helpers import actor_without, login_admin, technician_role
from tests.support.customer_helpers import audit_actions, new_customer
from yuntian.services import Services
from yuntian.services.common.errors import NotFound, PermissionDenied, ValidationError
from yuntian.services.common.record_versions import OVERWRITE


def leave(services: Services, actor, text: str = "请回电", **kw):
    args = {
        "customer_id": None,
        "call_id": None,
        "caller_name": "王先生",
        "number": "13800138000",
        "for_user_id": None,
        "callback_wanted": True,
    } | kw
    return services.messages.create(actor, text=text, **args)


def test_a_message_taken_on_a_call_knows_the_caller(services: Services, clock):
    admin = login_admin(services)
    tech = services.users.create_user(admin, "tech", "李师傅", "Tech-1234", [technician_role()])
    zhang = new_customer(services, admin, "张三", "010-62345678").customer
    call = services.calls.start(admin, 1, "总机", "in", "62345678").call_id
    clock.advance(minutes=1)

    message = leave(
        services, admin, "空调不制冷，请李师傅回电", call_id=call, number="", for_user_id=tech.id
    )

    assert (message.customer_id, message.customer_name, message.call_id) == (zhang.id, "张三", call)
    assert (message.number, message.for_user_name, message.created_by) == (
        "62345678", "李师傅", "系统管理员",
    )  # fmt: skip
    assert message.text == "空调不制冷，请李师傅回电" and message.callback_wanted
    assert (message.created_at, message.handled, message.handled_at) == (clock.now, False, None)
    assert services.messages.for_customer(admin, zhang.id) == [message]


def test_open_messages_are_counted_listed_and_handled(services: Services, clock):
    admin = login_admin(services)
    tech = services.users.create_user(admin, "tech", "李师傅", "Tech-1234", [technician_role()])
    anyone = leave(services, admin, "一")
    clock.advance(minutes=1)
    for_tech = leave(services, admin, "二", for_user_id=tech.id)
    clock.advance(minutes=1)
    for_admin = leave(services, admin, "三", for_user_id=admin.user_id)
    receptionist = actor_without(admin, "message.edit")

    assert services.messages.open_count(receptionist) == 3
    assert services.messages.open_count(receptionist, for_user_id=tech.id) == 2
    listed = services.messages.list(receptionist)
    assert [m.id for m in listed] == [for_admin.id, for_tech.id, anyone.id]
    mine = services.messages.list(receptionist, for_user_id=tech.id)
    assert [m.id for m in mine] == [for_tech.id, anyone.id]

    clock.advance(minutes=5)
    assert services.messages.mark_handled(receptionist, [for_tech.id, anyone.id]) == 2
    assert services.messages.mark_handled(receptionist, [anyone.id]) == 0  # already
    assert services.messages.open_count(receptionist) == 1
    assert [m.id for m in services.messages.list(receptionist)] == [for_admin.id]
    done = services.messages.get(receptionist, anyone.id)
    assert (done.handled, done.handled_at, done.handled_by) == (True, clock.now, "系统管理员")
    everything = services.messages.list(receptionist, open_only=False)
    assert [m.id for m in everything] == [for_admin.id, for_tech.id, anyone.id]

    assert services.messages.mark_handled(receptionist, [anyone.id], handled=False) == 1
    reopened = services.messages.get(receptionist, anyone.id)
    assert (reopened.handled, reopened.handled_at, reopened.handled_by) == (False, None, "")
    assert services.messages.open_count(receptionist) == 2


def test_keyed_pages_of_messages_left_in_the_same_second(services: Services):
    admin = login_admin(services)
    left = [leave(services, admin, f"第{i}条") for i in range(7)]
    pages, after = [], None
    while page := services.messages.list(admin, open_only=False, after=after, limit=3):
        pages.append([m.id for m in page])
        after = page[-1].key
    assert pages == [[7, 6, 5], [4, 3, 2], [1]]
    assert sorted(m.id for m in left) == [1, 2, 3, 4, 5, 6, 7]


def test_bad_input_names_the_field(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    disabled = services.users.create_user(admin, "gone", "", "Gone-1234", [technician_role()])
    services.users.update_user(admin, disabled.id, display_name="", role_ids=[technician_role()],
                               active=False, version=OVERWRITE)  # fmt: skip
    for kwargs, field in (
        ({"text": "  \n "}, "text"),
        ({"text": "x" * 4001}, "text"),
        ({"customer_id": 4242}, "customer"),
        ({"call_id": 4242}, "call"),
        ({"for_user_id": disabled.id}, "for_user"),
        ({"caller_name": "名" * 65}, "caller_name"),
    ):
        with pytest.raises(ValidationError) as info:
            leave(services, admin, **kwargs)
        assert info.value.field == field
    assert services.messages.open_count(admin) == 0
    with pytest.raises(NotFound):
        services.messages.get(admin, 4242)


def test_edit_and_delete_need_their_permissions_and_are_audited(services: Services):
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    message = leave(services, admin, "请回电")

    with pytest.raises(PermissionDenied):
        services.messages.update(
            actor_without(admin, "message.edit"),
            message.id,
            None,
            "王",
            "",
            None,
            "改",
            False,
            version=message.version,
        )
    changed = services.messages.update(
        admin,
        message.id,
        zhang.id,
        "张三",
        "13800138000",
        None,
        "已改：明天上午回电",
        False,
        version=message.version,
    )
    assert (changed.customer_name, changed.text, changed.callback_wanted) == (
        "张三", "已改：明天上午回电", False,
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        services.messages.delete(actor_without(admin, "message.delete"), [message.id])
    assert services.messages.get(admin, message.id).text == "已改：明天上午回电"

    assert services.messages.delete(admin, [message.id, 4242]) == 1
    assert services.messages.list(admin, open_only=False) == []
    assert audit_actions(services, admin)[-2:] == [
        ("message.edit", f"#{message.id}", "请回电"),
        ("message.delete", f"#{message.id}", "已改：明天上午回电"),
    ]
    # A customer with messages keeps its history: archived, not deleted.
    leave(services, admin, "再来电", customer_id=zhang.id)
    assert services.customers.delete(admin, zhang.id) == "archived"
