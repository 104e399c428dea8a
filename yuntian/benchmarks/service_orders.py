"""Benchmark "service_orders": the order list and service statistics at 1,000,000 orders.

The order list (售后服务单) opens on the first page of a state tab:
``service_orders.page(ServiceOrderFilter(state=...), limit=200)`` (the list's page size), timed
p50 and p95 over repeated runs for each state, and once cold on a fresh connection; the same for
the overdue list and one technician's orders. The baseline of each is the same page read by
one plain sqlite3 query (the orders joined with customer, purchase and model). The counts
beside the state tabs (``counts_by_state``) are timed against a plain GROUP BY.

Service statistics (售后服务统计): ``service_stats.summarize`` over the last full calendar year
of the data set, for each grouping, against one plain COUNT and SUM of the fees over that year.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Callable

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.benchmarks.lookup import median_ms, paired
from yuntian.benchmarks.sales import CUSTOMERS
from yuntian.config import Profile
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.demo.context import BASE_TIME
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.service_orders.service_order_types import (
    OPEN_STATES,
    OrderState,
    ServiceOrderFilter,
)
from yuntian.services.statistics.service_stats import ServiceGrouping

PAGE = 200  # ui.service_order_list_model.PAGE_SIZE (this package loads no Qt)
PAGE_RUNS = 20
COUNT_RUNS = 5
STATS_RUNS = 5
PAGE_GOAL = "<= 100"
STATS_GOAL = "<= 500"

_PAGE = (
    "SELECT o.*, c.code, c.name, s.code, s.serial_number, s.warranty_end, m.brand, m.model"
    " FROM service_order o JOIN customer c ON c.id = o.customer_id"
    " LEFT JOIN sale s ON s.id = o.sale_id LEFT JOIN product_model m ON m.id = s.product_model_id"
    " WHERE {where} ORDER BY o.taken_at DESC, o.id DESC LIMIT ?"
)
RAW_STATE_PAGE = _PAGE.format(where="o.state = ?")
RAW_OVERDUE_PAGE = _PAGE.format(where="o.state IN (?, ?) AND o.appointment_at < ?")
# The plain query that reads the fewest rows for a busy technician: walk the list's order
# and check each order's technicians (an IN list would sort all of the technician's orders).
RAW_TECHNICIAN_PAGE = _PAGE.format(
    where="EXISTS (SELECT 1 FROM service_order_technician t"
    " WHERE t.order_id = o.id AND t.user_id = ?)"
)
RAW_COUNTS = "SELECT state, COUNT(*) FROM service_order GROUP BY state"
# The due-maintenance page's first page (ids only), by the next_maintenance index.
RAW_DUE_PAGE = (
    "SELECT id FROM sale WHERE next_maintenance IS NOT NULL AND next_maintenance <= ? "
    "AND voided != 1 ORDER BY next_maintenance, id LIMIT ?"
)
RAW_DUE_COUNT = (
    "SELECT COUNT(*) FROM sale s WHERE next_maintenance IS NOT NULL AND next_maintenance <= ? "
    "AND voided != 1 AND NOT EXISTS (SELECT 1 FROM service_order o "
    "WHERE o.sale_id = s.id AND o.maintenance_due = s.next_maintenance)"
)
RAW_YEAR_SUMS = (
    "SELECT COUNT(*), SUM(fee_parts), SUM(fee_service), SUM(fee_transport) FROM service_order"
    " WHERE taken_at >= ? AND taken_at < ?"
)


def run(ctx: BenchContext) -> list[Figure]:
    return measure(ctx.datasets.demo_profile(CUSTOMERS), ctx.log)


def measure(profile: Profile, log: Callable[[str], None]) -> list[Figure]:
    raw = sqlite3.connect(profile.sqlite_path)
    db = open_profile_database(profile, migrate=False)
    try:
        now = BASE_TIME  # the data set's present: its open orders are open then
        services = build_services(db, profile, lambda: now)
        user = User.get_or_none(User.username == "manager") or User.select().first()
        actor = load_actor(user)
        (orders,) = raw.execute("SELECT COUNT(*) FROM service_order").fetchone()
        log(f"bench: service_orders: list and statistics over {orders} orders")
        lists = services.service_orders

        def page(flt: ServiceOrderFilter) -> Callable[[str], int]:
            return lambda _: len(lists.page(actor, flt, limit=PAGE))

        def plain(sql: str, *args: object) -> Callable[[str], int]:
            return lambda _: len(raw.execute(sql, (*args, PAGE)).fetchall())

        pending = ServiceOrderFilter(state=OrderState.PENDING)
        figures = [_cold("service_orders.pending_page_cold", profile, now, pending)]
        for state in OrderState:
            figures += paired(
                f"service_orders.{state.value}_page",
                PAGE_RUNS,
                page(ServiceOrderFilter(state=state)),
                plain(RAW_STATE_PAGE, state.value),
                PAGE_GOAL,
            )
        open_states = [s.value for s in OPEN_STATES]
        figures += paired(
            "service_orders.overdue_page",
            PAGE_RUNS,
            page(ServiceOrderFilter(overdue=True)),
            plain(RAW_OVERDUE_PAGE, *open_states, str(now)),
            PAGE_GOAL,
        )
        tech = User.get_or_none(User.username == "tech")
        if tech is not None:
            figures += paired(
                "service_orders.technician_page",
                PAGE_RUNS,
                page(ServiceOrderFilter(technician_id=tech.id)),
                plain(RAW_TECHNICIAN_PAGE, tech.id),
                PAGE_GOAL,
            )
        ours = median_ms(COUNT_RUNS, lambda: lists.counts_by_state(actor, ServiceOrderFilter()))
        theirs = median_ms(COUNT_RUNS, lambda: raw.execute(RAW_COUNTS).fetchall())
        figures.append(Figure("service_orders.counts_by_state", ours, "ms", None, theirs))
        due_by = str(now.date() + dt.timedelta(days=7))  # the default reminder lead
        figures += paired(
            "maintenance.due_page",
            PAGE_RUNS,
            lambda _: len(services.maintenance.due(actor, limit=PAGE)),
            plain(RAW_DUE_PAGE, due_by),
            PAGE_GOAL,
        )
        ours = median_ms(COUNT_RUNS, lambda: services.maintenance.count_unordered(actor))
        theirs = median_ms(COUNT_RUNS, lambda: raw.execute(RAW_DUE_COUNT, (due_by,)).fetchall())
        figures.append(Figure("maintenance.count_unordered", ours, "ms", None, theirs))
        figures += _stats(services, actor, raw, log)
    finally:
        db.close()
        raw.close()
    return figures


def _stats(services, actor, raw: sqlite3.Connection, log: Callable[[str], None]) -> list[Figure]:
    (latest,) = raw.execute("SELECT MAX(taken_at) FROM service_order").fetchone()
    year = dt.date.fromisoformat(latest[:10]).year - 1
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    period = (first.isoformat(), dt.date(year + 1, 1, 1).isoformat())
    (count,) = raw.execute(RAW_YEAR_SUMS, period).fetchone()[:1]
    log(f"bench: service_orders: statistics of {year}, {count} orders")
    baseline = median_ms(STATS_RUNS, lambda: raw.execute(RAW_YEAR_SUMS, period).fetchall())
    figures = []
    for grouping in ServiceGrouping:
        ours = median_ms(
            STATS_RUNS,
            lambda g=grouping: services.service_stats.summarize(actor, first, last, g),
        )
        figures.append(
            Figure(f"service_stats.year_{grouping.value}", ours, "ms", STATS_GOAL, baseline)
        )
    return figures


def _cold(name: str, profile: Profile, now: dt.datetime, flt: ServiceOrderFilter) -> Figure:
    """The first call on a fresh connection, against the plain query's first on its own (the
    file itself is in the operating system's cache)."""
    db = open_profile_database(profile, migrate=False)
    try:
        services = build_services(db, profile, lambda: now)
        actor = load_actor(User.select().first())
        started = time.perf_counter()
        services.service_orders.page(actor, flt, limit=PAGE)
        ours = (time.perf_counter() - started) * 1000
    finally:
        db.close()
    raw = sqlite3.connect(profile.sqlite_path)
    try:
        started = time.perf_counter()
        assert flt.state is not None
        raw.execute(RAW_STATE_PAGE, (flt.state.value, PAGE)).fetchall()
        theirs = (time.perf_counter() - started) * 1000
    finally:
        raw.close()
    return Figure(name, ours, "ms", PAGE_GOAL, theirs)


BENCHMARK = Benchmark(
    "service_orders",
    f"service orders at {CUSTOMERS} customers / orders: the list's first page per state, "
    "overdue and per technician (p50, p95, cold), the state counts, and service statistics "
    "of a year per grouping, vs plain sqlite3",
    run,
)
