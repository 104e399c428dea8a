"""Schema 9: the call log's number index (``yuntian.db.call_number_index``), built for the
calls that exist.

(suffix, number) rows with the pair as primary key: WITHOUT ROWID on SQLite (the key is the
row), a binary collation on the servers ("C", utf8mb4_bin) so that a range of suffixes is the
numbers starting with a fragment. Built in batches of distinct numbers.
"""

from __future__ import annotations

import peewee as pw

from yuntian.db import call_number_index

NAME = "call log number index"


def apply(db: pw.Database) -> None:
    if isinstance(db, pw.SqliteDatabase):
        sql = (
            "CREATE TABLE call_number_suffix (suffix TEXT NOT NULL, number TEXT NOT NULL,"
            " PRIMARY KEY (suffix, number)) WITHOUT ROWID"
        )
    elif isinstance(db, pw.PostgresqlDatabase):
        sql = (
            'CREATE TABLE call_number_suffix (suffix VARCHAR(32) COLLATE "C" NOT NULL,'
            ' number VARCHAR(32) COLLATE "C" NOT NULL, PRIMARY KEY (suffix, number))'
        )
    else:
        binary = "CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
        sql = (
            f"CREATE TABLE call_number_suffix (suffix VARCHAR(32) {binary} NOT NULL,"
            f" number VARCHAR(32) {binary} NOT NULL, PRIMARY KEY (suffix, number))"
            " ENGINE=InnoDB"
        )
    db.execute_sql(sql)
    call_number_index.build_all(db)
