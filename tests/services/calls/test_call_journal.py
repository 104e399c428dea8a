"""Calls while another writer holds the SQLite file: held, shown, stored later with their
own times; held calls survive the program stopping."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from tests.helpers import login_admin
from tests.support.busy_database import writer_elsewhere
from tests.support.customer_helpers import new_customer
from yuntian.db.models import Call
from yuntian.services import Services
from yuntian.services.calls.call_journal import CallJournal, HeldCall


def journal_of(services: Services, clock) -> CallJournal:
    return CallJournal(
        services.db, services.calls, services.customer_lookup,
        services.profile.held_calls_dir, clock, wait=0.05,
    )  # fmt: skip


def test_a_call_ringing_while_the_database_is_busy_is_shown_held_and_stored_later(
    sqlite_services: Services, clock
):
    services = sqlite_services
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "010-6234 5678").customer
    journal = journal_of(services, clock)
    rang = clock.now

    with writer_elsewhere(services):
        ref, started = journal.start(admin, 3, "售后热线", "in", "62345678", station="前台")
        assert isinstance(ref, HeldCall) and started.call_id is None
        assert [c.id for c in started.lookup.customers] == [zhang.id]  # the pop-up has it
        clock.advance(seconds=4)
        assert journal.answered(admin, ref) is None
        clock.advance(seconds=30)
        assert journal.ended(admin, ref, None) is None  # still busy: still held
        assert [p.suffix for p in services.profile.held_calls_dir.iterdir()] == [".json"]
        assert Call.select().count() == 0

    [stored] = journal.flush(admin)
    assert not journal.held and not list(services.profile.held_calls_dir.iterdir())
    row = services.calls.get(admin, stored.call_id)
    assert (row.line, row.line_name, row.station, row.customer_id) == (
        3,
        "售后热线",
        "前台",
        zhang.id,
    )
    assert row.ring_at == rang
    assert row.answered_at == rang + dt.timedelta(seconds=4)
    assert row.ended_at == clock.now and row.duration == 30 and not row.missed


def test_the_end_of_a_stored_call_is_held_while_busy_and_written_with_its_time(
    sqlite_services: Services, clock
):
    services = sqlite_services
    admin = login_admin(services)
    journal = journal_of(services, clock)
    call_id, _started = journal.start(admin, 1, "1", "in", "13800138000")
    assert isinstance(call_id, int)
    clock.advance(seconds=20)
    ended_at = clock.now
    with writer_elsewhere(services):
        journal.ended(admin, call_id, None)
        assert len(journal.held) == 1
    clock.advance(minutes=5)
    journal.flush(admin)
    row = services.calls.get(admin, call_id)
    assert row.ended_at == ended_at and row.missed  # rang 20 s, never answered


def test_calls_held_by_a_program_that_stopped_are_stored_at_the_next_start(
    sqlite_services: Services, clock
):
    services = sqlite_services
    admin = login_admin(services)
    first = journal_of(services, clock)
    with writer_elsewhere(services):
        first.start(admin, 2, "2", "in", "13900139000")  # still ringing when it stopped
        ended, _ = first.start(admin, 4, "4", "in", "13700137000")
        first.ended(admin, ended, 0)
    # The program that held them is gone: its spool file carries a finished process's id.
    spool = next(services.profile.held_calls_dir.iterdir())
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    spool.rename(spool.with_name(f"{gone}-{spool.name.split('-', 1)[1]}"))

    later = journal_of(services, clock)
    assert later.adopt() == 2
    assert len(later.flush(admin)) == 2
    rows = {r.raw_number: r for r in Call.select()}
    assert rows["13900139000"].ended_at is not None and rows["13900139000"].duration is None
    assert rows["13700137000"].missed
    assert not list(services.profile.held_calls_dir.iterdir())
    assert journal_of(services, clock).adopt() == 0  # taken once only


def test_a_running_program_keeps_its_held_calls(sqlite_services: Services, clock):
    services = sqlite_services
    admin = login_admin(services)
    first = journal_of(services, clock)
    with writer_elsewhere(services):
        first.start(admin, 2, "2", "in", "13900139000")
    assert journal_of(services, clock).adopt() == 0  # this process is running
    assert len(first.flush(admin)) == 1


def test_the_spool_file_is_private(sqlite_services: Services, clock):
    services = sqlite_services
    admin = login_admin(services)
    journal = journal_of(services, clock)
    with writer_elsewhere(services):
        journal.start(admin, 2, "2", "in", "13900139000")
    spool = next(services.profile.held_calls_dir.iterdir())
    assert spool.stat().st_mode & 0o077 == 0
