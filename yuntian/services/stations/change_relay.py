"""Changes between stations: what this process's actions announce on the change bus goes to
the other stations as one CHANGES event per burst, and their CHANGES events are announced on
this bus with the sending station's name as ``origin`` (so pages follow other PCs' work). What
arrives from another station is never sent on again: stations would echo each other forever.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from yuntian.services.common.changes import Area, ChangeBus, Changes
from yuntian.services.stations.station_link import EventKind, StationEvent, StationLink

log = logging.getLogger(__name__)

MERGE_SECONDS = 0.15  # changes within this long after the first go out as one event
IDS_MOST = 200  # more ids of one area are sent as "which rows is not known" (an empty list)


def changes_payload(changes: Changes, origin_name: str) -> dict[str, object]:
    touched = {
        str(area): ([] if len(ids) > IDS_MOST else sorted(ids))
        for area, ids in changes.touched.items()
    }
    return {"touched": touched, "name": origin_name}


def changes_from(event: StationEvent) -> Changes:
    """The changes an event names, with the sender's name (else its key) as their origin."""
    origin = str(event.payload.get("name") or event.station)
    touched: dict[Area, frozenset[int]] = {}
    raw = event.payload.get("touched")
    for area, ids in raw.items() if isinstance(raw, dict) else ():
        try:
            touched[Area(area)] = frozenset(i for i in ids if isinstance(i, int))
        except (ValueError, TypeError):  # an area of a newer version: nothing here shows it
            continue
    return Changes(touched, origin)


class ChangeRelay:
    def __init__(
        self, bus: ChangeBus, link: StationLink, name: str, *, merge: float = MERGE_SECONDS
    ) -> None:
        self._bus = bus
        self._link = link
        self._name = name
        self._merge = merge
        self._lock = threading.Lock()
        self._pending = Changes()
        self._timer: threading.Timer | None = None
        self._closed = False
        self._stops: list[Callable[[], None]] = [
            bus.subscribe(self._local_change),
            link.subscribe(EventKind.CHANGES, self._remote_change),
        ]

    def close(self) -> None:
        """Stop listening, and send what is still held."""
        for stop in self._stops:
            stop()
        with self._lock:
            self._closed = True
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
        self._flush()

    def _local_change(self, changes: Changes) -> None:
        if not changes.local:  # another station's: it told everyone itself
            return
        with self._lock:
            if self._closed:
                return
            self._pending = self._pending | changes
            if self._timer is None:
                self._timer = threading.Timer(self._merge, self._flush)
                self._timer.daemon = True
                self._timer.start()

    def _flush(self) -> None:
        with self._lock:
            changes, self._pending = self._pending, Changes()
            self._timer = None
        if changes:
            self._link.send(EventKind.CHANGES, changes_payload(changes, self._name))

    def _remote_change(self, event: StationEvent) -> None:
        changes = changes_from(event)
        if changes:
            self._bus.publish(changes)
