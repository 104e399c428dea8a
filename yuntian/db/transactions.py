"""How transactions begin, and what a busy database looks like.

SQLite lets one writer at a time. A transaction that begins DEFERRED, reads and then writes
cannot wait for the writer ahead of it: SQLite refuses its upgrade at once ("database is
locked") whatever the busy timeout, since waiting could deadlock. So every SQLite write
transaction begins IMMEDIATE (``make_database`` sets it as the default): it takes the write
lock first, and a second writer waits its turn for up to the busy timeout. Transactions that
only read begin with ``reading(db)`` instead: under WAL they neither wait for nor block a
writer (a statistics query must not hold up a ringing phone's call record). No Qt here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import peewee as pw


@contextlib.contextmanager
def reading(db: pw.Database) -> Iterator[None]:
    """A transaction that only reads: one consistent snapshot. On SQLite it begins DEFERRED
    and the connection is query-only meanwhile, so a write slipped into it fails at once in
    the tests instead of now and then in a busy shop. Inside another transaction it is a
    savepoint of that one."""
    if not isinstance(db, pw.SqliteDatabase) or db.in_transaction():
        with db.atomic():
            yield
        return
    with db.atomic(lock_type="DEFERRED"):
        db.execute_sql("PRAGMA query_only = 1")
        try:
            yield
        finally:
            db.execute_sql("PRAGMA query_only = 0")


def is_busy_error(exc: BaseException) -> bool:
    """Whether ``exc`` says another writer held the database longer than we could wait
    (SQLite's "database is locked" / "database is busy"): worth trying again later."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, sqlite3.OperationalError | pw.OperationalError):
            text = str(cause).lower()
            if "database is locked" in text or "database is busy" in text:
                return True
        cause = cause.__cause__ or cause.__context__
        if cause is exc:
            break
    return False


@contextlib.contextmanager
def waiting_at_most(db: pw.Database, seconds: float) -> Iterator[None]:
    """Wait at most ``seconds`` for another writer's lock in this block (SQLite's busy timeout
    on this thread's connection), then the busy timeout the database was opened with again.
    For writes made while someone waits at the screen: better kept for later than frozen."""
    if not isinstance(db, pw.SqliteDatabase) or db.database == ":memory:":
        yield
        return
    db.connect(reuse_if_open=True)
    db.execute_sql(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another's lock, normally
