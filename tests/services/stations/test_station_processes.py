"""Stations in two OS processes on one database (PostgreSQL: NOTIFY; MariaDB, SQLite: the polled
event table): events, other stations' changes on the bus, presence and kill -9."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import login_admin
from yuntian.config import Config, Profile
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.services import Services
from yuntian.services.common.changes import Area, Changes
from yuntian.services.stations.presence import HEARTBEAT_SECONDS, ONLINE_SECONDS
from yuntian.services.stations.station_link import EventKind, StationEvent
from yuntian.services.stations.stations import Station

ROOT = Path(__file__).resolve().parents[3]
OFFLINE_WITHIN = ONLINE_SECONDS + 2 * HEARTBEAT_SECONDS + 1  # seconds after a kill -9


class Second:
    """The second station's process and the lines it prints."""

    def __init__(self, profile: Profile) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.station_process", str(profile.root)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        ready = self.expect("ready", 60)
        self.key = ready.split()[1]

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def tell(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, start: str, seconds: float = 15) -> str:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line.startswith(start):
                return line
        raise AssertionError(f"the second station never printed {start!r}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


def second_profile(services: Services, root: Path, name: str) -> Profile:
    """Another PC of the shop: its own profile (own station key) on the same database, its
    caller-ID device taking line 3."""
    config = Config(database_url=services.profile.database_url, local_area_code="010")
    config.station_name = name
    config.devices = [DeviceConfig("modem", DeviceKind.SERIAL, "loop://")]
    config.lines = [LineConfig("modem", None, 3, "前台")]
    profile = Profile(root, config)
    profile.save()
    return profile


@pytest.fixture
def second(services: Services, tmp_path: Path) -> Iterator[Callable[[], Second]]:
    started: list[Second] = []

    def start() -> Second:
        started.append(Second(second_profile(services, tmp_path / "second", "仓库")))
        return started[-1]

    yield start
    for process in started:
        process.stop()


@pytest.fixture
def station(services: Services) -> Iterator[Station]:
    joined = services.stations.join(login_admin(services))
    assert joined.link.wait_ready(20)  # type: ignore[attr-defined]
    yield joined
    joined.close()


def wait_for(condition: Callable[[], object], seconds: float) -> float:
    """Seconds until ``condition()`` held; fails after ``seconds``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > seconds:
            raise AssertionError(f"not within {seconds} s")
        time.sleep(0.02)
    return time.monotonic() - start


def test_events_cross_processes_and_never_return_to_their_sender(station, second):
    heard: list[StationEvent] = []
    station.link.subscribe(EventKind.CALL, heard.append)
    other = second()

    other.tell('send call {"number": "13912345678", "line": 3}')
    wait_for(lambda: heard, 5)
    assert heard[0].station == other.key
    assert heard[0].payload == {"number": "13912345678", "line": 3}

    station.link.send(EventKind.CALL, {"number": "01062345678", "line": 1})
    line = other.expect("heard call", 5)
    assert json.loads(line.split(" ", 2)[2]) == {"number": "01062345678", "line": 1}
    time.sleep(1)  # a poll or two later: still nothing of our own
    assert [e.payload["number"] for e in heard] == ["13912345678"]


def test_another_stations_changes_arrive_on_this_bus_with_its_name(services, station, second):
    arrived: list[Changes] = []
    services.changes.subscribe(arrived.append)
    other = second()
    other.tell("customer 远程客户")
    customer_id = int(other.expect("customer").split()[1])

    wait_for(lambda: any(customer_id in c.ids(Area.CUSTOMERS) for c in arrived), 5)
    change = next(c for c in arrived if customer_id in c.ids(Area.CUSTOMERS))
    assert change.origin == "仓库" and not change.local


def test_a_station_killed_shows_offline_with_its_lines_within_seconds(station, second):
    other = second()
    presence = station.presence

    def line_3_host_online() -> bool:
        host = presence.snapshot.lines.get(3)
        return host is not None and host.station_key == other.key and host.online

    wait_for(line_3_host_online, 2 * HEARTBEAT_SECONDS + 1)
    assert any(s.key == other.key and s.online for s in presence.snapshot.stations)

    os.kill(other.process.pid, signal.SIGKILL)
    took = wait_for(lambda: not line_3_host_online(), OFFLINE_WITHIN)
    print(f"line 3 offline {took:.1f} s after kill -9")
    assert not any(s.key == other.key and s.online for s in presence.snapshot.stations)
    assert presence.snapshot.lines[3].station_name == "仓库"  # still named, as offline


@pytest.mark.parametrize("engine", ["sqlite"])
def test_a_clean_exit_shows_offline_at_once(station, second):
    other = second()
    wait_for(lambda: any(s.key == other.key for s in station.presence.snapshot.online), 5)
    other.tell("quit")
    other.expect("bye")
    took = wait_for(lambda: not station.presence.snapshot.lines[3].online, HEARTBEAT_SECONDS)
    assert took < HEARTBEAT_SECONDS
