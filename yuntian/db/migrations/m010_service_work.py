"""Schema 10: a role can be one that does service work (维修/售后人员).

The technician pickers of the service orders list the active users holding such a role, not
every user. The preset technician role has it; a shop can give it to roles of its own. Checked
by column first, so the step can run again after a failure on MySQL (where DDL commits at once).
"""

from __future__ import annotations

import peewee as pw

NAME = "roles that do service work"


class _Base(pw.Model):
    class Meta:
        legacy_table_names = False


class Role(_Base):  # the columns this step reads and writes
    key = pw.CharField(max_length=32, null=True)
    service_work = pw.BooleanField(default=False)


def apply(db: pw.Database) -> None:
    if not any(c.name == "service_work" for c in db.get_columns("role")):
        db.execute_sql(
            f"ALTER TABLE role ADD COLUMN service_work {_boolean(db)} NOT NULL DEFAULT FALSE"
        )
    with db.bind_ctx([Role]):
        Role.update(service_work=True).where(Role.key == "technician").execute()


def _boolean(db: pw.Database) -> str:
    """The column type peewee gives a BooleanField on this engine."""
    if isinstance(db, pw.PostgresqlDatabase):
        return "BOOLEAN"
    return "BOOL" if isinstance(db, pw.MySQLDatabase) else "INTEGER"
