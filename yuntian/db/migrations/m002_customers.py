"""Schema 2: customer groups, customers, their phone numbers, addresses and contacts."""

from __future__ import annotations

import peewee as pw

NAME = "customers: groups, customers, phones, addresses, contacts"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced, created by step 1
    username = pw.CharField(max_length=64)


class CustomerGroup(_Base):
    name = pw.CharField(max_length=64, unique=True)
    sort = pw.IntegerField(default=0)


class Customer(_Base):
    code = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=64, index=True)
    group = pw.ForeignKeyField(CustomerGroup, null=True, on_delete="SET NULL")
    salesperson = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    email = pw.CharField(max_length=128, default="")
    other_contact = pw.CharField(max_length=128, default="")
    blacklisted = pw.BooleanField(default=False)
    blacklist_reason = pw.CharField(max_length=255, default="")
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    created_at = pw.DateTimeField(index=True)


class CustomerPhone(_Base):
    customer = pw.ForeignKeyField(Customer, on_delete="CASCADE")
    kind = pw.CharField(max_length=16, default="mobile")
    raw = pw.CharField(max_length=64)
    number = pw.CharField(max_length=32, index=True)
    sort = pw.IntegerField(default=0)


class CustomerAddress(_Base):
    customer = pw.ForeignKeyField(Customer, on_delete="CASCADE")
    province = pw.CharField(max_length=32, default="")
    city = pw.CharField(max_length=32, default="")
    district = pw.CharField(max_length=32, default="")
    street = pw.CharField(max_length=255, default="")
    sort = pw.IntegerField(default=0)


class CustomerContact(_Base):
    customer = pw.ForeignKeyField(Customer, on_delete="CASCADE")
    name = pw.CharField(max_length=64)
    title = pw.CharField(max_length=64, default="")
    phone = pw.CharField(max_length=64, default="")
    sort = pw.IntegerField(default=0)


TABLES = (CustomerGroup, Customer, CustomerPhone, CustomerAddress, CustomerContact)


def apply(db: pw.Database) -> None:
    with db.bind_ctx((User, *TABLES)):
        db.create_tables(TABLES)
        for sort, name in enumerate(("普通客户", "VIP客户", "经销商")):
            CustomerGroup.create(name=name, sort=sort)
