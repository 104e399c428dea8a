"""``yuntian search TEXT --profile DIR [--limit N]``: what the search box finds, as JSON.

One JSON list, best match first: ``{"id", "code", "name", "phone", "rank", "matched"}`` per
customer (rank 0 exact, 1 prefix, 2 fragment; matched: the field that matched). Like
``yuntian lookup`` it acts as the profile's first user-manager; searching needs no permission.
"""

from __future__ import annotations

import argparse
import json

from yuntian.cli import UserError
from yuntian.commands.common import open_from_args
from yuntian.commands.snapshot import support_actor
from yuntian.services import build_services
from yuntian.services.customers.customer_search import MAX_PAGE
from yuntian.services.customers.customer_types import SearchHit


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= MAX_PAGE:
        raise UserError(f"--limit must be between 1 and {MAX_PAGE}")
    profile, db = open_from_args(args)
    try:
        services = build_services(db, profile)
        page = services.customer_search.search(support_actor(), args.text, limit=args.limit)
    finally:
        db.close()
    print(json.dumps([hit_json(hit) for hit in page.hits], ensure_ascii=False))
    return 0


def hit_json(hit: SearchHit) -> dict[str, object]:
    row = hit.row
    return {
        "id": row.id,
        "code": row.code,
        "name": row.name,
        "phone": row.phone,
        "rank": hit.rank,
        "matched": hit.matched,
    }
