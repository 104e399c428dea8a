"""Demo step "staff": the shop's settings and its users, one per preset role and a few more.

Users are created through UserService (so they are exactly what an administrator would make),
then marked as not needing a password change so a newcomer can sign in straight away.
"""

from __future__ import annotations

import json

from yuntian.db.models import Role, User
from yuntian.demo.context import DemoContext
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.settings.settings import put_setting
from yuntian.services.settings.setup import ADMIN_USERNAME, DEMO_LOGINS_KEY

SHOP_NAME = "云天家电维修服务部"
LOCAL_AREA_CODE = "010"
DEMO_PASSWORD = "demo1234"

# username, display name, Role.key; the first user of each role is listed on the login dialog
DEMO_USERS: tuple[tuple[str, str, str], ...] = (
    ("admin", "赵建国", "admin"),
    ("manager", "钱淑芬", "manager"),
    ("reception", "孙丽", "receptionist"),
    ("tech", "李强", "technician"),
    ("reception2", "周小燕", "receptionist"),
    ("tech2", "吴海涛", "technician"),
    ("tech3", "郑志刚", "technician"),
)


def generate_staff(ctx: DemoContext) -> None:
    services = build_services(ctx.db, ctx.profile, ctx.clock)
    system = load_actor(User.get(User.username == ADMIN_USERNAME))
    roles = {r.key: r for r in Role.select().where(Role.key.is_null(False))}
    logins: list[dict[str, str]] = []
    for username, display_name, role_key in DEMO_USERS:
        role = roles[role_key]
        info = services.users.create_user(system, username, display_name, DEMO_PASSWORD, [role.id])
        User.update(must_change_password=False).where(User.id == info.id).execute()
        ctx.users_by_role.setdefault(role_key, []).append(info.id)
        if not any(login["role"] == role.name for login in logins):
            logins.append({"username": username, "password": DEMO_PASSWORD, "role": role.name})
    put_setting("shop_name", SHOP_NAME)
    put_setting("setup_complete", "1")
    put_setting(DEMO_LOGINS_KEY, json.dumps(logins, ensure_ascii=False))
