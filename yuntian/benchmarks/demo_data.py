"""Benchmark "demo": how fast `yuntian demo` fills a SQLite profile with customers.

Baseline, in the same run: plain sqlite3 executemany of the same number of rows into the same
tables, with trivial values, under the same loading conditions (one transaction, relaxed
durability, indexes built at the end). The ratio is thus the price of making realistic rows
(names, numbers, addresses) over merely storing that many.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.config import Config, Profile
from yuntian.db.models import Customer, CustomerAddress, CustomerContact, CustomerPhone
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.bulk import FAST_SQLITE_PRAGMAS
from yuntian.demo.context import BASE_TIME
from yuntian.demo.customers import (
    ADDRESS_COLUMNS,
    CHUNK,
    CONTACT_COLUMNS,
    CUSTOMER_COLUMNS,
    PHONE_COLUMNS,
)

CUSTOMERS = 100_000
RATE_GOAL = ">= 20000"  # a million customers in under a minute
SECONDS_GOAL = "<= 5.0"


def run(ctx: BenchContext) -> list[Figure]:
    scratch = ctx.cache_dir / "scratch-demo"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        ctx.log(f"bench: demo: generating {CUSTOMERS} customers")
        result = create_demo_profile(
            scratch / "demo", DemoOptions(customers=CUSTOMERS, today=BASE_TIME.date())
        )
        demo_seconds = result.step_seconds["customers"] + result.step_seconds["commit"]
        ctx.log("bench: demo: baseline, plain executemany of as many rows")
        raw_seconds = raw_insert_seconds(scratch / "raw", result.rows)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        Figure(
            "demo.customers_per_s",
            CUSTOMERS / demo_seconds,
            "customers/s",
            RATE_GOAL,
            CUSTOMERS / raw_seconds,
        ),
        Figure("demo.seconds_100k", demo_seconds, "s", SECONDS_GOAL, raw_seconds),
    ]


def raw_insert_seconds(root: Path, rows: dict[str, int]) -> float:
    """Seconds to insert ``rows`` (table -> count) of trivial values into a fresh profile."""
    profile = Profile(root, Config())
    profile.save()
    open_profile_database(profile).close()  # the same migrated schema, then raw sqlite3 on it
    customers = rows.get(Customer._meta.table_name, 0)
    owner = max(customers, 1)
    tables = (
        (Customer, CUSTOMER_COLUMNS, _customer_row),
        (CustomerPhone, PHONE_COLUMNS, _phone_row),
        (CustomerAddress, ADDRESS_COLUMNS, _address_row),
        (CustomerContact, CONTACT_COLUMNS, _contact_row),
    )
    names = [model._meta.table_name for model, _, _ in tables]
    conn = sqlite3.connect(profile.sqlite_path, isolation_level=None)
    try:
        for key, value in FAST_SQLITE_PRAGMAS.items():
            conn.execute(f"PRAGMA {key} = {value}")
        started = time.perf_counter()
        conn.execute("BEGIN")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({', '.join('?' * len(names))})",
            names,
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for model, columns, make_row in tables:
            table = model._meta.table_name
            marks = ", ".join("?" * len(columns))
            sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
            count = rows.get(table, 0)
            for start in range(0, count, CHUNK):
                stop = min(start + CHUNK, count)
                conn.executemany(sql, [make_row(i, owner) for i in range(start, stop)])
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


# Trivial rows; ``owner`` (the customer count) spreads the child rows over the customers.
def _customer_row(i: int, owner: int) -> tuple:
    return (i + 1, f"KH{i + 1:06d}", "张伟", 1, None, "", "", False, "", "", False, None,
            "2025-01-01 09:00:00")  # fmt: skip


def _phone_row(i: int, owner: int) -> tuple:
    return (1 + i % owner, "mobile", f"138{i:08d}", f"+86138{i:08d}", 0)


def _address_row(i: int, owner: int) -> tuple:
    return (1 + i % owner, "北京市", "北京市", "海淀区", "中关村大街1号", 0)


def _contact_row(i: int, owner: int) -> tuple:
    return (1 + i % owner, "张伟", "经理", "13800138000", 0)


BENCHMARK = Benchmark(
    "demo",
    f"demo data generation, {CUSTOMERS} customers, vs plain executemany of as many rows",
    run,
)
