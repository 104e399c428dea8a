"""Benchmark "customer_list": opening the customer list page at 1,000,000 customers.

The page is opened in a separate, offscreen Qt process (``python -m yuntian.tools.list_open_probe``),
so this process never loads Qt. ``customers.list_open`` is the median time from building the
page to its first picture (first page of rows, filter lists, the first customer's card). The
baseline, measured in the same process and run, interleaved: a bare QTableView over a
QStandardItemModel filled from one raw sqlite3 query of the first 200 customers, i.e. what
showing the first rows costs with nothing of ours in between. The probe then scrolls the list
to its last row and reports the memory it took (``customers.list_scroll_rss``: growth of the
resident set in MB); the list keeps ids, not rows, so this stays small.
"""

from __future__ import annotations

import json
import subprocess
import sys

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure

CUSTOMERS = 1_000_000
OPEN_GOAL = "<= 300"
RSS_GOAL = "<= 64"
TIMEOUT = 1800.0  # seconds; scrolling through a million rows takes a few minutes


def run(ctx: BenchContext) -> list[Figure]:
    profile = ctx.datasets.demo_profile(CUSTOMERS)
    ctx.log(f"bench: customer_list: opening the list at {CUSTOMERS} customers, then scrolling")
    result = probe(str(profile.root), scroll=True)
    ctx.log(
        "bench: customer_list: scrolled {rows} rows in {s:.0f} s, holding {held} rows; "
        "RSS {a:.0f} -> {b:.0f} MB".format(
            rows=result["rows"],
            s=result["scroll_s"],
            held=result["rows_held"],
            a=result["rss_before_mb"],
            b=result["rss_after_mb"],
        )
    )
    return [
        Figure(
            "customers.list_open",
            float(result["open_ms"]),
            "ms",
            OPEN_GOAL,
            float(result["baseline_ms"]),
        ),
        Figure(
            "customers.list_scroll_rss",
            float(result["rss_after_mb"]) - float(result["rss_before_mb"]),
            "MB",
            RSS_GOAL,
        ),
    ]


def probe(profile_dir: str, *, scroll: bool) -> dict[str, float]:
    command = [sys.executable, "-m", "yuntian.tools.list_open_probe", profile_dir]
    if scroll:
        command.append("--scroll")
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"list probe failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


BENCHMARK = Benchmark(
    "customer_list",
    f"customer list page at {CUSTOMERS} customers: open time vs a bare table, memory scrolled",
    run,
)
