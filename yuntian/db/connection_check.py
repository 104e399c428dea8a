"""Try a database URL and say exactly what is wrong with it, as a value (no Qt, no exceptions):
the settings page's Test connection button and the start-up dialog show it in plain words.

Errors are told apart by the drivers' codes where they have them (PyMySQL 1045/1698 login,
1044 no rights, 1049 unknown database, 2003/2005 cannot connect). libpq reports a refused login
or a missing database only as text (psycopg's ``sqlstate`` is empty for connection failures),
so for PostgreSQL the server's message is matched in English and in its Chinese translation,
helped by libpq's own note of whether a password was asked for. Every attempt is bounded by a
short timeout (an unroutable host costs at most ``TIMEOUT_SECONDS``); run it off the GUI thread.
"""

from __future__ import annotations

import enum
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee as pw

from yuntian.db import identity, migrations
from yuntian.db.connection import DatabaseUrlError, check_url, describe_url, make_database

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5


class CheckKind(enum.Enum):
    OK = "ok"  # a Yuntian database at this program's schema
    EMPTY = "empty"  # reachable and empty (or a SQLite file not made yet): created at start
    HOST_NOT_FOUND = "host_not_found"  # the server's name does not resolve
    UNREACHABLE = "unreachable"  # nothing answers at host:port (refused, timed out)
    LOGIN_FAILED = "login_failed"  # wrong user name or password
    NO_RIGHTS = "no_rights"  # the login may not use this database
    DATABASE_MISSING = "database_missing"
    SCHEMA_OLDER = "schema_older"  # can be upgraded (yuntian db upgrade)
    SCHEMA_NEWER = "schema_newer"  # written by a newer Yuntian: refused
    NOT_YUNTIAN = "not_yuntian"  # tables, but not ours
    DRIVER_MISSING = "driver_missing"
    BAD_URL = "bad_url"
    FAILED = "failed"  # anything else: ``detail`` has the driver's words


USABLE = frozenset({CheckKind.OK, CheckKind.EMPTY})


@dataclass(frozen=True)
class CheckResult:
    kind: CheckKind
    message: str  # English, for the log and the command line
    where: str = ""  # the URL's display form (never a password)
    engine: str = ""
    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    server_version: str = ""
    schema: int | None = None  # the database's schema version, when it has one
    latest: int = migrations.LATEST  # the schema this program writes
    detail: str = ""  # the driver's own words (logged; shown under the plain text)

    @property
    def usable(self) -> bool:
        return self.kind in USABLE


_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
_NAME_UNKNOWN = re.compile(
    r"resolve host|translate host name|name or service not known|nodename nor servname|"
    r"getaddrinfo|no such host|temporary failure in name resolution|errno -[235]\b",
    re.IGNORECASE,
)
_UNREACHABLE = re.compile(
    r"connection refused|timeout expired|timed out|could not connect|no route to host|"
    r"network is unreachable|server closed the connection unexpectedly|connection reset",
    re.IGNORECASE,
)
_PG_LOGIN = re.compile(
    r"password authentication failed|role \S+ does not exist|no password supplied|"
    r"authentication failed|Password 认证失败|角色 \S+ 不存在|认证失败",
    re.IGNORECASE,
)
_PG_NO_DATABASE = re.compile(r"database \S+ does not exist|数据库 \S+ 不存在", re.IGNORECASE)
_PG_NO_RIGHTS = re.compile(
    r"permission denied for database|no pg_hba.conf entry|not permitted to log in|没有 pg_hba",
    re.IGNORECASE,
)


def check_connection(url: str, timeout: int = TIMEOUT_SECONDS) -> CheckResult:
    """Connect to ``url``, look at what is there and say whether Yuntian can use it."""
    base = _base(url)
    try:
        check_url(url)
    except DatabaseUrlError as exc:
        return _result(base, CheckKind.BAD_URL, str(exc))
    if base["engine"] == "sqlite":
        return _check_sqlite(url, base)
    module = "psycopg" if base["engine"] == "postgresql" else "pymysql"
    try:
        __import__(module)
    except ImportError:
        return _result(
            base,
            CheckKind.DRIVER_MISSING,
            f"{module} is not installed: pip install 'yuntian[server]'",
        )
    try:
        db = make_database(url)
    except DatabaseUrlError as exc:
        return _result(base, CheckKind.BAD_URL, str(exc))
    db.connect_params["connect_timeout"] = min(
        int(db.connect_params.get("connect_timeout", timeout)), timeout
    )
    if base["engine"] == "mysql":  # a port that accepts but never answers must not hang
        db.connect_params.setdefault("read_timeout", timeout)
    try:
        db.connect()
    except Exception as exc:
        return _connect_failure(base, exc)
    try:
        return _check_contents(db, base, _server_version(db))
    except Exception as exc:
        log.warning("checking %s failed", base["where"], exc_info=True)
        return _result(base, CheckKind.FAILED, f"{base['where']}: {_first_line(exc)}")
    finally:
        db.close()


def _base(url: str) -> dict[str, object]:
    parts = urlsplit(url)
    try:
        info = describe_url(url)
        port = parts.port
    except ValueError:
        info, port = None, None
    engine = info.engine if info else parts.scheme
    return {
        "where": info.display if info else parts.scheme,
        "engine": engine,
        "host": parts.hostname or ("" if engine == "sqlite" else "localhost"),
        "port": port or _DEFAULT_PORTS.get(engine),
        "database": info.display if engine == "sqlite" and info else parts.path.lstrip("/"),
        "user": unquote(parts.username or ""),
    }


def _result(base: dict[str, object], kind: CheckKind, message: str, **more: object) -> CheckResult:
    result = CheckResult(kind=kind, message=message, **base, **more)  # type: ignore[arg-type]
    log.info(
        "connection check %s: %s (%s) %s",
        base["where"],
        kind.value,
        message,
        more.get("detail", ""),
    )
    return result


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:300]


def _driver_error(exc: BaseException) -> BaseException:
    """The driver's exception behind peewee's wrapper."""
    for inner in (exc.__cause__, exc.__context__, *(exc.args[:1])):
        if isinstance(inner, BaseException):
            return inner
    return exc


def _connect_failure(base: dict[str, object], exc: Exception) -> CheckResult:
    error = _driver_error(exc)
    detail = _first_line(error)
    where = f"{base['host']}:{base['port']}"
    if base["engine"] == "mysql":
        code = error.args[0] if error.args and isinstance(error.args[0], int) else None
        if code in (1045, 1698):
            kind = CheckKind.LOGIN_FAILED
        elif code == 1044:
            kind = CheckKind.NO_RIGHTS
        elif code == 1049:
            kind = CheckKind.DATABASE_MISSING
        elif code in (2003, 2005, 2006, 2013):
            kind = (
                CheckKind.HOST_NOT_FOUND if _NAME_UNKNOWN.search(detail) else CheckKind.UNREACHABLE
            )
        else:
            kind = CheckKind.FAILED
    else:
        pgconn = getattr(error, "pgconn", None)
        if _PG_NO_DATABASE.search(detail):
            kind = CheckKind.DATABASE_MISSING
        elif _PG_LOGIN.search(detail) or (
            pgconn is not None and getattr(pgconn, "needs_password", False)
        ):
            kind = CheckKind.LOGIN_FAILED
        elif _PG_NO_RIGHTS.search(detail):
            kind = CheckKind.NO_RIGHTS
        elif _NAME_UNKNOWN.search(detail):
            kind = CheckKind.HOST_NOT_FOUND
        elif _UNREACHABLE.search(detail):
            kind = CheckKind.UNREACHABLE
        else:
            kind = CheckKind.FAILED
    messages = {
        CheckKind.HOST_NOT_FOUND: f"the server name {base['host']} is not known",
        CheckKind.UNREACHABLE: f"no database server answers at {where}",
        CheckKind.LOGIN_FAILED: f"{where} refused the login of {base['user'] or 'this user'}: "
        "wrong user name or password",
        CheckKind.NO_RIGHTS: f"{base['user']} may not use the database {base['database']}",
        CheckKind.DATABASE_MISSING: f"{where} has no database named {base['database']}",
        CheckKind.FAILED: f"cannot connect to {base['where']}",
    }
    return _result(base, kind, messages[kind], detail=detail)


def _server_version(db: pw.Database) -> str:
    if isinstance(db, pw.PostgresqlDatabase):
        text = db.execute_sql("SHOW server_version").fetchone()[0]
        return f"PostgreSQL {str(text).split()[0]}"
    text = str(db.execute_sql("SELECT VERSION()").fetchone()[0])
    name = "MariaDB" if "mariadb" in text.lower() else "MySQL"
    return f"{name} {text.split('-')[0]}"


def _check_contents(db: pw.Database, base: dict[str, object], version: str) -> CheckResult:
    tables = set(db.get_tables())
    where = base["where"]
    if not tables:
        return _result(
            base,
            CheckKind.EMPTY,
            f"{where} is empty: Yuntian creates its tables when it first opens it",
            server_version=version,
        )
    if "schema_version" not in tables or identity.CORE_TABLES - tables:
        return _result(
            base,
            CheckKind.NOT_YUNTIAN,
            f"{where} holds tables of another program, not a Yuntian database",
            server_version=version,
        )
    return _schema_result(base, migrations.current_version(db), version)


def _schema_result(base: dict[str, object], schema: int, version: str) -> CheckResult:
    latest = migrations.LATEST
    where = base["where"]
    if schema > latest:
        return _result(
            base,
            CheckKind.SCHEMA_NEWER,
            f"{where} has schema {schema}, newer than this Yuntian knows ({latest}): "
            "install the newer Yuntian on this PC",
            server_version=version,
            schema=schema,
        )
    if schema < latest:
        return _result(
            base,
            CheckKind.SCHEMA_OLDER,
            f"{where} has schema {schema}, older than this Yuntian's {latest}: upgrade it",
            server_version=version,
            schema=schema,
        )
    return _result(
        base,
        CheckKind.OK,
        f"{where}: connected ({version}), schema {schema}",
        server_version=version,
        schema=schema,
    )


def _check_sqlite(url: str, base: dict[str, object]) -> CheckResult:
    path = Path(str(base["database"]))
    version = f"SQLite {sqlite3.sqlite_version}"
    if str(path) != ":memory:" and not path.exists():
        return _result(
            base,
            CheckKind.EMPTY,
            f"{path} does not exist yet: Yuntian creates it when it first opens it",
            server_version=version,
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        return _result(base, CheckKind.FAILED, f"cannot open {path}", detail=_first_line(exc))
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return _result(
                base,
                CheckKind.EMPTY,
                f"{path} is empty: Yuntian sets it up",
                server_version=version,
            )
        reason = identity.foreign_reason(conn) or (
            "core tables missing" if identity.missing_core_tables(conn) else None
        )
        if reason:
            return _result(
                base,
                CheckKind.NOT_YUNTIAN,
                f"{path} is not a Yuntian database ({reason})",
                server_version=version,
            )
        schema = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        return _schema_result(base, int(schema), version)
    except sqlite3.DatabaseError as exc:  # "file is not a database"
        return _result(
            base, CheckKind.NOT_YUNTIAN, f"{path} is not a database", detail=_first_line(exc)
        )
    finally:
        conn.close()
