"""Schema 8: after-sales service orders (售后服务单), their technicians and state history, with
the audit lock on them; and the print templates the shop designs.

A service order's customer and purchase cannot be deleted from under it (RESTRICT); its
technicians and events are deleted explicitly with it (only a pending or cancelled order can
be). Lists read newest first through (filter, taken_at, id) indexes; a technician's orders
through technician (user, order). (sale, maintenance_due) is unique: NULLs are distinct on
every engine, so only generated maintenance orders (with a due date) are held to one per date.

The audit lock (``yuntian.db.audit_lock``) makes an audited order and its technician rows
unchangeable by any SQL; on MySQL a trigger is DDL (committed at once), so a failed step is
undone by dropping its tables, which drops their triggers too.

Also: payment's (sale, paid_on) index gains the amount, so summing a sale's payments (every
outstanding figure, the owing list, purchase statistics) reads the index alone, never the table.
Checked by name first, so the step can run again after a failure on MySQL.
"""

from __future__ import annotations

import peewee as pw

from yuntian.db.audit_lock import install_audit_lock

NAME = "service orders and print templates"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced
    username = pw.CharField(max_length=64)


class Customer(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class Sale(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class ServiceOrder(_Base):
    code = pw.CharField(max_length=32, unique=True)
    customer = pw.ForeignKeyField(Customer, on_delete="RESTRICT", backref="+", index=False)
    contact_name = pw.CharField(max_length=64, default="")
    contact_phone = pw.CharField(max_length=64, default="")
    address = pw.CharField(max_length=255, default="")
    sale = pw.ForeignKeyField(Sale, null=True, on_delete="RESTRICT", backref="+", index=False)
    fault = pw.TextField(default="")
    service_type = pw.CharField(max_length=64, default="")
    warranty = pw.CharField(max_length=8, default="unknown")
    warranty_reason = pw.CharField(max_length=255, default="")
    appointment_at = pw.DateTimeField(null=True)
    priority = pw.IntegerField(default=0)
    state = pw.CharField(max_length=16, default="pending")
    taken_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    taken_at = pw.DateTimeField()
    dispatched_by = pw.ForeignKeyField(
        User, null=True, on_delete="SET NULL", backref="+", index=False
    )
    dispatched_at = pw.DateTimeField(null=True)
    completed_by = pw.ForeignKeyField(
        User, null=True, on_delete="SET NULL", backref="+", index=False
    )
    completed_at = pw.DateTimeField(null=True)
    work_done = pw.TextField(default="")
    solution = pw.TextField(default="")
    result = pw.CharField(max_length=255, default="")
    fee_parts = pw.BigIntegerField(default=0)
    fee_service = pw.BigIntegerField(default=0)
    fee_transport = pw.BigIntegerField(default=0)
    work_minutes = pw.IntegerField(default=0)
    feedback = pw.CharField(max_length=64, default="")
    cancel_reason = pw.CharField(max_length=255, default="")
    cancelled_by = pw.ForeignKeyField(
        User, null=True, on_delete="SET NULL", backref="+", index=False
    )
    cancelled_at = pw.DateTimeField(null=True)
    audited = pw.BooleanField(default=False)
    audited_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    audited_at = pw.DateTimeField(null=True)
    maintenance_due = pw.DateField(null=True)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("taken_at", "id"), False),
            (("state", "taken_at", "id"), False),
            (("customer", "taken_at", "id"), False),
            (("state", "appointment_at"), False),
            (("sale", "maintenance_due"), True),
        )


class ServiceOrderTechnician(_Base):
    order = pw.ForeignKeyField(ServiceOrder, on_delete="RESTRICT", backref="+", index=False)
    user = pw.ForeignKeyField(User, on_delete="RESTRICT", backref="+", index=False)

    class Meta:
        indexes = ((("order", "user"), True), (("user", "order"), False))


class ServiceOrderEvent(_Base):
    order = pw.ForeignKeyField(ServiceOrder, on_delete="RESTRICT", backref="+")
    at = pw.DateTimeField()
    user = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    from_state = pw.CharField(max_length=16, default="")
    to_state = pw.CharField(max_length=16)
    note = pw.CharField(max_length=255, default="")


class PrintTemplate(_Base):
    kind = pw.CharField(max_length=32)
    name = pw.CharField(max_length=64)
    paper = pw.CharField(max_length=32)
    body = pw.TextField()
    copies = pw.IntegerField(default=1)
    offset_x_tenth_mm = pw.IntegerField(default=0)
    offset_y_tenth_mm = pw.IntegerField(default=0)
    is_default = pw.BooleanField(default=False)
    updated_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    updated_at = pw.DateTimeField()

    class Meta:
        indexes = ((("kind", "name"), True),)


TABLES = (ServiceOrder, ServiceOrderTechnician, ServiceOrderEvent, PrintTemplate)


PAYMENT_SUM_INDEX = "payment_sale_id_paid_on_amount"
OLD_PAYMENT_INDEX = "payment_sale_id_paid_on"


def _cover_payment_sums(db: pw.Database) -> None:
    names = {index.name for index in db.get_indexes("payment")}
    if PAYMENT_SUM_INDEX not in names:
        db.execute_sql(f"CREATE INDEX {PAYMENT_SUM_INDEX} ON payment (sale_id, paid_on, amount)")
    if OLD_PAYMENT_INDEX in names:  # the new one leads with sale_id too: MySQL's FK keeps one
        on = " ON payment" if isinstance(db, pw.MySQLDatabase) else ""
        db.execute_sql(f"DROP INDEX {OLD_PAYMENT_INDEX}{on}")


def apply(db: pw.Database) -> None:
    _cover_payment_sums(db)
    with db.bind_ctx((User, Customer, Sale, *TABLES)):
        db.create_tables(TABLES)
    install_audit_lock(
        db, "service_order", child_tables=(("service_order_technician", "order_id"),)
    )
