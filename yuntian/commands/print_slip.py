"""``yuntian print {dispatch,sales} CODE [--template NAME] --pdf OUT.pdf``: a slip as a PDF.

Fills the kind's default form (or the one named) for the sale or service order numbered CODE
and writes it with the same layout as the print preview. Acts, without a password, as
``--user NAME`` or else the profile's first user-manager, like the other support commands;
printing needs no particular permission and changes nothing (a PDF does not dispatch an order).
Qt is loaded only to lay the slip out; on Linux it renders offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from yuntian.cli import UserError
from yuntian.commands.common import check_output_file, open_from_args
from yuntian.commands.snapshot import support_actor
from yuntian.services import Services, build_services
from yuntian.services.admin.auth import find_user, load_actor
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.print_contexts import (
    Context,
    dispatch_contexts,
    id_for_code,
    sales_context,
)

WHAT = {"sales": "sale", "dispatch": "service order"}


def run(args: argparse.Namespace) -> int:
    out = Path(args.pdf)
    if out.suffix.lower() != ".pdf":
        raise UserError(f"the output file must end in .pdf: {out}")
    out = check_output_file(out)
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = _actor(args)
        record_id = id_for_code(args.kind, args.code)
        if record_id is None:
            raise UserError(f"no {WHAT[args.kind]} numbered {args.code!r} in this profile")
        try:
            contexts = _contexts(services, actor, args.kind, record_id)
            forms = services.print_templates
            if args.template:
                form = forms.get(actor, args.kind, args.template)
            else:
                form = forms.default_for(actor, args.kind)
        except ServiceError as exc:
            if args.template:
                names = ", ".join(f.name for f in services.print_templates.list(actor, args.kind))
                raise UserError(f"{exc} (forms: {names})") from None
            raise UserError(str(exc)) from None
        from yuntian.ui.printing.print_layout import pdf_for_command  # Qt only now

        try:
            pages = pdf_for_command(form, contexts, out, args.code)
        except ServiceError as exc:  # the form cannot be filled in for this record
            text = str(exc)  # a form stopped at a limit names itself
            raise UserError(
                text if f"“{form.name}”" in text else f"form {form.name}: {text}"
            ) from None
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc}") from None
    finally:
        db.close()
    print(f"wrote {out} ({form.name}, {pages} page{'s' if pages != 1 else ''})")
    return 0


def _contexts(services: Services, actor: Actor, kind: str, record_id: int) -> list[Context]:
    if kind == "sales":
        return [sales_context(services, actor, record_id)]
    return dispatch_contexts(services, actor, [record_id])


def _actor(args: argparse.Namespace) -> Actor:
    if not args.user:
        return support_actor()
    user = find_user(args.user)
    if user is None or not user.active:
        raise UserError(f"no active user named {args.user!r} in this profile")
    return load_actor(user)
