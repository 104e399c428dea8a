"""The ``yuntian`` command: no arguments opens the GUI; subcommands for set-up and support.

Handlers live in ``yuntian.commands`` and are imported only when their subcommand runs, so
``yuntian --help`` stays fast and the non-GUI commands never load Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from yuntian import __version__
from yuntian.config import PROFILE_ENV, ConfigError

# subcommand -> "module:function"; each function takes the parsed args and returns an exit code
HANDLERS = {
    "gui": "yuntian.commands.gui:run",
    "db upgrade": "yuntian.commands.database:upgrade",
    "db check": "yuntian.commands.database:check",
    "backup": "yuntian.commands.backup:backup",
    "restore": "yuntian.commands.backup:restore",
    "demo": "yuntian.commands.demo:run",
    "snapshot": "yuntian.commands.snapshot:run",
    "bench": "yuntian.commands.bench:run",
}


class UserError(Exception):
    """A problem the person running the command can fix; printed as one line, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    profile_help = f"profile folder (default: ${PROFILE_ENV} or the per-user data folder)"
    # Subcommands accept --profile too; SUPPRESS keeps their unset default from overwriting
    # a --profile given before the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS, help=profile_help)
    parser = argparse.ArgumentParser(
        prog="yuntian",
        description="Yuntian (云天售后服务管理系统): caller-ID CRM and after-sales service manager. "
        "Without a subcommand, opens the application.",
    )
    parser.add_argument(
        "--profile", metavar="DIR", default=os.environ.get(PROFILE_ENV), help=profile_help
    )
    parser.add_argument("--version", action="version", version=f"yuntian {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", parents=[common], help="open the application (the default)")

    db = sub.add_parser("db", parents=[common], help="database schema: upgrade, check")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", parents=[common], help="apply pending schema migrations")
    db_sub.add_parser("check", parents=[common], help="integrity check and schema version")

    server_note = (
        "For a PostgreSQL or MySQL profile it prints the server tool's command to run instead "
        "and exits with code 2 (nothing was done)."
    )
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="back up the database now",
        description="Copy the profile's SQLite database with the online backup API (safe while "
        "Yuntian runs). " + server_note,
    )
    backup.add_argument("--out", metavar="FILE", help="where to write (default: profile backups/)")

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup",
        description="Replace the profile's SQLite database with a backup, keeping a copy of the "
        "current one in backups/. Close Yuntian on every PC first. Exit code 1 if you answer "
        "no. " + server_note,
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by 'yuntian backup'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    demo = sub.add_parser("demo", parents=[common], help="create a profile with demo data")
    demo.add_argument("--customers", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--force", action="store_true", help="replace an existing profile's data")

    snap = sub.add_parser("snapshot", parents=[common], help="render every page to PNG files")
    snap.add_argument("--out", metavar="DIR", required=True)
    snap.add_argument("--language", choices=["zh_CN", "en"], default=None)

    bench = sub.add_parser("bench", parents=[common], help="run benchmarks and print figures")
    bench.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    bench.add_argument("--json", action="store_true", help="one JSON object per figure")
    bench.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    command = args.command or "gui"
    if command == "db":
        command = f"db {args.db_command}"
    module_name, func_name = HANDLERS[command].split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    try:
        return int(handler(args) or 0)
    except known_errors() as exc:
        # One line even when a driver's message has several (psycopg adds hints on new lines).
        message = " ".join(part.strip() for part in str(exc).splitlines() if part.strip())
        print(f"yuntian: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def known_errors() -> tuple[type[Exception], ...]:
    """Errors that deserve one clear line instead of a traceback."""
    from yuntian.db.connection import DatabaseUrlError
    from yuntian.db.migrations import SchemaTooNewError

    return (ConfigError, UserError, DatabaseUrlError, SchemaTooNewError)


if __name__ == "__main__":
    sys.exit(main())
