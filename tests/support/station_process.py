"""A second station in its own OS process, driven line by line on stdin (tests/services/stations).

    python -m tests.support.station_process PROFILE_DIR

Prints ``ready KEY`` once its link listens and its first heartbeat is written, then obeys:
``send KIND JSON`` (an event on the link), ``customer NAME`` (creates one; prints ``customer
ID``), ``quit`` (a clean exit). Whatever it hears on the link is printed as ``heard KIND JSON``.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from tests.helpers import ADMIN_PASSWORD
from yuntian.config import load_profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput
from yuntian.services.stations.station_link import EventKind


def say(text: str) -> None:
    print(text, flush=True)


def main(profile_dir: str) -> None:
    profile = load_profile(Path(profile_dir), create=False)
    db = open_profile_database(profile)
    services = build_services(db, profile)
    actor = services.auth.login("system", ADMIN_PASSWORD)
    station = services.stations.join(actor)
    beaten = threading.Event()
    station.presence.listen(lambda _snapshot: beaten.set())
    for kind in EventKind:
        station.link.subscribe(kind, lambda e: say(f"heard {e.kind} {json.dumps(e.payload)}"))
    if not (station.link.wait_ready(20) and beaten.wait(20)):
        say("not ready")
        sys.exit(1)
    say(f"ready {station.identity.key}")
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        if command == "send":
            kind, _, payload = rest.partition(" ")
            station.link.send(EventKind(kind), json.loads(payload))
            say("sent")
        elif command == "customer":
            view = services.customers.create(
                actor, CustomerInput(name=rest, phones=(PhoneInput("13912345678"),))
            )
            say(f"customer {view.customer.id}")
        elif command == "quit":
            break
    station.close()
    db.close()
    say("bye")


if __name__ == "__main__":
    main(sys.argv[1])
