"""Demo steps "search_index" and "call_number_index": index the generated customers for the
search box and the calls' numbers for the call log's filter, once, after every step that
writes them (the steps insert rows in bulk, bypassing the services that keep the indexes up
to date one customer or call at a time)."""

from __future__ import annotations

from yuntian.db import call_number_index
from yuntian.db.search_index import build_all
from yuntian.demo.context import DemoContext


def index_customers(ctx: DemoContext) -> None:
    build_all(ctx.db, progress=lambda done, total: ctx.progress("search_index", done, total))


def index_call_numbers(ctx: DemoContext) -> None:
    call_number_index.build_all(
        ctx.db, progress=lambda done, total: ctx.progress("call_number_index", done, total)
    )
