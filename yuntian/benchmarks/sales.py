"""Benchmark "sales": receivables and purchase statistics at 1,000,000 customers and sales.

The receivables list (购机与回款) opens on the first page of the sales still owing:
``sales.page(SaleFilter(outstanding=True), limit=200)`` (the list's page size), timed p50 and
p95 over repeated runs and once cold, on a fresh connection; the same for the whole list. The
baseline of each is the same page read by one plain sqlite3 query. The page shows its totals
(``sales.totals``) when they arrive, so they are timed apart, against a plain SUM over the
same rows.

Purchase statistics (购机统计): ``sale_stats.summarize`` over the last full calendar year of
the data set, for each grouping, against one plain ``SUM(receivable)`` over that year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.benchmarks.lookup import median_ms, paired
from yuntian.config import Profile
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.services.statistics.sale_stats import SaleGrouping

CUSTOMERS = 1_000_000
PAGE = 200  # ui.sale_list_model.PAGE_SIZE (this package loads no Qt)
PAGE_RUNS = 30
TOTALS_RUNS = 5
STATS_RUNS = 5
PAGE_GOAL = "<= 100"
STATS_GOAL = "<= 500"

RAW_PAGE = (
    "SELECT s.*, (SELECT COALESCE(SUM(amount), 0) FROM payment p WHERE p.sale_id = s.id)"
    " FROM sale s WHERE s.voided = 0 ORDER BY s.sale_date DESC, s.id DESC LIMIT ?"
)
RAW_OWING_PAGE = (
    "SELECT * FROM (SELECT s.*, (SELECT COALESCE(SUM(amount), 0) FROM payment p"
    " WHERE p.sale_id = s.id) AS paid FROM sale s WHERE s.voided = 0"
    " ORDER BY s.sale_date DESC, s.id DESC) WHERE receivable > paid LIMIT ?"
)
RAW_OWING_TOTALS = (
    "SELECT COUNT(*), SUM(receivable), SUM(paid) FROM (SELECT s.receivable, (SELECT"
    " COALESCE(SUM(amount), 0) FROM payment p WHERE p.sale_id = s.id) AS paid FROM sale s"
    " WHERE s.voided = 0) WHERE receivable > paid"
)
RAW_ALL_TOTALS = (
    "SELECT COUNT(*), SUM(quantity), SUM(receivable), (SELECT SUM(amount) FROM payment p"
    " JOIN sale s ON s.id = p.sale_id WHERE s.voided = 0) FROM sale WHERE voided = 0"
)
RAW_YEAR_SUM = "SELECT SUM(receivable) FROM sale WHERE voided = 0 AND sale_date BETWEEN ? AND ?"


def run(ctx: BenchContext) -> list[Figure]:
    return measure(ctx.datasets.demo_profile(CUSTOMERS), ctx.log)


def measure(profile: Profile, log: Callable[[str], None]) -> list[Figure]:
    raw = sqlite3.connect(profile.sqlite_path)
    db = open_profile_database(profile, migrate=False)
    try:
        services = build_services(db, profile)
        user = User.get_or_none(User.username == "manager") or User.select().first()
        actor = load_actor(user)
        (sales,) = raw.execute("SELECT COUNT(*) FROM sale").fetchone()
        log(f"bench: sales: receivables and statistics over {sales} sales")
        owing = SaleFilter(outstanding=True)

        def page(flt: SaleFilter) -> Callable[[str], int]:
            return lambda _: len(services.sales.page(actor, flt, limit=PAGE))

        def plain(sql: str, *args: object) -> Callable[[str], int]:
            return lambda _: len(raw.execute(sql, args).fetchall())

        figures = [
            _cold("sales.owing_page_cold", profile, owing, RAW_OWING_PAGE),
            *paired(
                "sales.owing_page", PAGE_RUNS, page(owing), plain(RAW_OWING_PAGE, PAGE), PAGE_GOAL
            ),
            *paired(
                "sales.first_page", PAGE_RUNS, page(SaleFilter()), plain(RAW_PAGE, PAGE), PAGE_GOAL
            ),
        ]
        for name, flt, sql in (
            ("sales.owing_totals", owing, RAW_OWING_TOTALS),
            ("sales.all_totals", SaleFilter(), RAW_ALL_TOTALS),
        ):
            ours = median_ms(TOTALS_RUNS, lambda f=flt: services.sales.totals(actor, f))
            theirs = median_ms(TOTALS_RUNS, lambda s=sql: raw.execute(s).fetchall())
            figures.append(Figure(name, ours, "ms", None, theirs))
        figures += _stats(services, actor, raw, log)
    finally:
        db.close()
        raw.close()
    return figures


def _stats(services, actor, raw: sqlite3.Connection, log: Callable[[str], None]) -> list[Figure]:
    (latest,) = raw.execute("SELECT MAX(sale_date) FROM sale").fetchone()
    year = dt.date.fromisoformat(latest).year - 1
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    (count,) = raw.execute(
        "SELECT COUNT(*) FROM sale WHERE sale_date BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    ).fetchone()
    log(f"bench: sales: statistics of {year}, {count} sales")
    period = (first.isoformat(), last.isoformat())
    baseline = median_ms(STATS_RUNS, lambda: raw.execute(RAW_YEAR_SUM, period).fetchall())
    figures = []
    for grouping in SaleGrouping:
        ours = median_ms(
            STATS_RUNS, lambda g=grouping: services.sale_stats.summarize(actor, first, last, g)
        )
        figures.append(
            Figure(f"sale_stats.year_{grouping.value}", ours, "ms", STATS_GOAL, baseline)
        )
    return figures


def _cold(name: str, profile: Profile, flt: SaleFilter, raw_sql: str) -> Figure:
    """The first call on a fresh connection, against the plain query's first on its own (the
    file itself is in the operating system's cache)."""
    db = open_profile_database(profile, migrate=False)
    try:
        services = build_services(db, profile)
        actor = load_actor(User.select().first())
        started = time.perf_counter()
        services.sales.page(actor, flt, limit=PAGE)
        ours = (time.perf_counter() - started) * 1000
    finally:
        db.close()
    raw = sqlite3.connect(profile.sqlite_path)
    try:
        started = time.perf_counter()
        raw.execute(raw_sql, (PAGE,)).fetchall()
        theirs = (time.perf_counter() - started) * 1000
    finally:
        raw.close()
    return Figure(name, ours, "ms", PAGE_GOAL, theirs)


BENCHMARK = Benchmark(
    "sales",
    f"receivables at {CUSTOMERS} customers / sales: the owing list's first page (p50, p95, "
    "cold) and totals, purchase statistics of a year per grouping, vs plain sqlite3",
    run,
)
