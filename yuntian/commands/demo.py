"""``yuntian demo``: create a profile filled with deterministic demo data."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from typing import TextIO

from yuntian.cli import UserError
from yuntian.commands.common import check_output_folder
from yuntian.config import resolve_profile_dir
from yuntian.demo import DemoError, DemoOptions, create_demo_profile
from yuntian.demo.staff import DEMO_PASSWORD, DEMO_USERS


class ProgressPrinter:
    """Progress on stderr: a line redrawn in place on a terminal, every 10 % otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.perf_counter()
        self._last_tenth: dict[str, int] = {}

    def __call__(self, step: str, done: int, total: int) -> None:
        if total <= 0:
            return
        elapsed = time.perf_counter() - self.started
        line = f"{step}: {done}/{total} ({100 * done // total}%, {elapsed:.1f} s)"
        if self.tty:
            end = "\n" if done >= total else ""
            self.stream.write(f"\r{line}\033[K{end}")
        else:
            tenth = 10 * done // total
            if self._last_tenth.get(step) == tenth:
                return
            self._last_tenth[step] = tenth
            self.stream.write(line + "\n")
        self.stream.flush()


def run(args: argparse.Namespace) -> int:
    if args.customers < 0:
        raise UserError("--customers must be 0 or more")
    if args.calls is not None and args.calls < 0:
        raise UserError("--calls must be 0 or more")
    if args.sales is not None and args.sales < 0:
        raise UserError("--sales must be 0 or more")
    if args.orders is not None and args.orders < 0:
        raise UserError("--orders must be 0 or more")
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise UserError(f"--today: '{args.today}' is not a date like 2026-12-07") from None
    root = resolve_profile_dir(args.profile)
    if root.exists():  # a new one is made with its parents (the per-user folder on first use)
        check_output_folder(root)
    options = DemoOptions(
        customers=args.customers,
        seed=args.seed,
        calls=args.calls,
        sales=args.sales,
        orders=args.orders,
        today=today,
    )
    try:
        result = create_demo_profile(
            root,
            options,
            force=args.force,
            progress=ProgressPrinter(sys.stderr),
            language=args.language,
        )
    except DemoError as exc:
        raise UserError(str(exc)) from None
    seconds = result.step_seconds.get("customers", 0.0)
    rate = options.customers / seconds if seconds > 0 else 0.0
    print(f"{options.customers} customers in {seconds:.1f} s ({rate:.0f}/s)", file=sys.stderr)
    print(f"demo profile ready: {result.profile.root} (all steps {result.seconds:.1f} s)")
    print(f"sign in as {', '.join(u for u, _, _ in DEMO_USERS)}; password {DEMO_PASSWORD}")
    return 0
