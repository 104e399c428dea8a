"""Schema 7: the product catalogue, sales units, purchase records (购机记录) and payments (回款).

Money columns hold whole cents (BIGINT), exact on every engine. What is outstanding is never
stored: it is the receivable minus the sum of the sale's payments. Lists read newest sale first,
whole or filtered by customer, salesperson or unit, through (filter column, sale_date) indexes.
"""

from __future__ import annotations

import peewee as pw

NAME = "sales and payments"

PAYMENT_METHODS = ("现金", "银行转账", "微信", "支付宝")


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced
    username = pw.CharField(max_length=64)


class Customer(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class EnumItem(_Base):
    kind = pw.CharField(max_length=32)
    name = pw.CharField(max_length=64)
    sort = pw.IntegerField(default=0)


class ProductModel(_Base):
    brand = pw.CharField(max_length=64, default="")
    model = pw.CharField(max_length=128)
    category = pw.CharField(max_length=64, default="")
    list_price = pw.BigIntegerField(null=True)
    warranty_months = pw.IntegerField(default=0)
    maintenance_interval_days = pw.IntegerField(default=0)
    callback_interval_days = pw.IntegerField(default=0)
    active = pw.BooleanField(default=True)

    class Meta:
        indexes = ((("brand", "model"), True),)


class SalesUnit(_Base):
    name = pw.CharField(max_length=64, unique=True)
    technical_lead = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")
    sales_rep = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+")


class Sale(_Base):
    code = pw.CharField(max_length=32, unique=True)
    customer = pw.ForeignKeyField(Customer, on_delete="RESTRICT", index=False)
    sale_date = pw.DateField()
    product_model = pw.ForeignKeyField(ProductModel, on_delete="RESTRICT", backref="+")
    serial_number = pw.CharField(max_length=64, default="", index=True)
    quantity = pw.IntegerField(default=1)
    unit_price = pw.BigIntegerField()
    receivable = pw.BigIntegerField()
    salesperson = pw.ForeignKeyField(
        User, null=True, on_delete="SET NULL", backref="+", index=False
    )
    sales_unit = pw.ForeignKeyField(
        SalesUnit, null=True, on_delete="SET NULL", backref="+", index=False
    )
    install_date = pw.DateField(null=True)
    warranty_end = pw.DateField(null=True)
    custom1 = pw.CharField(max_length=128, default="")
    custom2 = pw.CharField(max_length=128, default="")
    custom3 = pw.CharField(max_length=128, default="")
    custom4 = pw.CharField(max_length=128, default="")
    custom5 = pw.CharField(max_length=128, default="")
    maintenance_interval_days = pw.IntegerField(default=0)
    next_maintenance = pw.DateField(null=True, index=True)
    callback_interval_days = pw.IntegerField(default=0)
    next_callback = pw.DateField(null=True, index=True)
    notes = pw.TextField(default="")
    voided = pw.BooleanField(default=False)
    void_reason = pw.CharField(max_length=255, default="")
    voided_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    voided_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    created_at = pw.DateTimeField()

    class Meta:
        indexes = (
            (("voided", "sale_date"), False),
            (("customer", "sale_date"), False),
            (("salesperson", "sale_date"), False),
            (("sales_unit", "sale_date"), False),
        )


class Payment(_Base):
    sale = pw.ForeignKeyField(Sale, on_delete="RESTRICT", index=False)
    paid_on = pw.DateField()
    amount = pw.BigIntegerField()
    method = pw.CharField(max_length=64, default="")
    reason = pw.CharField(max_length=255, default="")
    operator = pw.ForeignKeyField(User, null=True, on_delete="SET NULL", backref="+", index=False)
    note = pw.CharField(max_length=255, default="")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("sale", "paid_on"), False),)


TABLES = (ProductModel, SalesUnit, Sale, Payment)


def apply(db: pw.Database) -> None:
    with db.bind_ctx((User, Customer, EnumItem, *TABLES)):
        db.create_tables(TABLES)
        if not EnumItem.select().where(EnumItem.kind == "payment_method").exists():
            for sort, name in enumerate(PAYMENT_METHODS):
                EnumItem.create(kind="payment_method", name=name, sort=sort)
