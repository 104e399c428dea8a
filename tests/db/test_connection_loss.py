"""Which database errors mean "the server (or the share holding the SQLite file) went away", and
a SQLite file whose folder vanished: ServerUnavailable, then a fresh connection once it is back.
The server cases are provoked for real in tests/services/common/test_server_unavailable.py."""

from __future__ import annotations

import sqlite3

import peewee as pw
import pytest

from yuntian.db.connection import make_database
from yuntian.db.connection_loss import ServerUnavailable, is_connection_lost


def test_the_errors_that_mean_the_server_went_away():
    import psycopg
    import pymysql

    assert is_connection_lost(pymysql.err.OperationalError(2013, "Lost connection"))
    assert is_connection_lost(pymysql.err.OperationalError(2006, "MySQL server has gone away"))
    assert is_connection_lost(pymysql.err.OperationalError(2003, "Can't connect"))
    assert is_connection_lost(pymysql.err.InterfaceError(0, ""))
    assert not is_connection_lost(pymysql.err.OperationalError(1205, "Lock wait timeout"))
    assert is_connection_lost(psycopg.OperationalError("the connection is closed"))
    assert not is_connection_lost(
        psycopg.OperationalError('password authentication failed for user "shop"')
    )
    assert is_connection_lost(pw.OperationalError(sqlite3.OperationalError("disk I/O error")))
    assert not is_connection_lost(sqlite3.OperationalError("database is locked"))


def test_a_sqlite_file_whose_share_went_away_is_unavailable_until_it_is_back(tmp_path):
    share = tmp_path / "share"
    db = make_database(f"sqlite:///{share / 'shop.sqlite'}")
    db.execute_sql("CREATE TABLE t (x INTEGER)")
    db.close()
    share.rename(tmp_path / "gone")  # the network drive is gone
    with pytest.raises(ServerUnavailable):
        db.execute_sql("INSERT INTO t VALUES (1)")
    (tmp_path / "gone").rename(share)
    db.execute_sql("INSERT INTO t VALUES (1)")
    assert db.execute_sql("SELECT count(*) FROM t").fetchone() == (1,)
    db.close()
