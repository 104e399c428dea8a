"""The one line the ``yuntian`` command prints when the machine or the data fails it.

``cli.main`` asks ``explain`` about any exception a subcommand lets out. Known failure classes
(an unreadable or damaged database, a full disk, a server gone or refusing, a file that cannot
be written, text that cannot be encoded, a database server's client tool missing on this PC) get one line saying what and where; anything else is
a programmer's error and keeps its traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import peewee as pw

from yuntian.db.backup_errors import ClientToolError

_DRIVER_MODULES = ("psycopg", "pymysql")  # their errors, when one escapes peewee's wrapping
_PG_INSUFFICIENT_PRIVILEGE = "42501"


def explain(exc: BaseException, database: Callable[[], str]) -> str | None:
    """One line for a known failure, else None. ``database()`` names the profile's database
    (a path, or user@host/name), asked only when the failure is the database's."""
    if isinstance(exc, UnicodeError):
        return _unicode(exc)
    if isinstance(exc, ClientToolError):  # a server's client tool missing or too old
        return str(exc)
    if _is_database_error(exc):
        exc = _first_database_error(exc)
        if not _known_database_error(exc):
            return None
        return f"{database()}: {_database_text(exc)}"
    if isinstance(exc, OSError):
        return _os_text(exc)
    return None


def _is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (pw.DatabaseError, pw.InterfaceError, sqlite3.Error)) or (
        type(exc).__module__.split(".")[0] in _DRIVER_MODULES
    )


def _first_database_error(exc: BaseException) -> BaseException:
    """The failure that started it: a rollback refused because the failure already ended the
    transaction ("cannot rollback - no transaction is active"), or a closed connection after
    the server went away, is raised while the first one is handled; peewee's own error wraps
    the driver's the same way."""
    while (
        exc.__context__ is not None
        and not exc.__suppress_context__
        and _is_database_error(exc.__context__)
    ):
        exc = exc.__context__
    return exc


def _known_database_error(exc: BaseException) -> bool:
    if isinstance(exc, (pw.OperationalError, pw.InterfaceError, sqlite3.OperationalError)):
        return True  # connections, locks, full disks, read-only files, servers gone
    if type(exc) in (pw.DatabaseError, sqlite3.DatabaseError):
        return True  # SQLite's "file is not a database", "database disk image is malformed"
    original = exc.args[0] if isinstance(exc, pw.DatabaseError) and exc.args else exc
    if getattr(original, "sqlstate", None) == _PG_INSUFFICIENT_PRIVILEGE:
        return True
    module = type(original).__module__.split(".")[0]
    return module in _DRIVER_MODULES and "Operational" in type(original).__name__


def _database_text(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    lowered = text.lower()
    if "file is not a database" in lowered:
        return f"not a SQLite database file ({text})"
    if "malformed" in lowered:
        return (
            f"the database is damaged ({text}); 'yuntian db check' shows more, "
            "'yuntian restore FILE' puts a backup back"
        )
    if "full" in lowered:
        return f"{text}; the change under way was undone"
    return text


def _os_text(exc: OSError) -> str:
    text = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return text
    where = str(exc.filename)
    if exc.filename2 is not None:
        where += f" -> {exc.filename2}"
    return f"{where}: {text}"


def _unicode(exc: UnicodeError) -> str:
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        start = max(exc.start - 20, 0)
        around = exc.object[start : exc.end + 20]
        verb = "encode" if isinstance(exc, UnicodeEncodeError) else "decode"
        return f"cannot {verb} {around!r} as {exc.encoding} ({exc.reason})"
    return str(exc)
