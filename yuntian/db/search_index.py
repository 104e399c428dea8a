"""The customer search index: one document row per customer (``customer_search``, see
``search_tokens``) and a trigram index over its text: SQLite's FTS5 trigram tokenizer
(``customer_search_fts``, kept in step with the documents by triggers), or on PostgreSQL and
MySQL a B-tree table of (trigram, customer) rows (``customer_search_term``).

Written in plain SQL against the columns it names, so that schema step 4 can build it with
the tables as they were then. :func:`refresh_customers` is what every change to a customer
calls; :func:`build_all` fills an empty index in bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext

import peewee as pw

from yuntian.db.search_tokens import DOC_COLUMNS, SearchDoc, make_doc, trigrams

DOC_TABLE = "customer_search"
FTS_TABLE = "customer_search_fts"
TERM_TABLE = "customer_search_term"

BATCH = 10_000  # customers per bulk-build batch
ID_CHUNK = 500  # ids per IN (...) list

Progress = Callable[[int, int], None]  # (done, total)

# Separators inside aggregated values: control characters, which stored text never holds.
_ITEM = "\x1e"
_PART = "\x1f"


def uses_fts(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase)


def refresh_customers(db: pw.Database, customer_ids: Iterable[int]) -> None:
    """Re-index these customers from their stored rows, in the caller's transaction: after a
    create, update, archive, restore or delete (a deleted customer leaves the index)."""
    ids = sorted({int(i) for i in customer_ids})
    for start in range(0, len(ids), ID_CHUNK):
        part = ids[start : start + ID_CHUNK]
        marks = ", ".join([db.param] * len(part))
        if not uses_fts(db):  # SQLite's triggers do this for the FTS table
            db.execute_sql(f"DELETE FROM {TERM_TABLE} WHERE customer_id IN ({marks})", part)
        db.execute_sql(f"DELETE FROM {DOC_TABLE} WHERE customer_id IN ({marks})", part)
        _insert(db, _docs(db, f"IN ({marks})", tuple(part)))


def build_all(db: pw.Database, progress: Progress | None = None, batch: int = BATCH) -> int:
    """Index every customer into an empty index; returns how many. Used by schema step 4 and
    the demo generator: reads the customers in id windows, writes in batches."""
    low, high = db.execute_sql("SELECT MIN(id), MAX(id) FROM customer").fetchone()
    if low is None:
        return 0
    total = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    done = 0
    p = db.param
    with _bulk_load(db):
        for start in range(int(low), int(high) + 1, batch):
            docs = _docs(db, f">= {p} AND c.id < {p}", (start, start + batch))
            _insert(db, docs)
            done += len(docs)
            if progress is not None:
                progress(done, total)
    return done


def index_stored_docs(db: pw.Database, batch: int = BATCH) -> None:
    """Build the trigram index from the documents the index table holds (copied in from
    another database, ``yuntian.db.move``): FTS5 rebuilds from its content table; on the
    servers the (trigram, customer) rows are made anew."""
    if uses_fts(db):
        _fts_command(db, "rebuild")
        _fts_command(db, "optimize")
        return
    db.execute_sql(f"DELETE FROM {TERM_TABLE}")
    p = db.param
    last = -1
    with (
        _without_postgresql_indexes(db) if isinstance(db, pw.PostgresqlDatabase) else nullcontext()
    ):
        while True:
            rows = db.execute_sql(
                f"SELECT customer_id, text FROM {DOC_TABLE} WHERE customer_id > {p}"
                f" ORDER BY customer_id LIMIT {int(batch)}",
                (last,),
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            _executemany(
                db,
                f"INSERT INTO {TERM_TABLE} (term, customer_id) VALUES ({p}, {p})",
                [(term, customer_id) for customer_id, text in rows for term in trigrams(text)],
                copy=f"COPY {TERM_TABLE} (term, customer_id) FROM STDIN",
            )


def stored_docs(db: pw.Database, customer_ids: Sequence[int]) -> list[SearchDoc]:
    """The documents as the index holds them now, in no particular order."""
    found: list[SearchDoc] = []
    columns = ", ".join(DOC_COLUMNS)
    for start in range(0, len(customer_ids), ID_CHUNK):
        part = tuple(customer_ids[start : start + ID_CHUNK])
        marks = ", ".join([db.param] * len(part))
        rows = db.execute_sql(
            f"SELECT {columns} FROM {DOC_TABLE} WHERE customer_id IN ({marks})", part
        )
        found += [doc_from_row(row) for row in rows]
    return found


def doc_from_row(row: Sequence) -> SearchDoc:
    customer_id, archived, *rest = row
    return SearchDoc(int(customer_id), bool(archived), *rest)


def current_docs(db: pw.Database, customer_ids: Sequence[int]) -> list[SearchDoc]:
    """Documents made now from the customer tables (what the index should hold)."""
    if not customer_ids:
        return []
    marks = ", ".join([db.param] * len(customer_ids))
    return _docs(db, f"IN ({marks})", tuple(customer_ids))


def _docs(db: pw.Database, condition: str, params: tuple) -> list[SearchDoc]:
    """Documents of the customers whose id matches ``condition`` (it follows "c.id"). One row
    per customer, its phones, addresses and contacts aggregated by the engine: fetching the
    child rows one by one cost more than indexing them."""
    concat = _concat(db)
    street = concat("a.district", "a.street")
    address = (
        f"CASE WHEN a.city = a.province THEN {concat('a.province', street)}"
        f" ELSE {concat('a.province', 'a.city', street)} END"
    )
    agg = _aggregate(db)
    contact = agg(concat("k.name", f"'{_PART}'", "k.phone"))
    sql = (
        "SELECT c.id, c.archived, c.code, c.name, c.email,"
        f" (SELECT {agg('p.number')} FROM customer_phone p WHERE p.customer_id = c.id),"
        f" (SELECT {agg(address)} FROM customer_address a WHERE a.customer_id = c.id),"
        f" (SELECT {contact} FROM customer_contact k WHERE k.customer_id = c.id)"
        f" FROM customer c WHERE c.id {condition} ORDER BY c.id"
    )
    return [
        make_doc(
            customer_id,
            archived,
            code,
            name,
            email,
            numbers.split(_ITEM) if numbers else (),
            addresses.split(_ITEM) if addresses else (),
            [tuple(c.split(_PART, 1)) for c in contacts.split(_ITEM)] if contacts else (),
        )
        for customer_id, archived, code, name, email, numbers, addresses, contacts in (
            db.execute_sql(sql, params)
        )
    ]


def _concat(db: pw.Database) -> Callable[..., str]:
    if isinstance(db, pw.MySQLDatabase):
        return lambda *parts: f"CONCAT({', '.join(parts)})"
    return lambda *parts: "(" + " || ".join(parts) + ")"


def _aggregate(db: pw.Database) -> Callable[[str], str]:
    if isinstance(db, pw.MySQLDatabase):
        return lambda value: f"GROUP_CONCAT({value} SEPARATOR '{_ITEM}')"
    if isinstance(db, pw.PostgresqlDatabase):
        return lambda value: f"STRING_AGG({value}, '{_ITEM}')"
    return lambda value: f"GROUP_CONCAT({value}, '{_ITEM}')"


def _insert(db: pw.Database, docs: list[SearchDoc]) -> None:
    if not docs:
        return
    columns = ", ".join(DOC_COLUMNS)
    marks = ", ".join([db.param] * len(DOC_COLUMNS))
    _executemany(
        db,
        f"INSERT INTO {DOC_TABLE} ({columns}) VALUES ({marks})",
        docs,
        copy=f"COPY {DOC_TABLE} ({columns}) FROM STDIN",
    )
    if not uses_fts(db):
        p = db.param
        _executemany(
            db,
            f"INSERT INTO {TERM_TABLE} (term, customer_id) VALUES ({p}, {p})",
            [(term, doc.customer_id) for doc in docs for term in trigrams(doc.text)],
            copy=f"COPY {TERM_TABLE} (term, customer_id) FROM STDIN",
        )


def _executemany(db: pw.Database, sql: str, rows: Sequence[tuple], copy: str) -> None:
    """The driver's fast path: sqlite3 executemany, PostgreSQL COPY, PyMySQL's multi-row
    INSERTs (its executemany folds rows into a few statements)."""
    if isinstance(db, pw.SqliteDatabase):
        db.connection().executemany(sql, rows)
        return
    cursor = db.cursor()
    try:
        if isinstance(db, pw.PostgresqlDatabase):
            with cursor.copy(copy) as out:
                for row in rows:
                    out.write_row(row)
        else:
            for start in range(0, len(rows), 5_000):
                cursor.executemany(sql, rows[start : start + 5_000])
    finally:
        cursor.close()


@contextmanager
def _bulk_load(db: pw.Database) -> Iterator[None]:
    """Load without the indexes, then build each once: that beats keeping them in order row
    by row (the rows come in customer order; names and trigrams in no order at all).
    SQLite builds its FTS index in one pass over the documents ('rebuild')."""
    if isinstance(db, pw.PostgresqlDatabase):
        with _without_postgresql_indexes(db):
            yield
        return
    if not uses_fts(db):  # MySQL: its DDL would commit the caller's transaction
        yield
        return
    saved = db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
        " AND tbl_name = ? AND sql IS NOT NULL ORDER BY type, name",
        (DOC_TABLE,),
    ).fetchall()
    for kind, name, _ in saved:
        db.execute_sql(f'DROP {kind.upper()} "{name}"')
    yield
    # With FTS5's small default buffer the rebuild merges its segments as it goes (a big one
    # builds no faster and leaves big segments that the first edit then merges for seconds);
    # 'optimize' then leaves one segment, which every search reads a quarter faster.
    _fts_command(db, "rebuild")
    _fts_command(db, "optimize")
    for _, _, sql in saved:
        db.execute_sql(sql)


@contextmanager
def _without_postgresql_indexes(db: pw.Database) -> Iterator[None]:
    indexes = db.execute_sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN (%s, %s)"
        " AND indexname NOT LIKE '%%_pkey' ORDER BY indexname",
        (DOC_TABLE, TERM_TABLE),
    ).fetchall()
    for name, _ in indexes:
        db.execute_sql(f'DROP INDEX "{name}"')
    db.execute_sql(f"ALTER TABLE {TERM_TABLE} DROP CONSTRAINT {TERM_TABLE}_pkey")
    yield
    db.execute_sql(f"ALTER TABLE {TERM_TABLE} ADD PRIMARY KEY (term, customer_id)")
    for _, sql in indexes:
        db.execute_sql(sql)
    db.execute_sql(f"ANALYZE {DOC_TABLE}, {TERM_TABLE}")


def _fts_command(db: pw.Database, command: str) -> None:
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES (?)", (command,))
