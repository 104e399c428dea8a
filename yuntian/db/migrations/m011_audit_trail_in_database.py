"""Schema 11: the audit lock holds against raw SQL too, and un-audits leave a trace.

- An un-audit (audited true → false) may change nothing but the audit columns and the state,
  and a trigger writes it into the order's history (``yuntian.db.audit_lock``), whoever runs
  it: ``SET audited = false, fee_parts = 0`` then ``SET audited = true`` no longer launders a
  change, and no un-audit is silent. The lock is dropped and installed anew.
- The users an order names (taken, dispatched, completed, cancelled, audited by; its history)
  can no longer be deleted: those keys become RESTRICT. MySQL runs foreign-key actions without
  firing triggers, so ``ON DELETE SET NULL`` cleared ``audited_by`` on audited orders. SQLite
  cannot alter a key in place; there (and on MySQL, whose key checks a session may switch off)
  a trigger refuses deleting a user who signed anything. Such users are disabled instead.

On MySQL each statement commits at once: every part checks or drops first, so the step can
run again after a failure.
"""

from __future__ import annotations

import peewee as pw

from yuntian.db.audit_lock import AUDIT_LOCK_MARK, drop_audit_lock, install_audit_lock

NAME = "un-audits recorded by the database; signers kept"

CHILDREN = (("service_order_technician", "order_id"),)
HISTORY = ("service_order_event", "order_id")
SIGNED_KEYS = (
    ("service_order", "taken_by_id"),
    ("service_order", "dispatched_by_id"),
    ("service_order", "completed_by_id"),
    ("service_order", "cancelled_by_id"),
    ("service_order", "audited_by_id"),
    ("service_order_event", "user_id"),
)
SIGNER_GUARD = "user_signed_delete"
SIGNER_MESSAGE = (
    f"{AUDIT_LOCK_MARK}: this user has signed service orders and cannot be deleted;"
    " disable the user instead"
)


def apply(db: pw.Database) -> None:
    drop_audit_lock(db, "service_order", child_tables=CHILDREN, history=HISTORY)
    install_audit_lock(db, "service_order", child_tables=CHILDREN, history=HISTORY)
    if isinstance(db, pw.SqliteDatabase):
        _guard_signers(db)
        return
    for table in sorted({t for t, _ in SIGNED_KEYS}):
        columns = [c for t, c in SIGNED_KEYS if t == table]
        _restrict(db, table, columns)
    if isinstance(db, pw.MySQLDatabase):
        _guard_signers(db)


def _restrict(db: pw.Database, table: str, columns: list[str]) -> None:
    """Make the keys of ``columns`` ON DELETE RESTRICT (those not already)."""
    mysql = isinstance(db, pw.MySQLDatabase)
    if mysql:
        sql = (
            "SELECT k.CONSTRAINT_NAME, k.COLUMN_NAME, r.DELETE_RULE"
            " FROM information_schema.KEY_COLUMN_USAGE k"
            " JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
            " ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
            " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
            " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = %s"
        )
    else:
        sql = (
            "SELECT k.constraint_name, k.column_name, r.delete_rule"
            " FROM information_schema.key_column_usage k"
            " JOIN information_schema.referential_constraints r"
            " ON r.constraint_schema = k.constraint_schema"
            " AND r.constraint_name = k.constraint_name"
            " WHERE k.table_schema = current_schema() AND k.table_name = %s"
        )
    q = "`" if mysql else '"'
    parts = []
    for name, column, rule in db.execute_sql(sql, (table,)).fetchall():
        if column not in columns or rule == "RESTRICT":
            continue
        drop = "DROP FOREIGN KEY" if mysql else "DROP CONSTRAINT"
        parts += [
            f"{drop} {q}{name}{q}",
            f"ADD CONSTRAINT {q}{table}_{column}_fk{q} FOREIGN KEY ({q}{column}{q})"
            f" REFERENCES {q}user{q} (id) ON DELETE RESTRICT",
        ]
    if parts:
        db.execute_sql(f"ALTER TABLE {q}{table}{q} " + ", ".join(parts))


def _guard_signers(db: pw.Database) -> None:
    signed = " OR ".join(
        f"EXISTS (SELECT 1 FROM {t} WHERE {c} = OLD.id)"
        for t, c in (*SIGNED_KEYS, ("service_order_technician", "user_id"))
    )
    db.execute_sql(f"DROP TRIGGER IF EXISTS {SIGNER_GUARD}")
    if isinstance(db, pw.SqliteDatabase):
        db.execute_sql(
            f'CREATE TRIGGER {SIGNER_GUARD} BEFORE DELETE ON "user" FOR EACH ROW WHEN {signed}'
            f" BEGIN SELECT RAISE(ABORT, '{SIGNER_MESSAGE}'); END"
        )
        return
    db.execute_sql(
        f"CREATE TRIGGER {SIGNER_GUARD} BEFORE DELETE ON `user` FOR EACH ROW BEGIN"
        f" IF {signed} THEN SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1451,"
        f" MESSAGE_TEXT = '{SIGNER_MESSAGE}'; END IF; END"
    )
