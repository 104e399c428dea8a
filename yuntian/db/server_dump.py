"""Dump and restore a server database with its own client tools: pg_dump / pg_restore
(PostgreSQL, custom format) and mariadb-dump / mariadb (MySQL, MariaDB; or mysqldump / mysql).

``yuntian.db.backup`` decides where a dump goes (names, rotation, the private .partial file);
this module runs the tools. The password reaches a tool through its environment (PGPASSWORD)
or a private option file that is deleted afterwards (MySQL), never its command line: every
user of the PC can read a process's arguments. Nothing a tool prints is shown with the
password in it.

A MySQL login without the TRIGGER privilege (the application login of ``yuntian db roles``)
cannot read the audit lock's triggers: its dumps leave them out, and the restore installs them
again as the program defines them (``_reinstall_triggers``).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee as pw

from yuntian.db import migrations
from yuntian.db.backup_errors import BackupError, MissingToolError, ToolTooOldError
from yuntian.db.connection import check_url, describe_url, make_database
from yuntian.db.identity import CORE_TABLES

log = logging.getLogger(__name__)

SUFFIXES = {"postgresql": ".dump", "mysql": ".sql"}
PG_MAGIC = b"PGDMP"  # the first bytes of a pg_dump custom-format archive
_MYSQL_HEADERS = (b"-- MariaDB dump", b"-- MySQL dump")
_MYSQL_END = "-- Dump completed"
_PG_VERSIONS = re.compile(r"server version: (\d[\w.]*).*?pg_dump version: (\d[\w.]*)", re.S)
# How mysqldump names the account that owns a trigger, routine or event. On another server
# (or restored by another login) that account may not exist: every trigger would then fail.
_DEFINER = re.compile(r"/\*!5\d{4} DEFINER=`[^`]*`@`[^`]*`\s*\*/ ?|DEFINER=`[^`]*`@`[^`]*` ")
_LIBPQ_OPTIONS = {
    "connect_timeout": "PGCONNECT_TIMEOUT",
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "application_name": "PGAPPNAME",
    "target_session_attrs": "PGTARGETSESSIONATTRS",
}
_MYSQL_OPTIONS = {
    "connect_timeout": "--connect-timeout",
    "ssl_ca": "--ssl-ca",
    "ssl_cert": "--ssl-cert",
    "ssl_key": "--ssl-key",
}
# Where the Windows installers put the tools when their bin folder is not on PATH.
_WINDOWS_BINS = {
    "postgresql": ("PostgreSQL/*/bin",),
    "mysql": ("MariaDB */bin", "MySQL/MySQL Server */bin"),
}
_INSTALL = {
    "postgresql": (
        "PostgreSQL",
        "postgresql-client",
        r"C:\Program Files\PostgreSQL\17\bin",
    ),
    "mysql": ("MariaDB", "mariadb-client", r"C:\Program Files\MariaDB 11.4\bin"),
}


@dataclass(frozen=True)
class Server:
    engine: str  # postgresql or mysql
    host: str
    port: int
    user: str
    password: str | None
    database: str
    options: dict[str, object]
    display: str  # user@host/name, never the password


def server_of(url: str) -> Server:
    options = check_url(url)
    parts = urlsplit(url)
    info = describe_url(url)
    if info.engine not in SUFFIXES:
        raise BackupError(f"{info.display} is not a server database")
    pg = info.engine == "postgresql"
    return Server(
        engine=info.engine,
        host=parts.hostname or "localhost",
        port=parts.port or (5432 if pg else 3306),
        user=unquote(parts.username) if parts.username else ("postgres" if pg else "root"),
        password=unquote(parts.password) if parts.password else None,
        database=parts.path.lstrip("/"),
        options=options,
        display=info.display,
    )


def find_tool(engine: str, names: tuple[str, ...]) -> Path:
    """The first of ``names`` on PATH (on Windows also in the installers' folders)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return Path(found)
    if os.name == "nt":
        for root in {os.environ.get(k, "") for k in ("ProgramFiles", "ProgramW6432")} - {""}:
            for pattern in _WINDOWS_BINS[engine]:
                for folder in sorted(Path(root).glob(pattern), key=_version_key, reverse=True):
                    for name in names:
                        if (folder / f"{name}.exe").is_file():
                            return folder / f"{name}.exe"
    raise MissingToolError(names[0], missing_tool_text(engine, names[0]))


def _version_key(folder: Path) -> tuple[int, ...]:
    """PostgreSQL/17/bin, MariaDB 11.4/bin: the newest version first (17 after 9.6)."""
    return tuple(int(n) for n in re.findall(r"\d+", folder.parent.name))


def require_dump_tools(engine: str) -> None:
    """MissingToolError before any file or folder is made when this PC cannot dump."""
    if engine == "postgresql":
        find_tool(engine, ("pg_dump",))
        find_tool(engine, ("pg_restore",))  # checks the dump
    else:
        find_tool(engine, ("mariadb-dump", "mysqldump"))


def missing_tool_text(engine: str, tool: str) -> str:
    label, package, folder = _INSTALL[engine]
    return (
        f"{tool} is not installed on this PC, so the {label} database cannot be backed up or "
        f"restored here: on Debian/Ubuntu run 'sudo apt install {package}'; on Windows put "
        f"the bin folder of the {label} installation (where {tool}.exe is, e.g. {folder}) "
        "on PATH"
    )


def dump(url: str, out: Path) -> None:
    """Write a dump of the server database ``url`` into the (private, empty) file ``out``."""
    server = server_of(url)
    if server.engine == "postgresql":
        tool = find_tool("postgresql", ("pg_dump",))
        _run(server, [str(tool), "-Fc", "--no-password"], out=out, what="pg_dump")
        return
    tool = find_tool("mysql", ("mariadb-dump", "mysqldump"))
    may = _mysql_privileges(url)
    args = ["--single-transaction", "--routines", "--hex-blob", "--default-character-set=utf8mb4"]
    # Without these privileges the tool refuses the whole dump; the restore puts the
    # program's triggers back (the module's docstring).
    args.append("--triggers" if "TRIGGER" in may else "--skip-triggers")
    args.append("--events" if "EVENT" in may else "--skip-events")
    with _mysql_login(server, tool) as argv:
        _run(server, [*argv, *args, server.database], out=out, what=tool.stem)


def check_dump(engine: str, path: Path) -> None:
    """BackupError unless ``path`` is a whole dump holding Yuntian's schema_version table."""
    if engine == "postgresql":
        tool = find_tool("postgresql", ("pg_restore",))
        listing = subprocess.run(
            [str(tool), "--list", str(path)], capture_output=True, text=True, errors="replace"
        )
        if listing.returncode != 0:
            raise BackupError(f"{path}: the dump cannot be read back ({_first(listing.stderr)})")
        if not re.search(r"TABLE DATA \S+ schema_version ", listing.stdout):
            raise BackupError(f"{path}: the dump holds no schema_version table")
        return
    with path.open("rb") as f:
        head = f.read(256)
        f.seek(max(0, path.stat().st_size - 200))
        tail = f.read().decode("utf-8", "replace")
    if not _is_mysql_dump(head) or _MYSQL_END not in tail:
        raise BackupError(f"{path}: the dump is incomplete (no '{_MYSQL_END}' at its end)")


@dataclass(frozen=True)
class DumpInfo:
    engine: str
    version: int  # the schema version of the database dumped
    has_triggers: bool


def is_server_dump(source: Path) -> bool:
    try:
        with source.open("rb") as f:
            head = f.read(256)
    except OSError:
        return False
    return head.startswith(PG_MAGIC) or _is_mysql_dump(head)


def read_dump(source: Path) -> DumpInfo:
    """What a dump file holds; BackupError unless it is a Yuntian server dump."""
    if not source.is_file():
        raise BackupError(f"{source}: no such file")
    with source.open("rb") as f:
        head = f.read(256)
    if head.startswith(PG_MAGIC):
        return _read_pg_dump(source)
    if _is_mysql_dump(head):
        return _read_mysql_dump(source)
    if head.startswith(b"SQLite format 3"):
        raise BackupError(
            f"{source} is a SQLite backup: restore it into a profile that uses a SQLite file, "
            "then copy it to the server with 'yuntian db move --to URL'"
        )
    raise BackupError(f"{source} is not a Yuntian backup (neither a pg_dump nor a mariadb-dump)")


def _is_mysql_dump(head: bytes) -> bool:
    if head.startswith(b"/*M!999999"):  # MariaDB 10.11+: "enable the sandbox mode" comes first
        head = head.partition(b"\n")[2]
    return head.startswith(_MYSQL_HEADERS)


def _read_pg_dump(source: Path) -> DumpInfo:
    tool = find_tool("postgresql", ("pg_restore",))
    data = subprocess.run(
        [str(tool), "--data-only", "--table=schema_version", "--file=-", str(source)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    if data.returncode != 0:
        raise BackupError(f"{source} cannot be read ({_first(data.stderr)})")
    versions, rows = [], False
    for line in data.stdout.splitlines():
        if line.startswith("COPY ") and ".schema_version " in line:
            rows = True
        elif rows and line == "\\.":
            rows = False
        elif rows:
            versions.append(int(line.split("\t", 1)[0]))
    listing = subprocess.run([str(tool), "--list", str(source)], capture_output=True, text=True)
    return DumpInfo("postgresql", _known_version(source, versions), " TRIGGER " in listing.stdout)


def _read_mysql_dump(source: Path) -> DumpInfo:
    versions: list[int] = []
    triggers = complete = inserting = False
    with source.open("r", encoding="utf-8", errors="replace") as f:
        for line in f:
            # One statement per table chunk; MariaDB 10.11+ puts each row on a line of its own.
            inserting = inserting or line.startswith("INSERT INTO `schema_version` VALUES")
            if inserting:
                versions += [int(v) for v in re.findall(r"\((\d+),'", line)]
                inserting = not line.rstrip().endswith(";")
            elif "TRIGGER `" in line and line.startswith("/*!50003 CREATE*/"):
                triggers = True
            elif line.startswith(_MYSQL_END):
                complete = True
    if not complete:
        raise BackupError(f"{source} is incomplete (no '{_MYSQL_END}' at its end)")
    return DumpInfo("mysql", _known_version(source, versions), triggers)


def _known_version(source: Path, versions: list[int]) -> int:
    if not versions:
        raise BackupError(f"{source} is not a Yuntian backup (no schema_version rows)")
    version = max(versions)
    if version > migrations.LATEST:
        raise BackupError(
            f"{source} was made by a newer Yuntian (schema {version}; this program knows up to "
            f"{migrations.LATEST}); update Yuntian before restoring it"
        )
    return version


def contents(url: str) -> list[str]:
    """The tables (and on MySQL views, routines, events) in the database ``url``."""
    db = make_database(url)
    db.connect()
    try:
        found = sorted(db.get_tables())
        if isinstance(db, pw.PostgresqlDatabase):
            found += [f"view {v.name}" for v in db.get_views()]
            found += [
                f"sequence {n}"
                for (n,) in db.execute_sql(
                    "SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()"
                )
            ]
        else:
            found += [f"view {v.name}" for v in db.get_views()]
            found += [
                f"routine {n}"
                for (n,) in db.execute_sql(
                    "SELECT ROUTINE_NAME FROM information_schema.ROUTINES"
                    " WHERE ROUTINE_SCHEMA = DATABASE()"
                )
            ]
    finally:
        db.close()
    return found


def describe_contents(url: str, found: list[str]) -> str:
    """'customer, schema_version and 21 more tables: a Yuntian database at schema 11 ...'"""
    shown = ", ".join(found[:6]) + (f" and {len(found) - 6} more" if len(found) > 6 else "")
    if "schema_version" not in found:
        return shown
    db = make_database(url)
    db.connect()
    try:
        version = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0]
        customers = (
            db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
            if "customer" in found
            else 0
        )
    finally:
        db.close()
    plural = "" if customers == 1 else "s"
    return f"a Yuntian database at schema {version} with {customers} customer{plural} ({shown})"


@dataclass(frozen=True)
class Restored:
    version: int  # the schema version now in the database
    triggers_reinstalled: bool


def restore(url: str, source: Path, info: DumpInfo) -> Restored:
    """Load the dump ``source`` into the EMPTY server database ``url`` (the caller checked it
    is empty and that ``info`` is ``read_dump(source)``)."""
    server = server_of(url)
    if server.engine == "postgresql":
        tool = find_tool("postgresql", ("pg_restore",))
        # One transaction: a failure leaves the database as empty as it was. The tables
        # belong to the login that restores (the dump's owner may not exist here).
        args = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        target = f"--dbname=dbname='{_conninfo_quote(server.database)}'"
        _run(server, [str(tool), *args, "--no-password", target, str(source)], what="pg_restore")
    else:
        tool = find_tool("mysql", ("mariadb", "mysql"))
        with _mysql_login(server, tool) as argv:
            args = ["--default-character-set=utf8mb4", "--binary-mode", server.database]
            _run(server, [*argv, *args], source=source, what=tool.stem)
    db = make_database(url)
    db.connect()
    try:
        missing = sorted(CORE_TABLES - set(db.get_tables()))
        if missing:
            raise BackupError(f"after the restore {server.display} lacks {', '.join(missing)}")
        version = migrations.current_version(db)
        if version != info.version:
            raise BackupError(
                f"after the restore {server.display} is at schema {version}, "
                f"the dump at {info.version}"
            )
        reinstall = server.engine == "mysql" and not info.has_triggers
        if reinstall:
            version = _reinstall_triggers(db)
    finally:
        db.close()
    return Restored(version, reinstall)


def _reinstall_triggers(db: pw.Database) -> int:
    """A MySQL dump without triggers: bring the schema to this program's version, then
    install the triggers that version defines (its migrations check or drop first)."""
    from yuntian.db.migrations import m011_audit_trail_in_database

    migrations.upgrade(db)
    m011_audit_trail_in_database.apply(db)  # checks or drops first: safe to run again
    return migrations.current_version(db)


def _conninfo_quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def _mysql_privileges(url: str) -> set[str]:
    """The privileges the URL's login has on its database (global or on this schema)."""
    db = make_database(url)
    db.connect()
    try:
        me = "CONCAT(\"'\", SUBSTRING_INDEX(CURRENT_USER(), '@', 1), \"'@'\","
        me += " SUBSTRING_INDEX(CURRENT_USER(), '@', -1), \"'\")"
        rows = db.execute_sql(
            f"SELECT PRIVILEGE_TYPE FROM information_schema.USER_PRIVILEGES WHERE GRANTEE = {me}"
            " UNION SELECT PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES"
            f" WHERE GRANTEE = {me} AND TABLE_SCHEMA = DATABASE()"
        ).fetchall()
    finally:
        db.close()
    return {row[0] for row in rows}


@contextmanager
def _mysql_login(server: Server, tool: Path) -> Iterator[list[str]]:
    """The tool's first arguments; the password goes into a private option file (it must
    be the first argument) deleted when the tool is done."""
    argv = [str(tool)]
    cnf = None
    if server.password is not None:
        fd, name = tempfile.mkstemp(prefix="yuntian-", suffix=".cnf")  # mode 600, this user's
        cnf = Path(name)
        value = server.password.replace("\\", "\\\\").replace('"', '\\"')
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f'[client]\npassword="{value}"\n')
        argv.append(f"--defaults-extra-file={cnf}")
    argv += ["--protocol=TCP", "-h", server.host, "-P", str(server.port), "-u", server.user]
    argv += [
        f"{flag}={server.options[key]}"
        for key, flag in _MYSQL_OPTIONS.items()
        if key in server.options
    ]
    try:
        yield argv
    finally:
        if cnf is not None:
            cnf.unlink(missing_ok=True)


def _environment(server: Server) -> dict[str, str]:
    env = dict(os.environ)
    if server.engine == "postgresql":
        env.update(
            PGHOST=server.host,
            PGPORT=str(server.port),
            PGUSER=server.user,
            PGDATABASE=server.database,
            PGCLIENTENCODING="UTF8",
        )
        env.setdefault("PGCONNECT_TIMEOUT", "10")
        for key, name in _LIBPQ_OPTIONS.items():
            if key in server.options:
                env[name] = str(server.options[key])
        if server.password is not None:
            env["PGPASSWORD"] = server.password
    return env


def _run(
    server: Server,
    argv: list[str],
    *,
    what: str,
    out: Path | None = None,
    source: Path | None = None,
) -> None:
    """Run a client tool; BackupError with its first complaint (password masked) if it fails.
    ``out`` receives its standard output, ``source`` feeds its input (MySQL's DEFINER clauses
    taken out: the restoring login becomes the owner)."""
    log.info("running %s for %s", what, server.display)
    with tempfile.TemporaryFile() as errors:
        stdout = out.open("wb") if out is not None else subprocess.DEVNULL
        try:
            process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE if source is not None else subprocess.DEVNULL,
                stdout=stdout,
                stderr=errors,
                env=_environment(server),
            )
            if source is not None:
                _feed(process, source)
            code = process.wait()
        finally:
            if out is not None:
                stdout.close()
        errors.seek(0)
        text = errors.read().decode("utf-8", "replace")
    if server.password:
        text = text.replace(server.password, "********")
    if code != 0:
        versions = _PG_VERSIONS.search(text) if what == "pg_dump" else None
        if versions is not None:
            raise _too_old(versions[2], versions[1])
        hint = ""
        if "permission denied for sequence" in text:  # roles set up by an older Yuntian
            hint = (
                "; run 'yuntian db roles ADMIN_URL' again: it lets the application login read them"
            )
        raise BackupError(f"{what} failed for {server.display}: {_first(text)}{hint}")
    if text.strip():
        log.info("%s said: %s", what, text.strip())


def _feed(process: subprocess.Popen, source: Path) -> None:
    stdin = process.stdin
    assert stdin is not None
    try:
        with source.open("rb") as f:
            for line in f:
                if b"DEFINER=" in line and not line.startswith(b"INSERT INTO"):
                    text = line.decode("utf-8", "surrogateescape")
                    line = _DEFINER.sub("", text).encode("utf-8", "surrogateescape")
                stdin.write(line)
    except BrokenPipeError:
        pass  # the tool stopped at an error; its message says which
    finally:
        with suppress(BrokenPipeError):
            stdin.close()


def _too_old(tool_version: str, server_version: str) -> ToolTooOldError:
    major = server_version.split(".")[0]
    return ToolTooOldError(
        "pg_dump",
        tool_version,
        server_version,
        f"pg_dump {tool_version} is older than the PostgreSQL server ({server_version}) and "
        f"cannot back it up: install the PostgreSQL {major} client tools (Debian/Ubuntu: "
        f"'sudo apt install postgresql-client-{major}' from apt.postgresql.org; Windows: the "
        f"bin folder of PostgreSQL {major} on PATH)",
    )


def _first(text: str) -> str:
    """The first line that says something (the tools repeat their name before each)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line
    return "no message"
