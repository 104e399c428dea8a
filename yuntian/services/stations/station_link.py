"""How stations tell each other what happens: plain events, sent through the shared database
(PostgreSQL: LISTEN / NOTIFY; MariaDB and SQLite: an event table read at a short interval).

A ``StationLink`` is this PC's end. ``send`` is fire-and-forget (a lost link never fails the
action that sent the event); subscribers are called on the link's own thread, so the UI relays
them to the GUI thread as it does for drivers. A station never hears its own events.

``LoopbackHub`` joins links inside one process: for a single PC, and for tests of the features
built on events (several links on one hub behave as several stations).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

log = logging.getLogger(__name__)


class EventKind(StrEnum):
    CHANGES = "changes"  # {"touched": {area: [ids, ...]}}: what a station's action changed
    CALL = "call"  # a call on a station line: rang, answered, taken, ended (services/calls)
    PRESENCE = "presence"  # a station came, is alive, or left (services/stations)


@dataclass(frozen=True)
class StationEvent:
    kind: EventKind
    station: str  # the sending station's key
    payload: Mapping[str, Any] = field(default_factory=dict)  # JSON types only


Subscriber = Callable[[StationEvent], None]
Unsubscribe = Callable[[], None]


class StationLink(Protocol):
    station_key: str

    def send(self, kind: EventKind, payload: Mapping[str, Any]) -> None: ...

    def subscribe(self, kind: EventKind, subscriber: Subscriber) -> Unsubscribe: ...

    def close(self) -> None: ...


class Subscribers:
    """Subscribers by kind; a failing subscriber is the subscriber's problem, not the link's."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_kind: dict[EventKind, list[Subscriber]] = {}

    def add(self, kind: EventKind, subscriber: Subscriber) -> Unsubscribe:
        with self._lock:
            self._by_kind.setdefault(kind, []).append(subscriber)

        def remove() -> None:
            with self._lock:
                listeners = self._by_kind.get(kind, [])
                if subscriber in listeners:
                    listeners.remove(subscriber)

        return remove

    def deliver(self, event: StationEvent) -> None:
        with self._lock:
            listeners = list(self._by_kind.get(event.kind, ()))
        for subscriber in listeners:
            try:
                subscriber(event)
            except Exception:  # one broken listener must not silence the others or the link
                log.exception("station event subscriber failed (%s)", event.kind)


class LoopbackHub:
    """Links in one process that hear each other, delivered on the sender's thread."""

    def __init__(self) -> None:
        self._links: list[LoopbackLink] = []
        self._lock = threading.Lock()

    def link(self, station_key: str) -> LoopbackLink:
        link = LoopbackLink(self, station_key)
        with self._lock:
            self._links.append(link)
        return link

    def _send(self, event: StationEvent) -> None:
        with self._lock:
            others = [link for link in self._links if link.station_key != event.station]
        for link in others:
            link.subscribers.deliver(event)

    def _leave(self, link: LoopbackLink) -> None:
        with self._lock:
            if link in self._links:
                self._links.remove(link)


class LoopbackLink:
    def __init__(self, hub: LoopbackHub, station_key: str) -> None:
        self._hub = hub
        self.station_key = station_key
        self.subscribers = Subscribers()

    def send(self, kind: EventKind, payload: Mapping[str, Any]) -> None:
        self._hub._send(StationEvent(kind, self.station_key, dict(payload)))

    def subscribe(self, kind: EventKind, subscriber: Subscriber) -> Unsubscribe:
        return self.subscribers.add(kind, subscriber)

    def close(self) -> None:
        self._hub._leave(self)
