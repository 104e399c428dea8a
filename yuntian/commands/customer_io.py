"""``yuntian import customers`` and ``yuntian export customers``: Excel in and out.

Both act, without a password, as ``--user NAME`` or else as the profile's first user-manager
(normally ``system``), like the other support commands: whoever can run them holds the
profile's files anyway. The services check that user's data.import_export permission and the
audit trail names the user.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from yuntian.cli import UserError
from yuntian.commands.common import check_output_file, open_from_args
from yuntian.commands.snapshot import support_actor
from yuntian.services import build_services
from yuntian.services.admin.auth import find_user, load_actor
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_import_types import ImportOptions, ImportResult
from yuntian.services.customers.customer_types import CustomerFilter

SHOWN_ERRORS = 20


def import_customers(args: argparse.Namespace) -> int:
    from yuntian.exports.customer_import import (
        ImportFileError,
        auto_map,
        import_rows,
        read_sheet,
        write_report,
    )

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"no such file: {path}")
    report = check_output_file(args.report) if args.report else None  # before any row is stored
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = _actor(args)
        try:
            _progress("reading")
            data = read_sheet(path, args.sheet)
            mapping = auto_map(data.headers)
            problems = mapping.problems()
            if problems:
                raise UserError(" ".join(t.format(**p) for t, p in problems))
            _progress(f"checking {len(data.rows)} rows")
            options = ImportOptions(create_missing_groups=args.create_groups)
            plan = services.customer_import.prepare(actor, import_rows(data, mapping), options)
            result = services.customer_import.run(
                actor, plan, args.mode, source=path.name, progress=_write_progress
            )
        except (ServiceError, ImportFileError) as exc:
            raise UserError(str(exc)) from None
        errors = result.check.errors_by_row()
        if report and errors:
            texts = {row: [i.text() for i in issues] for row, issues in errors.items()}
            write_report(report, data, texts)
    finally:
        db.close()
    _print_result(result, str(report) if report and errors else None)
    return 0 if not result.rejected else 1


def export_customers(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"the output file must end in .xlsx: {out}")
    out = check_output_file(out)
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = _actor(args)
        try:
            count = services.customer_export.export(
                actor, out, CustomerFilter(), search_text=args.search or ""
            )
        except ServiceError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    print(f"exported {count} customers to {out}")
    return 0


def _actor(args: argparse.Namespace) -> Actor:
    if not args.user:
        return support_actor()
    user = find_user(args.user)
    if user is None or not user.active:
        raise UserError(f"no active user named {args.user!r} in this profile")
    return load_actor(user)


def _print_result(result: ImportResult, report: str | None) -> None:
    check = result.check
    shown = [i for i in check.issues if not i.warning][:SHOWN_ERRORS]
    for issue in shown:
        print(f"error: {issue.text()}")
    more = sum(1 for i in check.issues if not i.warning) - len(shown)
    if more > 0:
        print(f"... and {more} more errors" + ("" if report else " (see --report)"))
    if result.mode == "all-or-nothing" and result.rejected:
        print("nothing imported: all-or-nothing, and some rows have errors")
    if report:
        print(f"rejected rows written to {report}")
    print(
        f"read {check.rows_read}, imported {result.imported}, rejected {result.rejected}, "
        f"warnings {check.warnings}"
    )


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(f"{message}…", file=sys.stderr, flush=True)


def _write_progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\rimporting {done}/{total}", end="" if done < total else "\n", file=sys.stderr)
