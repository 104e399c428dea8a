"""``yuntian snapshot --profile DIR --out DIR``: render every window to PNG files.

``--tables``: every list page and card tab at the common screen sizes, and the columns shown
narrower than their header or typical cell (tools/table_snapshots.py).

A support tool for someone who already holds the profile's files: it signs in, without a
password, as the first active user allowed to manage users, so every area is on the pictures.
On Linux it renders offscreen (no windows flash up) unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys

from yuntian.cli import UserError
from yuntian.commands.common import check_output_folder, open_from_args
from yuntian.db.models import RolePermission, User, UserRole
from yuntian.services import build_services
from yuntian.services.admin.auth import load_actor
from yuntian.services.common.permissions import Actor


def run(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = check_output_folder(args.out)
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        actor = support_actor()
        if getattr(args, "tables", False):
            from yuntian.tools.table_snapshots import check_all  # Qt only now

            languages = [args.language] if args.language else ["zh_CN", "en"]
            squeezes = check_all(services, actor, out, languages)
            for squeeze in squeezes:
                print(squeeze)
            return 1 if squeezes else 0
        from yuntian.app import render_snapshots  # Qt only now

        files = render_snapshots(services, actor, out, args.language or profile.config.language)
    finally:
        db.close()
    for path in files:
        print(path)
    return 0


def support_actor() -> Actor:
    """The first active user holding users.manage (normally ``system``)."""
    user = (
        User.select()
        .join(UserRole, on=(UserRole.user == User.id))
        .join(RolePermission, on=(RolePermission.role == UserRole.role))
        .where(User.active == True, RolePermission.code == "users.manage")  # noqa: E712
        .order_by(User.id)
        .first()
    )
    if user is None:
        raise UserError("no active user of this profile may manage users; nothing to sign in as")
    return load_actor(user)
