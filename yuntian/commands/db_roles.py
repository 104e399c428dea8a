"""``yuntian db roles``: the owner and application logins of a server database."""

from __future__ import annotations

import argparse

import peewee as pw

from yuntian.cli import UserError
from yuntian.db.connection import check_url, describe_url, make_database
from yuntian.db.roles import RoleSetupError, setup_roles


def run(args: argparse.Namespace) -> int:
    url: str = args.admin_url
    shown = describe_url(url).display
    if describe_url(url).engine == "sqlite":
        raise UserError(f"{shown}: roles need a server database; a SQLite file has no logins")
    check_url(url)  # a bad URL is one line, before any connection is tried
    db = make_database(url)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise UserError(f"cannot connect to {shown}: {exc}") from None
    try:
        urls = setup_roles(
            db,
            url,
            owner=args.owner,
            app=args.app,
            host=args.host,
            new_passwords=args.new_passwords,
        )
    except RoleSetupError as exc:
        raise UserError(f"{shown}: {exc}") from None
    except pw.DatabaseError as exc:
        raise UserError(f"setting up the roles on {shown} failed: {exc}") from None
    finally:
        db.close()
    created = ", ".join(urls.created) or "none (passwords kept; PASSWORD stands for them)"
    print(f"Roles created or given new passwords: {created}")
    print(f"Owner (owns the schema; run migrations with it): {urls.owner_url}")
    print(f"  yuntian db upgrade --database '{urls.owner_url}'")
    print(f"Application (data rights only; the URL for every PC's profile): {urls.app_url}")
    return 0
