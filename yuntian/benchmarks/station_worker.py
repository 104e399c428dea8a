"""The processes of ``yuntian bench stations`` (run as ``python -m``; JSON lines on stdout).

    station PROFILE KEY WARM   a station: on each CALL event, the pop-up's data (the caller
                               found by number, then what its card reads at once: customer,
                               purchases and debt, open orders); prints {"call", "ms"} per event, timed from the
                               line host's send (time.perf_counter is the machine's monotonic
                               clock on Linux, shared by processes)
    host PROFILE KEY WARM FILE GAP  the line host: for each number in FILE (one a line) on lines
                               1..8 in turn, stores the call as the desk does, sends a CALL event,
                               then does the same pop-up lookup itself (the baseline); prints
                               {"call", "baseline_ms"}
WARM: numbers (comma-separated) looked up before the start, as on a PC working for a while.
Each prints {"ready": true} once its link listens; the host starts on a line on stdin.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from yuntian.config import load_profile
from yuntian.db.models import User
from yuntian.db.profile_database import open_profile_database
from yuntian.services import Services, build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.common.permissions import Actor
from yuntian.services.stations.links import open_link
from yuntian.services.stations.station_link import EventKind, StationEvent


def say(data: dict) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def popup_data(services: Services, actor: Actor, number: str) -> int | None:
    """What a station's pop-up reads for a call: the caller, then what its card reads at once
    (CustomerCard.show_customer: the card, the purchases with what is owed, the open orders;
    the history tabs read when opened)."""
    found = services.customer_lookup.lookup(actor, number).customers
    if not found:
        return None
    customer_id = found[0].id
    services.customers.get(actor, customer_id)
    services.sales.for_customer(actor, customer_id)
    services.service_orders.open_for_customer(actor, customer_id)
    return customer_id


def main(argv: list[str]) -> None:
    mode, profile_dir, key = argv[:3]
    profile = load_profile(Path(profile_dir), create=False)
    db = open_profile_database(profile, migrate=False)
    services = build_services(db, profile)
    user = User.select().where(User.active == True).order_by(User.id).first()  # noqa: E712
    actor = load_actor(user)
    link = open_link(profile.database_url, key)
    for number in argv[3].split(","):  # warm up: a PC that has been working for a while
        popup_data(services, actor, number)
    if mode == "station":
        work = threading.Lock()  # one pop-up at a time, on the link's thread

        def on_call(event: StationEvent) -> None:
            heard = (time.perf_counter() - event.payload["t"]) * 1000
            with work:
                popup_data(services, actor, event.payload["number"])
                ms = (time.perf_counter() - event.payload["t"]) * 1000
            say({"call": event.payload["call"], "ms": ms, "heard_ms": heard})

        link.subscribe(EventKind.CALL, on_call)
        link.wait_ready(30)
        say({"ready": True})
        sys.stdin.readline()  # until the benchmark says stop
    else:
        numbers = Path(argv[4]).read_text(encoding="utf-8").split()
        gap = float(argv[5])
        link.wait_ready(30)
        say({"ready": True})
        sys.stdin.readline()
        for i, number in enumerate(numbers):
            line = i % 8 + 1
            services.calls.start(actor, line, f"线路{line}", "in", number, station=key)
            link.send(EventKind.CALL, {"call": i, "number": number, "line": line,
                                       "t": time.perf_counter()})  # fmt: skip
            started = time.perf_counter()
            popup_data(services, actor, number)
            say({"call": i, "baseline_ms": (time.perf_counter() - started) * 1000})
            time.sleep(gap)
    link.close()
    db.close()


if __name__ == "__main__":
    main(sys.argv[1:])
