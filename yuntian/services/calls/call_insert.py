"""Inserting a call as it rings: SQL built once (it runs at every ring, and peewee takes longer
to build it than the database to run it), and one row for a call that several PCs store.

A broadcast device (a Whozz Calling unit's UDP datagrams reach every PC on the LAN) makes each
PC that has its line configured store the same call. The call then carries a ``source_key``
made of what the device sent (unit, line, its own date and time stamp, number), identical on
every PC; a unique index lets one row through and the others join it. Each engine inserts
"unless there" in its own words, which also settles two PCs inserting at the same moment:
PostgreSQL ``ON CONFLICT DO NOTHING`` waits for the other transaction and then sees its row;
on MySQL the insert waits likewise and fails as a duplicate, undone to a savepoint, and a
locking read (which sees past the transaction's snapshot) finds the row; SQLite lets one
writer in at a time anyway.

The device stamps to the minute, so a caller who hangs up and rings again within the minute
sends the same stamp: a call with the key that has already ended is another call, stored
under "key#2" (and so on). A call stored late (held while the database was busy) joins the
latest call of its key instead: by then the call it belongs to may well have ended.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from yuntian.db.models import Call

START_COLUMNS = (
    "station", "line", "line_name", "direction", "raw_number", "number", "region",
    "network_name", "privacy", "customer_id", "candidates", "ring_at", "operator_id", "missed",
    "recording", "created_at", "station_key", "source_key",
)  # fmt: skip
MAX_CALLS_PER_KEY = 20  # redials within one minute of one number on one line
KEY_MAX = 128


class CallInserter:
    def __init__(self, db: pw.Database) -> None:
        self._db = db
        columns = ", ".join(c.join(db.quote) for c in START_COLUMNS)
        marks = ", ".join([db.param] * len(START_COLUMNS))
        self._table = Call._meta.table_name.join(db.quote)
        self._sql = f"INSERT INTO {self._table} ({columns}) VALUES ({marks})"
        if isinstance(db, pw.PostgresqlDatabase):
            self._unless_there = self._sql + " ON CONFLICT (source_key) DO NOTHING RETURNING id"
            self._sql += " RETURNING id"
        elif isinstance(db, pw.MySQLDatabase):
            self._unless_there = self._sql
        else:
            self._unless_there = self._sql + " ON CONFLICT (source_key) DO NOTHING"

    def insert(self, values: Sequence[object]) -> int:
        """INSERT one call (``values`` in START_COLUMNS order, the source key last)."""
        cursor = self._db.execute_sql(self._sql, list(values))
        if isinstance(self._db, pw.PostgresqlDatabase):
            return int(cursor.fetchone()[0])
        return int(cursor.lastrowid)

    def insert_or_join(
        self, values: Sequence[object], source_key: str, *, live: bool
    ) -> tuple[int, bool]:
        """The call with ``source_key``: (its id, True) when another PC stored it already,
        else (the new row's id, False). ``live``: the call rings now (else: stored late)."""
        base = source_key[: KEY_MAX - 4]
        previous: int | None = None
        for n in range(1, MAX_CALLS_PER_KEY + 1):
            key = base if n == 1 else f"{base}#{n}"
            if not live and previous is not None and self._find(key, locking=False) is None:
                return previous, True
            call_id, inserted = self._insert_unless_there([*values[:-1], key], key)
            if inserted:
                return call_id, False
            if not self._ended(call_id):
                return call_id, True
            previous = call_id
        return self.insert([*values[:-1], None]), False

    # --- inside ---------------------------------------------------------------------------

    def _insert_unless_there(self, values: list[object], key: str) -> tuple[int, bool]:
        if isinstance(self._db, pw.MySQLDatabase):
            try:
                with self._db.savepoint():
                    cursor = self._db.execute_sql(self._unless_there, values)
                return int(cursor.lastrowid), True
            except pw.IntegrityError:
                pass
        else:
            cursor = self._db.execute_sql(self._unless_there, values)
        if isinstance(self._db, pw.PostgresqlDatabase):
            row = cursor.fetchone()
            if row is not None:
                return int(row[0]), True
        elif isinstance(self._db, pw.SqliteDatabase) and cursor.rowcount == 1:
            return int(cursor.lastrowid), True
        found = self._find(key)
        if found is None:  # not this key's row that was in the way (rows are never re-keyed)
            raise pw.IntegrityError(f"call {key!r} could not be stored")
        return found, False

    def _find(self, key: str, *, locking: bool = True) -> int | None:
        mysql = isinstance(self._db, pw.MySQLDatabase)
        lock = " FOR UPDATE" if locking and mysql else ""
        row = self._db.execute_sql(
            f"SELECT id FROM {self._table} WHERE source_key = {self._db.param}{lock}", (key,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _ended(self, call_id: int) -> bool:
        # A locking read on MySQL: under REPEATABLE READ a plain one reads the transaction's
        # snapshot, which may predate the other PC's row (the row exists: no gap lock).
        lock = " FOR UPDATE" if isinstance(self._db, pw.MySQLDatabase) else ""
        row = self._db.execute_sql(
            f"SELECT ended_at FROM {self._table} WHERE id = {self._db.param}{lock}", (call_id,)
        ).fetchone()
        return row is not None and row[0] is not None
