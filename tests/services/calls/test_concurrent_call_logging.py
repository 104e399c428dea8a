"""Eight programs with three lines each log calls into one SQLite profile while a large
import runs: every call is stored and the import completes (real OS processes)."""

from __future__ import annotations

import multiprocessing as mp
import time

import pytest

from tests.helpers import ADMIN_PASSWORD, login_admin
from yuntian.benchmarks.call_writers import log_calls
from yuntian.db.models import Call, Customer
from yuntian.exports.customer_import_rows import ImportPhone, ImportRow
from yuntian.services import Services

PROGRAMS, LINES, IMPORTED = 8, 3, 2000


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
        context.Process(
            target=log_calls, args=(root, p, LINES, 5, ADMIN_PASSWORD, go, stop, results)
        )
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
