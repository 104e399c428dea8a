"""Dump a server database with its own client tools: pg_dump (PostgreSQL, custom format) and
mariadb-dump (MySQL, MariaDB; or mysqldump); the tools' plumbing ``server_restore`` shares.

``yuntian.db.backup`` decides where a dump goes (names, rotation, the private .partial file);
this module runs the tools. The password reaches a tool through its environment (PGPASSWORD)
or a private option file that is deleted afterwards (MySQL), never its command line: every
user of the PC can read a process's arguments. Nothing a tool prints is shown with the
password in it.

A MySQL login without the TRIGGER privilege (the application login of ``yuntian db roles``)
cannot read the audit lock's triggers: its dumps leave them out, and the restore installs them
again as the program defines them (``server_restore``).
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

from yuntian.db.backup_errors import BackupError, MissingToolError, ToolTooOldError
from yuntian.db.connection import check_url, describe_url, make_database

log = logging.getLogger(__name__)

SUFFIXES = {"postgresql": ".dump", "mysql": ".sql"}
PG_MAGIC = b"PGDMP"  # the first bytes of a pg_dump custom-format archive
_MYSQL_HEADERS = (b"-- MariaDB dump", b"-- MySQL dump")
MYSQL_END = "-- Dump completed"
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
        run_tool(server, [str(tool), "-Fc", "--no-password"], out=out, what="pg_dump")
        return
    tool = find_tool("mysql", ("mariadb-dump", "mysqldump"))
    may = _mysql_privileges(url)
    args = ["--single-transaction", "--routines", "--hex-blob", "--default-character-set=utf8mb4"]
    # Without these privileges the tool refuses the whole dump; the restore puts the
    # program's triggers back (the module's docstring).
    args.append("--triggers" if "TRIGGER" in may else "--skip-triggers")
    args.append("--events" if "EVENT" in may else "--skip-events")
    with mysql_login(server, tool) as argv:
        run_tool(server, [*argv, *args, server.database], out=out, what=tool.stem)


def check_dump(engine: str, path: Path) -> None:
    """BackupError unless ``path`` is a whole dump holding Yuntian's schema_version table."""
    if engine == "postgresql":
        tool = find_tool("postgresql", ("pg_restore",))
        listing = subprocess.run(
            [str(tool), "--list", str(path)], capture_output=True, text=True, errors="replace"
        )
        if listing.returncode != 0:
            raise BackupError(
                f"{path}: the dump cannot be read back ({first_line(listing.stderr)})"
            )
        if not re.search(r"TABLE DATA \S+ schema_version ", listing.stdout):
            raise BackupError(f"{path}: the dump holds no schema_version table")
        return
    with path.open("rb") as f:
        head = f.read(256)
        f.seek(max(0, path.stat().st_size - 200))
        tail = f.read().decode("utf-8", "replace")
    if not is_mysql_dump(head) or MYSQL_END not in tail:
        raise BackupError(f"{path}: the dump is incomplete (no '{MYSQL_END}' at its end)")


def is_server_dump(source: Path) -> bool:
    try:
        with source.open("rb") as f:
            head = f.read(256)
    except OSError:
        return False
    return head.startswith(PG_MAGIC) or is_mysql_dump(head)


def is_mysql_dump(head: bytes) -> bool:
    if head.startswith(b"/*M!999999"):  # MariaDB 10.11+: "enable the sandbox mode" comes first
        head = head.partition(b"\n")[2]
    return head.startswith(_MYSQL_HEADERS)


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
def mysql_login(server: Server, tool: Path) -> Iterator[list[str]]:
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


def run_tool(
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
        raise BackupError(f"{what} failed for {server.display}: {first_line(text)}{hint}")
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


def first_line(text: str) -> str:
    """The first line that says something (the tools repeat their name before each)."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line
    return "no message"
