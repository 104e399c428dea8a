"""``yuntian bench``: run benchmarks and print their figures as a table or JSON lines."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from yuntian.benchmarks import default_registry
from yuntian.benchmarks.datasets import DatasetCache, default_cache_dir
from yuntian.benchmarks.harness import (
    BenchContext,
    Figure,
    UnknownBenchmark,
    format_json_line,
    format_table,
    run_benchmarks,
)
from yuntian.cli import UserError
from yuntian.config import PROFILE_ENV


def cache_dir_from_args(args: argparse.Namespace) -> Path:
    """--profile DIR names the benchmark cache folder. The parser also fills it from
    $YUNTIAN_PROFILE, which points at a shop's profile, not a cache: that value is ignored."""
    given = getattr(args, "profile", None)
    if given and given != os.environ.get(PROFILE_ENV):
        return Path(given).expanduser().resolve()
    return default_cache_dir()


def run(args: argparse.Namespace) -> int:
    registry = default_registry()
    if args.list:
        width = max(len(name) for name in registry.names())
        for benchmark in registry.select([]):
            print(f"{benchmark.name.ljust(width)}  {benchmark.description}")
        return 0
    try:
        chosen = registry.select(args.names)
    except UnknownBenchmark as exc:
        raise UserError(str(exc)) from None
    cache = cache_dir_from_args(args)
    cache.mkdir(parents=True, exist_ok=True)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    def emit(figure: Figure) -> None:
        if args.json:  # a line as soon as a figure is known: long runs show progress
            print(format_json_line(figure), flush=True)

    ctx = BenchContext(cache, DatasetCache(cache, log), log, getattr(args, "customers", None))
    figures = run_benchmarks(chosen, ctx, emit)
    if not args.json:
        sys.stdout.write(format_table(figures))
    return 0
