"""What several subcommands need: open the profile named on the command line."""

from __future__ import annotations

import argparse

import peewee as pw

from yuntian.config import Profile, load_profile, resolve_profile_dir
from yuntian.db.profile_database import open_profile_database


def profile_from_args(args: argparse.Namespace, *, create: bool = False) -> Profile:
    return load_profile(resolve_profile_dir(args.profile), create=create)


def open_from_args(
    args: argparse.Namespace, *, create: bool = False, migrate: bool = True
) -> tuple[Profile, pw.Database]:
    profile = profile_from_args(args, create=create)
    return profile, open_profile_database(profile, migrate=migrate)
