"""Benchmark "popup": the caller pop-up's latency at 1,000,000 customers and 5,000,000 calls.

Runs ``python -m yuntian.tools.popup_latency_probe`` in its own offscreen Qt process (this process
never loads Qt): a Whozz Calling unit played over real UDP on 127.0.0.1 through the application's
driver, line manager, call desk (the call stored and its number looked up) and pop-up, timed
from the driver receiving the record's last byte to the customer's name painted. Goals: p50
<= 20 ms, p99 <= 50 ms; eight lines ringing at once all painted within 100 ms. Baseline in the
same run: one indexed sqlite3 lookup of the same numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure

CUSTOMERS = 1_000_000
TIMEOUT = 900.0


def run(ctx: BenchContext) -> list[Figure]:
    profile = ctx.datasets.demo_profile(CUSTOMERS)
    ctx.log(f"bench: popup: 200 calls and 10 bursts of 8 over UDP at {CUSTOMERS} customers")
    result = probe(str(profile.root))
    latency, burst, lookup = result["latency_ms"], result["burst_ms"], result["lookup_ms"]
    return [
        Figure("popup.latency_p50", latency["p50"], "ms", "<= 20", lookup["p50"]),
        Figure("popup.latency_p99", latency["p99"], "ms", "<= 50", lookup["p99"]),
        Figure("popup.latency_max", latency["max"], "ms", None, lookup["max"]),
        Figure("popup.burst8_median", burst["median"], "ms", "<= 100"),
        Figure("popup.burst8_max", burst["max"], "ms", "<= 100"),
    ]


def probe(profile_dir: str, *extra: str) -> dict:
    command = [sys.executable, "-m", "yuntian.tools.popup_latency_probe", profile_dir, *extra]
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"popup probe failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


BENCHMARK = Benchmark(
    "popup",
    f"caller pop-up latency over UDP at {CUSTOMERS} customers / 5M calls vs a raw lookup",
    run,
)
