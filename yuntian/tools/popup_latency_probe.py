"""Measure the caller pop-up: ``python -m yuntian.tools.popup_latency_probe PROFILE-DIR``.

Prints one JSON object. A Whozz Calling unit is played over real UDP on 127.0.0.1 into the
application's own path: UDP driver -> parser -> line manager -> Qt bridge -> call desk (the
call stored and its number looked up in one transaction) -> pop-up filled -> painted.
``latency_ms``: from the driver receiving the record's last byte to the pop-up's customer name
being painted, one call at a time on lines 1..8 (p50, p99, max). ``burst_ms``: eight lines
ringing at once, from the first record's arrival to the last of the eight names painted
(median and worst of several bursts). ``lookup_ms``: the raw floor, the same numbers looked
up with one indexed sqlite3 query each in the same run (p50, p99).

Run by ``yuntian bench popup`` in its own process (the benchmark process never loads Qt).
"""

from __future__ import annotations

import argparse
import json
import socket
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from yuntian.app import phone_lines_factory
from yuntian.config import load_profile
from yuntian.db.profile_database import open_profile_database
from yuntian.demo.callers import as_dialled
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.services import build_services
from yuntian.ui.calls.call_desk import CallDesk
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.shell.status_bar import LineState, PhoneLinesWidget

LINES = 8
HEADER = b"^^<U>000001<S>012345$"


class NamePainted(QObject):
    """Notes when a pop-up's customer name is painted (the moment the receptionist sees it)."""

    def __init__(self) -> None:
        super().__init__()
        self.at: dict[int, list[float]] = {}  # line -> monotonic times of the name's paints

    def watch(self, popup: CallerPopup) -> None:
        popup.name_label.installEventFilter(self)  # the caller's name in the header
        popup.name_label.setProperty("line", popup.call.line if popup.call else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.at.setdefault(int(watched.property("line")), []).append(time.monotonic())
        return False

    def first_after(self, line: int, moment: float | None) -> float | None:
        """The first paint of the line's name at or after ``moment`` (the call's arrival)."""
        if moment is None:
            return None
        return next((t for t in self.at.get(line, ()) if t >= moment), None)


def record(line: int, kind: str, number: str) -> bytes:
    text = f"{line:02d} I {kind} 0000 G A1 11/27 09:30 AM {number:<14} {'':<15}"
    return HEADER + text.encode() + b"\r\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("profile")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--bursts", type=int, default=10)
    parser.add_argument("--user", default="reception")
    parser.add_argument("--password", default="demo1234")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(["popup-latency"])
    profile = load_profile(Path(args.profile), create=False)
    db = open_profile_database(profile)
    services = build_services(db, profile)
    actor = services.auth.login(args.user, args.password)
    numbers = sample_numbers(db, args.calls + args.bursts * LINES)

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = profile.config  # in memory only: the profile's file is not changed
    config.devices = [DeviceConfig("bench", DeviceKind.UDP, f"udp://127.0.0.1:{port}")]
    config.lines = [LineConfig("bench", n, n, f"线路 {n}") for n in range(1, LINES + 1)]
    config.popup_close_seconds = 3600
    badges = PhoneLinesWidget()
    desk = CallDesk(services, actor, badges, phone_lines_factory(services))
    painted = NamePainted()
    desk.call_shown.connect(painted.watch)
    received: dict[int, float] = {}
    desk.bridge.event.connect(
        lambda e: received.__setitem__(e.line, e.received) if hasattr(e, "received") else None
    )
    desk.start()
    wait(app, lambda: all(s is LineState.IDLE for s in badges.lines().values()), 10)
    # The first ring comes a while after sign-in: let the desk's warm-up (region tables,
    # pop-up windows) finish, as it does in the application.
    wait(app, lambda: all(desk.popups.popup(n) is not None for n in range(1, LINES + 1)), 10)
    QThreadPool.globalInstance().waitForDone(10_000)
    unit = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    target = ("127.0.0.1", port)

    def ring(pairs: list[tuple[int, str]]) -> float:
        """Ring these lines at once; seconds from the first arrival to the last name painted."""
        for line, _ in pairs:
            painted.at.pop(line, None)
            received.pop(line, None)
        for line, number in pairs:
            unit.sendto(record(line, "S", number), target)

        def shown(line: int) -> float | None:
            return painted.first_after(line, received.get(line))

        wait(app, lambda: all(shown(line) is not None for line, _ in pairs), 10)
        first = min(received[line] for line, _ in pairs)
        latency = max(shown(line) or 0.0 for line, _ in pairs) - first
        for line, number in pairs:
            unit.sendto(record(line, "E", number), target)
        wait(app, lambda: all(desk.call_id(line) is None for line, _ in pairs), 10)
        return latency

    singles = [
        ring([(i % LINES + 1, numbers[i])]) * 1000 for i in range(min(args.calls, len(numbers)))
    ]
    rest = numbers[args.calls :]
    bursts = [
        ring([(n + 1, rest[b * LINES + n]) for n in range(LINES)]) * 1000
        for b in range(args.bursts)
        if len(rest) >= (b + 1) * LINES
    ]
    desk.stop()
    desk.popups.close_all()
    unit.close()
    lookups = raw_lookups(profile.sqlite_path, numbers) if profile.uses_sqlite else []
    print(
        json.dumps(
            {
                "calls": len(singles),
                "latency_ms": summary(singles),
                "burst_ms": {
                    "median": statistics.median(bursts) if bursts else None,
                    "max": max(bursts, default=None),
                    "all": [round(b, 1) for b in bursts],
                },
                "lookup_ms": summary(lookups),
            }
        ),
        flush=True,
    )
    db.close()
    return 0


def sample_numbers(db, count: int) -> list[str]:
    """Numbers of distinct active customers spread over the whole table, as caller ID sends
    them (archived customers do not pop up)."""
    top = db.execute_sql("SELECT MAX(id) FROM customer_phone").fetchone()[0] or 0
    step = max(1, top // max(1, 2 * count))
    rows = db.execute_sql(
        "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
        f" WHERE p.id % {step} = 0 AND p.sort = 0 AND NOT c.archived LIMIT {count}"
    ).fetchall()
    return [as_dialled(r[0]) for r in rows]


def raw_lookups(path: Path, numbers: list[str]) -> list[float]:
    connection = sqlite3.connect(path)
    timings = []
    for number in numbers:
        key = "+86" + number.lstrip("0") if number.startswith("0") else "+86" + number
        started = time.perf_counter()
        connection.execute(
            "SELECT c.id, c.name FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
            " WHERE p.number = ?",
            (key,),
        ).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    connection.close()
    return timings


def summary(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p99": None, "max": None}
    ordered = sorted(values)
    return {
        "p50": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))],
        "max": ordered[-1],
    }


def wait(app: QApplication, done, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the pop-up did not appear in time")
        app.processEvents()
        time.sleep(0.0002)


if __name__ == "__main__":
    sys.exit(main())
