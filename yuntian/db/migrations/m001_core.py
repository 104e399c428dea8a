"""Schema 1: settings, users and roles, audit trail, enumerations, document numbering.

The classes below are frozen copies of the models as they were at schema 1; later changes go
into later steps, never here.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from yuntian.passwords import hash_password

NAME = "core: settings, users, roles, audit trail, enumerations, numbering"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class SchemaVersion(_Base):
    version = pw.IntegerField(primary_key=True)
    name = pw.CharField(max_length=100)
    applied_at = pw.DateTimeField()


class Setting(_Base):
    key = pw.CharField(max_length=64, primary_key=True)
    value = pw.TextField()


class Role(_Base):
    key = pw.CharField(max_length=32, null=True, unique=True)
    name = pw.CharField(max_length=64, unique=True)
    description = pw.CharField(max_length=255, default="")
    sort = pw.IntegerField(default=0)


class RolePermission(_Base):
    role = pw.ForeignKeyField(Role, on_delete="CASCADE")
    code = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("role", "code"), True),)


class User(_Base):
    username = pw.CharField(max_length=64, unique=True)
    display_name = pw.CharField(max_length=64, default="")
    password_hash = pw.CharField(max_length=255)
    must_change_password = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()


class UserRole(_Base):
    user = pw.ForeignKeyField(User, on_delete="CASCADE")
    role = pw.ForeignKeyField(Role, on_delete="CASCADE")

    class Meta:
        indexes = ((("user", "role"), True),)


class AuditEntry(_Base):
    at = pw.DateTimeField(index=True)
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    username = pw.CharField(max_length=64, default="")
    action = pw.CharField(max_length=64, index=True)
    target = pw.CharField(max_length=128, default="")
    detail = pw.TextField(default="")

    class Meta:
        table_name = "audit_log"


class EnumItem(_Base):
    kind = pw.CharField(max_length=32)
    name = pw.CharField(max_length=64)
    sort = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "name"), True), (("kind", "sort"), False))


class NumberingRule(_Base):
    kind = pw.CharField(max_length=32, primary_key=True)
    prefix = pw.CharField(max_length=16, default="")
    date_pattern = pw.CharField(max_length=16, default="YYYYMMDD")
    digits = pw.IntegerField(default=4)


class NumberingCounter(_Base):
    kind = pw.CharField(max_length=32)
    period = pw.CharField(max_length=16)
    last_value = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("kind", "period")


TABLES = (
    SchemaVersion,
    Setting,
    Role,
    RolePermission,
    User,
    UserRole,
    AuditEntry,
    EnumItem,
    NumberingRule,
    NumberingCounter,
)

_ALL_PERMISSIONS = (
    "customer_group.rename",
    "customer_group.delete",
    "customer.edit",
    "customer.delete",
    "call_log.delete",
    "data.import_export",
    "message.edit",
    "message.delete",
    "record.edit",
    "record.delete",
    "memo.manage",
    "settings.manage",
    "sales.process",
    "service.process",
    "complaint.process",
    "callback.process",
    "audit.process",
    "parts.manage",
    "stats.view",
    "points.manage",
    "users.manage",
)

PRESET_ROLES = {
    "admin": ("管理员", "全部权限", _ALL_PERMISSIONS),
    "manager": (
        "经理",
        "审核、统计、应收款、单据管理",
        tuple(p for p in _ALL_PERMISSIONS if p not in ("users.manage", "settings.manage")),
    ),
    "receptionist": (
        "接线员",
        "接听来电，客户资料，售后服务单、投诉和回访",
        (
            "customer.edit",
            "message.edit",
            "memo.manage",
            "sales.process",
            "service.process",
            "complaint.process",
            "callback.process",
        ),
    ),
    "technician": (
        "售后人员",
        "售后服务和维修备件",
        ("service.process", "memo.manage", "message.edit"),
    ),
}

DEFAULT_ENUMS = {
    "service_type": ("上门维修", "送修", "安装调试", "保养", "咨询"),
    "callback_method": ("电话", "短信", "微信", "上门"),
    "callback_purpose": ("售后回访", "销售回访", "满意度调查", "保养提醒"),
    "feedback": ("非常满意", "满意", "一般", "不满意"),
    "scrap_type": ("损坏", "过期", "丢失"),
    "scrap_handler": (),
    "complaint_type": ("服务态度", "维修质量", "产品质量", "响应速度", "建议"),
}

DEFAULT_NUMBERING = {
    "customer": ("KH", "", 6),
    "sale": ("XS", "YYYYMMDD", 4),
    "service_order": ("SH", "YYYYMMDD", 4),
    "complaint": ("TS", "YYYYMMDD", 4),
    "callback": ("HF", "YYYYMMDD", 4),
}


def apply(db: pw.Database) -> None:
    with db.bind_ctx(TABLES):
        db.create_tables(TABLES)
        stamp = dt.datetime.now().replace(microsecond=0)
        for sort, (key, (name, description, codes)) in enumerate(PRESET_ROLES.items()):
            role = Role.create(key=key, name=name, description=description, sort=sort)
            RolePermission.insert_many(
                [(role.id, c) for c in codes], fields=[RolePermission.role, RolePermission.code]
            ).execute()
        admin = User.create(
            username="system",
            display_name="系统管理员",
            password_hash=hash_password("system"),
            must_change_password=True,
            created_at=stamp,
        )
        UserRole.create(user=admin, role=Role.get(Role.key == "admin"))
        for kind, names in DEFAULT_ENUMS.items():
            for sort, name in enumerate(names):
                EnumItem.create(kind=kind, name=name, sort=sort)
        for kind, (prefix, pattern, digits) in DEFAULT_NUMBERING.items():
            NumberingRule.create(kind=kind, prefix=prefix, date_pattern=pattern, digits=digits)
        Setting.insert_many(
            [("reminder_lead_days", "7"), ("setup_complete", "0"), ("shop_name", "")]
            + [(f"custom_field_{i}", f"自定义{i}") for i in range(1, 6)],
            fields=[Setting.key, Setting.value],
        ).execute()
