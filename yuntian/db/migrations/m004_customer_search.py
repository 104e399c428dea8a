"""Schema 4: the customer search index (``yuntian.db.search_index``), built for the customers
that exist.

One document row per customer with B-tree indexes for name, pinyin, initials and code (exact
and prefix matches, read in name order), plus a trigram index over the document's text (see
``search_tokens``): FTS5 on SQLite (kept in step by triggers), a (trigram, customer) table with
a B-tree primary key on PostgreSQL and MySQL. Text compared by prefix uses a binary collation on the
servers ("C", utf8mb4_bin), so that a range scan is a prefix match and every engine orders
names alike (by code point).
"""

from __future__ import annotations

import peewee as pw

NAME = "customer search index"


def apply(db: pw.Database) -> None:
    if isinstance(db, pw.SqliteDatabase):
        statements = _sqlite()
    elif isinstance(db, pw.PostgresqlDatabase):
        statements = _server('COLLATE "C"', "")
    else:
        statements = _server("CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", " ENGINE=InnoDB")
    for sql in statements:
        db.execute_sql(sql)
    # Imported here: it loads pypinyin (~0.25 s), and every start-up imports the steps.
    from yuntian.db import search_index

    search_index.build_all(db)


def _sqlite() -> list[str]:
    # customer_id is the rowid, which every index ends in: each reads in (key, id) order.
    add = "INSERT INTO customer_search_fts (rowid, text) VALUES (new.customer_id, new.text);"
    remove = (
        "INSERT INTO customer_search_fts (customer_search_fts, rowid, text)"
        " VALUES ('delete', old.customer_id, old.text);"
    )
    return [
        "CREATE TABLE customer_search (customer_id INTEGER PRIMARY KEY, archived INTEGER NOT NULL,"
        " name_key TEXT NOT NULL, pinyin TEXT NOT NULL, initials TEXT NOT NULL,"
        " code_key TEXT NOT NULL, text TEXT NOT NULL)",
        *_indexes(tail=""),
        # Narrow: the names of a few thousand customers found by id, without reading their
        # (wide) rows.
        "CREATE INDEX customer_search_id ON customer_search (customer_id, archived, name_key)",
        # The documents are the content: nothing is stored twice. With positions, a text of
        # 3+ characters is a phrase of trigrams: exactly the customers whose text holds it.
        "CREATE VIRTUAL TABLE customer_search_fts USING fts5(text, content='customer_search',"
        " content_rowid='customer_id', columnsize=0, tokenize='trigram')",
        # Which trigrams start with a 1- or 2-character text: how short texts are found.
        "CREATE VIRTUAL TABLE customer_search_vocab USING fts5vocab(customer_search_fts, 'row')",
        f"CREATE TRIGGER customer_search_fts_insert AFTER INSERT ON customer_search BEGIN {add} END",
        f"CREATE TRIGGER customer_search_fts_delete AFTER DELETE ON customer_search BEGIN {remove}"
        " END",
        f"CREATE TRIGGER customer_search_fts_update AFTER UPDATE ON customer_search BEGIN {remove}"
        f" {add} END",
    ]


def _server(binary: str, engine: str) -> list[str]:
    return [
        "CREATE TABLE customer_search (customer_id INTEGER NOT NULL PRIMARY KEY,"
        f" archived BOOLEAN NOT NULL, name_key VARCHAR(64) {binary} NOT NULL,"
        f" pinyin VARCHAR(255) {binary} NOT NULL, initials VARCHAR(64) {binary} NOT NULL,"
        f" code_key VARCHAR(64) {binary} NOT NULL, text TEXT {binary} NOT NULL){engine}",
        *_indexes(tail=", customer_id"),
        f"CREATE TABLE customer_search_term (term VARCHAR(3) {binary} NOT NULL,"
        f" customer_id INTEGER NOT NULL, PRIMARY KEY (term, customer_id)){engine}",
        "CREATE INDEX customer_search_term_customer ON customer_search_term (customer_id)",
    ]


def _indexes(tail: str) -> list[str]:
    return [
        f"CREATE INDEX customer_search_name ON customer_search (name_key, archived{tail})",
        "CREATE INDEX customer_search_pinyin ON customer_search"
        f" (pinyin, archived, name_key{tail})",
        "CREATE INDEX customer_search_initials ON customer_search"
        f" (initials, archived, name_key{tail})",
        "CREATE INDEX customer_search_code ON customer_search (code_key)",
    ]
