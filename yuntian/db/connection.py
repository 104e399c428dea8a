"""Open the database a profile points at: embedded SQLite or a shared PostgreSQL / MySQL server."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from yuntian.db.connection_loss import ReconnectingMixin
from yuntian.db.models import database_proxy
from yuntian.db.transactions import BUSY_TIMEOUT_MS

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,  # a second writer waits instead of failing at once
    "synchronous": "normal",  # safe with WAL; a power cut may lose the last commit, never corrupt
    "cache_size": -32_000,  # 32 MB page cache
    # The application checkpoints the WAL in the background every half minute (checkpoint()):
    # SQLite's own checkpoint, at 1,000 pages, ran inside the commit that crossed them and
    # took one call in a hundred from under 1 ms to ~30 ms (copying pages, syncing the file).
    # This is only the backstop, for processes without that timer (40 MB of WAL).
    "wal_autocheckpoint": 10_000,
}


class _SqliteDatabase(ReconnectingMixin, peewee.SqliteDatabase):
    """Threads opening a new file at the same moment can meet "database is locked" while one
    of them switches it to WAL: SQLite does not wait for that lock, so retry here briefly.
    A file on a network share that went away is a lost connection (ReconnectingMixin)."""

    _probe_sql = "PRAGMA schema_version"  # reads the file, not only the library

    def _connect(self):
        for attempt in range(_LOCKED_RETRIES):
            try:
                return super()._connect()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == _LOCKED_RETRIES - 1:
                    raise
                time.sleep(0.02 * (attempt + 1))
        raise AssertionError("unreachable")


_LOCKED_RETRIES = 20  # about 4 s in all


class _PostgresqlDatabase(ReconnectingMixin, peewee.PostgresqlDatabase):
    """A server that goes away during work: ServerUnavailable, then a fresh connection."""


class _MySQLDatabase(ReconnectingMixin, peewee.MySQLDatabase):
    """A server that goes away during work: ServerUnavailable, then a fresh connection."""


class DatabaseUrlError(ValueError):
    """The database URL cannot be used (bad shape, missing driver, unreachable server)."""


@dataclass(frozen=True)
class DatabaseInfo:
    engine: str  # sqlite, postgresql, mysql
    display: str  # what the status bar shows: a path or user@host/db, never a password


def describe_url(url: str) -> DatabaseInfo:
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    if scheme == "sqlite":
        return DatabaseInfo("sqlite", _sqlite_path(url))
    engine = "postgresql" if scheme in ("postgres", "postgresql") else scheme
    host = parts.hostname or "localhost"
    port = _port_text(parts.netloc)
    user = f"{unquote(parts.username)}@" if parts.username else ""
    return DatabaseInfo(engine, f"{engine}://{user}{host}{port}{parts.path}")


def make_database(url: str) -> peewee.Database:
    """Build (not connect) a peewee database for ``url``; DatabaseUrlError if it is unusable."""
    options = check_url(url)
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    if scheme == "sqlite":
        path = _sqlite_path(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # IMMEDIATE: writers queue for the lock instead of failing (yuntian.db.transactions).
        return _SqliteDatabase(
            path, pragmas=SQLITE_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000, lock_type="IMMEDIATE"
        )
    name = parts.path.lstrip("/")
    kwargs: dict[str, object] = {
        "host": parts.hostname or "localhost",
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        **options,
    }
    if parts.port:
        kwargs["port"] = parts.port
    kwargs = {k: v for k, v in kwargs.items() if v is not None}
    if scheme in ("postgres", "postgresql"):
        _require_module("psycopg", "PostgreSQL")
        kwargs.setdefault("connect_timeout", 5)
        return _PostgresqlDatabase(name, **kwargs)
    if scheme == "mysql":
        _require_module("pymysql", "MySQL")
        from pymysql.constants import CLIENT

        kwargs.setdefault("charset", "utf8mb4")
        # Report rows matched, not rows changed, as SQLite and PostgreSQL do.
        kwargs.setdefault("client_flag", CLIENT.FOUND_ROWS)
        # Strict mode on every connection (worker threads too) makes MySQL refuse bad data
        # instead of silently truncating it.
        kwargs.setdefault("sql_mode", "STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ENGINE_SUBSTITUTION")
        kwargs.setdefault("connect_timeout", 5)
        return _MySQLDatabase(name, **kwargs)
    raise AssertionError("check_url refuses other schemes")


# The query options a server URL may carry, each passed on to the driver; the numeric ones
# are checked and converted here (a driver would fail on "abc" deep inside the connect).
_OPTIONS = {
    "postgresql": {
        "connect_timeout": int,
        "sslmode": str,
        "sslrootcert": str,
        "sslcert": str,
        "sslkey": str,
        "application_name": str,
        "target_session_attrs": str,
        "keepalives": int,
        "keepalives_idle": int,
    },
    "mysql": {
        "connect_timeout": int,
        "read_timeout": int,
        "write_timeout": int,
        "charset": str,
        "ssl_ca": str,
        "ssl_cert": str,
        "ssl_key": str,
    },
}


def check_url(url: str) -> dict[str, object]:
    """The driver options a database URL carries, checked; DatabaseUrlError naming the URL (its
    display form, never a password) and what is wrong: an unknown scheme, no database name, a
    port outside 1..65535, an unknown option or a non-numeric value for a numeric one."""
    parts = urlsplit(url)
    scheme = parts.scheme.split("+")[0]
    if scheme == "sqlite":
        if parts.query:
            raise DatabaseUrlError(f"{url}: a SQLite URL takes no options ('?{parts.query}')")
        return {}
    engine = "postgresql" if scheme in ("postgres", "postgresql") else scheme
    if engine not in _OPTIONS:
        raise DatabaseUrlError(f"unsupported database URL scheme '{parts.scheme}'")
    where = describe_url(url).display
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 1 <= port <= 65535:
        raise DatabaseUrlError(f"{where}: the port must be a number from 1 to 65535")
    if not parts.path.lstrip("/"):
        raise DatabaseUrlError(f"{where}: the URL names no database")
    known = _OPTIONS[engine]
    try:
        given = parse_qs(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        raise DatabaseUrlError(
            f"{where}: the options '?{parts.query}' are not name=value"
        ) from None
    options: dict[str, object] = {}
    for key, values in given.items():
        if key not in known:
            names = ", ".join(sorted(known))
            raise DatabaseUrlError(f"{where}: unknown option '{key}' (known: {names})")
        value = values[-1]
        if known[key] is int:
            if not value.isascii() or not value.isdigit():
                raise DatabaseUrlError(f"{where}: option {key}={value!r} must be a whole number")
            options[key] = int(value)
        else:
            options[key] = value
    return options


def _port_text(netloc: str) -> str:
    """':PORT' as the URL spells it (even out of range, to show it), '' without one."""
    host = netloc.rsplit("@", 1)[-1]
    if host.startswith("["):  # [IPv6]:port
        host = host.partition("]")[2]
    _, colon, port = host.rpartition(":")
    return f":{port}" if colon and port else ""


def open_database(url: str) -> peewee.Database:
    """Connect, bind the models to it, and return it. Raises DatabaseUrlError with a clear reason."""
    try:
        db = make_database(url)
    except OSError as exc:  # the SQLite file's folder cannot be created
        where = describe_url(url).display
        raise DatabaseUrlError(f"cannot create the folder of {where}: {exc.strerror}") from None
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise DatabaseUrlError(f"cannot connect to {describe_url(url).display}: {exc}") from None
    database_proxy.initialize(db)
    return db


def _sqlite_path(url: str) -> str:
    # sqlite:////abs/path -> /abs/path ; sqlite:///rel.db -> rel.db ; sqlite:///:memory:
    rest = unquote(url.split("://", 1)[1] if "://" in url else url)
    rest = rest[1:] if rest.startswith("/") else rest
    return rest or ":memory:"


def _require_module(module: str, engine: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise DatabaseUrlError(
            f"{engine} support is not installed: pip install 'yuntian[server]'"
        ) from None


def close_thread_connection() -> None:
    """Close this thread's connection to the database the models are bound to (peewee keeps
    one per thread): a worker thread calls this when its work is done, before it is reused."""
    db = database_proxy.obj
    if db is not None and not db.is_closed():
        db.close()


CHECKPOINT_SECONDS = 30  # how often the application checkpoints the WAL in the background


def checkpoint(db: peewee.Database) -> None:
    """Copy what the WAL holds into the SQLite file, without waiting for readers or writers
    (PASSIVE); nothing on a server database. Run off the GUI thread, regularly."""
    if isinstance(db, peewee.SqliteDatabase) and db.database != ":memory:":
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
