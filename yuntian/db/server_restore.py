"""Restore a server dump (``yuntian restore``): what a dump file holds, whether the target
database is empty, and loading it with pg_restore or the mariadb client.

A PostgreSQL dump goes in as one transaction (a failure leaves the database empty); the
tables then belong to the login that restores (the dump's owner may not exist on this server).
A MySQL dump without triggers (made by a login without the TRIGGER privilege, see
``server_dump``) gets the program's triggers installed again.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from yuntian.db import migrations
from yuntian.db.backup_errors import BackupError
from yuntian.db.connection import make_database
from yuntian.db.identity import CORE_TABLES
from yuntian.db.server_dump import (
    MYSQL_END,
    PG_MAGIC,
    find_tool,
    first_line,
    is_mysql_dump,
    mysql_login,
    run_tool,
    server_of,
)


@dataclass(frozen=True)
class DumpInfo:
    engine: str
    version: int  # the schema version of the database dumped
    has_triggers: bool


def read_dump(source: Path) -> DumpInfo:
    """What a dump file holds; BackupError unless it is a Yuntian server dump."""
    if not source.is_file():
        raise BackupError(f"{source}: no such file")
    with source.open("rb") as f:
        head = f.read(256)
    if head.startswith(PG_MAGIC):
        return _read_pg_dump(source)
    if is_mysql_dump(head):
        return _read_mysql_dump(source)
    if head.startswith(b"SQLite format 3"):
        raise BackupError(
            f"{source} is a SQLite backup: restore it into a profile that uses a SQLite file, "
            "then copy it to the server with 'yuntian db move --to URL'"
        )
    raise BackupError(f"{source} is not a Yuntian backup (neither a pg_dump nor a mariadb-dump)")


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
        raise BackupError(f"{source} cannot be read ({first_line(data.stderr)})")
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
            elif line.startswith(MYSQL_END):
                complete = True
    if not complete:
        raise BackupError(f"{source} is incomplete (no '{MYSQL_END}' at its end)")
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
        run_tool(
            server, [str(tool), *args, "--no-password", target, str(source)], what="pg_restore"
        )
    else:
        tool = find_tool("mysql", ("mariadb", "mysql"))
        with mysql_login(server, tool) as argv:
            args = ["--default-character-set=utf8mb4", "--binary-mode", server.database]
            run_tool(server, [*argv, *args], source=source, what=tool.stem)
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
