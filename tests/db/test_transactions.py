"""SQLite write transactions wait their turn; read transactions neither wait nor write."""

from __future__ import annotations

import sqlite3
import threading
import time

import peewee as pw
import pytest

from yuntian.db.connection import make_database
from yuntian.db.transactions import is_busy_error, reading, waiting_at_most


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    database = make_database(url)
    database.connect()
    database.execute_sql("CREATE TABLE counter (n INTEGER)")
    database.execute_sql("INSERT INTO counter VALUES (0)")
    yield database
    database.close()


def _bump(db: pw.Database, times: int, errors: list[BaseException]) -> None:
    try:
        for _ in range(times):
            with db.atomic():  # read, then write: the shape that failed under DEFERRED
                (n,) = db.execute_sql("SELECT n FROM counter").fetchone()
                time.sleep(0.001)  # let the others read meanwhile, as real work does
                db.execute_sql("UPDATE counter SET n = ?", (n + 1,))
    except BaseException as exc:  # the test counts every failure
        errors.append(exc)
    finally:
        db.close()


def test_writers_that_read_first_wait_their_turn_and_lose_no_update(db):
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_bump, args=(db, 50, errors)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert db.execute_sql("SELECT n FROM counter").fetchone() == (200,)


def test_a_read_transaction_refuses_writes_and_does_not_hold_up_a_writer(db, tmp_path):
    with reading(db):
        assert db.execute_sql("SELECT n FROM counter").fetchone() == (0,)
        other = sqlite3.connect(tmp_path / "x.sqlite", timeout=0)
        other.execute("UPDATE counter SET n = 5")  # no wait: the reader holds no write lock
        other.commit()
        other.close()
        with pytest.raises(pw.OperationalError, match="readonly"):
            db.execute_sql("UPDATE counter SET n = 1")
    db.execute_sql("UPDATE counter SET n = 2")  # writable again afterwards
    assert db.execute_sql("SELECT n FROM counter").fetchone() == (2,)


def test_a_short_wait_reports_a_busy_database_and_then_waits_as_before(db, tmp_path):
    other = sqlite3.connect(tmp_path / "x.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(pw.OperationalError) as raised, waiting_at_most(db, 0.05), db.atomic():
            db.execute_sql("UPDATE counter SET n = 1")
        assert is_busy_error(raised.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    busy = db.execute_sql("PRAGMA busy_timeout").fetchone()[0]
    assert busy == 10_000


def test_busy_is_told_from_other_database_errors():
    assert is_busy_error(sqlite3.OperationalError("database is locked"))
    assert not is_busy_error(sqlite3.OperationalError("no such table: x"))
    assert not is_busy_error(ValueError("database is locked"))
