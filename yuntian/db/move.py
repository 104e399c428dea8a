"""Move a shop's database to another one: SQLite to a server, a server to a SQLite file, or
between any two (``yuntian db move``, the settings' move wizard).

1. The target must be empty (``replace`` drops Yuntian's tables there first, nothing else);
   a target left by an unfinished move (its marker table, ``move_target``) is emptied and
   done again without asking.
2. The marker is written, then the migrations create the schema, so the target is what a new
   database of that engine is: its own indexes, audit-lock triggers and search index tables.
3. Every table both have is copied in foreign-key order, in batches, all the columns the
   target has (none named here: a column added by a later schema step comes along), the rows
   read from one snapshot of the source. The target's triggers are off meanwhile and put back
   after (the audit lock would refuse the technicians of an audited order; see
   ``move_target.Triggers``), so audited rows arrive as they are and stay locked.
4. The search documents and the call numbers' index are copied like any table; the trigram
   part of the search index, which differs by engine, is built from the documents.
5. Sequences / AUTO_INCREMENT continue after the copied ids.
6. Verification: per table the rows and a checksum of their values (``move_values``) on both
   sides; the marker goes only when every table matches.

The source is only read: on SQLite inside a query-only transaction, on a server inside a
read-only one. Nothing here binds the models to the target.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import peewee as pw

from yuntian.db import migrations, search_index
from yuntian.db.connection import DatabaseUrlError, check_url, describe_url, make_database
from yuntian.db.move_target import (
    LIVE_TABLES,
    MARKER,
    Contents,
    SecondaryIndexes,
    Triggers,
    analyze,
    contents_of,
    drop_our_tables,
    fk_order,
    is_ours,
    marker_note,
    q,
    remove_marker,
    reset_sequences,
    same_server_database,
    tables_of,
    write_marker,
)
from yuntian.db.move_values import Checksum, Column, converter, model_columns, table_columns
from yuntian.db.transactions import reading
from yuntian.private_files import private_dir, private_file

BATCH = 2_000  # rows per read and per target transaction
# Tests slow a move down to kill it in the middle: seconds to wait after each batch.
PAUSE_ENV = "YUNTIAN_MOVE_TEST_PAUSE"

Progress = Callable[[str, int, int], None]  # (table, rows done, rows in the table)
Stage = Callable[[str], None]  # a step begins: "schema", "copy", "index", "verify"


class MoveRefused(Exception):
    """The move cannot start; the text says why and what to do."""


class MoveCancelled(Exception):
    """The move was cancelled; the target was emptied again (or left marked)."""


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sum: str
    target_sum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sum == self.target_sum


@dataclass
class MoveResult:
    source: str  # display forms, never a password
    target: str
    checks: list[TableCheck] = field(default_factory=list)
    redone: str | None = None  # what the marker of an unfinished earlier move said
    replaced: str | None = None  # what --replace dropped
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)  # schema, copy, index, verify

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    @property
    def rows(self) -> int:
        return sum(c.source_rows for c in self.checks)


def move_database(
    source: pw.Database,
    source_url: str,
    target_url: str,
    *,
    replace: bool = False,
    progress: Progress | None = None,
    stage: Stage | None = None,
    cancelled: Callable[[], bool] | None = None,
    notice: Callable[[str], None] | None = None,
    batch: int = BATCH,
) -> MoveResult:
    """Copy ``source`` (the profile's open database, at ``source_url``) into the database at
    ``target_url`` and verify it. MoveRefused before anything is written when the target is
    not empty (without ``replace``) or is the source itself; MoveCancelled when
    ``cancelled()`` turned true."""
    check_url(target_url)
    result = MoveResult(describe_url(source_url).display, describe_url(target_url).display)
    if _same_database(source_url, target_url):
        raise MoveRefused(f"{result.target} is the profile's own database: choose another one")
    started = time.perf_counter()
    say = notice or (lambda text: None)
    target = _connect(target_url)
    try:
        with _snapshot(source):
            version = migrations.current_version(source)
            if version != migrations.LATEST:
                raise MoveRefused(
                    f"{result.source} is at schema {version}, this program at"
                    f" {migrations.LATEST}: run 'yuntian db upgrade' first"
                )
            if same_server_database(source, target):
                raise MoveRefused(
                    f"{result.target} is the profile's own database under another name:"
                    " choose another one"
                )
            _prepare(target, result, replace, say)
            write_marker(target, result.source)
            try:
                _fill(target, source, result, progress, stage, cancelled, batch)
            except BaseException:
                _clean_up(target)
                raise
        result.seconds = time.perf_counter() - started
        return result
    finally:
        target.close()


@dataclass(frozen=True)
class TargetState:
    display: str
    empty: bool  # nothing there, or only what an unfinished move left (redone without asking)
    contents: Contents = field(default_factory=Contents)  # what it holds, when not empty
    unfinished: str | None = None  # the marker's note of an unfinished move


def inspect_target(source_url: str, target_url: str) -> TargetState:
    """What a move into ``target_url`` would find there (for the wizard's confirmation):
    DatabaseUrlError when it cannot be reached, MoveRefused when it is the source."""
    check_url(target_url)
    display = describe_url(target_url).display
    if _same_database(source_url, target_url):
        raise MoveRefused(f"{display} is the profile's own database: choose another one")
    if describe_url(target_url).engine == "sqlite" and not Path(display).exists():
        return TargetState(display, True)  # made by the move, not by a look
    target = _connect(target_url)
    try:
        note = marker_note(target)
        if note is not None or not tables_of(target):
            return TargetState(display, True, unfinished=note)
        return TargetState(display, False, contents_of(target))
    finally:
        target.close()


def _prepare(target: pw.Database, result: MoveResult, replace: bool, say: Stage) -> None:
    """Empty the target of an unfinished move's rests, or of Yuntian's tables with
    ``replace``; refuse a target holding anything else."""
    note = marker_note(target)
    if note is not None:
        result.redone = note
        say(f"An earlier move into {result.target} did not finish ({note}): doing it again.")
        drop_our_tables(target)
        return
    if not tables_of(target):
        return
    contents = contents_of(target).text()
    if not replace:
        raise MoveRefused(
            f"{result.target} is not empty: it holds {contents}. Nothing was copied; "
            "--replace drops Yuntian's tables there and copies again"
        )
    result.replaced = contents
    dropped = drop_our_tables(target)
    say(f"Replacing what {result.target} held: dropped {len(dropped)} of Yuntian's tables.")


def _fill(
    target: pw.Database,
    source: pw.Database,
    result: MoveResult,
    progress: Progress | None,
    stage: Stage | None,
    cancelled: Callable[[], bool] | None,
    batch: int,
) -> None:
    marks: list[tuple[str, float]] = []

    def step(name: str) -> None:
        now = time.perf_counter()
        if marks:
            result.stage_seconds[marks[-1][0]] = now - marks[-1][1]
        marks.append((name, now))
        if stage is not None and name:
            stage(name)

    step("schema")
    migrations.upgrade(target)
    tables = fk_order(target, _tables_to_copy(source, target))
    models = model_columns()
    triggers = Triggers(target, tables)
    indexes = SecondaryIndexes(target, tables)
    with target.atomic():
        triggers.suspend()
        for table in reversed(tables):  # what the migrations seeded: the source's rows instead
            target.execute_sql(f"DELETE FROM {q(target, table)}")
        indexes.drop()
    step("copy")
    sums: dict[str, Checksum] = {}
    for table in tables:
        columns = table_columns(target, table, models)
        _check_same_columns(source, table, columns)
        sums[table] = _copy_table(source, target, table, columns, progress, cancelled, batch)
    step("index")
    with target.atomic():
        indexes.build()
        triggers.restore()
        search_index.index_stored_docs(target)
        reset_sequences(target, tables)
    analyze(target, tables)
    step("verify")
    for table in tables:
        theirs = _checksum(target, table, sums[table].columns, batch)
        mine = sums[table]
        result.checks.append(TableCheck(table, mine.rows, theirs.rows, mine.hex, theirs.hex))
    step("")
    if result.ok:
        remove_marker(target)


def _tables_to_copy(source: pw.Database, target: pw.Database) -> list[str]:
    """Yuntian's tables, but for what the migrations own (schema_version) and the engine's
    own part of the search index (FTS5 on SQLite, a term table on the servers)."""

    def copied(db: pw.Database) -> set[str]:
        return {t for t in tables_of(db) if is_ours(t) and not _engine_specific(t) and t != MARKER}

    mine, theirs = copied(source), copied(target)
    if mine != theirs:
        raise MoveRefused(
            "the two databases' tables differ at the same schema version"
            f" (only in the source: {sorted(mine - theirs)}; only in the target:"
            f" {sorted(theirs - mine)})"
        )
    return sorted(mine - {"schema_version"} - LIVE_TABLES)


def _engine_specific(table: str) -> bool:
    return table == search_index.TERM_TABLE or (
        table.startswith(search_index.FTS_TABLE) or table == "customer_search_vocab"
    )


def _check_same_columns(source: pw.Database, table: str, columns: Sequence[Column]) -> None:
    mine = {c.name for c in source.get_columns(table)}
    theirs = {c.name for c in columns}
    if mine != theirs:
        raise MoveRefused(
            f"table {table} has other columns in the source ({sorted(mine - theirs)}) than in"
            f" the target ({sorted(theirs - mine)})"
        )


def _copy_table(
    source: pw.Database,
    target: pw.Database,
    table: str,
    columns: Sequence[Column],
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    batch: int,
) -> Checksum:
    """Copy one table in batches; the checksum of the rows read, as the source holds them."""
    total = source.execute_sql(f"SELECT COUNT(*) FROM {q(source, table)}").fetchone()[0]
    checksum = Checksum(columns)
    insert = _Inserter(target, table, [c.name for c in columns])
    convert = converter(source, target, columns)
    pause = float(os.environ.get(PAUSE_ENV) or 0)
    if progress is not None:
        progress(table, 0, total)
    for rows in _batches(source, table, columns, batch):
        checksum.add(rows)
        with target.atomic():
            insert([convert(row) for row in rows])
        if progress is not None:
            progress(table, checksum.rows, total)
        if cancelled is not None and cancelled():
            raise MoveCancelled(f"cancelled while copying {table}")
        if pause:
            time.sleep(pause)
    return checksum


def _checksum(
    db: pw.Database,
    table: str,
    columns: Sequence[Column],
    batch: int,
) -> Checksum:
    checksum = Checksum(columns)
    for rows in _batches(db, table, columns, batch * 5):
        checksum.add(rows)
    return checksum


def _batches(
    db: pw.Database, table: str, columns: Sequence[Column], batch: int
) -> Iterator[list[tuple]]:
    """The table's rows in primary-key order, ``batch`` at a time (each read starts after
    the last key read: no OFFSET to count through)."""
    names = [c.name for c in columns]
    keys = db.get_primary_keys(table) or names
    at = [names.index(k) for k in keys]
    select = f"SELECT {', '.join(q(db, n) for n in names)} FROM {q(db, table)}"
    order = f" ORDER BY {', '.join(q(db, k) for k in keys)} LIMIT {int(batch)}"
    after = _after(db, keys)
    last: tuple | None = None
    while True:
        if last is None:
            rows = db.execute_sql(select + order).fetchall()
        else:
            rows = db.execute_sql(f"{select} WHERE {after}{order}", last).fetchall()
        if not rows:
            return
        yield [tuple(r) for r in rows]
        if len(rows) < batch:
            return
        last = _params(db, keys, [rows[-1][i] for i in at])


def _after(db: pw.Database, keys: Sequence[str]) -> str:
    """The condition "key after the last one read": a row value on SQLite and PostgreSQL,
    spelled out on MySQL (whose optimizer does not read a range from a row value)."""
    p = db.param
    if len(keys) == 1 or not isinstance(db, pw.MySQLDatabase):
        names = ", ".join(q(db, k) for k in keys)
        marks = ", ".join([p] * len(keys))
        return f"({names}) > ({marks})" if len(keys) > 1 else f"{names} > {p}"
    terms = []
    for i, key in enumerate(keys):
        equal = [f"{q(db, k)} = {p}" for k in keys[:i]]
        terms.append("(" + " AND ".join([*equal, f"{q(db, key)} > {p}"]) + ")")
    return " OR ".join(terms)


def _params(db: pw.Database, keys: Sequence[str], values: list) -> tuple:
    if len(keys) == 1 or not isinstance(db, pw.MySQLDatabase):
        return tuple(values)
    return tuple(v for i in range(len(keys)) for v in values[: i + 1])


class _Inserter:
    """The driver's fast path for one table: sqlite3 executemany, PostgreSQL COPY, PyMySQL's
    executemany (folded into multi-row INSERTs)."""

    def __init__(self, db: pw.Database, table: str, names: Sequence[str]) -> None:
        self.db = db
        columns = ", ".join(q(db, n) for n in names)
        if isinstance(db, pw.PostgresqlDatabase):
            self.sql = f"COPY {q(db, table)} ({columns}) FROM STDIN"
        else:
            marks = ", ".join([db.param] * len(names))
            self.sql = f"INSERT INTO {q(db, table)} ({columns}) VALUES ({marks})"

    def __call__(self, rows: list[tuple]) -> None:
        if isinstance(self.db, pw.SqliteDatabase):
            self.db.connection().executemany(self.sql, rows)
            return
        cursor = self.db.cursor()
        try:
            if isinstance(self.db, pw.PostgresqlDatabase):
                with cursor.copy(self.sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.executemany(self.sql, rows)
        finally:
            cursor.close()


@contextmanager
def _snapshot(db: pw.Database) -> Iterator[None]:
    """One read-only transaction on the source: every table read as of one moment."""
    if isinstance(db, pw.SqliteDatabase):
        with reading(db):
            yield
        return
    if isinstance(db, pw.MySQLDatabase):
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        with db.atomic():
            yield
        return
    with db.atomic():
        db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _connect(url: str) -> pw.Database:
    info = describe_url(url)
    try:
        if info.engine == "sqlite" and info.display != ":memory:":
            path = Path(info.display)
            private_dir(path.parent, tighten=False)
            private_file(path)
        db = make_database(url)
        db.connect()
    except OSError as exc:
        raise DatabaseUrlError(f"{info.display}: cannot be created ({exc.strerror})") from None
    except pw.OperationalError as exc:
        raise DatabaseUrlError(f"cannot connect to {info.display}: {exc}") from None
    if isinstance(db, pw.PostgresqlDatabase):
        # Commits need not wait for the disk: a crash loses at most the last batches, and
        # the marker makes the next move redo the whole copy anyway.
        db.execute_sql("SET synchronous_commit = off")
    return db


def _clean_up(target: pw.Database) -> None:
    """After a cancel or a failure: drop what the move made (the marker last, with the rest);
    if that fails too (the server is gone), the marker tells the next move."""
    try:
        if target.in_transaction():
            target.rollback()
        drop_our_tables(target)
    except Exception:  # the first failure is the one to report
        pass


def _same_database(a: str, b: str) -> bool:
    one, two = describe_url(a), describe_url(b)
    if one.engine != two.engine:
        return False
    if one.engine == "sqlite":
        return Path(one.display).resolve() == Path(two.display).resolve()
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.hostname, pa.port, pa.path) == (pb.hostname, pb.port, pb.path)
