"""Schema 15: spare parts (维修备件): the catalogue, store rooms, and one append-only ledger.

- ``part`` and ``part_fit`` (the product models a part fits), ``part_store`` with one store,
  总仓库, to begin with.
- ``part_document``: every movement belongs to a numbered document (stock-in, issue, return,
  transfer, consumption on a service order, scrap, stocktake adjustment, reversal); its lines
  are ``part_move`` rows, each moving a quantity from one place to another, never changed.
- ``part_stock``: stock on hand per part and place (store or technician), kept by the
  transaction that posts the lines; unique per (part, place), so two PCs posting at once
  serialise on the row.
- The audit lock on part_document with part_move as its child: an audited document and its
  lines cannot be changed or deleted by any SQL.
- Numbering rules for the documents and the part codes, and the setting that allows stock to
  go negative (off).

On MySQL DDL commits at once: tables are created if missing and rows inserted unless there,
so the step can run again after a failure.
"""

from __future__ import annotations

import peewee as pw

from yuntian.db.audit_lock import drop_audit_lock, install_audit_lock

NAME = "spare parts: catalogue, stores, ledger"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class User(_Base):  # only referenced
    username = pw.CharField(max_length=64)


class ProductModel(_Base):  # only referenced
    model = pw.CharField(max_length=128)


class ServiceOrder(_Base):  # only referenced
    code = pw.CharField(max_length=32)


class PartStore(_Base):
    name = pw.CharField(max_length=64, unique=True)
    active = pw.BooleanField(default=True)
    sort = pw.IntegerField(default=0)
    version = pw.IntegerField(default=1)


class Part(_Base):
    code = pw.CharField(max_length=32, unique=True)
    name = pw.CharField(max_length=128, index=True)
    spec = pw.CharField(max_length=128, default="")
    unit = pw.CharField(max_length=16, default="")
    category = pw.CharField(max_length=64, default="", index=True)
    cost_price = pw.BigIntegerField(null=True)
    sale_price = pw.BigIntegerField(null=True)
    avg_cost = pw.BigIntegerField(default=0)
    safety_stock = pw.IntegerField(default=0)
    reorder_min = pw.IntegerField(default=0)
    reorder_max = pw.IntegerField(default=0)
    supplier = pw.CharField(max_length=128, default="")
    barcode = pw.CharField(max_length=64, default="", index=True)
    notes = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)


class PartFit(_Base):
    part = pw.ForeignKeyField(Part, on_delete="CASCADE", backref="+", index=False)
    product_model = pw.ForeignKeyField(ProductModel, on_delete="CASCADE", backref="+")

    class Meta:
        indexes = ((("part", "product_model"), True),)


class PartDocument(_Base):
    code = pw.CharField(max_length=32, unique=True)
    kind = pw.CharField(max_length=16)
    doc_date = pw.DateField()
    technician = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    supplier = pw.CharField(max_length=128, default="")
    service_order = pw.ForeignKeyField(
        ServiceOrder, null=True, on_delete="RESTRICT", backref="+", index=False
    )
    scrap_type = pw.CharField(max_length=64, default="")
    scrap_handler = pw.CharField(max_length=64, default="")
    reverses = pw.ForeignKeyField("self", null=True, on_delete="RESTRICT", backref="+", index=False)
    note = pw.TextField(default="")
    state = pw.CharField(max_length=16, default="posted")
    audited = pw.BooleanField(default=False)
    audited_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    audited_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(User, null=True, on_delete="RESTRICT", backref="+", index=False)
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("doc_date", "id"), False),
            (("kind", "doc_date", "id"), False),
            (("service_order",), False),
            (("reverses",), False),
            (("technician", "doc_date"), False),
        )


class PartMove(_Base):
    document = pw.ForeignKeyField(PartDocument, on_delete="RESTRICT", backref="+", index=False)
    line = pw.IntegerField()
    part = pw.ForeignKeyField(Part, on_delete="RESTRICT", backref="+", index=False)
    quantity = pw.IntegerField()
    from_kind = pw.CharField(max_length=8)
    from_id = pw.IntegerField(null=True)
    to_kind = pw.CharField(max_length=8)
    to_id = pw.IntegerField(null=True)
    unit_cost = pw.BigIntegerField(default=0)
    unit_price = pw.BigIntegerField(null=True)
    counted = pw.IntegerField(null=True)
    moved_on = pw.DateField()

    class Meta:
        indexes = (
            (("document", "line"), True),
            (("part", "moved_on"), False),
            # Covering: a period's statistics read the index alone, not the lines.
            (("moved_on", "part", "document", "quantity", "unit_cost", "unit_price"), False),
            (("to_kind", "to_id", "moved_on"), False),
            (("from_kind", "from_id", "moved_on"), False),
        )


class PartStock(_Base):
    part = pw.ForeignKeyField(Part, on_delete="RESTRICT", backref="+", index=False)
    place_kind = pw.CharField(max_length=8)
    place_id = pw.IntegerField()
    quantity = pw.IntegerField(default=0)

    class Meta:
        indexes = (
            (("part", "place_kind", "place_id"), True),
            (("place_kind", "place_id", "part"), False),
        )


TABLES = (PartStore, Part, PartFit, PartDocument, PartMove, PartStock)
CHILDREN = (("part_move", "document_id"),)

NUMBERING = {
    "part": ("BJ", "", 5),
    "part_in": ("RK", "YYYYMMDD", 3),
    "part_issue": ("LY", "YYYYMMDD", 3),
    "part_return": ("TK", "YYYYMMDD", 3),
    "part_transfer": ("DB", "YYYYMMDD", 3),
    "part_consume": ("XH", "YYYYMMDD", 3),
    "part_scrap": ("BF", "YYYYMMDD", 3),
    "part_adjust": ("PD", "YYYYMMDD", 3),
    "part_reverse": ("CX", "YYYYMMDD", 3),
}
NEGATIVE_STOCK_KEY = "parts_negative_stock"
FIRST_STORE = "总仓库"


def apply(db: pw.Database) -> None:
    with db.bind_ctx((User, ProductModel, ServiceOrder, *TABLES)):
        db.create_tables(TABLES, safe=True)
        if not PartStore.select().exists():
            PartStore.create(name=FIRST_STORE, sort=0)
    p = db.param
    for kind, (prefix, pattern, digits) in NUMBERING.items():
        if not db.execute_sql(f"SELECT 1 FROM numbering_rule WHERE kind = {p}", (kind,)).fetchone():
            db.execute_sql(
                "INSERT INTO numbering_rule (kind, prefix, date_pattern, digits, version)"
                f" VALUES ({p}, {p}, {p}, {p}, 1)",
                (kind, prefix, pattern, digits),
            )
    if not db.execute_sql(f"SELECT 1 FROM setting WHERE {'key'.join(db.quote)} = {p}",
                          (NEGATIVE_STOCK_KEY,)).fetchone():  # fmt: skip
        db.execute_sql(
            f"INSERT INTO setting ({'key'.join(db.quote)}, value, version) VALUES ({p}, {p}, 1)",
            (NEGATIVE_STOCK_KEY, "0"),
        )
    drop_audit_lock(db, "part_document", child_tables=CHILDREN)
    install_audit_lock(db, "part_document", child_tables=CHILDREN)
