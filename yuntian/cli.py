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
    "db roles": "yuntian.commands.db_roles:run",
    "db move": "yuntian.commands.db_move:run",
    "backup": "yuntian.commands.backup:backup",
    "restore": "yuntian.commands.backup:restore",
    "init": "yuntian.commands.init:run",
    "demo": "yuntian.commands.demo:run",
    "snapshot": "yuntian.commands.snapshot:run",
    "bench": "yuntian.commands.bench:run",
    "number": "yuntian.commands.number:run",
    "lookup": "yuntian.commands.lookup:run",
    "search": "yuntian.commands.search:run",
    "print": "yuntian.commands.print_slip:run",
    "cid decode": "yuntian.commands.cid:decode",
    "cid monitor": "yuntian.commands.cid_monitor:monitor",
    "import customers": "yuntian.commands.customer_io:import_customers",
    "export customers": "yuntian.commands.customer_io:export_customers",
    "import parts": "yuntian.commands.part_io:import_parts",
    "export parts": "yuntian.commands.part_io:export_parts",
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

    db = sub.add_parser("db", parents=[common], help="database schema: upgrade, check, roles, move")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", parents=[common], help="apply pending schema migrations")
    upgrade.add_argument(
        "--database",
        metavar="URL",
        help="migrate this server database (e.g. as its owner role) instead of the profile's",
    )
    db_sub.add_parser("check", parents=[common], help="integrity check and schema version")
    move = db_sub.add_parser(
        "move",
        parents=[common],
        help="copy the profile's database into another one and verify it",
        description="Copy every table of the profile's database into an empty database (a "
        "PostgreSQL or MySQL/MariaDB server, or a SQLite file): schema by the migrations, rows "
        "in batches, sequences reset, search index rebuilt, audit locks in place; then compare "
        "row counts and checksums table by table. The profile's database is only read, and the "
        "profile keeps using it until you point it at the new one. A target left by an "
        "interrupted move is found and done again. Exit code 1 when a table differs.",
    )
    move.add_argument(
        "--to",
        metavar="URL",
        required=True,
        help="the target: postgresql://user:password@host/db, mysql://..., sqlite:////path/file",
    )
    move.add_argument(
        "--replace",
        action="store_true",
        help="drop Yuntian's tables in the target first (a target holding data is refused "
        "without it)",
    )
    roles = db_sub.add_parser(
        "roles",
        parents=[common],
        help="create the owner and application logins of a server database",
        description="Connected as a superuser (PostgreSQL) or an account that may create users "
        "and grant (MySQL/MariaDB) to the shop's database, create or update an owner role that "
        "owns the schema and runs migrations, and an application role with data rights only, "
        "which cannot drop or disable the audit lock's triggers. Prints both URLs; put the "
        "application's in every PC's profile. Safe to run again.",
    )
    roles.add_argument(
        "admin_url", metavar="ADMIN_URL", help="e.g. postgresql://postgres@host/yuntian"
    )
    roles.add_argument("--owner", default="yuntian_owner", help="owner role (default: %(default)s)")
    roles.add_argument(
        "--app", default="yuntian_app", help="application role (default: %(default)s)"
    )
    roles.add_argument(
        "--host",
        default="%",
        help="MySQL: the host part of both accounts (default: %(default)s, any host)",
    )
    roles.add_argument(
        "--new-passwords", action="store_true", help="give existing roles new passwords too"
    )

    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="back up the database now",
        description="Copy the profile's SQLite database with the online backup API, or dump "
        "its PostgreSQL database with pg_dump (custom format) or its MySQL/MariaDB database "
        "with mariadb-dump (or mysqldump); safe while Yuntian runs. The server's client tools "
        "must be installed on this PC.",
    )
    backup.add_argument("--out", metavar="FILE", help="where to write (default: profile backups/)")

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup",
        description="Replace the profile's SQLite database with a backup, keeping a copy of the "
        "current one in backups/. Close Yuntian on every PC first. Exit code 1 if you answer "
        "no. A server dump is restored (pg_restore, mariadb) into an empty server database "
        "only: the profile's, or the one --database names.",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by 'yuntian backup'")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--database",
        metavar="URL",
        help="restore a server dump into this empty server database (e.g. as its owner)",
    )

    init = sub.add_parser(
        "init",
        parents=[common],
        help="create a new profile, set up (the first-run wizard's questions as options)",
        description="Create a new profile in --profile DIR (which must not exist or be empty): "
        "config.toml, the database (the SQLite file in the folder, or --database URL) with its "
        "tables, the shop's name, area code and language, and the administrator's password, "
        "read from $YUNTIAN_ADMIN_PASSWORD or else asked twice on the terminal. Then e.g. "
        "'yuntian import customers FILE.xlsx --profile DIR'.",
    )
    init.add_argument("--shop", metavar="NAME", required=True, help="the shop's name")
    init.add_argument(
        "--area-code",
        metavar="CODE",
        default="",
        help="the area code of the shop's landlines, e.g. 010 (default: none)",
    )
    init.add_argument(
        "--database",
        metavar="URL",
        default=None,
        help="a server database, postgresql://... or mysql://... (default: SQLite in DIR)",
    )
    init.add_argument(
        "--language",
        choices=["zh_CN", "en", "system"],
        default="zh_CN",
        help="the interface language (default: zh_CN; system: follow the PC)",
    )
    init.add_argument(
        "--admin-user",
        metavar="NAME",
        default="system",
        help="the administrator's user name (default: system)",
    )

    demo = sub.add_parser("demo", parents=[common], help="create a profile with demo data")
    demo.add_argument("--customers", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--calls", type=int, default=None, metavar="N", help="call-log entries (5 per customer)"
    )
    demo.add_argument(
        "--sales", type=int, default=None, metavar="N", help="purchase records (1 per customer)"
    )
    demo.add_argument(
        "--orders", type=int, default=None, metavar="N", help="service orders (1 per customer)"
    )
    demo.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        default=None,
        help="the day the demo's history leads up to (default: today)",
    )
    demo.add_argument(
        "--language",
        choices=["zh_CN", "en", "system"],
        default="zh_CN",
        help="the profile's language (default: zh_CN, Chinese; system: follow the PC)",
    )
    demo.add_argument("--force", action="store_true", help="replace an existing profile's data")

    snap = sub.add_parser("snapshot", parents=[common], help="render every page to PNG files")
    snap.add_argument("--out", metavar="DIR", required=True)
    snap.add_argument("--language", choices=["zh_CN", "en"], default=None)
    snap.add_argument(
        "--tables",
        action="store_true",
        help="instead: every list page and card tab at 1366x768 and 1920x1080 in both "
        "languages (or --language), and the columns cut short (exit status 1 if any)",
    )

    bench = sub.add_parser("bench", parents=[common], help="run benchmarks and print figures")
    bench.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    bench.add_argument("--json", action="store_true", help="one JSON object per figure")
    bench.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    bench.add_argument(
        "--customers", type=int, metavar="N", help="data set size, for benchmarks that take one"
    )

    number = sub.add_parser(
        "number",
        parents=[common],
        help="show how a phone number is read (JSON)",
        description="Normalise a phone number and print one JSON object: raw, e164, valid, kind, "
        "region, carrier. Numbers without an area code take the profile's local area code.",
    )
    number.add_argument("raw", metavar="RAW", help="the number as typed or as caller ID shows it")
    number.add_argument(
        "--area-code",
        metavar="CODE",
        default=None,
        help="local area code, e.g. 010 (default: the profile's, if --profile or "
        "$YUNTIAN_PROFILE names one)",
    )

    lookup = sub.add_parser(
        "lookup", parents=[common], help="find the customers owning a phone number (JSON)"
    )
    lookup.add_argument("raw", metavar="RAW", help="the number as typed or as caller ID shows it")

    search = sub.add_parser(
        "search",
        parents=[common],
        help="find customers as the search box does (JSON)",
        description="Search customers by name or part of it, pinyin or initials, code, 4+ "
        "phone digits, contact, e-mail or address; print a JSON list, best match first.",
    )
    search.add_argument("text", metavar="TEXT", help="what to look for")
    search.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (50)")

    slip = sub.add_parser(
        "print",
        parents=[common],
        help="write a dispatch or sales slip as a PDF",
        description="Fill the kind's default print form (or --template NAME) for the service "
        "order (dispatch) or sale (sales) numbered CODE and write it as a PDF, laid out as the "
        "print preview shows it. Built-in forms are named A4, A5, 241x140, 80mm and 58mm. "
        "Acts as --user NAME or else as the profile's first user-manager.",
    )
    slip.add_argument("kind", choices=["dispatch", "sales"], help="dispatch slip or sales slip")
    slip.add_argument("code", metavar="CODE", help="the order's or the sale's number")
    slip.add_argument("--template", metavar="NAME", help="the form to use (default: the kind's)")
    slip.add_argument("--pdf", metavar="OUT.pdf", required=True, help="where to write the PDF")
    slip.add_argument("--user", metavar="NAME", help="act as this user")
    _add_import_export(sub, common)
    _add_caller_id(sub, common)
    return parser


def _add_caller_id(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # The names without telephony itself (FORMATS has the same; a test keeps them equal):
    # the GUI starts through this parser and loads telephony only after sign-in.
    from yuntian.device_settings import FORMAT_NAMES

    cid = sub.add_parser("cid", parents=[common], help="caller-ID devices: decode, monitor")
    cid_sub = cid.add_subparsers(dest="cid_command", metavar="ACTION", required=True)
    decode = cid_sub.add_parser(
        "decode",
        parents=[common],
        help="decode a recording of a device's output (JSON lines)",
        description="Read what a caller-ID device sent (a file, or - for standard input) and "
        "print one JSON object per event, one per line.",
    )
    decode.add_argument(
        "--format", required=True, choices=sorted(FORMAT_NAMES), help="device format"
    )
    decode.add_argument("file", metavar="FILE", nargs="?", default="-", help="input (default -)")
    monitor = cid_sub.add_parser(
        "monitor",
        parents=[common],
        help="show a device's events live (JSON lines)",
        description="Open a caller-ID device and print its events as they come, one JSON "
        "object per line, until interrupted. DEVICE is a serial port (/dev/ttyUSB0, COM3) or "
        "pyserial URL (loop://, socket://, rfc2217://), udp://HOST:3520 (Whozz Calling "
        "Ethernet Link), ncid://HOST:3333 (NCID server) or sim:SCRIPT (the simulator).",
    )
    monitor.add_argument("--device", required=True, metavar="URL", help="where the device is")
    monitor.add_argument(
        "--format",
        choices=sorted(FORMAT_NAMES),
        default=None,
        help="what a serial device speaks (default: modem; whozz for udp://, ncid for ncid://)",
    )
    monitor.add_argument(
        "--init",
        metavar="AT",
        default=None,
        help="modem init string (default: ATZ, then caller ID)",
    )
    monitor.add_argument(
        "--seconds", type=float, default=None, help="stop after this long (default: never)"
    )


def _add_import_export(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    acting = (
        "Acts, without a password, as --user NAME or else as the profile's first user-manager "
        "(normally 'system'); that user needs the permission to import and export data "
        "(data.import_export) and is named in the audit trail."
    )
    user_help = "act as this user (default: the profile's first user-manager)"
    imp = sub.add_parser("import", parents=[common], help="import data from Excel")
    imp_sub = imp.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    customers = imp_sub.add_parser(
        "customers",
        parents=[common],
        help="import customers from an .xlsx workbook",
        description="Read customers from a sheet (the header row is found below any title "
        "rows; columns are mapped from their Chinese or English headers), check every row and "
        "import in one transaction. Prints the errors and the counts: read, imported, "
        "rejected, warnings. Exit code 1 when rows were rejected. " + acting,
    )
    customers.add_argument("file", metavar="FILE.xlsx")
    customers.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: first)")
    customers.add_argument(
        "--mode",
        choices=["valid-rows", "all-or-nothing"],
        default="valid-rows",
        help="import the valid rows, or nothing when any row has an error (default: valid-rows)",
    )
    customers.add_argument(
        "--report",
        metavar="OUT.xlsx",
        help="write the rejected rows (if any) as they were, with an error column",
    )
    customers.add_argument(
        "--create-groups",
        action="store_true",
        help="create customer groups the file names but the profile lacks (default: such rows "
        "are rejected); needs the customer.edit permission too",
    )
    customers.add_argument("--user", metavar="NAME", help=user_help)
    parts = imp_sub.add_parser(
        "parts",
        parents=[common],
        help="import the spare-parts catalogue from an .xlsx workbook",
        description="Read parts from a sheet with the export's Chinese headers (编码, 名称, "
        "规格型号, ... 适用机型 as product models separated by 、), check every row and import in "
        "one transaction: a row whose code the catalogue has updates that part, a row without a "
        "code gets the next part number. Prints the errors and the counts. Exit code 1 when "
        "rows were rejected. Acts, without a password, as --user NAME or else as the profile's "
        "first user-manager (normally 'system'); that user needs the permission to manage spare "
        "parts (parts.manage) and is named in the audit trail.",
    )
    parts.add_argument("file", metavar="FILE.xlsx")
    parts.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: first)")
    parts.add_argument(
        "--mode",
        choices=["valid-rows", "all-or-nothing"],
        default="valid-rows",
        help="import the valid rows, or nothing when any row has an error (default: valid-rows)",
    )
    parts.add_argument(
        "--report",
        metavar="OUT.xlsx",
        help="write the rejected rows (if any) as they were, with an error column",
    )
    parts.add_argument("--user", metavar="NAME", help=user_help)

    exp = sub.add_parser("export", parents=[common], help="export data to Excel")
    exp_sub = exp.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    customers = exp_sub.add_parser(
        "customers",
        parents=[common],
        help="export customers to an .xlsx workbook",
        description="Write the customer list (archived customers left out), or the customers "
        "a search finds, to a workbook. " + acting,
    )
    customers.add_argument("out", metavar="OUT.xlsx")
    customers.add_argument("--search", metavar="TEXT", help="only the customers this finds")
    customers.add_argument("--user", metavar="NAME", help=user_help)
    parts = exp_sub.add_parser(
        "parts",
        parents=[common],
        help="export the spare-parts catalogue to an .xlsx workbook",
        description="Write every part, inactive ones too, in the columns the import reads. "
        + acting,
    )
    parts.add_argument("out", metavar="OUT.xlsx")
    parts.add_argument("--user", metavar="NAME", help=user_help)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:  # --help, --version or a usage error: printed, maybe into a closed pipe
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_broken_pipe()
        raise
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    command = args.command or "gui"
    if not args.verbose and command != "gui":  # the command's one-line error says it
        logging.getLogger("yuntian.db.connection_loss").setLevel(logging.ERROR)
    if command == "db":
        command = f"db {args.db_command}"
    elif command == "cid":
        command = f"cid {args.cid_command}"
    elif command in ("import", "export"):
        command = f"{command} {getattr(args, command + '_kind')}"
    try:
        _refuse_undecodable(args)
        module_name, func_name = HANDLERS[command].split(":")
        handler = getattr(importlib.import_module(module_name), func_name)
        code = int(handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not at exit after the return
        return code
    except known_errors() as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as exc:
        from yuntian.commands.failures import explain

        message = explain(exc, lambda: _database_of(args))
        if message is None:
            _log_unexpected(args, command)
            raise
        return _fail(message)


def known_errors() -> tuple[type[Exception], ...]:
    """Errors that deserve one clear line instead of a traceback."""
    from yuntian.db.connection import DatabaseUrlError
    from yuntian.db.migrations import SchemaError
    from yuntian.user_errors import ServiceError

    return (ConfigError, UserError, DatabaseUrlError, SchemaError, ServiceError)


def _refuse_undecodable(args: argparse.Namespace) -> None:
    """UserError for an argument holding bytes that are not text in the terminal's encoding
    (Python keeps them as lone surrogates, which no database or workbook can store; file
    names too, as the audit trail records them)."""
    for name, value in vars(args).items():
        if not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            shown = value.encode("utf-8", "backslashreplace").decode("utf-8")
            raise UserError(
                f"'{shown}' (argument {name}) is not text in {sys.getfilesystemencoding()}: "
                "check the terminal's encoding"
            ) from None


def _fail(message: str) -> int:
    # One line even when a driver's message has several (psycopg adds hints on new lines).
    line = " ".join(part.strip() for part in message.splitlines() if part.strip())
    print(f"yuntian: {line}", file=sys.stderr)
    return 2


def _quiet_broken_pipe() -> int:
    """Output piped into ``head`` that stopped reading: no message, as other tools do. Python
    would still try to flush stdout at exit and complain; point it at devnull instead (the
    recipe of the signal module's documentation). 141 = 128 + SIGPIPE, as a shell reports."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no real file (in-process tests)
        pass
    return 141


def _database_of(args: argparse.Namespace) -> str:
    """What the profile's database is called (path or user@host/name), for an error line."""
    try:
        from yuntian.config import load_profile, resolve_profile_dir
        from yuntian.db.connection import describe_url

        profile = load_profile(resolve_profile_dir(args.profile), create=False)
        return describe_url(profile.database_url).display
    except Exception:
        return "the database"


def _log_unexpected(args: argparse.Namespace, command: str) -> None:
    """A programmer's error: its traceback goes to the terminal (raised on) and, for support,
    to the profile's log (written here, to the file only)."""
    try:
        from yuntian.config import CONFIG_FILE, load_profile, resolve_profile_dir
        from yuntian.logging_setup import log_to_profile

        root = resolve_profile_dir(args.profile)
        if not (root / CONFIG_FILE).is_file():
            return
        handler = log_to_profile(load_profile(root, create=False), logging.ERROR)
        logging.getLogger().removeHandler(handler)  # not the terminal's handlers too
        message = "unexpected error in 'yuntian %s'"
        record = logging.LogRecord(
            "yuntian.cli", logging.ERROR, __file__, 0, message, (command,), sys.exc_info()
        )
        try:
            handler.handle(record)
        finally:
            handler.close()
    except Exception:  # logging must not hide the error itself
        pass


if __name__ == "__main__":
    sys.exit(main())
