"""Benchmark "parts": the spare-parts ledger at 20,000 parts and 1,000,000 ledger lines.

The data set (``parts_dataset.py``): a cached demo profile with a parts ledger written
straight into its tables, the stock on hand equal to the ledger's sums.

Figures, each against a plain-sqlite3 baseline measured in the same run:

- ``parts.post_20_lines``: ``part_documents.create`` of a 20-line stock-in (numbering, the
  lines, stock on hand and moving average, audit entry, one transaction), p50 and p95; the
  baseline is the raw INSERTs of the document, 20 lines and 20 stock upserts in one
  transaction. Posted into a scratch copy of the data set, so the cached set stays as built.
- ``part_stats.year_<grouping>``: ``part_stats.summarize`` over the last full calendar year,
  per grouping; the baseline is one hand-written GROUP BY part of that year's consumption.
- ``parts.stock_page`` and ``parts.stock_below_safety`` (goal p95 <= 100 ms): the stock
  page's first page of 200, all places and below safety stock only, against the first 200
  stock rows by one plain join; ``parts.holdings`` (goal <= 50 ms): the busiest technician's
  holdings, against the same rows by one plain join.
- ``parts.document_page``: the documents list's first page (200, newest first), against the
  same ids read by one plain query; ``parts.lookup``: the part picker's search by a name
  fragment, against a plain LIKE.

``--customers N`` sets the number of ledger lines instead (parts: N / 50), for a quick check at
a small size; the demo profile underneath is then 2,000 customers.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.benchmarks.lookup import median_ms, paired
from yuntian.benchmarks.parts_dataset import parts_profile
from yuntian.config import Profile, load_profile
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.services import Services, build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_stock_types import StockFilter
from yuntian.services.parts.part_types import (
    SUPPLIER,
    DocKind,
    DocumentFilter,
    DocumentInput,
    LineInput,
    Place,
)
from yuntian.services.statistics.part_stats import PartGrouping

LINES = 1_000_000
LINES_PER_PART = 50  # 20,000 parts at a million lines
FULL_BASE_CUSTOMERS = 20_000
SMALL_BASE_CUSTOMERS = 2_000
SMALL = 200_000  # below this many lines the small demo profile underneath
POST_RUNS = 30
STATS_RUNS = 5
PAGE_RUNS = 20
POST_GOAL = "<= 50"
STATS_GOAL = "<= 500"
PAGE_GOAL = "<= 100"
RAW_GROUP_BY = (
    "SELECT part_id, SUM(quantity), SUM(quantity * unit_cost), SUM(quantity * unit_price)"
    " FROM part_move WHERE to_kind = 'order' AND moved_on BETWEEN ? AND ? GROUP BY part_id"
)
RAW_PAGE = "SELECT id FROM part_document ORDER BY doc_date DESC, id DESC LIMIT 200"
RAW_STOCK_PAGE = (
    "SELECT s.part_id, s.place_kind, s.place_id, s.quantity, p.code, p.name, p.avg_cost"
    " FROM part_stock s JOIN part p ON p.id = s.part_id WHERE s.quantity <> 0"
    " ORDER BY s.part_id, s.id LIMIT 200"
)
RAW_HOLDINGS = (
    "SELECT p.code, p.name, s.quantity, p.avg_cost FROM part_stock s JOIN part p"
    " ON p.id = s.part_id WHERE s.place_kind = 'tech' AND s.place_id = ? AND s.quantity <> 0"
    " ORDER BY p.code"
)
HOLDINGS_GOAL = "<= 50"
RAW_LOOKUP = (
    "SELECT id, code, name FROM part WHERE active = 1 AND (name LIKE ? OR spec LIKE ?)"
    " ORDER BY code LIMIT 20"
)


def sizes(ctx: BenchContext) -> tuple[int, int, int]:
    """(parts, ledger lines, demo customers underneath)."""
    lines = max(1_000, ctx.customers or LINES)
    parts = max(100, lines // LINES_PER_PART)
    base = FULL_BASE_CUSTOMERS if lines >= SMALL else SMALL_BASE_CUSTOMERS
    return parts, lines, base


def run(ctx: BenchContext) -> list[Figure]:
    parts, lines, base = sizes(ctx)
    profile = parts_profile(ctx, parts, lines, base)
    return measure(profile, ctx.cache_dir, ctx.log)


# --- the figures --------------------------------------------------------------------------


def measure(profile: Profile, scratch_root: Path, log: Callable[[str], None]) -> list[Figure]:
    figures = _reads(profile, log)
    with _scratch_copy(profile, scratch_root) as scratch:
        figures += _posting(scratch, log)
    return figures


def _reads(profile: Profile, log: Callable[[str], None]) -> list[Figure]:
    raw = sqlite3.connect(profile.sqlite_path)
    db = open_profile_database(profile, migrate=False)
    try:
        services = build_services(db, profile)
        actor = load_actor(User.get_or_none(User.username == "manager") or User.select().first())
        (lines,) = raw.execute("SELECT COUNT(*) FROM part_move").fetchone()
        (latest,) = raw.execute("SELECT MAX(moved_on) FROM part_move").fetchone()
        year = dt.date.fromisoformat(latest).year - 1
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        period = (first.isoformat(), last.isoformat())
        (in_year,) = raw.execute(
            "SELECT COUNT(*) FROM part_move WHERE moved_on BETWEEN ? AND ?", period
        ).fetchone()
        log(f"bench: parts: {lines} ledger lines, {in_year} in {year}")
        baseline = median_ms(STATS_RUNS, lambda: raw.execute(RAW_GROUP_BY, period).fetchall())
        figures = []
        for grouping in PartGrouping:
            ours = median_ms(
                STATS_RUNS,
                lambda g=grouping: services.part_stats.summarize(actor, first, last, g),
            )
            figures.append(
                Figure(f"part_stats.year_{grouping.value}", ours, "ms", STATS_GOAL, baseline)
            )
        figures += paired(
            "parts.document_page",
            PAGE_RUNS,
            lambda _: len(services.part_documents.page(actor, DocumentFilter(), limit=200)),
            lambda _: len(raw.execute(RAW_PAGE).fetchall()),
            PAGE_GOAL,
        )
        figures += _stock(services, actor, raw)
        figures += paired(
            "parts.lookup",
            PAGE_RUNS,
            lambda _: len(services.part_lookup.search(actor, "电容 1")),
            lambda _: len(raw.execute(RAW_LOOKUP, ("%电容 1%", "%电容 1%")).fetchall()),
            PAGE_GOAL,
        )
    finally:
        db.close()
        raw.close()
    return figures


def _stock(services: Services, actor: Actor, raw: sqlite3.Connection) -> list[Figure]:
    """The stock page's first page (all places, then the busiest technician's place, and
    below safety stock) and a technician's holdings, against plain queries of the same rows."""
    (tech,) = raw.execute(
        "SELECT place_id FROM part_stock WHERE place_kind = 'tech'"
        " GROUP BY place_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    figures = paired(
        "parts.stock_page",
        PAGE_RUNS,
        lambda _: len(services.part_stock.on_hand(actor, StockFilter(), None, 200)),
        lambda _: len(raw.execute(RAW_STOCK_PAGE).fetchall()),
        PAGE_GOAL,
    )
    figures += paired(
        "parts.stock_below_safety",
        PAGE_RUNS,
        lambda _: len(
            services.part_stock.on_hand(actor, StockFilter(below_safety=True), None, 200)
        ),
        lambda _: len(raw.execute(RAW_STOCK_PAGE).fetchall()),
        PAGE_GOAL,
    )
    figures += paired(
        "parts.holdings",
        PAGE_RUNS,
        lambda _: len(services.part_stock.holdings(actor, tech).parts),
        lambda _: len(raw.execute(RAW_HOLDINGS, (tech,)).fetchall()),
        HOLDINGS_GOAL,
    )
    return figures


class _scratch_copy:
    """A throw-away copy of the data set for the figures that write."""

    def __init__(self, profile: Profile, root: Path) -> None:
        self._source = profile.root
        self._folder = root / "parts-scratch"

    def __enter__(self) -> Profile:
        if self._folder.exists():
            shutil.rmtree(self._folder)
        shutil.copytree(self._source, self._folder)
        return load_profile(self._folder, create=False)

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


def _posting(profile: Profile, log: Callable[[str], None]) -> list[Figure]:
    raw = sqlite3.connect(profile.sqlite_path, isolation_level=None)
    db = open_profile_database(profile, migrate=False)
    try:
        services = build_services(db, profile)
        actor = load_actor(User.get_or_none(User.username == "manager") or User.select().first())
        store = Place.store(raw.execute("SELECT MIN(id) FROM part_store").fetchone()[0])
        ids = [i for (i,) in raw.execute("SELECT id FROM part ORDER BY id")]
        rng = random.Random(7)
        batches = _batches(rng, ids)
        log(f"bench: parts: posting 20-line stock-ins, {POST_RUNS} runs each way")

        def ours(_: str) -> object:
            lines = tuple(LineInput(p, 3) for p in next(batches))
            return services.part_documents.create(
                actor, DocumentInput(DocKind.STOCK_IN, SUPPLIER, store, lines, supplier="美的")
            )

        counter = iter(range(10**9))

        def theirs(_: str) -> object:
            return _raw_post(raw, next(counter), next(batches), store.id or 0)

        figures = paired("parts.post_20_lines", POST_RUNS, ours, theirs, POST_GOAL)
    finally:
        db.close()
        raw.close()
    return figures


def _batches(rng: random.Random, ids: list[int]) -> Iterator[list[int]]:
    while True:
        yield rng.sample(ids, min(20, len(ids)))


def _raw_post(raw: sqlite3.Connection, n: int, parts: list[int], store: int) -> int:
    """The least a 20-line posting writes: the document, its lines and the stock, one
    transaction."""
    today = dt.date.today().isoformat()
    raw.execute("BEGIN IMMEDIATE")
    cursor = raw.execute(
        "INSERT INTO part_document (code, kind, doc_date, supplier, scrap_type, scrap_handler,"
        " note, state, audited, created_at, updated_at, version)"
        " VALUES (?, 'in', ?, '', '', '', '', 'posted', 0, ?, ?, 1)",
        (f"RAW{n:09d}", today, today, today),
    )
    document = cursor.lastrowid
    for line, part in enumerate(parts, start=1):
        raw.execute(
            "INSERT INTO part_move (document_id, line, part_id, quantity, from_kind, to_kind,"
            " to_id, unit_cost, moved_on) VALUES (?, ?, ?, 3, 'supplier', 'store', ?, 10000, ?)",
            (document, line, part, store, today),
        )
        raw.execute(
            "INSERT INTO part_stock (part_id, place_kind, place_id, quantity)"
            " VALUES (?, 'store', ?, 3) ON CONFLICT (part_id, place_kind, place_id)"
            " DO UPDATE SET quantity = quantity + 3",
            (part, store),
        )
    raw.execute("COMMIT")
    return document


BENCHMARK = Benchmark(
    "parts",
    f"spare parts at 20,000 parts / {LINES} ledger lines: posting a 20-line document, a "
    "year's parts statistics per grouping, the documents' first page and the part lookup, "
    "vs plain sqlite3",
    run,
)
