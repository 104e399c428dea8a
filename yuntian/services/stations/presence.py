"""Who is online: each station writes ``last_seen`` (the server's clock) every heartbeat; a
station is online while it wrote within ``ONLINE_SECONDS`` and has not left. The station that
serves a line is the one whose devices take it (several: an online one first).

A PC that goes away without a word (power cut, kill -9) shows offline on the others after
``ONLINE_SECONDS`` plus at most one of their heartbeats; a clean exit says so at once (the row
is marked and a PRESENCE event wakes the others' heartbeats).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from yuntian.device_settings import MAX_STATION_LINES
from yuntian.services.stations.identity import StationIdentity
from yuntian.services.stations.station_link import EventKind, StationEvent, StationLink
from yuntian.services.stations.station_sql import Dialect, close_quietly, connect, dialect_of

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 1.0
ONLINE_SECONDS = 3 * HEARTBEAT_SECONDS  # three heartbeats missed: gone
LISTED_DAYS = 30  # stations not seen for longer are not listed at all
EVENTS_KEPT_SECONDS = 600  # station events are read within a second; older ones are pruned
PRUNE_EVERY = 30  # heartbeats


@dataclass(frozen=True)
class StationView:
    key: str
    name: str
    host: str
    user_name: str
    lines_served: tuple[int, ...]
    lines_wanted: tuple[int, ...]
    online: bool


@dataclass(frozen=True)
class LineHost:
    line: int
    station_key: str
    station_name: str
    online: bool


@dataclass(frozen=True)
class StationsSnapshot:
    stations: tuple[StationView, ...] = ()
    lines: dict[int, LineHost] = field(default_factory=dict)  # only lines some station serves

    @property
    def online(self) -> tuple[StationView, ...]:
        return tuple(s for s in self.stations if s.online)


def line_list(text: str) -> tuple[int, ...]:
    return tuple(sorted({int(x) for x in text.split(",") if x.strip().isdigit()}))


def line_text(lines: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted(set(lines)) if 1 <= n <= MAX_STATION_LINES)


def read_stations(cursor: Any, dialect: Dialect) -> StationsSnapshot:
    """Every station seen lately, online ones first, and who serves each line."""
    fresh, fresh_param = dialect.since(ONLINE_SECONDS)
    listed, listed_param = dialect.since(LISTED_DAYS * 86400)
    cursor.execute(
        "SELECT station_key, name, host, user_name, lines_served, lines_wanted,"
        f" CASE WHEN online AND last_seen >= {fresh} THEN 1 ELSE 0 END"
        f" FROM station WHERE last_seen >= {listed} ORDER BY name, station_key",
        (fresh_param, listed_param),
    )
    stations = tuple(
        StationView(key, name, host, user, line_list(served), line_list(wanted), bool(on))
        for key, name, host, user, served, wanted, on in cursor.fetchall()
    )
    lines: dict[int, LineHost] = {}
    for station in sorted(stations, key=lambda s: not s.online):  # online hosts win
        for line in station.lines_served:
            lines.setdefault(line, LineHost(line, station.key, station.name, station.online))
    return StationsSnapshot(stations, lines)


Listener = Callable[[StationsSnapshot], None]


class StationPresence:
    """This station's heartbeat, on a thread and connection of its own; after each beat it
    reads every station and hands the snapshot to the listeners (on its thread)."""

    def __init__(
        self,
        url: str,
        identity: StationIdentity,
        *,
        lines_served: Iterable[int] = (),
        lines_wanted: Iterable[int] = (),
        link: StationLink | None = None,
        interval: float = HEARTBEAT_SECONDS,
    ) -> None:
        self._url = url
        self._dialect = dialect_of(url)
        self.identity = identity
        self._served = line_text(lines_served)
        self._wanted = line_text(lines_wanted)
        self._user: tuple[int | None, str] = (None, "")
        self._link = link
        self._interval = interval
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._listeners: list[Listener] = []
        self.snapshot = StationsSnapshot()
        self._beats = 0
        self._thread = threading.Thread(target=self._run, name="station-heartbeat", daemon=True)
        self._unsubscribe = None
        if link is not None:
            self._unsubscribe = link.subscribe(EventKind.PRESENCE, self._presence_heard)

    def set_user(self, user_id: int | None, user_name: str) -> None:
        self._user = (user_id, user_name[:64])
        self._wake.set()

    def listen(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return stop

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Leave cleanly: this station shows offline on the others at once."""
        if self._stop.is_set():
            return
        self._stop.set()
        self._wake.set()
        self._thread.join(10)
        if self._unsubscribe is not None:
            self._unsubscribe()
        conn = None
        try:
            conn = connect(self._url)
            p = self._dialect.param
            cur = conn.cursor()
            cur.execute(
                f"UPDATE station SET online = {p} WHERE station_key = {p}",
                (False, self.identity.key),
            )
            cur.close()
        except Exception as exc:
            log.warning("could not mark this station offline: %s", exc)
        finally:
            close_quietly(conn)
        if self._link is not None:
            self._link.send(EventKind.PRESENCE, {"state": "left"})

    def refresh(self) -> None:
        """Beat and read now instead of at the next heartbeat."""
        self._wake.set()

    def _presence_heard(self, event: StationEvent) -> None:
        self._wake.set()

    def _run(self) -> None:
        conn = None
        first = True
        while not self._stop.is_set():
            try:
                if conn is None:
                    conn = connect(self._url)
                self._beat(conn)
                if first and self._link is not None:
                    self._link.send(EventKind.PRESENCE, {"state": "came"})
                first = False
                snapshot = self._read(conn)
            except Exception as exc:
                log.warning("station heartbeat failed: %s", exc)
                close_quietly(conn)
                conn = None
            else:
                self.snapshot = snapshot
                with self._lock:
                    listeners = list(self._listeners)
                for listener in listeners:
                    try:
                        listener(snapshot)
                    except Exception:
                        log.exception("station presence listener failed")
            self._wake.wait(self._interval)
            self._wake.clear()
        close_quietly(conn)

    def _beat(self, conn: Any) -> None:
        d, p = self._dialect, self._dialect.param
        user_id, user_name = self._user
        who = self.identity
        cur = conn.cursor()
        try:
            cur.execute(
                f"UPDATE station SET name = {p}, host = {p}, user_id = {p}, user_name = {p},"
                f" lines_served = {p}, lines_wanted = {p}, online = {p}, last_seen = {d.now}"
                + (f", started_at = {d.now}" if self._beats == 0 else "")
                + f" WHERE station_key = {p}",
                (who.name, who.host, user_id, user_name, self._served, self._wanted, True, who.key),
            )
            if cur.rowcount == 0:
                cur.execute(
                    "INSERT INTO station (station_key, name, host, user_id, user_name,"
                    " lines_served, lines_wanted, online, started_at, last_seen)"
                    f" VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p}, {p}, {d.now}, {d.now})",
                    (who.key, who.name, who.host, user_id, user_name, self._served,
                     self._wanted, True),
                )  # fmt: skip
            self._beats += 1
            if self._beats % PRUNE_EVERY == 1:
                old, param = d.since(EVENTS_KEPT_SECONDS)
                cur.execute(f"DELETE FROM station_event WHERE created_at < {old}", (param,))
        finally:
            cur.close()

    def _read(self, conn: Any) -> StationsSnapshot:
        cur = conn.cursor()
        try:
            return read_stations(cur, self._dialect)
        finally:
            cur.close()
