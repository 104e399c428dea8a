"""Schema 3: purchase intentions (购买意向) and memos (备忘录) attached to customers."""

from __future__ import annotations

import peewee as pw

NAME = "customer records: purchase intentions, memos"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced
    username = pw.CharField(max_length=64)


class Customer(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class PurchaseIntention(_Base):
    customer = pw.ForeignKeyField(Customer, on_delete="CASCADE")
    product = pw.CharField(max_length=128)
    budget = pw.DecimalField(max_digits=12, decimal_places=2, null=True)
    expected_date = pw.DateField(null=True)
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = pw.DateTimeField()


class Memo(_Base):
    customer = pw.ForeignKeyField(Customer, on_delete="CASCADE")
    text = pw.TextField()
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField(null=True)


TABLES = (PurchaseIntention, Memo)


def apply(db: pw.Database) -> None:
    with db.bind_ctx((User, Customer, *TABLES)):
        db.create_tables(TABLES)
