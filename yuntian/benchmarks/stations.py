"""Benchmark "stations": a call on one PC popping up on ten others, on PostgreSQL.

A PostgreSQL demo data set (``--customers``, default 1,000,000; pg_datasets.py), one line-host
process storing calls on lines 1..8 and sending a CALL event for each, and ten station
processes subscribed to every line, each doing on every event what its pop-up reads (the caller
found by number, then what the card reads at once: the customer, the purchases with what is owed,
the open orders; the history tabs read when opened). Figures: per call and station, the time from the line host's
send to that station having the data; goals p50 <= 30 ms, p99 <= 100 ms. Baseline in the same
run: the same reads done on the line host itself, right after it sent the event. Also the time
to the event being heard (before the reads): what the link itself costs; and the caller lookup
on PostgreSQL over TCP beside SQLite (same customers, same run).
"""

from __future__ import annotations

import json
import math
import queue
import random
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

from yuntian.benchmarks import lookup, pg_datasets
from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure, median
from yuntian.benchmarks.pg_datasets import pg_demo_profile
from yuntian.config import Profile
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.services.admin.auth import load_actor
from yuntian.services.customers.customer_lookup import CustomerLookupService

CUSTOMERS = 1_000_000
CALLS = 600
STATIONS = 10
GAP_SECONDS = 0.1  # between calls on the eight lines: a very busy shop
UNKNOWN_SHARE = 0.1
SEED = 20_261_207
WARM = 30  # numbers each process looks up before the start
WAIT_SECONDS = 120.0
# What the pop-up reads (station_worker.popup_data), read into the file cache first.
POPUP_TABLES = (
    "customer", "customer_phone", "customer_address", "customer_contact", "customer_group",
    "purchase_intention", "memo", "user", "sale", "payment", "product_model", "sales_unit",
    "service_order", "service_order_technician",
)  # fmt: skip


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


class Worker:
    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "yuntian.benchmarks.station_worker", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(json.loads(line))

    def wait_ready(self) -> None:
        if not self.lines.get(timeout=WAIT_SECONDS).get("ready"):
            raise RuntimeError("a station process did not start")

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def drain(self) -> list[dict]:
        out = []
        while True:
            try:
                out.append(self.lines.get_nowait())
            except queue.Empty:
                return out

    def stop(self) -> None:
        try:
            self.go()
            self.process.wait(10)
        except Exception:
            self.process.kill()
            self.process.wait(10)


def draw_numbers(url: str, count: int) -> list[str]:
    import psycopg

    rng = random.Random(SEED)
    known = int(count * (1 - UNKNOWN_SHARE))
    with psycopg.connect(url) as conn:
        top = conn.execute("SELECT MAX(id) FROM customer_phone").fetchone()[0]
        numbers: list[str] = []
        while len(numbers) < known:
            ids = [rng.randint(1, top) for _ in range(known)]
            rows = conn.execute(
                "SELECT number FROM customer_phone WHERE id = ANY(%s)", (ids,)
            ).fetchall()
            numbers += [r[0] for r in rows]
    numbers = numbers[:known] + [
        f"+86139{rng.randint(0, 99_999_999):08d}" for _ in range(count - known)
    ]
    rng.shuffle(numbers)
    return numbers


def run(ctx: BenchContext) -> list[Figure]:
    customers = ctx.customers or CUSTOMERS
    profile = pg_demo_profile(ctx.cache_dir, customers, log=ctx.log)
    pg_datasets.warm(profile, POPUP_TABLES, ctx.log)
    numbers = draw_numbers(profile.database_url, CALLS + WARM)
    warm, numbers = ",".join(numbers[:WARM]), numbers[WARM:]
    numbers_file = ctx.cache_dir / "stations-numbers.txt"
    numbers_file.write_text("\n".join(numbers), encoding="utf-8")
    root = str(profile.root)
    ctx.log(f"bench: stations: {STATIONS} stations, {CALLS} calls on 8 lines at {customers}")
    stations = [
        Worker("station", root, f"bench-{i}-{uuid.uuid4().hex[:6]}", warm) for i in range(STATIONS)
    ]
    host = Worker(
        "host",
        root,
        f"bench-host-{uuid.uuid4().hex[:6]}",
        warm,
        str(numbers_file),
        str(GAP_SECONDS),
    )
    try:
        for worker in (*stations, host):
            worker.wait_ready()
        host.go()
        baseline: list[float] = []
        deadline = time.monotonic() + CALLS * GAP_SECONDS * 3 + WAIT_SECONDS
        while len(baseline) < CALLS and time.monotonic() < deadline:
            baseline.append(host.lines.get(timeout=WAIT_SECONDS)["baseline_ms"])
        per_call: dict[int, list[float]] = {}
        heard: list[float] = []
        for station in stations:  # each station's pop-ups, the last ones may still be running
            for _ in range(CALLS):
                try:
                    row = station.lines.get(timeout=WAIT_SECONDS / 4)
                except queue.Empty:
                    break
                per_call.setdefault(row["call"], []).append(row["ms"])
                heard.append(row["heard_ms"])
    finally:
        for worker in (*stations, host):
            worker.stop()
    figures = popup_figures(per_call, heard, baseline)
    return figures + lookup_figures(ctx, customers, profile)


def popup_figures(
    per_call: dict[int, list[float]], heard: list[float], baseline: list[float]
) -> list[Figure]:
    pairs = [ms for values in per_call.values() for ms in values]
    slowest = [max(values) for values in per_call.values()]
    delivered = len(pairs) / (CALLS * STATIONS)
    return [
        Figure(
            "stations.popup_p50", percentile(pairs, 50), "ms", "<= 30", percentile(baseline, 50)
        ),
        Figure(
            "stations.popup_p99", percentile(pairs, 99), "ms", "<= 100", percentile(baseline, 99)
        ),
        Figure("stations.popup_max", max(pairs), "ms", None, max(baseline)),
        Figure("stations.slowest_of_10_p50", median(slowest), "ms", None),
        Figure("stations.slowest_of_10_p99", percentile(slowest, 99), "ms", "<= 100"),
        Figure("stations.event_heard_p50", percentile(heard, 50), "ms", None),
        Figure("stations.event_heard_p99", percentile(heard, 99), "ms", None),
        Figure("stations.delivered", delivered, "share", "= 1"),
    ]


BENCHMARK = Benchmark(
    "stations",
    f"a call's pop-up data on {STATIONS} stations over PostgreSQL NOTIFY vs on the line host",
    run,
)


def lookup_figures(ctx: BenchContext, customers: int, pg_profile: Profile) -> list[Figure]:
    """The caller lookup on PostgreSQL over TCP beside the same lookups on the SQLite data set
    of the same size and seed (the same customers), one database after the other."""
    sqlite_profile = ctx.datasets.demo_profile(customers)
    rng = random.Random(SEED)
    with sqlite3.connect(sqlite_profile.sqlite_path) as conn:
        samples = lookup.draw_samples(conn, rng, lookup.WARMUP + lookup.SAMPLES)
    ctx.log(f"bench: stations: {lookup.SAMPLES} lookups on PostgreSQL and on SQLite")
    timings = {}
    for name, profile in (("pg", pg_profile), ("sqlite", sqlite_profile)):
        db = open_profile_database(profile, migrate=False)
        try:
            service = CustomerLookupService(db, profile)
            user = User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
            actor = load_actor(user)
            for raw, _ in samples[: lookup.WARMUP]:
                service.lookup(actor, raw)
            measured = lookup.Timings()

            def call(raw: str, service: CustomerLookupService = service, actor=actor) -> int:
                return len(service.lookup(actor, raw).customers)

            for raw, _ in samples[lookup.WARMUP :]:
                measured.time(call, raw)
            timings[name] = measured
        finally:
            db.close()
    pg, lite = timings["pg"], timings["sqlite"]
    return [
        Figure(
            "stations.lookup_pg_p50", percentile(pg.wall, 50), "ms", None, percentile(lite.wall, 50)
        ),
        Figure(
            "stations.lookup_pg_p99",
            percentile(pg.wall, 99),
            "ms",
            "<= 5",
            percentile(lite.wall, 99),
        ),
        Figure(
            "stations.lookup_pg_p99_cpu",
            percentile(pg.cpu, 99),
            "ms",
            None,
            percentile(lite.cpu, 99),
        ),
    ]
