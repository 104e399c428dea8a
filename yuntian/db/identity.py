"""How a SQLite file says it is a Yuntian database: ``PRAGMA application_id`` in its header
(set when the schema is created, and on the first open of a database made before it was),
plus the core tables every schema since the first has. ``restore`` refuses any other file."""

from __future__ import annotations

import sqlite3

import peewee as pw

from yuntian.db.migrations import m001_core

APPLICATION_ID = int.from_bytes(b"YTSV", "big")  # 0x59545356: Yuntian Service
CORE_TABLES = frozenset(model._meta.table_name for model in m001_core.TABLES)


def mark_as_ours(db: pw.Database) -> None:
    """Write the application id into a SQLite database that has none yet (a write, once)."""
    if not isinstance(db, pw.SqliteDatabase) or db.database == ":memory:":
        return
    if db.execute_sql("PRAGMA application_id").fetchone()[0] == 0:
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def foreign_reason(conn: sqlite3.Connection) -> str | None:
    """Why the file is not a Yuntian database by its header or its lack of a schema_version
    table; None if it may be one (then see ``missing_core_tables``)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id not in (0, APPLICATION_ID):  # 0: made before the id was set, or by anyone
        return f"it belongs to another program: application id {app_id:#010x}"
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone():
        return "it has no schema_version table"
    return None


def missing_core_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables every Yuntian schema has that this database lacks."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return sorted(CORE_TABLES - tables)
