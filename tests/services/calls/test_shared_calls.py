"""Calls shared between stations on one database (all three engines): a broadcast device's
call heard by several PCs is stored once, the first station to take a call has it, and each
station closes only its own calls left open."""

from __future__ import annotations

import datetime as dt
import threading

from tests.helpers import login_admin
from tests.support.customer_helpers import salesperson
from yuntian.db.models import Call, User
from yuntian.services import Services
from yuntian.services.admin.auth import load_actor

PCS = 4  # stations hearing the same Whozz Calling unit


def start(services: Services, actor, key: str | None, station_key: str, number: str, **kw):
    return services.calls.start(
        actor, 2, "线路2", "in", number, station="前台", station_key=station_key,
        source_key=key, **kw,
    )  # fmt: skip


def at_once(count: int, work) -> list:
    """``work(n)`` on ``count`` threads released together (each its own connection)."""
    gate = threading.Barrier(count)
    results: list = [None] * count
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            gate.wait(timeout=30)
            results[n] = work(n)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            Call._meta.database.close()  # this thread's connection

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    return results


def test_a_broadcast_call_started_by_several_pcs_at_once_is_stored_once(services: Services):
    admin = login_admin(services)
    keys = [f"whozz:UNIT01SER001:0{n}:in:11271030:1380013800{n}" for n in range(1, 7)]

    def pc(n: int):
        return [start(services, admin, key, f"pc{n}", key[-11:]) for key in keys]

    by_pc = at_once(PCS, pc)
    for k, key in enumerate(keys):
        started = [calls[k] for calls in by_pc]
        assert len({s.call_id for s in started}) == 1, key  # every PC uses the same call
        assert sorted(s.joined for s in started) == [False] + [True] * (PCS - 1)
        assert Call.select().where(Call.source_key == key).count() == 1
    assert Call.select().count() == len(keys)  # no duplicate, nothing lost


def test_a_redial_within_the_minute_is_another_call_and_a_late_store_joins_its_call(
    services: Services, clock
):
    """The unit stamps to the minute: the same caller ringing again within it sends the same
    stamp. A call held while the database was busy joins the call it belongs to."""
    admin = login_admin(services)
    key = "whozz:UNIT01SER001:01:in:11270930:13800138000"
    first = start(services, admin, key, "pc1", "13800138000").call_id
    assert start(services, admin, key, "pc2", "13800138000").call_id == first
    services.calls.ended(admin, first)
    clock.advance(seconds=20)
    again = start(services, admin, key, "pc1", "13800138000")
    assert not again.joined and again.call_id != first
    assert start(services, admin, key, "pc2", "13800138000").call_id == again.call_id
    late = start(services, admin, key, "pc3", "13800138000", at=clock.now)  # held, stored now
    assert late.joined and late.call_id == again.call_id
    assert Call.select().count() == 2
    plain = [start(services, admin, None, "pc1", "13800138000").call_id for _ in range(2)]
    assert len(set(plain)) == 2  # a device one PC hears: every call its own row


def test_the_first_claim_wins_and_the_second_is_told_who_took_the_call(services: Services):
    admin = login_admin(services)
    wang = load_actor(User.get_by_id(salesperson(services, admin, "wangfang", "王芳")))
    li = load_actor(User.get_by_id(salesperson(services, admin, "lisi", "李四")))
    call_id = start(services, admin, None, "pc1", "13800138000").call_id
    stations = {0: (wang, "前台1"), 1: (li, "前台2")}

    taken = at_once(2, lambda n: services.calls.claim(stations[n][0], call_id, stations[n][1]))
    assert sorted(t.mine for t in taken) == [False, True]
    winner = next(t for t in taken if t.mine)
    loser = next(t for t in taken if not t.mine)
    assert (loser.user_name, loser.station) == (winner.user_name, winner.station)
    assert (winner.user_name, winner.station) in {("王芳", "前台1"), ("李四", "前台2")}

    again = services.calls.claim(admin, call_id, "前台3")  # later: nothing changes
    assert not again.mine and (again.user_name, again.station) == (winner.user_name, winner.station)
    row = services.calls.get(admin, call_id)
    assert (row.taken_by_name, row.taken_station) == (winner.user_name, winner.station)
    assert row.taken_at is not None


def test_calls_left_open_are_closed_by_station_key_not_host_name(services: Services, clock):
    """Two PCs with the same host name (cloned from one image): each closes only its own."""
    admin = login_admin(services)
    mine = start(services, admin, None, "key-a", "13800138000").call_id
    theirs = start(services, admin, None, "key-b", "13800138001").call_id
    clock.advance(seconds=5)
    assert services.calls.close_unfinished(admin, "key-a") == [mine]
    assert services.calls.close_unfinished(admin, "key-a", [theirs]) == []
    assert services.calls.get(admin, theirs).ended_at is None
    assert services.calls.get(admin, mine).ended_at == clock.now
    assert services.calls.get(admin, mine).station == services.calls.get(admin, theirs).station
    assert clock.now - dt.timedelta(seconds=5) == services.calls.get(admin, theirs).ring_at
