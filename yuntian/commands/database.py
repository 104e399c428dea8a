"""``yuntian db upgrade`` and ``yuntian db check`` (``db roles``: ``commands/db_roles.py``)."""

from __future__ import annotations

import argparse
import os
import sqlite3
from pathlib import Path

import peewee as pw

from yuntian.cli import UserError
from yuntian.commands.common import profile_from_args, refuse_damaged
from yuntian.db import migrations
from yuntian.db.connection import DatabaseUrlError, check_url, describe_url, open_database
from yuntian.db.connection_check import check_connection
from yuntian.db.models import ALL_MODELS
from yuntian.db.profile_database import (
    MigrationResult,
    connect_profile_database,
    migrate_profile_database,
)
from yuntian.db.server_password import connect_url
from yuntian.services.settings.setup import demo_incomplete

SHOWN = 10  # at most this many detail lines per failed check


def upgrade(args: argparse.Namespace) -> int:
    url = getattr(args, "database", None)
    if url and describe_url(url).engine == "sqlite":
        raise UserError("--database: give a server URL; a SQLite file is migrated by its profile")
    profile = None if url else profile_from_args(args)
    if profile is None:
        check_url(url)
        db = open_database(url)
    else:
        db = connect_profile_database(profile)
    try:
        if profile is not None:
            refuse_damaged(profile, db)  # migrating a damaged file would damage it further
        before = migrations.current_version(db)
        try:
            if profile is None:  # a server database: nothing to copy first
                result = MigrationResult(steps=migrations.upgrade(db))
            else:
                result = migrate_profile_database(profile, db)
        except (pw.DatabaseError, sqlite3.Error, OSError) as exc:
            raise UserError(
                f"upgrade from schema {before} failed, the failed step was not recorded: {exc}"
            ) from None
    finally:
        db.close()
    if not result.steps:
        print(f"Already at schema {before}.")
        return 0
    if result.backup:
        print(f"Copied the database to {result.backup} before migrating.")
    for step in result.steps:
        print(f"Applied schema {step.version}: {step.name}")
    print(f"Now at schema {result.steps[-1].version}.")
    return 0


class _Report:
    def __init__(self) -> None:
        self.problems = 0

    def line(self, label: str, value: str, *, problem: bool = False) -> None:
        self.problems += int(problem)
        print(f"{label + ':':<18}{value}")

    def details(self, lines: list[str]) -> None:
        for text in lines[:SHOWN]:
            print(f"    {text}")
        if len(lines) > SHOWN:
            print(f"    ... and {len(lines) - SHOWN} more")


def check(args: argparse.Namespace) -> int:
    """Print the state of the database; exit code 1 if anything is wrong, 0 if healthy."""
    profile = profile_from_args(args)
    info = describe_url(profile.database_url)
    report = _Report()
    report.line("engine", info.engine)
    report.line("database", info.display)
    if profile.uses_sqlite and not profile.sqlite_path.exists():
        folder = profile.sqlite_path.parent
        if _can_create(folder):
            report.line("file", "missing (Yuntian creates it when it first opens)", problem=True)
        else:
            report.line("file", f"FAILED: missing, and {folder} cannot be created", problem=True)
        return _finish(report)
    url = connect_url(profile)
    try:
        db = open_database(url)
    except DatabaseUrlError as exc:
        reason = str(exc)
        if not profile.uses_sqlite:  # say what is wrong: no server, the login, no database
            checked = check_connection(url)
            reason = reason if checked.usable else checked.message
        report.line("connection", f"FAILED: {reason}", problem=True)
        return _finish(report)
    except UNREADABLE as exc:  # SQLite's "file is not a database" comes at the first pragma
        report.line("read", f"FAILED: {_first_line(exc)}", problem=True)
        return _finish(report)
    try:
        if profile.uses_sqlite:
            _check_sqlite(db, report)
        else:
            report.line("connection", f"ok ({_server_version(db)})")
        version = migrations.current_version(db)
        _check_schema(db, version, report)
        _check_demo(db, profile.config.demo, report)
    except UNREADABLE as exc:  # a damaged page the check cannot get past: the check's answer
        report.line("read", f"FAILED: {_first_line(exc)}", problem=True)
    finally:
        db.close()
    return _finish(report)


# What a damaged or foreign file (or a server refusing to answer) raises while it is read.
UNREADABLE = (pw.DatabaseError, sqlite3.DatabaseError)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _can_create(folder: Path) -> bool:
    """Whether ``folder`` exists or can be made: its nearest existing ancestor is a folder
    this user may write in."""
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    return existing is not None and existing.is_dir() and os.access(existing, os.W_OK)


def _check_schema(db: pw.Database, version: int, report: _Report) -> None:
    latest = migrations.LATEST
    if version > latest:
        report.line(
            "schema version",
            f"{version}, newer than this program knows ({latest}): update Yuntian on this PC",
            problem=True,
        )
        return
    if version < latest:
        report.line(
            "schema version",
            f"{version} of {latest}: run 'yuntian db upgrade' (or open Yuntian) to migrate",
            problem=True,
        )
        return
    report.line("schema version", f"{version} (latest)")
    present = set(db.get_tables())
    missing = [m._meta.table_name for m in ALL_MODELS if m._meta.table_name not in present]
    if missing:
        report.line("tables", f"{len(missing)} missing: {', '.join(missing)}", problem=True)
    else:
        report.line("tables", f"all {len(ALL_MODELS)} present")


def _check_demo(db: pw.Database, demo: bool, report: _Report) -> None:
    if db.table_exists("setting") and demo_incomplete():
        report.line(
            "demo data",
            "INCOMPLETE: its creation was interrupted; run 'yuntian demo' for this profile again",
            problem=True,
        )
    elif demo:
        report.line("demo data", "complete")


def _check_sqlite(db: pw.Database, report: _Report) -> None:
    integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if integrity == ["ok"]:
        report.line("integrity check", "ok")
    else:
        report.line("integrity check", f"FAILED ({len(integrity)} problems)", problem=True)
        report.details(integrity)
    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if not broken:
        report.line("foreign keys", "ok")
    else:
        report.line("foreign keys", f"FAILED ({len(broken)} broken references)", problem=True)
        report.details([f"{table} row {rowid} -> {parent}" for table, rowid, parent, _ in broken])


def _server_version(db: pw.Database) -> str:
    if isinstance(db, pw.PostgresqlDatabase):
        return "PostgreSQL " + str(db.execute_sql("SHOW server_version").fetchone()[0])
    return "MySQL " + str(db.execute_sql("SELECT VERSION()").fetchone()[0])


def _finish(report: _Report) -> int:
    if report.problems:
        report.line("result", f"{report.problems} problem(s) found")
        return 1
    report.line("result", "healthy")
    return 0
