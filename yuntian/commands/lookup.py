"""``yuntian lookup RAW --profile DIR``: the customers owning a phone number, as JSON.

The caller pop's query from the command line: ``{"number": {...}, "customers": [...]}``, best
match first. Like ``yuntian snapshot`` it acts as the profile's first user-manager (a support
tool for whoever holds the profile's files); looking up needs no particular permission.
"""

from __future__ import annotations

import argparse
import dataclasses
import json

from yuntian.commands.common import open_from_args
from yuntian.commands.number import number_json
from yuntian.commands.snapshot import support_actor
from yuntian.services import build_services
from yuntian.services.customers.customer_lookup import LookupResult
from yuntian.services.customers.customer_types import CustomerRow


def run(args: argparse.Namespace) -> int:
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        result = services.customer_lookup.lookup(support_actor(), args.raw)
    finally:
        db.close()
    print(json.dumps(lookup_json(result), ensure_ascii=False))
    return 0


def lookup_json(result: LookupResult) -> dict[str, object]:
    return {
        "number": number_json(result.number),
        "customers": [row_json(row) for row in result.customers],
    }


def row_json(row: CustomerRow) -> dict[str, object]:
    data = dataclasses.asdict(row)
    data["created_at"] = row.created_at.isoformat(sep=" ")
    return data
