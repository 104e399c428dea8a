"""The links on their own: large PostgreSQL events, a dropped LISTEN connection, a failing
subscriber, and the change relay's merging and loop guard."""

from __future__ import annotations

import time

import psycopg

from yuntian.services.common.changes import Area, ChangeBus, Changes
from yuntian.services.stations.change_relay import ChangeRelay
from yuntian.services.stations.links import open_link
from yuntian.services.stations.pg_link import CHANNEL
from yuntian.services.stations.station_link import EventKind, LoopbackHub, StationEvent


def wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds} s"
        time.sleep(0.02)


def test_an_event_larger_than_notify_allows_arrives_whole(services_on):
    url = services_on("postgresql").profile.database_url
    a, b = open_link(url, "a"), open_link(url, "b")
    try:
        assert a.wait_ready(10) and b.wait_ready(10)
        heard: list[StationEvent] = []
        b.subscribe(EventKind.CALL, heard.append)
        notes = "备注" * 5000  # 30,000 bytes of UTF-8
        a.send(EventKind.CALL, {"number": "13800138000", "notes": notes})
        wait_for(lambda: heard, 5)
        assert heard[0].payload == {"number": "13800138000", "notes": notes}
    finally:
        a.close()
        b.close()


def test_a_link_whose_connection_the_server_dropped_listens_again(services_on):
    url = services_on("postgresql").profile.database_url
    a, b = open_link(url, "a"), open_link(url, "b")
    try:
        assert a.wait_ready(10) and b.wait_ready(10)
        heard: list[StationEvent] = []
        b.subscribe(EventKind.CALL, heard.append)
        listening = (
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = %s"
        )
        with psycopg.connect(url, autocommit=True) as admin:
            before = {r[0] for r in admin.execute(listening, (f"LISTEN {CHANNEL}",))}
            assert len(before) == 2  # both links' listening connections
            for pid in before:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

            def listening_again() -> bool:
                now = {r[0] for r in admin.execute(listening, (f"LISTEN {CHANNEL}",))}
                return len(now) == 2 and not now & before

            wait_for(listening_again, 10)
        a.send(EventKind.CALL, {"number": "after"})
        wait_for(lambda: heard, 5)
        assert heard[-1].payload == {"number": "after"}
    finally:
        a.close()
        b.close()


def test_a_failing_subscriber_stops_neither_the_link_nor_the_others(services_on):
    url = services_on("sqlite").profile.database_url
    a, b = open_link(url, "a", poll_seconds=0.05), open_link(url, "b", poll_seconds=0.05)
    try:
        assert a.wait_ready(10) and b.wait_ready(10)
        heard: list[object] = []

        def broken(event: StationEvent) -> None:
            raise RuntimeError("a bug in a pop-up")

        b.subscribe(EventKind.CALL, broken)
        b.subscribe(EventKind.CALL, lambda e: heard.append(e.payload["n"]))
        for n in range(3):
            a.send(EventKind.CALL, {"n": n})
        wait_for(lambda: len(heard) == 3, 5)
        assert heard == [0, 1, 2]
    finally:
        a.close()
        b.close()


def test_a_burst_of_changes_goes_out_as_one_event_and_never_comes_back():
    hub = LoopbackHub()
    front_bus, store_bus = ChangeBus(), ChangeBus()
    front_link, store_link = hub.link("front"), hub.link("store")
    sent: list[StationEvent] = []
    store_link.subscribe(EventKind.CHANGES, sent.append)
    echoed: list[StationEvent] = []
    front_link.subscribe(EventKind.CHANGES, echoed.append)
    heard: list[Changes] = []
    store_bus.subscribe(heard.append)
    front = ChangeRelay(front_bus, front_link, "前台1", merge=0.1)
    store = ChangeRelay(store_bus, store_link, "仓库", merge=0.1)
    try:
        for customer in (1, 2, 3):
            front_bus.publish(Changes.of(Area.CUSTOMERS, customer))
        front_bus.publish(Changes.of(Area.SALES, 9))
        wait_for(lambda: heard, 2)
        time.sleep(0.3)
        assert len(sent) == 1
        assert heard == [
            Changes({Area.CUSTOMERS: frozenset({1, 2, 3}), Area.SALES: frozenset({9})}, "前台1")
        ]
        assert echoed == []  # the store heard it; it does not tell the front back
    finally:
        front.close()
        store.close()
