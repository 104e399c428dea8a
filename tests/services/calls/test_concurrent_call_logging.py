"""Eight programs with three lines each log calls into one SQLite profile while a large
import runs: every call is stored and the import completes (real OS processes)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import threading
import time
from pathlib import Path

import pytest

from tests.helpers import login_admin
from yuntian.config import load_profile
from yuntian.db.models import Call, Customer
from yuntian.db.profile_database import open_profile_database
from yuntian.exports.customer_import_rows import ImportPhone, ImportRow
from yuntian.services import Services, build_services
from yuntian.services.calls.call_journal import CallJournal

PROGRAMS, LINES, IMPORTED = 8, 3, 2000


def _log_calls(root: str, program: int, go: object, stop: object, results: object) -> None:
    """One station: LINES threads ringing and hanging up until told to stop, then storing
    whatever it had to hold."""
    profile = load_profile(Path(root), create=False)
    db = open_profile_database(profile, migrate=False)
    services = build_services(db, profile, dt.datetime.now)
    admin = login_admin(services)
    counts: list[tuple[int, int]] = []
    results.put("ready")  # type: ignore[attr-defined]

    def line(n: int) -> None:
        journal = CallJournal(
            db, services.calls, services.customer_lookup, profile.held_calls_dir, dt.datetime.now
        )
        made = held = 0
        go.wait()  # type: ignore[attr-defined]
        while not stop.is_set() or made < 5:  # type: ignore[attr-defined]
            ref, _ = journal.start(admin, n, f"线路{n}", "in", f"139{program:02d}{n}{made:05d}")
            journal.ended(admin, ref, 3)
            made += 1
            held = max(held, len(journal.held))
            time.sleep(0.005)
        deadline = time.monotonic() + 60
        while journal.held and time.monotonic() < deadline:
            journal.flush(admin)
            time.sleep(0.05)
        counts.append((made, held if not journal.held else -1))
        db.close()

    threads = [threading.Thread(target=line, args=(n,)) for n in range(1, LINES + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put(counts)  # type: ignore[attr-defined]


def _rows() -> list[ImportRow]:
    return [
        ImportRow(row=n + 2, name=f"导入客户{n}", phones=(ImportPhone(f"1350000{n:04d}", "电话"),))
        for n in range(IMPORTED)
    ]


@pytest.mark.slow
def test_every_call_is_stored_while_an_import_holds_the_database(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    plan = services.customer_import.prepare(admin, _rows())
    context = mp.get_context("spawn")
    go, stop, results = context.Event(), context.Event(), context.Queue()
    root = str(services.profile.root)
    programs = [
        context.Process(target=_log_calls, args=(root, p, go, stop, results))
        for p in range(PROGRAMS)
    ]
    for p in programs:
        p.start()
    assert [results.get(timeout=60) for _ in programs] == ["ready"] * PROGRAMS  # signed in
    go.set()
    time.sleep(0.5)  # calls flowing
    result = services.customer_import.run(admin, plan, "all-or-nothing")
    time.sleep(0.5)
    stop.set()
    counts = [c for _ in programs for c in results.get(timeout=120)]
    for p in programs:
        p.join(timeout=30)

    assert result.imported == IMPORTED
    assert Customer.select().count() == IMPORTED
    assert all(held >= 0 for _made, held in counts), "held calls left unstored"
    made = sum(m for m, _held in counts)
    assert Call.select().count() == made
    assert Call.select().where(Call.ended_at.is_null()).count() == 0
    assert any(held for _made, held in counts), "no call waited: the import did not overlap"
