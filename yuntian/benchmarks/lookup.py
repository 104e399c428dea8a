"""Benchmark "lookup": the caller pop's query at 1,000,000 customers, and number normalisation.

``CustomerLookupService.lookup`` is timed call by call on numbers drawn from the data set, each
in one of the shapes callers and receptionists produce (as stored, E.164, national digits,
0086..., an IP-dial prefix, full-width digits), mixed with numbers nobody owns. Baseline, in
the same run and interleaved call by call: a bare sqlite3 indexed probe
``SELECT customer_id FROM customer_phone WHERE number = ?`` with the number already normalised,
i.e. the floor any lookup through this schema pays. Numbers used to warm up are not measured
again, so normalisation is as cold as on a real ring. Besides wall-clock p50 and p99, the p99
of the thread's CPU time: on a shared machine the wall-clock p99 mostly measures how often
another process took the CPU in the middle of a call.

``normalize()`` is timed on numbers it has never seen (its cache does not help) and on a number
seen before (a caller ringing again), against phonenumbers' own parse + validate + format.
"""

from __future__ import annotations

import math
import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import phonenumbers

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure, median
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.phone_numbers import normalize, search_digits
from yuntian.services.admin.auth import load_actor
from yuntian.services.customers.customer_lookup import CustomerLookupService

CUSTOMERS = 1_000_000
SAMPLES = 2_000
WARMUP = 300
UNKNOWN_SHARE = 0.25  # calls from numbers no customer owns
SEED = 20_260_101
P99_GOAL = "<= 2.0"
NORMALIZE_RUNS = 20_000

RAW_PROBE = "SELECT customer_id FROM customer_phone WHERE number = ?"
FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")


def run(ctx: BenchContext) -> list[Figure]:
    profile = ctx.datasets.demo_profile(CUSTOMERS)
    rng = random.Random(SEED)
    with sqlite3.connect(profile.sqlite_path) as conn:
        samples = draw_samples(conn, rng, WARMUP + SAMPLES)
    db = open_profile_database(profile, migrate=False)
    raw_conn = sqlite3.connect(profile.sqlite_path)
    try:
        service = CustomerLookupService(db, profile)
        user = User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
        actor = load_actor(user)
        area = profile.config.local_area_code

        def service_call(raw: str) -> int:
            return len(service.lookup(actor, raw).customers)

        def raw_call(e164: str) -> int:
            return len(raw_conn.execute(RAW_PROBE, (e164,)).fetchall())

        ctx.log(f"bench: lookup: {SAMPLES} lookups at {CUSTOMERS} customers, and raw probes")
        keyed = [(raw, normalize(raw, area).e164, known) for raw, known in samples]
        for raw, e164, _ in keyed[:WARMUP]:
            service_call(raw)
            raw_call(e164)
        service, raw_probe, missed = measure_interleaved(keyed[WARMUP:], service_call, raw_call)
    finally:
        raw_conn.close()
        db.close()
    if missed:
        ctx.log(f"bench: lookup: WARNING {missed} numbers of the data set found nobody")
    cold_us, cached_us, library_us = measure_normalize(rng)
    return [
        Figure(
            "lookup.p50", percentile(service.wall, 50), "ms", None, percentile(raw_probe.wall, 50)
        ),
        Figure(
            "lookup.p99",
            percentile(service.wall, 99),
            "ms",
            P99_GOAL,
            percentile(raw_probe.wall, 99),
        ),
        Figure(
            "lookup.p99_cpu", percentile(service.cpu, 99), "ms", None, percentile(raw_probe.cpu, 99)
        ),
        Figure("lookup.normalize_new", cold_us, "us", None, library_us),
        Figure("lookup.normalize_again", cached_us, "us", None, library_us),
    ]


def draw_samples(
    conn: sqlite3.Connection, rng: random.Random, count: int
) -> list[tuple[str, bool]]:
    """(raw text, owned by someone) pairs: stored numbers in varied shapes, and strangers."""
    (top,) = conn.execute("SELECT MAX(id) FROM customer_phone").fetchone()
    samples: list[tuple[str, bool]] = []
    while len(samples) < count:
        if rng.random() < UNKNOWN_SHARE or not top:
            samples.append((stranger(rng), False))
            continue
        row = conn.execute(
            "SELECT p.raw, p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id "
            "WHERE p.id = ? AND NOT c.archived",
            (rng.randint(1, top),),
        ).fetchone()
        if row:
            samples.append((reshape(row[0], row[1], rng), True))
    return samples


def reshape(raw: str, e164: str, rng: random.Random) -> str:
    """The same number as a caller-ID box, a receptionist or a spreadsheet might give it."""
    national = search_digits(e164)
    if not e164.startswith("+86"):
        return raw
    return rng.choice(
        [
            raw,
            e164,
            national,
            "0086" + e164[3:],
            "17951" + national,
            national.translate(FULL_WIDTH),
        ]
    )


def stranger(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
    return f"0{rng.choice(['10', '21', '755', '571', '28'])}{rng.randrange(2 * 10**7, 9 * 10**7)}"


@dataclass
class Timings:
    """Milliseconds per call: wall clock, and this thread's CPU time (which a busy machine's
    other processes do not inflate, so it shows the code's own cost)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def time(self, call: Callable[[str], int], arg: str) -> int:
        wall, cpu = time.perf_counter(), time.thread_time()
        result = call(arg)
        self.cpu.append((time.thread_time() - cpu) * 1000)
        self.wall.append((time.perf_counter() - wall) * 1000)
        return result


def measure_interleaved(
    keyed: Sequence[tuple[str, str, bool]],
    service_call: Callable[[str], int],
    raw_call: Callable[[str], int],
) -> tuple[Timings, Timings, int]:
    """Each sample through both, alternating, so a busy moment hits both alike."""
    service, raw_probe = Timings(), Timings()
    missed = 0
    for raw, e164, known in keyed:
        found = service.time(service_call, raw)
        raw_probe.time(raw_call, e164)
        missed += known and not found
    return service, raw_probe, missed


def measure_normalize(rng: random.Random) -> tuple[float, float, float]:
    """Microseconds per call: new numbers, a repeated number, phonenumbers alone on new ones."""
    fresh = [stranger(rng) for _ in range(NORMALIZE_RUNS)]
    library_input = [stranger(rng) for _ in range(NORMALIZE_RUNS)]
    clock = time.perf_counter

    started = clock()
    for raw in fresh:
        normalize(raw, "010")
    cold = (clock() - started) / len(fresh)

    repeated = fresh[0]
    started = clock()
    for _ in range(NORMALIZE_RUNS):
        normalize(repeated, "010")
    cached = (clock() - started) / NORMALIZE_RUNS

    e164 = phonenumbers.PhoneNumberFormat.E164
    started = clock()
    for raw in library_input:
        number = phonenumbers.parse(raw, "CN")
        phonenumbers.is_valid_number(number)
        phonenumbers.format_number(number, e164)
    library = (clock() - started) / len(library_input)
    return cold * 1e6, cached * 1e6, library * 1e6


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p50 is the median)."""
    if pct == 50:
        return median(values)
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


def paired(
    name: str,
    runs: int,
    ours: Callable[[str], object],
    baseline: Callable[[str], object],
    goal: str | None,
    points: Sequence[int] = (50, 95),
) -> list[Figure]:
    """Percentiles of ``ours`` against ``baseline``, alternating run by run so both see the
    same machine load; one figure per point, named ``name.p50`` … (just ``name`` for a
    single point)."""
    mine, theirs = Timings(), Timings()
    ours("")
    baseline("")
    for _ in range(runs):
        mine.time(ours, "")
        theirs.time(baseline, "")
    return [
        Figure(
            name if len(points) == 1 else f"{name}.p{point}",
            percentile(mine.wall, point),
            "ms",
            goal,
            percentile(theirs.wall, point),
        )
        for point in points
    ]


def median_ms(runs: int, call: Callable[[], object]) -> float:
    """Median milliseconds of ``runs`` calls after one to warm up."""
    call()
    timings = Timings()
    for _ in range(runs):
        timings.time(lambda _: call(), "")
    return percentile(timings.wall, 50)


BENCHMARK = Benchmark(
    "lookup",
    f"lookup by number at {CUSTOMERS} customers (p50, p99) vs a raw sqlite3 indexed probe",
    run,
)
