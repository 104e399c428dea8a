"""Watching the connection to a database server: the warning while it is gone, and the way back.

The database object reports every lost connection, whatever met it (a page's background query,
a save on the GUI thread, the call desk): ``yuntian.db.connection_loss``. The watcher hears it,
says so (``lost``; the status bar shows the warning), and asks the server something trivial off
the GUI thread, after 1, 2, 4, 8, 16, 30, 30 … seconds, until it answers. Then it says so
(``back``) and publishes a change of every area on the bus with the origin ``RECONNECTED``:
open pages reload what they show, and an editor whose save met the outage saves now
(``EditorDialog.save_when_back``).

One watcher per signed-in session, built by the session and passed to whoever shows or needs
it (no singleton).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import ServerUnavailable
from yuntian.ui.common.background import run_in_background

if TYPE_CHECKING:
    from yuntian.services import Services

log = logging.getLogger(__name__)

RECONNECTED = "reconnected"  # the origin of the change published when the server is back
FIRST_DELAY = 1.0  # seconds before the first probe; doubled after each failed one
LONGEST_DELAY = 30.0


def reconnected_changes() -> Changes:
    """Everything may have changed while this station could not see the server."""
    return Changes({area: frozenset() for area in Area}, RECONNECTED)


class ConnectionWatcher(QObject):
    lost = Signal()  # the server went away (on the GUI thread)
    back = Signal()  # it answers again

    _heard = Signal()  # emitted on any thread, queued to the GUI thread

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        first_delay: float = FIRST_DELAY,
        longest_delay: float = LONGEST_DELAY,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._first = first_delay
        self._longest = longest_delay
        self._delay = first_delay
        self.is_lost = False
        self.probes = 0  # probes sent since the connection was lost (for tests and the log)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._probe)
        self._heard.connect(self._on_lost, Qt.ConnectionType.QueuedConnection)
        self._stop = services.db.on_connection_lost(lambda _e: self._heard.emit(), probes=True)
        self.destroyed.connect(self._stop)

    def stop(self) -> None:
        """Stop listening and probing (signing out)."""
        self._stop()
        self._timer.stop()

    def next_delay(self) -> float:
        """Seconds until the next probe (while lost)."""
        return self._delay

    def _on_lost(self) -> None:
        if self.is_lost:
            return  # probing already
        log.warning("lost the connection to the database server; probing until it answers")
        self.is_lost = True
        self.probes = 0
        self._delay = self._first
        self.lost.emit()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start(int(self._delay * 1000))

    def _probe(self) -> None:
        self.probes += 1
        run_in_background(self, lambda: _answers(self._services), self._answered)

    def _answered(self, answers: bool) -> None:
        if not answers:
            self._delay = min(self._delay * 2, self._longest)
            self._schedule()
            return
        log.warning("the database server answers again after %d probe(s)", self.probes)
        self.is_lost = False
        self.back.emit()
        self._services.changes.publish(reconnected_changes())


def _answers(services: Services) -> bool:
    """Whether the server answers now (on a pool thread; its connection is closed after)."""
    try:
        services.db.probe()
    except ServerUnavailable:
        return False
    return True
