"""Benchmark "call_writers" (also part of "calls"): many programs logging calls into one SQLite
profile at once — calls stored per second with 8 writer processes, and the share lost (goal:
none). Baseline: one program alone storing the same calls. Each call is what a ringing line
writes: ``CallJournal.start`` then ``ended``, each its own transaction, held and stored later
if the database stays busy.

``log_calls`` is also the worker of the concurrency test (tests/services/calls).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.config import Config, Profile, load_profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services

WRITERS = 8
CALLS_EACH = 150
PASSWORD = "Bench-pass-1"
FLUSH_DEADLINE = 60.0  # seconds a program keeps trying to store what it held


def log_calls(
    root: str,
    program: int,
    lines: int,
    calls: int,
    password: str,
    go: Any,
    stop: Any,
    results: Any,
) -> None:
    """One station: ``lines`` threads ringing and hanging up (at least ``calls`` calls each,
    and on until ``stop`` is set), then storing whatever they had to hold. Puts "ready" once
    signed in, then a list of (calls made, most held at once or -1 if some were never
    stored) per line."""
    from yuntian.services.calls.call_journal import CallJournal

    profile = load_profile(Path(root), create=False)
    db = open_profile_database(profile, migrate=False)
    services = build_services(db, profile, dt.datetime.now)
    admin = services.auth.login("system", password)
    counts: list[tuple[int, int]] = []
    results.put("ready")

    def line(n: int) -> None:
        journal = CallJournal(
            db, services.calls, services.customer_lookup, profile.held_calls_dir, dt.datetime.now
        )
        made = held = 0
        go.wait()
        while made < calls or not stop.is_set():
            ref, _ = journal.start(admin, n, f"线路{n}", "in", f"139{program:02d}{n}{made:05d}")
            journal.ended(admin, ref, 3)
            made += 1
            held = max(held, len(journal.held))
        deadline = time.monotonic() + FLUSH_DEADLINE
        while journal.held and time.monotonic() < deadline:
            journal.flush(admin)
            time.sleep(0.05)
        counts.append((made, held if not journal.held else -1))
        db.close()

    threads = [threading.Thread(target=line, args=(n,)) for n in range(1, lines + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put(counts)


def run_programs(root: Path, programs: int, lines: int, calls: int, password: str) -> float:
    """Start the programs, let them ring ``calls`` calls per line; returns the seconds from
    the go to the last program done (held calls stored)."""
    context = mp.get_context("spawn")
    go, stop, results = context.Event(), context.Event(), context.Queue()
    stop.set()  # each line stops after its calls
    started = [
        context.Process(
            target=log_calls, args=(str(root), p, lines, calls, password, go, stop, results)
        )
        for p in range(programs)
    ]
    for p in started:
        p.start()
    for _ in started:
        results.get(timeout=120)  # signed in
    begin = time.perf_counter()
    go.set()
    for _ in started:
        results.get(timeout=600)
    elapsed = time.perf_counter() - begin
    for p in started:
        p.join(timeout=30)
    return elapsed


def measure(ctx: BenchContext) -> list[Figure]:
    root = ctx.cache_dir / "call-writers"
    shutil.rmtree(root, ignore_errors=True)
    profile = Profile(root, Config(local_area_code="010"))
    profile.save()
    db = open_profile_database(profile)
    services = build_services(db, profile)
    services.setup.complete_first_run(
        shop_name="bench", local_area_code="010", language="zh_CN", admin_password=PASSWORD
    )
    db.close()
    total = WRITERS * CALLS_EACH
    ctx.log(f"bench: call_writers: {total} calls by 1 program, then by {WRITERS} at once")
    alone = run_programs(root, 1, 1, total, PASSWORD)
    together = run_programs(root, WRITERS, 1, CALLS_EACH, PASSWORD)
    db = open_profile_database(profile, migrate=False)
    try:
        (stored,) = db.execute_sql("SELECT COUNT(*) FROM call_log").fetchone()
        (open_calls,) = db.execute_sql(
            "SELECT COUNT(*) FROM call_log WHERE ended_at IS NULL"
        ).fetchone()
    finally:
        db.close()
    shutil.rmtree(root, ignore_errors=True)
    lost = (2 * total - stored + open_calls) / (2 * total)
    return [
        Figure(f"calls.writers{WRITERS}.per_s", total / together, "calls/s", None, total / alone),
        Figure(f"calls.writers{WRITERS}.lost", 100 * lost, "%", "<= 0", None),
    ]


BENCHMARK = Benchmark(
    "call_writers",
    f"{WRITERS} programs logging calls into one SQLite profile at once vs one program alone: "
    "calls stored per second, share lost",
    measure,
)
