"""The one way to run work off the GUI thread (Anki's QueryOp / CollectionOp are the model).

- ``run_in_background(context, work, on_done, on_error)``: a query or a short job; the answer
  comes back on the GUI thread, and is dropped if ``context`` was closed meanwhile.
- ``Job``: a long job with a progress dialog and a cancel button; ``work(job)`` reports progress
  with ``job.report(done, total)`` and looks at ``job.cancelled()``.

The runner owns the database side: a pool thread's connection is closed when its work ends, so
callers never pass the database. Tests swap the pool for one that runs work in line (see
``use_pool``); answers still arrive on a later turn of the event loop, as they do in the
application, so code cannot come to rely on an answer arriving before ``start`` returns.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from yuntian.db.connection import close_thread_connection
from yuntian.db.connection_loss import ServerUnavailable

log = logging.getLogger(__name__)


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


_pools: list[Pool] = []  # a stack: the innermost ``use_pool`` wins; empty: Qt's global pool


def default_pool() -> Pool:
    return _pools[-1] if _pools else QThreadPool.globalInstance()


@contextlib.contextmanager
def use_pool(pool: Pool) -> Iterator[Pool]:
    """Run background work on ``pool`` inside the block (tests: an in-line pool)."""
    _pools.append(pool)
    try:
        yield pool
    finally:
        _pools.remove(pool)


_acting = threading.local()  # on a pool thread: the object whose work runs there now


def working_for() -> QObject | None:
    """The object (a page, a dialog) that started the background work running on this thread;
    None outside background work. The change bus uses it to tell a page its own changes."""
    ref = getattr(_acting, "context", None)
    return ref() if ref is not None else None


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry the answer there."""

    done = Signal(object)
    failed = Signal(object)


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, context: QObject) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._context = weakref.ref(context)
        self._caller = threading.get_ident()

    def run(self) -> None:
        outer = getattr(_acting, "context", None)
        _acting.context = self._context
        try:
            result: Any = self._work()
            signal, value = self._relay.done, result
        except ServerUnavailable as exc:  # the database object logged it; the watcher probes
            log.warning("background job met a lost connection: %s", exc)
            signal, value = self._relay.failed, exc
        except Exception as exc:  # reported to the GUI; the thread must not die silently
            log.exception("background job failed")
            signal, value = self._relay.failed, exc
        finally:
            _acting.context = outer
            # peewee opens one connection per thread; close a pool thread's before it is
            # reused (never the caller's own, when an in-line pool ran the work).
            if threading.get_ident() != self._caller:
                close_thread_connection()
        # RuntimeError: the application is going down, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


def run_in_background(
    context: QObject,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    pool: Pool | None = None,
) -> None:
    """Call ``work()`` on a pool thread; ``on_done(result)`` / ``on_error(exc)`` run on the GUI
    thread. The callbacks die with ``context``: close a page and its late answer is dropped."""
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

    queued = Qt.ConnectionType.QueuedConnection
    relay.done.connect(lambda value: deliver(on_done, value), queued)
    if on_error is not None:
        relay.failed.connect(lambda exc: deliver(on_error, exc), queued)
    else:
        relay.failed.connect(relay.deleteLater, queued)
    (pool or default_pool()).start(_Work(work, relay, context))


class Job(QObject):
    """One long background job with a progress dialog. ``work(job)`` runs on a pool thread and
    may call ``job.report(done, total)`` and ``job.cancelled()``; ``finished`` carries its result
    (or the exception it raised) back to the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)

    def __init__(self, parent: QWidget, label: str, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.result: Any = None
        self.done = False
        self.message_box: QObject | None = None  # a result box the caller keeps alive here
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Job", "Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.setCancelButtonText(QCoreApplication.translate("Job", "Cancel"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def start(self, work: Callable[[Job], Any]) -> Job:
        self.dialog.setValue(0)  # starts the dialog's minimum-duration timer
        run_in_background(self, lambda: work(self), self._finish, self._finish)
        return self

    def label(self, text: str) -> None:
        """Change the dialog's text (from the GUI thread)."""
        self.dialog.setLabelText(text)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # queued to the GUI thread

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _show_progress(self, done: int, total: int) -> None:
        if self.done:
            return
        if total <= 0:  # how much is left is not known: a busy bar
            self.dialog.setMaximum(0)
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _finish(self, result: object) -> None:
        self.result = result
        self.done = True
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit(result)
