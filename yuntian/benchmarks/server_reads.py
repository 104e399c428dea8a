"""Benchmark "server_reads": the search box and the customer list on PostgreSQL beside SQLite.

The same demo data set (``--customers``, default 1,000,000; same size and seed, so the same
customers) on the local PostgreSQL server (pg_datasets.py) and in an SQLite file. For each kind
of text of the "search" benchmark, the same texts are searched on both (first page of 50 hits
with their list rows), PostgreSQL first, then SQLite: p50 and p95 of the wall clock, the goal
being p95 <= 50 ms on PostgreSQL. Then the customer list page is opened on each in the probe
process of the "customer_list" benchmark (first picture; goal <= 300 ms on PostgreSQL), without
the scroll. The baseline of every figure is the same measure on SQLite.
"""

from __future__ import annotations

import random
import sqlite3

from yuntian.benchmarks import customer_list, search
from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.benchmarks.lookup import Timings, percentile
from yuntian.benchmarks.pg_datasets import pg_demo_profile, warm
from yuntian.config import Profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_search import CustomerSearchService

CUSTOMERS = 1_000_000
# What the search box and the list's first page read, read into the file cache first.
SEARCH_TABLES = (
    "customer", "customer_phone", "customer_address", "customer_group", "user",
    "customer_search", "customer_search_term",
)  # fmt: skip


def run(ctx: BenchContext) -> list[Figure]:
    customers = ctx.customers or CUSTOMERS
    pg = pg_demo_profile(ctx.cache_dir, customers, log=ctx.log)
    lite = ctx.datasets.demo_profile(customers)
    warm(pg, SEARCH_TABLES, ctx.log)
    rng = random.Random(search.SEED)
    with sqlite3.connect(lite.sqlite_path) as conn:
        texts = {
            kind: search.draw_texts(conn, rng, draw, search.SAMPLES)
            for kind, draw in search.KINDS.items()
        }
        warmup = search.draw_texts(conn, rng, search.KINDS["name_3char"], search.WARMUP)
    timings = {name: _search_times(p, texts, warmup) for name, p in (("pg", pg), ("lite", lite))}
    figures: list[Figure] = []
    for kind in texts:
        on_pg, on_lite = timings["pg"][kind], timings["lite"][kind]
        figures += [
            Figure(f"server_reads.search.{kind}.p50", percentile(on_pg.wall, 50), "ms", None,
                   percentile(on_lite.wall, 50)),
            Figure(f"server_reads.search.{kind}.p95", percentile(on_pg.wall, 95), "ms",
                   search.GOAL, percentile(on_lite.wall, 95)),
        ]  # fmt: skip
    ctx.log(f"bench: server_reads: opening the customer list at {customers} customers")
    opened = {name: customer_list.probe(str(p.root), scroll=False) for name, p in (("pg", pg), ("lite", lite))}  # fmt: skip
    figures.append(
        Figure(
            "server_reads.list_open",
            float(opened["pg"]["open_ms"]),
            "ms",
            customer_list.OPEN_GOAL,
            float(opened["lite"]["open_ms"]),
        )
    )
    return figures


def _search_times(
    profile: Profile, texts: dict[str, list[str]], warmup: list[str]
) -> dict[str, Timings]:
    db = open_profile_database(profile, migrate=False)
    try:
        service = CustomerSearchService(db)
        actor = Actor(0, "bench", "bench")  # searching needs no permission

        def one(text: str) -> int:
            return len(service.search(actor, text).hits)

        for text in warmup:
            one(text)
        found: dict[str, Timings] = {}
        for kind, samples in texts.items():
            found[kind] = Timings()
            for text in samples:
                found[kind].time(one, text)
        return found
    finally:
        db.close()


BENCHMARK = Benchmark(
    "server_reads",
    "search per kind of text and the customer list's opening on PostgreSQL vs SQLite",
    run,
)
