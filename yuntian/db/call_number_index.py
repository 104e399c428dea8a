"""The call log's number index: every stored call number once, under each of its suffixes.

A number fragment typed into the call log's filter ("1380013", "5448") may stand anywhere in a
number, which no index on ``call_log.number`` can find: reading every number took 0.6-0.7 s
at five million calls. Here each distinct number is stored under its suffixes
(``call_number_suffix``: (suffix, number), B-tree primary key), so the numbers containing a
fragment are the rows whose suffix starts with it: one range scan, exact, on every engine.
Their calls then come from the (number, ring_at) index of the log.

A number is kept once however many calls it has (a shop's log repeats its callers), and only
suffixes a fragment can start (at a digit, at least ``MIN_DIGITS`` long) plus the whole
number, for "0106234..." typed as the start of "+86106234...". Written in plain SQL, so schema
step 9 builds it with the tables as they were then; ``add_numbers`` runs for every call
stored, ``remove_unused`` after calls are deleted; ``build_all`` fills it in bulk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import peewee as pw

TABLE = "call_number_suffix"
MIN_DIGITS = 4  # the shortest fragment the filter takes (call_types.FRAGMENT_MIN_DIGITS)
BATCH = 20_000  # distinct numbers per bulk-build batch
ID_CHUNK = 500  # values per IN (...) list

Progress = Callable[[int, int], None]  # (done, total)


def suffixes(number: str) -> list[str]:
    """What ``number`` is stored under: the whole number, and each suffix of at least
    MIN_DIGITS characters that starts with a digit."""
    if len(number) < MIN_DIGITS:
        return []  # no fragment fits in it
    return [
        number[i:] for i in range(len(number) - MIN_DIGITS + 1) if i == 0 or "0" <= number[i] <= "9"
    ]


def add_numbers(db: pw.Database, numbers: Iterable[str]) -> None:
    """Index these call numbers, those not indexed yet, in the caller's transaction (each
    call stored calls it for its number: one primary-key probe for a number seen before)."""
    wanted = sorted({n for n in numbers if len(n) >= MIN_DIGITS})
    p = db.param
    new: list[str] = []
    for start in range(0, len(wanted), ID_CHUNK):
        part = wanted[start : start + ID_CHUNK]
        marks = ", ".join([p] * len(part))
        known = {
            n
            for (n,) in db.execute_sql(
                f"SELECT number FROM {TABLE} WHERE suffix IN ({marks}) AND suffix = number", part
            )
        }
        new += [n for n in part if n not in known]
    # Another station may index the same new number at the same moment: ignore its rows.
    _insert(db, [(s, n) for n in new for s in suffixes(n)], ignore=True)


def remove_unused(db: pw.Database, numbers: Iterable[str]) -> None:
    """Drop these numbers from the index where no call has them any more (after a delete)."""
    p = db.param
    for number in sorted({n for n in numbers if len(n) >= MIN_DIGITS}):
        used = db.execute_sql(
            f"SELECT 1 FROM call_log WHERE number = {p} LIMIT 1", (number,)
        ).fetchone()
        if used is None:
            keys = suffixes(number)
            marks = ", ".join([p] * len(keys))
            db.execute_sql(
                f"DELETE FROM {TABLE} WHERE suffix IN ({marks}) AND number = {p}",
                (*keys, number),
            )


def numbers_starting(db: pw.Database, prefixes: Sequence[str], most: int) -> list[str] | None:
    """The indexed numbers holding a suffix that starts with one of ``prefixes`` (digits, or
    "+86..." for the start of a number), sorted; None when there are more than ``most``."""
    p = db.param
    found: set[str] = set()
    for prefix in prefixes:
        # A range, not LIKE: every engine reads it from the key's B-tree (the servers' binary
        # collation orders like the bytes); ":" follows "9".
        rows = db.execute_sql(
            f"SELECT number FROM {TABLE} WHERE suffix >= {p} AND suffix < {p} LIMIT {most + 1}",
            (prefix, prefix + ":"),
        ).fetchall()
        if len(rows) > most:
            return None
        found.update(n for (n,) in rows)
        if len(found) > most:
            return None
    return sorted(found)


def count_starting(db: pw.Database, prefixes: Sequence[str], most: int) -> int:
    """How many suffixes start with one of ``prefixes``, counted up to ``most`` + 1."""
    counted = 0
    for prefix in prefixes:
        p = db.param
        counted += db.execute_sql(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {TABLE} WHERE suffix >= {p} AND suffix < {p}"
            f" LIMIT {most + 1 - counted}) AS found",
            (prefix, prefix + ":"),
        ).fetchone()[0]
        if counted > most:
            break
    return counted


def numbers_query(prefixes: Sequence[str]) -> pw.SQL:
    """SQLite: a subquery of the numbers ``numbers_starting`` finds, for ``number IN (...)``:
    SQLite reads it into a list and probes the log's number index with each (no values pass
    through Python, whose building of a long IN list cost more than the query)."""
    ranges = " OR ".join(["(suffix >= ? AND suffix < ?)"] * len(prefixes))
    params = [bound for prefix in prefixes for bound in (prefix, prefix + ":")]
    return pw.SQL(f"(SELECT number FROM {TABLE} WHERE {ranges})", params)


def build_all(db: pw.Database, progress: Progress | None = None, batch: int = BATCH) -> int:
    """Index every call number into an empty index, in batches of distinct numbers read in
    order from the log's number index; returns how many numbers."""
    p = db.param
    total = db.execute_sql("SELECT COUNT(DISTINCT number) FROM call_log").fetchone()[0]
    done = 0
    last = ""
    with _bulk_load(db):
        while True:
            numbers = [
                n
                for (n,) in db.execute_sql(
                    f"SELECT DISTINCT number FROM call_log WHERE number > {p}"
                    f" ORDER BY number LIMIT {int(batch)}",
                    (last,),
                )
            ]
            if not numbers:
                break
            last = numbers[-1]
            _insert(db, [(s, n) for n in numbers for s in suffixes(n)], ignore=False)
            done += sum(1 for n in numbers if len(n) >= MIN_DIGITS)
            if progress is not None:
                progress(done, int(total or 0))
    return done


def indexed_numbers(db: pw.Database) -> list[str]:
    """Every number the index holds, sorted (for checks)."""
    rows = db.execute_sql(f"SELECT number FROM {TABLE} WHERE suffix = number ORDER BY number")
    return [n for (n,) in rows]


def _insert(db: pw.Database, rows: Sequence[tuple[str, str]], *, ignore: bool) -> None:
    if not rows:
        return
    p = db.param
    values = f"INTO {TABLE} (suffix, number) VALUES ({p}, {p})"
    if not ignore:
        sql = f"INSERT {values}"
    elif isinstance(db, pw.SqliteDatabase):
        sql = f"INSERT OR IGNORE {values}"
    elif isinstance(db, pw.PostgresqlDatabase):
        sql = f"INSERT {values} ON CONFLICT DO NOTHING"
    else:
        sql = f"INSERT IGNORE {values}"
    if isinstance(db, pw.SqliteDatabase):
        db.connection().executemany(sql, rows)
        return
    cursor = db.cursor()
    try:
        for start in range(0, len(rows), 5_000):  # PyMySQL folds these into few statements
            cursor.executemany(sql, rows[start : start + 5_000])
    finally:
        cursor.close()


@contextmanager
def _bulk_load(db: pw.Database) -> Iterator[None]:
    """SQLite: a larger page cache while the index is built (its rows come in number order,
    its key is the suffix: each insert lands on another page)."""
    if not isinstance(db, pw.SqliteDatabase):
        yield
        return
    saved = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql("PRAGMA cache_size = -262144")  # 256 MB
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(saved)}")
