"""Numbered schema steps. Each runs in one transaction together with its schema_version row.

MySQL commits DDL implicitly, so there a transaction cannot undo a step: instead the tables a
failed step created are dropped again, so that the step can simply run again. Changes a failed
step made to tables that existed before are not undone on MySQL; the version row is still only
written when the whole step succeeded.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import peewee as pw

from yuntian.db import identity
from yuntian.db.migrations import (
    m001_core,
    m002_customers,
    m003_customer_records,
    m004_customer_search,
    m005_customer_list_indexes,
    m006_calls_messages,
    m007_sales,
    m008_service_orders,
    m009_fragment_and_fee_indexes,
    m010_service_work,
    m011_audit_trail_in_database,
    m012_record_versions,
    m013_stations,
    m014_call_stations,
    m015_parts,
)
from yuntian.db.models import now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    version: int
    name: str
    apply: Callable[[pw.Database], None]


STEPS: tuple[Step, ...] = (
    Step(1, m001_core.NAME, m001_core.apply),
    Step(2, m002_customers.NAME, m002_customers.apply),
    Step(3, m003_customer_records.NAME, m003_customer_records.apply),
    Step(4, m004_customer_search.NAME, m004_customer_search.apply),
    Step(5, m005_customer_list_indexes.NAME, m005_customer_list_indexes.apply),
    Step(6, m006_calls_messages.NAME, m006_calls_messages.apply),
    Step(7, m007_sales.NAME, m007_sales.apply),
    Step(8, m008_service_orders.NAME, m008_service_orders.apply),
    Step(9, m009_fragment_and_fee_indexes.NAME, m009_fragment_and_fee_indexes.apply),
    Step(10, m010_service_work.NAME, m010_service_work.apply),
    Step(11, m011_audit_trail_in_database.NAME, m011_audit_trail_in_database.apply),
    Step(12, m012_record_versions.NAME, m012_record_versions.apply),
    Step(13, m013_stations.NAME, m013_stations.apply),
    Step(14, m014_call_stations.NAME, m014_call_stations.apply),
    Step(15, m015_parts.NAME, m015_parts.apply),
)
LATEST = STEPS[-1].version


class SchemaError(RuntimeError):
    """The schema cannot be used or brought up to date here; the message says what to do."""


class SchemaTooNewError(SchemaError):
    """The database was written by a newer Yuntian than this one."""


class SchemaLoginError(SchemaError):
    """A step is due but this login may not change the schema (the application role)."""


def current_version(db: pw.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def pending_steps(db: pw.Database, target: int = LATEST) -> list[Step]:
    version = current_version(db)
    if version > LATEST:
        raise SchemaTooNewError(
            f"database schema {version} is newer than this program knows ({LATEST}); "
            "update Yuntian on this PC"
        )
    return [s for s in STEPS if version < s.version <= target]


def upgrade(
    db: pw.Database,
    *,
    target: int = LATEST,
    before: Callable[[int, list[Step]], None] | None = None,
) -> list[Step]:
    """Apply the pending steps in order; ``before(current, steps)`` runs first (the backup).

    Several PCs started after an update may all try to migrate one server database at once:
    a server-side lock lets one do the work, and the others then find nothing pending.
    """
    with _schema_lock(db):
        steps = pending_steps(db, target)
        if steps and before is not None:
            before(current_version(db), steps)
        for step in steps:
            try:
                _apply_step(db, step)
            except pw.DatabaseError as exc:
                if not any(m in str(exc).lower() for m in ("denied", "must be owner")):
                    raise
                raise SchemaLoginError(
                    f"schema {step.version} is due, but this database login may not change the"
                    " schema: run 'yuntian db upgrade --database URL' with the owner's URL"
                    f" ({exc})".replace("\n", " ")
                ) from None
        identity.mark_as_ours(db)  # new, or made before the id was set
    return steps


@contextlib.contextmanager
def _schema_lock(db: pw.Database) -> Iterator[None]:
    """Serialise migrations across connections (SQLite: each step takes the write lock)."""
    if isinstance(db, pw.PostgresqlDatabase):
        db.execute_sql("SELECT pg_advisory_lock(%s)", (_LOCK_ID,))
        try:
            yield
        finally:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (_LOCK_ID,))
    elif isinstance(db, pw.MySQLDatabase):
        got = db.execute_sql("SELECT GET_LOCK(%s, 300)", (_LOCK_NAME,)).fetchone()[0]
        if got != 1:
            raise RuntimeError("another PC has been migrating this database for 5 minutes")
        try:
            yield
        finally:
            db.execute_sql("SELECT RELEASE_LOCK(%s)", (_LOCK_NAME,))
    else:
        yield


_LOCK_ID = 0x59554E5449414E  # "YUNTIAN"
_LOCK_NAME = "yuntian.schema"


def _transaction(db: pw.Database) -> contextlib.AbstractContextManager[object]:
    if isinstance(db, pw.SqliteDatabase):
        return db.atomic(lock_type="IMMEDIATE")  # take the write lock before re-reading
    return db.atomic()


def _apply_step(db: pw.Database, step: Step) -> None:
    tables_before = set(db.get_tables()) if isinstance(db, pw.MySQLDatabase) else None
    try:
        with _transaction(db):
            if current_version(db) >= step.version:  # another connection got here first
                return
            step.apply(db)
            p = db.param
            db.execute_sql(
                f"INSERT INTO schema_version (version, name, applied_at) VALUES ({p}, {p}, {p})",
                (step.version, step.name[:100], now()),
            )
    except BaseException:
        if tables_before is not None:
            _drop_tables_created_since(db, tables_before)
        raise


def _drop_tables_created_since(db: pw.Database, tables_before: set[str]) -> None:
    """MySQL: undo the tables a failed step created (its DDL was committed at once)."""
    try:
        created = [t for t in db.get_tables() if t not in tables_before]
        db.execute_sql("SET FOREIGN_KEY_CHECKS = 0")
        try:
            for table in created:
                db.execute_sql(f"DROP TABLE IF EXISTS `{table}`")
        finally:
            db.execute_sql("SET FOREIGN_KEY_CHECKS = 1")
    except Exception:  # the connection may be gone; the original error matters more
        log.exception("could not drop the tables of a failed schema step")
