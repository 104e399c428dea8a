"""Schema 6: the call log (来电日志) and messages (留言).

The log is read newest first, whole or filtered by customer, number or line: ``ring_at`` and a
(filter column, ring_at) index per filter let a page be read in index order at millions of
calls. Open messages are read and counted through (handled, created_at).
"""

from __future__ import annotations

import peewee as pw

NAME = "call log and messages"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced
    username = pw.CharField(max_length=64)


class Customer(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class Call(_Base):
    station = pw.CharField(max_length=64, default="")
    line = pw.IntegerField()
    line_name = pw.CharField(max_length=64, default="")
    direction = pw.CharField(max_length=3)
    raw_number = pw.CharField(max_length=64, default="")
    number = pw.CharField(max_length=32, default="")
    region = pw.CharField(max_length=64, default="")
    network_name = pw.CharField(max_length=64, default="")
    privacy = pw.CharField(max_length=16, default="")
    customer = pw.ForeignKeyField(Customer, null=True, on_delete="SET NULL", index=False)
    candidates = pw.IntegerField(default=0)
    ring_at = pw.DateTimeField()
    answered_at = pw.DateTimeField(null=True)
    ended_at = pw.DateTimeField(null=True)
    duration = pw.IntegerField(null=True)
    operator = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    missed = pw.BooleanField(default=False)
    recording = pw.CharField(max_length=255, default="")
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "call_log"
        indexes = (
            (("ring_at",), False),
            (("customer", "ring_at"), False),
            (("number", "ring_at"), False),
            (("line", "ring_at"), False),
        )


class Message(_Base):
    customer = pw.ForeignKeyField(Customer, null=True, on_delete="SET NULL", index=False)
    call = pw.ForeignKeyField(Call, null=True, on_delete="SET NULL")
    caller_name = pw.CharField(max_length=64, default="")
    number = pw.CharField(max_length=64, default="")
    for_user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    text = pw.TextField()
    callback_wanted = pw.BooleanField(default=False)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    created_at = pw.DateTimeField()
    handled = pw.BooleanField(default=False)
    handled_at = pw.DateTimeField(null=True)
    handled_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)

    class Meta:
        indexes = (
            (("handled", "created_at"), False),
            (("customer", "created_at"), False),
        )


TABLES = (Call, Message)


def apply(db: pw.Database) -> None:
    with db.bind_ctx((User, Customer, *TABLES)):
        db.create_tables(TABLES)
