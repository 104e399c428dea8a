"""A database server that went away during work: one clear error, and a fresh connection next time.

Every query of the program passes through the peewee database object (one connection per
thread), so that is where a lost connection is recognised: the driver errors that mean "the
server went away or cannot be reached" (found by cutting a real connection in
tests/support/tcp_proxy.py) become ``ServerUnavailable``, a ServiceError the UI shows as one
plain sentence, and the broken connection is dropped so that the next use connects again.

Nothing is replayed that might have been done already: only a ``BEGIN`` (nothing was sent
inside a transaction yet) or a lone ``SELECT`` outside a transaction is tried once more on a
fresh connection, which is what turns a connection the server dropped while the program sat
idle into no error at all. A write inside a transaction fails with the transaction (the server
rolls it back when the connection drops: nothing changed); a connection lost during ``COMMIT``
leaves the outcome unknown, which the error says (``outcome_unknown``) so that nobody saves the
same thing again blindly. No Qt here.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import peewee as pw

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.user_errors import ServiceError

log = logging.getLogger(__name__)


class ServerUnavailable(ServiceError, pw.OperationalError):
    """The database server went away or cannot be reached (network, server stopped, a SQLite
    file on a share that is gone). Nothing was changed, unless ``outcome_unknown``: the
    connection broke while the server was committing. Re-exported by
    yuntian.services.common.errors; a peewee OperationalError too, so code that handles database
    errors (the command line) still does."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the database server was lost. Nothing was changed; Yuntian "
        "reconnects by itself, try again in a moment.",
    )
    unknown_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the database server broke while saving: it is not known whether "
        "the change was stored. Look at the record once the connection is back before saving "
        "again.",
    )

    def __init__(self, *, outcome_unknown: bool = False) -> None:
        super().__init__(self.unknown_template if outcome_unknown else None)
        self.outcome_unknown = outcome_unknown


# PyMySQL: can't connect (2003), server has gone away (2006), lost connection during query
# (2013, 2055), connection killed (1927), server shutting down (1053).
_MYSQL_LOST = {1053, 1927, 2003, 2006, 2013, 2055}
# PostgreSQL: connection exceptions (class 08) and operator intervention (admin / crash
# shutdown, cannot connect now).
_PG_LOST_STATES = ("08", "57P01", "57P02", "57P03")
# Connection failures that are not the server going away: the settings are wrong.
_NOT_LOST_TEXT = ("authentication failed", "does not exist", "password")
_SQLITE_LOST_TEXT = ("disk i/o error", "unable to open database file")


def is_connection_lost(exc: BaseException) -> bool:
    """Whether ``exc`` (a driver error, or peewee's wrapper of one) says the server went away
    or cannot be reached."""
    for cause in _causes(exc):
        if isinstance(cause, ServerUnavailable):
            return True
        module = type(cause).__module__ or ""
        if module.startswith("psycopg"):
            return _pg_lost(cause)
        if module.startswith("pymysql"):
            return _mysql_lost(cause)
        if isinstance(cause, sqlite3.OperationalError):
            return any(text in str(cause).lower() for text in _SQLITE_LOST_TEXT)
    return False


def _pg_lost(exc: BaseException) -> bool:
    import psycopg

    state = getattr(exc, "sqlstate", None)
    if state is not None:
        return state.startswith(_PG_LOST_STATES)
    if isinstance(exc, psycopg.InterfaceError):
        return True
    if isinstance(exc, psycopg.OperationalError):
        text = str(exc).lower()
        return not any(part in text for part in _NOT_LOST_TEXT)
    return False


def _mysql_lost(exc: BaseException) -> bool:
    import pymysql

    if isinstance(exc, pymysql.err.InterfaceError):
        return True  # (0, ''): the connection is closed
    if isinstance(exc, pymysql.err.OperationalError) and exc.args:
        return exc.args[0] in _MYSQL_LOST
    return False


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, the driver error peewee wrapped in it, and what it was raised from."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        cause = todo.pop(0)
        if cause is None or any(cause is s for s in seen) or len(seen) > 8:
            continue
        seen.append(cause)
        if isinstance(cause, pw.PeeweeException):
            todo.append(getattr(cause, "orig", None))
            todo.extend(a for a in cause.args[:1] if isinstance(a, BaseException))
        todo += [cause.__cause__, cause.__context__]
    return seen


LostListener = Callable[[ServerUnavailable], None]


class ReconnectingMixin:
    """Mixed into the peewee database classes the program opens (yuntian.db.connection)."""

    _state: Any  # peewee's per-thread connection state

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lost_lock = threading.Lock()
        self._lost_listeners: list[LostListener] = []
        self._probers = 0  # listeners that probe the server until it answers
        # A connect failed: while someone watches (and probes), others fail at once instead of
        # waiting out the connect timeout again (a ringing phone's pop-up must not wait 5 s).
        self._server_down = False

    def on_connection_lost(
        self, listener: LostListener, *, probes: bool = False
    ) -> Callable[[], None]:
        """Call ``listener(error)`` (on the thread that met it) whenever a connection is found
        lost; returns the function that stops it. ``probes``: the listener calls ``probe``
        until the server answers, so meanwhile other connects fail at once."""
        with self._lost_lock:
            self._lost_listeners.append(listener)
            self._probers += probes

        def stop() -> None:
            with self._lost_lock:
                if listener in self._lost_listeners:
                    self._lost_listeners.remove(listener)
                    self._probers -= probes

        return stop

    def probe(self) -> None:
        """Ask the server something trivial on this thread's connection (a fresh one if it was
        lost); ServerUnavailable if it does not answer. For the connection watcher: while a
        listener watches, only a probe tries to connect to a server found down."""
        self._state.probing = True
        try:
            self.execute_sql(self._probe_sql).fetchall()  # type: ignore[attr-defined]
        finally:
            self._state.probing = False

    _probe_sql = "SELECT 1"

    # --- peewee's connection handling, watched -------------------------------------------

    def connect(self, reuse_if_open: bool = False) -> bool:
        open_now = reuse_if_open and not self.is_closed()  # type: ignore[attr-defined]
        watched = self._probers and not getattr(self._state, "probing", False)
        if self._server_down and watched and not open_now:
            raise ServerUnavailable()  # the watcher probes; it says when to try again
        try:
            opened = super().connect(reuse_if_open)  # type: ignore[misc]
        except Exception as exc:
            if is_connection_lost(exc):
                self._server_down = True
            self._raise_if_lost(exc)
            raise
        self._state.lost = False
        self._server_down = False
        return opened

    def cursor(self, named_cursor: Any = None) -> Any:
        if getattr(self._state, "lost", False):
            if self.transaction_depth():  # type: ignore[attr-defined]
                raise ServerUnavailable()  # the transaction died with its connection
            self._discard()
        return super().cursor(named_cursor)  # type: ignore[misc]

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)  # type: ignore[misc]
        except Exception as exc:
            if isinstance(exc, ServerUnavailable) or not self._lost_here(exc):
                raise  # not lost, or could not connect (said already)
            if self.transaction_depth() or not _is_select(sql):  # type: ignore[attr-defined]
                self._raise_lost(exc)
        try:  # a lone SELECT: the connection may just have been dropped while idle
            return super().execute_sql(sql, params)  # type: ignore[misc]
        except Exception as exc:
            self._raise_if_lost(exc)
            raise

    def begin(self, *args: Any, **kwargs: Any) -> None:
        try:
            return super().begin(*args, **kwargs)  # type: ignore[misc]
        except Exception as exc:
            if not self._lost_here(exc) or isinstance(exc, ServerUnavailable):
                raise
        try:  # nothing was sent in the transaction yet: once more on a fresh connection
            return super().begin(*args, **kwargs)  # type: ignore[misc]
        except Exception as exc:
            self._raise_if_lost(exc)
            raise

    def commit(self) -> None:
        try:
            super().commit()  # type: ignore[misc]
        except Exception as exc:
            self._raise_if_lost(exc, outcome_unknown=True)
            raise

    def rollback(self) -> None:
        if getattr(self._state, "lost", False) or self.is_closed():  # type: ignore[attr-defined]
            return  # the server rolled the transaction back when the connection dropped
        try:
            super().rollback()  # type: ignore[misc]
        except Exception as exc:
            if not self._lost_here(exc):
                raise

    def _close(self, conn: Any) -> None:
        if getattr(self._state, "lost", False):
            with contextlib.suppress(Exception):
                conn.close()
            return
        super()._close(conn)  # type: ignore[misc]

    # --- inside ---------------------------------------------------------------------------

    def _lost_here(self, exc: BaseException) -> bool:
        """Whether ``exc`` is a lost connection; if so this thread's connection is marked
        lost, and dropped at once when no transaction holds it."""
        if not is_connection_lost(exc):
            return False
        self._state.lost = True
        if not self.transaction_depth():  # type: ignore[attr-defined]
            self._discard()
        return True

    def _raise_if_lost(self, exc: BaseException, *, outcome_unknown: bool = False) -> None:
        if self._lost_here(exc):
            self._raise_lost(exc, outcome_unknown=outcome_unknown)

    def _raise_lost(self, exc: BaseException, *, outcome_unknown: bool = False) -> None:
        if isinstance(exc, ServerUnavailable) and not outcome_unknown:
            raise exc
        error = ServerUnavailable(outcome_unknown=outcome_unknown)
        log.warning("database connection lost: %s", exc)
        with self._lost_lock:
            listeners = list(self._lost_listeners)
        for listener in listeners:
            try:
                listener(error)
            except Exception:  # a broken listener must not hide the error itself
                log.exception("connection-lost listener failed")
        raise error from exc

    def _discard(self) -> None:
        """Forget this thread's broken connection (closing what is left of it quietly)."""
        conn = self._state.conn
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        self._state.reset()
        self._state.lost = False


def _is_select(sql: str) -> bool:
    return sql.lstrip().upper().startswith("SELECT")
