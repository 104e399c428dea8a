"""The audit lock: database triggers that keep an audited record (审核完成) as it is.

A table with a boolean ``audited`` column gets triggers on SQLite, PostgreSQL and MySQL/MariaDB
so that, while a row is audited, no statement can change it (UPDATE) or remove it (DELETE) —
not the program, not a direct SQL session. The one update let through is the un-audit, an
UPDATE that sets ``audited`` to false (the services allow it to audit.process and log it).
Child tables (a service order's technicians) are locked with their parent: no row of an
audited parent can be inserted, changed or deleted. Tables not named here (event histories)
stay writable, so un-auditing can still be recorded.

Every refusal is a ``peewee.IntegrityError`` (SQLSTATE 23000 on every engine) carrying
``AUDIT_LOCK_MARK`` in its message; ``is_audit_lock_error`` recognises it, so a service can map
a refusal that slipped past its own check (another PC audited the row a moment ago) to a clear
message.

MySQL/MariaDB: creating a trigger needs the TRIGGER privilege, and with binary logging on
also SUPER or ``log_bin_trust_function_creators=1``. TRUNCATE skips row triggers on MySQL
(InnoDB refuses it anyway on a table other tables refer to); PostgreSQL gets a TRUNCATE
trigger as well.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import peewee as pw

AUDIT_LOCK_MARK = "yuntian audit lock"

_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")


def install_audit_lock(
    db: pw.Database,
    table: str,
    *,
    child_tables: Sequence[tuple[str, str]] = (),
    key: str = "id",
) -> None:
    """Lock audited rows of ``table`` (column ``audited``, primary key ``key``) and the rows of
    each ``(child_table, fk_column)`` that refer to an audited row. Run inside a migration."""
    for name in (table, key, *(n for pair in child_tables for n in pair)):
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a plain lower-case SQL name: {name!r}")
    if isinstance(db, pw.SqliteDatabase):
        statements = _sqlite(table, child_tables, key)
    elif isinstance(db, pw.PostgresqlDatabase):
        statements = _postgresql(table, child_tables, key)
    elif isinstance(db, pw.MySQLDatabase):
        statements = _mysql(table, child_tables, key)
    else:
        raise TypeError(f"no audit lock for {type(db).__name__}")
    for sql in statements:
        db.execute_sql(sql)


def drop_audit_lock(
    db: pw.Database, table: str, *, child_tables: Sequence[tuple[str, str]] = ()
) -> None:
    """Remove what ``install_audit_lock`` created (a later migration that reshapes a table)."""
    pg = isinstance(db, pw.PostgresqlDatabase)
    for name, events in ((table, _PARENT_EVENTS), *((c, _CHILD_EVENTS) for c, _ in child_tables)):
        if pg:
            db.execute_sql(f'DROP FUNCTION IF EXISTS "{name}_audit_lock"() CASCADE')
            continue
        for event in events:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}_audit_lock_{event.lower()}")


def is_audit_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a refusal by an audit-lock trigger."""
    return AUDIT_LOCK_MARK in str(exc)


_PARENT_EVENTS = ("UPDATE", "DELETE")
_CHILD_EVENTS = ("INSERT", "UPDATE", "DELETE")


def _message(table: str) -> str:
    return f"{AUDIT_LOCK_MARK}: this {table} row is audited; un-audit it first"


def _child_message(child: str, table: str) -> str:
    return f"{AUDIT_LOCK_MARK}: the {table} row of this {child} row is audited; un-audit it first"


def _sqlite(table: str, children: Sequence[tuple[str, str]], key: str) -> list[str]:
    def trigger(name: str, event: str, on: str, when: str, message: str) -> str:
        return (
            f'CREATE TRIGGER "{name}_audit_lock_{event.lower()}" BEFORE {event} ON "{on}"'
            f" FOR EACH ROW WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )

    def parent(row: str) -> str:
        return f'COALESCE((SELECT audited FROM "{table}" WHERE "{key}" = {row}), 0)'

    out = [
        trigger(table, "UPDATE", table, "OLD.audited AND NEW.audited", _message(table)),
        trigger(table, "DELETE", table, "OLD.audited", _message(table)),
    ]
    for child, fk in children:
        message = _child_message(child, table)
        out += [
            trigger(child, "INSERT", child, parent(f"NEW.{fk}"), message),
            trigger(
                child, "UPDATE", child, f"{parent(f'OLD.{fk}')} OR {parent(f'NEW.{fk}')}", message
            ),
            trigger(child, "DELETE", child, parent(f"OLD.{fk}"), message),
        ]
    return out


def _postgresql(table: str, children: Sequence[tuple[str, str]], key: str) -> list[str]:
    # SQLSTATE 23000 (integrity_constraint_violation): drivers raise it as an IntegrityError.
    def refuse(message: str) -> str:
        return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';"

    def function(name: str, body: str) -> str:
        return (
            f'CREATE OR REPLACE FUNCTION "{name}_audit_lock"() RETURNS trigger'
            f" LANGUAGE plpgsql AS $$ BEGIN {body} END $$"
        )

    def triggers(name: str, events: str) -> list[str]:
        return [
            f'CREATE TRIGGER "{name}_audit_lock" BEFORE {events} ON "{name}"'
            f' FOR EACH ROW EXECUTE FUNCTION "{name}_audit_lock"()',
            f'CREATE TRIGGER "{name}_audit_lock_truncate" BEFORE TRUNCATE ON "{name}"'
            f' FOR EACH STATEMENT EXECUTE FUNCTION "{name}_audit_lock"()',
        ]

    refuse_parent = refuse(_message(table))
    out = [
        function(
            table,
            f"IF TG_OP = 'TRUNCATE' THEN"
            f' IF EXISTS (SELECT 1 FROM "{table}" WHERE audited) THEN {refuse_parent} END IF;'
            " RETURN NULL; END IF;"
            f" IF OLD.audited AND (TG_OP = 'DELETE' OR NEW.audited) THEN {refuse_parent}"
            " END IF;"
            " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
        ),
        *triggers(table, "UPDATE OR DELETE"),
    ]
    for child, fk in children:
        refuse_child = refuse(_child_message(child, table))

        def locked(row: str, fk: str = fk) -> str:
            return f'EXISTS (SELECT 1 FROM "{table}" p WHERE p."{key}" = {row}.{fk} AND p.audited)'

        out += [
            function(
                child,
                f"IF TG_OP = 'TRUNCATE' THEN IF EXISTS (SELECT 1 FROM \"{child}\" c"
                f' JOIN "{table}" p ON p."{key}" = c."{fk}" WHERE p.audited) THEN'
                f" {refuse_child} END IF; RETURN NULL; END IF;"
                f" IF TG_OP <> 'INSERT' AND {locked('OLD')} THEN {refuse_child} END IF;"
                f" IF TG_OP <> 'DELETE' AND {locked('NEW')} THEN {refuse_child} END IF;"
                " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
            ),
            *triggers(child, "INSERT OR UPDATE OR DELETE"),
        ]
    return out


def _mysql(table: str, children: Sequence[tuple[str, str]], key: str) -> list[str]:
    # A trigger body is one compound statement; the client API needs no DELIMITER. SQLSTATE
    # 23000 with error 1451 (a row other rows hold on to) is what drivers raise as an
    # IntegrityError, as on the other engines; the default 1644 would be an OperationalError.
    def trigger(name: str, event: str, on: str, when: str, message: str) -> str:
        return (
            f"CREATE TRIGGER `{name}_audit_lock_{event.lower()}` BEFORE {event} ON `{on}`"
            f" FOR EACH ROW BEGIN IF {when} THEN"
            f" SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1451, MESSAGE_TEXT = '{message}';"
            " END IF; END"
        )

    def parent(row: str) -> str:
        return f"COALESCE((SELECT audited FROM `{table}` WHERE `{key}` = {row}), 0)"

    out = [
        trigger(table, "UPDATE", table, "OLD.audited AND NEW.audited", _message(table)),
        trigger(table, "DELETE", table, "OLD.audited", _message(table)),
    ]
    for child, fk in children:
        message = _child_message(child, table)
        out += [
            trigger(child, "INSERT", child, parent(f"NEW.`{fk}`"), message),
            trigger(
                child,
                "UPDATE",
                child,
                f"{parent(f'OLD.`{fk}`')} OR {parent(f'NEW.`{fk}`')}",
                message,
            ),
            trigger(child, "DELETE", child, parent(f"OLD.`{fk}`"), message),
        ]
    return out
