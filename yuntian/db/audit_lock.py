"""The audit lock: database triggers that keep an audited record (审核完成) as it is.

A table with a boolean ``audited`` column gets triggers on SQLite, PostgreSQL and MySQL/MariaDB
so that, while a row is audited, no statement can change it (UPDATE) or remove it (DELETE) —
not the program, not a direct SQL session. The one update let through is the un-audit, an
UPDATE that sets ``audited`` to false and changes nothing but the audit columns and the state
(``UNLOCK_COLUMNS``): otherwise ``SET audited = false, fee_parts = 0`` followed by
``SET audited = true`` would change an audited row with no trace.
Child tables (a service order's technicians) are locked with their parent: no row of an
audited parent can be inserted, changed or deleted. Tables not named here stay writable.

No un-audit is silent: with ``history`` given, a trigger writes every un-audit into the
record's event history (the one the order's History tab shows), whoever runs it: no user, and
the note ``SQL: <database login>`` (PostgreSQL ``session_user``, MySQL ``USER()`` — in a
trigger ``CURRENT_USER()`` is the trigger's definer —, plain ``SQL`` on SQLite). The program
then fills in its user, time and note on that row: once, while the row has none. An
un-audit row cannot otherwise be changed or deleted.

On SQLite a row counts as audited unless ``audited IS 0``: a value like ``'no'`` (which SQLite
stores as text and the program reads as true) keeps the row locked.

Columns are read when the lock is installed (SQLite, MySQL): a migration that adds a column
to a locked table drops and reinstalls the lock. PostgreSQL compares whole rows.

Every refusal is a ``peewee.IntegrityError`` (SQLSTATE 23000 on every engine) carrying
``AUDIT_LOCK_MARK`` in its message; ``is_audit_lock_error`` recognises it, so a service can map
a refusal that slipped past its own check (another PC audited the row a moment ago) to a clear
message.

MySQL/MariaDB: creating a trigger needs the TRIGGER privilege, and with binary logging on
also SUPER or ``log_bin_trust_function_creators=1``. TRUNCATE skips row triggers on MySQL
(InnoDB refuses it anyway on a table other tables refer to); PostgreSQL gets a TRUNCATE
trigger as well. Whoever may ALTER a table or drop its triggers can lift the lock: the
application connects as a role without those rights (``yuntian db roles``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import peewee as pw

AUDIT_LOCK_MARK = "yuntian audit lock"
# What an un-audit may change: the audit columns, the state it returns to, the edit stamp.
UNLOCK_COLUMNS = ("audited", "audited_by_id", "audited_at", "state", "updated_at")
AUDITED_STATE = "audited"  # the history's from_state of an un-audit

_PG_SCHEMA = "<schema>"  # replaced by the schema the lock is installed in
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")


def install_audit_lock(
    db: pw.Database,
    table: str,
    *,
    child_tables: Sequence[tuple[str, str]] = (),
    key: str = "id",
    history: tuple[str, str] | None = None,
    unlock_columns: Sequence[str] = UNLOCK_COLUMNS,
) -> None:
    """Lock audited rows of ``table`` (column ``audited``, primary key ``key``) and the rows of
    each ``(child_table, fk_column)`` that refer to an audited row. ``history`` is
    ``(event_table, fk_column)``, a table with columns id, fk, at, user_id, from_state,
    to_state and note (``table`` then needs a ``state``): every un-audit is written there.
    Run inside a migration."""
    names = (table, key, *(n for pair in child_tables for n in pair), *(history or ()))
    for name in (*names, *unlock_columns):
        if not _NAME.fullmatch(name):
            raise ValueError(f"not a plain lower-case SQL name: {name!r}")
    kept = [c.name for c in db.get_columns(table) if c.name not in unlock_columns]
    if isinstance(db, pw.SqliteDatabase):
        statements = _sqlite(table, child_tables, key, kept)
        for name, locked in (
            (table, "x.audited IS NOT 0"),
            *_sqlite_child_locks(table, child_tables, key),
        ):
            statements += _sqlite_replace_guards(db, name, locked, _message(table))
    elif isinstance(db, pw.PostgresqlDatabase):
        statements = _postgresql(table, child_tables, key, unlock_columns)
    elif isinstance(db, pw.MySQLDatabase):
        statements = _mysql(table, child_tables, key, kept)
    else:
        raise TypeError(f"no audit lock for {type(db).__name__}")
    if history is not None:
        statements += _history(db, table, key, *history)
    if isinstance(db, pw.PostgresqlDatabase):
        schema = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()[0]
        statements = [sql.replace(_PG_SCHEMA, schema) for sql in statements]
    for sql in statements:
        db.execute_sql(sql)


def drop_audit_lock(
    db: pw.Database,
    table: str,
    *,
    child_tables: Sequence[tuple[str, str]] = (),
    history: tuple[str, str] | None = None,
) -> None:
    """Remove what ``install_audit_lock`` created (a later migration that reshapes a table)."""
    pg = isinstance(db, pw.PostgresqlDatabase)
    triggers = [(table, _PARENT_EVENTS), *((c, _CHILD_EVENTS) for c, _ in child_tables)]
    for name, events in triggers:
        if pg:
            db.execute_sql(f'DROP FUNCTION IF EXISTS "{name}_audit_lock"() CASCADE')
            continue
        for event in (*events, "unlock", "replace_insert", "replace_update"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}_audit_lock_{event.lower()}")
    for name in (table, *(history or ())[:1]):
        if pg:
            db.execute_sql(f'DROP FUNCTION IF EXISTS "{name}_audit_history"() CASCADE')
            continue
        for suffix in ("", "_update", "_delete"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}_audit_history{suffix}")


def is_audit_lock_error(exc: BaseException) -> bool:
    """Whether ``exc`` is a refusal by an audit-lock trigger."""
    return AUDIT_LOCK_MARK in str(exc)


_PARENT_EVENTS = ("UPDATE", "DELETE")
_CHILD_EVENTS = ("INSERT", "UPDATE", "DELETE")


def _message(table: str) -> str:
    return f"{AUDIT_LOCK_MARK}: this {table} row is audited; un-audit it first"


def _unlock_message(table: str) -> str:
    return (
        f"{AUDIT_LOCK_MARK}: un-auditing this {table} row may change only its audit columns"
        " and state; change it after the un-audit"
    )


def _child_message(child: str, table: str) -> str:
    return f"{AUDIT_LOCK_MARK}: the {table} row of this {child} row is audited; un-audit it first"


def _history_message(history: str) -> str:
    return f"{AUDIT_LOCK_MARK}: this {history} row records an un-audit and cannot be changed"


def _sqlite(
    table: str, children: Sequence[tuple[str, str]], key: str, kept: list[str]
) -> list[str]:
    def parent(row: str) -> str:
        return f'COALESCE((SELECT audited FROM "{table}" WHERE "{key}" = {row}), 0) IS NOT 0'

    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in kept) or "0"
    out = [
        _sqlite_trigger(
            f"{table}_audit_lock_update",
            "UPDATE",
            table,
            "OLD.audited IS NOT 0 AND NEW.audited IS NOT 0",
            _message(table),
        ),
        _sqlite_trigger(
            f"{table}_audit_lock_unlock",
            "UPDATE",
            table,
            f"OLD.audited IS NOT 0 AND NEW.audited IS 0 AND ({changed})",
            _unlock_message(table),
        ),
        _sqlite_trigger(
            f"{table}_audit_lock_delete", "DELETE", table, "OLD.audited IS NOT 0", _message(table)
        ),
    ]
    for child, fk in children:
        message = _child_message(child, table)
        out += [
            _sqlite_trigger(
                f"{child}_audit_lock_insert", "INSERT", child, parent(f"NEW.{fk}"), message
            ),
            _sqlite_trigger(
                f"{child}_audit_lock_update",
                "UPDATE",
                child,
                f"{parent(f'OLD.{fk}')} OR {parent(f'NEW.{fk}')}",
                message,
            ),
            _sqlite_trigger(
                f"{child}_audit_lock_delete", "DELETE", child, parent(f"OLD.{fk}"), message
            ),
        ]
    return out


def _sqlite_child_locks(
    table: str, children: Sequence[tuple[str, str]], key: str
) -> list[tuple[str, str]]:
    return [
        (child, f'COALESCE((SELECT audited FROM "{table}" WHERE "{key}" = x."{fk}"), 0) IS NOT 0')
        for child, fk in children
    ]


def _sqlite_replace_guards(db: pw.Database, table: str, locked: str, message: str) -> list[str]:
    """SQLite's REPLACE conflict resolution (``INSERT OR REPLACE``, ``UPDATE OR REPLACE``)
    deletes the row in the way without firing delete triggers: refuse a row whose unique key
    matches a locked row (``locked`` tests the row ``x``)."""
    keys = [tuple(db.get_primary_keys(table))]
    keys += [tuple(i.columns) for i in db.get_indexes(table) if i.unique]
    match = " OR ".join(
        "(" + " AND ".join(f'x."{c}" = NEW."{c}"' for c in cols) + ")" for cols in keys if cols
    )
    moved = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in sorted({c for k in keys for c in k}))
    clash = f'EXISTS (SELECT 1 FROM "{table}" x WHERE ({match}) AND {locked}'
    return [
        _sqlite_trigger(
            f"{table}_audit_lock_replace_insert", "INSERT", table, f"{clash})", message
        ),
        _sqlite_trigger(
            f"{table}_audit_lock_replace_update",
            "UPDATE",
            table,
            f"({moved}) AND {clash} AND x.rowid IS NOT OLD.rowid)",
            message,
        ),
    ]


def _sqlite_trigger(name: str, event: str, on: str, when: str, message: str) -> str:
    return (
        f'CREATE TRIGGER "{name}" BEFORE {event} ON "{on}"'
        f" FOR EACH ROW WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _pg_refuse(message: str) -> str:
    # SQLSTATE 23000 (integrity_constraint_violation): drivers raise it as an IntegrityError.
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';"


def _pg_function(name: str, body: str) -> str:
    # The function runs with the caller's search_path, where a TEMP table of the same name
    # would come first: the table's own schema is searched, pg_temp last.
    return (
        f'CREATE OR REPLACE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql'
        f" SET search_path = {_PG_SCHEMA}, pg_temp AS $$ BEGIN {body} END $$"
    )


def _pg_triggers(name: str, on: str, events: str) -> list[str]:
    return [
        f'CREATE TRIGGER "{name}" BEFORE {events} ON "{on}"'
        f' FOR EACH ROW EXECUTE FUNCTION "{name}"()',
        f'CREATE TRIGGER "{name}_truncate" BEFORE TRUNCATE ON "{on}"'
        f' FOR EACH STATEMENT EXECUTE FUNCTION "{name}"()',
    ]


def _postgresql(
    table: str, children: Sequence[tuple[str, str]], key: str, unlock: Sequence[str]
) -> list[str]:
    refuse_parent = _pg_refuse(_message(table))
    # Whole rows compared without the columns an un-audit may change: a column added later
    # is covered without reinstalling the lock.
    strip = "ARRAY[" + ", ".join(f"'{c}'" for c in unlock) + "]::text[]"
    out = [
        _pg_function(
            f"{table}_audit_lock",
            f"IF TG_OP = 'TRUNCATE' THEN"
            f' IF EXISTS (SELECT 1 FROM "{table}" WHERE audited) THEN {refuse_parent} END IF;'
            " RETURN NULL; END IF;"
            f" IF OLD.audited AND (TG_OP = 'DELETE' OR NEW.audited) THEN {refuse_parent}"
            " END IF;"
            " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
            f" IF OLD.audited AND (to_jsonb(OLD) - {strip}) IS DISTINCT FROM"
            f" (to_jsonb(NEW) - {strip}) THEN {_pg_refuse(_unlock_message(table))} END IF;"
            " RETURN NEW;",
        ),
        *_pg_triggers(f"{table}_audit_lock", table, "UPDATE OR DELETE"),
    ]
    for child, fk in children:
        refuse_child = _pg_refuse(_child_message(child, table))

        def locked(row: str, fk: str = fk) -> str:
            return f'EXISTS (SELECT 1 FROM "{table}" p WHERE p."{key}" = {row}.{fk} AND p.audited)'

        out += [
            _pg_function(
                f"{child}_audit_lock",
                f"IF TG_OP = 'TRUNCATE' THEN IF EXISTS (SELECT 1 FROM \"{child}\" c"
                f' JOIN "{table}" p ON p."{key}" = c."{fk}" WHERE p.audited) THEN'
                f" {refuse_child} END IF; RETURN NULL; END IF;"
                f" IF TG_OP <> 'INSERT' AND {locked('OLD')} THEN {refuse_child} END IF;"
                f" IF TG_OP <> 'DELETE' AND {locked('NEW')} THEN {refuse_child} END IF;"
                " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
            ),
            *_pg_triggers(f"{child}_audit_lock", child, "INSERT OR UPDATE OR DELETE"),
        ]
    return out


def _mysql_trigger(name: str, timing: str, on: str, body: str) -> str:
    # A trigger body is one compound statement; the client API needs no DELIMITER.
    return f"CREATE TRIGGER `{name}` {timing} ON `{on}` FOR EACH ROW BEGIN {body} END"


def _mysql_refuse(message: str) -> str:
    # SQLSTATE 23000 with error 1451 (a row other rows hold on to) is what drivers raise as an
    # IntegrityError, as on the other engines; the default 1644 would be an OperationalError.
    return f"SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1451, MESSAGE_TEXT = '{message}';"


def _mysql(table: str, children: Sequence[tuple[str, str]], key: str, kept: list[str]) -> list[str]:
    def trigger(name: str, event: str, on: str, when: str, message: str) -> str:
        body = f"IF {when} THEN {_mysql_refuse(message)} END IF;"
        return _mysql_trigger(f"{name}_audit_lock_{event.lower()}", f"BEFORE {event}", on, body)

    def parent(row: str) -> str:
        return f"COALESCE((SELECT audited FROM `{table}` WHERE `{key}` = {row}), 0)"

    changed = " OR ".join(f"NOT (OLD.`{c}` <=> NEW.`{c}`)" for c in kept) or "FALSE"
    out = [
        _mysql_trigger(
            f"{table}_audit_lock_update",
            "BEFORE UPDATE",
            table,
            f"IF OLD.audited AND NEW.audited THEN {_mysql_refuse(_message(table))}"
            f" ELSEIF OLD.audited AND ({changed}) THEN {_mysql_refuse(_unlock_message(table))}"
            " END IF;",
        ),
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


def _history(db: pw.Database, table: str, key: str, history: str, fk: str) -> list[str]:
    """Write every un-audit of ``table`` into ``history``; keep those rows as written (the
    program may fill in its user once)."""
    a = AUDITED_STATE
    is_unaudit = f"OLD.from_state = '{a}'"
    # Refused unless it is the claim: a user put on a row that has none, nothing else moved.
    claimed = (
        f"OLD.user_id IS NOT NULL OR NEW.user_id IS NULL OR NEW.id {{ne}} OLD.id OR NEW.{fk} {{ne}} OLD.{fk}"
        " OR NEW.from_state {ne} OLD.from_state OR NEW.to_state {ne} OLD.to_state"
    )
    columns = f"{fk}, at, user_id, from_state, to_state, note"
    message = _history_message(history)
    if isinstance(db, pw.SqliteDatabase):
        return [
            f'CREATE TRIGGER "{table}_audit_history" AFTER UPDATE ON "{table}" FOR EACH ROW'
            " WHEN OLD.audited IS NOT 0 AND NEW.audited IS 0 BEGIN"
            f' INSERT INTO "{history}" ({columns}) VALUES (OLD."{key}",'
            f" datetime('now', 'localtime'), NULL, '{a}', NEW.state, 'SQL'); END",
            _sqlite_trigger(
                f"{history}_audit_history_delete", "DELETE", history, is_unaudit, message
            ),
            _sqlite_trigger(
                f"{history}_audit_history_update",
                "UPDATE",
                history,
                f"{is_unaudit} AND ({claimed.format(ne='IS NOT')})",
                message,
            ),
        ]
    if isinstance(db, pw.PostgresqlDatabase):
        refuse = _pg_refuse(message)
        return [
            _pg_function(
                f"{table}_audit_history",
                f'INSERT INTO "{history}" ({columns}) VALUES (OLD."{key}", LOCALTIMESTAMP(0),'
                f" NULL, '{a}', NEW.state, left('SQL: ' || session_user, 255)); RETURN NULL;",
            ),
            f'CREATE TRIGGER "{table}_audit_history" AFTER UPDATE ON "{table}" FOR EACH ROW'
            f' WHEN (OLD.audited AND NOT NEW.audited) EXECUTE FUNCTION "{table}_audit_history"()',
            _pg_function(
                f"{history}_audit_history",
                f"IF TG_OP = 'TRUNCATE' THEN IF EXISTS (SELECT 1 FROM \"{history}\""
                f" WHERE from_state = '{a}') THEN {refuse} END IF; RETURN NULL; END IF;"
                f" IF {is_unaudit} AND (TG_OP = 'DELETE'"
                f" OR {claimed.format(ne='IS DISTINCT FROM')}) THEN {refuse} END IF;"
                " IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;",
            ),
            *_pg_triggers(f"{history}_audit_history", history, "UPDATE OR DELETE"),
        ]
    refuse = _mysql_refuse(message)
    ne = "<>"  # the compared columns are NOT NULL, user_id aside (tested with IS NOT NULL)
    return [
        _mysql_trigger(
            f"{table}_audit_history",
            "AFTER UPDATE",
            table,
            f"IF OLD.audited AND NOT NEW.audited THEN INSERT INTO `{history}` ({columns})"
            f" VALUES (OLD.`{key}`, NOW(), NULL, '{a}', NEW.state,"
            " LEFT(CONCAT('SQL: ', USER()), 255)); END IF;",
        ),
        _mysql_trigger(
            f"{history}_audit_history_delete",
            "BEFORE DELETE",
            history,
            f"IF {is_unaudit} THEN {refuse} END IF;",
        ),
        _mysql_trigger(
            f"{history}_audit_history_update",
            "BEFORE UPDATE",
            history,
            f"IF {is_unaudit} AND ({claimed.format(ne=ne)}) THEN {refuse} END IF;",
        ),
    ]
