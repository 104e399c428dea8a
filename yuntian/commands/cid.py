"""``yuntian cid decode``: what a recording of a caller-ID device's output says, as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from yuntian.cli import UserError
from yuntian.telephony.events import parse_all
from yuntian.telephony.formats import make_parser


def decode(args: argparse.Namespace) -> int:
    if args.file == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise UserError(f"cannot read {args.file}: {exc.strerror}") from exc
    for event in parse_all(make_parser(args.format), [data]):
        print(json.dumps(event.as_json(), ensure_ascii=False), flush=True)
    return 0
