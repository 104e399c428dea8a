"""``yuntian import parts`` and ``yuntian export parts``: the spare-parts catalogue in Excel.

Like the customer commands (customer_io.py): they act, without a password, as ``--user NAME``
or else as the profile's first user-manager; the services check that user's permission
(data.import_export to export, parts.manage to import) and the audit trail names the user.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from yuntian.cli import UserError
from yuntian.commands.common import check_output_file, open_from_args
from yuntian.commands.customer_io import _actor, _print_result, _progress
from yuntian.services import build_services
from yuntian.services.common.errors import ServiceError


def import_parts(args: argparse.Namespace) -> int:
    from yuntian.exports.customer_import import ImportFileError, read_sheet, write_report
    from yuntian.exports.part_io import part_rows

    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"no such file: {path}")
    report = check_output_file(args.report) if args.report else None
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = _actor(args)
        try:
            _progress("reading")
            data = read_sheet(path, args.sheet)
            try:
                rows = part_rows(data)
            except ValueError as exc:
                raise UserError(str(exc)) from None
            _progress(f"checking {len(rows)} rows")
            plan = services.part_excel.prepare(actor, rows)
            result = services.part_excel.run(actor, plan, args.mode, source=path.name)
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


def export_parts(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"the output file must end in .xlsx: {out}")
    out = check_output_file(out)
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = _actor(args)
        try:
            count = services.part_excel.export(actor, out)
        except ServiceError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    print(f"exported {count} parts to {out}")
    return 0
