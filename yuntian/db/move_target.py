"""The target of a database move: what is in it, the marker of a move under way, Yuntian's
tables dropped, triggers held off while rows are copied, sequences set after.

The marker table is created before anything else and dropped after the copy is verified: a
target that still has it was left by a move that did not finish (killed, cancelled, failed),
and the next move drops what it left and starts again without asking.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import peewee as pw

from yuntian.db import call_number_index, search_index
from yuntian.db.migrations import current_version, m013_stations
from yuntian.db.models import ALL_MODELS, now

MARKER = "yuntian_move_in_progress"
# Tables of a migrated database that no model names: the search index on each engine (the
# FTS table's shadow tables start with its name) and the call log's number index.
_INDEX_TABLES = (
    search_index.TERM_TABLE,
    "customer_search_vocab",
    call_number_index.TABLE,
)


def q(db: pw.Database, name: str) -> str:
    return name.join(db.quote)


def tables_of(db: pw.Database) -> list[str]:
    """The database's tables, without SQLite's own (sqlite_sequence, sqlite_stat1)."""
    return [t for t in db.get_tables() if not t.startswith("sqlite_")]


# Who is online and what the stations told each other belong to the running shop, not to its
# data: the migrations make these tables on the target, and their rows are not copied.
LIVE_TABLES = frozenset(t._meta.table_name for t in m013_stations.TABLES)


def is_ours(name: str) -> bool:
    """Whether ``name`` is a table Yuntian's migrations (or a move) create."""
    return (
        name in {m._meta.table_name for m in ALL_MODELS}
        or name in LIVE_TABLES
        or name in _INDEX_TABLES
        or name == MARKER
        or name.startswith(search_index.FTS_TABLE)
    )


def marker_note(db: pw.Database) -> str | None:
    """What the marker of an unfinished move says (when and from where it started), or None
    when the target has no marker."""
    if MARKER not in tables_of(db):
        return None
    row = db.execute_sql(f"SELECT started_at, source FROM {q(db, MARKER)}").fetchone()
    return f"started {row[0]} from {row[1]}" if row else "started at an unknown time"


def write_marker(db: pw.Database, source: str) -> None:
    with db.atomic():
        db.execute_sql(
            f"CREATE TABLE {q(db, MARKER)} (started_at VARCHAR(32) NOT NULL,"
            " source VARCHAR(255) NOT NULL)"
        )
        p = db.param
        db.execute_sql(
            f"INSERT INTO {q(db, MARKER)} (started_at, source) VALUES ({p}, {p})",
            (str(now()), source[:255]),
        )


def remove_marker(db: pw.Database) -> None:
    db.execute_sql(f"DROP TABLE IF EXISTS {q(db, MARKER)}")


COUNTED = (  # what a refusal counts in a Yuntian database: (table, what its rows are)
    ("customer", "customers"),
    ("call_log", "calls"),
    ("service_order", "service orders"),
    ("user", "users"),
)


@dataclass(frozen=True)
class Contents:
    """What a target holds: Yuntian's schema version and figures, and other tables."""

    schema: int | None = None  # a Yuntian database's schema version
    counts: tuple[tuple[str, int], ...] = ()  # (table of COUNTED, rows)
    ours: tuple[str, ...] = ()  # Yuntian's tables, when it is no whole Yuntian database
    foreign: tuple[str, ...] = ()  # tables that are not Yuntian's

    def text(self) -> str:
        parts = []
        if self.schema is not None:
            labels = dict(COUNTED)
            figures = ", ".join(f"{n:,} {labels[t]}" for t, n in self.counts)
            parts.append(f"a Yuntian database (schema {self.schema}: {figures})")
        elif self.ours:
            parts.append(f"{len(self.ours)} of Yuntian's tables ({names(self.ours)})")
        if self.foreign:
            parts.append(f"{len(self.foreign)} other table(s) ({names(self.foreign)})")
        return " and ".join(parts)


def contents_of(db: pw.Database) -> Contents:
    tables = tables_of(db)
    ours = tuple(t for t in tables if is_ours(t))
    foreign = tuple(t for t in tables if not is_ours(t))
    if "schema_version" not in ours:
        return Contents(ours=ours, foreign=foreign)
    counts = tuple(
        (t, db.execute_sql(f"SELECT COUNT(*) FROM {q(db, t)}").fetchone()[0])
        for t, _ in COUNTED
        if t in ours
    )
    return Contents(current_version(db), counts, foreign=foreign)


def names(tables: Sequence[str], most: int = 5) -> str:
    shown = ", ".join(sorted(tables)[:most])
    return shown + (f" and {len(tables) - most} more" if len(tables) > most else "")


def drop_our_tables(db: pw.Database) -> list[str]:
    """Drop every table of Yuntian's (the marker too); other tables stay. Returns the names."""
    tables = [t for t in tables_of(db) if is_ours(t)]
    if isinstance(db, pw.PostgresqlDatabase):
        for table in tables:
            db.execute_sql(f"DROP TABLE IF EXISTS {q(db, table)} CASCADE")
        return tables
    if isinstance(db, pw.MySQLDatabase):
        db.execute_sql("SET FOREIGN_KEY_CHECKS = 0")
        try:
            for table in tables:
                db.execute_sql(f"DROP TABLE IF EXISTS {q(db, table)}")
        finally:
            db.execute_sql("SET FOREIGN_KEY_CHECKS = 1")
        return tables
    # SQLite: a dropped table is emptied first, which checks the keys pointing at it; the
    # virtual tables take their shadow tables with them, so they go first.
    db.execute_sql("PRAGMA foreign_keys = 0")
    try:
        virtual = {
            name
            for (name,) in db.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
            )
        }
        for table in sorted(tables, key=lambda t: (t not in virtual, t)):
            db.execute_sql(f"DROP TABLE IF EXISTS {q(db, table)}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = 1")
    return tables


def fk_order(db: pw.Database, tables: Iterable[str]) -> list[str]:
    """``tables`` so that every table comes after the tables its foreign keys point at."""
    wanted = sorted(tables)
    needs = {
        t: {fk.dest_table for fk in db.get_foreign_keys(t) if fk.dest_table in wanted} - {t}
        for t in wanted
    }
    ordered: list[str] = []
    while needs:
        ready = sorted(t for t, parents in needs.items() if parents <= set(ordered))
        if not ready:  # a cycle: no schema of ours has one; keep going rather than loop
            ready = sorted(needs)[:1]
        for t in ready:
            ordered.append(t)
            del needs[t]
    return ordered


class Triggers:
    """The target's triggers on the copied tables, off while rows are copied: the audit lock
    refuses the technicians of an audited order, and triggers that write elsewhere (the FTS
    index, un-audit history) must not act on copied rows. ``restore`` puts back exactly what
    the migrations installed."""

    def __init__(self, db: pw.Database, tables: Sequence[str]) -> None:
        self.db = db
        self.tables = list(tables)
        self._saved: list[str] = []

    def suspend(self) -> None:
        db = self.db
        if isinstance(db, pw.PostgresqlDatabase):
            for table in self.tables:  # the table's owner may: no superuser needed
                db.execute_sql(f"ALTER TABLE {q(db, table)} DISABLE TRIGGER USER")
            return
        if isinstance(db, pw.MySQLDatabase):
            names = [
                name
                for (name, table) in db.execute_sql(
                    "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS"
                    " WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME"
                )
                if table in self.tables
            ]
            for name in names:
                statement = db.execute_sql(f"SHOW CREATE TRIGGER {q(db, name)}").fetchone()[2]
                # Recreated by this same login: the definer clause would need SUPER to repeat.
                self._saved.append(_DEFINER.sub("CREATE TRIGGER", statement, count=1))
                db.execute_sql(f"DROP TRIGGER {q(db, name)}")
            return
        marks = ", ".join("?" * len(self.tables))
        rows = db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            f" AND tbl_name IN ({marks}) ORDER BY name",
            self.tables,
        ).fetchall()
        for name, sql in rows:
            self._saved.append(sql)
            db.execute_sql(f"DROP TRIGGER {q(db, name)}")

    def restore(self) -> None:
        db = self.db
        if isinstance(db, pw.PostgresqlDatabase):
            for table in self.tables:
                db.execute_sql(f"ALTER TABLE {q(db, table)} ENABLE TRIGGER USER")
            return
        for sql in self._saved:
            db.execute_sql(sql)
        self._saved = []


class SecondaryIndexes:
    """The target's secondary indexes on the copied tables, dropped while rows are copied and
    built once after (faster than keeping them in order row by row). PostgreSQL: those no
    constraint owns; SQLite: those with SQL of their own; MySQL keeps its indexes (its
    foreign keys need them). A move killed meanwhile is redone whole (the marker)."""

    def __init__(self, db: pw.Database, tables: Sequence[str]) -> None:
        self.db = db
        self.tables = list(tables)
        self._saved: list[tuple[str, str]] = []

    def drop(self) -> None:
        db = self.db
        if isinstance(db, pw.PostgresqlDatabase):
            for table in self.tables:
                self._saved += db.execute_sql(
                    "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass"
                    " AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                    " WHERE k.conindid = i.indexrelid)",
                    (q(db, table),),
                ).fetchall()
        elif isinstance(db, pw.SqliteDatabase):
            marks = ", ".join("?" * len(self.tables))
            self._saved = db.execute_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({marks}) ORDER BY name",
                self.tables,
            ).fetchall()
        for name, _ in self._saved:
            db.execute_sql(f"DROP INDEX {q(db, name)}")

    def build(self) -> None:
        for _, sql in self._saved:
            self.db.execute_sql(sql)
        self._saved = []


_DEFINER = re.compile(r"CREATE\s+DEFINER\s*=\s*\S+\s+TRIGGER", re.IGNORECASE)


def reset_sequences(db: pw.Database, tables: Sequence[str]) -> None:
    """Let new rows take ids after the copied ones: PostgreSQL's serial sequences, MySQL's
    AUTO_INCREMENT, SQLite's sqlite_sequence (tables declared AUTOINCREMENT)."""
    if isinstance(db, pw.PostgresqlDatabase):
        for table in tables:
            for column in db.get_columns(table):
                (sequence,) = db.execute_sql(
                    "SELECT pg_get_serial_sequence(%s, %s)", (q(db, table), column.name)
                ).fetchone()
                if sequence is not None:
                    col = q(db, column.name)
                    db.execute_sql(
                        f"SELECT setval(%s, COALESCE(MAX({col}), 1), MAX({col}) IS NOT NULL)"
                        f" FROM {q(db, table)}",
                        (sequence,),
                    )
        return
    if isinstance(db, pw.MySQLDatabase):
        rows = db.execute_sql(
            "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS"
            " WHERE TABLE_SCHEMA = DATABASE() AND EXTRA LIKE '%%auto_increment%%'"
        ).fetchall()
        for table, column in rows:
            if table in tables:
                top = db.execute_sql(
                    f"SELECT COALESCE(MAX({q(db, column)}), 0) FROM {q(db, table)}"
                ).fetchone()[0]
                db.execute_sql(f"ALTER TABLE {q(db, table)} AUTO_INCREMENT = {int(top) + 1}")
        return
    for table in tables:
        (sql,) = db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        if "AUTOINCREMENT" not in (sql or "").upper():
            continue
        db.execute_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
        db.execute_sql(
            f"INSERT INTO sqlite_sequence (name, seq) SELECT ?, COALESCE(MAX(rowid), 0)"
            f" FROM {q(db, table)}",
            (table,),
        )


def analyze(db: pw.Database, tables: Sequence[str]) -> None:
    """Statistics for the planner on tables filled in one go (as the demo generator does)."""
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("ANALYZE")
    elif isinstance(db, pw.MySQLDatabase):
        names = ", ".join(q(db, t) for t in tables)
        db.execute_sql(f"ANALYZE TABLE {names}").fetchall()
    # SQLite: none, as for a profile's own file (sqlite_stat1 would change the plans the
    # queries were measured with)


def same_server_database(source: pw.Database, target: pw.Database) -> bool:
    """Whether two connections reach one server database under different names (localhost
    and 127.0.0.1, another login): the source takes a lock of a random name, which changes
    no data, and the target looks for it (PostgreSQL: a transaction's advisory lock in this
    database; MySQL: a named lock held by the source's connection, in the same database)."""
    token = secrets.randbits(62)
    if isinstance(source, pw.PostgresqlDatabase) and isinstance(target, pw.PostgresqlDatabase):
        source.execute_sql("SELECT pg_try_advisory_xact_lock(%s)", (token,))
        (found,) = target.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
            " WHERE l.locktype = 'advisory' AND d.datname = current_database()"
            " AND (l.classid::text::bigint << 32 | l.objid::text::bigint) = %s)",
            (token,),
        ).fetchone()
        return bool(found)
    if isinstance(source, pw.MySQLDatabase) and isinstance(target, pw.MySQLDatabase):
        name = f"yuntian.move.{token}"
        source.execute_sql("SELECT GET_LOCK(%s, 0)", (name,)).fetchone()
        try:
            mine = source.execute_sql("SELECT CONNECTION_ID(), DATABASE()").fetchone()
            theirs = target.execute_sql("SELECT IS_USED_LOCK(%s), DATABASE()", (name,)).fetchone()
            return tuple(mine) == tuple(theirs)
        finally:
            source.execute_sql("SELECT RELEASE_LOCK(%s)", (name,)).fetchone()
    return False
