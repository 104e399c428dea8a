"""Run slow work (database counts, backups) off the GUI thread and get the answer back on it."""

from __future__ import annotations

import contextlib
import logging
import weakref
from collections.abc import Callable
from typing import Any

import peewee as pw
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread, so its signals reach the callbacks there (queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, db: pw.Database | None) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._db = db

    def run(self) -> None:
        try:
            result: Any = self._work()
            signal, value = self._relay.done, result
        except Exception as exc:  # reported to the GUI; the thread must not die silently
            log.exception("background job failed")
            signal, value = self._relay.failed, exc
        finally:
            # peewee opens one connection per thread; close this worker's before it is reused.
            if self._db is not None and not self._db.is_closed():
                self._db.close()
        # RuntimeError: the widget that asked was closed meanwhile, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    context: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    db: pw.Database | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Call ``work()`` on a pool thread; ``on_done(result)`` / ``on_error(exc)`` run on the GUI
    thread. The callbacks die with ``context``: close a page and its late answer is dropped.
    Pass ``db`` when ``work`` queries the database, so the worker's connection is closed."""
    # The relay is not a child of ``context``: the callbacks usually hold ``context`` (a bound
    # method, a lambda over self), so deleting the relay may drop the last reference to
    # ``context`` and delete it -- which, were the relay its child, would delete the relay a
    # second time, inside its own destructor (heap corruption). The application owns it instead.
    relay = _Relay(QCoreApplication.instance())
    target = weakref.ref(context)

    def deliver(callback: Callable[[Any], None], value: Any) -> None:
        relay.deleteLater()
        alive = target()
        if alive is not None and shiboken6.isValid(alive):
            callback(value)

    relay.done.connect(lambda value: deliver(on_done, value))
    if on_error is not None:
        relay.failed.connect(lambda exc: deliver(on_error, exc))
    else:
        relay.failed.connect(relay.deleteLater)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay, db))
