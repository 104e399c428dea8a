"""Schema 12: every record a user edits carries a version (no lost update).

A save names the version its form was loaded from; the service writes it as
``UPDATE ... SET version = version + 1 WHERE id = ? AND version = ?`` and refuses the save when
no row matched (``yuntian.services.common.record_versions``). Existing rows start at 1.

The service order's audit lock compares the columns it knew when installed (SQLite, MySQL), so
it is installed anew with the new column. Each column is checked first, so the step can run
again after a failure on MySQL (where DDL commits at once).
"""

from __future__ import annotations

import peewee as pw

from yuntian.db.audit_lock import drop_audit_lock, install_audit_lock

NAME = "record versions"

TABLES = (
    "customer",
    "service_order",
    "sale",
    "payment",
    "message",
    "memo",
    "purchase_intention",
    "user",
    "role",
    "setting",
    "enum_item",
    "numbering_rule",
    "product_model",
    "sales_unit",
    "print_template",
)
LOCKED_CHILDREN = (("service_order_technician", "order_id"),)
LOCKED_HISTORY = ("service_order_event", "order_id")


def apply(db: pw.Database) -> None:
    q = "`" if isinstance(db, pw.MySQLDatabase) else '"'
    for table in TABLES:
        if not db.table_exists(table):
            continue
        if any(c.name == "version" for c in db.get_columns(table)):
            continue
        db.execute_sql(f"ALTER TABLE {q}{table}{q} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    drop_audit_lock(db, "service_order", child_tables=LOCKED_CHILDREN, history=LOCKED_HISTORY)
    install_audit_lock(db, "service_order", child_tables=LOCKED_CHILDREN, history=LOCKED_HISTORY)
