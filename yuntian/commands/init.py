"""``yuntian init``: create a new, set-up profile from the command line.

The first-run wizard's questions are options, answered through the same service call
(``SetupService.complete_first_run``), so a shop can script its set-up and then
``yuntian import customers`` into it. The administrator's password comes from
``YUNTIAN_ADMIN_PASSWORD`` or is asked twice on the terminal; it never goes on the command line,
where other users of the PC could read it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
from pathlib import Path

import peewee as pw

from yuntian.cli import UserError
from yuntian.config import CONFIG_FILE, Config, Profile, load_profile, resolve_profile_dir
from yuntian.db.connection import describe_url
from yuntian.db.profile_database import open_profile_database
from yuntian.db.server_password import save_database_url
from yuntian.services import build_services
from yuntian.services.common.errors import ServiceError
from yuntian.services.settings.setup import check_first_run_answers

PASSWORD_ENV = "YUNTIAN_ADMIN_PASSWORD"


def run(args: argparse.Namespace) -> int:
    root = resolve_profile_dir(args.profile)
    _refuse_existing(root)
    password = _password()
    answers = {
        "shop_name": args.shop,
        "local_area_code": args.area_code,
        "language": args.language,
        "admin_password": password,
        "admin_username": args.admin_user,
    }
    try:
        check_first_run_answers(**answers)  # before anything is written
    except ServiceError as exc:
        raise UserError(str(exc)) from None
    created = not root.exists()
    try:
        where = _create(root, args.database or "", answers)
    except BaseException:
        _remove(root, created)
        raise
    print(f"profile ready: {root} ({where})")
    print(f"sign in as {answers['admin_username']} with the password you gave")
    return 0


def _refuse_existing(root: Path) -> None:
    if (root / CONFIG_FILE).exists():
        raise UserError(f"{root} is already a Yuntian profile; init only creates new ones")
    if root.exists() and not root.is_dir():
        raise UserError(f"{root} is a file, not a folder")
    if root.exists() and any(root.iterdir()):
        raise UserError(f"{root} is not empty; give a new or empty folder")


def _password() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"no terminal to ask the administrator's password on: set {PASSWORD_ENV}")
    first = getpass.getpass("Administrator's new password: ")
    second = getpass.getpass("Repeat the password: ")
    if first != second:
        raise UserError("the two passwords are not the same; nothing was created")
    return first


def _create(root: Path, database_url: str, answers: dict[str, str]) -> str:
    """Write config.toml, create the schema and complete the set-up; where the data lives."""
    # The password goes to this PC's credential store (or private file), not config.toml.
    save_database_url(Profile(root, Config()), database_url)
    profile = load_profile(root, create=False)  # checks the URL's form as every start does
    where = describe_url(profile.database_url).display
    try:
        db = open_profile_database(profile)
    except pw.DatabaseError as exc:
        raise UserError(f"{where}: {exc}") from None
    try:
        services = build_services(db, profile)
        if not services.setup.needs_first_run():
            raise UserError(
                f"{where} is already set up by another profile; to use it from this PC, "
                f"create a profile folder whose config.toml names it ([database] url)"
            )
        try:
            services.setup.complete_first_run(**answers)
        except ServiceError as exc:
            raise UserError(str(exc)) from None
    finally:
        db.close()
    return where


def _remove(root: Path, created: bool) -> None:
    """Undo a failed init: nothing half made stays behind (a server's tables do, harmless:
    the next init or the wizard completes them)."""
    if created:
        shutil.rmtree(root, ignore_errors=True)
    elif root.is_dir():
        for child in root.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
