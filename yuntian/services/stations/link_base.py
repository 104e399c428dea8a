"""What the server links share: an outbox written by a thread of its own (``send`` never
waits for the server and never fails the action that sent), and delivery to subscribers."""

from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Mapping
from typing import Any

from yuntian.services.stations.station_link import (
    EventKind,
    StationEvent,
    Subscriber,
    Subscribers,
    Unsubscribe,
)
from yuntian.services.stations.station_sql import close_quietly, connect

log = logging.getLogger(__name__)

BACKOFF_FIRST, BACKOFF_MOST = 0.5, 10.0  # seconds between reconnect attempts, doubling
FLUSH_SECONDS = 2.0  # close() waits this long for the outbox to be written


def encode(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class OutboxLink:
    """Subclasses write one event with ``_write`` and read others on their own thread."""

    def __init__(self, url: str, station_key: str) -> None:
        self.url = url
        self.station_key = station_key
        self.subscribers = Subscribers()
        self._stop = threading.Event()
        self._ready = threading.Event()  # the reading side is listening / has its start id
        self._outbox: queue.Queue[tuple[EventKind, str] | None] = queue.Queue()
        self._sender = threading.Thread(target=self._send_loop, name="station-send", daemon=True)
        self._reader = threading.Thread(target=self._read_loop, name="station-read", daemon=True)

    def start(self) -> None:
        self._sender.start()
        self._reader.start()

    # --- StationLink --------------------------------------------------------------------

    def send(self, kind: EventKind, payload: Mapping[str, Any]) -> None:
        if not self._stop.is_set():
            self._outbox.put((EventKind(kind), encode(payload)))

    def subscribe(self, kind: EventKind, subscriber: Subscriber) -> Unsubscribe:
        return self.subscribers.add(kind, subscriber)

    def close(self) -> None:
        """Write what is still in the outbox (briefly), then stop both threads."""
        if self._stop.is_set():
            return
        self._outbox.put(None)
        if self._sender.is_alive():
            self._sender.join(FLUSH_SECONDS)
        self._stop.set()
        if self._reader.is_alive():
            self._reader.join(FLUSH_SECONDS + 1)

    def wait_ready(self, timeout: float = 10.0) -> bool:
        """True once events sent by others from now on will be heard (tests, the benchmark)."""
        return self._ready.wait(timeout)

    # --- subclasses -----------------------------------------------------------------------

    def _write(self, conn: Any, kind: EventKind, payload: str) -> None:
        raise NotImplementedError

    def _listen(self, conn: Any) -> None:
        """Hear the other stations on ``conn`` until the link is closed; set ``_ready`` once
        listening. Raising (the server went away) makes ``_read_loop`` connect again."""
        raise NotImplementedError

    def _stopped(self) -> None:
        """The reading thread ends: close what ``_listen`` kept besides its connection."""

    def _read_loop(self) -> None:
        """``_listen`` on a connection of the link's own until closed; when the server goes
        away, connect again after a pause that doubles from BACKOFF_FIRST to BACKOFF_MOST."""
        delay = BACKOFF_FIRST
        while not self._stop.is_set():
            conn = None
            try:
                conn = connect(self.url)
                self._listen(conn)
            except Exception as exc:
                if self._stop.is_set():
                    break
                if self._ready.is_set():  # it had worked: the pauses start short again
                    delay = BACKOFF_FIRST
                self._ready.clear()
                log.warning("station link lost (%s); again in %.1f s", exc, delay)
                self._stop.wait(delay)
                delay = min(delay * 2, BACKOFF_MOST)
            finally:
                close_quietly(conn)
        self._stopped()

    def _deliver(self, station: str, kind: str, payload: str | Mapping[str, Any]) -> None:
        if station == self.station_key:
            return  # a station never hears itself
        try:
            event_kind = EventKind(kind)
            data = json.loads(payload) if isinstance(payload, str) else payload
        except ValueError:  # a newer version's kind, or a damaged row: not ours to read
            log.warning("station event of kind %r ignored", kind)
            return
        self.subscribers.deliver(StationEvent(event_kind, station, data))

    def _send_loop(self) -> None:
        conn = None
        while True:
            item = self._outbox.get()
            if item is None:
                break
            for attempt in (1, 2):  # a connection lost since the last event: one new one
                try:
                    if conn is None:
                        conn = connect(self.url)
                    self._write(conn, *item)
                    break
                except Exception as exc:
                    close_quietly(conn)
                    conn = None
                    if attempt == 2 or self._stop.is_set():
                        log.warning("station event %s not sent: %s", item[0], exc)
                        break
        close_quietly(conn)
