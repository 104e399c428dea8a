"""Benchmark "search": the search box at 1,000,000 customers, per kind of text typed.

For each kind (a 1-character surname, a 2- and a 3-character name, pinyin initials, the start
of a full pinyin, 4 and 7 digits from inside a phone number, a code, a piece of an address, an
e-mail address) texts are drawn from the data set, and ``CustomerSearchService.search`` is
timed for the first page (50 hits, with the list rows the page shows): p50 and p95 of the wall
clock, and p95 of the thread's CPU time (on a shared machine the wall clock also measures how
often other processes took the CPU). Baseline, in the same run: what a search without an index does, a ``LIKE '%text%'`` full scan over the same fields
of the customer tables (name, code, e-mail, phone numbers as typed and stored, addresses,
contact names), first page in name order. It cannot find pinyin, but scans as long.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.benchmarks.lookup import Timings, percentile
from yuntian.db.profile_database import open_profile_database
from yuntian.db.search_index import doc_from_row
from yuntian.db.search_tokens import DOC_COLUMNS, PHONE, SearchDoc, pinyin_of
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_search import CustomerSearchService

CUSTOMERS = 1_000_000
SAMPLES = 30  # texts per kind
BASELINE_SAMPLES = 3  # a full scan takes a second or more
WARMUP = 20
SEED = 20_261_101
GOAL = "<= 50"

LIKE_SCAN = (
    "SELECT c.id FROM customer c WHERE NOT c.archived AND (c.name LIKE ?1 OR c.code LIKE ?1"
    " OR c.email LIKE ?1"
    " OR c.id IN (SELECT customer_id FROM customer_phone WHERE raw LIKE ?1 OR number LIKE ?1)"
    " OR c.id IN (SELECT customer_id FROM customer_address"
    "   WHERE province || city || district || street LIKE ?1)"
    " OR c.id IN (SELECT customer_id FROM customer_contact WHERE name LIKE ?1 OR phone LIKE ?1))"
    " ORDER BY c.name, c.id LIMIT 51"
)

Draw = Callable[[sqlite3.Connection, random.Random], str | None]


def run(ctx: BenchContext) -> list[Figure]:
    profile = ctx.datasets.demo_profile(CUSTOMERS)
    rng = random.Random(SEED)
    with sqlite3.connect(profile.sqlite_path) as conn:
        texts = {kind: draw_texts(conn, rng, draw, SAMPLES) for kind, draw in KINDS.items()}
        warmup = draw_texts(conn, rng, _name_of_length(3), WARMUP)
    db = open_profile_database(profile, migrate=False)
    raw_conn = sqlite3.connect(profile.sqlite_path)
    figures: list[Figure] = []
    try:
        service = CustomerSearchService(db)
        actor = Actor(0, "bench", "bench")  # searching needs no permission

        def search(text: str) -> int:
            return len(service.search(actor, text).hits)

        def scan(text: str) -> int:
            return len(raw_conn.execute(LIKE_SCAN, (f"%{text}%",)).fetchall())

        for text in warmup:
            service.search(actor, text)
        for kind, samples in texts.items():
            ctx.log(f"bench: search: {kind}: {len(samples)} texts, e.g. {samples[:3]}")
            searched, scanned = Timings(), Timings()
            found = [searched.time(search, text) for text in samples]
            for text in samples[:BASELINE_SAMPLES]:
                scanned.time(scan, text)
            if not all(found):
                ctx.log(f"bench: search: {kind}: WARNING {found.count(0)} texts found nothing")
            figures += [
                Figure(f"search.{kind}.p50", percentile(searched.wall, 50), "ms", None,
                       percentile(scanned.wall, 50)),
                Figure(f"search.{kind}.p95", percentile(searched.wall, 95), "ms", GOAL,
                       percentile(scanned.wall, 95)),
                Figure(f"search.{kind}.p95_cpu", percentile(searched.cpu, 95), "ms", None,
                       percentile(scanned.cpu, 95)),
            ]  # fmt: skip
    finally:
        raw_conn.close()
        db.close()
    return figures


def draw_texts(conn: sqlite3.Connection, rng: random.Random, draw: Draw, count: int) -> list[str]:
    """``count`` distinct texts, each made by ``draw`` from a random customer."""
    texts: dict[str, None] = {}
    for _ in range(count * 50):
        text = draw(conn, rng)
        if text:
            texts[text] = None
        if len(texts) == count:
            break
    return list(texts)


@dataclass(frozen=True)
class _Drawn:
    doc: SearchDoc
    code: str
    email: str  # as typed


def _doc(conn: sqlite3.Connection, rng: random.Random) -> _Drawn | None:
    """A random active customer's document, code and e-mail address."""
    (top,) = conn.execute("SELECT MAX(customer_id) FROM customer_search").fetchone()
    columns = ", ".join(f"d.{c}" for c in DOC_COLUMNS)
    row = conn.execute(
        f"SELECT {columns}, c.code, c.email FROM customer_search d"
        " JOIN customer c ON c.id = d.customer_id WHERE d.customer_id = ? AND NOT d.archived",
        (rng.randint(1, top),),
    ).fetchone()
    return None if row is None else _Drawn(doc_from_row(row[:-2]), row[-2], row[-1])


def _person(conn: sqlite3.Connection, rng: random.Random, lengths: Sequence[int]) -> str | None:
    drawn = _doc(conn, rng)
    if drawn is None or len(drawn.doc.name_key) not in lengths or not drawn.doc.initials:
        return None
    return drawn.doc.name_key


def _name_of_length(length: int) -> Draw:
    return lambda conn, rng: _person(conn, rng, (length,))


def _surname(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    name = _person(conn, rng, (2, 3))
    return name[0] if name else None


def _initials(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    drawn = _doc(conn, rng)
    if drawn is None or len(drawn.doc.name_key) != 3:
        return None
    return drawn.doc.initials


def _pinyin_start(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    """Full pinyin of the surname and the first letter of the given name ("zhangs")."""
    drawn = _doc(conn, rng)
    if drawn is None or len(drawn.doc.name_key) != 3:
        return None
    surname = pinyin_of(drawn.doc.name_key[:1])[0]
    return drawn.doc.pinyin[: len(surname) + 1]


def _phone_piece(size: int) -> Draw:
    def draw(conn: sqlite3.Connection, rng: random.Random) -> str | None:
        drawn = _doc(conn, rng)
        numbers = drawn.doc.values(PHONE) if drawn else []
        if not numbers:
            return None
        number = rng.choice(numbers)
        if len(number) < size + 1:
            return None
        start = rng.randint(1, len(number) - size)  # from inside the number
        return number[start : start + size]

    return draw


def _code(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    drawn = _doc(conn, rng)
    return None if drawn is None else drawn.code


def _address_piece(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    """3 to 5 characters of the street part of an address (a road, a compound, a number)."""
    row = conn.execute(
        "SELECT street FROM customer_address WHERE id = ?",
        (rng.randint(1, conn.execute("SELECT MAX(id) FROM customer_address").fetchone()[0]),),
    ).fetchone()
    if row is None or len(row[0]) < 5:
        return None
    size = rng.randint(3, 5)
    start = rng.randint(0, len(row[0]) - size)
    return str(row[0][start : start + size])


def _email(conn: sqlite3.Connection, rng: random.Random) -> str | None:
    drawn = _doc(conn, rng)
    return drawn.email if drawn and drawn.email else None


KINDS: dict[str, Draw] = {
    "surname_1char": _surname,
    "name_2char": _name_of_length(2),
    "name_3char": _name_of_length(3),
    "initials": _initials,
    "pinyin_prefix": _pinyin_start,
    "phone_4digits": _phone_piece(4),
    "phone_7digits": _phone_piece(7),
    "code": _code,
    "address_piece": _address_piece,
    "email": _email,
}

BENCHMARK = Benchmark(
    "search",
    "search box at 1,000,000 customers per kind of text; baseline LIKE full scan",
    run,
)
