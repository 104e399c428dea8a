"""Fast inserts of generated rows (with ids the generator assigns) on every engine.

peewee's insert_many builds one SQL text per batch; for a million rows the driver's own bulk
path is several times faster: sqlite3 steps one prepared statement, PyMySQL folds executemany
rows into multi-row INSERTs, and PostgreSQL takes COPY.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import peewee as pw

# Generation-time SQLite settings: the file is new and rebuilt from scratch if the run dies, so
# durability can wait until the end; a bigger page cache keeps the indexes in memory; the rows
# refer to ids the generator just assigned, so per-row foreign-key lookups only cost time.
FAST_SQLITE_PRAGMAS = {"synchronous": "OFF", "cache_size": -64_000, "foreign_keys": 0}


class BulkWriter:
    def __init__(self, db: pw.Database) -> None:
        self.db = db
        self.is_sqlite = isinstance(db, pw.SqliteDatabase)
        self.is_postgresql = isinstance(db, pw.PostgresqlDatabase)
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}
        self.rows: dict[str, int] = {}  # table -> rows written

    def quote(self, name: str) -> str:
        return name.join(self.db.quote)

    def insert(
        self, model: type[pw.Model], columns: tuple[str, ...], rows: Sequence[tuple]
    ) -> None:
        if not rows:
            return
        table = model._meta.table_name
        sql = self._statement(table, columns)
        if self.is_sqlite:
            self.db.connection().executemany(sql, rows)
        else:
            cursor = self.db.cursor()
            try:
                if self.is_postgresql:
                    with cursor.copy(sql) as copy:
                        for row in rows:
                            copy.write_row(row)
                else:
                    cursor.executemany(sql, rows)
            finally:
                cursor.close()
        self.rows[table] = self.rows.get(table, 0) + len(rows)

    def _statement(self, table: str, columns: tuple[str, ...]) -> str:
        sql = self._sql.get((table, columns))
        if sql is None:
            names = ", ".join(self.quote(c) for c in columns)
            if self.is_postgresql:
                sql = f"COPY {self.quote(table)} ({names}) FROM STDIN"
            else:
                marks = ", ".join([self.db.param] * len(columns))
                sql = f"INSERT INTO {self.quote(table)} ({names}) VALUES ({marks})"
            self._sql[(table, columns)] = sql
        return sql

    def next_id(self, model: type[pw.Model]) -> int:
        return (model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0) + 1

    def ids_assigned(self, model: type[pw.Model]) -> None:
        """After inserting explicit ids: move PostgreSQL's sequence past them (SQLite and
        MySQL continue after the highest id by themselves)."""
        if not self.is_postgresql:
            return
        table = model._meta.table_name
        pk = model._meta.primary_key.column_name
        self.db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "
            f"COALESCE((SELECT MAX({self.quote(pk)}) FROM {self.quote(table)}), 1))",
            (table, pk),
        )

    @contextmanager
    def deferred_indexes(
        self, *models: type[pw.Model], keep_unique: bool = False
    ) -> Iterator[None]:
        """SQLite: drop the tables' indexes while loading and build them once at the end, which
        beats maintaining random-order indexes (names, phone numbers) row by row. With
        ``keep_unique`` the unique ones stay: the audit lock's guards look rows up by them."""
        if not self.is_sqlite:
            yield
            return
        tables = [m._meta.table_name for m in models]
        marks = ", ".join("?" * len(tables))
        indexes = self.db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tables,
        ).fetchall()
        if keep_unique:
            indexes = [
                (n, sql) for n, sql in indexes if not sql.upper().startswith("CREATE UNIQUE")
            ]
        for name, _ in indexes:
            self.db.execute_sql(f"DROP INDEX {self.quote(name)}")
        yield
        for _, sql in indexes:
            self.db.execute_sql(sql)

    @contextmanager
    def fast_sqlite(self) -> Iterator[None]:
        """Relax SQLite's durability while generating; restore the profile's settings after."""
        if not self.is_sqlite:
            yield
            return
        saved = {key: self.db.pragma(key) for key in FAST_SQLITE_PRAGMAS}
        for key, value in FAST_SQLITE_PRAGMAS.items():
            self.db.pragma(key, value)
        try:
            yield
        finally:
            for key, value in saved.items():
                self.db.pragma(key, value)
