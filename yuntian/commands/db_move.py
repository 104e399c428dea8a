"""``yuntian db move --to URL [--replace]``: copy the profile's database into another one,
print the progress and the verification table; exit 1 when a table differs."""

from __future__ import annotations

import argparse
import sqlite3
import time

import peewee as pw

from yuntian.cli import UserError
from yuntian.commands.common import open_from_args
from yuntian.db.connection import check_url, describe_url
from yuntian.db.move import MoveRefused, MoveResult, move_database

_STAGES = {
    "schema": "Creating the schema (the migrations)...",
    "copy": "Copying the tables:",
    "index": "Rebuilding the search index, resetting the sequences...",
    "verify": "Verifying:",
}
PROGRESS_EVERY = 1.0  # seconds between progress lines of one table


def run(args: argparse.Namespace) -> int:
    check_url(args.to)  # a bad target URL is refused before the profile is opened
    profile, db = open_from_args(args)
    source, target = describe_url(profile.database_url).display, describe_url(args.to).display
    print(f"Moving {source} -> {target}")
    printer = _Progress()
    try:
        result = move_database(
            db,
            profile.database_url,
            args.to,
            replace=args.replace,
            progress=printer.line,
            stage=lambda name: print(_STAGES.get(name, name), flush=True),
            notice=lambda text: print(text, flush=True),
        )
    except MoveRefused as exc:
        raise UserError(str(exc)) from None
    except (pw.DatabaseError, pw.InterfaceError, sqlite3.Error) as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise UserError(f"moving {source} to {target} failed: {first}") from None
    finally:
        db.close()
    print_checks(result)
    return 0 if result.ok else 1


class _Progress:
    def __init__(self) -> None:
        self._shown: dict[str, float] = {}

    def line(self, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        last = self._shown.get(table)
        if done < total and last is not None and now - last < PROGRESS_EVERY:
            return
        if done == 0 and total > 0:
            self._shown[table] = now
            return
        self._shown[table] = now
        print(f"  {table:<28} {done:>10,} / {total:,}", flush=True)


def print_checks(result: MoveResult) -> None:
    width = max([len(c.table) for c in result.checks] + [5])
    print(f"{'table':<{width}}  {'rows':>10}  {'checksum':<16}  result")
    for c in result.checks:
        rows = f"{c.source_rows:,}" if c.ok else f"{c.source_rows:,}/{c.target_rows:,}"
        verdict = "OK" if c.ok else "DIFFERENT"
        print(f"{c.table:<{width}}  {rows:>10}  {c.source_sum[:16]:<16}  {verdict}")
        if not c.ok:
            print(f"{'':<{width}}  {'':>10}  {c.target_sum[:16]:<16}  (target)")
    rate = result.rows / result.seconds if result.seconds else 0
    if result.ok:
        print(
            f"Moved {result.rows:,} rows in {result.seconds:.1f} s ({rate:,.0f} rows/s); "
            f"every table matches. {_stages(result)}\nTo use {result.target} on this PC, "
            "choose it in Settings > Database (the password is kept in the credential store) "
            "and restart Yuntian."
        )
    else:
        bad = sum(not c.ok for c in result.checks)
        print(
            f"{bad} table(s) DIFFERENT: {result.target} is not a faithful copy and stays "
            "marked as unfinished; the next move into it starts again."
        )


def _stages(result: MoveResult) -> str:
    times = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.stage_seconds.items())
    copied = result.stage_seconds.get("copy")
    rate = f"; copying {result.rows / copied:,.0f} rows/s" if copied else ""
    return f"({times}{rate})"
