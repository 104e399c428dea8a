"""Demo data sets on the local PostgreSQL server, built once and kept (like datasets.py's SQLite
ones): a profile folder in the cache whose config.toml points at a database named after the
size, seed, schema and generator version, and a marker file written when the build finished.
The server is $YUNTIAN_BENCH_PG, else postgresql://postgres@127.0.0.1:5432/postgres."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from yuntian.benchmarks.datasets import DATASET_TODAY, MARKER
from yuntian.config import Config, Profile, load_profile
from yuntian.db import migrations
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.generator import DATA_VERSION

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    return os.environ.get("YUNTIAN_BENCH_PG", ADMIN_URL)


def pg_demo_profile(
    cache_root: Path, customers: int, seed: int = 1, log: Callable[[str], None] = print
) -> Profile:
    import psycopg

    name = f"yt_bench_{customers}_s{seed}_schema{migrations.LATEST}_data{DATA_VERSION}"
    folder = Path(cache_root) / f"pg-{name}"
    server = admin_url().rsplit("/", 1)[0]
    with psycopg.connect(admin_url(), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and (folder / MARKER).exists():
            return load_profile(folder, create=False)
        log(f"bench: building PostgreSQL data set {name} (once; kept on the server)")
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
    if folder.exists():
        shutil.rmtree(folder)
    Profile(folder, Config(database_url=f"{server}/{name}")).save()
    started = time.perf_counter()
    create_demo_profile(folder, DemoOptions(customers=customers, seed=seed, today=DATASET_TODAY))
    seconds = time.perf_counter() - started
    log(f"bench: built {name} in {seconds:.0f} s")
    (folder / MARKER).write_text(
        json.dumps({"customers": customers, "seed": seed, "build_seconds": round(seconds, 1)}),
        encoding="utf-8",
    )
    with psycopg.connect(f"{server}/{name}", autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return load_profile(folder, create=False)


def warm(profile: Profile, tables: tuple[str, ...], log: Callable[[str], None] = print) -> None:
    """Read ``tables`` and their indexes into the operating system's file cache (pg_prewarm,
    'read' mode), as the SQLite sets are read before use: the figures are those of a server
    that has been at work for a while, not of one just started (first reads come from disk)."""
    import psycopg

    started = time.perf_counter()
    with psycopg.connect(profile.database_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
        relations = conn.execute(
            "SELECT c.oid FROM pg_class c WHERE c.relname = ANY(%s) OR c.oid IN"
            " (SELECT indexrelid FROM pg_index WHERE indrelid IN"
            "  (SELECT oid FROM pg_class WHERE relname = ANY(%s) AND relkind = 'r'))",
            (list(tables), list(tables)),
        ).fetchall()
        for (oid,) in relations:
            conn.execute("SELECT pg_prewarm(%s, 'read')", (oid,))
    log(f"bench: read {len(relations)} tables and indexes into the file cache in "
        f"{time.perf_counter() - started:.1f} s")  # fmt: skip
