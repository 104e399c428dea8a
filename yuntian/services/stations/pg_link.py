"""PostgreSQL: events go out with NOTIFY and come in through LISTEN, in about a millisecond.

The listening connection is its own (autocommit, on its own thread); when the server goes away
it reconnects with back-off. NOTIFY carries at most 8000 bytes: a larger event is stored in
``station_event`` and the notification names its id.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from yuntian.services.stations.link_base import OutboxLink
from yuntian.services.stations.station_link import EventKind
from yuntian.services.stations.station_sql import close_quietly, connect

log = logging.getLogger(__name__)

CHANNEL = "yuntian_station"
NOTIFY_MOST = 7000  # bytes of one notification; the server's limit is 8000 with the channel
WAKE_SECONDS = 0.5  # how often the listener looks up from the socket to see if it must stop


class PostgresLink(OutboxLink):
    def __init__(self, url: str, station_key: str) -> None:
        super().__init__(url, station_key)
        self._fetcher: Any = None

    def _write(self, conn: Any, kind: EventKind, payload: str) -> None:
        text = json.dumps({"s": self.station_key, "k": str(kind), "p": json.loads(payload)})
        if len(text.encode()) > NOTIFY_MOST:
            row = conn.execute(
                "INSERT INTO station_event (created_at, station, kind, payload)"
                " VALUES (LOCALTIMESTAMP(0), %s, %s, %s) RETURNING id",
                (self.station_key, str(kind), payload),
            ).fetchone()
            text = json.dumps({"s": self.station_key, "k": str(kind), "ref": row[0]})
        conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, text))

    def _listen(self, conn: Any) -> None:
        conn.execute(f"LISTEN {CHANNEL}")
        self._ready.set()
        while not self._stop.is_set():
            for note in conn.notifies(timeout=WAKE_SECONDS):
                self._received(note.payload)

    def _stopped(self) -> None:
        close_quietly(self._fetcher)

    def _fetch(self, event_id: int) -> tuple | None:
        """A stored event's payload, read on a second connection: the listening one may not
        run a query while it waits for notifications."""
        if self._fetcher is None:
            self._fetcher = connect(self.url)
        try:
            return self._fetcher.execute(
                "SELECT payload FROM station_event WHERE id = %s", (event_id,)
            ).fetchone()
        except Exception:
            close_quietly(self._fetcher)
            self._fetcher = None
            raise

    def _received(self, text: str) -> None:
        try:
            note = json.loads(text)
            station, kind = note["s"], note["k"]
        except (ValueError, KeyError, TypeError):
            log.warning("notification on %s not understood", CHANNEL)
            return
        if station == self.station_key:
            return
        if "ref" in note:  # too large for NOTIFY: the event waits in the table
            row = self._fetch(note["ref"])
            if row is None:
                return  # pruned already
            self._deliver(station, kind, row[0])
        else:
            self._deliver(station, kind, note.get("p") or {})
