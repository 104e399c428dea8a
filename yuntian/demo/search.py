"""Demo step "search_index": index the generated customers for the search box, once, after
every step that writes customers (the steps insert rows in bulk, bypassing the services that
keep the index up to date one customer at a time)."""

from __future__ import annotations

from yuntian.db.search_index import build_all
from yuntian.demo.context import DemoContext


def index_customers(ctx: DemoContext) -> None:
    build_all(ctx.db, progress=lambda done, total: ctx.progress("search_index", done, total))
