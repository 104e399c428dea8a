"""``yuntian number RAW``: how Yuntian reads a phone number, as one JSON object."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from pathlib import Path

from yuntian.cli import UserError
from yuntian.config import CONFIG_FILE, load_profile
from yuntian.phone_numbers import NumberInfo, normalize

_AREA_CODE = re.compile(r"0?[1-9][0-9]{1,2}")


def number_json(info: NumberInfo) -> dict[str, object]:
    return dataclasses.asdict(info)


def run(args: argparse.Namespace) -> int:
    area_code = args.area_code
    if area_code is None:
        area_code = profile_area_code(args.profile)
    elif area_code and not _AREA_CODE.fullmatch(area_code):
        raise UserError(f"--area-code {area_code!r} is not a Chinese area code such as 010 or 0755")
    print(json.dumps(number_json(normalize(args.raw, area_code)), ensure_ascii=False))
    return 0


def profile_area_code(profile_dir: str | None) -> str:
    """The local area code of the profile named by --profile / YUNTIAN_PROFILE, if there is one.

    Only a named profile counts: reading a number must not depend on the per-user default
    profile of whoever runs the command.
    """
    if not profile_dir:
        return ""
    root = Path(profile_dir).expanduser()
    if not (root / CONFIG_FILE).exists():
        return ""
    return load_profile(root, create=False).config.local_area_code
