"""Measure the customer list page on a profile: ``python -m yuntian.tools.list_open_probe DIR``.

Prints one JSON object. ``open_ms``: from building the page to its first picture (first page of
rows, filter choices, the first customer's card; the count runs in the background and is not
waited for), median of several openings. ``baseline_ms``: the floor of the same picture, a bare
QTableView over a QStandardItemModel filled from one raw query (sqlite3; psycopg on a PostgreSQL
profile) of the first 200 customers with their first number, measured the same number of times,
interleaved.
With ``--scroll``: scrolls the list to its very end through fetchMore and reports the process's
resident memory before and after (MB) and at every 100,000 rows, the rows loaded and held, and
the seconds it took. (Memory first grows while SQLite's page cache (32 MB) and phonenumbers'
region tables fill, then only by the 8-byte id the list keeps per row and Qt's own per-row
header entry.)

Run by ``yuntian bench`` (yuntian/benchmarks/customer_list.py) in its own process, so the
benchmark process itself never loads Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

FIRST_PAGE_SQL = (
    "SELECT c.id, c.code, c.name, p.raw, c.created_at FROM customer c "
    "LEFT JOIN customer_phone p ON p.customer_id = c.id AND p.sort = 0 "
    "WHERE NOT c.archived ORDER BY c.code, c.id LIMIT 200"
)


# PySide6 6.12.0 on Python 3.11 returns None from void methods without a reference of its own,
# so each such call leaves None one reference short and a long loop kills the interpreter
# ("none_dealloc"). Until that is fixed (or Python >= 3.12, where None is immortal) the probe
# tops the count up as it goes: a list of Nones costs 8 bytes each and no time worth measuring.
_NONE_START = sys.getrefcount(None)
_NONES: list[None] = []


def top_up_none() -> None:
    missing = _NONE_START - sys.getrefcount(None)
    if missing > 0:
        _NONES.extend([None] * missing)


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; elsewhere the peak from resource)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="list_open_probe")
    parser.add_argument("profile", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scroll", action="store_true")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QThreadPool
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from yuntian.config import load_profile
    from yuntian.db.models import User
    from yuntian.db.profile_database import open_profile_database
    from yuntian.services import build_services
    from yuntian.services.admin.auth import load_actor
    from yuntian.ui.customers.customers_page import CustomersPage

    app = QApplication(sys.argv[:1])
    profile = load_profile(args.profile, create=False)
    db = open_profile_database(profile, migrate=False)
    services = build_services(db, profile)
    actor = load_actor(
        User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
    )
    raw = _raw_connection(profile)

    def settle() -> None:
        for _ in range(2):
            app.processEvents()
        top_up_none()

    def open_page() -> tuple[float, CustomersPage]:
        started = time.perf_counter()
        page = CustomersPage(services, actor)
        page.resize(1080, 720)
        page.show()
        while page.model.loading:  # the first page is read off the GUI thread
            QThreadPool.globalInstance().waitForDone(5)
            app.processEvents()
            top_up_none()
        page.grab()  # the first picture with rows, painted
        return (time.perf_counter() - started) * 1000, page

    def open_bare() -> float:
        started = time.perf_counter()
        model = QStandardItemModel(0, 5)
        for row in raw.execute(FIRST_PAGE_SQL):
            model.appendRow([QStandardItem("" if v is None else str(v)) for v in row])
        view = QTableView()
        view.setModel(model)
        view.resize(1080, 720)
        view.show()
        view.grab()
        elapsed = (time.perf_counter() - started) * 1000
        view.close()
        view.deleteLater()
        return elapsed

    # One untimed opening each fills the caches (file pages, Qt's fonts and styles).
    _, page = open_page()
    open_bare()
    QThreadPool.globalInstance().waitForDone()
    page.close()
    page.deleteLater()
    settle()
    open_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(args.runs):
        elapsed, page = open_page()
        open_ms.append(elapsed)
        bare_ms.append(open_bare())
        QThreadPool.globalInstance().waitForDone()  # the count, before the next opening
        settle()
        page.close()
        page.deleteLater()
        settle()
    result: dict[str, object] = {
        "open_ms": statistics.median(open_ms),
        "baseline_ms": statistics.median(bare_ms),
        "runs": args.runs,
    }
    if args.scroll:
        result.update(scroll_to_end(services, actor, settle))
    raw.close()
    db.close()
    print(json.dumps(result), flush=True)
    # Skip the interpreter's final garbage collection: tearing down PySide objects at exit
    # can crash after the answer was printed, and a probe has nothing left to clean up.
    os._exit(0)


def _raw_connection(profile):
    """The baseline's connection: sqlite3 on the file, or psycopg on a PostgreSQL profile
    (with the password as the application finds it)."""
    if not profile.database_url.startswith("postgres"):
        return sqlite3.connect(profile.sqlite_path)
    import psycopg

    from yuntian.db.server_password import connect_url

    return psycopg.connect(connect_url(profile), autocommit=True)


def scroll_to_end(services, actor, settle) -> dict[str, object]:
    """Scroll a shown list to its last row as a user holding End would: fetchMore page by page
    with the view attached, painting now and then."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from yuntian.ui.customers.customers_page import CustomersPage

    page = CustomersPage(services, actor)
    page.resize(1080, 720)
    page.show()
    QThreadPool.globalInstance().waitForDone()
    settle()
    settle()
    before = rss_mb()
    model, table = page.model, page.table
    pool = QThreadPool.globalInstance()
    started = time.perf_counter()
    pages = 0
    checkpoints: list[tuple[int, float]] = []  # (rows loaded, RSS MB): where the growth goes
    while model.loading or model.canFetchMore():
        if model.rowCount() >= (len(checkpoints) + 1) * 100_000:
            checkpoints.append((model.rowCount(), rss_mb()))
        top_up_none()
        if model.loading:  # wait for the page on its way, and let it arrive
            pool.waitForDone()
            QCoreApplication.sendPostedEvents()
            continue
        model.fetchMore()
        pages += 1
        if pages % 50 == 0:
            table.scrollToBottom()
            settle()
    table.scrollToBottom()
    page.grab()
    seconds = time.perf_counter() - started
    after = rss_mb()
    return {
        "rss_before_mb": before,
        "rss_after_mb": after,
        "rows": model.rowCount(),
        "rows_held": model.cached_rows(),
        "scroll_s": seconds,
        "rss_by_rows": checkpoints,
        "last_row": model.data(model.index(model.rowCount() - 1, 0)),
    }


if __name__ == "__main__":
    sys.exit(main())
